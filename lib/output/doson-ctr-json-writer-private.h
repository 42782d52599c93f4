/* doson-ctr-json-writer-private.h: the JSON documents of lib/output,
 * built with json-glib and written with the library's escaping and
 * numbers; never installed
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_JSON_WRITER_PRIVATE_H
#define DOSON_CTR_JSON_WRITER_PRIVATE_H

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Members of the object being built: "member": value, or null where the
 * value is NULL or not @have. */
void _doson_ctr_json_add_string (JsonBuilder *builder,
                                 const char  *member,
                                 const char  *value);
void _doson_ctr_json_add_int (JsonBuilder *builder,
                              const char  *member,
                              gboolean     have,
                              gint64       value);
void _doson_ctr_json_add_double (JsonBuilder *builder,
                                 const char  *member,
                                 gboolean     have,
                                 double       value);
void _doson_ctr_json_add_boolean (JsonBuilder *builder,
                                  const char  *member,
                                  gboolean     value);
/* "member": [strings...]; an empty array for NULL. */
void _doson_ctr_json_add_strings (JsonBuilder        *builder,
                                  const char         *member,
                                  const char * const *strings,
                                  gsize               n_strings);

/* Appends the root of @builder to @out, indented by two spaces, with a
 * final newline: strings escaped by _doson_ctr_json_append_string(),
 * numbers with the fewest digits that read back (0.1, not
 * 0.10000000000000001, and 0 for -0; null for a NaN or an infinity, which
 * JSON has not). */
void _doson_ctr_json_writer_append (GString     *out,
                                    JsonBuilder *builder);

G_END_DECLS

#endif /* DOSON_CTR_JSON_WRITER_PRIVATE_H */
