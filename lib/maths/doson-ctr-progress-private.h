/* doson-ctr-progress-private.h: internals of the progress methods, shared
 * with the streaming readers
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Never installed. Names are _doson_ctr_* and never exported.
 */

#ifndef DOSON_CTR_PROGRESS_PRIVATE_H
#define DOSON_CTR_PROGRESS_PRIVATE_H

#include <glib-object.h>
#include <doson-ctr/doson-ctr-progress.h>

G_BEGIN_DECLS

/* Three cut-offs, strictly decreasing and finite when built with
 * doson_ctr_cutoffs_new(): a value >= substantial is substantial progress,
 * >= moderate moderate progress, >= limited limited progress, below it
 * deterioration. */
struct _DosonCtrCutoffs
{
  double substantial;
  double moderate;
  double limited;
};

/* "0.95 / 0.6 / 0": the three cut-offs of @cutoffs, highest first, each
 * as _doson_ctr_append_figure() writes it, appended to @out. */
void _doson_ctr_cutoffs_append (GString               *out,
                                const DosonCtrCutoffs *cutoffs);

/* The settings of one series.  Fields without their has_ flag are
 * meaningless.  doson_ctr_progress_settings_new() gives: direction HIGHER,
 * no target, no base year (the earliest year with data is the base), no
 * limit, no cut-offs (the method's own). */
struct _DosonCtrProgressSettings
{
  DosonCtrDirection direction;
  gboolean          has_target;
  double            target;        /* as given; open-sdg turns 0 into 0.001 */
  int               target_year;
  gboolean          has_base_year;
  int               base_year;
  gboolean          has_limit;
  double            limit;
  gboolean          has_cutoffs;
  DosonCtrCutoffs   cutoffs;       /* caller's cut-offs, by value */
};

/* Why a figure of a result is absent (the first reason met, in the order
 * sdg-build checks them).  DOSON_CTR_PROGRESS_REASON_NONE when the progress
 * value exists. */
typedef enum
{
  DOSON_CTR_PROGRESS_REASON_NONE = 0,
  DOSON_CTR_PROGRESS_REASON_NO_DATA,            /* no observation at all */
  DOSON_CTR_PROGRESS_REASON_NO_BASE,            /* no year at or after the base year */
  DOSON_CTR_PROGRESS_REASON_MIXED_SIGNS,        /* base and current of opposite signs */
  DOSON_CTR_PROGRESS_REASON_ONE_YEAR,           /* current year == base year */
  DOSON_CTR_PROGRESS_REASON_NO_TARGET,          /* unsd-ratio, expected-value need a target */
  DOSON_CTR_PROGRESS_REASON_TARGET_YEAR,        /* target year not after the base year */
  DOSON_CTR_PROGRESS_REASON_BASE_MEETS_TARGET,  /* unsd/expected-value: base already met the target */
  DOSON_CTR_PROGRESS_REASON_REQUIRED_UNDEFINED, /* unsd-ratio: CAGR_r not real (target and base of opposite signs) */
  DOSON_CTR_PROGRESS_REASON_REQUIRED_ZERO,      /* CAGR_r == 0 (or v_T == v_b): target equal to base */
  DOSON_CTR_PROGRESS_REASON_UNDEFINED,          /* progress value not finite */
  DOSON_CTR_PROGRESS_REASON_NO_SCORES           /* roll-up: no series has a score */
} DosonCtrProgressReason;

/* The result of one series or of a roll-up.  Every figure has a has_ flag;
 * a figure whose flag is FALSE does not exist and must never be read or
 * printed as 0.  No pointer members: a result can live on the stack and
 * be copied with a plain struct assignment. */
struct _DosonCtrProgressResult
{
  DosonCtrProgressMethod method;
  DosonCtrStatus         status;
  DosonCtrDirection      direction;
  DosonCtrProgressReason reason;         /* why has_progress is FALSE */
  gboolean               is_rollup;      /* made by doson_ctr_progress_combine() */
  guint                  n_results;      /* roll-up: results given */
  guint                  n_scored;       /* roll-up: results with a score */
  guint                  n_years;        /* observations fed */

  gboolean has_base;
  int      base_year;
  double   base_value;                   /* as used: after the 0.001 rule */
  gboolean base_substituted;             /* observed base was exactly 0 */

  gboolean has_current;
  int      current_year;
  double   current_value;

  gboolean has_target;
  int      target_year;
  double   target_value;                 /* as used: after the 0.001 rule */
  gboolean target_substituted;           /* given target was exactly 0 */
  gboolean target_achieved;

  int      sign;                         /* open-sdg s: -1 if base < 0, else +1; 0 if no base */

  gboolean has_cagr_actual;
  double   cagr_actual;
  gboolean has_cagr_required;            /* FALSE when CAGR_r is not a real number */
  double   cagr_required;
  gboolean has_cagr_required_modulus;    /* open-sdg: CAGR_r complex (target and base of
                                          * opposite signs); Python's abs() of it was used */
  double   cagr_required_modulus;
  gboolean has_expected_value;           /* expected-value: projected v_T */
  double   expected_value;

  gboolean has_progress;                 /* finite progress value */
  double   progress;
  gboolean has_score;
  double   score;
  gboolean has_limit;
  double   limit;
  gboolean has_limit_scale;              /* open-sdg C */
  double   limit_scale;

  gboolean        has_cutoffs;
  DosonCtrCutoffs cutoffs;               /* as applied (open-sdg without target: scaled by C) */
};

/*
 * DosonCtrSeriesSummary: everything a progress method needs from one
 * series, in O(1) space, so that a streaming reader keeps no rows.
 *
 * Feed every observation of the series (each year at most once; detecting
 * a duplicate year is the caller's job) with
 * _doson_ctr_series_summary_add(), in any order, using the SAME settings
 * that will be passed to _doson_ctr_progress_evaluate().
 *
 * Which rows count (this is sdg-build's SeriesProgress, see
 * doson-ctr-progress-open-sdg.c for the source):
 *  - current: the latest year fed, whatever the base year;
 *  - base: with a configured base year B, the earliest year fed that is
 *    >= B (B itself when present, else "the next available year", as
 *    sdg-build does); years before B are counted in n_years and are never
 *    the base (one is the current only when no later year was fed, and
 *    then there is no base).  Without a configured base year, the
 *    earliest year fed.
 *  - sdg-build checks signs on the base and current values only (after
 *    the 0.001 rule), not on every row, so the summary keeps no sign
 *    state: _doson_ctr_progress_evaluate() decides "mixed signs" from the
 *    base and current values.  (Open SDG's prose says "all values"; its
 *    code, which this library follows, looks at those two.)
 *
 * Fields:
 *  n_years       observations fed (all years, including years before B);
 *  has_current   n_years > 0; current_year / current_value are the latest;
 *  has_base      some year >= B was fed (or any year when B is unset);
 *                base_year / base_value are that observation.
 */
typedef struct
{
  double   base_value;
  double   current_value;
  gint32   base_year;
  gint32   current_year;
  guint32  n_years;
  guint8   has_base;       /* booleans, small: a progress table keeps */
  guint8   has_current;    /* one summary per series */
} DosonCtrSeriesSummary;

void     _doson_ctr_series_summary_init (DosonCtrSeriesSummary *s);

/* Feeds one observation of a finite @value to @s, for settings with a
 * base year (@base_year) or without: _doson_ctr_series_summary_add()
 * without its checks, inline for the loops that add millions. */
static inline void
_doson_ctr_series_summary_feed (DosonCtrSeriesSummary *s,
                                gboolean               has_base_year,
                                int                    base_year,
                                int                    year,
                                double                 value)
{
  s->n_years++;

  /* sdg-build: current_year = years.max() */
  if (!s->has_current || year > s->current_year)
    {
      s->has_current = TRUE;
      s->current_year = year;
      s->current_value = value;
    }

  /* sdg-build: the configured base year if it is in the data, else
   * years[years > base_year].min(), i.e. the least year >= base_year */
  if (!has_base_year || year >= base_year)
    {
      if (!s->has_base || year < s->base_year)
        {
          s->has_base = TRUE;
          s->base_year = year;
          s->base_value = value;
        }
    }
}

/* Feeds one observation.  Returns FALSE, leaving @s untouched, when @value
 * is not finite (the caller reports DOSON_CTR_ERROR_NOT_FINITE with its
 * own file:line); TRUE otherwise.  @settings may be NULL (defaults). */
gboolean _doson_ctr_series_summary_add (DosonCtrSeriesSummary          *s,
                                        const DosonCtrProgressSettings *settings,
                                        int                             year,
                                        double                          value);

/* Applies @method to @summary and fills @result (caller storage; nothing
 * is allocated; every field of @result is overwritten).  @settings may be
 * NULL (defaults) and must be the settings the summary was fed with. */
void     _doson_ctr_progress_evaluate (DosonCtrProgressMethod          method,
                                       const DosonCtrProgressSettings *settings,
                                       const DosonCtrSeriesSummary    *summary,
                                       DosonCtrProgressResult         *result);

/* Copies @result (caller storage) to a new heap result, freed with
 * doson_ctr_progress_result_free(). */
DosonCtrProgressResult *_doson_ctr_progress_result_dup (const DosonCtrProgressResult *result);

/* The roll-up of doson_ctr_progress_combine() (doson-ctr-progress-rollup.c)
 * fed one result at a time, for the groups of a progress table, which
 * keep a DosonCtrScoreMean per group instead of the results: numpy's
 * pairwise sum of the scores, to the bit, needs the number of scores
 * first (_doson_ctr_score_mean_init()), then takes them one by one in order,
 * keeping only the path of its summation tree, at most one frame per
 * halving of the count beyond 128. */
typedef struct
{
  guint64  n;          /* values of the node */
  double   left;       /* the sum of its left half, once in_right */
  gboolean in_right;
} DosonCtrPairwiseFrame;

typedef struct
{
  guint64                n;          /* scores to come */
  guint64                seen;
  guint64                leaf_n;     /* values of the current leaf (<= 128) */
  guint64                leaf_i;
  double                 r[8];
  double                 res;
  double                 total;
  guint                  depth;
  DosonCtrPairwiseFrame *frames;     /* the path to the leaf */
  guint                  n_results;
  gboolean               all_achieved;
} DosonCtrScoreMean;

/* Starts a roll-up of results of which @n_scored will have a score. */
void _doson_ctr_score_mean_init   (DosonCtrScoreMean               *rollup,
                               guint64                       n_scored);
/* Feeds the next result. */
void _doson_ctr_score_mean_add    (DosonCtrScoreMean               *rollup,
                               const DosonCtrProgressResult *result);
/* Fills @result (caller storage) with the roll-up of the results fed,
 * which must have had exactly the scores announced, and frees what
 * @rollup holds. */
void _doson_ctr_score_mean_finish (DosonCtrScoreMean               *rollup,
                               DosonCtrProgressResult       *result);
/* Frees what @rollup holds, for a roll-up abandoned. */
void _doson_ctr_score_mean_clear  (DosonCtrScoreMean               *rollup);

G_END_DECLS

#endif /* DOSON_CTR_PROGRESS_PRIVATE_H */
