/* doson-ctr-draft.h: the draft of the yearly implementation report of a
 * programme
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_DRAFT_H
#define DOSON_CTR_DRAFT_H

#if !defined(DOSON_CTR_INSIDE) && !defined(DOSON_CTR_COMPILATION)
#error "Only <doson-ctr/doson-ctr.h> can be included directly."
#endif

#include <glib-object.h>
#include <doson-ctr/doson-ctr-version-macros.h>
#include <doson-ctr/doson-ctr-report.h>

G_BEGIN_DECLS

/**
 * DosonCtrDraftFormat:
 * @DOSON_CTR_DRAFT_FORMAT_MARKDOWN: markdown, for a word processor or a
 *   converter such as pandoc ("markdown")
 * @DOSON_CTR_DRAFT_FORMAT_HTML: one self-contained HTML page, also
 *   well-formed XML, its stylesheet inline, to open in a browser, print
 *   on A4 or open in a word processor ("html")
 *
 * The formats of the draft of the yearly implementation report
 * (doson_ctr_report_draft_to_string()).
 *
 * Since: 0.1
 */
typedef enum {
  DOSON_CTR_DRAFT_FORMAT_MARKDOWN = 0,
  DOSON_CTR_DRAFT_FORMAT_HTML
} DosonCtrDraftFormat;

DOSON_CTR_AVAILABLE_IN_0_1
const char *doson_ctr_draft_format_to_string (DosonCtrDraftFormat format);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean    doson_ctr_draft_format_from_string (const char          *str,
                                                DosonCtrDraftFormat *format);

DOSON_CTR_AVAILABLE_IN_0_1
void        doson_ctr_report_set_superior_body (DosonCtrReport *report,
                                                const char     *name);
DOSON_CTR_AVAILABLE_IN_0_1
const char *doson_ctr_report_get_superior_body (DosonCtrReport *report);

DOSON_CTR_AVAILABLE_IN_0_1
char     *doson_ctr_report_draft_to_string (DosonCtrReport       *report,
                                            DosonCtrDraftFormat   format,
                                            GError              **error);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean  doson_ctr_report_write_draft (DosonCtrReport       *report,
                                        DosonCtrDraftFormat   format,
                                        const char           *path,
                                        GError              **error);

G_END_DECLS

#endif /* DOSON_CTR_DRAFT_H */
