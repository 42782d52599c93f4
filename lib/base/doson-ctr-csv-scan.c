/* doson-ctr-csv-scan.c: the CSV reader's scanner, which cuts the records
 * out of the blocks it reads
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
 *
 * The same masks let a hot loop take such records a batch at a time
 * without the reader (_doson_ctr_csv_reader_split_plain()): their fields
 * as spans, nothing written, so that a record the caller gives back is
 * read by _doson_ctr_csv_reader_next() as if the batch had never been.
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "base/doson-ctr-csv-reader-private.h"

/* Byte classes outside quotes: 0 plain, 1 comma, 2 quote, 3 CR, 4 LF,
 * 5 a byte that needs UTF-8 validation (>= 0x80, or NUL). */
enum { PLAIN_COMMA = 1, PLAIN_QUOTE, PLAIN_CR, PLAIN_LF, PLAIN_HIGH };
/* Inside quotes: 0 data, 1 quote, 2 CR, 3 LF, 4 needs validation. */
enum { QUOTED_QUOTE = 1, QUOTED_CR, QUOTED_LF, QUOTED_HIGH };

static guint8 plain_class[256];
static guint8 quoted_class[256];

void
_doson_ctr_csv_scan_init (void)
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
gboolean
_doson_ctr_csv_scan_refill (DosonCtrCsvReader *reader,
        GCancellable      *cancellable,
        GError           **error)
{
  g_autoptr(GError) local_error = NULL;
  gssize n;
  gsize want;

  g_return_val_if_fail (!reader->borrowed, FALSE);

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
count_lines_slowly (const char *from,
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

guint64
_doson_ctr_csv_count_lf (const char *data,
                         gsize       len,
                         gboolean   *has_cr,
                         gboolean   *has_quote)
{
  guint64 n = 0;
  gsize i = 0;
  gboolean cr = FALSE, quote = FALSE;
#ifdef __SSE2__
  const __m128i lf_bytes = _mm_set1_epi8 ('\n');
  const __m128i cr_bytes = _mm_set1_epi8 ('\r');
  const __m128i quote_bytes = _mm_set1_epi8 ('"');
  const __m128i zero = _mm_setzero_si128 ();
  __m128i seen = zero;

  /* Sixteen bytes at a time, each byte of @counts counting the LFs in its
   * lane (a match is -1, so subtracting it adds one) for at most 255
   * blocks, then summed; @seen gathers the CRs and quotes. */
  while (i + 16 <= len)
    {
      __m128i counts = zero;
      gsize end = MIN (len - (len - i) % 16, i + 255 * 16);

      for (; i < end; i += 16)
        {
          __m128i block = _mm_loadu_si128 ((const __m128i *) (data + i));

          counts = _mm_sub_epi8 (counts, _mm_cmpeq_epi8 (block, lf_bytes));
          seen = _mm_or_si128 (seen, _mm_or_si128 (_mm_cmpeq_epi8 (block, cr_bytes),
                                                   _mm_cmpeq_epi8 (block, quote_bytes)));
        }
      counts = _mm_sad_epu8 (counts, zero);
      n += (guint64) _mm_cvtsi128_si32 (counts) + (guint64) _mm_extract_epi16 (counts, 4);
    }
  /* Which of the two was seen, if either: asked of the bytes again. */
  if (_mm_movemask_epi8 (seen) != 0)
    {
      cr = memchr (data, '\r', i) != NULL;
      quote = memchr (data, '"', i) != NULL;
    }
#endif
  for (; i < len; i++)
    {
      n += data[i] == '\n';
      cr |= data[i] == '\r';
      quote |= data[i] == '"';
    }
  *has_cr = cr;
  *has_quote = quote;
  return n;
}

guint64
_doson_ctr_csv_count_lines (const char *data,
                            gsize       len)
{
  gboolean cr, quote;
  guint64 n = _doson_ctr_csv_count_lf (data, len, &cr, &quote);

  /* With a CR, CRLF and a lone CR are one line break each. */
  return cr ? count_lines_slowly (data, data + len) : n;
}

static gboolean
grow_fields (DosonCtrCsvReader *reader,
             guint64            line,
             GError           **error)
{
  if (reader->n_fields_alloc >= DOSON_CTR_CSV_MAX_FIELDS)
    {
      _doson_ctr_csv_reader_problem (reader, error, DOSON_CTR_ERROR_LIMIT, line, -1,
                "more than %d fields in a record", DOSON_CTR_CSV_MAX_FIELDS);
      return FALSE;
    }
  reader->n_fields_alloc = MIN (reader->n_fields_alloc * 2, DOSON_CTR_CSV_MAX_FIELDS);
  reader->fields = g_renew (DosonCtrCsvField, reader->fields, reader->n_fields_alloc);
  return TRUE;
}

#ifdef __SSE2__
/* The masks of the 64 bytes at @p, a bit a byte: commas, carriage returns
 * and what needs the general scanner (quotes, NUL, bytes >= 0x80), up to
 * the sixteen-byte block that holds the first line feed (the bytes after
 * it are not looked at); returns the mask of line feeds in that block,
 * 0 when the window holds none. */
static inline guint64
plain_window (const char *p,
              guint64    *commas,
              guint64    *crs,
              guint64    *others)
{
  const __m128i comma = _mm_set1_epi8 (',');
  const __m128i lf = _mm_set1_epi8 ('\n');
  const __m128i cr = _mm_set1_epi8 ('\r');
  const __m128i quote = _mm_set1_epi8 ('"');
  const __m128i nul = _mm_setzero_si128 ();
  int k;

  *commas = *crs = *others = 0;
  for (k = 0; k < 4; k++)
    {
      __m128i v = _mm_loadu_si128 ((const __m128i *) (p + 16 * k));
      int shift = 16 * k;
      guint lf_k = (guint) _mm_movemask_epi8 (_mm_cmpeq_epi8 (v, lf));

      *commas |= (guint64) (guint) _mm_movemask_epi8 (_mm_cmpeq_epi8 (v, comma)) << shift;
      *crs |= (guint64) (guint) _mm_movemask_epi8 (_mm_cmpeq_epi8 (v, cr)) << shift;
      *others |= (guint64) (guint) (_mm_movemask_epi8 (_mm_or_si128 (_mm_cmpeq_epi8 (v, quote),
                                                                     _mm_cmpeq_epi8 (v, nul)))
                                    | _mm_movemask_epi8 (v)) << shift;
      if (lf_k != 0)
        return (guint64) lf_k << shift;
    }
  return 0;
}

/* The common record, whole in a 64-byte window: unquoted ASCII fields
 * without NUL, ended by LF or CRLF.  One pass of SSE2 compares
 * (plain_window()) gives the masks of commas, line feeds, carriage
 * returns and anything else that needs the general scanner; the fields
 * are then cut at the commas before the first line feed.  Returns FALSE,
 * having changed nothing, for any other record, which the general scanner
 * then reads. */
static gboolean
scan_plain_record (DosonCtrCsvReader *reader,
                   char              *p)
{
  char *e = reader->buf + reader->end;
  guint64 commas, lfs, crs, others;
  guint64 below, cm;
  guint64 line = reader->line;
  int lf_pos, content;
  gsize nf, start;

  lfs = plain_window (p, &commas, &crs, &others);
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

  /* The fields end at the commas before the content's end and at that end
 * (content < 64).  At most 64 fields in 64 bytes: the field array has
 * room for them. */
  cm = (commas & ((G_GUINT64_CONSTANT (1) << content) - 1))
       | G_GUINT64_CONSTANT (1) << content;
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

gsize
_doson_ctr_csv_reader_split_plain (DosonCtrCsvReader *reader,
                                   gsize              n_fields,
                                   DosonCtrCsvSpan   *spans,
                                   gsize             *ends,
                                   gsize              max_records)
{
#ifdef __SSE2__
  const char *base = reader->buf + reader->pos;
  const char *e = reader->buf + reader->end;
  const char *p = base;
  gsize r = 0;

  g_return_val_if_fail (n_fields >= 2, 0);

  if (!reader->bom_checked)
    return 0;
  /* Until the data's end: a window that starts before it ends at most 63
   * bytes past it, in the slack. */
  while (r < max_records && p < e)
    {
      guint64 commas, crs, others;
      guint64 lfs = plain_window (p, &commas, &crs, &others);
      guint64 below, cm;
      DosonCtrCsvSpan *f = spans + r * n_fields;
      gsize k, start = 0;
      int lf_pos;

      if (lfs == 0)
        break;
      lf_pos = __builtin_ctzll (lfs);
      below = (G_GUINT64_CONSTANT (1) << lf_pos) - 1;
      /* Not the sentinel; nothing for the general scanner, no CR; not
       * too long. */
      if (p + lf_pos >= e || ((others | crs) & below) != 0
          || (gsize) lf_pos > reader->max_record)
        break;
      /* As many fields as asked, so not an empty line (counted as they
       * are cut: without POPCNT, a count is a call). */
      cm = commas & below;
      for (k = 0; k + 1 < n_fields && cm != 0; k++)
        {
          int pos = __builtin_ctzll (cm);

          f[k].text = p + start;
          f[k].len = (gsize) pos - start;
          start = (gsize) pos + 1;
          cm &= cm - 1;
        }
      if (k + 1 < n_fields || cm != 0)
        break;
      f[k].text = p + start;
      f[k].len = (gsize) lf_pos - start;
      p += lf_pos + 1;
      ends[r++] = (gsize) (p - base);
    }
  return r;
#else
  return 0;
#endif
}

void
_doson_ctr_csv_reader_skip_plain (DosonCtrCsvReader *reader,
                                  gsize              n_bytes,
                                  gsize              n_records)
{
  g_return_if_fail (n_bytes <= reader->end - reader->pos);

  reader->pos += n_bytes;
  reader->line += n_records;
}

/* Where the general scanner is in the buffer. */
typedef struct
{
  char    *p;       /* the next byte */
  char    *e;       /* the end of the data (a sentinel is there) */
  gboolean eof;     /* no more data after e */
  guint64  line;    /* the physical line of p */
  gboolean high;    /* a byte that needs UTF-8 validation was seen */
} Cursor;

/* Moves past the blank lines, which are not records: SCAN_RECORD when a
 * record starts at c->p. */
static inline ScanResult
skip_blank_lines (DosonCtrCsvReader *reader,
                  Cursor            *c)
{
  for (;;)
    {
      if (c->p == c->e)
        return c->eof ? SCAN_END : SCAN_NEED_MORE;
      if (*c->p == '\n')
        c->p++;
      else if (*c->p == '\r')
        {
          if (c->p + 1 == c->e && !c->eof)
            return SCAN_NEED_MORE;
          c->p++;
          if (c->p < c->e && *c->p == '\n')
            c->p++;
        }
      else
        return SCAN_RECORD;
      c->line++;
      reader->pos = c->p - reader->buf;
      reader->line = c->line;
    }
}

/* Scans the quoted field @f, number @nf from 1, whose opening quote is at
 * c->p: SCAN_RECORD once it is read, up to its delimiter. */
static inline ScanResult
scan_quoted_field (DosonCtrCsvReader *reader,
                   Cursor            *c,
                   DosonCtrCsvField  *f,
                   gsize              nf,
                   GError           **error)
{
  char *s = ++c->p;
  gboolean escaped = FALSE;

  for (;;)
    {
      guint8 k;

      while ((k = quoted_class[(guchar) *c->p]) == 0)
        c->p++;
      if (c->p == c->e)
        {
          if (!c->eof)
            return SCAN_NEED_MORE;
          reader->n_fields = nf;
          _doson_ctr_csv_reader_problem (reader, error, DOSON_CTR_ERROR_PARSE,
                                         f->line, nf - 1,
                                         "unterminated quoted field");
          return SCAN_ERROR;
        }
      if (k == QUOTED_QUOTE)
        {
          if (c->p + 1 == c->e && !c->eof)
            return SCAN_NEED_MORE;
          if (c->p + 1 < c->e && c->p[1] == '"')
            {
              escaped = TRUE;
              c->p += 2;
              continue;
            }
          break;
        }
      if (k == QUOTED_LF)
        {
          c->p++;
          c->line++;
        }
      else if (k == QUOTED_CR)
        {
          if (c->p + 1 == c->e && !c->eof)
            return SCAN_NEED_MORE;
          c->p++;
          if (c->p < c->e && *c->p == '\n')
            c->p++;
          c->line++;
        }
      else
        {
          c->high = TRUE;
          c->p++;
        }
    }

  f->text = s;
  f->len = c->p - s;
  f->quoted = escaped ? 2 : 1;
  c->p++;   /* the closing quote */

  if (c->p == c->e && !c->eof)
    return SCAN_NEED_MORE;
  if (c->p < c->e && *c->p != ',' && *c->p != '\r' && *c->p != '\n')
    {
      reader->n_fields = nf;
      _doson_ctr_csv_reader_problem (reader, error, DOSON_CTR_ERROR_PARSE,
                                     c->line, nf - 1,
                                     "unexpected text after the closing quote");
      return SCAN_ERROR;
    }
  return SCAN_RECORD;
}

/* Scans the unquoted field @f, number @nf from 1, which starts at c->p:
 * SCAN_RECORD once it is read, up to its delimiter. */
static inline ScanResult
scan_plain_field (DosonCtrCsvReader *reader,
                  Cursor            *c,
                  DosonCtrCsvField  *f,
                  gsize              nf,
                  GError           **error)
{
  char *s = c->p;
  guint8 k;

  for (;;)
    {
      c->p = find_plain_special (c->p);
      k = plain_class[(guchar) *c->p];
      if (k != PLAIN_HIGH || c->p == c->e)
        break;
      c->high = TRUE;
      c->p++;
    }
  if (k == PLAIN_QUOTE)
    {
      reader->n_fields = nf;
      _doson_ctr_csv_reader_problem (reader, error, DOSON_CTR_ERROR_PARSE,
                                     c->line, nf - 1,
                                     "a quote inside an unquoted field "
                                     "(quote the whole field and double the "
                                     "quote)");
      return SCAN_ERROR;
    }
  if (c->p == c->e && !c->eof)
    return SCAN_NEED_MORE;
  f->text = s;
  f->len = c->p - s;
  f->quoted = FALSE;
  return SCAN_RECORD;
}

/* Checks the record [@rec, @content_end) of @nf fields that starts on
 * @rec_line (its length; its UTF-8 when @high), then unescapes and
 * NUL-terminates its fields. */
static ScanResult
finish_record (DosonCtrCsvReader *reader,
               char              *rec,
               char              *content_end,
               guint64            rec_line,
               gsize              nf,
               gboolean           high,
               GError           **error)
{
  gsize i;

  reader->n_fields = nf;
  reader->record_line = rec_line;

  if ((gsize) (content_end - rec) > reader->max_record)
    {
      _doson_ctr_csv_reader_problem (reader, error, DOSON_CTR_ERROR_LIMIT,
                                     rec_line, -1,
                                     "record longer than %" G_GSIZE_FORMAT
                                     " bytes", reader->max_record);
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
          _doson_ctr_csv_reader_problem (reader, error, DOSON_CTR_ERROR_PARSE,
                                         rec_line + count_lines_slowly (rec, bad), k,
                                         *bad == '\0' ? "a NUL byte"
                                                      : "invalid UTF-8");
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
              char ch = *r++;

              *w++ = ch;
              if (ch == '"')
                r++;
            }
          f->len = w - f->text;
          f->quoted = TRUE;
        }
      f->text[f->len] = '\0';
    }
  return SCAN_RECORD;
}

/* Scans one record from reader->pos without changing the buffer until the
 * record is known to be complete; then unescapes and NUL-terminates its
 * fields and moves past it. */
ScanResult
_doson_ctr_csv_scan_record (DosonCtrCsvReader *reader,
                            GError           **error)
{
  Cursor c = { reader->buf + reader->pos, reader->buf + reader->end,
               reader->eof, reader->line, FALSE };
  ScanResult result;
  char *rec, *content_end;
  guint64 rec_line;
  gsize nf = 0;

  result = skip_blank_lines (reader, &c);
  if (result != SCAN_RECORD)
    return result;

#ifdef __SSE2__
  if (scan_plain_record (reader, c.p))
    return SCAN_RECORD;
#endif

  rec = c.p;
  rec_line = c.line;
  for (;;)
    {
      DosonCtrCsvField *f;

      if (nf == reader->n_fields_alloc && !grow_fields (reader, rec_line, error))
        return SCAN_ERROR;
      f = &reader->fields[nf++];
      f->line = c.line;
      if (*c.p == '"' && c.p < c.e)
        result = scan_quoted_field (reader, &c, f, nf, error);
      else
        result = scan_plain_field (reader, &c, f, nf, error);
      if (result != SCAN_RECORD)
        return result;

      /* The delimiter: a comma, a line break or the end of the input. */
      content_end = c.p;
      if (c.p == c.e)
        break;
      if (*c.p == ',')
        {
          c.p++;
          continue;
        }
      if (*c.p == '\r' && c.p + 1 == c.e && !c.eof)
        return SCAN_NEED_MORE;
      if (*c.p++ == '\r' && c.p < c.e && *c.p == '\n')
        c.p++;
      c.line++;
      break;
    }

  result = finish_record (reader, rec, content_end, rec_line, nf, c.high,
                          error);
  if (result != SCAN_RECORD)
    return result;
  reader->pos = c.p - reader->buf;
  reader->line = c.line;
  return SCAN_RECORD;
}
