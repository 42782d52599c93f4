/* doson-ctr-json-private.h: strict JSON reading with positions, for the
 * programme and measurement loaders; never installed
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_JSON_PRIVATE_H
#define DOSON_CTR_JSON_PRIVATE_H

#include <json-glib/json-glib.h>

#include <doson-ctr/doson-ctr-error.h>

#include "base/doson-ctr-private.h"
#include "base/doson-ctr-text-private.h"
#include "base/doson-ctr-escape-private.h"
#include "base/doson-ctr-file-private.h"
#include "base/doson-ctr-number-private.h"
#include "base/doson-ctr-diagnostic-private.h"

G_BEGIN_DECLS

/* How deep arrays and objects may nest (DOSON_CTR_ERROR_LIMIT beyond). */
#define DOSON_CTR_JSON_MAX_DEPTH 128

/* The most values a document may hold, objects and arrays included, and
 * the longest path of a value, in bytes (DOSON_CTR_ERROR_LIMIT beyond).
 * The document keeps a position and the path of every value, so these
 * bound its memory, whatever the size of the text: without them a 1 MB
 * file of one 1000-byte key over half a million numbers took 580 MB, and
 * 64 MiB of numbers 5 GB and a minute. */
#define DOSON_CTR_JSON_MAX_VALUES 1000000
#define DOSON_CTR_JSON_MAX_PATH 256

/*
 * A parsed JSON document that knows where each of its values is.
 *
 * _doson_ctr_json_doc_new() checks that the text is UTF-8 (a leading BOM is
 * skipped), then runs the library's own strict RFC 8259 tokenizer over it,
 * which reports syntax errors as "NAME:LINE:COLUMN: ..." (columns count
 * characters), refuses repeated keys, and records the position of every
 * value by its path ("indicators[3].targets[0].comparator"; the root is
 * ""). Then json-glib builds the tree.
 *
 * The readers below check the JSON type of what they read and report
 * "NAME:LINE:COLUMN: PATH: MESSAGE" (DOSON_CTR_ERROR_INVALID_DATA unless
 * stated).  Paths: a member of the root is "key", of another object
 * "parent.key"; an element is "parent[i]".
 */
typedef struct _DosonCtrJsonDoc DosonCtrJsonDoc;

/* With @problems, a list of DosonCtrDiagnostic, the document lists every
 * problem instead of failing at the first (DosonCtrProblems): a repeated
 * key is listed and the reading goes on; a problem that ends the reading
 * is listed too, and NULL returned with @error set. */
DosonCtrJsonDoc *_doson_ctr_json_doc_new (const char  *data,
                                          gsize        length,
                                          const char  *name,
                                          GPtrArray   *problems,
                                          GError     **error);
void             _doson_ctr_json_doc_free (DosonCtrJsonDoc *doc);
JsonNode        *_doson_ctr_json_doc_get_root (DosonCtrJsonDoc *doc);
const char      *_doson_ctr_json_doc_get_name (DosonCtrJsonDoc *doc);
const char      *_doson_ctr_json_doc_get_text (DosonCtrJsonDoc *doc);

/* Where a value starts: its line and column (in characters), those of its
 * key when it is an object member, and its byte offset in the text. */
typedef struct
{
  guint line;
  guint column;
  guint key_line;     /* 0 when the value is not an object member */
  guint key_column;
  gsize offset;
} DosonCtrJsonPosition;

/* The tokenizer (doson-ctr-json-scan.c): checks the syntax of @text and
 * records the position of each value in @positions, by its path. */
gboolean _doson_ctr_json_scan (const char        *text,
                               gsize              length,
                               const char        *name,
                               GHashTable        *positions,
                               DosonCtrProblems  *problems,
                               GError           **error);

/* The position of the value at @path or of its nearest ancestor that has
 * one, or NULL. */
const DosonCtrJsonPosition *_doson_ctr_json_doc_find (DosonCtrJsonDoc *doc,
                                                      const char      *path);
/* The line and column of the value at @path (of its key when @at_key and
 * the value is an object member); 0 and 0 when unknown. */
void _doson_ctr_json_doc_position (DosonCtrJsonDoc *doc,
                                   const char      *path,
                                   gboolean         at_key,
                                   guint           *line,
                                   guint           *column);

/* Listing every problem (see _doson_ctr_json_doc_new()): after a failed
 * check, lists its problem, clears @error and returns TRUE, so that the
 * loader carries on past the bad part; otherwise FALSE, @error set. */
gboolean _doson_ctr_json_doc_carry_on (DosonCtrJsonDoc  *doc,
                                       GError          **error);
/* Listing every problem, lists the one that ended the reading. */
void     _doson_ctr_json_doc_stop (DosonCtrJsonDoc *doc);
/* Grows with each problem listed and each reference to an entry set
 * aside: a loader compares two marks to tell whether an entry is sound. */
guint    _doson_ctr_json_doc_mark (DosonCtrJsonDoc *doc);
/* An entry (@what is "unit", "goal", "indicator") with problems is left
 * out of what is loaded; what refers to it is not reported again:
 * _doson_ctr_json_doc_refers_to_set_aside() tells (and counts in the
 * mark) that an unknown id is one of those. Both do nothing, and the
 * latter returns FALSE, unless the document lists its problems. */
void     _doson_ctr_json_doc_set_aside (DosonCtrJsonDoc *doc,
                                        const char      *what,
                                        const char      *id);
gboolean _doson_ctr_json_doc_refers_to_set_aside (DosonCtrJsonDoc *doc,
                                                  const char      *what,
                                                  const char      *id);

/* "NAME:LINE:COLUMN" of the value at @path (of its key when @at_key and
 * the value is an object member), newly allocated. */
char *_doson_ctr_json_doc_locate (DosonCtrJsonDoc *doc,
                                  const char      *path,
                                  gboolean         at_key);

/* Sets @error to "NAME:LINE:COLUMN: PATH: MESSAGE". */
void _doson_ctr_json_error (DosonCtrJsonDoc  *doc,
                            GError          **error,
                            gint              code,
                            const char       *path,
                            gboolean          at_key,
                            const char       *format,
                            ...) G_GNUC_PRINTF (6, 7);
/* Reports DOSON_CTR_ERROR_INVALID_DATA at the member @key of @path, as
 * _doson_ctr_json_error() does; FALSE. */
gboolean _doson_ctr_json_member_error (DosonCtrJsonDoc  *doc,
                                       GError          **error,
                                       const char       *path,
                                       const char       *key,
                                       const char       *format,
                                       ...) G_GNUC_PRINTF (5, 6);
/* A problem of a member the reader can do without: reports
 * DOSON_CTR_ERROR_INVALID_DATA as _doson_ctr_json_error() does and
 * returns _doson_ctr_json_doc_carry_on(), whether the reading goes on. */
gboolean _doson_ctr_json_list_problem (DosonCtrJsonDoc  *doc,
                                       GError          **error,
                                       const char       *path,
                                       gboolean          at_key,
                                       const char       *format,
                                       ...) G_GNUC_PRINTF (5, 6);

/* Paths name a value by its keys and indices from the top, as in
 * indicators[3].targets[0].value.  A key that is empty or holds one of
 * . [ ] " \ is written ["key"], with \" and \\ inside, so that no two
 * values share a path: the reader finds a value's position by its path. */
void  _doson_ctr_json_path_append_member (GString    *path,
                                          const char *key);
char *_doson_ctr_json_path_member (const char *path,
                                   const char *key);
char *_doson_ctr_json_path_index (const char *path,
                                  guint       index);

/* The root (or any node at @path) must be an object. */
gboolean _doson_ctr_json_expect_object (DosonCtrJsonDoc  *doc,
                                        JsonNode         *node,
                                        const char       *path,
                                        JsonObject      **object,
                                        GError          **error);

/* The root of a @kind file ("programme", "measurement"): an object whose
 * "format" is @format and "version" @version. */
gboolean _doson_ctr_json_read_root (DosonCtrJsonDoc  *doc,
                                    const char       *kind,
                                    const char       *format,
                                    int               version,
                                    JsonObject      **root,
                                    GError          **error);

/* Every member of @object must be named in @known (NULL-terminated);
 * listing every problem, each unknown member is listed and left aside. */
gboolean _doson_ctr_json_check_keys (DosonCtrJsonDoc    *doc,
                                     JsonObject         *object,
                                     const char         *path,
                                     const char * const *known,
                                     GError            **error);

/* Readers of one member. When the member is absent: an error if
 * @required, else TRUE with the output set to its "absent" value (NULL,
 * FALSE for *present).  Strings must not be empty. */
gboolean _doson_ctr_json_read_string (DosonCtrJsonDoc  *doc,
                                      JsonObject       *object,
                                      const char       *path,
                                      const char       *key,
                                      gboolean          required,
                                      const char      **value,
                                      GError          **error);
gboolean _doson_ctr_json_read_id (DosonCtrJsonDoc  *doc,
                                  JsonObject       *object,
                                  const char       *path,
                                  const char       *key,
                                  gboolean          required,
                                  const char      **value,
                                  GError          **error);
gboolean _doson_ctr_json_read_int (DosonCtrJsonDoc  *doc,
                                   JsonObject       *object,
                                   const char       *path,
                                   const char       *key,
                                   gboolean          required,
                                   int               min,
                                   int               max,
                                   gboolean         *present,
                                   int              *value,
                                   GError          **error);
/* A finite number (DOSON_CTR_ERROR_NOT_FINITE for one that overflows);
 * with @allow_bool, true and false read as 1 and 0. */
gboolean _doson_ctr_json_read_number (DosonCtrJsonDoc  *doc,
                                      JsonObject       *object,
                                      const char       *path,
                                      const char       *key,
                                      gboolean          required,
                                      gboolean          allow_bool,
                                      gboolean         *present,
                                      double           *value,
                                      GError          **error);
gboolean _doson_ctr_json_read_bool (DosonCtrJsonDoc  *doc,
                                    JsonObject       *object,
                                    const char       *path,
                                    const char       *key,
                                    gboolean          required,
                                    gboolean         *present,
                                    gboolean         *value,
                                    GError          **error);
gboolean _doson_ctr_json_read_array (DosonCtrJsonDoc  *doc,
                                     JsonObject       *object,
                                     const char       *path,
                                     const char       *key,
                                     gboolean          required,
                                     JsonArray       **value,
                                     GError          **error);
gboolean _doson_ctr_json_read_object (DosonCtrJsonDoc  *doc,
                                      JsonObject       *object,
                                      const char       *path,
                                      const char       *key,
                                      gboolean          required,
                                      JsonObject      **value,
                                      GError          **error);
/* A localised text {"vi": ..., "en": ...}; @text is filled (and must be
 * empty on entry) only on success. */
gboolean _doson_ctr_json_read_loc_text (DosonCtrJsonDoc  *doc,
                                        JsonObject       *object,
                                        const char       *path,
                                        const char       *key,
                                        gboolean          required,
                                        DosonCtrLocText  *text,
                                        GError          **error);
/* An array of non-empty strings (ids when @ids), each named once;
 * *value is a new array of borrowed strings, or NULL when absent. */
gboolean _doson_ctr_json_read_string_array (DosonCtrJsonDoc  *doc,
                                            JsonObject       *object,
                                            const char       *path,
                                            const char       *key,
                                            gboolean          required,
                                            gboolean          ids,
                                            GPtrArray       **value,
                                            GError          **error);

/* Sets @error to the error of a function of the model, @local_error
 * (taken), at @path or at its member @key when not NULL; FALSE. */
gboolean _doson_ctr_json_wrap_error (DosonCtrJsonDoc  *doc,
                                     const char       *path,
                                     const char       *key,
                                     GError           *local_error,
                                     GError          **error);
/* Sets @error to "unknown WHAT "VALUE" (expected ALLOWED)" at the member
 * @key of @path; FALSE. */
gboolean _doson_ctr_json_bad_enum (DosonCtrJsonDoc  *doc,
                                   const char       *path,
                                   const char       *key,
                                   const char       *what,
                                   const char       *value,
                                   const char       *allowed,
                                   GError          **error);
/* The member @key must be absent: otherwise an error ""KEY" WHY" at the
 * key. */
gboolean _doson_ctr_json_forbid_key (DosonCtrJsonDoc  *doc,
                                     JsonObject       *object,
                                     const char       *path,
                                     const char       *key,
                                     const char       *why,
                                     GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DosonCtrJsonDoc, _doson_ctr_json_doc_free)

G_END_DECLS

#endif /* DOSON_CTR_JSON_PRIVATE_H */
