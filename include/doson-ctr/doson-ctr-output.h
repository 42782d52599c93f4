/* doson-ctr-output.h: writing documents: their formats, numbers and whole files
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_OUTPUT_H
#define DOSON_CTR_OUTPUT_H

#if !defined(DOSON_CTR_INSIDE) && !defined(DOSON_CTR_COMPILATION)
#error "Only <doson-ctr/doson-ctr.h> can be included directly."
#endif

#include <gio/gio.h>
#include <doson-ctr/doson-ctr-version-macros.h>

G_BEGIN_DECLS

/**
 * DosonCtrDocumentFormat:
 * @DOSON_CTR_DOCUMENT_FORMAT_TEXT: plain text for people, aligned in
 *   columns for a fixed-width font
 * @DOSON_CTR_DOCUMENT_FORMAT_MARKDOWN: markdown, with a table per group
 * @DOSON_CTR_DOCUMENT_FORMAT_JSON: JSON for programs, indented by two
 *   spaces; a figure that does not exist is null
 * @DOSON_CTR_DOCUMENT_FORMAT_CSV: CSV (RFC 4180) for spreadsheets, one row
 *   per target; a figure that does not exist is an empty field
 * @DOSON_CTR_DOCUMENT_FORMAT_HTML: one self-contained HTML page for
 *   people to look at and print, with a chart per indicator; only a
 *   #DosonCtrReport is written in it
 *
 * The formats of the documents the library writes about a programme
 * (doson_ctr_program_list_to_string()) and its assessment
 * (doson_ctr_report_to_string()). Every format ends with a newline, and
 * numbers for programs (JSON, CSV) have the fewest digits that read back
 * as the same double (doson_ctr_format_number()).
 *
 * Since: 0.1
 */
typedef enum {
  DOSON_CTR_DOCUMENT_FORMAT_TEXT = 0,
  DOSON_CTR_DOCUMENT_FORMAT_MARKDOWN,
  DOSON_CTR_DOCUMENT_FORMAT_JSON,
  DOSON_CTR_DOCUMENT_FORMAT_CSV,
  DOSON_CTR_DOCUMENT_FORMAT_HTML
} DosonCtrDocumentFormat;

DOSON_CTR_AVAILABLE_IN_0_1
const char *doson_ctr_document_format_to_string (DosonCtrDocumentFormat format);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean    doson_ctr_document_format_from_string (const char             *str,
                                                   DosonCtrDocumentFormat *format);

DOSON_CTR_AVAILABLE_IN_0_1
char     *doson_ctr_format_number (double value);

DOSON_CTR_AVAILABLE_IN_0_1
gboolean  doson_ctr_write_file_atomically (const char  *path,
                                           const char  *contents,
                                           gssize       length,
                                           GError     **error);

/**
 * DosonCtrWriteFunc:
 * @stream: the stream to write to; do not close it
 * @user_data: (closure): the data given with the function
 * @error: return location for a #GError, or %NULL
 *
 * Writes a document to @stream, for
 * doson_ctr_write_file_atomically_with().
 *
 * Returns: %TRUE on success, %FALSE with @error set
 *
 * Since: 0.1
 */
typedef gboolean (*DosonCtrWriteFunc) (GOutputStream  *stream,
                                       gpointer        user_data,
                                       GError        **error);

DOSON_CTR_AVAILABLE_IN_0_1
gboolean  doson_ctr_write_file_atomically_with (const char         *path,
                                                DosonCtrWriteFunc   func,
                                                gpointer            user_data,
                                                GError            **error);

G_END_DECLS

#endif /* DOSON_CTR_OUTPUT_H */
