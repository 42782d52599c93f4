/* doson-ctr-csv.c: a streaming RFC 4180 CSV reader
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The reader reads the stream in large blocks and tokenises each record in
 * place: a field is a view into the block, NUL-terminated by overwriting
 * the delimiter after it, and a quoted field with "" escapes is unescaped
 * where it lies.  A record cut by the end of a block is moved to the start
 * of the buffer and scanned again once the next block is in, so nothing is
 * allocated per record.  UTF-8 is validated only for records holding a
 * byte outside ASCII, which the scanner notices as it goes.
 *
 * With SSE2 (every x86-64), a record of plain ASCII fields that fits in 64
 * bytes, the usual row of a data file, is cut from bit masks of one pass
 * of vector compares (scan_plain_record()); every other record, and every
 * record without SSE2, goes through the general byte scanner, which skips
 * over plain bytes sixteen at a time where it can.
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <errno.h>
#include <stdlib.h>
#include <math.h>
#include <stdarg.h>
#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "base/doson-ctr-private.h"
#include "formats/doson-ctr-csv-private.h"

/* Bytes after the data that the scanner may read: a sentinel and, for the
 * 64-byte window of scan_plain_record(), 63 more. */
#define SLACK 64

/* The first buffer holds this much (or a block, if that is smaller).  It
 * doubles while reads fill it, up to a block, so that a short input costs
 * a short buffer and a long one is soon read a whole block at a time. */
#define FIRST_CAP 4096

struct _DosonCtrCsvReader
{
  GInputStream     *stream;
  char             *name;

  char             *buf;          /* cap + SLACK bytes */
  gsize             cap;
  gsize             pos;          /* start of the unread data */
  gsize             end;          /* end of the data read */
  gboolean          eof;
  gboolean          last_read_filled;
  gboolean          bom_checked;
  guint64           line;         /* physical line at pos */
  guint64           record_line;  /* where the current record starts */

  gsize             block_size;
  gsize             max_record;

  DosonCtrCsvField *fields;
  gsize             n_fields_alloc;
  gsize             n_fields;     /* of the current record */

  char            **header;       /* the first record's fields */
  gsize             n_header;

  DosonCtrProblems  problems;
};

typedef enum
{
  SCAN_RECORD,
  SCAN_END,
  SCAN_NEED_MORE,
  SCAN_ERROR
} ScanResult;

/* Byte classes outside quotes: 0 plain, 1 comma, 2 quote, 3 CR, 4 LF,
 * 5 a byte that needs UTF-8 validation (>= 0x80, or NUL). */
enum { PLAIN_COMMA = 1, PLAIN_QUOTE, PLAIN_CR, PLAIN_LF, PLAIN_HIGH };
/* Inside quotes: 0 data, 1 quote, 2 CR, 3 LF, 4 needs validation. */
enum { QUOTED_QUOTE = 1, QUOTED_CR, QUOTED_LF, QUOTED_HIGH };

static guint8 plain_class[256];
static guint8 quoted_class[256];

static void
init_classes (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      int c;

      for (c = 0x80; c < 0x100; c++)
        {
          plain_class[c] = PLAIN_HIGH;
          quoted_class[c] = QUOTED_HIGH;
        }
      plain_class[0] = PLAIN_HIGH;
      quoted_class[0] = QUOTED_HIGH;
      plain_class[','] = PLAIN_COMMA;
      plain_class['"'] = PLAIN_QUOTE;
      plain_class['\r'] = PLAIN_CR;
      plain_class['\n'] = PLAIN_LF;
      quoted_class['"'] = QUOTED_QUOTE;
      quoted_class['\r'] = QUOTED_CR;
      quoted_class['\n'] = QUOTED_LF;
      g_once_init_leave (&done, 1);
    }
}

DosonCtrCsvReader *
_doson_ctr_csv_reader_new (GInputStream *stream,
                           const char   *name)
{
  DosonCtrCsvReader *reader;

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  init_classes ();

  reader = g_new0 (DosonCtrCsvReader, 1);
  reader->stream = g_object_ref (stream);
  reader->name = g_strdup (name);
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

void
_doson_ctr_csv_reader_free (DosonCtrCsvReader *reader)
{
  gsize i;

  if (reader == NULL)
    return;

  g_object_unref (reader->stream);
  g_free (reader->name);
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

static void
error_at (DosonCtrCsvReader *reader,
          GError           **error,
          gint               code,
          guint64            line,
          gssize             field_index,
          const char        *format,
          ...) G_GNUC_PRINTF (6, 7);

static void
error_at (DosonCtrCsvReader *reader,
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
_doson_ctr_csv_reader_error_at (DosonCtrCsvReader *reader,
                                GError           **error,
                                gint               code,
                                guint64            line,
                                gsize              index,
                                const char        *format,
                                ...)
{
  va_list args;

  g_return_if_fail (reader != NULL);

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

/* The first byte at or after @p that ends or interrupts an unquoted field
 * (comma, quote, CR, LF) or needs UTF-8 validation (>= 0x80, NUL): with
 * SSE2, sixteen bytes at a time. The sentinel guarantees one. */
static inline char *
find_plain_special (char *p)
{
#ifdef __SSE2__
  const __m128i comma = _mm_set1_epi8 (',');
  const __m128i quote = _mm_set1_epi8 ('"');
  const __m128i cr = _mm_set1_epi8 ('\r');
  const __m128i lf = _mm_set1_epi8 ('\n');
  const __m128i nul = _mm_setzero_si128 ();

  for (;;)
    {
      __m128i v = _mm_loadu_si128 ((const __m128i *) p);
      __m128i m = _mm_or_si128 (_mm_or_si128 (_mm_cmpeq_epi8 (v, comma),
                                              _mm_cmpeq_epi8 (v, quote)),
                                _mm_or_si128 (_mm_cmpeq_epi8 (v, cr),
                                              _mm_cmpeq_epi8 (v, lf)));
      unsigned mask = (unsigned) _mm_movemask_epi8 (_mm_or_si128 (m, _mm_cmpeq_epi8 (v, nul)))
                      | (unsigned) _mm_movemask_epi8 (v);

      if (mask != 0)
        return p + __builtin_ctz (mask);
      p += 16;
    }
#else
  while (plain_class[(guchar) *p] == 0)
    p++;
  return p;
#endif
}

/* Moves the unread data to the start of the buffer, grows the buffer when
 * it is full, and reads one block. */
static gboolean
refill (DosonCtrCsvReader *reader,
        GCancellable      *cancellable,
        GError           **error)
{
  g_autoptr(GError) local_error = NULL;
  gssize n;
  gsize want;

  if (reader->buf == NULL)
    {
      reader->cap = MAX (MIN (reader->block_size, FIRST_CAP), 4);
      reader->buf = g_malloc (reader->cap + SLACK);
    }

  if (reader->pos > 0)
    {
      memmove (reader->buf, reader->buf + reader->pos, reader->end - reader->pos);
      reader->end -= reader->pos;
      reader->pos = 0;
    }

  /* Full: a record longer than the buffer.  Or still short of a block and
   * the last read filled it: a long input. */
  if (reader->end == reader->cap ||
      (reader->last_read_filled && reader->cap < reader->block_size))
    {
      reader->cap *= 2;
      reader->buf = g_realloc (reader->buf, reader->cap + SLACK);
    }

  /* Not every stream checks @cancellable itself. */
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  want = MIN (reader->cap - reader->end, reader->block_size);
  n = g_input_stream_read (reader->stream, reader->buf + reader->end, want,
                           cancellable, &local_error);
  if (n < 0)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_IO,
                     "%s: cannot read: %s", reader->name, local_error->message);
      return FALSE;
    }

  if (n == 0)
    reader->eof = TRUE;
  else
    reader->end += (gsize) n;
  reader->last_read_filled = (gsize) n == want;

  /* A sentinel after the data: every scanning loop stops at the end.  The
   * bytes after it are defined for the wide loads of find_plain_special()
   * and scan_plain_record().  Only the last field of the input can
   * overwrite the sentinel, with its NUL, and nothing is scanned after
   * it. */
  reader->buf[reader->end] = '\n';
  memset (reader->buf + reader->end + 1, 0, SLACK - 1);

  return TRUE;
}

/* Counts the line breaks (LF, CRLF, lone CR) in [from, to). */
static guint64
count_lines (const char *from,
             const char *to)
{
  guint64 n = 0;

  for (; from < to; from++)
    {
      if (*from == '\n')
        n++;
      else if (*from == '\r' && !(from + 1 < to && from[1] == '\n'))
        n++;
    }

  return n;
}

static gboolean
grow_fields (DosonCtrCsvReader *reader,
             guint64            line,
             GError           **error)
{
  if (reader->n_fields_alloc >= DOSON_CTR_CSV_MAX_FIELDS)
    {
      error_at (reader, error, DOSON_CTR_ERROR_LIMIT, line, -1,
                "more than %d fields in a record", DOSON_CTR_CSV_MAX_FIELDS);
      return FALSE;
    }
  reader->n_fields_alloc = MIN (reader->n_fields_alloc * 2, DOSON_CTR_CSV_MAX_FIELDS);
  reader->fields = g_renew (DosonCtrCsvField, reader->fields, reader->n_fields_alloc);
  return TRUE;
}

#ifdef __SSE2__
/* The common record, whole in a 64-byte window: unquoted ASCII fields
 * without NUL, ended by LF or CRLF.  One pass of SSE2 compares gives the
 * masks of commas, line feeds, carriage returns and anything else that
 * needs the general scanner (quotes, NUL, bytes >= 0x80); the fields are
 * then cut at the commas before the first line feed.  Returns FALSE,
 * having changed nothing, for any other record, which the general scanner
 * then reads. */
static gboolean
scan_plain_record (DosonCtrCsvReader *reader,
                   char              *p)
{
  const __m128i comma = _mm_set1_epi8 (',');
  const __m128i lf = _mm_set1_epi8 ('\n');
  const __m128i cr = _mm_set1_epi8 ('\r');
  const __m128i quote = _mm_set1_epi8 ('"');
  const __m128i nul = _mm_setzero_si128 ();
  char *e = reader->buf + reader->end;
  guint64 commas = 0, lfs = 0, crs = 0, others = 0;
  guint64 below, cm;
  guint64 line = reader->line;
  int k, lf_pos, content;
  gsize nf, start;

  for (k = 0; k < 4; k++)
    {
      __m128i v = _mm_loadu_si128 ((const __m128i *) (p + 16 * k));
      int shift = 16 * k;

      commas |= (guint64) (guint) _mm_movemask_epi8 (_mm_cmpeq_epi8 (v, comma)) << shift;
      lfs |= (guint64) (guint) _mm_movemask_epi8 (_mm_cmpeq_epi8 (v, lf)) << shift;
      crs |= (guint64) (guint) _mm_movemask_epi8 (_mm_cmpeq_epi8 (v, cr)) << shift;
      others |= (guint64) (guint) (_mm_movemask_epi8 (_mm_or_si128 (_mm_cmpeq_epi8 (v, quote),
                                                                    _mm_cmpeq_epi8 (v, nul)))
                                   | _mm_movemask_epi8 (v)) << shift;
    }

  if (lfs == 0)
    return FALSE;
  lf_pos = __builtin_ctzll (lfs);
  below = (G_GUINT64_CONSTANT (1) << lf_pos) - 1;
  if ((others & below) != 0)
    return FALSE;
  content = lf_pos;
  if ((crs & below) != 0)
    {
      if ((crs & below) != G_GUINT64_CONSTANT (1) << (lf_pos - 1))
        return FALSE;
      content = lf_pos - 1;
    }
  /* The sentinel is no line feed: at the end of the input, the record ends
   * there (unless a lone CR ends it); before it, the record may go on. */
  if (p + lf_pos == e && (!reader->eof || content != lf_pos))
    return FALSE;
  if ((gsize) content > reader->max_record)
    return FALSE;

  /* At most 64 fields in 64 bytes: the field array has room for them. */
  cm = commas & ((G_GUINT64_CONSTANT (1) << content) - 1);
  start = 0;
  nf = 0;
  while (cm != 0)
    {
      int pos = __builtin_ctzll (cm);
      DosonCtrCsvField *f = &reader->fields[nf++];

      f->text = p + start;
      f->len = pos - start;
      f->line = line;
      f->quoted = FALSE;
      p[pos] = '\0';
      start = pos + 1;
      cm &= cm - 1;
    }
  {
    DosonCtrCsvField *f = &reader->fields[nf++];

    f->text = p + start;
    f->len = content - start;
    f->line = line;
    f->quoted = FALSE;
    p[content] = '\0';
  }

  reader->n_fields = nf;
  reader->record_line = line;
  if (p + lf_pos < e)
    {
      reader->pos = (p - reader->buf) + lf_pos + 1;
      reader->line = line + 1;
    }
  else
    reader->pos = reader->end;
  return TRUE;
}
#endif

/* Scans one record from reader->pos without changing the buffer until the
 * record is known to be complete; then unescapes and NUL-terminates its
 * fields and moves past it. */
static ScanResult
scan_record (DosonCtrCsvReader *reader,
             GError           **error)
{
  char *buf = reader->buf;
  char *p = buf + reader->pos;
  char *e = buf + reader->end;
  char *rec;
  char *content_end;
  guint64 line = reader->line;
  guint64 rec_line;
  gboolean eof = reader->eof;
  gboolean high = FALSE;
  gsize nf = 0;
  gsize i;


  /* Blank lines are not records. */
  for (;;)
    {
      if (p == e)
        return eof ? SCAN_END : SCAN_NEED_MORE;
      if (*p == '\n')
        p++;
      else if (*p == '\r')
        {
          if (p + 1 == e && !eof)
            return SCAN_NEED_MORE;
          p++;
          if (p < e && *p == '\n')
            p++;
        }
      else
        break;
      line++;
      reader->pos = p - buf;
      reader->line = line;
    }

#ifdef __SSE2__
  if (scan_plain_record (reader, p))
    return SCAN_RECORD;
#endif

  rec = p;
  rec_line = line;

  for (;;)
    {
      DosonCtrCsvField *f;

      if (nf == reader->n_fields_alloc && !grow_fields (reader, rec_line, error))
        return SCAN_ERROR;
      f = &reader->fields[nf++];
      f->line = line;

      if (*p == '"' && p < e)
        {
          char *s = ++p;
          gboolean escaped = FALSE;

          for (;;)
            {
              guint8 c;

              while ((c = quoted_class[(guchar) *p]) == 0)
                p++;
              if (p == e)
                {
                  if (!eof)
                    return SCAN_NEED_MORE;
                  reader->n_fields = nf;
                  error_at (reader, error, DOSON_CTR_ERROR_PARSE, f->line, nf - 1,
                            "unterminated quoted field");
                  return SCAN_ERROR;
                }
              if (c == QUOTED_QUOTE)
                {
                  if (p + 1 == e && !eof)
                    return SCAN_NEED_MORE;
                  if (p + 1 < e && p[1] == '"')
                    {
                      escaped = TRUE;
                      p += 2;
                      continue;
                    }
                  break;
                }
              if (c == QUOTED_LF)
                {
                  p++;
                  line++;
                }
              else if (c == QUOTED_CR)
                {
                  if (p + 1 == e && !eof)
                    return SCAN_NEED_MORE;
                  p++;
                  if (p < e && *p == '\n')
                    p++;
                  line++;
                }
              else
                {
                  high = TRUE;
                  p++;
                }
            }

          f->text = s;
          f->len = p - s;
          f->quoted = escaped ? 2 : 1;
          p++;   /* the closing quote */

          if (p == e && !eof)
            return SCAN_NEED_MORE;
          if (p < e && *p != ',' && *p != '\r' && *p != '\n')
            {
              reader->n_fields = nf;
              error_at (reader, error, DOSON_CTR_ERROR_PARSE, line, nf - 1,
                        "unexpected text after the closing quote");
              return SCAN_ERROR;
            }
        }
      else
        {
          char *s = p;
          guint8 c;

          for (;;)
            {
              p = find_plain_special (p);
              c = plain_class[(guchar) *p];
              if (c != PLAIN_HIGH || p == e)
                break;
              high = TRUE;
              p++;
            }
          if (c == PLAIN_QUOTE)
            {
              reader->n_fields = nf;
              error_at (reader, error, DOSON_CTR_ERROR_PARSE, line, nf - 1,
                        "a quote inside an unquoted field "
                        "(quote the whole field and double the quote)");
              return SCAN_ERROR;
            }
          if (p == e && !eof)
            return SCAN_NEED_MORE;
          f->text = s;
          f->len = p - s;
          f->quoted = FALSE;
        }

      /* The delimiter: a comma, a line break or the end of the input. */
      if (p == e)
        {
          content_end = p;
          break;
        }
      if (*p == ',')
        {
          p++;
          continue;
        }
      content_end = p;
      if (*p == '\n')
        p++;
      else
        {
          if (p + 1 == e && !eof)
            return SCAN_NEED_MORE;
          p++;
          if (p < e && *p == '\n')
            p++;
        }
      line++;
      break;
    }

  reader->n_fields = nf;
  reader->record_line = rec_line;

  if ((gsize) (content_end - rec) > reader->max_record)
    {
      error_at (reader, error, DOSON_CTR_ERROR_LIMIT, rec_line, -1,
                "record longer than %" G_GSIZE_FORMAT " bytes", reader->max_record);
      return SCAN_ERROR;
    }

  if (high)
    {
      const char *bad;

      if (!g_utf8_validate_len (rec, content_end - rec, &bad))
        {
          gsize k = 0;

          for (i = 0; i < nf; i++)
            if (reader->fields[i].text <= bad)
              k = i;
          error_at (reader, error, DOSON_CTR_ERROR_PARSE,
                    rec_line + count_lines (rec, bad), k,
                    *bad == '\0' ? "a NUL byte" : "invalid UTF-8");
          return SCAN_ERROR;
        }
    }

  for (i = 0; i < nf; i++)
    {
      DosonCtrCsvField *f = &reader->fields[i];

      if (f->quoted == 2)
        {
          char *r = f->text;
          char *w = f->text;
          char *fe = f->text + f->len;

          while (r < fe)
            {
              char c = *r++;

              *w++ = c;
              if (c == '"')
                r++;
            }
          f->len = w - f->text;
          f->quoted = TRUE;
        }
      f->text[f->len] = '\0';
    }

  reader->pos = p - buf;
  reader->line = line;
  return SCAN_RECORD;
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
        if (!refill (reader, cancellable, error))
          return DOSON_CTR_CSV_READ_ERROR;
      if (reader->end - reader->pos >= 3
          && memcmp (reader->buf + reader->pos, "\xEF\xBB\xBF", 3) == 0)
        reader->pos += 3;
      reader->bom_checked = TRUE;
    }

  for (;;)
    {
      switch (scan_record (reader, error))
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
          error_at (reader, error, DOSON_CTR_ERROR_LIMIT, reader->line, -1,
                    "record longer than %" G_GSIZE_FORMAT " bytes", reader->max_record);
          return DOSON_CTR_CSV_READ_ERROR;
        }
      if (!refill (reader, cancellable, error))
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
