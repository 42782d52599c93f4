#!/usr/bin/python3
# report-by-unit.py: the status of 03-CTr/ĐU by responsible unit, from Python
#
# SPDX-License-Identifier: CC0-1.0
#
# To the extent possible under law, the authors have waived all copyright
# and related or neighbouring rights to this example: copy it freely.
#
# Uses libdoson-ctr through GObject Introspection (PyGObject): loads the
# programme built into the library and a measurement file, assesses the
# programme as of the latest year with data, and prints, for each
# responsible unit, the indicators it leads with their status, then the
# unit's roll-up.
#
#   report-by-unit.py [MEASUREMENTS [vi|en]]
#
# MEASUREMENTS defaults to ../data/measurements-illustrative.json next to
# this script. From a build tree, point GI_TYPELIB_PATH at the directory of
# DosonCtr-1.0.typelib and LD_LIBRARY_PATH at that of libdoson-ctr-1.so.

import os
import sys

import gi

gi.require_version("DosonCtr", "1.0")
from gi.repository import DosonCtr, GLib  # noqa: E402

NOTICE = {
    "vi": "Số liệu minh họa, không phải số liệu chính thức",
    "en": "Illustrative data, not official statistics",
}

# The statuses in the order a roll-up lists them.
STATUS_ORDER = [
    DosonCtr.Status.ACHIEVED,
    DosonCtr.Status.TARGET_ACHIEVED,
    DosonCtr.Status.SUBSTANTIAL_PROGRESS,
    DosonCtr.Status.MODERATE_PROGRESS,
    DosonCtr.Status.LIMITED_PROGRESS,
    DosonCtr.Status.DETERIORATION,
    DosonCtr.Status.NOT_ACHIEVED,
    DosonCtr.Status.PENDING,
    DosonCtr.Status.NOT_AVAILABLE,
]


def lowest_attainment(assessment, indicator_id):
    """The lowest attainment of the indicator's targets, or None."""
    lowest = None
    for result in assessment.get_results_for_indicator(indicator_id):
        ok, attainment = result.get_attainment()
        if ok and (lowest is None or attainment < lowest):
            lowest = attainment
    return lowest


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    path = argv[1] if len(argv) > 1 else os.path.join(
        here, "..", "data", "measurements-illustrative.json")
    lang = argv[2] if len(argv) > 2 else "en"
    if len(argv) > 3 or lang not in ("vi", "en"):
        print("usage: %s [MEASUREMENTS [vi|en]]" % argv[0], file=sys.stderr)
        return 2

    try:
        program = DosonCtr.Program.new_builtin()
        measurements = DosonCtr.MeasurementSet.new_from_file(path)
        # 0: as of the latest year with a measurement; None: default options.
        assessment = DosonCtr.Assessment.new(program, measurements, 0, None)
    except GLib.Error as error:
        print("%s: %s" % (argv[0], error.message), file=sys.stderr)
        return 1

    illustrative = measurements.get_illustrative()
    if illustrative:
        print("*** %s ***" % NOTICE[lang])
    print("%s — %s" % (program.get_code(), program.get_title(lang)))
    print("As of %d" % assessment.get_as_of_year() if lang == "en"
          else "Đánh giá đến năm %d" % assessment.get_as_of_year())

    for unit in program.get_units():
        indicators = program.get_indicators_for_unit(unit.get_id(), False)
        if not indicators:
            continue
        print()
        print(unit.get_name(lang))
        for indicator in indicators:
            indicator_id = indicator.get_id()
            status = assessment.get_indicator_status(indicator_id)
            attainment = lowest_attainment(assessment, indicator_id)
            print("  %-20s %8s  %s" % (
                DosonCtr.status_get_label(status, lang),
                "—" if attainment is None else "%.1f %%" % (attainment * 100),
                indicator.get_name(lang)))

        rollup = assessment.get_rollup(DosonCtr.RollupKind.UNIT, unit.get_id())
        counts = ", ".join(
            "%d %s" % (rollup.get_count(status),
                       DosonCtr.status_get_label(status, lang))
            for status in STATUS_ORDER if rollup.get_count(status) > 0)
        has_score, score = rollup.get_mean_score()
        if lang == "vi":
            print("  Tổng hợp: %d chỉ tiêu: %s; %s" % (
                rollup.get_n_indicators(), counts,
                ("điểm bình quân %.2f" % score).replace(".", ",")
                if has_score else "chưa có điểm"))
        else:
            print("  Roll-up: %d indicators: %s; %s" % (
                rollup.get_n_indicators(), counts,
                "mean score %.2f" % score if has_score else "no score"))

    if illustrative:
        print()
        print("*** %s ***" % NOTICE[lang])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
