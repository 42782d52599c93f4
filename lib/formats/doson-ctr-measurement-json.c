/* doson-ctr-measurement-json.c: measurement sets as JSON (doc/formats.md,
 * section 3), and the file functions that choose JSON or CSV
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include <doson-ctr/doson-ctr-measurement.h>

#include "model/doson-ctr-measurement-private.h"
#include "model/doson-ctr-task-progress-private.h"
#include "formats/doson-ctr-json-private.h"
#include "formats/doson-ctr-loader-private.h"
#include "formats/doson-ctr-csv-style-private.h"
#include "formats/doson-ctr-measurement-file-private.h"

#define MEASUREMENTS_FORMAT "doson-ctr-measurements"
#define MEASUREMENTS_VERSION 1

static gboolean
load_measurement (DosonCtrJsonDoc         *doc,
                  DosonCtrMeasurementSet  *set,
                  JsonArray               *array,
                  guint                    index,
                  DosonCtrPlaces          *places,
                  GError                 **error)
{
  static const char * const keys[] = {
    "indicator", "year", "value", "level", "source", "note", NULL
  };
  g_autofree char *path = _doson_ctr_json_path_index ("measurements", index);
  g_autofree char *origin = NULL;
  g_autoptr(DosonCtrMeasurement) m = NULL;
  GError *local_error = NULL;
  JsonObject *object;
  const char *indicator, *level, *source, *note;
  gboolean present;
  double value;
  int year;

  if (!_doson_ctr_json_expect_object (doc, json_array_get_element (array, index),
                                      path, &object, error)
      || !_doson_ctr_json_check_keys (doc, object, path, keys, error)
      || !_doson_ctr_json_read_id (doc, object, path, "indicator", TRUE,
                                   &indicator, error)
      || !_doson_ctr_json_read_int (doc, object, path, "year", TRUE,
                                    DOSON_CTR_YEAR_MIN, DOSON_CTR_YEAR_MAX,
                                    &present, &year, error)
      || !_doson_ctr_json_read_number (doc, object, path, "value", TRUE, TRUE,
                                       &present, &value, error)
      || !_doson_ctr_json_read_id (doc, object, path, "level", FALSE, &level,
                                   error)
      || !_doson_ctr_json_read_string (doc, object, path, "source", FALSE,
                                       &source, error)
      || !_doson_ctr_json_read_string (doc, object, path, "note", FALSE, &note,
                                       error))
    return FALSE;

  origin = _doson_ctr_json_doc_locate (doc, path, FALSE);
  m = doson_ctr_measurement_new (indicator, year, value);
  doson_ctr_measurement_set_disaggregation_value (m, level);
  doson_ctr_measurement_set_source (m, source);
  doson_ctr_measurement_set_note (m, note);
  _doson_ctr_measurement_take_origin (m, g_steal_pointer (&origin));
  if (!_doson_ctr_measurement_set_take (set, g_steal_pointer (&m), &local_error))
    {
      _doson_ctr_json_error (doc, error, local_error->code, path, FALSE, "%s",
                             local_error->message);
      g_error_free (local_error);
      return FALSE;
    }
  if (places != NULL)
    {
      DosonCtrPlace place;

      _doson_ctr_json_doc_position (doc, path, FALSE, &place.line,
                                    &place.column);
      g_array_append_val (places->measurements, place);
    }
  return TRUE;
}

/* The element @index of "tasks": the progress on one task in one year
 * (doc/formats.md, section 3.6). */
static gboolean
load_task_progress (DosonCtrJsonDoc         *doc,
                    DosonCtrMeasurementSet  *set,
                    JsonArray               *array,
                    guint                    index,
                    GError                 **error)
{
  static const char * const keys[] = { "task", "year", "state", "note", NULL };
  g_autofree char *path = _doson_ctr_json_path_index ("tasks", index);
  g_autoptr(DosonCtrTaskProgress) p = NULL;
  GError *local_error = NULL;
  JsonObject *object;
  const char *task, *state_text, *note;
  DosonCtrTaskState state;
  gboolean present;
  guint line, column;
  int year;

  if (!_doson_ctr_json_expect_object (doc, json_array_get_element (array, index),
                                      path, &object, error)
      || !_doson_ctr_json_check_keys (doc, object, path, keys, error)
      || !_doson_ctr_json_read_id (doc, object, path, "task", TRUE, &task, error)
      || !_doson_ctr_json_read_int (doc, object, path, "year", TRUE,
                                    DOSON_CTR_YEAR_MIN, DOSON_CTR_YEAR_MAX,
                                    &present, &year, error)
      || !_doson_ctr_json_read_string (doc, object, path, "state", TRUE,
                                       &state_text, error)
      || !_doson_ctr_json_read_string (doc, object, path, "note", FALSE, &note,
                                       error))
    return FALSE;
  if (!doson_ctr_task_state_from_string (state_text, &state))
    {
      g_autofree char *state_path = _doson_ctr_json_path_member (path, "state");

      _doson_ctr_json_error (doc, error, DOSON_CTR_ERROR_INVALID_DATA,
                             state_path, FALSE, "unknown state \"%s\" "
                             "(expected not_started, in_progress, done, "
                             "overdue or done_for_year)", state_text);
      return FALSE;
    }
  p = doson_ctr_task_progress_new (task, year, state);
  doson_ctr_task_progress_set_note (p, note);
  _doson_ctr_json_doc_position (doc, path, FALSE, &line, &column);
  _doson_ctr_task_progress_set_place (p, _doson_ctr_json_doc_get_name (doc),
                                      line, column);
  if (!_doson_ctr_measurement_set_take_task_progress (set, g_steal_pointer (&p),
                                                      &local_error))
    {
      _doson_ctr_json_error (doc, error, local_error->code, path, FALSE, "%s",
                             local_error->message);
      g_error_free (local_error);
      return FALSE;
    }
  return TRUE;
}

/* The "description" of @root: a string, the Vietnamese text, or an object
 * {"vi": ..., "en": ...} with either or both (doc/formats.md, section 3).
 * @text is filled only on success. */
static gboolean
read_description (DosonCtrJsonDoc  *doc,
                  JsonObject       *root,
                  DosonCtrLocText  *text,
                  GError          **error)
{
  static const char * const keys[] = { "vi", "en", NULL };
  JsonNode *node = json_object_get_member (root, "description");
  JsonObject *loc;
  const char *vi = NULL, *en = NULL;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      if (!_doson_ctr_json_read_string (doc, root, "", "description", FALSE,
                                        &vi, error))
        return FALSE;
    }
  else if (!_doson_ctr_json_read_object (doc, root, "", "description", FALSE,
                                         &loc, error)
           || !_doson_ctr_json_check_keys (doc, loc, "description", keys, error)
           || !_doson_ctr_json_read_string (doc, loc, "description", "vi", FALSE,
                                            &vi, error)
           || !_doson_ctr_json_read_string (doc, loc, "description", "en", FALSE,
                                            &en, error))
    return FALSE;
  text->vi = g_strdup (vi);
  text->en = g_strdup (en);
  return TRUE;
}

/* Reads the root of a measurement file into a new set; *measurements is
 * the array of measurements. */
static DosonCtrMeasurementSet *
read_header (DosonCtrJsonDoc  *doc,
             JsonArray       **measurements,
             DosonCtrPlaces   *places,
             GError          **error)
{
  static const char * const keys[] = {
    "format", "version", "program", "illustrative", "description",
    "measurements", "tasks", NULL
  };
  DosonCtrMeasurementSet *set;
  JsonObject *root;
  const char *program;
  g_auto(DosonCtrLocText) description = { NULL, NULL };
  gboolean present, illustrative;

  if (!_doson_ctr_json_read_root (doc, "measurement", MEASUREMENTS_FORMAT,
                                  MEASUREMENTS_VERSION, &root, error)
      || !_doson_ctr_json_check_keys (doc, root, "", keys, error)
      || !_doson_ctr_json_read_id (doc, root, "", "program", FALSE, &program,
                                   error)
      || !_doson_ctr_json_read_bool (doc, root, "", "illustrative", FALSE,
                                     &present, &illustrative, error)
      || !read_description (doc, root, &description, error)
      || !_doson_ctr_json_read_array (doc, root, "", "measurements", TRUE,
                                      measurements, error))
    return NULL;

  if (places != NULL && program != NULL)
    _doson_ctr_json_doc_position (doc, "program", FALSE, &places->program.line,
                                  &places->program.column);
  set = doson_ctr_measurement_set_new ();
  doson_ctr_measurement_set_set_program_id (set, program);
  doson_ctr_measurement_set_set_illustrative (set, illustrative);
  doson_ctr_measurement_set_set_description (set, "vi", description.vi);
  doson_ctr_measurement_set_set_description (set, "en", description.en);
  return set;
}

DosonCtrMeasurementSet *
_doson_ctr_measurement_set_load_json (const char      *data,
                                      gsize            length,
                                      const char      *name,
                                      GPtrArray       *problems,
                                      DosonCtrPlaces  *places,
                                      GError         **error)
{
  g_autoptr(DosonCtrJsonDoc) doc = NULL;
  g_autoptr(DosonCtrMeasurementSet) set = NULL;
  JsonArray *measurements, *tasks;
  JsonObject *root;
  guint i;

  doc = _doson_ctr_json_doc_new (data, length, name, problems, error);
  if (doc == NULL)
    return NULL;
  set = read_header (doc, &measurements, places, error);
  if (set == NULL)
    {
      _doson_ctr_json_doc_stop (doc);
      return NULL;
    }
  for (i = 0; i < json_array_get_length (measurements); i++)
    if (!load_measurement (doc, set, measurements, i, places, error)
        && !_doson_ctr_json_doc_carry_on (doc, error))
      return NULL;
  root = json_node_get_object (_doson_ctr_json_doc_get_root (doc));
  if (!_doson_ctr_json_read_array (doc, root, "", "tasks", FALSE, &tasks, error))
    {
      _doson_ctr_json_doc_stop (doc);
      return NULL;
    }
  for (i = 0; tasks != NULL && i < json_array_get_length (tasks); i++)
    if (!load_task_progress (doc, set, tasks, i, error)
        && !_doson_ctr_json_doc_carry_on (doc, error))
      return NULL;
  return g_steal_pointer (&set);
}

/**
 * doson_ctr_measurement_set_new_from_json_data: (constructor)
 * @data: the text of a measurement file in JSON (doc/formats.md, section 3)
 * @length: the length of @data in bytes, or -1 when it is NUL-terminated
 * @name: (nullable): the name used in error messages, such as a file
 *   name; %NULL for "&lt;data&gt;"
 * @error: return location for a #GError, or %NULL
 *
 * Reads a measurement set from JSON. The first problem fails the call with
 * an error "NAME:LINE:COLUMN: PATH: MESSAGE": %DOSON_CTR_ERROR_PARSE for
 * invalid UTF-8 and JSON syntax, %DOSON_CTR_ERROR_INVALID_DATA for a wrong
 * type, a missing or unknown key, an invalid id, a year out of range or a
 * duplicate measurement (same indicator, year and level),
 * %DOSON_CTR_ERROR_NOT_FINITE for a number too large for a double and
 * %DOSON_CTR_ERROR_LIMIT for data beyond the limits of doc/formats.md,
 * section 5 (over 64 MiB, nested deeper than 128 levels, more than
 * 1 000 000 JSON values, a value's path over 256 bytes). Whether the
 * indicators exist is a matter for doson_ctr_measurement_set_validate().
 *
 * Returns: (transfer full): the set, to be released with
 *   g_object_unref(), or %NULL with @error set
 *
 * Since: 0.1
 */
DosonCtrMeasurementSet *
doson_ctr_measurement_set_new_from_json_data (const char  *data,
                                              gssize       length,
                                              const char  *name,
                                              GError     **error)
{
  gsize n;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  n = _doson_ctr_loader_data (&data, length, &name);
  return _doson_ctr_measurement_set_load_json (data, n, name, NULL, NULL,
                                               error);
}

/* The "description" member, when there is one: a string when the set has
 * only Vietnamese, else {"vi": ..., "en": ...} with the languages it has. */
static void
append_description (GString               *out,
                    const DosonCtrLocText *text)
{
  if (text->vi == NULL && text->en == NULL)
    return;
  g_string_append (out, "  \"description\": ");
  if (text->en == NULL)
    _doson_ctr_json_append_string (out, text->vi);
  else
    {
      g_string_append_c (out, '{');
      if (text->vi != NULL)
        {
          g_string_append (out, "\"vi\": ");
          _doson_ctr_json_append_string (out, text->vi);
          g_string_append (out, ", ");
        }
      g_string_append (out, "\"en\": ");
      _doson_ctr_json_append_string (out, text->en);
      g_string_append_c (out, '}');
    }
  g_string_append (out, ",\n");
}

/* The member "tasks", when @progress is not empty: one progress a line. */
static void
append_task_progress (GString   *out,
                      GPtrArray *progress)
{
  guint i;

  if (progress->len == 0)
    return;
  g_string_append (out, ",\n  \"tasks\": [");
  for (i = 0; i < progress->len; i++)
    {
      const DosonCtrTaskProgress *p = g_ptr_array_index (progress, i);

      g_string_append (out, i > 0 ? ",\n    " : "\n    ");
      g_string_append (out, "{\"task\": ");
      _doson_ctr_json_append_string (out, doson_ctr_task_progress_get_task_id (p));
      g_string_append_printf (out, ", \"year\": %d, \"state\": \"%s\"",
                              doson_ctr_task_progress_get_year (p),
                              doson_ctr_task_state_to_string (doson_ctr_task_progress_get_state (p)));
      if (doson_ctr_task_progress_get_note (p) != NULL)
        {
          g_string_append (out, ", \"note\": ");
          _doson_ctr_json_append_string (out, doson_ctr_task_progress_get_note (p));
        }
      g_string_append_c (out, '}');
    }
  g_string_append (out, "\n  ]");
}

/**
 * doson_ctr_measurement_set_to_json_data:
 * @set: a #DosonCtrMeasurementSet
 * @length: (out) (optional): where to store the length of the text in bytes
 *
 * Writes @set as a JSON measurement file (doc/formats.md, section 3): the
 * header keys, then one measurement per line in the order they were
 * added, then the progress on tasks when there is some, one a line,
 * numbers with the fewest digits that read back exactly, and a final
 * newline. Reading it back gives an equal set
 * (doson_ctr_measurement_set_equal()).
 *
 * Returns: (transfer full): the text, NUL-terminated; free it with g_free()
 *
 * Since: 0.1
 */
char *
doson_ctr_measurement_set_to_json_data (DosonCtrMeasurementSet *set,
                                        gsize                  *length)
{
  GPtrArray *measurements;
  const char *text;
  GString *out;
  guint i;

  g_return_val_if_fail (DOSON_CTR_IS_MEASUREMENT_SET (set), NULL);

  out = g_string_new ("{\n  \"format\": \"" MEASUREMENTS_FORMAT "\",\n");
  g_string_append_printf (out, "  \"version\": %d,\n", MEASUREMENTS_VERSION);
  text = doson_ctr_measurement_set_get_program_id (set);
  if (text != NULL)
    {
      g_string_append (out, "  \"program\": ");
      _doson_ctr_json_append_string (out, text);
      g_string_append (out, ",\n");
    }
  g_string_append_printf (out, "  \"illustrative\": %s,\n",
                          doson_ctr_measurement_set_get_illustrative (set)
                          ? "true" : "false");
  append_description (out, _doson_ctr_measurement_set_get_description_text (set));
  g_string_append (out, "  \"measurements\": [");
  measurements = doson_ctr_measurement_set_get_measurements (set);
  for (i = 0; i < measurements->len; i++)
    {
      const DosonCtrMeasurement *m = g_ptr_array_index (measurements, i);

      g_string_append (out, i > 0 ? ",\n    " : "\n    ");
      g_string_append (out, "{\"indicator\": ");
      _doson_ctr_json_append_string (out, doson_ctr_measurement_get_indicator_id (m));
      g_string_append_printf (out, ", \"year\": %d, \"value\": ",
                              doson_ctr_measurement_get_year (m));
      _doson_ctr_append_double (out, doson_ctr_measurement_get_value (m));
      if ((text = doson_ctr_measurement_get_disaggregation_value (m)) != NULL)
        {
          g_string_append (out, ", \"level\": ");
          _doson_ctr_json_append_string (out, text);
        }
      if ((text = doson_ctr_measurement_get_source (m)) != NULL)
        {
          g_string_append (out, ", \"source\": ");
          _doson_ctr_json_append_string (out, text);
        }
      if ((text = doson_ctr_measurement_get_note (m)) != NULL)
        {
          g_string_append (out, ", \"note\": ");
          _doson_ctr_json_append_string (out, text);
        }
      g_string_append_c (out, '}');
    }
  g_string_append (out, measurements->len > 0 ? "\n  ]" : "]");
  append_task_progress (out, doson_ctr_measurement_set_get_task_progress (set));
  g_string_append (out, "\n}\n");
  if (length != NULL)
    *length = out->len;
  return g_string_free (out, FALSE);
}

gboolean
_doson_ctr_is_csv_path (const char *path)
{
  gsize n = strlen (path);

  return n >= 4 && g_ascii_strcasecmp (path + n - 4, ".csv") == 0;
}

/**
 * doson_ctr_measurement_set_new_from_file: (constructor)
 * @path: (type filename): the path of a measurement file
 * @error: return location for a #GError, or %NULL
 *
 * Reads a measurement file: as CSV when its name ends in ".csv" (in any
 * case), otherwise as JSON, with @path as the name in error messages. See
 * doson_ctr_measurement_set_new_from_csv_data() and
 * doson_ctr_measurement_set_new_from_json_data() for the errors; a file
 * that cannot be read fails with %DOSON_CTR_ERROR_IO, one over 64 MiB with
 * %DOSON_CTR_ERROR_LIMIT.
 *
 * Returns: (transfer full): the set, to be released with
 *   g_object_unref(), or %NULL with @error set
 *
 * Since: 0.1
 */
DosonCtrMeasurementSet *
doson_ctr_measurement_set_new_from_file (const char  *path,
                                         GError     **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return _doson_ctr_measurement_set_load_file (path, DOSON_CTR_CSV_STYLE_ANNOUNCED, error);
}

/**
 * doson_ctr_measurement_set_new_from_file_in_style: (constructor)
 * @path: (type filename): the path of a measurement file
 * @style: the style a CSV file must be in
 * @error: return location for a #GError, or %NULL
 *
 * Reads a measurement file as doson_ctr_measurement_set_new_from_file()
 * does, a CSV file in the @style asked for, as
 * doson_ctr_measurement_set_new_from_csv_data_in_style() reads it. A JSON
 * file is read as always.
 *
 * Returns: (transfer full): the set, to be released with
 *   g_object_unref(), or %NULL with @error set
 *
 * Since: 0.1
 */
DosonCtrMeasurementSet *
doson_ctr_measurement_set_new_from_file_in_style (const char        *path,
                                                  DosonCtrCsvStyle   style,
                                                  GError           **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (style <= DOSON_CTR_CSV_STYLE_VI, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return _doson_ctr_measurement_set_load_file (path, (int) style, error);
}

DosonCtrMeasurementSet *
_doson_ctr_measurement_set_load_file (const char  *path,
                                      int          style,
                                      GError     **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *display = NULL;
  gsize length;

  contents = _doson_ctr_loader_read_file (path, &length, &display, error);
  if (contents == NULL)
    return NULL;
  if (_doson_ctr_is_csv_path (path))
    return _doson_ctr_measurement_set_load_csv_data (contents, (gssize) length,
                                                     display, style, error);
  return doson_ctr_measurement_set_new_from_json_data (contents, (gssize) length,
                                                       display, error);
}

/**
 * doson_ctr_measurement_set_save_to_file:
 * @set: a #DosonCtrMeasurementSet
 * @path: (type filename): where to write
 * @error: return location for a #GError, or %NULL
 *
 * Writes @set to @path atomically (the file is replaced whole or left as
 * it was): as CSV (doson_ctr_measurement_set_to_csv_data()) when the name
 * ends in ".csv" in any case, otherwise as JSON
 * (doson_ctr_measurement_set_to_json_data()). CSV cannot hold the
 * illustrative flag, the description or the programme id. Fails with
 * %DOSON_CTR_ERROR_IO when the file cannot be written.
 *
 * Returns: %TRUE on success
 *
 * Since: 0.1
 */
gboolean
doson_ctr_measurement_set_save_to_file (DosonCtrMeasurementSet  *set,
                                        const char              *path,
                                        GError                 **error)
{
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (DOSON_CTR_IS_MEASUREMENT_SET (set), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (_doson_ctr_is_csv_path (path))
    data = doson_ctr_measurement_set_to_csv_data (set, &length);
  else
    data = doson_ctr_measurement_set_to_json_data (set, &length);
  return _doson_ctr_write_file (path, data, length, error);
}
