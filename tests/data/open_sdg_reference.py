#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# open_sdg_reference.py: a transcription of Open SDG's progress measure, used
# to compute the expected values that tests/test-progress.c bakes in as
# constants.  The C test does NOT run this script; it is kept so that anyone
# can re-derive the constants:
#
#     /usr/bin/python3 tests/data/open_sdg_reference.py
#
# prints one C initialiser line per fixture series.
#
# Source transcribed: repository open-sdg/sdg-build, file
# sdg/ProgressMeasure.py, commit 139fede74ba534d2ed8b9eee4cd878b41f54cb67
# (classes IndicatorProgress and SeriesProgress; functions growth_calculation,
# get_progress_status, get_progress_status_from_score).  The pandas filtering
# is reduced to what a single clean series needs (a list of years and
# values); everything from the choice of base year onwards follows the
# Python line by line, in the same order, with the same operations.
#
# The arithmetic is plain Python float arithmetic, as in the original (run
# with pandas 1.5, the years and values reach growth_calculation() as Python
# int and float): a negative ratio with a fractional exponent gives a complex
# number whose abs() is its modulus, and a zero abs(cagr_r) raises
# ZeroDivisionError.  np.mean() is transcribed as numpy's pairwise summation
# (checked bit for bit against numpy 1.24 when numpy is importable).
#
# This transcription was itself checked against the original code of that
# commit, run with pandas 1.5.3 and numpy 1.24.2 on a two-column (Year,
# Value) data frame: identical progress values, scores and statuses, bit for
# bit, for every fixture below.
#
# Cases where the original raises (no year at or after the base year, a
# target equal to the base, a target year equal to the base year) are not
# transcribed; the C library documents its choice for them.

def growth_calculation(val1, val2, t1, t2):
    return ((val1 / val2) ** (1 / (t1 - t2))) - 1


def series_progress(years, values, config):
    base_year = config.get('base_year', 2015)
    target = config.get('target')
    if target == 0:
        target = 0.001
    target_year = config.get('target_year', 2030)
    direction = 1 if config.get('direction') == 'positive' else -1
    limit = config.get('limit')
    method = 1 if target is None else 2
    user_thresholds = config.get('progress_thresholds', {})

    out = {'progress_value': None, 'status': 'not_available', 'score': None,
           'target_achieved': False, 'coefficient': None}
    if not years:
        return out

    data = dict(zip(years, values))
    current_year = max(years)
    current_value = data[current_year]
    if base_year not in data:
        base_year = min(y for y in years if y > base_year)
    base_value = data[base_year]

    sign = -1 if base_value < 0 else 1

    # get_progress_thresholds()
    if method == 1:
        thresholds = {'high': 0.015, 'med': 0.005, 'low': 0}
        thresholds.update(user_thresholds)
        if limit is not None:
            b = abs(base_value)
            lim = abs(limit)
            a = 4.44
            if b >= 2 * lim:
                coeff = 1
            elif b <= lim:
                coeff = 1 - (b / lim) ** a
            else:
                coeff = 1 - ((2 * lim - b) / lim) ** a
            for key in ['high', 'med', 'low']:
                thresholds[key] *= coeff
            thresholds['coefficient'] = coeff
            out['coefficient'] = coeff
    else:
        thresholds = {'high': 0.95, 'med': 0.6, 'low': 0}
        thresholds.update(user_thresholds)

    # is_target_achieved()
    target_achieved = False
    if target is not None:
        if (direction == -1 and current_value <= target) or \
           (direction == 1 and current_value >= target):
            target_achieved = True

    # calculate_progress_value()
    pv = None
    if base_value == 0:
        base_value = 0.001
    if (base_value > 0 and current_value < 0) or (base_value < 0 and current_value > 0):
        pv = None
    elif base_year > current_year:
        pv = None
    elif current_year - base_year < 1:
        pv = None
    elif method == 1:
        pv = sign * direction * growth_calculation(current_value, base_value,
                                                   current_year, base_year)
    else:
        cagr_o = growth_calculation(current_value, base_value, current_year, base_year)
        cagr_r = growth_calculation(target, base_value, target_year, base_year)
        pv = sign * direction * cagr_o / abs(cagr_r)

    # get_progress_status()
    x, y, z = float(thresholds['high']), float(thresholds['med']), float(thresholds['low'])
    status = 'not_available'
    if target_achieved:
        status = 'target_achieved'
    elif pv is not None:
        if pv >= x:
            status = 'substantial_progress'
        elif y <= pv < x:
            status = 'moderate_progress'
        elif z <= pv < y:
            status = 'limited_progress'
        elif pv < z:
            status = 'deterioration'

    # get_score()
    score = None
    high, med, low = thresholds['high'], thresholds['med'], thresholds['low']
    if target_achieved:
        score = 5
    elif pv is None:
        score = None
    elif method == 1:
        coeff = thresholds.get('coefficient', 1)
        if pv < low:
            score = max(125 * pv - 2.5, -5)
        elif coeff == 0:
            score = 5
        elif pv >= high:
            score = min(500 * pv / coeff - 5, 5)
        elif pv >= med:
            score = 250 * pv / coeff - 1.25
        elif pv >= low:
            score = 500 * pv / coeff - 2.5
    else:
        if pv >= high:
            score = min((7.1429 * pv) - 4.2857, 5)
        elif pv >= med:
            score = min((7.1429 * pv) - 4.2857, 5)
        elif pv >= low:
            score = max((4.1667 * pv) - 2.5, -5)
        elif pv < low:
            score = max((4.1667 * pv) - 2.5, -5)

    out.update(progress_value=pv, status=status, score=score,
               target_achieved=target_achieved)
    return out


def pairwise_sum(a, lo, n):
    # numpy/core/src/umath/loops_utils.h.src, DOUBLE_pairwise_sum
    if n < 8:
        res = 0.
        for i in range(n):
            res += a[lo + i]
        return res
    elif n <= 128:
        r = [a[lo + j] for j in range(8)]
        i = 8
        while i < n - (n % 8):
            for j in range(8):
                r[j] += a[lo + i + j]
            i += 8
        res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]))
        while i < n:
            res += a[lo + i]
            i += 1
        return res
    n2 = n // 2
    n2 -= n2 % 8
    return pairwise_sum(a, lo, n2) + pairwise_sum(a, lo + n2, n - n2)


def np_mean(scores):
    a = [float(s) for s in scores]
    return (0.0 + pairwise_sum(a, 0, len(a))) / len(a)


def indicator_progress(series_results):
    # IndicatorProgress.get_indicator_progress()
    scores, targets = [], []
    for s in series_results:
        if s['score'] is not None:
            scores.append(s['score'])
            targets.append(s['target_achieved'])
    if not scores:
        return None, ''
    score = np_mean(scores)
    if all(targets):
        return score, 'target_achieved'
    if 2.5 <= score <= 5:
        return score, 'substantial_progress'
    elif 0 <= score < 2.5:
        return score, 'moderate_progress'
    elif -2.5 <= score < 0:
        return score, 'limited_progress'
    elif -5 <= score < -2.5:
        return score, 'deterioration'
    return score, None


# Fixture series, realistic for a ward programme 2025-2030 and for the
# Open SDG defaults.  Each: name, years, values, config.
FIXTURES = [
    # household income per head (million VND), higher is better, target 2030
    ('income', [2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027],
     [52.1, 50.3, 55.8, 60.2, 63.9, 68.4, 72.5, 77.0],
     {'base_year': 2025, 'target': 95.0, 'target_year': 2030, 'direction': 'positive'}),
    # poor-household rate (%), lower is better, target 0 -> 0.001
    ('poor_rate', [2025, 2026, 2027],
     [1.2, 0.95, 0.81],
     {'base_year': 2025, 'target': 0, 'target_year': 2030, 'direction': 'negative'}),
    # clean-water coverage (%), higher is better, no target, limit 100
    ('water', [2019, 2021, 2023, 2025, 2027],
     [91.5, 94.0, 96.2, 97.1, 97.9],
     {'base_year': 2021, 'direction': 'positive', 'limit': 100}),
    # forest cover (%), higher, no target, limit 100, base below the limit
    ('forest', [2015, 2018, 2021, 2024],
     [38.0, 39.1, 40.5, 41.0],
     {'direction': 'positive', 'limit': 100}),
    # a target of the opposite sign to the base: complex CAGR_r, abs() is
    # its modulus (lower is better by Open SDG's default direction)
    ('opposite_sign_target', [2020, 2023], [5.0, 4.0],
     {'base_year': 2020, 'target': -1, 'target_year': 2030}),
    # traffic accidents per year, lower, no target, open-sdg defaults
    ('accidents', [2016, 2018, 2020, 2022, 2024],
     [31, 28, 22, 25, 27],
     {'direction': 'negative'}),
    # tourist arrivals (thousand), higher, target, falling behind
    ('tourists', [2025, 2026, 2027],
     [1850.0, 1910.0, 1985.0],
     {'base_year': 2025, 'target': 3000.0, 'target_year': 2030, 'direction': 'positive'}),
    # budget balance (bn VND), negative values, higher (less negative) is better
    ('deficit', [2021, 2022, 2023, 2024],
     [-42.0, -39.5, -35.0, -33.2],
     {'base_year': 2021, 'target': -20.0, 'target_year': 2030, 'direction': 'positive'}),
    # school enrolment (%), higher, target 99, going backwards
    ('enrolment', [2023, 2024, 2025, 2026],
     [97.5, 97.1, 96.8, 96.0],
     {'base_year': 2023, 'target': 99.0, 'target_year': 2030, 'direction': 'positive'}),
    # missing 2015: base moves to 2017, lower is better, target met
    ('waste', [2013, 2017, 2020, 2023],
     [12.0, 10.5, 8.2, 6.9],
     {'target': 7.0, 'target_year': 2030, 'direction': 'negative'}),
    # limit scaling, base above the limit side (between l and 2l), lower is better
    ('overcrowd', [2015, 2020, 2024],
     [130.0, 124.0, 118.0],
     {'direction': 'negative', 'limit': 100}),
]


def c_double(v):
    if v is None:
        return 'NAN'
    return repr(float(v))


def main():
    try:
        import numpy as np
        import random
        rnd = random.Random(7)
        for _ in range(2000):
            n = rnd.randint(1, 300)
            a = [rnd.uniform(-5, 5) for _ in range(n)]
            assert float(np.mean(a)) == np_mean(a)
    except ImportError:
        pass

    results = []
    for name, years, values, config in FIXTURES:
        r = series_progress(years, values, config)
        results.append(r)
        print('  /* %s */ { %s, %s, "%s", %s },' % (
            name, c_double(r['progress_value']), c_double(r['score']),
            r['status'], c_double(r['coefficient'])))
    score, status = indicator_progress(results)
    print('  /* roll-up of all */ %s, "%s"' % (c_double(score), status))
    score, status = indicator_progress(results[:3])
    print('  /* roll-up of first three */ %s, "%s"' % (c_double(score), status))


if __name__ == '__main__':
    main()
