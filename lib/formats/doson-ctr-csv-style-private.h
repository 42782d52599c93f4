/* doson-ctr-csv-style-private.h: measurement CSV as a spreadsheet saves it
 * in a Vietnamese locale; never installed
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_CSV_STYLE_PRIVATE_H
#define DOSON_CTR_CSV_STYLE_PRIVATE_H

#include <doson-ctr/doson-ctr-types.h>

#include "base/doson-ctr-csv-private.h"

G_BEGIN_DECLS

/* The style a measurement CSV is read in when none is asked for: the one
 * its header announces. Otherwise a DosonCtrCsvStyle. */
#define DOSON_CTR_CSV_STYLE_ANNOUNCED (-1)

/* TRUE when the header, the line at @data (@length bytes), is separated by
 * ";" and holds no ",": the file announces the Vietnamese style
 * (doc/formats.md, section 4.4). */
gboolean _doson_ctr_csv_style_is_vi (const char *data,
                                     gsize       length);

/* TRUE when @asked is DOSON_CTR_CSV_STYLE_ANNOUNCED or the style of the
 * file named @name, whose header (on @line) announces the Vietnamese
 * style when @vi: DOSON_CTR_CSV_STYLE_VI for it, plain or excel for a
 * header without ";". Otherwise a DOSON_CTR_ERROR_INVALID_DATA error
 * "NAME:LINE: ...", listed in @problems too when it is not NULL. */
gboolean _doson_ctr_csv_style_check (int          asked,
                                     gboolean     vi,
                                     const char  *name,
                                     guint        line,
                                     GPtrArray   *problems,
                                     GError     **error);

/* @data in the Vietnamese style rewritten for the reader: each ";" between
 * fields becomes ",", and an unquoted field that holds a "," is quoted.
 * Quoted fields and line breaks are kept, so lines keep their numbers. */
GString *_doson_ctr_csv_style_to_plain (const char *data,
                                        gsize       length);

/* Rewrites the number of @field, in the Vietnamese style ("-1.234,5": dots
 * between groups of three digits, a decimal comma), as the reader reads it
 * ("-1234.5"), in place. FALSE, @field untouched, when it is not written
 * so ("1.5", "1,234.5", "12,"); an empty field is left as it is. */
gboolean _doson_ctr_csv_style_plain_number (DosonCtrCsvField *field);

G_END_DECLS

#endif /* DOSON_CTR_CSV_STYLE_PRIVATE_H */
