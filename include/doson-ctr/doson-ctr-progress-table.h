/* doson-ctr-progress-table.h: the progress of many series, streamed from CSV
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_PROGRESS_TABLE_H
#define DOSON_CTR_PROGRESS_TABLE_H

#if !defined(DOSON_CTR_INSIDE) && !defined(DOSON_CTR_COMPILATION)
#error "Only <doson-ctr/doson-ctr.h> can be included directly."
#endif

#include <gio/gio.h>
#include <doson-ctr/doson-ctr-version-macros.h>
#include <doson-ctr/doson-ctr-progress.h>

G_BEGIN_DECLS

/**
 * DOSON_CTR_TYPE_PROGRESS_TABLE:
 *
 * The #GType of #DosonCtrProgressTable, a final #GObject class; instances
 * are released with g_object_unref().
 *
 * Since: 0.1
 */
#define DOSON_CTR_TYPE_PROGRESS_TABLE (doson_ctr_progress_table_get_type ())

DOSON_CTR_AVAILABLE_IN_0_1
G_DECLARE_FINAL_TYPE (DosonCtrProgressTable, doson_ctr_progress_table,
                      DOSON_CTR, PROGRESS_TABLE, GObject)

DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrProgressTable *doson_ctr_progress_table_new (DosonCtrProgressMethod method);

DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrProgressMethod doson_ctr_progress_table_get_method (DosonCtrProgressTable *table);

/* Limits */
DOSON_CTR_AVAILABLE_IN_0_1
void  doson_ctr_progress_table_set_max_series (DosonCtrProgressTable *table,
                                               guint                  max_series);
DOSON_CTR_AVAILABLE_IN_0_1
guint doson_ctr_progress_table_get_max_series (DosonCtrProgressTable *table);

/* Threads */
DOSON_CTR_AVAILABLE_IN_0_1
void  doson_ctr_progress_table_set_jobs (DosonCtrProgressTable *table,
                                         guint                  jobs);
DOSON_CTR_AVAILABLE_IN_0_1
guint doson_ctr_progress_table_get_jobs (DosonCtrProgressTable *table);

/* Settings: before the first observation */
DOSON_CTR_AVAILABLE_IN_0_1
void     doson_ctr_progress_table_set_default_settings (DosonCtrProgressTable          *table,
                                                        const DosonCtrProgressSettings *settings);
DOSON_CTR_AVAILABLE_IN_0_1
void     doson_ctr_progress_table_set_series_settings (DosonCtrProgressTable          *table,
                                                       const char                     *series,
                                                       const DosonCtrProgressSettings *settings,
                                                       const char                     *group);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean doson_ctr_progress_table_load_settings (DosonCtrProgressTable *table,
                                                 GInputStream          *stream,
                                                 const char            *name,
                                                 GCancellable          *cancellable,
                                                 GError               **error);

/* Observations */
DOSON_CTR_AVAILABLE_IN_0_1
gboolean doson_ctr_progress_table_add (DosonCtrProgressTable *table,
                                       const char            *series,
                                       int                    year,
                                       double                 value,
                                       GError               **error);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean doson_ctr_progress_table_load_measurements (DosonCtrProgressTable *table,
                                                     GInputStream          *stream,
                                                     const char            *name,
                                                     GCancellable          *cancellable,
                                                     GError               **error);
DOSON_CTR_AVAILABLE_IN_0_1
guint64  doson_ctr_progress_table_get_n_observations (DosonCtrProgressTable *table);

/* Series and their results */
DOSON_CTR_AVAILABLE_IN_0_1
guint       doson_ctr_progress_table_get_n_series (DosonCtrProgressTable *table);
DOSON_CTR_AVAILABLE_IN_0_1
const char *doson_ctr_progress_table_get_series_id (DosonCtrProgressTable *table,
                                                    guint                  index);
DOSON_CTR_AVAILABLE_IN_0_1
const char *doson_ctr_progress_table_get_group (DosonCtrProgressTable *table,
                                                guint                  index);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean    doson_ctr_progress_table_lookup (DosonCtrProgressTable *table,
                                             const char            *series,
                                             guint                 *index);
DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrProgressResult *doson_ctr_progress_table_get_result (DosonCtrProgressTable *table,
                                                             guint                  index);

/* Groups and their roll-ups */
DOSON_CTR_AVAILABLE_IN_0_1
guint       doson_ctr_progress_table_get_n_groups (DosonCtrProgressTable *table);
DOSON_CTR_AVAILABLE_IN_0_1
const char *doson_ctr_progress_table_get_group_id (DosonCtrProgressTable *table,
                                                   guint                  index);
DOSON_CTR_AVAILABLE_IN_0_1
guint       doson_ctr_progress_table_get_group_n_series (DosonCtrProgressTable *table,
                                                         guint                  index);
DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrProgressResult *doson_ctr_progress_table_get_group_result (DosonCtrProgressTable *table,
                                                                   guint                  index);

/* Output */
DOSON_CTR_AVAILABLE_IN_0_1
gboolean doson_ctr_progress_table_write_csv (DosonCtrProgressTable *table,
                                             GOutputStream         *stream,
                                             GCancellable          *cancellable,
                                             GError               **error);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean doson_ctr_progress_table_write_summary_csv (DosonCtrProgressTable *table,
                                                     GOutputStream         *stream,
                                                     GCancellable          *cancellable,
                                                     GError               **error);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean doson_ctr_progress_table_write_json (DosonCtrProgressTable *table,
                                              GOutputStream         *stream,
                                              gboolean               with_summary,
                                              GCancellable          *cancellable,
                                              GError               **error);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean doson_ctr_progress_table_write_text (DosonCtrProgressTable *table,
                                              GOutputStream         *stream,
                                              gboolean               with_summary,
                                              const char            *lang,
                                              GCancellable          *cancellable,
                                              GError               **error);

G_END_DECLS

#endif /* DOSON_CTR_PROGRESS_TABLE_H */
