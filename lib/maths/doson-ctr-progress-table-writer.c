/* doson-ctr-progress-table-writer.c: a progress table's results written as CSV
 * and JSON
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <string.h>

#include <doson-ctr/doson-ctr-error.h>
#include <doson-ctr/doson-ctr-progress-table.h>

#include "base/doson-ctr-escape-private.h"
#include "base/doson-ctr-file-private.h"
#include "base/doson-ctr-number-private.h"
#include "maths/doson-ctr-progress-table-private.h"

/* Writers hand the stream this much at a time.  Their buffer starts at
 * WRITE_FIRST bytes and grows (GString doubles it) only as far as the
 * output needs, so that a short table costs a short buffer. */
#define WRITE_CHUNK (256 * 1024)
#define WRITE_FIRST 4096

typedef struct
{
  GOutputStream *stream;
  GCancellable  *cancellable;
  GString       *buf;
} Writer;

static void
writer_clear (Writer *w)
{
  if (w->buf != NULL)
    g_string_free (w->buf, TRUE);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Writer, writer_clear)

/* Starts @w on @stream, with @header in its buffer. */
static void
writer_start (Writer        *w,
              GOutputStream *stream,
              GCancellable  *cancellable,
              const char    *header)
{
  w->stream = stream;
  w->cancellable = cancellable;
  w->buf = g_string_sized_new (WRITE_FIRST);
  g_string_append (w->buf, header);
}

static gboolean
writer_flush (Writer  *w,
              GError **error)
{
  /* Not every stream checks @cancellable itself (a memory stream does
   * not). */
  if (g_cancellable_set_error_if_cancelled (w->cancellable, error))
    return FALSE;
  if (w->buf->len == 0)
    return TRUE;
  if (!_doson_ctr_write_stream (w->stream, w->buf->str, w->buf->len, w->cancellable, error))
    return FALSE;
  g_string_truncate (w->buf, 0);
  return TRUE;
}

static inline gboolean
writer_maybe_flush (Writer  *w,
                    GError **error)
{
  return w->buf->len < WRITE_CHUNK || writer_flush (w, error);
}

/* The row writers write the ids with lib/base's escaping and format the
 * figures straight into the GString's buffer: room for them is made
 * first (the id's DOSON_CTR_CSV_FIELD_ROOM and ROW_ROOM), then the
 * string is cut to what was written. */
#define ROW_ROOM 512

static inline char *
put_double (char  *p,
            double value)
{
  return p + _doson_ctr_format_double (p, value);
}

static inline char *
put_int (char *p,
         int   value)
{
  char buf[16];
  char *q = buf + sizeof buf;
  guint v = value < 0 ? 0u - (guint) value : (guint) value;
  gsize n;

  do
    {
      *--q = '0' + v % 10;
      v /= 10;
    }
  while (v > 0);
  if (value < 0)
    *--q = '-';
  n = buf + sizeof buf - q;
  memcpy (p, q, n);
  return p + n;
}

static inline char *
put_string (char       *p,
            const char *text)
{
  gsize n = strlen (text);

  memcpy (p, text, n);
  return p + n;
}

/* @text as a JSON string, or null when @text is NULL. */
static void
append_json_nullable_string (GString    *out,
                             const char *text)
{
  if (text != NULL)
    _doson_ctr_json_append_string (out, text);
  else
    g_string_append (out, "null");
}

static inline char *
put_json_double (char    *p,
                 gboolean has,
                 double   value)
{
  return has ? put_double (p, value) : put_string (p, "null");
}

static inline char *
put_json_int (char    *p,
              gboolean has,
              int      value)
{
  return has ? put_int (p, value) : put_string (p, "null");
}

/* Makes room for @room more bytes at the end of @out; returns where they
 * start. */
static inline char *
row_begin (GString *out,
           gsize    room)
{
  gsize start = out->len;

  g_string_set_size (out, start + room);
  return out->str + start;
}

static inline void
row_end (GString *out,
         char    *end)
{
  g_string_truncate (out, end - out->str);
}

static void
append_series_csv (GString                      *out,
                   const DosonCtrSeriesState    *state,
                   const DosonCtrProgressResult *r)
{
  gsize id_len = state->id_len < G_MAXUINT16 ? state->id_len : strlen (state->id);
  char *p = row_begin (out, DOSON_CTR_CSV_FIELD_ROOM (id_len) + ROW_ROOM);

  p = _doson_ctr_csv_put_field_sep (p, state->id, id_len, ',');
  *p++ = ',';
  if (r->has_base)
    {
      p = put_int (p, r->base_year);
      *p++ = ',';
      p = put_double (p, r->base_value);
    }
  else
    *p++ = ',';
  *p++ = ',';
  if (r->has_current)
    {
      p = put_int (p, r->current_year);
      *p++ = ',';
      p = put_double (p, r->current_value);
    }
  else
    *p++ = ',';
  *p++ = ',';
  if (r->has_progress)
    p = put_double (p, r->progress);
  *p++ = ',';
  p = put_string (p, doson_ctr_status_to_string (r->status));
  *p++ = ',';
  if (r->has_score)
    p = put_double (p, r->score);
  *p++ = '\n';
  row_end (out, p);
}

static void
append_summary_csv (GString                    *out,
                    const DosonCtrGroupSummary *summary)
{
  char *p;

  if (summary->id != NULL)
    _doson_ctr_csv_append_field (out, summary->id);
  p = row_begin (out, ROW_ROOM);
  *p++ = ',';
  p = put_int (p, (int) summary->n_series);
  *p++ = ',';
  if (summary->result.has_score)
    p = put_double (p, summary->result.score);
  *p++ = ',';
  p = put_string (p, doson_ctr_status_to_string (summary->result.status));
  *p++ = '\n';
  row_end (out, p);
}

static void
append_series_json (GString                      *out,
                    gboolean                      first,
                    const DosonCtrSeriesState    *state,
                    const char                   *group,
                    const DosonCtrProgressResult *r)
{
  char *p;

  g_string_append (out, first ? "\n{\"series\":" : ",\n{\"series\":");
  _doson_ctr_json_append_string (out, state->id);
  g_string_append (out, ",\"group\":");
  append_json_nullable_string (out, group);
  p = row_begin (out, ROW_ROOM);
  p = put_string (p, ",\"base_year\":");
  p = put_json_int (p, r->has_base, r->base_year);
  p = put_string (p, ",\"base_value\":");
  p = put_json_double (p, r->has_base, r->base_value);
  p = put_string (p, ",\"current_year\":");
  p = put_json_int (p, r->has_current, r->current_year);
  p = put_string (p, ",\"current_value\":");
  p = put_json_double (p, r->has_current, r->current_value);
  p = put_string (p, ",\"progress\":");
  p = put_json_double (p, r->has_progress, r->progress);
  p = put_string (p, ",\"status\":\"");
  p = put_string (p, doson_ctr_status_to_string (r->status));
  p = put_string (p, "\",\"score\":");
  p = put_json_double (p, r->has_score, r->score);
  *p++ = '}';
  row_end (out, p);
}

static void
append_summary_json (GString                    *out,
                     gboolean                    first,
                     const DosonCtrGroupSummary *summary)
{
  char *p;

  g_string_append (out, first ? "\n{\"group\":" : ",\n{\"group\":");
  append_json_nullable_string (out, summary->id);
  p = row_begin (out, ROW_ROOM);
  p = put_string (p, ",\"series\":");
  p = put_int (p, (int) summary->n_series);
  p = put_string (p, ",\"score\":");
  p = put_json_double (p, summary->result.has_score, summary->result.score);
  p = put_string (p, ",\"status\":\"");
  p = put_string (p, doson_ctr_status_to_string (summary->result.status));
  p = put_string (p, "\"}");
  row_end (out, p);
}

/* Checks the arguments of a public writer and starts @w with @header;
 * FALSE when an argument is wrong. */
static gboolean
writer_begin (Writer                 *w,
              DosonCtrProgressTable  *table,
              GOutputStream          *stream,
              GCancellable           *cancellable,
              GError                **error,
              const char             *header)
{
  g_return_val_if_fail (DOSON_CTR_IS_PROGRESS_TABLE (table), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  writer_start (w, stream, cancellable, header);
  return TRUE;
}

/* Appends the row of series @index of @table to @out: a JSON object
 * (after the first, a comma and a line break before it) when @json, else
 * a CSV record. */
static inline void
append_series (GString               *out,
               DosonCtrProgressTable *table,
               gboolean               json,
               guint                  index)
{
  DosonCtrProgressResult r;

  _doson_ctr_progress_table_evaluate (table, index, &r);
  if (json)
    append_series_json (out, index == 0, &table->states[index],
                        doson_ctr_progress_table_get_group (table, index), &r);
  else
    append_series_csv (out, &table->states[index], &r);
}

/* Appends a row of every series of @table to @w on the calling thread,
 * flushing as it goes. */
static gboolean
write_series_serial (Writer                 *w,
                     DosonCtrProgressTable  *table,
                     gboolean                json,
                     GError                **error)
{
  guint i;

  for (i = 0; i < table->n_states; i++)
    {
      append_series (w->buf, table, json, i);
      if (!writer_maybe_flush (w, error))
        return FALSE;
    }
  return TRUE;
}

/* With more than one job (doson_ctr_progress_table_get_jobs()), the rows
 * of the series are formatted in batches of BATCH_SERIES series, by the
 * calling thread and jobs - 1 helpers, each batch into a buffer of a ring
 * of 2 × jobs; the calling thread writes the buffers to the stream in the
 * order of the batches (a batch is formatted only once the one a ring
 * before it is written), so that the output is the same as on one thread
 * and memory is bounded by the ring, never by the output.  Evaluating a
 * series only reads the table.  A table of fewer than two batches is
 * written on the calling thread alone.  DOSON_CTR_PROGRESS_BATCH (series,
 * for tests) makes batches smaller, so that a small table has many. */
#define BATCH_SERIES 1024

typedef struct
{
  DosonCtrProgressTable *table;
  gboolean               json;
  guint                  batch;      /* series in a batch */
  guint                  n_batches;
  guint                  n_slots;    /* of the ring */
  GString              **slots;      /* batch b is formatted in slots[b % n_slots] */
  gboolean              *ready;      /* whether slots[i] holds its batch */
  GMutex                 lock;       /* guards next, written, stop, ready */
  GCond                  cond;       /* one of them changed */
  guint                  next;       /* the first batch nobody formats yet */
  guint                  written;    /* batches written to the stream */
  gboolean               stop;       /* a write failed, or all are written */
} Batches;

/* The number of series in a batch: BATCH_SERIES, or
 * DOSON_CTR_PROGRESS_BATCH (at least 1) for tests. */
static guint
batch_series (void)
{
  return (guint) _doson_ctr_progress_table_test_knob ("DOSON_CTR_PROGRESS_BATCH", BATCH_SERIES);
}

/* Under the lock: takes the next batch to format into @batch, unless
 * there is none or its slot still holds a batch to write. */
static gboolean
batches_claim (Batches *bs,
               guint   *batch)
{
  if (bs->stop || bs->next >= bs->n_batches || bs->next >= bs->written + bs->n_slots)
    return FALSE;
  *batch = bs->next++;
  return TRUE;
}

/* Without the lock: formats batch @batch into its slot. */
static void
batches_format (Batches *bs,
                guint    batch)
{
  GString *out = bs->slots[batch % bs->n_slots];
  guint i = batch * bs->batch;
  guint end = MIN (bs->table->n_states, i + bs->batch);

  g_string_truncate (out, 0);
  for (; i < end; i++)
    append_series (out, bs->table, bs->json, i);
}

/* A helper thread: formats batches until all are taken or it is told to
 * stop. */
static gpointer
batches_help (gpointer data)
{
  Batches *bs = data;
  guint batch;

  g_mutex_lock (&bs->lock);
  while (!bs->stop && bs->next < bs->n_batches)
    {
      if (!batches_claim (bs, &batch))
        {
          g_cond_wait (&bs->cond, &bs->lock);
          continue;
        }
      g_mutex_unlock (&bs->lock);
      batches_format (bs, batch);
      g_mutex_lock (&bs->lock);
      bs->ready[batch % bs->n_slots] = TRUE;
      g_cond_broadcast (&bs->cond);
    }
  g_mutex_unlock (&bs->lock);
  return NULL;
}

/* Writes what @w holds, then @text. */
static gboolean
writer_write_batch (Writer   *w,
                    GString  *text,
                    GError  **error)
{
  return writer_flush (w, error)
         && _doson_ctr_write_stream (w->stream, text->str, text->len, w->cancellable, error);
}

/* The calling thread: writes the batches in their order, formatting one
 * itself while the next to write is not ready; on the first error, tells
 * the helpers to stop. */
static gboolean
batches_write (Batches  *bs,
               Writer   *w,
               GError  **error)
{
  gboolean ok = TRUE;
  guint batch;

  g_mutex_lock (&bs->lock);
  while (ok && bs->written < bs->n_batches)
    {
      guint slot = bs->written % bs->n_slots;

      if (bs->ready[slot])
        {
          g_mutex_unlock (&bs->lock);
          ok = writer_write_batch (w, bs->slots[slot], error);
          g_mutex_lock (&bs->lock);
          bs->ready[slot] = FALSE;
          bs->written++;
          g_cond_broadcast (&bs->cond);
        }
      else if (batches_claim (bs, &batch))
        {
          g_mutex_unlock (&bs->lock);
          batches_format (bs, batch);
          g_mutex_lock (&bs->lock);
          bs->ready[batch % bs->n_slots] = TRUE;
        }
      else
        g_cond_wait (&bs->cond, &bs->lock);
    }
  bs->stop = TRUE;
  g_cond_broadcast (&bs->cond);
  g_mutex_unlock (&bs->lock);
  return ok;
}

/* Appends a row of every series of @table to @w, as JSON objects after
 * the first when @json, else as CSV records; flushes as it goes.  On
 * several threads when the table has several jobs and series for two
 * batches or more. */
static gboolean
write_series (Writer                 *w,
              DosonCtrProgressTable  *table,
              gboolean                json,
              GError                **error)
{
  Batches bs = { .table = table, .json = json, .batch = batch_series () };
  guint jobs = table->jobs, n_helpers, i;
  GThread **helpers;
  gboolean ok;

  if (jobs <= 1 || table->n_states / bs.batch < 2)
    return write_series_serial (w, table, json, error);

  bs.n_batches = table->n_states / bs.batch + (table->n_states % bs.batch != 0);
  bs.n_slots = MIN (2 * jobs, bs.n_batches);
  bs.slots = g_new (GString *, bs.n_slots);
  for (i = 0; i < bs.n_slots; i++)
    bs.slots[i] = g_string_new (NULL);
  bs.ready = g_new0 (gboolean, bs.n_slots);
  g_mutex_init (&bs.lock);
  g_cond_init (&bs.cond);

  n_helpers = MIN (jobs, bs.n_batches) - 1;
  helpers = g_new (GThread *, n_helpers);
  for (i = 0; i < n_helpers; i++)
    helpers[i] = g_thread_new ("doson-ctr-write", batches_help, &bs);
  ok = batches_write (&bs, w, error);
  for (i = 0; i < n_helpers; i++)
    g_thread_join (helpers[i]);

  g_free (helpers);
  g_cond_clear (&bs.cond);
  g_mutex_clear (&bs.lock);
  g_free (bs.ready);
  for (i = 0; i < bs.n_slots; i++)
    g_string_free (bs.slots[i], TRUE);
  g_free (bs.slots);
  return ok;
}

/* As write_series(), a row of every group's roll-up. */
static gboolean
write_summaries (Writer                 *w,
                 DosonCtrProgressTable  *table,
                 gboolean                json,
                 GError                **error)
{
  guint i;

  _doson_ctr_progress_table_ensure_summaries (table);
  for (i = 0; i < table->summaries->len; i++)
    {
      const DosonCtrGroupSummary *summary =
        &g_array_index (table->summaries, DosonCtrGroupSummary, i);

      if (json)
        append_summary_json (w->buf, i == 0, summary);
      else
        append_summary_csv (w->buf, summary);
      if (!writer_maybe_flush (w, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * doson_ctr_progress_table_write_csv:
 * @table: a #DosonCtrProgressTable
 * @stream: the stream to write to; it is not closed
 * @cancellable: (nullable): a #GCancellable, or %NULL
 * @error: return location for a #GError, or %NULL
 *
 * Writes the result of every series as CSV: the header
 * `series,base_year,base_value,current_year,current_value,progress,status,score`,
 * then one row per series in the order they are listed. A figure that does
 * not exist is an empty cell; numbers have the fewest digits that read
 * back as the same double.
 *
 * Errors: %DOSON_CTR_ERROR_IO when the stream fails, %G_IO_ERROR_CANCELLED
 * when cancelled; part of the output may have been written.
 *
 * Returns: %TRUE on success, %FALSE with @error set
 *
 * Since: 0.1
 */
gboolean
doson_ctr_progress_table_write_csv (DosonCtrProgressTable *table,
                                    GOutputStream         *stream,
                                    GCancellable          *cancellable,
                                    GError               **error)
{
  g_auto(Writer) w = { 0 };

  if (!writer_begin (&w, table, stream, cancellable, error,
                     "series,base_year,base_value,current_year,current_value,"
                     "progress,status,score\n"))
    return FALSE;
  return write_series (&w, table, FALSE, error) && writer_flush (&w, error);
}

/**
 * doson_ctr_progress_table_write_summary_csv:
 * @table: a #DosonCtrProgressTable
 * @stream: the stream to write to; it is not closed
 * @cancellable: (nullable): a #GCancellable, or %NULL
 * @error: return location for a #GError, or %NULL
 *
 * Writes the roll-up of every group as CSV: the header
 * `group,series,score,status`, then one row per group with the number of
 * its series in the `series` column, the mean score (empty when no series
 * of the group has a score) and the status of the roll-up. The series
 * without a group have an empty `group` cell.
 *
 * Errors: as doson_ctr_progress_table_write_csv().
 *
 * Returns: %TRUE on success, %FALSE with @error set
 *
 * Since: 0.1
 */
gboolean
doson_ctr_progress_table_write_summary_csv (DosonCtrProgressTable *table,
                                            GOutputStream         *stream,
                                            GCancellable          *cancellable,
                                            GError               **error)
{
  g_auto(Writer) w = { 0 };

  if (!writer_begin (&w, table, stream, cancellable, error,
                     "group,series,score,status\n"))
    return FALSE;
  return write_summaries (&w, table, FALSE, error)
         && writer_flush (&w, error);
}

/**
 * doson_ctr_progress_table_write_json:
 * @table: a #DosonCtrProgressTable
 * @stream: the stream to write to; it is not closed
 * @with_summary: whether to write the roll-up of every group too
 * @cancellable: (nullable): a #GCancellable, or %NULL
 * @error: return location for a #GError, or %NULL
 *
 * Writes the results as one JSON object:
 *
 * |[
 * {"method": "open-sdg",
 *  "series": [{"series": "A", "group": null, "base_year": 2015,
 *              "base_value": 10, "current_year": 2020,
 *              "current_value": 12, "progress": 0.71, "status":
 *              "moderate_progress", "score": 0.79}, …],
 *  "summary": [{"group": null, "series": 1, "score": 0.79,
 *               "status": "moderate_progress"}, …]}
 * ]|
 *
 * with the same figures as doson_ctr_progress_table_write_csv() and
 * doson_ctr_progress_table_write_summary_csv(); a figure that does not
 * exist is `null`. `summary` is there only with @with_summary.
 *
 * Errors: as doson_ctr_progress_table_write_csv().
 *
 * Returns: %TRUE on success, %FALSE with @error set
 *
 * Since: 0.1
 */
gboolean
doson_ctr_progress_table_write_json (DosonCtrProgressTable *table,
                                     GOutputStream         *stream,
                                     gboolean               with_summary,
                                     GCancellable          *cancellable,
                                     GError               **error)
{
  g_auto(Writer) w = { 0 };

  if (!writer_begin (&w, table, stream, cancellable, error, "{\"method\":"))
    return FALSE;
  _doson_ctr_json_append_string (w.buf, doson_ctr_progress_method_to_string (table->method));
  g_string_append (w.buf, ",\n\"series\":[");
  if (!write_series (&w, table, TRUE, error))
    return FALSE;
  g_string_append (w.buf, "\n]");

  if (with_summary)
    {
      g_string_append (w.buf, ",\n\"summary\":[");
      if (!write_summaries (&w, table, TRUE, error))
        return FALSE;
      g_string_append (w.buf, "\n]");
    }
  g_string_append (w.buf, "}\n");

  return writer_flush (&w, error);
}
