/* doson-ctr-csv-columns-private.h: the columns a CSV header names, and
 * records as wide as the header; never installed
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_CSV_COLUMNS_PRIVATE_H
#define DOSON_CTR_CSV_COLUMNS_PRIVATE_H

#include "base/doson-ctr-csv-private.h"

G_BEGIN_DECLS

/* A column a reader knows: its name, and whether the header must name
 * it. */
typedef struct
{
  const char *name;
  gboolean    required;
} DosonCtrCsvColumn;

typedef enum
{
  /* Names match as they are, and a column not in the table is an error. */
  DOSON_CTR_CSV_HEADER_STRICT = 0,
  /* Names match with the blanks around them stripped and in any ASCII
   * case. */
  DOSON_CTR_CSV_HEADER_ANY_CASE = 1 << 0,
  /* A column not in the table is ignored. */
  DOSON_CTR_CSV_HEADER_OTHER_COLUMNS = 1 << 1
} DosonCtrCsvHeaderFlags;

/*
 * Reads the header (as _doson_ctr_csv_reader_read_header() does) and finds
 * in it the @n_columns @columns: @where[c] is the field index of column c,
 * or -1 when the header does not name it.  Every error is
 * DOSON_CTR_ERROR_INVALID_DATA, at the header's line:
 *
 *   NAME:1: field "valeu": unknown column (expected indicator, year, value, level, source or note)
 *   NAME:1: field "Year": column "year" appears twice (fields 2 and 4)
 *   NAME:1: missing column "value" (the header must name indicator, year and value)
 *
 * A reader that lists its problems (_doson_ctr_csv_reader_collect()) lists
 * every problem of the header and returns FALSE without setting @error;
 * otherwise the first problem fails the call.  *@n_header, unless NULL,
 * is the number of the header's fields.
 */
gboolean _doson_ctr_csv_reader_read_columns (DosonCtrCsvReader       *reader,
                                             const DosonCtrCsvColumn *columns,
                                             gsize                    n_columns,
                                             DosonCtrCsvHeaderFlags   flags,
                                             gssize                  *where,
                                             gsize                   *n_header,
                                             GCancellable            *cancellable,
                                             GError                 **error);

/* Whether a record gives a value in the column at field index @column (as
 * _doson_ctr_csv_reader_read_columns() found it): the header names the
 * column (@column >= 0) and the field is not blank. */
static inline gboolean
_doson_ctr_csv_cell_given (const DosonCtrCsvField *fields,
                           gssize                  column)
{
  return column >= 0 && !_doson_ctr_csv_field_is_blank (&fields[column]);
}

/*
 * Whether the current record has as many fields as the header; otherwise
 * DOSON_CTR_ERROR_PARSE (a field more or less changes which column every
 * later value is read as) naming the first field past the shorter of the
 * two:
 *
 *   NAME:LINE: field 4: the record has 4 fields, the header 3 (a comma in an unquoted value?)
 *   NAME:LINE: field "value": the record has 2 fields, the header 3
 */
gboolean _doson_ctr_csv_reader_check_width (DosonCtrCsvReader *reader,
                                            GError           **error);

G_END_DECLS

#endif /* DOSON_CTR_CSV_COLUMNS_PRIVATE_H */
