/* doson-ctr-csv.c: a streaming RFC 4180 CSV reader
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The reader object: its buffer and header, its errors, and records one
 * after the other from the scanner (doson-ctr-csv-scan.c).
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <stdarg.h>
#include <string.h>

#include "base/doson-ctr-csv-reader-private.h"

DosonCtrCsvReader *
_doson_ctr_csv_reader_new (GInputStream *stream,
                           const char   *name)
{
  DosonCtrCsvReader *reader;

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  _doson_ctr_csv_scan_init ();

  reader = g_new0 (DosonCtrCsvReader, 1);
  reader->stream = g_object_ref (stream);
  reader->name = g_strdup (name);
  reader->separator = ',';
  reader->block_size = DOSON_CTR_CSV_BLOCK_SIZE;
  reader->max_record = DOSON_CTR_CSV_MAX_RECORD;
  reader->line = 1;
  reader->n_fields_alloc = 64;   /* scan_plain_record() relies on it */
  reader->fields = g_new (DosonCtrCsvField, reader->n_fields_alloc);

  return reader;
}

DosonCtrCsvReader *
_doson_ctr_csv_reader_new_for_path (const char  *path,
                                    GError     **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  file = g_file_new_for_path (path);
  stream = g_file_read (file, NULL, &local_error);
  if (stream == NULL)
    {
      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_IO, "%s: cannot open: %s",
                   path, local_error->message);
      return NULL;
    }
  name = g_filename_display_name (path);
  return _doson_ctr_csv_reader_new (G_INPUT_STREAM (stream), name);
}

DosonCtrCsvReader *
_doson_ctr_csv_reader_new_continuation (DosonCtrCsvReader *parent,
                                        GInputStream      *stream,
                                        guint64            first_line)
{
  DosonCtrCsvReader *reader;
  gsize i;

  g_return_val_if_fail (parent != NULL, NULL);
  g_return_val_if_fail (first_line >= 1, NULL);

  reader = _doson_ctr_csv_reader_new (stream, parent->name);
  reader->separator = parent->separator;
  reader->block_size = parent->block_size;
  reader->max_record = parent->max_record;
  reader->bom_checked = TRUE;    /* a byte order mark only starts a file */
  reader->line = first_line;
  reader->n_header = parent->n_header;
  reader->header = g_new (char *, MAX (parent->n_header, 1));
  for (i = 0; i < parent->n_header; i++)
    reader->header[i] = g_strdup (parent->header[i]);
  return reader;
}

DosonCtrCsvReader *
_doson_ctr_csv_reader_new_for_data (DosonCtrCsvReader *parent,
                                    char              *data,
                                    gsize              len,
                                    guint64            first_line)
{
  DosonCtrCsvReader *reader;
  gsize i;

  g_return_val_if_fail (parent != NULL, NULL);
  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (first_line >= 1, NULL);

  reader = g_new0 (DosonCtrCsvReader, 1);
  reader->name = g_strdup (parent->name);
  reader->separator = parent->separator;
  reader->block_size = parent->block_size;
  reader->max_record = parent->max_record;
  reader->bom_checked = TRUE;    /* a byte order mark only starts a file */
  reader->line = first_line;
  reader->n_fields_alloc = 64;   /* scan_plain_record() relies on it */
  reader->fields = g_new (DosonCtrCsvField, reader->n_fields_alloc);
  reader->n_header = parent->n_header;
  reader->header = g_new (char *, MAX (parent->n_header, 1));
  for (i = 0; i < parent->n_header; i++)
    reader->header[i] = g_strdup (parent->header[i]);

  /* All the data at once, with the sentinel and slack the scanner wants
   * (as _doson_ctr_csv_scan_refill() leaves them). */
  reader->borrowed = TRUE;
  reader->buf = data;
  reader->cap = len;
  reader->end = len;
  reader->eof = TRUE;
  reader->buf[len] = '\n';
  memset (reader->buf + len + 1, 0, DOSON_CTR_CSV_SLACK - 1);
  return reader;
}

void
_doson_ctr_csv_reader_take_rest (DosonCtrCsvReader *reader,
                                 GByteArray        *rest,
                                 gboolean          *eof,
                                 guint64           *line)
{
  g_return_if_fail (reader != NULL && rest != NULL);

  if (reader->buf != NULL && reader->end > reader->pos)
    g_byte_array_append (rest, (const guint8 *) reader->buf + reader->pos,
                         (guint) (reader->end - reader->pos));
  reader->pos = reader->end;
  *eof = reader->eof;
  *line = reader->line;
}

guint64
_doson_ctr_csv_reader_get_next_line (DosonCtrCsvReader *reader)
{
  g_return_val_if_fail (reader != NULL, 0);

  return reader->line;
}

void
_doson_ctr_csv_reader_free (DosonCtrCsvReader *reader)
{
  gsize i;

  if (reader == NULL)
    return;

  g_clear_object (&reader->stream);
  g_free (reader->name);
  if (!reader->borrowed)
    g_free (reader->buf);
  g_free (reader->fields);
  for (i = 0; i < reader->n_header; i++)
    g_free (reader->header[i]);
  g_free (reader->header);
  _doson_ctr_problems_clear (&reader->problems);
  g_free (reader);
}

void
_doson_ctr_csv_reader_collect (DosonCtrCsvReader *reader,
                               GPtrArray         *problems)
{
  g_return_if_fail (reader != NULL);

  reader->problems.list = problems;
}

gboolean
_doson_ctr_csv_reader_carry_on (DosonCtrCsvReader  *reader,
                                GError            **error)
{
  g_return_val_if_fail (reader != NULL, FALSE);

  return _doson_ctr_problems_carry_on (&reader->problems, error);
}

void
_doson_ctr_csv_reader_stop (DosonCtrCsvReader *reader,
                            const GError      *error)
{
  g_return_if_fail (reader != NULL);

  _doson_ctr_problems_stop (&reader->problems, reader->name, error);
}

void
_doson_ctr_csv_reader_set_block_size (DosonCtrCsvReader *reader,
                                      gsize              block_size)
{
  g_return_if_fail (reader != NULL);
  g_return_if_fail (block_size >= 1);
  g_return_if_fail (reader->buf == NULL);

  reader->block_size = block_size;
}

void
_doson_ctr_csv_reader_set_max_record (DosonCtrCsvReader *reader,
                                      gsize              max_record)
{
  g_return_if_fail (reader != NULL);
  g_return_if_fail (max_record >= 1);
  g_return_if_fail (reader->buf == NULL);

  reader->max_record = max_record;
}

void
_doson_ctr_csv_reader_set_first_line (DosonCtrCsvReader *reader,
                                      guint64            line)
{
  g_return_if_fail (reader != NULL);
  g_return_if_fail (line >= 1);
  g_return_if_fail (reader->buf == NULL);

  reader->line = line;
}

void
_doson_ctr_csv_reader_set_separator (DosonCtrCsvReader *reader,
                                     char               separator)
{
  g_return_if_fail (reader != NULL);

  reader->separator = separator;
}

const char *
_doson_ctr_csv_reader_get_name (DosonCtrCsvReader *reader)
{
  g_return_val_if_fail (reader != NULL, NULL);

  return reader->name;
}

guint64
_doson_ctr_csv_reader_get_line (DosonCtrCsvReader *reader)
{
  g_return_val_if_fail (reader != NULL, 0);

  return reader->record_line;
}

gsize
_doson_ctr_csv_reader_get_width (DosonCtrCsvReader *reader)
{
  g_return_val_if_fail (reader != NULL, 0);

  return reader->n_header;
}

guint64
_doson_ctr_csv_reader_get_consumed (DosonCtrCsvReader *reader,
                                    guint64            n_read)
{
  g_return_val_if_fail (reader != NULL, 0);

  if (n_read < reader->end - reader->pos)
    return 0;
  return n_read - (reader->end - reader->pos);
}

char *
_doson_ctr_csv_reader_locate (DosonCtrCsvReader *reader)
{
  char digits[24];
  char *p = digits + sizeof digits;
  gsize name_len, n_digits;
  guint64 line;
  char *where;

  g_return_val_if_fail (reader != NULL, NULL);

  /* The decimal digits of the line by hand: a printf costs more than the
   * rest of a row. */
  line = reader->record_line;
  do
    *--p = (char) ('0' + line % 10);
  while ((line /= 10) != 0);
  n_digits = (gsize) (digits + sizeof digits - p);
  name_len = strlen (reader->name);
  where = g_malloc (name_len + 1 + n_digits + 1);
  memcpy (where, reader->name, name_len);
  where[name_len] = ':';
  memcpy (where + name_len + 1, p, n_digits);
  where[name_len + 1 + n_digits] = '\0';
  return where;
}

const char *
_doson_ctr_csv_reader_get_column_name (DosonCtrCsvReader *reader,
                                       gsize              index)
{
  g_return_val_if_fail (reader != NULL, NULL);

  return index < reader->n_header ? reader->header[index] : NULL;
}

static void
set_error_at (DosonCtrCsvReader *reader,
              GError           **error,
              gint               code,
              guint64            line,
              gssize             field_index,
              const char        *format,
              va_list            args) G_GNUC_PRINTF (6, 0);

/* Reports a problem at @line, about field @field_index (from 0) when it
 * is not -1: the field is named by the header's name for its column, or
 * by its number when the header has none. */
static void
set_error_at (DosonCtrCsvReader *reader,
              GError           **error,
              gint               code,
              guint64            line,
              gssize             field_index,
              const char        *format,
              va_list            args)
{
  g_autofree char *message = g_strdup_vprintf (format, args);
  g_autofree char *number = NULL;
  DosonCtrFieldKind kind = DOSON_CTR_FIELD_NONE;
  const char *field = NULL;

  if (field_index >= 0)
    {
      field = _doson_ctr_csv_reader_get_column_name (reader, field_index);
      kind = DOSON_CTR_FIELD_CSV_COLUMN;
      if (field == NULL)
        {
          field = number = g_strdup_printf ("%" G_GSIZE_FORMAT,
                                            (gsize) field_index + 1);
          kind = DOSON_CTR_FIELD_CSV_NUMBER;
        }
    }
  _doson_ctr_problems_report (&reader->problems, error,
                              _doson_ctr_diagnostic_new (code, reader->name,
                                                         (guint) MIN (line, G_MAXUINT),
                                                         0, kind, field,
                                                         message));
}

void
_doson_ctr_csv_reader_problem (DosonCtrCsvReader *reader,
                               GError           **error,
                               gint               code,
                               guint64            line,
                               gssize             field_index,
                               const char        *format,
                               ...)
{
  va_list args;

  va_start (args, format);
  set_error_at (reader, error, code, line, field_index, format, args);
  va_end (args);
}

void
_doson_ctr_csv_reader_field_error (DosonCtrCsvReader *reader,
                                   GError           **error,
                                   gint               code,
                                   gsize              index,
                                   const char        *format,
                                   ...)
{
  va_list args;
  guint64 line;

  g_return_if_fail (reader != NULL);

  line = index < reader->n_fields ? reader->fields[index].line : reader->record_line;
  va_start (args, format);
  set_error_at (reader, error, code, line, (gssize) index, format, args);
  va_end (args);
}

void
_doson_ctr_csv_reader_record_error (DosonCtrCsvReader *reader,
                                    GError           **error,
                                    gint               code,
                                    const char        *format,
                                    ...)
{
  va_list args;

  g_return_if_fail (reader != NULL);

  va_start (args, format);
  set_error_at (reader, error, code, reader->record_line, -1, format, args);
  va_end (args);
}


DosonCtrCsvRead
_doson_ctr_csv_reader_next (DosonCtrCsvReader  *reader,
                            DosonCtrCsvField  **fields,
                            gsize              *n_fields,
                            GCancellable       *cancellable,
                            GError            **error)
{
  g_return_val_if_fail (reader != NULL, DOSON_CTR_CSV_READ_ERROR);
  g_return_val_if_fail (fields != NULL, DOSON_CTR_CSV_READ_ERROR);
  g_return_val_if_fail (n_fields != NULL, DOSON_CTR_CSV_READ_ERROR);
  g_return_val_if_fail (error == NULL || *error == NULL, DOSON_CTR_CSV_READ_ERROR);

  reader->n_fields = 0;

  if (!reader->bom_checked)
    {
      while (reader->end - reader->pos < 3 && !reader->eof)
        if (!_doson_ctr_csv_scan_refill (reader, cancellable, error))
          return DOSON_CTR_CSV_READ_ERROR;
      if (reader->end - reader->pos >= 3
          && memcmp (reader->buf + reader->pos, "\xEF\xBB\xBF", 3) == 0)
        reader->pos += 3;
      reader->bom_checked = TRUE;
    }

  for (;;)
    {
      switch (_doson_ctr_csv_scan_record (reader, error))
        {
        case SCAN_RECORD:
          if (reader->header == NULL)
            {
              gsize i;

              reader->n_header = reader->n_fields;
              reader->header = g_new (char *, reader->n_fields);
              for (i = 0; i < reader->n_fields; i++)
                reader->header[i] = g_strndup (reader->fields[i].text,
                                               reader->fields[i].len);
            }
          *fields = reader->fields;
          *n_fields = reader->n_fields;
          return DOSON_CTR_CSV_READ_RECORD;

        case SCAN_END:
          return DOSON_CTR_CSV_READ_END;

        case SCAN_ERROR:
          return DOSON_CTR_CSV_READ_ERROR;

        case SCAN_NEED_MORE:
        default:
          break;
        }

      if (reader->end - reader->pos > reader->max_record)
        {
          _doson_ctr_csv_reader_problem (reader, error, DOSON_CTR_ERROR_LIMIT, reader->line, -1,
                    "record longer than %" G_GSIZE_FORMAT " bytes", reader->max_record);
          return DOSON_CTR_CSV_READ_ERROR;
        }
      if (!_doson_ctr_csv_scan_refill (reader, cancellable, error))
        return DOSON_CTR_CSV_READ_ERROR;
    }
}

gboolean
_doson_ctr_csv_reader_read_header (DosonCtrCsvReader  *reader,
                                   DosonCtrCsvField  **fields,
                                   gsize              *n_fields,
                                   GCancellable       *cancellable,
                                   GError            **error)
{
  switch (_doson_ctr_csv_reader_next (reader, fields, n_fields, cancellable, error))
    {
    case DOSON_CTR_CSV_READ_RECORD:
      return TRUE;
    case DOSON_CTR_CSV_READ_END:
      _doson_ctr_problems_report (&reader->problems, error,
                                  _doson_ctr_diagnostic_new (DOSON_CTR_ERROR_INVALID_DATA,
                                                             reader->name, 0, 0,
                                                             DOSON_CTR_FIELD_NONE,
                                                             NULL,
                                                             "empty file, expected a header"));
      return FALSE;
    case DOSON_CTR_CSV_READ_ERROR:
    default:
      return FALSE;
    }
}

