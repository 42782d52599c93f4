/* doson-ctr-open-sdg.h: the progress of an Open SDG data repository, as
 * sdg-build 2.4.0 computes it
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_OPEN_SDG_H
#define DOSON_CTR_OPEN_SDG_H

#if !defined(DOSON_CTR_INSIDE) && !defined(DOSON_CTR_COMPILATION)
#error "Only <doson-ctr/doson-ctr.h> can be included directly."
#endif

#include <gio/gio.h>
#include <doson-ctr/doson-ctr-version-macros.h>
#include <doson-ctr/doson-ctr-output.h>

G_BEGIN_DECLS

/**
 * DosonCtrOpenSdgField:
 * @DOSON_CTR_OPEN_SDG_FIELD_BASE_YEAR: the base year (the configured one
 *   when the series has no data)
 * @DOSON_CTR_OPEN_SDG_FIELD_BASE_VALUE: the value of the base year, as
 *   the method used it (0 becomes 0.001)
 * @DOSON_CTR_OPEN_SDG_FIELD_CURRENT_YEAR: the latest year with a value
 * @DOSON_CTR_OPEN_SDG_FIELD_CURRENT_VALUE: its value
 * @DOSON_CTR_OPEN_SDG_FIELD_DIRECTION: 1 when higher is better, else -1
 * @DOSON_CTR_OPEN_SDG_FIELD_SIGN: -1 when the base value is negative, else
 *   1 (none without a base)
 * @DOSON_CTR_OPEN_SDG_FIELD_TARGET: the target (0 becomes 0.001)
 * @DOSON_CTR_OPEN_SDG_FIELD_TARGET_YEAR: the target year (2030 unless set)
 * @DOSON_CTR_OPEN_SDG_FIELD_LIMIT: the natural limit, as configured
 * @DOSON_CTR_OPEN_SDG_FIELD_PROGRESS_VALUE: the progress value
 * @DOSON_CTR_OPEN_SDG_FIELD_SCORE: the score, from -5 to 5
 *
 * The figures of one series of an Open SDG indicator: the members of a
 * record of `indicator_calculation_components.yml`.
 *
 * Since: 0.1
 */
typedef enum
{
  DOSON_CTR_OPEN_SDG_FIELD_BASE_YEAR = 0,
  DOSON_CTR_OPEN_SDG_FIELD_BASE_VALUE,
  DOSON_CTR_OPEN_SDG_FIELD_CURRENT_YEAR,
  DOSON_CTR_OPEN_SDG_FIELD_CURRENT_VALUE,
  DOSON_CTR_OPEN_SDG_FIELD_DIRECTION,
  DOSON_CTR_OPEN_SDG_FIELD_SIGN,
  DOSON_CTR_OPEN_SDG_FIELD_TARGET,
  DOSON_CTR_OPEN_SDG_FIELD_TARGET_YEAR,
  DOSON_CTR_OPEN_SDG_FIELD_LIMIT,
  DOSON_CTR_OPEN_SDG_FIELD_PROGRESS_VALUE,
  DOSON_CTR_OPEN_SDG_FIELD_SCORE
} DosonCtrOpenSdgField;

/**
 * DOSON_CTR_TYPE_OPEN_SDG_RESULTS:
 *
 * The #GType of #DosonCtrOpenSdgResults, a final #GObject class;
 * instances are released with g_object_unref().
 *
 * Since: 0.1
 */
#define DOSON_CTR_TYPE_OPEN_SDG_RESULTS (doson_ctr_open_sdg_results_get_type ())

DOSON_CTR_AVAILABLE_IN_0_1
G_DECLARE_FINAL_TYPE (DosonCtrOpenSdgResults, doson_ctr_open_sdg_results,
                      DOSON_CTR, OPEN_SDG_RESULTS, GObject)

DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrOpenSdgResults *doson_ctr_open_sdg_read_repository (const char          *dir,
                                                            const char * const  *indicators,
                                                            GCancellable        *cancellable,
                                                            GError             **error);
DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrOpenSdgResults *doson_ctr_open_sdg_compute_indicator (const char  *id,
                                                              const char  *csv,
                                                              gssize       csv_length,
                                                              const char  *metadata,
                                                              gssize       metadata_length,
                                                              GError     **error);

DOSON_CTR_AVAILABLE_IN_0_1
guint       doson_ctr_open_sdg_results_get_n_indicators (DosonCtrOpenSdgResults *results);
DOSON_CTR_AVAILABLE_IN_0_1
const char *doson_ctr_open_sdg_results_get_indicator_id (DosonCtrOpenSdgResults *results,
                                                         guint                   indicator);
DOSON_CTR_AVAILABLE_IN_0_1
const char *doson_ctr_open_sdg_results_get_indicator_status (DosonCtrOpenSdgResults *results,
                                                             guint                   indicator);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean    doson_ctr_open_sdg_results_get_indicator_score (DosonCtrOpenSdgResults *results,
                                                            guint                   indicator,
                                                            double                 *score);
DOSON_CTR_AVAILABLE_IN_0_1
guint       doson_ctr_open_sdg_results_get_n_series (DosonCtrOpenSdgResults *results,
                                                     guint                   indicator);
DOSON_CTR_AVAILABLE_IN_0_1
const char *doson_ctr_open_sdg_results_get_series_key (DosonCtrOpenSdgResults *results,
                                                       guint                   indicator,
                                                       guint                   series);
DOSON_CTR_AVAILABLE_IN_0_1
const char *doson_ctr_open_sdg_results_get_series_status (DosonCtrOpenSdgResults *results,
                                                          guint                   indicator,
                                                          guint                   series);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean    doson_ctr_open_sdg_results_get_series_field (DosonCtrOpenSdgResults *results,
                                                         guint                   indicator,
                                                         guint                   series,
                                                         DosonCtrOpenSdgField    field,
                                                         double                 *value);
DOSON_CTR_AVAILABLE_IN_0_1
guint       doson_ctr_open_sdg_results_get_total_series (DosonCtrOpenSdgResults *results);

DOSON_CTR_AVAILABLE_IN_0_1
char       *doson_ctr_open_sdg_results_to_data (DosonCtrOpenSdgResults *results,
                                                DosonCtrDocumentFormat  format,
                                                gsize                  *length,
                                                GError                **error);

G_END_DECLS

#endif /* DOSON_CTR_OPEN_SDG_H */
