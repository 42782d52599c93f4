#!/usr/bin/env python3
# make-binary-seeds.py: writes the seed corpora of the two targets that
# read numbers from raw bytes, fuzz-growth and fuzz-progress, following
# fuzz_u8 (), fuzz_year () and fuzz_double () in fuzz-common.h.
#
#   python3 make-binary-seeds.py [CORPUS_DIR]     (default: ./corpus)
#
# The output is deterministic; the files are kept in the source tree, so
# run it again only after changing the byte format.
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import os
import struct
import sys


def u8(v):
    return bytes([v & 0xff])


def raw(x):
    """Any double, as its bit pattern (kind 0)."""
    return u8(0) + struct.pack('>d', x)


def milli(x):
    """A number with at most three decimals (kind 4)."""
    return u8(4) + struct.pack('>i', round(x * 1000))


def num(x):
    """A double: exact as an int8 when possible, else milli, else raw."""
    if float(x).is_integer() and -128 <= x <= 127:
        return u8(2) + struct.pack('>b', int(x))
    if abs(x) < 2e6 and round(x * 1000) == x * 1000:
        return milli(x)
    return raw(x)


def year(y):
    if 1995 <= y <= 2042:
        return u8(48 + y - 1995)
    if 1850 <= y < 2250:
        return u8(16) + struct.pack('>I', y - 1850)
    return u8(0) + struct.pack('>i', y)


def growth(*calls):
    out = b''
    for op, args in calls:
        out += u8(op)
        if op == 3:  # mean_rate: which mean, how many, the rates
            mean, rates = args
            out += u8(mean) + u8(len(rates))
            for i, r in enumerate(rates):
                if i > 0:
                    out += u8(1)  # not a repeat of the previous rate
                out += num(r)
        else:
            for a in args:
                out += num(a)
    return out


CAGR, REQUIRED, PROJECT, MEAN, CHANGE = range(5)

GROWTH = {
    'textbook': growth((CAGR, (100, 121, 2)), (REQUIRED, (100, 121, 2)),
                       (PROJECT, (100, 0.1, 2)), (CHANGE, (100, 110))),
    'means': growth((MEAN, (0, [0.1, -0.1])), (MEAN, (1, [0.1, -0.1])),
                    (MEAN, (0, [])), (MEAN, (0, [0.05] * 5))),
    'errors': growth((CAGR, (0, 121, 2)), (CAGR, (100, -1, 2)), (CAGR, (100, 121, 0)),
                     (PROJECT, (100, -1, 2)), (PROJECT, (100, 0.1, -1)),
                     (CHANGE, (0, 1)), (CHANGE, (1, -1)),
                     (MEAN, (0, [0.1, -1]))),
    'extremes': growth((CAGR, (1e-300, 1e300, 0.5)), (CAGR, (5e-324, 1.7976931348623157e308, 1)),
                       (PROJECT, (1e300, 1e300, 1e300)), (PROJECT, (-5, 0.5, 0)),
                       (CHANGE, (5e-324, 1e308)), (CAGR, (1, 1.0000000000000002, 1e6)),
                       (CAGR, (float('nan'), 1, 1)), (PROJECT, (float('inf'), 0, 1))),
}


def progress(settings, series):
    """settings: None or a dict; series: [(year, value)]."""
    out = b''
    if settings is None:
        out += u8(0)
    else:
        out += u8(1)
        flags = 0
        body = b''
        if settings.get('direction') == 'lower':
            flags |= 1
        if 'target' in settings:
            flags |= 2
            body += num(settings['target']) + year(settings.get('target_year', 2030))
        if 'base_year' in settings:
            flags |= 4
            body += year(settings['base_year'])
        if 'limit' in settings:
            flags |= 8
            body += num(settings['limit'])
        if 'cutoffs' in settings:
            flags |= 16
            s, m, l, probe = settings['cutoffs']
            body += num(s) + num(m) + num(l) + num(probe)
        out += u8(flags) + body
    out += u8(len(series))
    for y, v in series:
        out += year(y) + num(v)
    return out


PROGRESS = {
    'no-settings': progress(None, [(2015, 100), (2016, 108), (2020, 130)]),
    'target-higher': progress({'target': 150, 'target_year': 2030},
                              [(2015, 100), (2018, 110), (2020, 120)]),
    'target-lower-zero': progress({'direction': 'lower', 'target': 0, 'target_year': 2030},
                                  [(2015, 120), (2017, 96), (2020, 70)]),
    'base-year-limit': progress({'base_year': 2016, 'limit': 100},
                                [(2015, 90), (2016, 92), (2020, 99)]),
    'cutoffs': progress({'target': 3, 'cutoffs': (0.9, 0.5, -0.2, 0.7)},
                        [(2015, 2.8), (2016, 3.1), (2020, 3.9)]),
    'mixed-signs': progress({'target': -5}, [(2015, 2), (2020, -3)]),
    'one-year': progress({'target': 10}, [(2020, 5)]),
    'duplicate-year': progress(None, [(2015, 1), (2015, 2)]),
    'not-finite': progress(None, [(2015, 1), (2016, float('inf'))]),
    'far-years': progress({'target': 1, 'target_year': -2147483648, 'base_year': 2147483647},
                          [(-2147483648, 1), (2147483647, 2), (1900, 3), (2200, 4)]),
    'empty': progress({'target': 10}, []),
}


def main():
    corpus = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__) or '.',
                                                               'corpus')
    for target, seeds in (('fuzz-growth', GROWTH), ('fuzz-progress', PROGRESS)):
        os.makedirs(os.path.join(corpus, target), exist_ok=True)
        for name, data in seeds.items():
            with open(os.path.join(corpus, target, name + '.bin'), 'wb') as f:
                f.write(data)


if __name__ == '__main__':
    main()
