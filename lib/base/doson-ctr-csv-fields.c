/* doson-ctr-csv-fields.c: reading the fields of a CSV record as numbers
 * and years
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "base/doson-ctr-private.h"
#include "base/doson-ctr-csv-private.h"

gboolean
_doson_ctr_csv_field_is_blank (const DosonCtrCsvField *field)
{
  gsize i;

  for (i = 0; i < field->len; i++)
    if (field->text[i] != ' ' && field->text[i] != '\t')
      return FALSE;
  return TRUE;
}

/* Quotes @field's text for a message, cut to a readable length. */
static char *
quote_for_message (const DosonCtrCsvField *field)
{
  const gsize max_chars = 40;
  glong n_chars = g_utf8_strlen (field->text, field->len);

  if ((gsize) n_chars <= max_chars)
    return g_strdup_printf ("\"%.*s\"", (int) field->len, field->text);
  else
    {
      const char *cut = g_utf8_offset_to_pointer (field->text, max_chars);

      return g_strdup_printf ("\"%.*s…\"", (int) (cut - field->text), field->text);
    }
}

gboolean
_doson_ctr_csv_reader_parse_double (DosonCtrCsvReader *reader,
                                    DosonCtrCsvField  *fields,
                                    gsize              index,
                                    double            *value,
                                    GError           **error)
{
  const DosonCtrCsvField *f = &fields[index];
  g_autofree char *shown = NULL;
  double v;

  switch (_doson_ctr_parse_double (f->text, f->len, &v))
    {
    case DOSON_CTR_NUMBER_OK:
      *value = v;
      return TRUE;
    case DOSON_CTR_NUMBER_EMPTY:
      _doson_ctr_csv_reader_field_error (reader, error, DOSON_CTR_ERROR_PARSE, index,
                                         "empty, expected a number");
      return FALSE;
    case DOSON_CTR_NUMBER_NOT_FINITE:
      shown = quote_for_message (f);
      _doson_ctr_csv_reader_field_error (reader, error, DOSON_CTR_ERROR_NOT_FINITE, index,
                                         "not a finite number: %s", shown);
      return FALSE;
    case DOSON_CTR_NUMBER_SYNTAX:
    case DOSON_CTR_NUMBER_RANGE:
    default:
      shown = quote_for_message (f);
      _doson_ctr_csv_reader_field_error (reader, error, DOSON_CTR_ERROR_PARSE, index,
                                         "not a number: %s", shown);
      return FALSE;
    }
}

gboolean
_doson_ctr_csv_reader_parse_year (DosonCtrCsvReader *reader,
                                  DosonCtrCsvField  *fields,
                                  gsize              index,
                                  int               *year,
                                  GError           **error)
{
  const DosonCtrCsvField *f = &fields[index];
  g_autofree char *shown = NULL;
  int y;

  switch (_doson_ctr_parse_int (f->text, f->len, DOSON_CTR_YEAR_MIN, DOSON_CTR_YEAR_MAX, &y))
    {
    case DOSON_CTR_NUMBER_OK:
      *year = y;
      return TRUE;
    case DOSON_CTR_NUMBER_EMPTY:
      _doson_ctr_csv_reader_field_error (reader, error, DOSON_CTR_ERROR_PARSE, index,
                                         "empty, expected a year");
      return FALSE;
    case DOSON_CTR_NUMBER_RANGE:
      shown = quote_for_message (f);
      _doson_ctr_csv_reader_field_error (reader, error, DOSON_CTR_ERROR_INVALID_DATA, index,
                                         "year out of range (%d to %d): %s",
                                         DOSON_CTR_YEAR_MIN, DOSON_CTR_YEAR_MAX, shown);
      return FALSE;
    case DOSON_CTR_NUMBER_SYNTAX:
    case DOSON_CTR_NUMBER_NOT_FINITE:
    default:
      shown = quote_for_message (f);
      _doson_ctr_csv_reader_field_error (reader, error, DOSON_CTR_ERROR_PARSE, index,
                                         "not a year: %s", shown);
      return FALSE;
    }
}
