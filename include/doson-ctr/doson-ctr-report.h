/* doson-ctr-report.h: the report of an assessment, as text, markdown,
 * JSON or CSV
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_REPORT_H
#define DOSON_CTR_REPORT_H

#if !defined(DOSON_CTR_INSIDE) && !defined(DOSON_CTR_COMPILATION)
#error "Only <doson-ctr/doson-ctr.h> can be included directly."
#endif

#include <glib-object.h>
#include <doson-ctr/doson-ctr-version-macros.h>
#include <doson-ctr/doson-ctr-assessment.h>
#include <doson-ctr/doson-ctr-output.h>
#include <doson-ctr/doson-ctr-types.h>

G_BEGIN_DECLS

/**
 * DosonCtrReportGrouping:
 * @DOSON_CTR_REPORT_GROUPING_GOAL: one group per goal that holds
 *   indicators itself, in the programme's order ("goal")
 * @DOSON_CTR_REPORT_GROUPING_UNIT: one group per responsible unit that
 *   leads indicators, in the programme's order ("unit")
 *
 * How the text and markdown formats of a #DosonCtrReport group the
 * indicators, and the CSV format orders its rows and roll-ups; JSON
 * gives both groupings.
 *
 * Since: 0.1
 */
typedef enum {
  DOSON_CTR_REPORT_GROUPING_GOAL = 0,
  DOSON_CTR_REPORT_GROUPING_UNIT
} DosonCtrReportGrouping;

DOSON_CTR_AVAILABLE_IN_0_1
const char *doson_ctr_report_grouping_to_string (DosonCtrReportGrouping grouping);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean    doson_ctr_report_grouping_from_string (const char             *str,
                                                   DosonCtrReportGrouping *grouping);

/**
 * DOSON_CTR_TYPE_REPORT:
 *
 * The #GType of #DosonCtrReport, a final #GObject class; instances are
 * released with g_object_unref().
 *
 * Since: 0.1
 */
#define DOSON_CTR_TYPE_REPORT (doson_ctr_report_get_type ())

DOSON_CTR_AVAILABLE_IN_0_1
G_DECLARE_FINAL_TYPE (DosonCtrReport, doson_ctr_report, DOSON_CTR, REPORT, GObject)

DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrReport     *doson_ctr_report_new (DosonCtrAssessment  *assessment,
                                          GError             **error);

DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrAssessment *doson_ctr_report_get_assessment (DosonCtrReport *report);

DOSON_CTR_AVAILABLE_IN_0_1
void                   doson_ctr_report_set_grouping (DosonCtrReport         *report,
                                                      DosonCtrReportGrouping  grouping);
DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrReportGrouping doson_ctr_report_get_grouping (DosonCtrReport *report);

DOSON_CTR_AVAILABLE_IN_0_1
void        doson_ctr_report_set_lang (DosonCtrReport *report,
                                       const char     *lang);
DOSON_CTR_AVAILABLE_IN_0_1
const char *doson_ctr_report_get_lang (DosonCtrReport *report);

DOSON_CTR_AVAILABLE_IN_0_1
void        doson_ctr_report_set_data_name (DosonCtrReport *report,
                                            const char     *name);
DOSON_CTR_AVAILABLE_IN_0_1
const char *doson_ctr_report_get_data_name (DosonCtrReport *report);

DOSON_CTR_AVAILABLE_IN_0_1
void     doson_ctr_report_set_colour (DosonCtrReport *report,
                                      gboolean        colour);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean doson_ctr_report_get_colour (DosonCtrReport *report);

DOSON_CTR_AVAILABLE_IN_0_1
void  doson_ctr_report_set_width (DosonCtrReport *report,
                                  guint           width);
DOSON_CTR_AVAILABLE_IN_0_1
guint doson_ctr_report_get_width (DosonCtrReport *report);

DOSON_CTR_AVAILABLE_IN_0_1
void             doson_ctr_report_set_csv_style (DosonCtrReport   *report,
                                                 DosonCtrCsvStyle  style);
DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrCsvStyle doson_ctr_report_get_csv_style (DosonCtrReport *report);

DOSON_CTR_AVAILABLE_IN_0_1
char     *doson_ctr_report_to_string (DosonCtrReport         *report,
                                      DosonCtrDocumentFormat  format);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean  doson_ctr_report_write_file (DosonCtrReport          *report,
                                       DosonCtrDocumentFormat   format,
                                       const char              *path,
                                       GError                 **error);
DOSON_CTR_AVAILABLE_IN_0_1
char     *doson_ctr_report_explain_indicator (DosonCtrReport  *report,
                                              const char      *indicator_id,
                                              GError         **error);
DOSON_CTR_AVAILABLE_IN_0_1
char     *doson_ctr_report_indicator_to_svg (DosonCtrReport  *report,
                                             const char      *indicator_id,
                                             GError         **error);

G_END_DECLS

#endif /* DOSON_CTR_REPORT_H */
