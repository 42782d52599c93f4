/* doson-ctr-csv-preamble.c: the "# KEY: VALUE" lines before the header of
 * a measurement CSV (doc/formats.md, section 4.3)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A CSV file has no place for what the JSON form says of the whole set:
 * whether the figures are illustrative, a description, the programme. A
 * spreadsheet keeps them on lines of their own before the header, each
 * starting with "#":
 *
 *   # illustrative: true
 *   # description: Số liệu minh họa, không phải số liệu chính thức
 *   # description[en]: Illustrative figures, not official data
 *   indicator,year,value
 *
 * "description" is the Vietnamese text, also written "description[vi]";
 * "description[en]" the English one.
 */

#include "config.h"

#include <string.h>

#include <doson-ctr/doson-ctr-error.h>
#include <doson-ctr/doson-ctr-program.h>

#include "base/doson-ctr-diagnostic-private.h"
#include "base/doson-ctr-private.h"
#include "model/doson-ctr-measurement-private.h"
#include "model/doson-ctr-task-progress-private.h"
#include "formats/doson-ctr-csv-preamble-private.h"

static const char keys_hint[] =
  "expected \"# KEY: VALUE\" with KEY illustrative, description, "
  "description[vi], description[en], program or task";

/* The known keys, each with the key it counts as when given twice. */
static const struct
{
  const char *key;
  const char *same_as;
} known_keys[] = {
  { "illustrative", "illustrative" },
  { "description", "description[vi]" },
  { "description[vi]", "description[vi]" },
  { "description[en]", "description[en]" },
  { "program", "program" },
  { "task", NULL },
};

/* The key @key counts as, or NULL when it is not known. */
static const char *
known_key (const char *key)
{
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (known_keys); i++)
    if (strcmp (key, known_keys[i].key) == 0)
      return known_keys[i].same_as != NULL ? known_keys[i].same_as : key;
  return NULL;
}

gboolean
_doson_ctr_csv_preamble_fail (const char  *name,
                              guint        line,
                              GPtrArray   *problems,
                              GError     **error,
                              const char  *format,
                              ...)
{
  DosonCtrProblems early = { problems, NULL, 0 };
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  _doson_ctr_problems_report (&early, error,
                              _doson_ctr_diagnostic_new (DOSON_CTR_ERROR_INVALID_DATA,
                                                         name, line, 0,
                                                         DOSON_CTR_FIELD_NONE,
                                                         NULL, message));
  _doson_ctr_problems_stop (&early, name, NULL);
  _doson_ctr_problems_clear (&early);
  return FALSE;
}

/* Reads "ID; YEAR; STATE[; NOTE]", the progress on a task, into
 * @preamble->tasks. */
static gboolean
read_task (char                 *value,
           const char           *name,
           guint                 line,
           GPtrArray            *problems,
           DosonCtrCsvPreamble  *preamble,
           GError              **error)
{
  g_auto(GStrv) parts = g_strsplit (value, ";", 4);
  g_autoptr(DosonCtrTaskProgress) p = NULL;
  DosonCtrTaskState state;
  guint64 year;
  guint i, n = g_strv_length (parts);

  for (i = 0; i < n; i++)
    g_strstrip (parts[i]);
  if (n < 3)
    return _doson_ctr_csv_preamble_fail (name, line, problems, error,
                                         "task: \"%s\": expected \"ID; YEAR; "
                                         "STATE\" and an optional \"; NOTE\"",
                                         value);
  if (!doson_ctr_id_is_valid (parts[0]))
    return _doson_ctr_csv_preamble_fail (name, line, problems, error,
                                         "task: \"%s\" is not a valid id", parts[0]);
  if (!g_ascii_string_to_unsigned (parts[1], 10, DOSON_CTR_YEAR_MIN,
                                   DOSON_CTR_YEAR_MAX, &year, NULL))
    return _doson_ctr_csv_preamble_fail (name, line, problems, error,
                                         "task \"%s\": \"%s\" is not a year "
                                         "from %d to %d", parts[0], parts[1],
                                         DOSON_CTR_YEAR_MIN, DOSON_CTR_YEAR_MAX);
  if (!doson_ctr_task_state_from_string (parts[2], &state))
    return _doson_ctr_csv_preamble_fail (name, line, problems, error,
                                         "task \"%s\": unknown state \"%s\" "
                                         "(expected not_started, in_progress, "
                                         "done, overdue or done_for_year)",
                                         parts[0], parts[2]);
  p = doson_ctr_task_progress_new (parts[0], (int) year, state);
  if (n == 4 && parts[3][0] != '\0')
    doson_ctr_task_progress_set_note (p, parts[3]);
  _doson_ctr_task_progress_set_place (p, name, line, 0);
  if (preamble->tasks == NULL)
    preamble->tasks = g_ptr_array_new_with_free_func ((GDestroyNotify) doson_ctr_task_progress_free);
  for (i = 0; i < preamble->tasks->len; i++)
    {
      const DosonCtrTaskProgress *q = g_ptr_array_index (preamble->tasks, i);

      if (doson_ctr_task_progress_get_year (q) == (int) year
          && strcmp (doson_ctr_task_progress_get_task_id (q), parts[0]) == 0)
        return _doson_ctr_csv_preamble_fail (name, line, problems, error,
                                             "task \"%s\", year %d: a state "
                                             "is already given, at %s", parts[0],
                                             (int) year,
                                             _doson_ctr_task_progress_get_origin (q));
    }
  g_ptr_array_add (preamble->tasks, g_steal_pointer (&p));
  return TRUE;
}

/* Takes "KEY: VALUE" (@text, after the "#" and blanks, @len bytes) into
 * @preamble; @seen holds the keys read so far. */
static gboolean
read_entry (const char           *text,
            gsize                 len,
            const char           *name,
            guint                 line,
            GPtrArray            *problems,
            GHashTable           *seen,
            DosonCtrCsvPreamble  *preamble,
            GError              **error)
{
  g_autofree char *entry = g_strndup (text, len);
  char *colon = strchr (entry, ':');
  char *key, *value;
  const char *same_as;

  if (colon == NULL)
    return _doson_ctr_csv_preamble_fail (name, line, problems, error,
                                         "\"# %s\": %s", entry, keys_hint);
  *colon = '\0';
  key = g_strstrip (entry);
  value = g_strstrip (colon + 1);
  same_as = known_key (key);
  if (same_as == NULL)
    return _doson_ctr_csv_preamble_fail (name, line, problems, error,
                                         "unknown key \"%s\": %s", key, keys_hint);
  if (strcmp (key, "task") == 0)
    return read_task (value, name, line, problems, preamble, error);
  if (g_hash_table_contains (seen, same_as))
    return _doson_ctr_csv_preamble_fail (name, line, problems, error,
                                         "\"%s\" is given twice", key);
  g_hash_table_add (seen, g_strdup (same_as));

  if (strcmp (key, "illustrative") == 0)
    {
      if (strcmp (value, "true") != 0 && strcmp (value, "false") != 0)
        return _doson_ctr_csv_preamble_fail (name, line, problems, error,
                                             "illustrative: \"%s\" is not true or false", value);
      preamble->illustrative = strcmp (value, "true") == 0;
    }
  else if (*value == '\0')
    return _doson_ctr_csv_preamble_fail (name, line, problems, error, "%s: empty", key);
  else if (strcmp (key, "program") == 0)
    {
      if (!doson_ctr_id_is_valid (value))
        return _doson_ctr_csv_preamble_fail (name, line, problems, error,
                                             "program: \"%s\" is not a valid id", value);
      preamble->program = g_strdup (value);
    }
  else if (strcmp (same_as, "description[en]") == 0)
    preamble->description.en = g_strdup (value);
  else
    preamble->description.vi = g_strdup (value);
  return TRUE;
}

gboolean
_doson_ctr_csv_preamble_read (const char           *data,
                              gsize                 length,
                              const char           *name,
                              GPtrArray            *problems,
                              DosonCtrCsvPreamble  *preamble,
                              GError              **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gsize pos = 0;
  guint line = 1;

  memset (preamble, 0, sizeof *preamble);
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    pos = 3;
  for (;;)
    {
      gsize start = pos, end;

      while (pos < length && (data[pos] == ' ' || data[pos] == '\t'))
        pos++;
      if (pos < length && data[pos] == '#')
        {
          for (end = pos; end < length && data[end] != '\n' && data[end] != '\r'; end++)
            ;
          pos++;
          while (pos < end && (data[pos] == ' ' || data[pos] == '\t'))
            pos++;
          if (pos < end
              && !read_entry (data + pos, end - pos, name, line, problems, seen, preamble, error))
            {
              _doson_ctr_csv_preamble_clear (preamble);
              return FALSE;
            }
          pos = end;
        }
      else if (pos >= length || (data[pos] != '\n' && data[pos] != '\r'))
        {
          /* The header (or the end): the reader starts at its line. */
          preamble->offset = start;
          preamble->line = line;
          return TRUE;
        }
      if (pos >= length)
        continue;       /* a last "#" line without a line break */
      /* One line break: LF, CRLF or a lone CR. */
      if (data[pos] == '\r' && pos + 1 < length && data[pos + 1] == '\n')
        pos++;
      pos++;
      line++;
    }
}

void
_doson_ctr_csv_preamble_apply (const DosonCtrCsvPreamble *preamble,
                               DosonCtrMeasurementSet    *set)
{
  guint i;

  doson_ctr_measurement_set_set_illustrative (set, preamble->illustrative);
  doson_ctr_measurement_set_set_description (set, "vi", preamble->description.vi);
  doson_ctr_measurement_set_set_description (set, "en", preamble->description.en);
  doson_ctr_measurement_set_set_program_id (set, preamble->program);
  /* Each task and year is given once: read_task() checked it. */
  for (i = 0; preamble->tasks != NULL && i < preamble->tasks->len; i++)
    _doson_ctr_measurement_set_take_task_progress (set,
                                                   doson_ctr_task_progress_copy (g_ptr_array_index (preamble->tasks, i)),
                                                   NULL);
}

void
_doson_ctr_csv_preamble_clear (DosonCtrCsvPreamble *preamble)
{
  _doson_ctr_loc_text_clear (&preamble->description);
  g_clear_pointer (&preamble->program, g_free);
  g_clear_pointer (&preamble->tasks, g_ptr_array_unref);
}
