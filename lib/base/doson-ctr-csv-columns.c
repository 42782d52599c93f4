/* doson-ctr-csv-columns.c: the columns a CSV header names, and records as
 * wide as the header
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The one place where the readers of CSV files (measurement sets, the
 * progress table's measurements and settings) map the names of a header
 * to their columns and check the number of fields of a record.
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <string.h>

#include "base/doson-ctr-csv-reader-private.h"
#include "base/doson-ctr-csv-columns-private.h"

/* The index in @columns of the column a header field names, or -1. */
static gssize
find_column (const DosonCtrCsvField  *field,
             const DosonCtrCsvColumn *columns,
             gsize                    n_columns,
             gboolean                 any_case)
{
  g_autofree char *name = NULL;
  gsize c;

  if (any_case)
    name = g_strstrip (g_strndup (field->text, field->len));
  for (c = 0; c < n_columns; c++)
    if (any_case ? g_ascii_strcasecmp (name, columns[c].name) == 0
                 : field->len == strlen (columns[c].name)
                   && memcmp (field->text, columns[c].name, field->len) == 0)
      return (gssize) c;
  return -1;
}

/* The names of @columns, the required ones only when @required, joined
 * as a list: "a, b and c", or "a, b or c" when @or. */
static char *
list_columns (const DosonCtrCsvColumn *columns,
              gsize                    n_columns,
              gboolean                 required,
              gboolean                 or)
{
  GString *list = g_string_new (NULL);
  gsize c, n = 0, n_listed = 0;

  for (c = 0; c < n_columns; c++)
    n += !required || columns[c].required;
  for (c = 0; c < n_columns; c++)
    {
      if (required && !columns[c].required)
        continue;
      if (n_listed > 0)
        g_string_append (list, n_listed + 1 < n ? ", " : or ? " or " : " and ");
      g_string_append (list, columns[c].name);
      n_listed++;
    }
  return g_string_free (list, FALSE);
}

/* Maps field @i of the header to its column in @where; FALSE when it is
 * unknown (and refused) or repeated. */
static gboolean
map_field (DosonCtrCsvReader       *reader,
           gsize                    i,
           const DosonCtrCsvColumn *columns,
           gsize                    n_columns,
           DosonCtrCsvHeaderFlags   flags,
           gssize                  *where,
           GError                 **error)
{
  gssize c = find_column (&reader->fields[i], columns, n_columns,
                          (flags & DOSON_CTR_CSV_HEADER_ANY_CASE) != 0);

  if (c < 0 && (flags & DOSON_CTR_CSV_HEADER_OTHER_COLUMNS) == 0)
    {
      g_autofree char *expected = list_columns (columns, n_columns, FALSE, TRUE);

      _doson_ctr_csv_reader_field_error (reader, error, DOSON_CTR_ERROR_INVALID_DATA, i,
                                         "unknown column (expected %s)", expected);
      return FALSE;
    }
  if (c >= 0 && where[c] >= 0)
    {
      _doson_ctr_csv_reader_field_error (reader, error, DOSON_CTR_ERROR_INVALID_DATA, i,
                                         "column \"%s\" appears twice (fields %"
                                         G_GSSIZE_FORMAT " and %" G_GSIZE_FORMAT ")",
                                         columns[c].name, where[c] + 1, i + 1);
      return FALSE;
    }
  if (c >= 0)
    where[c] = (gssize) i;
  return TRUE;
}

gboolean
_doson_ctr_csv_reader_read_columns (DosonCtrCsvReader       *reader,
                                    const DosonCtrCsvColumn *columns,
                                    gsize                    n_columns,
                                    DosonCtrCsvHeaderFlags   flags,
                                    gssize                  *where,
                                    gsize                   *n_header,
                                    GCancellable            *cancellable,
                                    GError                 **error)
{
  DosonCtrCsvField *fields;
  gboolean ok = TRUE;
  gsize n_fields, i, c;

  g_return_val_if_fail (reader != NULL, FALSE);
  g_return_val_if_fail (columns != NULL && where != NULL, FALSE);

  if (!_doson_ctr_csv_reader_read_header (reader, &fields, &n_fields, cancellable, error))
    return FALSE;
  if (n_header != NULL)
    *n_header = n_fields;

  /* Each problem is reported, and the next looked for only when the
   * reader lists them. */
  for (c = 0; c < n_columns; c++)
    where[c] = -1;
  for (i = 0; i < n_fields; i++)
    if (!map_field (reader, i, columns, n_columns, flags, where, error))
      {
        if (!_doson_ctr_csv_reader_carry_on (reader, error))
          return FALSE;
        ok = FALSE;
      }
  for (c = 0; c < n_columns; c++)
    if (columns[c].required && where[c] < 0)
      {
        g_autofree char *required = list_columns (columns, n_columns, TRUE, FALSE);

        _doson_ctr_csv_reader_record_error (reader, error, DOSON_CTR_ERROR_INVALID_DATA,
                                            "missing column \"%s\" (the header must name %s)",
                                            columns[c].name, required);
        if (!_doson_ctr_csv_reader_carry_on (reader, error))
          return FALSE;
        ok = FALSE;
      }
  return ok;
}

gboolean
_doson_ctr_csv_reader_check_width (DosonCtrCsvReader *reader,
                                   GError           **error)
{
  gsize n_fields = reader->n_fields, n_header = reader->n_header;

  if (G_LIKELY (n_fields == n_header))
    return TRUE;
  _doson_ctr_csv_reader_field_error (reader, error, DOSON_CTR_ERROR_PARSE, MIN (n_fields, n_header),
                                     "the record has %" G_GSIZE_FORMAT " field%s, the header %"
                                     G_GSIZE_FORMAT "%s",
                                     n_fields, n_fields == 1 ? "" : "s", n_header,
                                     n_fields <= n_header ? ""
                                     : reader->separator == ';' ? " (a \";\" in an unquoted value?)"
                                     : " (a comma in an unquoted value?)");
  return FALSE;
}
