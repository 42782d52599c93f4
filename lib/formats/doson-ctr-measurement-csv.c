/* doson-ctr-measurement-csv.c: measurement sets as CSV (doc/formats.md,
 * section 4)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include <gio/gio.h>

#include <doson-ctr/doson-ctr-measurement.h>

#include "base/doson-ctr-private.h"
#include "base/doson-ctr-file-private.h"
#include "model/doson-ctr-measurement-private.h"
#include "base/doson-ctr-csv-columns-private.h"
#include "formats/doson-ctr-csv-preamble-private.h"
#include "formats/doson-ctr-csv-style-private.h"
#include "formats/doson-ctr-loader-private.h"
#include "formats/doson-ctr-measurement-file-private.h"

enum
{
  COLUMN_INDICATOR,
  COLUMN_YEAR,
  COLUMN_VALUE,
  COLUMN_LEVEL,
  COLUMN_SOURCE,
  COLUMN_NOTE,
  N_COLUMNS
};

/* doc/formats.md, section 4.3 */
static const DosonCtrCsvColumn columns[N_COLUMNS] = {
  { "indicator", TRUE },
  { "year", TRUE },
  { "value", TRUE },
  { "level", FALSE },
  { "source", FALSE },
  { "note", FALSE }
};

/* The text of an optional column, or NULL when the column is absent or
 * the field empty, or blank and not quoted: the writer quotes a text
 * that starts or ends with a blank, so one of nothing but blanks reads
 * back as it was written. */
static const char *
optional_text (DosonCtrCsvField *fields,
               gssize            index)
{
  if (index >= 0 && fields[index].quoted && fields[index].len > 0)
    return fields[index].text;
  return _doson_ctr_csv_cell_given (fields, index) ? fields[index].text : NULL;
}

static gboolean
read_id (DosonCtrCsvReader  *reader,
         DosonCtrCsvField   *fields,
         gssize              index,
         const char        **id,
         GError            **error)
{
  const DosonCtrCsvField *f = &fields[index];

  if (f->len == 0)
    {
      _doson_ctr_csv_reader_field_error (reader, error,
                                         DOSON_CTR_ERROR_INVALID_DATA,
                                         (gsize) index, "empty, expected an id");
      return FALSE;
    }
  if (strlen (f->text) != f->len || !doson_ctr_id_is_valid (f->text))
    {
      _doson_ctr_csv_reader_field_error (reader, error,
                                         DOSON_CTR_ERROR_INVALID_DATA,
                                         (gsize) index,
                                         "\"%.*s\" is not a valid id (ASCII "
                                         "letters, digits, '.', '_' or '-', "
                                         "starting with a letter or digit)",
                                         /* at most 64 bytes, cut between characters */
                                         (int) (f->len <= 64 ? f->len
                                                : (gsize) (g_utf8_find_prev_char (f->text, f->text + 65)
                                                           - f->text)),
                                         f->text);
      return FALSE;
    }
  *id = f->text;
  return TRUE;
}

/* Reads the value of a record: yes, no or a number, in the Vietnamese
 * style (doc/formats.md, section 4.4) when @vi; otherwise a comma in it
 * is refused with a hint, never read in part. */
static gboolean
read_value (DosonCtrCsvReader  *reader,
            DosonCtrCsvField   *fields,
            gsize               index,
            gboolean            vi,
            double             *value,
            GError            **error)
{
  DosonCtrCsvField *f = &fields[index];

  if (strcmp (f->text, "yes") == 0 || strcmp (f->text, "no") == 0)
    {
      *value = strcmp (f->text, "yes") == 0 ? 1.0 : 0.0;
      return TRUE;
    }
  if (vi && !_doson_ctr_csv_style_plain_number (f))
    {
      _doson_ctr_csv_reader_field_error (reader, error, DOSON_CTR_ERROR_PARSE, index,
                                         "not a number as the file's Vietnamese style "
                                         "writes it (1.234,5): \"%.*s\"",
                                         (int) MIN (f->len, 64), f->text);
      return FALSE;
    }
  if (!vi && memchr (f->text, ',', f->len) != NULL)
    {
      _doson_ctr_csv_reader_field_error (reader, error, DOSON_CTR_ERROR_PARSE, index,
                                         "not a number: \"%.*s\" (a comma in a number: write "
                                         "1234.5, or save the file with \";\" between fields "
                                         "for the Vietnamese style 1.234,5)",
                                         (int) MIN (f->len, 64), f->text);
      return FALSE;
    }
  return _doson_ctr_csv_reader_parse_double (reader, fields, index, value, error);
}

static gboolean
read_record (DosonCtrCsvReader       *reader,
             DosonCtrCsvField        *fields,
             const gssize            *where,
             gboolean                 vi,
             DosonCtrMeasurementSet  *set,
             DosonCtrPlaces          *places,
             GError                 **error)
{
  g_autoptr(DosonCtrMeasurement) m = NULL;
  GError *local_error = NULL;
  const char *indicator, *level = NULL;
  double value;
  int year;

  if (!_doson_ctr_csv_reader_check_width (reader, error)
      || !read_id (reader, fields, where[COLUMN_INDICATOR], &indicator, error)
      || !_doson_ctr_csv_reader_parse_year (reader, fields, (gsize) where[COLUMN_YEAR],
                                            &year, error))
    return FALSE;

  if (!read_value (reader, fields, (gsize) where[COLUMN_VALUE], vi, &value, error))
    return FALSE;

  if (_doson_ctr_csv_cell_given (fields, where[COLUMN_LEVEL])
      && !read_id (reader, fields, where[COLUMN_LEVEL], &level, error))
    return FALSE;

  m = doson_ctr_measurement_new (indicator, year, value);
  doson_ctr_measurement_set_disaggregation_value (m, level);
  doson_ctr_measurement_set_source (m, optional_text (fields, where[COLUMN_SOURCE]));
  doson_ctr_measurement_set_note (m, optional_text (fields, where[COLUMN_NOTE]));
  _doson_ctr_measurement_take_origin (m, _doson_ctr_csv_reader_locate (reader));
  if (!_doson_ctr_measurement_set_take (set, g_steal_pointer (&m), &local_error))
    {
      _doson_ctr_csv_reader_record_error (reader, error, local_error->code,
                                          "%s", local_error->message);
      g_error_free (local_error);
      return FALSE;
    }
  if (places != NULL)
    {
      DosonCtrPlace place = { (guint) _doson_ctr_csv_reader_get_line (reader), 0 };

      g_array_append_val (places->measurements, place);
    }
  return TRUE;
}

/* The reader of @data, with its preamble read into @preamble and its
 * header read and mapped to the columns in @where; NULL when the data, the
 * preamble or the header are wrong, or the file is not in the @style
 * asked for (DOSON_CTR_CSV_STYLE_ANNOUNCED: in any). */
static DosonCtrCsvReader *
open_reader (const char           *data,
             gsize                 length,
             const char           *name,
             int                   style,
             GPtrArray            *problems,
             DosonCtrCsvPreamble  *preamble,
             gssize               *where,
             GError              **error)
{
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(DosonCtrCsvReader) reader = NULL;

  if (!_doson_ctr_check_input (data, length, name, problems, error)
      || !_doson_ctr_csv_preamble_read (data, length, name, problems, preamble, error))
    return NULL;
  data += preamble->offset;
  length -= preamble->offset;
  preamble->vi = _doson_ctr_csv_style_is_vi (data, length);
  if (!_doson_ctr_csv_style_check (style, preamble->vi, name, preamble->line, problems, error))
    return NULL;
  if (preamble->vi)
    {
      GString *plain = _doson_ctr_csv_style_to_plain (data, length);
      gsize plain_length = plain->len;

      stream = g_memory_input_stream_new_from_data (g_string_free (plain, FALSE),
                                                    (gssize) plain_length, g_free);
    }
  else
    stream = g_memory_input_stream_new_from_data (data, (gssize) length, NULL);
  reader = _doson_ctr_csv_reader_new (stream, name);
  _doson_ctr_csv_reader_set_first_line (reader, preamble->line);
  _doson_ctr_csv_reader_set_separator (reader, preamble->vi ? ';' : ',');
  _doson_ctr_csv_reader_collect (reader, problems);
  if (!_doson_ctr_csv_reader_read_columns (reader, columns, N_COLUMNS,
                                           DOSON_CTR_CSV_HEADER_STRICT, where,
                                           NULL, NULL, error))
    {
      _doson_ctr_csv_reader_stop (reader, NULL);
      return NULL;
    }
  return g_steal_pointer (&reader);
}

DosonCtrMeasurementSet *
_doson_ctr_measurement_set_load_csv (const char      *data,
                                     gsize            length,
                                     const char      *name,
                                     int              style,
                                     GPtrArray       *problems,
                                     DosonCtrPlaces  *places,
                                     GError         **error)
{
  g_autoptr(DosonCtrMeasurementSet) set = NULL;
  g_autoptr(DosonCtrCsvReader) reader = NULL;
  g_auto(DosonCtrCsvPreamble) preamble = { 0 };
  DosonCtrCsvField *fields;
  gsize n_fields;
  gssize where[N_COLUMNS];

  reader = open_reader (data, length, name, style, problems, &preamble, where, error);
  if (reader == NULL)
    return NULL;
  set = doson_ctr_measurement_set_new ();
  _doson_ctr_csv_preamble_apply (&preamble, set);
  for (;;)
    {
      switch (_doson_ctr_csv_reader_next (reader, &fields, &n_fields, NULL,
                                          error))
        {
        case DOSON_CTR_CSV_READ_RECORD:
          if (!read_record (reader, fields, where, preamble.vi, set,
                            places, error)
              && !_doson_ctr_csv_reader_carry_on (reader, error))
            return NULL;
          break;
        case DOSON_CTR_CSV_READ_END:
          return g_steal_pointer (&set);
        case DOSON_CTR_CSV_READ_ERROR:
        default:
          _doson_ctr_csv_reader_stop (reader, NULL);
          return NULL;
        }
    }
}

/**
 * doson_ctr_measurement_set_new_from_csv_data: (constructor)
 * @data: the text of a measurement file in CSV (doc/formats.md, section 4)
 * @length: the length of @data in bytes, or -1 when it is NUL-terminated
 * @name: (nullable): the name used in error messages, such as a file
 *   name; %NULL for "&lt;data&gt;"
 * @error: return location for a #GError, or %NULL
 *
 * Reads a measurement set from CSV with the header
 * `indicator,year,value` plus, optionally, `level`, `source` and `note`,
 * in any order. Lines before the header that start with `#` say what the
 * whole set is (doc/formats.md, section 4.3): `# illustrative: true`,
 * `# description: TEXT`, `# program: ID`; without them the set is not
 * illustrative and has no description or programme id.
 *
 * The first problem fails the call with an error naming the file, the line
 * and the field ("NAME:LINE: field "value": ..."; invalid UTF-8 as
 * "NAME:LINE:COLUMN: ..."): %DOSON_CTR_ERROR_PARSE for invalid UTF-8, bad
 * quoting, a record with the wrong number of fields or text where a number
 * or year belongs; %DOSON_CTR_ERROR_NOT_FINITE for "nan", "inf" or an
 * overflowing number; %DOSON_CTR_ERROR_INVALID_DATA for a bad line before
 * the header (section 4.3), an unknown,
 * repeated or missing column, an invalid id, a year out of range or a
 * duplicate measurement; %DOSON_CTR_ERROR_LIMIT for data over 64 MiB, a
 * record over 1 MiB or one of more than 4096 fields (doc/formats.md,
 * section 5).
 *
 * Returns: (transfer full): the set, to be released with
 *   g_object_unref(), or %NULL with @error set
 *
 * Since: 0.1
 */
DosonCtrMeasurementSet *
doson_ctr_measurement_set_new_from_csv_data (const char  *data,
                                             gssize       length,
                                             const char  *name,
                                             GError     **error)
{
  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return _doson_ctr_measurement_set_load_csv_data (data, length, name,
                                                   DOSON_CTR_CSV_STYLE_ANNOUNCED,
                                                   error);
}

/**
 * doson_ctr_measurement_set_new_from_csv_data_in_style: (constructor)
 * @data: the text of a measurement file in CSV (doc/formats.md, section 4)
 * @length: the length of @data in bytes, or -1 when it is NUL-terminated
 * @name: (nullable): the name used in error messages, such as a file
 *   name; %NULL for "&lt;data&gt;"
 * @style: the style the file must be in
 * @error: return location for a #GError, or %NULL
 *
 * Reads a measurement set from CSV as
 * doson_ctr_measurement_set_new_from_csv_data() does, in the @style asked
 * for rather than the one the header announces (doc/formats.md, section
 * 4.4): with %DOSON_CTR_CSV_STYLE_VI the header must have ";" between
 * fields, and every number is read in the Vietnamese style (1.234,5);
 * with %DOSON_CTR_CSV_STYLE_PLAIN or %DOSON_CTR_CSV_STYLE_EXCEL (the
 * same when reading: a byte order mark is allowed in every style) it must
 * not. A file in the other style fails with %DOSON_CTR_ERROR_INVALID_DATA,
 * "NAME:LINE: ..." naming the header's line; nothing is guessed.
 *
 * Returns: (transfer full): the set, to be released with
 *   g_object_unref(), or %NULL with @error set
 *
 * Since: 0.1
 */
DosonCtrMeasurementSet *
doson_ctr_measurement_set_new_from_csv_data_in_style (const char        *data,
                                                      gssize             length,
                                                      const char        *name,
                                                      DosonCtrCsvStyle   style,
                                                      GError           **error)
{
  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (style <= DOSON_CTR_CSV_STYLE_VI, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return _doson_ctr_measurement_set_load_csv_data (data, length, name, (int) style,
                                                   error);
}

DosonCtrMeasurementSet *
_doson_ctr_measurement_set_load_csv_data (const char  *data,
                                          gssize       length,
                                          const char  *name,
                                          int          style,
                                          GError     **error)
{
  gsize n = _doson_ctr_loader_data (&data, length, &name);

  return _doson_ctr_measurement_set_load_csv (data, n, name, style, NULL, NULL,
                                              error);
}

/* A "# KEY: VALUE" line of the preamble for a free text, on one line;
 * none for a text of nothing but line breaks and spaces, which the
 * reader would refuse as empty. */
static void
append_text_line (GString    *out,
                  const char *key,
                  const char *text)
{
  g_autofree char *line = NULL;

  if (text == NULL)
    return;
  line = g_strdup (text);
  g_strdelimit (line, "\r\n", ' ');
  g_strstrip (line);
  if (*line != '\0')
    g_string_append_printf (out, "# %s: %s\n", key, line);
}

/* The lines before the header that say what the whole of @set is. */
static void
append_preamble (GString                *out,
                 DosonCtrMeasurementSet *set)
{
  const char *program = doson_ctr_measurement_set_get_program_id (set);
  const DosonCtrLocText *description = _doson_ctr_measurement_set_get_description_text (set);
  GPtrArray *tasks = doson_ctr_measurement_set_get_task_progress (set);
  guint i;

  if (program != NULL)
    g_string_append_printf (out, "# program: %s\n", program);
  if (doson_ctr_measurement_set_get_illustrative (set))
    g_string_append (out, "# illustrative: true\n");
  append_text_line (out, "description", description->vi);
  append_text_line (out, "description[en]", description->en);
  for (i = 0; i < tasks->len; i++)
    {
      const DosonCtrTaskProgress *p = g_ptr_array_index (tasks, i);
      const char *note = doson_ctr_task_progress_get_note (p);
      g_autofree char *value =
        g_strdup_printf ("%s; %d; %s%s%s", doson_ctr_task_progress_get_task_id (p),
                         doson_ctr_task_progress_get_year (p),
                         doson_ctr_task_state_to_string (doson_ctr_task_progress_get_state (p)),
                         note != NULL ? "; " : "", note != NULL ? note : "");

      append_text_line (out, "task", value);
    }
}

/**
 * doson_ctr_measurement_set_to_csv_data:
 * @set: a #DosonCtrMeasurementSet
 * @length: (out) (optional): where to store the length of the text in bytes
 *
 * Writes the measurements of @set as CSV (doc/formats.md, section 4): the
 * header `indicator,year,value` followed by `level`, `source` and `note`
 * for those any measurement uses, one record per measurement in the order
 * they were added, lines ending with LF, fields quoted only when needed.
 * The programme id, the illustrative mark and the description come first,
 * on lines of their own before the header (`# program: ID`,
 * `# illustrative: true`, `# description: TEXT`, each only when set, line
 * breaks in the description written as spaces, a description of nothing
 * but spaces and line breaks not written; doc/formats.md, section 4.3), then the progress on tasks, a line each (`# task: ID; YEAR;
 * STATE; NOTE`), so that the set reads back the same.
 *
 * Returns: (transfer full): the text, NUL-terminated; free it with g_free()
 *
 * Since: 0.1
 */
char *
doson_ctr_measurement_set_to_csv_data (DosonCtrMeasurementSet *set,
                                       gsize                  *length)
{
  GPtrArray *measurements;
  gboolean has_level = FALSE, has_source = FALSE, has_note = FALSE;
  GString *out;
  guint i;

  g_return_val_if_fail (DOSON_CTR_IS_MEASUREMENT_SET (set), NULL);

  measurements = doson_ctr_measurement_set_get_measurements (set);
  for (i = 0; i < measurements->len; i++)
    {
      const DosonCtrMeasurement *m = g_ptr_array_index (measurements, i);

      has_level |= doson_ctr_measurement_get_disaggregation_value (m) != NULL;
      has_source |= doson_ctr_measurement_get_source (m) != NULL;
      has_note |= doson_ctr_measurement_get_note (m) != NULL;
    }

  out = g_string_new (NULL);
  append_preamble (out, set);
  g_string_append (out, "indicator,year,value");
  if (has_level)
    g_string_append (out, ",level");
  if (has_source)
    g_string_append (out, ",source");
  if (has_note)
    g_string_append (out, ",note");
  g_string_append_c (out, '\n');

  for (i = 0; i < measurements->len; i++)
    {
      const DosonCtrMeasurement *m = g_ptr_array_index (measurements, i);
      const char *text;

      _doson_ctr_csv_append_field (out, doson_ctr_measurement_get_indicator_id (m));
      g_string_append_printf (out, ",%d,", doson_ctr_measurement_get_year (m));
      _doson_ctr_append_double (out, doson_ctr_measurement_get_value (m));
      if (has_level)
        {
          g_string_append_c (out, ',');
          if ((text = doson_ctr_measurement_get_disaggregation_value (m)) != NULL)
            _doson_ctr_csv_append_field (out, text);
        }
      if (has_source)
        {
          g_string_append_c (out, ',');
          if ((text = doson_ctr_measurement_get_source (m)) != NULL)
            _doson_ctr_csv_append_field (out, text);
        }
      if (has_note)
        {
          g_string_append_c (out, ',');
          if ((text = doson_ctr_measurement_get_note (m)) != NULL)
            _doson_ctr_csv_append_field (out, text);
        }
      g_string_append_c (out, '\n');
    }
  if (length != NULL)
    *length = out->len;
  return g_string_free (out, FALSE);
}
