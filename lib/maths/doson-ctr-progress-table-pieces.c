/* doson-ctr-progress-table-pieces.c: a CSV file of a progress table read
 * in pieces, parsed on several threads and added in the order of the file
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The measurements and the settings files are read the same way, whatever
 * the number of jobs (doson_ctr_progress_table_set_jobs()):
 *
 * - the file is read a piece at a time (the reader's piece_size bytes, or
 *   DOSON_CTR_PROGRESS_CHUNK for tests, so that a small file has many),
 *   each piece cut after its last record: at a line break outside double
 *   quotes (the parity of the quotes is counted from the piece's start,
 *   which is a record's); what follows the cut starts the next piece;
 * - a piece's lines are counted as it is read, and it is parsed (CSV,
 *   numbers, hashes of the ids) in place by the thread that read it,
 *   into a buffer of its own, the end of the piece's huge page when that
 *   is enough;
 * - pieces are added to the table one at a time, in the order of the
 *   file, by whichever thread finds the next one parsed: so adding
 *   overlaps the parsing of the pieces after it, and the table sees the
 *   rows in the order of a serial read.
 *
 * Every thread runs the same loop: add the next piece when it is parsed
 * and nobody is adding; else read and parse a piece when a slot is free
 * and nobody is reading; else wait.  The slots are a ring of jobs pieces,
 * or jobs + 1 (DosonCtrPieceReader.parse_ahead), so memory is bounded by
 * the number of jobs, not the size of the file; their buffers stay with
 * the table for its next file (table->piece_buffers), so that their pages
 * are mapped once.
 *
 * A parse stops at the first fault of its piece, with the file's line;
 * the rows before it are added first, as a serial read adds them.  A read
 * error of the stream is reported after the pieces read before it are
 * added, unless one of them fails first.
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <string.h>

#include <doson-ctr/doson-ctr-error.h>

#include "base/doson-ctr-csv-columns-private.h"
#include "maths/doson-ctr-progress-table-private.h"

typedef enum
{
  SLOT_FREE,
  SLOT_PARSING,
  SLOT_PARSED
} SlotState;

typedef struct
{
  DosonCtrPieceBuffers *buf;   /* the table's: data and parsed */
  gsize       len;       /* of the records in data (the rest went on) */
  GError     *error;     /* of the parse, which stopped there */
  guint64     first_line;
  SlotState   state;
} Slot;

typedef struct
{
  const DosonCtrPieceReader *ops;
  gpointer                   user_data;
  DosonCtrCsvReader         *header;     /* the reader of the header */
  GInputStream              *stream;
  GCancellable              *cancellable;
  gsize                      piece_size;

  GMutex                     lock;
  GCond                      cond;
  Slot                      *slots;
  guint                      n_slots;
  guint64                    n_read;      /* pieces read; piece i is in slot i % n_slots */
  guint64                    n_added;
  gboolean                   reading;
  gboolean                   adding;
  gboolean                   read_all;    /* the stream is at its end, or failed */
  gboolean                   failed;      /* a piece failed to add */
  GError                    *error;       /* of that piece */
  GError                    *read_error;  /* of the stream, after the pieces before */

  /* The reading thread's: the bytes after the last cut (few: not worth a
   * huge page), the line they start on, the end of the stream. */
  GByteArray                *rest;
  guint64                    line;
  gboolean                   eof;
} Pieces;


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
 * the end of the input, its end. */
static gsize
find_cut (const char *data,
          gsize       len,
          gboolean    eof,
          gboolean    quoted)
{
  gsize i, cut = 0, quotes = 0;

  if (eof)
    return len;
  if (!quoted)
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

/* Reads from the stream until @buf holds @want bytes or the stream ends. */
static gboolean
fill (Pieces              *p,
      DosonCtrPagesBuffer *buf,
      gsize                want,
      GError             **error)
{
  g_autoptr(GError) local_error = NULL;

  while (!p->eof && buf->len < want)
    {
      char *room = _doson_ctr_pages_buffer_room (buf, want - buf->len);
      gssize n;

      if (g_cancellable_set_error_if_cancelled (p->cancellable, error))
        return FALSE;
      n = g_input_stream_read (p->stream, room, want - buf->len, p->cancellable, &local_error);
      if (n < 0)
        {
          if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
            g_propagate_error (error, g_steal_pointer (&local_error));
          else
            g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_IO, "%s: cannot read: %s",
                         _doson_ctr_csv_reader_get_name (p->header), local_error->message);
          return FALSE;
        }
      if (n == 0)
        p->eof = TRUE;
      buf->len += (gsize) n;
    }
  return TRUE;
}

/* Reads the next piece into @slot: the rest of the last read, then the
 * stream, up to a whole piece that ends after a record; slot->len 0 at
 * the end of the input.  A piece in which no record ends is read on until
 * one does, or until it holds more than the longest record the reader
 * takes (which it then refuses).  The piece's lines are counted here, so
 * that its parse knows its first line. */
static gboolean
read_piece (Pieces  *p,
            Slot    *slot,
            GError **error)
{
  DosonCtrPagesBuffer *buf = &slot->buf->data;
  gsize want = p->piece_size;
  gboolean cr, quoted;
  guint64 n_lf;
  gsize cut;

  buf->len = 0;
  _doson_ctr_pages_buffer_append (buf, p->rest->data, p->rest->len);
  g_byte_array_set_size (p->rest, 0);
  for (;;)
    {
      if (!fill (p, buf, MAX (want, buf->len), error))
        return FALSE;
      /* One pass tells the line breaks, unless there is a CR or a quote
       * (which may hide one in a field): then the slower rules. */
      n_lf = _doson_ctr_csv_count_lf (buf->data, buf->len, &cr, &quoted);
      cut = find_cut (buf->data, buf->len, p->eof, quoted);
      if (cut > 0 || buf->len == 0)
        break;
      if (buf->len > 2 * (gsize) DOSON_CTR_CSV_MAX_RECORD + 2)
        {
          cut = buf->len;
          break;
        }
      want = 2 * buf->len;
    }
  /* The end of the input (the buffer may have no memory yet). */
  if (buf->len == 0)
    {
      slot->len = 0;
      return TRUE;
    }
  g_byte_array_append (p->rest, (const guint8 *) buf->data + cut, (guint) (buf->len - cut));
  slot->len = cut;
  slot->first_line = p->line;
  /* Without CR or quote, the cut is after the last LF (or at the end). */
  p->line += cr || quoted ? _doson_ctr_csv_count_lines (buf->data, cut) : n_lf;
  /* The reader's slack after the data. */
  buf->len = cut;
  _doson_ctr_pages_buffer_room (buf, DOSON_CTR_CSV_SLACK);
  return TRUE;
}

/* Parses the piece in @slot into its payload, in place. */
static void
parse_slot (Pieces *p,
            Slot   *slot)
{
  g_autoptr(DosonCtrCsvReader) reader =
    _doson_ctr_csv_reader_new_for_data (p->header, slot->buf->data.data, slot->len,
                                        slot->first_line);

  g_clear_error (&slot->error);
  /* After the piece and the reader's slack: the rest of its block. */
  _doson_ctr_pages_buffer_borrow_rest (&slot->buf->parsed, &slot->buf->data,
                                       slot->len + DOSON_CTR_CSV_SLACK);
  p->ops->parse (p->user_data, &slot->buf->parsed, reader, &slot->error);
}

/* Adds the piece in @slot, then reports the fault its parse stopped at:
 * the rows before it are added first, as a serial read adds them. */
static gboolean
add_slot (Pieces  *p,
          Slot    *slot,
          GError **error)
{
  if (!p->ops->add (p->user_data, &slot->buf->parsed, slot->len, error))
    return FALSE;
  if (slot->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&slot->error));
      return FALSE;
    }
  return TRUE;
}

/* Adds the next piece; called with the lock held, which it drops while
 * adding. */
static void
step_add (Pieces *p)
{
  Slot *slot = &p->slots[p->n_added % p->n_slots];
  GError *error = NULL;
  gboolean ok;

  p->adding = TRUE;
  g_mutex_unlock (&p->lock);
  ok = add_slot (p, slot, &error);
  g_mutex_lock (&p->lock);
  p->adding = FALSE;
  if (ok)
    {
      slot->state = SLOT_FREE;
      p->n_added++;
    }
  else
    {
      p->failed = TRUE;
      p->error = error;
    }
  g_cond_broadcast (&p->cond);
}

/* Reads the next piece and parses it; called with the lock held, which
 * it drops while reading and parsing. */
static void
step_read (Pieces *p)
{
  Slot *slot = &p->slots[p->n_read % p->n_slots];
  GError *error = NULL;
  gboolean ok;

  p->reading = TRUE;
  g_mutex_unlock (&p->lock);
  ok = read_piece (p, slot, &error);
  g_mutex_lock (&p->lock);
  p->reading = FALSE;
  if (!ok || slot->len == 0)
    {
      p->read_all = TRUE;
      p->read_error = error;
      g_cond_broadcast (&p->cond);
      return;
    }
  slot->state = SLOT_PARSING;
  p->n_read++;
  /* Another thread may read the next piece meanwhile. */
  g_cond_broadcast (&p->cond);
  g_mutex_unlock (&p->lock);
  parse_slot (p, slot);
  g_mutex_lock (&p->lock);
  slot->state = SLOT_PARSED;
  g_cond_broadcast (&p->cond);
}

/* What every thread does until the file is read and added, or failed. */
static void
work (Pieces *p)
{
  g_mutex_lock (&p->lock);
  while (!p->failed)
    {
      if (!p->adding && p->n_added < p->n_read
          && p->slots[p->n_added % p->n_slots].state == SLOT_PARSED)
        step_add (p);
      else if (!p->reading && !p->read_all
               && p->slots[p->n_read % p->n_slots].state == SLOT_FREE)
        step_read (p);
      else if (p->read_all && p->n_added == p->n_read)
        break;
      else
        g_cond_wait (&p->cond, &p->lock);
    }
  g_mutex_unlock (&p->lock);
}

static void
pool_work (gpointer data,
           gpointer user_data)
{
  work (user_data);
}

gboolean
_doson_ctr_progress_table_read_pieces (DosonCtrProgressTable     *table,
                                       DosonCtrCsvReader         *reader,
                                       GInputStream              *stream,
                                       const DosonCtrPieceReader *ops,
                                       gpointer                   user_data,
                                       GCancellable              *cancellable,
                                       GError                   **error)
{
  Pieces p = { 0 };
  GThreadPool *pool = NULL;
  guint i, jobs = table->jobs;

  p.ops = ops;
  p.user_data = user_data;
  p.header = reader;
  p.stream = stream;
  p.cancellable = cancellable;
  /* DOSON_CTR_PROGRESS_CHUNK: smaller pieces, for tests. */
  p.piece_size = (gsize) _doson_ctr_progress_table_test_knob ("DOSON_CTR_PROGRESS_CHUNK",
                                                              ops->piece_size);
  g_mutex_init (&p.lock);
  g_cond_init (&p.cond);
  /* One job reads, parses and adds each piece in turn; more have a slot
   * each, and one more to parse ahead if the reader asks. */
  p.n_slots = jobs == 1 ? 1 : jobs + (ops->parse_ahead ? 1 : 0);
  p.slots = g_new0 (Slot, p.n_slots);
  if (table->n_piece_buffers < p.n_slots)
    {
      table->piece_buffers = g_renew (DosonCtrPieceBuffers, table->piece_buffers, p.n_slots);
      memset (table->piece_buffers + table->n_piece_buffers, 0,
              (p.n_slots - table->n_piece_buffers) * sizeof (DosonCtrPieceBuffers));
      table->n_piece_buffers = p.n_slots;
    }
  for (i = 0; i < p.n_slots; i++)
    p.slots[i].buf = &table->piece_buffers[i];
  p.rest = g_byte_array_new ();
  _doson_ctr_csv_reader_take_rest (reader, p.rest, &p.eof, &p.line);

  if (jobs > 1)
    {
      pool = g_thread_pool_new (pool_work, &p, (gint) jobs - 1, FALSE, NULL);
      for (i = 1; i < jobs; i++)
        g_thread_pool_push (pool, &p, NULL);
    }
  work (&p);
  if (pool != NULL)
    g_thread_pool_free (pool, FALSE, TRUE);

  for (i = 0; i < p.n_slots; i++)
    g_clear_error (&p.slots[i].error);
  g_free (p.slots);
  g_byte_array_unref (p.rest);
  g_mutex_clear (&p.lock);
  g_cond_clear (&p.cond);

  if (p.failed)
    {
      g_clear_error (&p.read_error);
      g_propagate_error (error, p.error);
      return FALSE;
    }
  if (p.read_error != NULL)
    {
      g_propagate_error (error, p.read_error);
      return FALSE;
    }
  return TRUE;
}

guint64
_doson_ctr_progress_table_stream_size (GInputStream *stream)
{
  g_autoptr(GFileInfo) info = NULL;

  if (!G_IS_FILE_INPUT_STREAM (stream))
    return 0;
  info = g_file_input_stream_query_info (G_FILE_INPUT_STREAM (stream),
                                         G_FILE_ATTRIBUTE_STANDARD_SIZE, NULL, NULL);
  if (info == NULL || !g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_STANDARD_SIZE))
    return 0;
  return (guint64) g_file_info_get_size (info);
}

DosonCtrCsvReader *
_doson_ctr_progress_table_open_csv (GInputStream            *stream,
                                    const char              *name,
                                    const DosonCtrCsvColumn *columns,
                                    gsize                    n_columns,
                                    DosonCtrCsvHeaderFlags   flags,
                                    gssize                  *where,
                                    GCancellable            *cancellable,
                                    GError                 **error)
{
  g_autoptr(DosonCtrCsvReader) reader = _doson_ctr_csv_reader_new (stream, name);

  if (!_doson_ctr_csv_reader_read_columns (reader, columns, n_columns, flags, where, NULL,
                                           cancellable, error))
    return NULL;
  return g_steal_pointer (&reader);
}

/* The estimate is rounded down: a file a little larger than its estimate
 * grows the index once, where a margin would often double it for
 * nothing. */
void
_doson_ctr_progress_table_reserve_for_rest (DosonCtrProgressTable *table,
                                            guint64                size,
                                            guint64                n_bytes,
                                            guint64                n_new,
                                            guint64                n_after)
{
  if (n_bytes > 0 && size > n_bytes)
    _doson_ctr_progress_table_reserve (table, n_after
                                       + (size - n_bytes) / n_bytes * n_new
                                       + (size - n_bytes) % n_bytes * n_new / n_bytes);
}

guint64
_doson_ctr_progress_table_test_knob (const char *name,
                                     guint64     value)
{
  const char *text = g_getenv (name);
  guint64 smaller;

  if (text != NULL && g_ascii_string_to_unsigned (text, 10, 1, value, &smaller, NULL))
    return smaller;
  return value;
}
