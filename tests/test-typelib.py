#!/usr/bin/env python3
# The typelib works from Python: a growth call, an error path, a
# progress computation, diagnostics, a report and the programme in words
# through GObject Introspection. Speaks TAP.
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import json
import math
import sys

import gi

gi.require_version("DosonCtr", "1.0")
from gi.repository import DosonCtr, GLib  # noqa: E402

results = []


def check(name, fn):
    try:
        fn()
        results.append((True, name, None))
    except Exception as exc:  # report every failure, keep going
        results.append((False, name, repr(exc)))


def value_of(ret):
    # A gboolean-returning function with an (out) value comes back as
    # (True, value) unless the return is skipped; accept both.
    if isinstance(ret, tuple):
        assert ret[0] is True, ret
        return ret[1]
    return ret


def test_cagr():
    rate = value_of(DosonCtr.growth_cagr(100.0, 121.0, 2.0))
    assert math.isclose(rate, 0.10, rel_tol=0, abs_tol=1e-15), rate


def test_cagr_error():
    try:
        DosonCtr.growth_cagr(0.0, 121.0, 2.0)
    except GLib.Error as err:
        assert err.domain == "doson-ctr-error-quark", err.domain
        assert err.code == int(DosonCtr.Error.NON_POSITIVE_BASE), err.code
        return
    raise AssertionError("no GLib.Error for a zero base")


def test_version():
    assert DosonCtr.get_version_string() == "%d.%d.%d" % (
        DosonCtr.get_major_version(),
        DosonCtr.get_minor_version(),
        DosonCtr.get_micro_version(),
    )


def test_progress():
    settings = DosonCtr.ProgressSettings.new()
    settings.set_target(100.0, 2030)
    result = DosonCtr.progress_compute(
        DosonCtr.ProgressMethod.OPEN_SDG, settings, [2015, 2020], [50.0, 90.0]
    )
    assert result.get_status() != DosonCtr.Status.NOT_AVAILABLE
    ok, score = result.get_score()
    assert ok and -5.0 <= score <= 5.0, score


def test_validate():
    import os
    import tempfile

    with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as f:
        f.write("indicator,year,value\ngrdp,2026,n/a\ngrdp,20x7,1\n")
    try:
        problems, measurement_set = DosonCtr.MeasurementSet.validate_file(f.name, None)
    finally:
        os.unlink(f.name)
    assert measurement_set is None
    assert [(p.get_line(), p.get_field(), p.get_code()) for p in problems] == [
        (2, "value", DosonCtr.Error.PARSE),
        (3, "year", DosonCtr.Error.PARSE),
    ], [p.to_string() for p in problems]


def test_report():
    program = DosonCtr.Program.new_builtin()
    measurements = DosonCtr.MeasurementSet.new()
    assessment = DosonCtr.Assessment.new(program, measurements, 2026, None)
    report = DosonCtr.Report.new(assessment)
    report.set_lang("en")
    report.set_grouping(DosonCtr.ReportGrouping.UNIT)
    csv = report.to_string(DosonCtr.DocumentFormat.CSV)
    assert csv.startswith("row,notice,as_of_year,goal,units,"), csv[:80]
    assert csv.count("\nunit,") > 0 and csv.count("\nprogram,") == 1
    # by goal, a row per target assessment
    report.set_grouping(DosonCtr.ReportGrouping.GOAL)
    csv = report.to_string(DosonCtr.DocumentFormat.CSV)
    assert csv.count("\ntarget,") == len(assessment.get_results())
    report.set_csv_style(DosonCtr.CsvStyle.VI)
    assert report.to_string(DosonCtr.DocumentFormat.CSV).startswith("\ufeffrow;notice;")
    text = report.to_string(DosonCtr.DocumentFormat.TEXT)
    assert "Assessed as of 2026\nData: none\n" in text, text[:200]


def test_program_in_words():
    program = DosonCtr.Program.new_builtin()
    indicator = program.get_indicators()[0]
    target = indicator.get_targets()[0]
    words = target.describe(indicator, "en")
    assert words and str(target.get_deadline_year()) in words, words
    listing = program.list_to_string(DosonCtr.DocumentFormat.MARKDOWN, "vi")
    assert listing.startswith("# "), listing[:80]
    assert DosonCtr.format_number(0.1) == "0.1"
    revenue = program.lookup_indicator("budget-revenue")
    assert revenue.format_value(2020, "vi") == "2.020 tỷ đồng"


def test_requirement():
    # grdp-industry, 17-19 %/yr from 2025: 1150, 1288, 1443 in 2025-2027.
    # 1150 * 1.17**5 = 2521.315 in 2030 needs (2521.315 / 1443)**(1/3) - 1
    # = 20.44 %/yr over 2028-2030; the pace so far, (1443 / 1150)**0.5 - 1,
    # leaves 2028.24 in 2030, short of the target.
    program = DosonCtr.Program.new_builtin()
    measurements = DosonCtr.MeasurementSet.new()
    for year, value in ((2025, 1150.0), (2026, 1288.0), (2027, 1443.0)):
        measurements.add_value("grdp-industry", year, None, value)
    assessment = DosonCtr.Assessment.new(program, measurements, 2027, None)
    (result,) = [
        r for r in assessment.get_results()
        if r.get_indicator_id() == "grdp-industry"
    ]
    required = result.get_requirement()
    assert required.get_kind() == DosonCtr.RequirementKind.GROWTH_RATE
    assert required.get_reason() == DosonCtr.RequirementReason.NONE
    assert required.is_reachable()
    assert tuple(required.get_years())[1:] == (2028, 2030), required.get_years()
    per_year = value_of(required.get_per_year())
    expected = (1150 * 1.17**5 / 1443) ** (1 / 3) - 1
    assert math.isclose(per_year, expected, rel_tol=1e-12), per_year
    assert math.isclose(value_of(required.get_total()), 1150 * 1.17**5, rel_tol=1e-12)
    projection = result.get_projection()
    assert projection.get_year() == 2030
    rate = (1443 / 1150) ** 0.5 - 1
    value = value_of(projection.get_value())
    assert math.isclose(value, 1443 * (1 + rate) ** 3, rel_tol=1e-12), value
    assert value_of(projection.get_meets()) is False
    indicator = program.lookup_indicator("grdp-industry")
    words = result.describe_needs(indicator, "vi")
    assert words.startswith("cần tăng ≥ 20,4 %/năm giai đoạn 2028–2030"), words
    assert "(không đạt mục tiêu)" in words, words
    assert DosonCtr.requirement_kind_to_string(required.get_kind()) == "growth-rate"


def test_open_sdg():
    import os

    srcdir = os.environ.get("DOSON_CTR_TEST_SRCDIR", os.path.dirname(__file__))
    repo = os.path.join(srcdir, "data", "opensdg", "canada-cif-subset")
    results = DosonCtr.open_sdg_read_repository(repo, ["3-9-1", "7-1-1"], None)
    assert results.get_n_indicators() == 2
    assert results.get_indicator_id(0) == "3-9-1"
    assert results.get_indicator_status(0) == "limited_progress"
    ok, score = results.get_indicator_score(0)
    # the published score of 3-9-1 (indicator_calculation_components.yml)
    assert ok and math.isclose(score, -0.23082031141958748, rel_tol=0, abs_tol=1e-9), score
    assert results.get_n_series(0) == 14
    ok, year = results.get_series_field(0, 0, DosonCtr.OpenSdgField.BASE_YEAR)
    assert ok and year >= 2015, year
    assert results.get_indicator_status(1) == ""
    ok, _ = results.get_indicator_score(1)
    assert not ok
    data = json.loads(results.to_data(DosonCtr.DocumentFormat.JSON)[0])
    assert sorted(data) == ["3-9-1", "7-1-1"], sorted(data)
    one = DosonCtr.open_sdg_compute_indicator(
        "1-1-1",
        b"Year,Value\n2015,10\n2020,12\n",
        b"auto_progress_calculation: true\n",
    )
    assert one.get_series_key(0, 0) == "1-1-1"
    assert one.get_series_status(0, 0) == "deterioration"
    try:
        DosonCtr.open_sdg_read_repository(repo, ["9-9-9"], None)
    except GLib.Error as err:
        assert err.code == int(DosonCtr.Error.INVALID_DATA), err.code
        return
    raise AssertionError("no GLib.Error for an unknown indicator")


def test_status_ids():
    # The GEnum nicks (value_nick) spell with hyphens; the ids of every
    # output format, with underscores, come from status_to_string(), and
    # a report's JSON uses exactly them.
    status = DosonCtr.Status.NOT_ACHIEVED
    assert status.value_nick == "not-achieved", status.value_nick
    assert DosonCtr.status_to_string(status) == "not_achieved"
    assert value_of(DosonCtr.status_from_string("not_achieved")) == status
    assert DosonCtr.comparator_to_string(DosonCtr.Comparator.AT_LEAST) == ">="
    program = DosonCtr.Program.new_builtin()
    assessment = DosonCtr.Assessment.new(program, DosonCtr.MeasurementSet.new(),
                                         2026, None)
    report = DosonCtr.Report.new(assessment)
    document = json.loads(report.to_string(DosonCtr.DocumentFormat.JSON))
    ids = {DosonCtr.status_to_string(v)
           for v in DosonCtr.Status.__enum_values__.values()}
    seen = {indicator["status"] for indicator in document["indicators"]}
    assert seen and seen <= ids, (seen, ids)


check("a compound rate through the typelib", test_cagr)
check("a domain error arrives as GLib.Error with its code", test_cagr_error)
check("the version getters agree", test_version)
check("a progress result through the typelib", test_progress)
check("every problem of a file as diagnostics", test_validate)
check("a report of an assessment in CSV and text", test_report)
check("a target in words and the list of a programme", test_program_in_words)
check("what a target still needs and where the pace leads", test_requirement)
check("status ids of the JSON output from status_to_string()", test_status_ids)
check("an Open SDG repository and one indicator through the typelib", test_open_sdg)

print("1..%d" % len(results))
for i, (ok, name, why) in enumerate(results, 1):
    print("%s %d - %s" % ("ok" if ok else "not ok", i, name))
    if why:
        print("# " + why)
sys.exit(0)
