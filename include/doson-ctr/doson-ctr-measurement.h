/* doson-ctr-measurement.h: measured values of indicators
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_MEASUREMENT_H
#define DOSON_CTR_MEASUREMENT_H

#if !defined(DOSON_CTR_INSIDE) && !defined(DOSON_CTR_COMPILATION)
#error "Only <doson-ctr/doson-ctr.h> can be included directly."
#endif

#include <glib-object.h>
#include <doson-ctr/doson-ctr-version-macros.h>
#include <doson-ctr/doson-ctr-program.h>
#include <doson-ctr/doson-ctr-task.h>
#include <doson-ctr/doson-ctr-types.h>

G_BEGIN_DECLS

/**
 * DosonCtrMeasurement:
 *
 * An opaque boxed value: the value of one indicator in one year,
 * optionally for one value of the indicator's disaggregation (its
 * "level"), with an optional source and note. Free it with
 * doson_ctr_measurement_free().
 *
 * Since: 0.1
 */
typedef struct _DosonCtrMeasurement DosonCtrMeasurement;

/**
 * DOSON_CTR_TYPE_MEASUREMENT:
 *
 * The #GType of #DosonCtrMeasurement, a boxed type whose copy and free
 * functions are doson_ctr_measurement_copy() and
 * doson_ctr_measurement_free().
 *
 * Since: 0.1
 */
#define DOSON_CTR_TYPE_MEASUREMENT (doson_ctr_measurement_get_type ())

DOSON_CTR_AVAILABLE_IN_0_1
GType                doson_ctr_measurement_get_type (void) G_GNUC_CONST;
DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrMeasurement *doson_ctr_measurement_new (const char *indicator_id,
                                                int         year,
                                                double      value);
DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrMeasurement *doson_ctr_measurement_copy (const DosonCtrMeasurement *measurement);
DOSON_CTR_AVAILABLE_IN_0_1
void                 doson_ctr_measurement_free (DosonCtrMeasurement *measurement);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean             doson_ctr_measurement_equal (const DosonCtrMeasurement *a,
                                                  const DosonCtrMeasurement *b);

DOSON_CTR_AVAILABLE_IN_0_1
const char *doson_ctr_measurement_get_indicator_id (const DosonCtrMeasurement *measurement);
DOSON_CTR_AVAILABLE_IN_0_1
int         doson_ctr_measurement_get_year (const DosonCtrMeasurement *measurement);
DOSON_CTR_AVAILABLE_IN_0_1
double      doson_ctr_measurement_get_value (const DosonCtrMeasurement *measurement);
DOSON_CTR_AVAILABLE_IN_0_1
void        doson_ctr_measurement_set_disaggregation_value (DosonCtrMeasurement *measurement,
                                                            const char          *disaggregation_value);
DOSON_CTR_AVAILABLE_IN_0_1
const char *doson_ctr_measurement_get_disaggregation_value (const DosonCtrMeasurement *measurement);
DOSON_CTR_AVAILABLE_IN_0_1
void        doson_ctr_measurement_set_source (DosonCtrMeasurement *measurement,
                                              const char          *source);
DOSON_CTR_AVAILABLE_IN_0_1
const char *doson_ctr_measurement_get_source (const DosonCtrMeasurement *measurement);
DOSON_CTR_AVAILABLE_IN_0_1
void        doson_ctr_measurement_set_note (DosonCtrMeasurement *measurement,
                                            const char          *note);
DOSON_CTR_AVAILABLE_IN_0_1
const char *doson_ctr_measurement_get_note (const DosonCtrMeasurement *measurement);
DOSON_CTR_AVAILABLE_IN_0_1
const char *doson_ctr_measurement_get_origin (const DosonCtrMeasurement *measurement);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DosonCtrMeasurement, doson_ctr_measurement_free)

/**
 * DOSON_CTR_TYPE_MEASUREMENT_SET:
 *
 * The #GType of #DosonCtrMeasurementSet, a final #GObject class; instances
 * are released with g_object_unref().
 *
 * Since: 0.1
 */
#define DOSON_CTR_TYPE_MEASUREMENT_SET (doson_ctr_measurement_set_get_type ())
DOSON_CTR_AVAILABLE_IN_0_1
G_DECLARE_FINAL_TYPE (DosonCtrMeasurementSet, doson_ctr_measurement_set, DOSON_CTR, MEASUREMENT_SET, GObject)

DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrMeasurementSet *doson_ctr_measurement_set_new (void);
DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrMeasurementSet *doson_ctr_measurement_set_new_from_file (const char  *path,
                                                                 GError     **error);
DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrMeasurementSet *doson_ctr_measurement_set_new_from_file_in_style (const char        *path,
                                                                          DosonCtrCsvStyle   style,
                                                                          GError           **error);
DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrMeasurementSet *doson_ctr_measurement_set_new_from_json_data (const char  *data,
                                                                      gssize       length,
                                                                      const char  *name,
                                                                      GError     **error);
DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrMeasurementSet *doson_ctr_measurement_set_new_from_csv_data (const char  *data,
                                                                     gssize       length,
                                                                     const char  *name,
                                                                     GError     **error);
DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrMeasurementSet *doson_ctr_measurement_set_new_from_csv_data_in_style (const char        *data,
                                                                              gssize             length,
                                                                              const char        *name,
                                                                              DosonCtrCsvStyle   style,
                                                                              GError           **error);

DOSON_CTR_AVAILABLE_IN_0_1
char     *doson_ctr_measurement_set_to_json_data (DosonCtrMeasurementSet *set,
                                                  gsize                  *length);
DOSON_CTR_AVAILABLE_IN_0_1
char     *doson_ctr_measurement_set_to_csv_data (DosonCtrMeasurementSet *set,
                                                 gsize                  *length);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean  doson_ctr_measurement_set_save_to_file (DosonCtrMeasurementSet  *set,
                                                  const char              *path,
                                                  GError                 **error);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean  doson_ctr_measurement_set_equal (DosonCtrMeasurementSet *a,
                                           DosonCtrMeasurementSet *b);

DOSON_CTR_AVAILABLE_IN_0_1
void        doson_ctr_measurement_set_set_illustrative (DosonCtrMeasurementSet *set,
                                                        gboolean                illustrative);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean    doson_ctr_measurement_set_get_illustrative (DosonCtrMeasurementSet *set);
DOSON_CTR_AVAILABLE_IN_0_1
void        doson_ctr_measurement_set_set_description (DosonCtrMeasurementSet *set,
                                                       const char             *lang,
                                                       const char             *description);
DOSON_CTR_AVAILABLE_IN_0_1
const char *doson_ctr_measurement_set_get_description (DosonCtrMeasurementSet *set,
                                                       const char             *lang);
DOSON_CTR_AVAILABLE_IN_0_1
void        doson_ctr_measurement_set_set_program_id (DosonCtrMeasurementSet *set,
                                                      const char             *program_id);
DOSON_CTR_AVAILABLE_IN_0_1
const char *doson_ctr_measurement_set_get_program_id (DosonCtrMeasurementSet *set);

DOSON_CTR_AVAILABLE_IN_0_1
gboolean doson_ctr_measurement_set_add (DosonCtrMeasurementSet     *set,
                                        const DosonCtrMeasurement  *measurement,
                                        GError                    **error);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean doson_ctr_measurement_set_add_value (DosonCtrMeasurementSet  *set,
                                              const char              *indicator_id,
                                              int                      year,
                                              const char              *disaggregation_value,
                                              double                   value,
                                              GError                 **error);
DOSON_CTR_AVAILABLE_IN_0_1
guint    doson_ctr_measurement_set_get_size (DosonCtrMeasurementSet *set);
DOSON_CTR_AVAILABLE_IN_0_1
GPtrArray *doson_ctr_measurement_set_get_measurements (DosonCtrMeasurementSet *set);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean doson_ctr_measurement_set_lookup (DosonCtrMeasurementSet *set,
                                           const char             *indicator_id,
                                           int                     year,
                                           const char             *disaggregation_value,
                                           double                 *value);
DOSON_CTR_AVAILABLE_IN_0_1
const DosonCtrMeasurement *doson_ctr_measurement_set_lookup_measurement (DosonCtrMeasurementSet *set,
                                                                         const char             *indicator_id,
                                                                         int                     year,
                                                                         const char             *disaggregation_value);
DOSON_CTR_AVAILABLE_IN_0_1
int     *doson_ctr_measurement_set_get_years (DosonCtrMeasurementSet *set,
                                              const char             *indicator_id,
                                              gsize                  *n_years);
DOSON_CTR_AVAILABLE_IN_0_1
char   **doson_ctr_measurement_set_get_disaggregation_values (DosonCtrMeasurementSet *set,
                                                              const char             *indicator_id);
DOSON_CTR_AVAILABLE_IN_0_1
void     doson_ctr_measurement_set_get_series (DosonCtrMeasurementSet  *set,
                                               const char              *indicator_id,
                                               const char              *disaggregation_value,
                                               int                    **years,
                                               double                 **values,
                                               gsize                   *n_values);
DOSON_CTR_AVAILABLE_IN_0_1
char    **doson_ctr_measurement_set_validate (DosonCtrMeasurementSet *set,
                                               DosonCtrProgram        *program);

DOSON_CTR_AVAILABLE_IN_0_1
gboolean    doson_ctr_measurement_set_add_task_progress (DosonCtrMeasurementSet      *set,
                                                         const DosonCtrTaskProgress  *progress,
                                                         GError                     **error);
DOSON_CTR_AVAILABLE_IN_0_1
GPtrArray  *doson_ctr_measurement_set_get_task_progress (DosonCtrMeasurementSet *set);
DOSON_CTR_AVAILABLE_IN_0_1
const DosonCtrTaskProgress *doson_ctr_measurement_set_lookup_task_progress (DosonCtrMeasurementSet *set,
                                                                            const char             *task_id,
                                                                            int                     year);

G_END_DECLS

#endif /* DOSON_CTR_MEASUREMENT_H */
