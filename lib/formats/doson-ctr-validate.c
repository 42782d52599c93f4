/* doson-ctr-validate.c: every problem of a programme or measurement file,
 * in one pass
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <doson-ctr/doson-ctr-validate.h>

#include "base/doson-ctr-diagnostic-private.h"
#include "base/doson-ctr-file-private.h"
#include "model/doson-ctr-measurement-private.h"
#include "model/doson-ctr-task-progress-private.h"
#include "formats/doson-ctr-program-json-private.h"
#include "formats/doson-ctr-csv-style-private.h"
#include "formats/doson-ctr-measurement-file-private.h"

/**
 * SECTION:doson-ctr-validate
 * @Title: Validation
 * @Short_description: every problem of a file, in one pass
 *
 * The loaders (doson_ctr_program_new_from_file(),
 * doson_ctr_measurement_set_new_from_file()) fail at the first problem of
 * a file. The functions here read a file once with the same checks and
 * return every problem as a #DosonCtrDiagnostic: they carry on past a bad
 * unit, goal, indicator, target, measurement or CSV record, which is left
 * out of what is read, and what refers to an entry left out is not
 * reported again. Only a problem that leaves nothing more to read ends the
 * reading early: a file that cannot be read or is too large, invalid
 * UTF-8, bad JSON or CSV syntax, a JSON root that is not a programme or
 * measurement file, a CSV header that is wrong.
 */

/* A new list of problems and the file's name for them in *display;
 * *contents is the file's text, or NULL with a diagnostic in the list. */
static GPtrArray *
read_input (const char  *path,
            char       **display,
            char       **contents,
            gsize       *length)
{
  GPtrArray *problems = g_ptr_array_new_with_free_func ((GDestroyNotify) doson_ctr_diagnostic_unref);
  g_autoptr(GError) error = NULL;

  *display = g_filename_display_name (path);
  *contents = NULL;
  if (!_doson_ctr_read_file (path, contents, length, &error))
    g_ptr_array_add (problems,
                     _doson_ctr_diagnostic_new (error->code, *display, 0, 0,
                                                DOSON_CTR_FIELD_NONE, NULL,
                                                error->message));
  return problems;
}

/**
 * doson_ctr_program_validate_file:
 * @path: (type filename): the path of a programme file
 * @program: (out) (optional) (nullable) (transfer full): where to store
 *   the programme when the file has no problem, or %NULL
 *
 * Reads a programme file as doson_ctr_program_new_from_file() does, but
 * lists every problem instead of failing at the first: see the section's
 * introduction. The diagnostics come in the order the file is read: the
 * syntax (a key given twice), then the top, the units, the goals and the
 * indicators.
 *
 * Returns: (transfer container) (element-type DosonCtrDiagnostic): the
 *   problems, empty when there is none; the array owns them (it has a
 *   free function): release it with g_ptr_array_unref()
 *
 * Since: 0.1
 */
GPtrArray *
doson_ctr_program_validate_file (const char       *path,
                                 DosonCtrProgram **program)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *display = NULL;
  g_autofree char *contents = NULL;
  DosonCtrProgram *loaded;
  gsize length;

  g_return_val_if_fail (path != NULL, NULL);

  if (program != NULL)
    *program = NULL;
  problems = read_input (path, &display, &contents, &length);
  if (contents == NULL)
    return g_steal_pointer (&problems);
  loaded = _doson_ctr_program_load (contents, length, display, problems,
                                    &error);
  if (program != NULL)
    *program = loaded;
  else if (loaded != NULL)
    g_object_unref (loaded);
  return g_steal_pointer (&problems);
}

typedef struct
{
  const char     *name;
  DosonCtrPlaces *places;
  GHashTable     *index;      /* measurement -> its index + 1 */
  GPtrArray      *problems;
  gboolean        csv;
} CheckData;

/* A problem of the set against the programme, at the measurement's place
 * and, in a CSV file, in the column at fault (at the "program" member for
 * a problem of the whole set). Inconsistencies between figures count as
 * problems here, as every other. */
static void
add_check_problem (const DosonCtrMeasurement *m,
                   const char                *check_field,
                   DosonCtrCheckKind          kind,
                   const char                *message,
                   gpointer                   user_data)
{
  CheckData *data = user_data;
  DosonCtrPlace place = data->places->program;
  DosonCtrFieldKind field_kind = DOSON_CTR_FIELD_JSON_PATH;
  const char *field = NULL;

  if (m != NULL)
    {
      guint index = GPOINTER_TO_UINT (g_hash_table_lookup (data->index, m));

      place.line = place.column = 0;
      if (index > 0 && index <= data->places->measurements->len)
        place = g_array_index (data->places->measurements, DosonCtrPlace,
                               index - 1);
      if (data->csv)
        {
          field_kind = DOSON_CTR_FIELD_CSV_COLUMN;
          field = check_field;
        }
    }
  else if (place.line != 0)
    field = "program";
  g_ptr_array_add (data->problems,
                   _doson_ctr_diagnostic_new (DOSON_CTR_ERROR_INVALID_DATA,
                                              data->name, place.line,
                                              place.column, field_kind,
                                              field, message));
}

/* A problem of a task's progress, at the place it was read from (its
 * message names the task and year). */
static void
add_task_problem (const DosonCtrTaskProgress *p,
                  const char                 *check_field,
                  const char                 *message,
                  gpointer                    user_data)
{
  CheckData *data = user_data;

  (void) check_field;
  g_ptr_array_add (data->problems,
                   _doson_ctr_diagnostic_new (DOSON_CTR_ERROR_INVALID_DATA,
                                              data->name,
                                              _doson_ctr_task_progress_get_line (p),
                                              _doson_ctr_task_progress_get_column (p),
                                              DOSON_CTR_FIELD_NONE, NULL,
                                              message));
}

static void
check_against (DosonCtrMeasurementSet *set,
               DosonCtrProgram        *program,
               const char             *name,
               DosonCtrPlaces         *places,
               gboolean                csv,
               GPtrArray              *problems)
{
  g_autoptr(GHashTable) index = g_hash_table_new (NULL, NULL);
  GPtrArray *measurements = doson_ctr_measurement_set_get_measurements (set);
  CheckData data = { name, places, index, problems, csv };
  guint i;

  for (i = 0; i < measurements->len; i++)
    g_hash_table_insert (index, g_ptr_array_index (measurements, i),
                         GUINT_TO_POINTER (i + 1));
  _doson_ctr_measurement_set_check (set, program, add_check_problem, &data);
  _doson_ctr_measurement_set_check_tasks (set, program, add_task_problem, &data);
}

/**
 * doson_ctr_measurement_set_validate_file:
 * @path: (type filename): the path of a measurement file, JSON or (for a
 *   name ending in ".csv") CSV
 * @program: (nullable): the programme the figures are for, or %NULL
 * @set: (out) (optional) (nullable) (transfer full): where to store the
 *   measurement set when the file has no problem, or %NULL
 *
 * Reads a measurement file as doson_ctr_measurement_set_new_from_file()
 * does, but lists every problem instead of failing at the first: see the
 * section's introduction. With @program, the measurements that could be
 * read are then checked against it as doson_ctr_measurement_set_validate()
 * does; those problems are placed at the measurement (at the "program"
 * member for a set that is for another programme) and have no field.
 *
 * Returns: (transfer container) (element-type DosonCtrDiagnostic): the
 *   problems, in the order of the file, then those against @program;
 *   empty when there is none; the array owns them (it has a free
 *   function): release it with g_ptr_array_unref()
 *
 * Since: 0.1
 */
GPtrArray *
doson_ctr_measurement_set_validate_file (const char              *path,
                                         DosonCtrProgram         *program,
                                         DosonCtrMeasurementSet **set)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (program == NULL || DOSON_CTR_IS_PROGRAM (program), NULL);

  return _doson_ctr_measurement_set_validate_file (path, DOSON_CTR_CSV_STYLE_ANNOUNCED,
                                                   program, set);
}

/**
 * doson_ctr_measurement_set_validate_file_in_style:
 * @path: (type filename): the path of a measurement file, JSON or (for a
 *   name ending in ".csv") CSV
 * @style: the style a CSV file must be in
 * @program: (nullable): the programme the figures are for, or %NULL
 * @set: (out) (optional) (nullable) (transfer full): where to store the
 *   measurement set when the file has no problem, or %NULL
 *
 * As doson_ctr_measurement_set_validate_file(), a CSV file in the @style
 * asked for, as doson_ctr_measurement_set_new_from_csv_data_in_style()
 * reads it.
 *
 * Returns: (transfer container) (element-type DosonCtrDiagnostic): the
 *   problems, as doson_ctr_measurement_set_validate_file() lists them
 *
 * Since: 0.1
 */
GPtrArray *
doson_ctr_measurement_set_validate_file_in_style (const char              *path,
                                                  DosonCtrCsvStyle         style,
                                                  DosonCtrProgram         *program,
                                                  DosonCtrMeasurementSet **set)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (style <= DOSON_CTR_CSV_STYLE_VI, NULL);
  g_return_val_if_fail (program == NULL || DOSON_CTR_IS_PROGRAM (program), NULL);

  return _doson_ctr_measurement_set_validate_file (path, (int) style, program, set);
}

GPtrArray *
_doson_ctr_measurement_set_validate_file (const char              *path,
                                          int                      style,
                                          DosonCtrProgram         *program,
                                          DosonCtrMeasurementSet **set)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GArray) measurements = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DosonCtrMeasurementSet) loaded = NULL;
  g_autofree char *display = NULL;
  g_autofree char *contents = NULL;
  DosonCtrPlaces places = { NULL, { 0, 0 } };
  gsize length;

  if (set != NULL)
    *set = NULL;
  problems = read_input (path, &display, &contents, &length);
  if (contents == NULL)
    return g_steal_pointer (&problems);

  measurements = g_array_new (FALSE, FALSE, sizeof (DosonCtrPlace));
  places.measurements = measurements;
  if (_doson_ctr_is_csv_path (path))
    loaded = _doson_ctr_measurement_set_load_csv (contents, length, display, style,
                                                  problems, &places, &error);
  else
    loaded = _doson_ctr_measurement_set_load_json (contents, length, display,
                                                   problems, &places, &error);
  if (loaded != NULL && program != NULL)
    check_against (loaded, program, display, &places,
                   _doson_ctr_is_csv_path (path), problems);
  if (set != NULL && loaded != NULL && problems->len == 0)
    *set = g_steal_pointer (&loaded);
  return g_steal_pointer (&problems);
}
