/* doson-ctr-progress-table-jobs.c: a measurements file read on several
 * threads
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * With doson_ctr_progress_table_set_jobs() above 1, the measurements are
 * read a block at a time (a few MiB per job, whatever the file's size).
 * Each block ends at a record boundary and is cut into pieces, also at
 * record boundaries; the threads parse the pieces (CSV, years, values,
 * the hash of each run of rows of one series) into runs and rows, each on
 * a CSV reader of its own; then this thread adds the runs to the table in
 * the order of the file.  So a series whose rows straddle two pieces is
 * two runs added one after the other, exactly as if read in one, and the
 * table, its order, its errors and its output are those of a read on one
 * thread, whatever the number of jobs.
 *
 * Pieces are parsed with lines counted from 1; a piece's true first line
 * is known once the pieces before it are, when its runs are added.  A
 * piece whose parse failed is parsed again on this thread from its true
 * first line, which gives the very error (and line) a serial read gives.
 *
 * A line break inside a quoted field is not a record boundary.  A block
 * without a double quote is cut at any line break; a block with one is
 * cut after the last line break preceded by an even number of quotes and
 * parsed as one piece, on one thread.
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <string.h>

#include <doson-ctr/doson-ctr-error.h>

#include "base/doson-ctr-csv-columns-private.h"
#include "maths/doson-ctr-progress-table-private.h"

/* The bytes a job parses at a time; DOSON_CTR_PROGRESS_CHUNK (bytes, for
 * tests) makes pieces smaller, so that a small file has many. */
#define PIECE_SIZE (4 * 1024 * 1024)

typedef struct
{
  gsize   id;          /* offset in the piece's ids */
  gsize   id_len;
  guint32 hash;
  guint   n_rows;
  gsize   first_row;
  guint64 line;
} PieceRun;

typedef struct
{
  const char *data;
  gsize       len;
  GArray     *runs;    /* PieceRun */
  GArray     *rows;    /* DosonCtrRunRow */
  GString    *ids;
  GError     *error;   /* the parse stopped at its first error */
  guint64     n_lines; /* lines of the piece (as counted from 1: the next line - 1) */
} Piece;

typedef struct
{
  DosonCtrProgressTable *table;
  DosonCtrCsvReader     *header;     /* the reader of the header */
  gsize                  col_series;
  gsize                  col_year;
  gsize                  col_value;
  Piece                 *pieces;
  guint                  n_pieces;
  gint                   next;       /* the next piece to parse (atomic) */
  GMutex                 lock;
  GCond                  cond;
  guint                  busy;       /* threads of the pool still parsing */
} Block;

static void
piece_clear (Piece *piece)
{
  g_array_set_size (piece->runs, 0);
  g_array_set_size (piece->rows, 0);
  g_string_truncate (piece->ids, 0);
  g_clear_error (&piece->error);
  piece->n_lines = 0;
}

/* Starts a run of series @f in @piece. */
static void
piece_start_run (DosonCtrProgressTable  *table,
                 Piece                  *piece,
                 const DosonCtrCsvField *f)
{
  PieceRun run;

  run.id = piece->ids->len;
  run.id_len = f->len;
  run.hash = _doson_ctr_progress_table_hash (table, f->text, f->len);
  run.n_rows = 0;
  run.first_row = piece->rows->len;
  run.line = f->line;
  g_string_append_len (piece->ids, f->text, (gssize) f->len);
  g_string_append_c (piece->ids, '\0');
  g_array_append_val (piece->runs, run);
}

/* One row into @piece, as read_measurement() reads it into its pipe:
 * FALSE with @error set for a fault of the row.  @years holds the years
 * of the current run. */
static gboolean
piece_read_row (Block            *block,
                Piece            *piece,
                DosonCtrCsvReader *reader,
                DosonCtrCsvField *fields,
                guint64          *years,
                GError          **error)
{
  const DosonCtrCsvField *sf = &fields[block->col_series];
  const DosonCtrCsvField *vf = &fields[block->col_value];
  PieceRun *run = piece->runs->len > 0 ? &g_array_index (piece->runs, PieceRun, piece->runs->len - 1) : NULL;
  DosonCtrRunRow row;
  int year, i;
  double value;

  if (run == NULL || sf->len != run->id_len
      || memcmp (sf->text, piece->ids->str + run->id, sf->len) != 0)
    {
      if (G_UNLIKELY (sf->len == 0))
        {
          _doson_ctr_csv_reader_field_error (reader, error, DOSON_CTR_ERROR_INVALID_DATA,
                                             block->col_series, "empty series id");
          return FALSE;
        }
      piece_start_run (block->table, piece, sf);
      run = &g_array_index (piece->runs, PieceRun, piece->runs->len - 1);
      memset (years, 0, sizeof (guint64) * DOSON_CTR_YEAR_WORDS);
    }

  if (!_doson_ctr_progress_table_read_year (reader, fields, block->col_year, &year, error))
    return FALSE;
  if (G_UNLIKELY (_doson_ctr_parse_double (vf->text, vf->len, &value) != DOSON_CTR_NUMBER_OK))
    {
      if (_doson_ctr_csv_field_is_blank (vf))
        return TRUE;
      _doson_ctr_csv_reader_parse_double (reader, fields, block->col_value, &value, error);
      return FALSE;
    }
  i = year - DOSON_CTR_YEAR_MIN;
  if (G_UNLIKELY (years[i / 64] & (G_GUINT64_CONSTANT (1) << (i % 64))))
    {
      _doson_ctr_csv_reader_field_error (reader, error, DOSON_CTR_ERROR_INVALID_DATA,
                                         block->col_year, "series \"%s\" already has a value for %d",
                                         piece->ids->str + run->id, year);
      return FALSE;
    }
  years[i / 64] |= G_GUINT64_CONSTANT (1) << (i % 64);
  row.year = year;
  row.value = value;
  row.line = fields[block->col_year].line;
  g_array_append_val (piece->rows, row);
  run->n_rows++;
  return TRUE;
}

/* Parses @piece from @first_line into its runs and rows, up to its end or
 * its first error. */
static void
parse_piece (Block   *block,
             Piece   *piece,
             guint64  first_line)
{
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (piece->data,
                                                                        (gssize) piece->len, NULL);
  g_autoptr(DosonCtrCsvReader) reader =
    _doson_ctr_csv_reader_new_continuation (block->header, stream, first_line);
  guint64 years[DOSON_CTR_YEAR_WORDS];
  DosonCtrCsvField *fields;
  gsize n_fields;

  piece_clear (piece);
  memset (years, 0, sizeof years);
  while (_doson_ctr_csv_reader_next (reader, &fields, &n_fields, NULL,
                                     &piece->error) == DOSON_CTR_CSV_READ_RECORD)
    {
      if (!_doson_ctr_csv_reader_check_width (reader, &piece->error)
          || !piece_read_row (block, piece, reader, fields, years, &piece->error))
        break;
    }
  piece->n_lines = _doson_ctr_csv_reader_get_next_line (reader) - first_line;
}

/* Parses pieces until none is left. */
static void
parse_pieces (Block *block)
{
  gint i;

  while ((i = g_atomic_int_add (&block->next, 1)) < (gint) block->n_pieces)
    parse_piece (block, &block->pieces[i], 1);
}

static void
pool_job (gpointer data,
          gpointer user_data)
{
  Block *block = user_data;

  parse_pieces (block);
  g_mutex_lock (&block->lock);
  block->busy--;
  g_cond_signal (&block->cond);
  g_mutex_unlock (&block->lock);
}

/* Adds the runs of @piece, which starts on line @first_line, to the
 * table; FALSE with @error set at the first error, that of the piece's
 * parse coming after those of the runs before it. */
static gboolean
add_piece (Block   *block,
           Piece   *piece,
           guint64  first_line,
           GError **error)
{
  guint64 offset = first_line - 1;
  guint i;

  if (piece->error != NULL)
    {
      /* Again with the true lines, for the error a serial read gives. */
      parse_piece (block, piece, first_line);
      offset = 0;
    }
  for (i = 0; i < piece->runs->len; i++)
    {
      const PieceRun *run = &g_array_index (piece->runs, PieceRun, i);

#if defined(__GNUC__)
      if (i + 4 < piece->runs->len)
        {
          const PieceRun *ahead = &g_array_index (piece->runs, PieceRun, i + 4);

          __builtin_prefetch (&block->table->slots[ahead->hash & (block->table->n_slots - 1)]);
        }
#endif
      if (!_doson_ctr_progress_table_add_run (block->table, block->header,
                                              piece->ids->str + run->id, run->id_len, run->hash,
                                              run->line, &g_array_index (piece->rows, DosonCtrRunRow,
                                                                         run->first_row),
                                              run->n_rows, offset, block->col_series,
                                              block->col_year, error))
        return FALSE;
    }
  if (piece->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&piece->error));
      return FALSE;
    }
  return TRUE;
}

/* Whether a record ends at byte @i of @data (@len bytes): after a line
 * feed, or a carriage return that no line feed follows (a CR at the very
 * end may be the first half of a CRLF: not yet). */
static inline gboolean
ends_record (const char *data,
             gsize       len,
             gsize       i)
{
  return data[i] == '\n' || (data[i] == '\r' && i + 1 < len && data[i + 1] != '\n');
}

/* Where the records of @data (@len bytes, starting at a record) end:
 * after the last line break outside quotes, or 0 when there is none; at
 * the end of the input, its end.  Sets @quoted when @data has a double
 * quote. */
static gsize
find_cut (const char *data,
          gsize       len,
          gboolean    eof,
          gboolean   *quoted)
{
  gsize i, cut = 0, quotes = 0;

  *quoted = memchr (data, '"', len) != NULL;
  if (eof)
    return len;
  if (!*quoted)
    {
      for (i = len; i > 0; i--)
        if (ends_record (data, len, i - 1))
          return i;
      return 0;
    }
  for (i = 0; i < len; i++)
    {
      if (data[i] == '"')
        quotes++;
      else if (quotes % 2 == 0 && ends_record (data, len, i))
        cut = i + 1;
    }
  return cut;
}

/* Cuts the @len bytes at @data into pieces of about @piece_size bytes,
 * each ending after a line feed (or at @len); one piece when @quoted. */
static GArray *
cut_pieces (GArray     *pieces,
            const char *data,
            gsize       len,
            gsize       piece_size,
            gboolean    quoted)
{
  gsize start = 0;
  guint n = 0;

  while (start < len)
    {
      gsize end = len;
      Piece *piece;

      if (!quoted && len - start > piece_size)
        {
          const char *lf = memchr (data + start + piece_size - 1, '\n',
                                   len - start - piece_size + 1);

          if (lf != NULL)
            end = (gsize) (lf - data) + 1;
        }
      if (n == pieces->len)
        {
          Piece fresh = { 0 };

          fresh.runs = g_array_new (FALSE, FALSE, sizeof (PieceRun));
          fresh.rows = g_array_new (FALSE, FALSE, sizeof (DosonCtrRunRow));
          fresh.ids = g_string_new (NULL);
          g_array_append_val (pieces, fresh);
        }
      piece = &g_array_index (pieces, Piece, n++);
      piece->data = data + start;
      piece->len = end - start;
      start = end;
    }
  g_array_set_size (pieces, n);
  return pieces;
}

static void
piece_free_contents (gpointer data)
{
  Piece *piece = data;

  g_array_unref (piece->runs);
  g_array_unref (piece->rows);
  g_string_free (piece->ids, TRUE);
  g_clear_error (&piece->error);
}

/* Reads from @stream until @buf holds @want bytes or the stream ends. */
static gboolean
fill (GInputStream  *stream,
      const char    *name,
      GByteArray    *buf,
      gsize          want,
      gboolean      *eof,
      GCancellable  *cancellable,
      GError       **error)
{
  g_autoptr(GError) local_error = NULL;

  while (!*eof && buf->len < want)
    {
      guint old = buf->len;
      gssize n;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      g_byte_array_set_size (buf, (guint) want);
      n = g_input_stream_read (stream, buf->data + old, want - old, cancellable, &local_error);
      g_byte_array_set_size (buf, old + (guint) MAX (n, 0));
      if (n < 0)
        {
          if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
            g_propagate_error (error, g_steal_pointer (&local_error));
          else
            g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_IO, "%s: cannot read: %s",
                         name, local_error->message);
          return FALSE;
        }
      if (n == 0)
        *eof = TRUE;
    }
  return TRUE;
}

/* The pieces of one block parsed by the pool and this thread. */
static void
parse_block (Block       *block,
             GThreadPool *pool,
             guint        jobs)
{
  guint i, helpers = MIN (jobs - 1, block->n_pieces > 0 ? block->n_pieces - 1 : 0);

  g_atomic_int_set (&block->next, 0);
  block->busy = helpers;
  for (i = 0; i < helpers; i++)
    g_thread_pool_push (pool, block, NULL);
  parse_pieces (block);
  g_mutex_lock (&block->lock);
  while (block->busy > 0)
    g_cond_wait (&block->cond, &block->lock);
  g_mutex_unlock (&block->lock);
}

/* After the first block (@n_bytes of the file, @n_rows rows, which made
 * @n_new series): the table made ready for as many new series in the rest
 * of the file, as the serial read does after its first rows, unless most
 * rows were of new series (a file sorted by year). */
static void
reserve_for_rest (DosonCtrProgressTable *table,
                  GInputStream          *stream,
                  guint64                n_bytes,
                  guint64                n_rows,
                  guint64                n_new)
{
  g_autoptr(GFileInfo) info = NULL;
  guint64 size;

  if (n_bytes == 0 || n_new * 2 > n_rows || !G_IS_FILE_INPUT_STREAM (stream))
    return;
  info = g_file_input_stream_query_info (G_FILE_INPUT_STREAM (stream),
                                         G_FILE_ATTRIBUTE_STANDARD_SIZE, NULL, NULL);
  if (info == NULL || !g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_STANDARD_SIZE))
    return;
  size = (guint64) g_file_info_get_size (info);
  if (size > n_bytes)
    _doson_ctr_progress_table_reserve (table, table->n_states
                                       + (size - n_bytes) / n_bytes * n_new
                                       + (size - n_bytes) % n_bytes * n_new / n_bytes);
}

/* The size of the pieces: PIECE_SIZE, or DOSON_CTR_PROGRESS_CHUNK bytes
 * (at least 1) for tests. */
static gsize
piece_size (void)
{
  const char *text = g_getenv ("DOSON_CTR_PROGRESS_CHUNK");
  guint64 size;

  if (text != NULL && g_ascii_string_to_unsigned (text, 10, 1, PIECE_SIZE, &size, NULL))
    return (gsize) size;
  return PIECE_SIZE;
}

gboolean
_doson_ctr_progress_table_load_parallel (DosonCtrProgressTable *table,
                                         DosonCtrCsvReader     *reader,
                                         GInputStream          *stream,
                                         const gssize          *cols,
                                         GCancellable          *cancellable,
                                         GError               **error)
{
  g_autoptr(GByteArray) buf = g_byte_array_new ();
  g_autoptr(GArray) pieces = g_array_new (FALSE, TRUE, sizeof (Piece));
  GThreadPool *pool;
  Block block = { 0 };
  gsize size = piece_size ();
  /* A block: a piece per job, and room for the longest record. */
  gsize want = MAX ((gsize) table->jobs * size, 2 * DOSON_CTR_CSV_MAX_RECORD + 2);
  gboolean eof, ok = TRUE, first = TRUE;
  guint64 line, n_rows;
  guint i, n_before;

  g_array_set_clear_func (pieces, piece_free_contents);
  block.table = table;
  block.header = reader;
  block.col_series = (gsize) cols[0];
  block.col_year = (gsize) cols[1];
  block.col_value = (gsize) cols[2];
  g_mutex_init (&block.lock);
  g_cond_init (&block.cond);
  pool = g_thread_pool_new (pool_job, &block, (gint) table->jobs - 1, FALSE, NULL);

  _doson_ctr_csv_reader_take_rest (reader, buf, &eof, &line);
  while (ok)
    {
      gboolean quoted;
      gsize cut;

      ok = fill (stream, _doson_ctr_csv_reader_get_name (reader), buf, want, &eof,
                 cancellable, error);
      if (!ok || buf->len == 0)
        break;
      cut = find_cut ((const char *) buf->data, buf->len, eof, &quoted);
      if (cut == 0)
        {
          /* No record ends in the block: a record longer than the limit,
           * which the reader refuses; the whole block is one piece. */
          cut = buf->len;
          quoted = TRUE;
        }
      cut_pieces (pieces, (const char *) buf->data, cut, size, quoted);
      block.pieces = (Piece *) (gpointer) pieces->data;
      block.n_pieces = pieces->len;
      parse_block (&block, pool, table->jobs);
      n_before = table->n_states;
      n_rows = 0;
      for (i = 0; ok && i < pieces->len; i++)
        {
          Piece *piece = &g_array_index (pieces, Piece, i);

          ok = add_piece (&block, piece, line, error);
          line += piece->n_lines;
          n_rows += piece->rows->len;
        }
      if (first)
        reserve_for_rest (table, stream, cut, n_rows, table->n_states - n_before);
      first = FALSE;
      g_byte_array_remove_range (buf, 0, (guint) cut);
    }

  g_thread_pool_free (pool, FALSE, TRUE);
  g_mutex_clear (&block.lock);
  g_cond_clear (&block.cond);
  return ok;
}
