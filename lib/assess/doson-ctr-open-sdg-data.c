/* doson-ctr-open-sdg-data.c: an Open SDG indicator's CSV, read as
 * sdg-build reads it with pandas
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * sdg-build 2.3.0 inputs/InputCsvData.py and InputBase.alter_data (:213):
 * pandas.read_csv (its NA strings are blanks), fix_dataframe_columns (:84:
 * every column but Year and Value becomes text, a numeric column giving
 * "15", or "15.0" when it has blanks) and fix_empty_values (:106). Then
 * the English translation of cells and column names, and the Year rule of
 * ProgressMeasure.py (PM:207-209): when any Year is longer than 4
 * characters as text, every Year is the integer of its first 4.
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <math.h>
#include <string.h>

#include <glib.h>

#include <doson-ctr/doson-ctr-error.h>

#include "base/doson-ctr-csv-private.h"
#include "base/doson-ctr-number-private.h"
#include "assess/doson-ctr-open-sdg-private.h"

/* open_sdg.py:198, and 2.4.0's Progress column */
static const char * const default_non_disaggregation[] = {
  "Year", "Units", "Series", "Value", "GeoCode", "Observation status", "Unit multiplier",
  "Unit measure", "UNIT_MEASURE", "SERIES", "COMMENT_TS", "DATA_LAST_UPDATE", "Progress", NULL
};
static const char * const default_observation_attributes[] = { "COMMENT_OBS", NULL };

void
_doson_ctr_open_sdg_columns_init_default (DosonCtrOpenSdgColumns *columns)
{
  columns->non_disaggregation = g_strdupv ((char **) default_non_disaggregation);
  columns->observation_attributes = g_strdupv ((char **) default_observation_attributes);
  columns->series_column = g_strdup ("Series");
  columns->unit_column = g_strdup ("Units");
  columns->progress_column = g_strdup ("Progress");
}

void
_doson_ctr_open_sdg_columns_clear (DosonCtrOpenSdgColumns *columns)
{
  g_clear_pointer (&columns->non_disaggregation, g_strfreev);
  g_clear_pointer (&columns->observation_attributes, g_strfreev);
  g_clear_pointer (&columns->series_column, g_free);
  g_clear_pointer (&columns->unit_column, g_free);
  g_clear_pointer (&columns->progress_column, g_free);
}

void
_doson_ctr_open_sdg_data_clear (DosonCtrOpenSdgData *data)
{
  if (data->columns != NULL)
    g_strfreev (data->columns);
  g_free (data->roles);
  g_free (data->cells);
  g_free (data->years);
  g_free (data->has_year);
  g_free (data->values);
  g_free (data->lines);
  if (data->chunk != NULL)
    g_string_chunk_free (data->chunk);
  memset (data, 0, sizeof *data);
}

/* pandas' default NA strings: such a cell is blank. */
static gboolean
is_na (const char *s)
{
  static const char * const na[] = {
    "", "#N/A", "#N/A N/A", "#NA", "-1.#IND", "-1.#QNAN", "-NaN", "-nan", "1.#IND",
    "1.#QNAN", "<NA>", "N/A", "NA", "NULL", "NaN", "None", "n/a", "nan", "null", NULL
  };

  /* most cells are empty, or start with a digit or another letter */
  if (s[0] == '\0')
    return TRUE;
  if (g_ascii_isdigit (s[0]) && !(s[0] == '1' && s[1] == '.'))
    return FALSE;
  if (strchr ("#-1<Nn", s[0]) == NULL || strnlen (s, 9) > 8)
    return FALSE;
  return g_strv_contains (na, s);
}

static DosonCtrOpenSdgColumnRole
column_role (const char                   *name,
             const DosonCtrOpenSdgColumns *columns)
{
  if (strcmp (name, "Year") == 0)
    return DOSON_CTR_OPEN_SDG_COL_YEAR;
  if (strcmp (name, "Value") == 0)
    return DOSON_CTR_OPEN_SDG_COL_VALUE;
  if (strcmp (name, columns->series_column) == 0)
    return DOSON_CTR_OPEN_SDG_COL_SERIES;
  if (strcmp (name, columns->unit_column) == 0)
    return DOSON_CTR_OPEN_SDG_COL_UNITS;
  if (strcmp (name, columns->progress_column) == 0)
    return DOSON_CTR_OPEN_SDG_COL_PROGRESS;
  if (g_strv_contains ((const char * const *) columns->non_disaggregation, name)
      || g_strv_contains ((const char * const *) columns->observation_attributes, name))
    return DOSON_CTR_OPEN_SDG_COL_OTHER;
  return DOSON_CTR_OPEN_SDG_COL_DISAGGREGATION;
}

static gboolean
is_integer_text (const char *s)
{
  if (*s == '+' || *s == '-')
    s++;
  if (!g_ascii_isdigit (*s))
    return FALSE;
  while (g_ascii_isdigit (*s))
    s++;
  return *s == '\0';
}

/* pandas' type of column @c: 2 integers without blanks, 1 numbers (float),
 * 0 text. */
static int
column_number_kind (const DosonCtrOpenSdgData *data,
                    gsize                      c)
{
  gboolean all_int = TRUE, any = FALSE, blank = FALSE;
  gsize r;

  for (r = 0; r < data->n_rows; r++)
    {
      const char *s = data->cells[r * data->n_cols + c];
      double v;

      if (s == NULL)
        {
          blank = TRUE;
          continue;
        }
      any = TRUE;
      if (is_integer_text (s))
        continue;
      all_int = FALSE;
      if (_doson_ctr_parse_double (s, strlen (s), &v) != DOSON_CTR_NUMBER_OK
          || strchr (s, ' ') != NULL || strchr (s, '\t') != NULL)
        return 0;
    }
  if (!any)
    return 0;
  return all_int && !blank ? 2 : 1;
}

/* Python's str() of the number in @s, as pandas holds it. */
static const char *
number_text (DosonCtrOpenSdgData *data,
             const char          *s,
             int                  kind)
{
  DosonCtrYamlNode n = { DOSON_CTR_YAML_SCALAR, DOSON_CTR_YAML_FLOAT, NULL, FALSE, 0, 0, NULL, 1 };
  g_autofree char *text = NULL;

  _doson_ctr_parse_double (s, strlen (s), &n.number);
  if (kind == 2 && fabs (n.number) < 1e15)
    n.type = DOSON_CTR_YAML_INTEGER;
  text = _doson_ctr_yaml_to_python_str (&n);
  return g_string_chunk_insert_const (data->chunk, text);
}

/* The text columns: numbers as pandas writes them, then translated. */
static void
normalise_column (DosonCtrOpenSdgData               *data,
                  gsize                              c,
                  const char                        *raw_name,
                  const DosonCtrOpenSdgTranslations *t)
{
  int kind = column_number_kind (data, c);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  gsize r;

  const char *prev = NULL, *prev_done = NULL;

  for (r = 0; r < data->n_rows; r++)
    {
      const char **cell = &data->cells[r * data->n_cols + c];
      const char *done;

      if (*cell == NULL)
        continue;
      /* interned: the same pointer as the row above is the same text */
      if (*cell == prev)
        {
          *cell = prev_done;
          continue;
        }
      prev = *cell;
      done = g_hash_table_lookup (seen, *cell);
      if (done == NULL)
        {
          const char *text = kind != 0 ? number_text (data, *cell, kind) : *cell;

          done = g_string_chunk_insert_const (data->chunk,
                                              _doson_ctr_open_sdg_translate_cell (t, raw_name, text));
          g_hash_table_insert (seen, (gpointer) *cell, (gpointer) done);
        }
      *cell = prev_done = done;
    }
}

/* The Year rule; FALSE with @error on a year that is not a number. */
static gboolean
read_years (DosonCtrOpenSdgData *data,
            gsize                c,
            const char          *name,
            GError             **error)
{
  int kind = column_number_kind (data, c);
  gboolean cut = FALSE;
  gsize r;

  for (r = 0; r < data->n_rows; r++)
    {
      const char **cell = &data->cells[r * data->n_cols + c];

      /* a column of integers is already as Python writes it, but for
       * leading zeros and signs */
      if (*cell != NULL && (kind == 1 || (kind == 2 && !g_ascii_isdigit ((*cell)[0]))
                            || (kind == 2 && (*cell)[0] == '0' && (*cell)[1] != '\0')))
        *cell = number_text (data, *cell, kind);
      if (*cell != NULL && !cut && g_utf8_strlen (*cell, -1) > 4)
        cut = TRUE;
    }
  for (r = 0; r < data->n_rows; r++)
    {
      const char *s = data->cells[r * data->n_cols + c];
      g_autofree char *head = NULL;

      if (s == NULL)
        continue;
      head = cut ? g_utf8_substring (s, 0, 4) : g_strdup (s);
      if (_doson_ctr_parse_int (head, strlen (head), -99999, 99999, &data->years[r])
          != DOSON_CTR_NUMBER_OK)
        {
          g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_PARSE,
                       "%s:%" G_GUINT64_FORMAT ": field \"Year\": not a year: \"%s\"",
                       name, data->lines[r], s);
          return FALSE;
        }
      data->has_year[r] = TRUE;
    }
  return TRUE;
}

static gboolean
read_values (DosonCtrOpenSdgData *data,
             gsize                c,
             const char          *name,
             GError             **error)
{
  gsize r;

  for (r = 0; r < data->n_rows; r++)
    {
      const char *s = data->cells[r * data->n_cols + c];

      data->values[r] = NAN;
      if (s == NULL)
        continue;
      if (_doson_ctr_parse_double (s, strlen (s), &data->values[r]) != DOSON_CTR_NUMBER_OK)
        {
          g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_PARSE,
                       "%s:%" G_GUINT64_FORMAT ": field \"%s\": not a number: \"%s\"",
                       name, data->lines[r], data->columns[c], s);
          return FALSE;
        }
    }
  return TRUE;
}

/* Reads the records after the header into data->cells. */
static gboolean
read_rows (DosonCtrOpenSdgData *data,
           DosonCtrCsvReader   *reader,
           GError             **error)
{
  g_autoptr(GArray) cells = g_array_new (FALSE, FALSE, sizeof (const char *));
  g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (guint64));
  g_autofree const char **last = g_new0 (const char *, data->n_cols);
  g_autofree gsize *last_len = g_new0 (gsize, data->n_cols);
  g_autofree const char **row = g_new0 (const char *, data->n_cols);
  DosonCtrCsvField *fields;
  gsize n_fields, i;
  guint64 line;
  DosonCtrCsvRead rc;

  while ((rc = _doson_ctr_csv_reader_next (reader, &fields, &n_fields, NULL, error))
         == DOSON_CTR_CSV_READ_RECORD)
    {
      if (n_fields == 1 && fields[0].len == 0 && !fields[0].quoted)
        continue;
      if (n_fields > data->n_cols)
        {
          g_autofree char *where = _doson_ctr_csv_reader_locate (reader);

          g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_PARSE,
                       "%s: %" G_GSIZE_FORMAT " fields, but the header has %" G_GSIZE_FORMAT,
                       where, n_fields, data->n_cols);
          return FALSE;
        }
      for (i = 0; i < data->n_cols; i++)
        {
          const char *s = NULL;

          /* the text columns are interned, so that equal cells are equal
           * pointers; the columns set aside are not kept */
          if (i < n_fields && !is_na (fields[i].text))
            switch (data->roles[i])
              {
              case DOSON_CTR_OPEN_SDG_COL_OTHER:
                break;
              case DOSON_CTR_OPEN_SDG_COL_YEAR:
              case DOSON_CTR_OPEN_SDG_COL_VALUE:
              case DOSON_CTR_OPEN_SDG_COL_PROGRESS:
                s = g_string_chunk_insert_len (data->chunk, fields[i].text, (gssize) fields[i].len);
                break;
              default:
                /* a column often repeats the cell above it */
                if (last[i] != NULL && last_len[i] == fields[i].len
                    && memcmp (last[i], fields[i].text, fields[i].len) == 0)
                  s = last[i];
                else
                  {
                    s = last[i] = g_string_chunk_insert_const (data->chunk, fields[i].text);
                    last_len[i] = fields[i].len;
                  }
              }
          row[i] = s;
        }
      g_array_append_vals (cells, row, data->n_cols);
      line = _doson_ctr_csv_reader_get_line (reader);
      g_array_append_val (lines, line);
      data->n_rows++;
    }
  if (rc == DOSON_CTR_CSV_READ_ERROR)
    return FALSE;
  data->cells = (const char **) g_array_free (g_steal_pointer (&cells), FALSE);
  data->lines = (guint64 *) g_array_free (g_steal_pointer (&lines), FALSE);
  return TRUE;
}

/* The header: the columns, their roles and translated names. */
static gboolean
read_header (DosonCtrOpenSdgData               *data,
             DosonCtrCsvReader                 *reader,
             const char                        *name,
             const DosonCtrOpenSdgColumns      *columns,
             const DosonCtrOpenSdgTranslations *t,
             char                            ***raw,
             GError                           **error)
{
  DosonCtrCsvField *fields;
  gsize n_fields, i;
  DosonCtrCsvRead rc = _doson_ctr_csv_reader_next (reader, &fields, &n_fields, NULL, error);

  if (rc == DOSON_CTR_CSV_READ_ERROR)
    return FALSE;
  if (rc == DOSON_CTR_CSV_READ_END)
    {
      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA,
                   "%s: empty file, expected a header", name);
      return FALSE;
    }
  data->n_cols = n_fields;
  data->columns = g_new0 (char *, n_fields + 1);
  data->roles = g_new0 (DosonCtrOpenSdgColumnRole, n_fields);
  *raw = g_new0 (char *, n_fields + 1);
  for (i = 0; i < n_fields; i++)
    {
      (*raw)[i] = g_strdup (fields[i].text);
      data->roles[i] = column_role (fields[i].text, columns);
      data->columns[i] = g_strdup (data->roles[i] == DOSON_CTR_OPEN_SDG_COL_DISAGGREGATION
                                     ? _doson_ctr_open_sdg_translate (t, fields[i].text)
                                     : fields[i].text);
    }
  return TRUE;
}

gssize
_doson_ctr_open_sdg_data_find_role (const DosonCtrOpenSdgData *data,
                                    DosonCtrOpenSdgColumnRole  role)
{
  gsize c;

  for (c = 0; c < data->n_cols; c++)
    if (data->roles[c] == role)
      return (gssize) c;
  return -1;
}

gboolean
_doson_ctr_open_sdg_data_read (DosonCtrOpenSdgData               *data,
                               const char                        *csv,
                               gsize                              length,
                               const char                        *name,
                               const DosonCtrOpenSdgColumns      *columns,
                               const DosonCtrOpenSdgTranslations *t,
                               GError                           **error)
{
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (csv, (gssize) length, NULL);
  DosonCtrCsvReader *reader = _doson_ctr_csv_reader_new (stream, name);
  g_auto(GStrv) raw = NULL;
  gssize year, value, progress;
  gboolean ok;
  gsize c;

  memset (data, 0, sizeof *data);
  data->chunk = g_string_chunk_new (4096);
  ok = read_header (data, reader, name, columns, t, &raw, error) && read_rows (data, reader, error);
  _doson_ctr_csv_reader_free (reader);
  if (!ok)
    return FALSE;

  year = _doson_ctr_open_sdg_data_find_role (data, DOSON_CTR_OPEN_SDG_COL_YEAR);
  value = _doson_ctr_open_sdg_data_find_role (data, DOSON_CTR_OPEN_SDG_COL_VALUE);
  progress = _doson_ctr_open_sdg_data_find_role (data, DOSON_CTR_OPEN_SDG_COL_PROGRESS);
  if (year < 0 || value < 0)
    {
      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA,
                   "%s:1: missing column \"%s\" (the header must name Year and Value)",
                   name, year < 0 ? "Year" : "Value");
      return FALSE;
    }
  data->years = g_new0 (int, MAX (data->n_rows, 1));
  data->has_year = g_new0 (gboolean, MAX (data->n_rows, 1));
  data->values = g_new0 (double, MAX (data->n_rows, 1));
  for (c = 0; c < data->n_cols; c++)
    if (data->roles[c] == DOSON_CTR_OPEN_SDG_COL_DISAGGREGATION
        || data->roles[c] == DOSON_CTR_OPEN_SDG_COL_SERIES
        || data->roles[c] == DOSON_CTR_OPEN_SDG_COL_UNITS)
      normalise_column (data, c, raw[c], t);

  /* PM:222-224: with a Progress column, Value := Progress */
  return read_years (data, (gsize) year, name, error)
         && read_values (data, (gsize) (progress >= 0 ? progress : value), name, error);
}
