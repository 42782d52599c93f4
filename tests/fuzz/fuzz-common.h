/* fuzz-common.h: what the libFuzzer targets of tests/fuzz share
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Each target (fuzz-<name>.c) defines fuzz_<name>_one (), which feeds one
 * input through an input path of the library and checks the library's
 * contracts, and, unless DOSON_CTR_FUZZ_NO_MAIN is defined, the libFuzzer
 * entry points that call it.  tests/test-regress.c includes the targets
 * with DOSON_CTR_FUZZ_NO_MAIN, so that every input in tests/data/regress/
 * and every seed goes through exactly the same code and checks.
 *
 * A broken contract calls FUZZ_FAIL (printf-style arguments), which by
 * default prints the message to stderr and aborts, so that libFuzzer
 * records the input as a crash.  A Check program defines FUZZ_FAIL as
 * ck_abort_msg before including this file.
 *
 * Only the public API is used here.
 */

#ifndef DOSON_CTR_FUZZ_COMMON_H
#define DOSON_CTR_FUZZ_COMMON_H

#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gio/gio.h>
#include <json-glib/json-glib.h>
#include <doson-ctr/doson-ctr.h>

G_BEGIN_DECLS

/* The targets, one input each. */
void fuzz_progress_csv_one (const guint8 *data, gsize size);
void fuzz_progress_settings_one (const guint8 *data, gsize size);
void fuzz_program_json_one (const guint8 *data, gsize size);
void fuzz_measurements_json_one (const guint8 *data, gsize size);
void fuzz_measurements_csv_one (const guint8 *data, gsize size);
void fuzz_growth_one (const guint8 *data, gsize size);
void fuzz_progress_one (const guint8 *data, gsize size);
void fuzz_open_sdg_one (const guint8 *data, gsize size);

/* ------------------------------------------------------------------ */
/* Failing                                                             */
/* ------------------------------------------------------------------ */

#ifndef FUZZ_FAIL
static inline void G_GNUC_NORETURN G_GNUC_PRINTF (1, 2)
fuzz_fail (const char *format,
           ...)
{
  va_list args;

  va_start (args, format);
  fputs ("fuzz: contract broken: ", stderr);
  vfprintf (stderr, format, args);
  fputc ('\n', stderr);
  va_end (args);
  abort ();
}
#define FUZZ_FAIL(...) fuzz_fail (__VA_ARGS__)
#endif

#define FUZZ_CHECK(cond, ...) \
  G_STMT_START { \
    if (G_UNLIKELY (!(cond))) \
      FUZZ_FAIL (__VA_ARGS__); \
  } G_STMT_END

/* ------------------------------------------------------------------ */
/* Set-up, once per process                                            */
/* ------------------------------------------------------------------ */

/* Every message goes to stderr (stdout stays clean), and a warning or a
 * critical (a g_return_if_fail() inside the library, which the targets
 * never provoke through their own calls) aborts. */
static inline void
fuzz_init (void)
{
  /* Plain malloc under AddressSanitizer (GLib before 2.76). */
  g_setenv ("G_SLICE", "always-malloc", TRUE);
  g_log_writer_default_set_use_stderr (TRUE);
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
}

#ifdef DOSON_CTR_FUZZ_NO_MAIN
#define FUZZ_ENTRY_POINT(one)
#else
#define FUZZ_ENTRY_POINT(one) \
  int LLVMFuzzerInitialize (int *argc, char ***argv); \
  int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size); \
  int \
  LLVMFuzzerInitialize (int *argc, char ***argv) \
  { \
    fuzz_init (); \
    return 0; \
  } \
  int \
  LLVMFuzzerTestOneInput (const uint8_t *data, size_t size) \
  { \
    one (data, size); \
    return 0; \
  }
#endif

/* ------------------------------------------------------------------ */
/* Reading numbers from the fuzz bytes                                 */
/* ------------------------------------------------------------------ */

typedef struct
{
  const guint8 *p;
  gsize         n;
} FuzzBytes;

/* The next byte, or 0 once the input is used up. */
static inline guint8
fuzz_u8 (FuzzBytes *b)
{
  guint8 v;

  if (b->n == 0)
    return 0;
  v = *b->p;
  b->p++;
  b->n--;
  return v;
}

static inline guint32
fuzz_u32 (FuzzBytes *b)
{
  guint32 v = 0;
  int i;

  for (i = 0; i < 4; i++)
    v = (v << 8) | fuzz_u8 (b);
  return v;
}

static inline guint64
fuzz_u64 (FuzzBytes *b)
{
  return ((guint64) fuzz_u32 (b) << 32) | fuzz_u32 (b);
}

/* A double: sometimes any bit pattern (NaN, infinities, subnormals), more
 * often a number a table could hold, or one of the awkward values. */
static inline double
fuzz_double (FuzzBytes *b)
{
  static const double special[] = {
    0.0, -0.0, 1.0, -1.0, 0.001, -0.001, 0.5, 2.0, 100.0, -100.0,
    1e-300, -1e-300, 1e300, -1e300, G_MAXDOUBLE, -G_MAXDOUBLE,
    G_MINDOUBLE, 4.9406564584124654e-324, -4.9406564584124654e-324,
    1.0000000000000002, 0.9999999999999999, -0.9999999999999999,
    0.95, 0.6, 0.015, 0.005, -0.1, 2.5, -2.5, 5.0, -5.0, 1e16, 9007199254740993.0,
  };
  guint8 kind = fuzz_u8 (b);
  guint64 bits;
  double v;

  switch (kind % 8)
    {
    case 0:
      bits = fuzz_u64 (b);
      memcpy (&v, &bits, sizeof v);
      return v;
    case 1:
      return special[fuzz_u8 (b) % G_N_ELEMENTS (special)];
    case 2:
      return (double) (gint8) fuzz_u8 (b);
    case 3:
      return (double) (gint16) (fuzz_u32 (b) & 0xffff) / 16.0;
    case 4:
      return (double) (gint32) fuzz_u32 (b) / 1000.0;
    case 5:
      return ldexp ((double) (gint16) (fuzz_u32 (b) & 0xffff), (int) (gint8) fuzz_u8 (b) * 8);
    default:
      return (double) fuzz_u8 (b) / 100.0;
    }
}

/* A year: mostly near the programme's years, sometimes any int. */
static inline int
fuzz_year (FuzzBytes *b)
{
  guint8 kind = fuzz_u8 (b);

  if (kind < 16)
    return (int) fuzz_u32 (b);
  if (kind < 32)
    return 1850 + (int) (fuzz_u32 (b) % 400);
  return 1995 + kind % 48;
}

/* ------------------------------------------------------------------ */
/* Contracts                                                           */
/* ------------------------------------------------------------------ */

/* A call that returned @ok with @error: success iff no error; a failure
 * carries a DOSON_CTR_ERROR with a known code and a UTF-8 message. */
static inline void
fuzz_check_error (gboolean      ok,
                  const GError *error,
                  const char   *what)
{
  if (ok)
    {
      FUZZ_CHECK (error == NULL, "%s: succeeded but set an error: %s", what,
                  error != NULL ? error->message : "");
      return;
    }
  FUZZ_CHECK (error != NULL, "%s: failed without setting an error", what);
  FUZZ_CHECK (error->domain == DOSON_CTR_ERROR,
              "%s: error in domain %s, not DOSON_CTR_ERROR: %s", what,
              g_quark_to_string (error->domain), error->message);
  FUZZ_CHECK (error->code >= DOSON_CTR_ERROR_FAILED && error->code <= DOSON_CTR_ERROR_IO,
              "%s: unknown error code %d: %s", what, error->code, error->message);
  FUZZ_CHECK (error->message != NULL && error->message[0] != '\0',
              "%s: error without a message", what);
  FUZZ_CHECK (g_utf8_validate (error->message, -1, NULL),
              "%s: the error message is not valid UTF-8", what);
}

static inline void
fuzz_check_utf8 (const char *text,
                 gsize       len,
                 const char *what)
{
  FUZZ_CHECK (text != NULL, "%s: no text", what);
  FUZZ_CHECK (g_utf8_validate_len (text, len, NULL),
              "%s: not valid UTF-8 (or holds a NUL byte)", what);
}

static inline void
fuzz_check_cutoffs (const DosonCtrCutoffs *c,
                    const char            *what)
{
  double s, m, l;

  if (c == NULL)
    return;
  s = doson_ctr_cutoffs_get_substantial (c);
  m = doson_ctr_cutoffs_get_moderate (c);
  l = doson_ctr_cutoffs_get_limited (c);
  FUZZ_CHECK (isfinite (s) && isfinite (m) && isfinite (l),
              "%s: cut-offs %g / %g / %g not finite", what, s, m, l);
  FUZZ_CHECK (s >= m && m >= l, "%s: cut-offs %g / %g / %g out of order", what, s, m, l);
}

/* What every result must satisfy, whatever the input. */
static inline void
fuzz_check_result (const DosonCtrProgressResult *r,
                   DosonCtrProgressMethod        method,
                   gboolean                      rollup)
{
  DosonCtrStatus status;
  gboolean has_base, has_current;
  int base_year = 0, current_year = 0;
  double base_value = 0, current_value = 0, v;
  g_autofree char *en = NULL;
  g_autofree char *vi = NULL;
  DosonCtrProgressResult *copy;

  FUZZ_CHECK (r != NULL, "no result");
  FUZZ_CHECK (doson_ctr_progress_result_get_method (r)
              == (rollup ? DOSON_CTR_PROGRESS_METHOD_OPEN_SDG : method),
              "result of method %d, expected %d", doson_ctr_progress_result_get_method (r),
              (int) method);
  status = doson_ctr_progress_result_get_status (r);
  FUZZ_CHECK (status >= DOSON_CTR_STATUS_NOT_AVAILABLE && status <= DOSON_CTR_STATUS_PENDING,
              "status %d out of range", (int) status);
  FUZZ_CHECK (doson_ctr_status_to_string (status) != NULL, "status %d has no name", status);

  has_base = doson_ctr_progress_result_get_base (r, &base_year, &base_value);
  has_current = doson_ctr_progress_result_get_current (r, &current_year, &current_value);
  if (has_base)
    {
      FUZZ_CHECK (isfinite (base_value), "base value %g not finite", base_value);
      FUZZ_CHECK (has_current, "a base without a current observation");
      FUZZ_CHECK (current_year >= base_year, "current year %d before base year %d",
                  current_year, base_year);
    }
  if (has_current)
    FUZZ_CHECK (isfinite (current_value), "current value %g not finite", current_value);
  if (rollup)
    FUZZ_CHECK (!has_base && !has_current, "a roll-up with a base or current observation");

  if (doson_ctr_progress_result_get_cagr_actual (r, &v))
    FUZZ_CHECK (isfinite (v), "CAGR_a %g not finite", v);
  if (doson_ctr_progress_result_get_cagr_required (r, &v))
    FUZZ_CHECK (isfinite (v), "CAGR_r %g not finite", v);
  if (doson_ctr_progress_result_get_progress (r, &v))
    {
      FUZZ_CHECK (isfinite (v), "progress %g not finite", v);
      FUZZ_CHECK (has_base && has_current, "a progress value without base and current");
    }
  if (doson_ctr_progress_result_get_score (r, &v))
    FUZZ_CHECK (isfinite (v) && v >= -5 && v <= 5, "score %g not in [-5, 5]", v);
  if (doson_ctr_progress_result_get_limit_scale (r, &v))
    FUZZ_CHECK (isfinite (v) && v >= 0 && v <= 1, "limit scale %g not in [0, 1]", v);
  fuzz_check_cutoffs (doson_ctr_progress_result_get_cutoffs (r), "result");

  en = doson_ctr_progress_result_explain (r, "en");
  vi = doson_ctr_progress_result_explain (r, "vi");
  FUZZ_CHECK (en != NULL && g_utf8_validate (en, -1, NULL), "explain (en) not UTF-8");
  FUZZ_CHECK (vi != NULL && g_utf8_validate (vi, -1, NULL), "explain (vi) not UTF-8");

  copy = doson_ctr_progress_result_copy (r);
  FUZZ_CHECK (doson_ctr_progress_result_get_status (copy) == status, "copy differs");
  doson_ctr_progress_result_free (copy);
}

/* Whether two results hold the same figures, bit for bit. */
static inline gboolean
fuzz_results_equal (const DosonCtrProgressResult *a,
                    const DosonCtrProgressResult *b)
{
  int ya = 0, yb = 0;
  double va = 0, vb = 0;
  gboolean ha, hb;
  const DosonCtrCutoffs *ca, *cb;

#define SAME_DOUBLE(x, y) (memcmp (&(x), &(y), sizeof (double)) == 0)
  if (doson_ctr_progress_result_get_status (a) != doson_ctr_progress_result_get_status (b)
      || doson_ctr_progress_result_get_method (a) != doson_ctr_progress_result_get_method (b))
    return FALSE;
  ha = doson_ctr_progress_result_get_base (a, &ya, &va);
  hb = doson_ctr_progress_result_get_base (b, &yb, &vb);
  if (ha != hb || (ha && (ya != yb || !SAME_DOUBLE (va, vb))))
    return FALSE;
  ha = doson_ctr_progress_result_get_current (a, &ya, &va);
  hb = doson_ctr_progress_result_get_current (b, &yb, &vb);
  if (ha != hb || (ha && (ya != yb || !SAME_DOUBLE (va, vb))))
    return FALSE;
#define SAME_FIGURE(getter) \
  ((ha = getter (a, &va)) == (hb = getter (b, &vb)) && (!ha || SAME_DOUBLE (va, vb)))
  if (!SAME_FIGURE (doson_ctr_progress_result_get_cagr_actual)
      || !SAME_FIGURE (doson_ctr_progress_result_get_cagr_required)
      || !SAME_FIGURE (doson_ctr_progress_result_get_progress)
      || !SAME_FIGURE (doson_ctr_progress_result_get_score)
      || !SAME_FIGURE (doson_ctr_progress_result_get_limit_scale))
    return FALSE;
#undef SAME_FIGURE
  ca = doson_ctr_progress_result_get_cutoffs (a);
  cb = doson_ctr_progress_result_get_cutoffs (b);
  if ((ca == NULL) != (cb == NULL))
    return FALSE;
  if (ca != NULL)
    {
      double sa = doson_ctr_cutoffs_get_substantial (ca), sb = doson_ctr_cutoffs_get_substantial (cb);
      double ma = doson_ctr_cutoffs_get_moderate (ca), mb = doson_ctr_cutoffs_get_moderate (cb);
      double la = doson_ctr_cutoffs_get_limited (ca), lb = doson_ctr_cutoffs_get_limited (cb);

      if (!SAME_DOUBLE (sa, sb) || !SAME_DOUBLE (ma, mb) || !SAME_DOUBLE (la, lb))
        return FALSE;
    }
#undef SAME_DOUBLE
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Output of a table                                                   */
/* ------------------------------------------------------------------ */

/* Reads the records of @text, written by the library's CSV writers (LF
 * line ends, RFC 4180 quotes), into an array of NULL-terminated string
 * vectors; NULL when the text is not such CSV. */
static inline GPtrArray *
fuzz_parse_csv (const char *text,
                gsize       len)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GPtrArray) fields = NULL;
  g_autoptr(GString) field = g_string_new (NULL);
  gsize i = 0;

  while (i < len)
    {
      gboolean end_of_record = FALSE;

      if (fields == NULL)
        fields = g_ptr_array_new_with_free_func (g_free);
      g_string_truncate (field, 0);
      if (text[i] == '"')
        {
          for (i++; ; i++)
            {
              if (i >= len)
                return NULL;
              if (text[i] == '"')
                {
                  if (i + 1 < len && text[i + 1] == '"')
                    {
                      g_string_append_c (field, '"');
                      i++;
                    }
                  else
                    {
                      i++;
                      break;
                    }
                }
              else
                g_string_append_c (field, text[i]);
            }
        }
      else
        {
          for (; i < len && text[i] != ',' && text[i] != '\n'; i++)
            {
              if (text[i] == '"' || text[i] == '\r')
                return NULL;
              g_string_append_c (field, text[i]);
            }
        }
      if (i >= len)
        return NULL; /* the writers end every record with LF */
      if (text[i] == '\n')
        end_of_record = TRUE;
      else if (text[i] != ',')
        return NULL;
      i++;
      g_ptr_array_add (fields, g_strndup (field->str, field->len));
      if (end_of_record)
        {
          g_ptr_array_add (fields, NULL);
          g_ptr_array_add (records, g_ptr_array_free (g_steal_pointer (&fields), FALSE));
        }
    }
  if (fields != NULL)
    return NULL;
  return g_steal_pointer (&records);
}

typedef gboolean (*FuzzTableWriter) (DosonCtrProgressTable *table,
                                     GOutputStream         *stream,
                                     gboolean               with_summary,
                                     GError               **error);

static inline gboolean
fuzz_write_csv (DosonCtrProgressTable *table,
                GOutputStream         *stream,
                gboolean               with_summary,
                GError               **error)
{
  if (with_summary)
    return doson_ctr_progress_table_write_summary_csv (table, stream, NULL, error);
  return doson_ctr_progress_table_write_csv (table, stream, NULL, error);
}

static inline gboolean
fuzz_write_json (DosonCtrProgressTable *table,
                 GOutputStream         *stream,
                 gboolean               with_summary,
                 GError               **error)
{
  return doson_ctr_progress_table_write_json (table, stream, with_summary, NULL, error);
}

/* Runs a writer into memory; returns the text (NUL-terminated). */
static inline char *
fuzz_write (DosonCtrProgressTable *table,
            FuzzTableWriter        writer,
            gboolean               with_summary,
            gsize                 *len)
{
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  GError *error = NULL;
  gboolean ok;
  char *text;

  ok = writer (table, out, with_summary, &error);
  fuzz_check_error (ok, error, "writing a progress table");
  FUZZ_CHECK (ok, "writing to memory failed: %s", error->message);
  /* The writers never close the stream. */
  FUZZ_CHECK (!g_output_stream_is_closed (out), "a writer closed its stream");
  ok = g_output_stream_write_all (out, "", 1, NULL, NULL, NULL)
       && g_output_stream_close (out, NULL, NULL);
  FUZZ_CHECK (ok, "cannot finish a memory stream");
  *len = g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (out)) - 1;
  text = g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (out));
  fuzz_check_utf8 (text, *len, "table output");
  return text;
}

/* Everything a table gives back must hang together, and its writers must
 * write what it gives back. */
static inline void
fuzz_check_table (DosonCtrProgressTable  *table,
                  DosonCtrProgressMethod  method)
{
  g_autoptr(GHashTable) groups = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) csv = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *text = NULL;
  JsonObject *root;
  JsonArray *array;
  gboolean null_group = FALSE;
  guint n_series, n_groups, i, total = 0;
  gsize len;

  FUZZ_CHECK (doson_ctr_progress_table_get_method (table) == method, "table method changed");
  n_series = doson_ctr_progress_table_get_n_series (table);
  FUZZ_CHECK (doson_ctr_progress_table_get_n_observations (table) < G_MAXUINT32,
              "impossible number of observations");

  for (i = 0; i < n_series; i++)
    {
      const char *id = doson_ctr_progress_table_get_series_id (table, i);
      const char *group = doson_ctr_progress_table_get_group (table, i);
      guint index = G_MAXUINT;
      DosonCtrProgressResult *r;

      FUZZ_CHECK (id != NULL && id[0] != '\0', "series %u has no id", i);
      fuzz_check_utf8 (id, strlen (id), "series id");
      FUZZ_CHECK (doson_ctr_progress_table_lookup (table, id, &index) && index == i,
                  "series %u \"%s\" is not found by its id (got %u)", i, id, index);
      if (group != NULL)
        fuzz_check_utf8 (group, strlen (group), "group id");
      r = doson_ctr_progress_table_get_result (table, i);
      fuzz_check_result (r, method, FALSE);
      doson_ctr_progress_result_free (r);
    }

  n_groups = doson_ctr_progress_table_get_n_groups (table);
  for (i = 0; i < n_groups; i++)
    {
      const char *id = doson_ctr_progress_table_get_group_id (table, i);
      guint n = doson_ctr_progress_table_get_group_n_series (table, i);
      DosonCtrProgressResult *r;

      if (id == NULL)
        {
          FUZZ_CHECK (!null_group, "two groups without a name");
          null_group = TRUE;
        }
      else
        {
          FUZZ_CHECK (!g_hash_table_contains (groups, id), "group \"%s\" listed twice", id);
          g_hash_table_add (groups, (gpointer) id);
        }
      FUZZ_CHECK (n >= 1, "group %u without series", i);
      total += n;
      r = doson_ctr_progress_table_get_group_result (table, i);
      fuzz_check_result (r, method, TRUE);
      doson_ctr_progress_result_free (r);
    }
  FUZZ_CHECK (total == n_series, "the groups hold %u series, the table %u", total, n_series);

  /* The CSV writers: one record per series (group), the id first. */
  text = fuzz_write (table, fuzz_write_csv, FALSE, &len);
  csv = fuzz_parse_csv (text, len);
  FUZZ_CHECK (csv != NULL, "write_csv wrote malformed CSV");
  FUZZ_CHECK (csv->len == n_series + 1, "write_csv wrote %u records for %u series",
              csv->len, n_series);
  for (i = 0; i < n_series; i++)
    {
      char **fields = g_ptr_array_index (csv, i + 1);

      FUZZ_CHECK (g_strv_length (fields) == 8, "write_csv: record %u has %u fields", i + 1,
                  g_strv_length (fields));
      FUZZ_CHECK (strcmp (fields[0], doson_ctr_progress_table_get_series_id (table, i)) == 0,
                  "write_csv: series %u written as \"%s\"", i, fields[0]);
    }
  g_clear_pointer (&csv, g_ptr_array_unref);
  g_clear_pointer (&text, g_free);

  text = fuzz_write (table, fuzz_write_csv, TRUE, &len);
  csv = fuzz_parse_csv (text, len);
  FUZZ_CHECK (csv != NULL, "write_summary_csv wrote malformed CSV");
  FUZZ_CHECK (csv->len == n_groups + 1, "write_summary_csv wrote %u records for %u groups",
              csv->len, n_groups);
  for (i = 0; i < n_groups; i++)
    {
      char **fields = g_ptr_array_index (csv, i + 1);
      const char *id = doson_ctr_progress_table_get_group_id (table, i);

      FUZZ_CHECK (g_strv_length (fields) == 4, "write_summary_csv: record %u has %u fields",
                  i + 1, g_strv_length (fields));
      FUZZ_CHECK (strcmp (fields[0], id != NULL ? id : "") == 0,
                  "write_summary_csv: group %u written as \"%s\"", i, fields[0]);
    }
  g_clear_pointer (&text, g_free);

  /* The JSON writer: valid JSON with the same series and groups. */
  text = fuzz_write (table, fuzz_write_json, TRUE, &len);
  FUZZ_CHECK (json_parser_load_from_data (parser, text, (gssize) len, NULL),
              "write_json wrote invalid JSON");
  root = json_node_get_object (json_parser_get_root (parser));
  FUZZ_CHECK (root != NULL, "write_json: not an object");
  array = json_object_get_array_member (root, "series");
  FUZZ_CHECK (array != NULL && json_array_get_length (array) == n_series,
              "write_json: wrong number of series");
  for (i = 0; i < n_series; i++)
    {
      JsonObject *o = json_array_get_object_element (array, i);

      FUZZ_CHECK (g_strcmp0 (json_object_get_string_member (o, "series"),
                             doson_ctr_progress_table_get_series_id (table, i)) == 0,
                  "write_json: series %u written wrongly", i);
    }
  array = json_object_get_array_member (root, "summary");
  FUZZ_CHECK (array != NULL && json_array_get_length (array) == n_groups,
              "write_json: wrong number of groups");
}

/* ------------------------------------------------------------------ */
/* Measurement sets                                                    */
/* ------------------------------------------------------------------ */

/* The built-in programme, loaded once per process and kept. */
static inline DosonCtrProgram *
fuzz_builtin_program (void)
{
  static DosonCtrProgram *builtin;

  if (builtin == NULL)
    {
      GError *error = NULL;

      builtin = doson_ctr_program_new_builtin (&error);
      FUZZ_CHECK (builtin != NULL, "the built-in programme does not load: %s",
                  error != NULL ? error->message : "no error");
    }
  return builtin;
}

/* Everything a set gives back must hang together. */
/* The progress on tasks of @set: valid ids and states, UTF-8 notes, each
 * found by its task and year. */
static inline void
fuzz_check_task_progress (DosonCtrMeasurementSet *set)
{
  GPtrArray *progress = doson_ctr_measurement_set_get_task_progress (set);
  guint i;

  for (i = 0; i < progress->len; i++)
    {
      const DosonCtrTaskProgress *p = g_ptr_array_index (progress, i);
      const char *id = doson_ctr_task_progress_get_task_id (p);
      const char *note = doson_ctr_task_progress_get_note (p);

      FUZZ_CHECK (doson_ctr_id_is_valid (id), "task progress %u: invalid task id", i);
      FUZZ_CHECK (doson_ctr_task_state_to_string (doson_ctr_task_progress_get_state (p)) != NULL,
                  "task progress %u: invalid state", i);
      if (note != NULL)
        fuzz_check_utf8 (note, strlen (note), "task note");
      FUZZ_CHECK (doson_ctr_measurement_set_lookup_task_progress (set, id,
                                                                  doson_ctr_task_progress_get_year (p)) == p,
                  "task progress %u is not found by task and year", i);
    }
}

static inline void
fuzz_check_measurement_set (DosonCtrMeasurementSet *set)
{
  GPtrArray *measurements = doson_ctr_measurement_set_get_measurements (set);
  char **problems;
  guint i;

  FUZZ_CHECK (doson_ctr_measurement_set_get_size (set) == measurements->len,
              "size %u but %u measurements", doson_ctr_measurement_set_get_size (set),
              measurements->len);
  for (i = 0; i < measurements->len; i++)
    {
      const DosonCtrMeasurement *m = g_ptr_array_index (measurements, i);
      const char *id = doson_ctr_measurement_get_indicator_id (m);
      const char *level = doson_ctr_measurement_get_disaggregation_value (m);
      int year = doson_ctr_measurement_get_year (m);
      double value = doson_ctr_measurement_get_value (m), found = NAN;
      g_autofree int *years = NULL;
      g_autofree int *series_years = NULL;
      g_autofree double *series_values = NULL;
      g_auto(GStrv) levels = NULL;
      gsize n_years = 0, n_values = 0, k;
      gboolean seen = FALSE;

      FUZZ_CHECK (doson_ctr_id_is_valid (id), "measurement %u: invalid indicator id", i);
      FUZZ_CHECK (level == NULL || doson_ctr_id_is_valid (level),
                  "measurement %u: invalid level", i);
      FUZZ_CHECK (isfinite (value), "measurement %u: value %g not finite", i, value);
      if (doson_ctr_measurement_get_source (m) != NULL)
        fuzz_check_utf8 (doson_ctr_measurement_get_source (m),
                         strlen (doson_ctr_measurement_get_source (m)), "source");
      if (doson_ctr_measurement_get_note (m) != NULL)
        fuzz_check_utf8 (doson_ctr_measurement_get_note (m),
                         strlen (doson_ctr_measurement_get_note (m)), "note");
      FUZZ_CHECK (doson_ctr_measurement_set_lookup_measurement (set, id, year, level) == m,
                  "measurement %u is not found by indicator, year and level", i);
      FUZZ_CHECK (doson_ctr_measurement_set_lookup (set, id, year, level, &found)
                  && memcmp (&found, &value, sizeof value) == 0,
                  "measurement %u: lookup gives another value", i);

      years = doson_ctr_measurement_set_get_years (set, id, &n_years);
      for (k = 0; k < n_years; k++)
        {
          FUZZ_CHECK (k == 0 || years[k - 1] < years[k], "get_years: not increasing");
          seen |= years[k] == year;
        }
      FUZZ_CHECK (seen, "measurement %u: get_years misses year %d", i, year);

      levels = doson_ctr_measurement_set_get_disaggregation_values (set, id);
      FUZZ_CHECK (levels != NULL, "get_disaggregation_values returned NULL");
      if (level != NULL)
        FUZZ_CHECK (g_strv_contains ((const char * const *) levels, level),
                    "measurement %u: get_disaggregation_values misses its value", i);

      doson_ctr_measurement_set_get_series (set, id, level, &series_years, &series_values,
                                            &n_values);
      seen = FALSE;
      for (k = 0; k < n_values; k++)
        {
          FUZZ_CHECK (isfinite (series_values[k]), "get_series: a value not finite");
          FUZZ_CHECK (k == 0 || series_years[k - 1] < series_years[k],
                      "get_series: years not increasing");
          seen |= series_years[k] == year
                  && memcmp (&series_values[k], &value, sizeof value) == 0;
        }
      FUZZ_CHECK (seen, "measurement %u is not in its series", i);
    }

  fuzz_check_task_progress (set);
  problems = doson_ctr_measurement_set_validate (set, fuzz_builtin_program ());
  FUZZ_CHECK (problems != NULL, "validate returned NULL");
  for (i = 0; problems[i] != NULL; i++)
    fuzz_check_utf8 (problems[i], strlen (problems[i]), "a problem found by validate");
  g_strfreev (problems);
}

/* Whether @a and @b hold the same progress on tasks: task, year and state
 * in the same order (notes are not compared: CSV writes a line break in a
 * note as a space and drops the blanks around it). */
static inline gboolean
fuzz_same_task_progress (DosonCtrMeasurementSet *a,
                         DosonCtrMeasurementSet *b)
{
  GPtrArray *pa = doson_ctr_measurement_set_get_task_progress (a);
  GPtrArray *pb = doson_ctr_measurement_set_get_task_progress (b);
  guint i;

  if (pa->len != pb->len)
    return FALSE;
  for (i = 0; i < pa->len; i++)
    {
      const DosonCtrTaskProgress *x = g_ptr_array_index (pa, i);
      const DosonCtrTaskProgress *y = g_ptr_array_index (pb, i);

      if (strcmp (doson_ctr_task_progress_get_task_id (x), doson_ctr_task_progress_get_task_id (y)) != 0
          || doson_ctr_task_progress_get_year (x) != doson_ctr_task_progress_get_year (y)
          || doson_ctr_task_progress_get_state (x) != doson_ctr_task_progress_get_state (y))
        return FALSE;
    }
  return TRUE;
}

/* Whether @a and @b hold the same measurements in the same order (the
 * header of a JSON set is not compared: CSV cannot hold it). */
static inline gboolean
fuzz_same_measurements (DosonCtrMeasurementSet *a,
                        DosonCtrMeasurementSet *b)
{
  GPtrArray *ma = doson_ctr_measurement_set_get_measurements (a);
  GPtrArray *mb = doson_ctr_measurement_set_get_measurements (b);
  guint i;

  if (ma->len != mb->len)
    return FALSE;
  for (i = 0; i < ma->len; i++)
    if (!doson_ctr_measurement_equal (g_ptr_array_index (ma, i), g_ptr_array_index (mb, i)))
      return FALSE;
  return TRUE;
}

/* Writes @set in both formats and reads each back: the same format must
 * give an equal set, the other format the same measurements. */
static inline void
fuzz_measurement_round_trip (DosonCtrMeasurementSet *set)
{
  g_autoptr(DosonCtrMeasurementSet) from_json = NULL;
  g_autoptr(DosonCtrMeasurementSet) from_csv = NULL;
  g_autofree char *json = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *json_again = NULL;
  gsize json_len = 0, csv_len = 0, len_again = 0;
  GError *error = NULL;

  json = doson_ctr_measurement_set_to_json_data (set, &json_len);
  FUZZ_CHECK (json != NULL && strlen (json) == json_len, "to_json_data: wrong length");
  fuzz_check_utf8 (json, json_len, "to_json_data");
  from_json = doson_ctr_measurement_set_new_from_json_data (json, (gssize) json_len,
                                                            "to_json_data", &error);
  fuzz_check_error (from_json != NULL, error, "new_from_json_data (to_json_data)");
  FUZZ_CHECK (from_json != NULL, "round trip: what to_json_data wrote does not load: %s",
              error->message);
  FUZZ_CHECK (doson_ctr_measurement_set_equal (set, from_json),
              "round trip through JSON: the set changed");
  json_again = doson_ctr_measurement_set_to_json_data (from_json, &len_again);
  FUZZ_CHECK (len_again == json_len && memcmp (json, json_again, json_len) == 0,
              "round trip through JSON: different text the second time");

  csv = doson_ctr_measurement_set_to_csv_data (set, &csv_len);
  FUZZ_CHECK (csv != NULL && strlen (csv) == csv_len, "to_csv_data: wrong length");
  fuzz_check_utf8 (csv, csv_len, "to_csv_data");
  from_csv = doson_ctr_measurement_set_new_from_csv_data (csv, (gssize) csv_len,
                                                          "to_csv_data", &error);
  fuzz_check_error (from_csv != NULL, error, "new_from_csv_data (to_csv_data)");
  FUZZ_CHECK (from_csv != NULL, "round trip: what to_csv_data wrote does not load: %s",
              error->message);
  FUZZ_CHECK (fuzz_same_measurements (set, from_csv),
              "round trip through CSV: the measurements changed");
  FUZZ_CHECK (fuzz_same_task_progress (set, from_csv),
              "round trip through CSV: the progress on tasks changed");
}

G_END_DECLS

#endif /* DOSON_CTR_FUZZ_COMMON_H */
