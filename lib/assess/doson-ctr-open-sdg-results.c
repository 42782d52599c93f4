/* doson-ctr-open-sdg-results.c: the progress of an Open SDG repository,
 * indicator by indicator and series by series
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <string.h>

#include <glib.h>
#include <glib-object.h>

#include "assess/doson-ctr-open-sdg-private.h"

/**
 * SECTION:doson-ctr-open-sdg
 * @title: Open SDG repositories
 * @short_description: the progress of every indicator of an Open SDG data
 *   repository, as sdg-build 2.4.0 computes it
 *
 * An Open SDG data repository holds one CSV file a indicator
 * (`data/indicator_1-2-1.csv`: Year, disaggregation columns, Value) and
 * its metadata (the front matter of `meta/1-2-1.md`, or
 * `indicator-config/1-2-1.yml`), whose `progress_calculation_options`
 * say which series to measure and how. doson_ctr_open_sdg_read_repository()
 * reads such a repository and computes, as the Open SDG build tool
 * sdg-build 2.4.0 does, the record of every configured series and the
 * score and status of every indicator: the contents of the
 * `indicator_calculation_components.yml` that Open SDG sites publish.
 * doson_ctr_open_sdg_compute_indicator() does the same for one
 * indicator's CSV and metadata.
 *
 * Statuses are sdg-build's strings: `target_achieved`,
 * `substantial_progress`, `moderate_progress`, `limited_progress`,
 * `deterioration`, `not_available`; an indicator without
 * `auto_progress_calculation: true` has the `progress_status` of its
 * metadata, whatever it says, or the empty string.
 *
 * `doc/formats.md`, section 8, sets out the rules, and what is not
 * reproduced.
 */

/**
 * DosonCtrOpenSdgResults:
 *
 * The progress of the indicators of an Open SDG repository, or of one
 * indicator: per indicator its score and status, and its series records,
 * as doson_ctr_open_sdg_read_repository() and
 * doson_ctr_open_sdg_compute_indicator() compute them. Read-only.
 *
 * Since: 0.1
 */
struct _DosonCtrOpenSdgResults
{
  GObject    parent_instance;
  GPtrArray *indicators;   /* of DosonCtrOpenSdgIndicator, sorted by id */
  guint      n_series;
};

G_DEFINE_FINAL_TYPE (DosonCtrOpenSdgResults, doson_ctr_open_sdg_results, G_TYPE_OBJECT)

static void
doson_ctr_open_sdg_results_finalize (GObject *object)
{
  DosonCtrOpenSdgResults *self = DOSON_CTR_OPEN_SDG_RESULTS (object);

  g_ptr_array_unref (self->indicators);
  G_OBJECT_CLASS (doson_ctr_open_sdg_results_parent_class)->finalize (object);
}

static void
doson_ctr_open_sdg_results_class_init (DosonCtrOpenSdgResultsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = doson_ctr_open_sdg_results_finalize;
}

static void
doson_ctr_open_sdg_results_init (DosonCtrOpenSdgResults *self)
{
  self->indicators =
    g_ptr_array_new_with_free_func ((GDestroyNotify) _doson_ctr_open_sdg_indicator_free);
}

DosonCtrOpenSdgResults *
_doson_ctr_open_sdg_results_new (void)
{
  return g_object_new (DOSON_CTR_TYPE_OPEN_SDG_RESULTS, NULL);
}

void
_doson_ctr_open_sdg_series_free (DosonCtrOpenSdgSeries *series)
{
  if (series == NULL)
    return;
  g_free (series->key);
  g_free (series->status);
  g_free (series);
}

DosonCtrOpenSdgIndicator *
_doson_ctr_open_sdg_indicator_new (const char *id)
{
  DosonCtrOpenSdgIndicator *ind = g_new0 (DosonCtrOpenSdgIndicator, 1);

  ind->id = g_strdup (id);
  ind->series = g_ptr_array_new_with_free_func ((GDestroyNotify) _doson_ctr_open_sdg_series_free);
  return ind;
}

void
_doson_ctr_open_sdg_indicator_free (DosonCtrOpenSdgIndicator *indicator)
{
  if (indicator == NULL)
    return;
  g_free (indicator->id);
  g_free (indicator->status);
  g_ptr_array_unref (indicator->series);
  g_free (indicator);
}

static gint
compare_series (gconstpointer a,
                gconstpointer b)
{
  const DosonCtrOpenSdgSeries *x = *(DosonCtrOpenSdgSeries * const *) a;
  const DosonCtrOpenSdgSeries *y = *(DosonCtrOpenSdgSeries * const *) b;

  return strcmp (x->key, y->key);
}

static gint
compare_indicators (gconstpointer a,
                    gconstpointer b)
{
  const DosonCtrOpenSdgIndicator *x = *(DosonCtrOpenSdgIndicator * const *) a;
  const DosonCtrOpenSdgIndicator *y = *(DosonCtrOpenSdgIndicator * const *) b;

  return strcmp (x->id, y->id);
}

void
_doson_ctr_open_sdg_results_add (DosonCtrOpenSdgResults   *results,
                                 DosonCtrOpenSdgIndicator *indicator)
{
  /* the published file lists keys sorted (yaml.dump) */
  g_ptr_array_sort (indicator->series, compare_series);
  results->n_series += indicator->series->len;
  g_ptr_array_add (results->indicators, indicator);
}

void
_doson_ctr_open_sdg_results_sort (DosonCtrOpenSdgResults *results)
{
  g_ptr_array_sort (results->indicators, compare_indicators);
}

const DosonCtrOpenSdgIndicator *
_doson_ctr_open_sdg_results_peek (DosonCtrOpenSdgResults *results,
                                  guint                   i)
{
  return g_ptr_array_index (results->indicators, i);
}

/**
 * doson_ctr_open_sdg_results_get_n_indicators:
 * @results: a #DosonCtrOpenSdgResults
 *
 * Counts the indicators of @results.
 *
 * Returns: the number of indicators, sorted by id (as text, as the
 *   published file sorts them: "1-1-1", "10-1-1", "2-1-1")
 *
 * Since: 0.1
 */
guint
doson_ctr_open_sdg_results_get_n_indicators (DosonCtrOpenSdgResults *results)
{
  g_return_val_if_fail (DOSON_CTR_IS_OPEN_SDG_RESULTS (results), 0);
  return results->indicators->len;
}

/**
 * doson_ctr_open_sdg_results_get_total_series:
 * @results: a #DosonCtrOpenSdgResults
 *
 * Counts the series records of @results, over all its indicators.
 *
 * Returns: the number of series records of all the indicators
 *
 * Since: 0.1
 */
guint
doson_ctr_open_sdg_results_get_total_series (DosonCtrOpenSdgResults *results)
{
  g_return_val_if_fail (DOSON_CTR_IS_OPEN_SDG_RESULTS (results), 0);
  return results->n_series;
}

#define INDICATOR_OR(results, i, val)                                              \
  G_STMT_START {                                                                   \
    g_return_val_if_fail (DOSON_CTR_IS_OPEN_SDG_RESULTS (results), val);           \
    g_return_val_if_fail ((i) < (results)->indicators->len, val);                  \
  } G_STMT_END

/**
 * doson_ctr_open_sdg_results_get_indicator_id:
 * @results: a #DosonCtrOpenSdgResults
 * @indicator: an index, below doson_ctr_open_sdg_results_get_n_indicators()
 *
 * Gets the id of an indicator of @results.
 *
 * Returns: (transfer none): the indicator's id ("1-2-1")
 *
 * Since: 0.1
 */
const char *
doson_ctr_open_sdg_results_get_indicator_id (DosonCtrOpenSdgResults *results,
                                             guint                   indicator)
{
  INDICATOR_OR (results, indicator, NULL);
  return _doson_ctr_open_sdg_results_peek (results, indicator)->id;
}

/**
 * doson_ctr_open_sdg_results_get_indicator_status:
 * @results: a #DosonCtrOpenSdgResults
 * @indicator: an index, below doson_ctr_open_sdg_results_get_n_indicators()
 *
 * Gets the indicator's progress status, as sdg-build writes it: a status
 * computed from its series (`moderate_progress`…, or `not_available` when
 * no series has a score), or, without `auto_progress_calculation: true`,
 * the `progress_status` of its metadata as it is (such as
 * `not_available_manual`), or "" when it has none.
 *
 * Returns: (transfer none): the status
 *
 * Since: 0.1
 */
const char *
doson_ctr_open_sdg_results_get_indicator_status (DosonCtrOpenSdgResults *results,
                                                 guint                   indicator)
{
  INDICATOR_OR (results, indicator, NULL);
  return _doson_ctr_open_sdg_results_peek (results, indicator)->status;
}

/**
 * doson_ctr_open_sdg_results_get_indicator_score:
 * @results: a #DosonCtrOpenSdgResults
 * @indicator: an index, below doson_ctr_open_sdg_results_get_n_indicators()
 * @score: (out) (optional): return location for the score, untouched when
 *   there is none
 *
 * Gets the indicator's score: the mean of the scores of its series and
 * groups, from -5 to 5.
 *
 * Returns: %TRUE when the indicator has a score
 *
 * Since: 0.1
 */
gboolean
doson_ctr_open_sdg_results_get_indicator_score (DosonCtrOpenSdgResults *results,
                                                guint                   indicator,
                                                double                 *score)
{
  const DosonCtrOpenSdgIndicator *ind;

  INDICATOR_OR (results, indicator, FALSE);
  ind = _doson_ctr_open_sdg_results_peek (results, indicator);
  if (ind->has_score && score != NULL)
    *score = ind->score;
  return ind->has_score;
}

/**
 * doson_ctr_open_sdg_results_get_n_series:
 * @results: a #DosonCtrOpenSdgResults
 * @indicator: an index, below doson_ctr_open_sdg_results_get_n_indicators()
 *
 * Counts the series records of an indicator of @results.
 *
 * Returns: the number of series records of the indicator (one per
 *   distinct series key), sorted by key
 *
 * Since: 0.1
 */
guint
doson_ctr_open_sdg_results_get_n_series (DosonCtrOpenSdgResults *results,
                                         guint                   indicator)
{
  INDICATOR_OR (results, indicator, 0);
  return _doson_ctr_open_sdg_results_peek (results, indicator)->series->len;
}

static const DosonCtrOpenSdgSeries *
peek_series (DosonCtrOpenSdgResults *results,
             guint                   indicator,
             guint                   series)
{
  const DosonCtrOpenSdgIndicator *ind;

  g_return_val_if_fail (DOSON_CTR_IS_OPEN_SDG_RESULTS (results), NULL);
  g_return_val_if_fail (indicator < results->indicators->len, NULL);
  ind = _doson_ctr_open_sdg_results_peek (results, indicator);
  g_return_val_if_fail (series < ind->series->len, NULL);
  return g_ptr_array_index (ind->series, series);
}

/**
 * doson_ctr_open_sdg_results_get_series_key:
 * @results: a #DosonCtrOpenSdgResults
 * @indicator: an index, below doson_ctr_open_sdg_results_get_n_indicators()
 * @series: an index, below doson_ctr_open_sdg_results_get_n_series()
 *
 * Gets the series key: the indicator id, then the series, the unit and
 * the disaggregation values of its options, joined by " / " and cut to
 * 122 characters as sdg-build 2.4.0 cuts them ("3-9-1 / Diphtheria / …").
 *
 * Returns: (transfer none): the key
 *
 * Since: 0.1
 */
const char *
doson_ctr_open_sdg_results_get_series_key (DosonCtrOpenSdgResults *results,
                                           guint                   indicator,
                                           guint                   series)
{
  const DosonCtrOpenSdgSeries *s = peek_series (results, indicator, series);

  return s != NULL ? s->key : NULL;
}

/**
 * doson_ctr_open_sdg_results_get_series_status:
 * @results: a #DosonCtrOpenSdgResults
 * @indicator: an index, below doson_ctr_open_sdg_results_get_n_indicators()
 * @series: an index, below doson_ctr_open_sdg_results_get_n_series()
 *
 * Gets the status of a series record, as sdg-build spells it.
 *
 * Returns: (transfer none): the series' status (`moderate_progress`,
 *   `not_available`…)
 *
 * Since: 0.1
 */
const char *
doson_ctr_open_sdg_results_get_series_status (DosonCtrOpenSdgResults *results,
                                              guint                   indicator,
                                              guint                   series)
{
  const DosonCtrOpenSdgSeries *s = peek_series (results, indicator, series);

  return s != NULL ? s->status : NULL;
}

/**
 * doson_ctr_open_sdg_results_get_series_field:
 * @results: a #DosonCtrOpenSdgResults
 * @indicator: an index, below doson_ctr_open_sdg_results_get_n_indicators()
 * @series: an index, below doson_ctr_open_sdg_results_get_n_series()
 * @field: the figure wanted
 * @value: (out) (optional): return location for it, untouched when the
 *   series has none (years, direction and sign are whole numbers)
 *
 * Gets one figure of a series' record. The base year and the target year
 * always exist (the configured ones when the series has no data), and so
 * does the direction; any other figure may be absent, and is then not 0.
 *
 * Returns: %TRUE when the series has the figure
 *
 * Since: 0.1
 */
gboolean
doson_ctr_open_sdg_results_get_series_field (DosonCtrOpenSdgResults *results,
                                             guint                   indicator,
                                             guint                   series,
                                             DosonCtrOpenSdgField    field,
                                             double                 *value)
{
  const DosonCtrOpenSdgSeries *s = peek_series (results, indicator, series);

  g_return_val_if_fail ((guint) field < DOSON_CTR_OPEN_SDG_N_FIELDS, FALSE);
  if (s == NULL || !s->has[field])
    return FALSE;
  if (value != NULL)
    *value = s->value[field];
  return TRUE;
}
