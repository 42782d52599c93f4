/* doson-ctr-escape-private.h: text as a CSV field or a JSON string; never installed
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_ESCAPE_PRIVATE_H
#define DOSON_CTR_ESCAPE_PRIVATE_H

#include <glib.h>

G_BEGIN_DECLS

/* Appends @text (UTF-8) to @out as one CSV field, quoted when it holds a
 * comma, a quote, a CR or an LF, or starts or ends with a blank. */
void _doson_ctr_csv_append_field (GString    *out,
                                  const char *text);
/* The same, with @separator (',' or ';') as the character between
 * fields that makes a field quoted. */
void _doson_ctr_csv_append_field_sep (GString    *out,
                                      const char *text,
                                      char        separator);

/* The most bytes a CSV field of @len bytes of text takes: every byte a
 * quote, doubled, and the two around it. */
#define DOSON_CTR_CSV_FIELD_ROOM(len) (2 * (len) + 2)

/* Writes the @len bytes at @text (UTF-8, no NUL among them) at @p as
 * _doson_ctr_csv_append_field_sep() appends them, for writers that fill
 * a buffer; @p has room for DOSON_CTR_CSV_FIELD_ROOM (@len) bytes.
 * Returns where the field ends. */
char *_doson_ctr_csv_put_field_sep (char       *p,
                                    const char *text,
                                    gsize       len,
                                    char        separator);

/* Appends @text (UTF-8) to @out as a JSON string, with its quotes. */
void _doson_ctr_json_append_string (GString    *out,
                                    const char *text);

G_END_DECLS

#endif /* DOSON_CTR_ESCAPE_PRIVATE_H */
