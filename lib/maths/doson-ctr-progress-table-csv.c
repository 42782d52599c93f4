/* doson-ctr-progress-table-csv.c: a progress table's measurements and
 * settings, read from CSV as a stream
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The section description of the public header, below, describes the
 * table and its files; the table itself is in doson-ctr-progress-table.c.
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <math.h>
#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <doson-ctr/doson-ctr-error.h>
#include <doson-ctr/doson-ctr-progress-table.h>

#include "base/doson-ctr-csv-columns-private.h"
#include "maths/doson-ctr-progress-table-private.h"

/**
 * SECTION:doson-ctr-progress-table
 * @Title: DosonCtrProgressTable
 * @Short_description: the progress of many series by one method, read
 *   from CSV as a stream
 * @Include: doson-ctr/doson-ctr.h
 *
 * A #DosonCtrProgressTable measures the progress of many series (one per
 * indicator and ward, say) with one #DosonCtrProgressMethod. It reads the
 * observations as a stream and keeps, per series, only what the method
 * needs (the base and current observations, a count) and which years it
 * has seen, so its memory grows with the number of series, never with the
 * number of rows: a national file of millions of rows is read in one pass.
 *
 * Use it in this order:
 *
 * 1. doson_ctr_progress_table_new() with the method;
 * 2. optionally, the settings: doson_ctr_progress_table_set_default_settings(),
 *    doson_ctr_progress_table_set_series_settings(),
 *    doson_ctr_progress_table_load_settings(). Settings must come before
 *    the first observation of the series they apply to (the default
 *    settings before any observation), because the base observation is
 *    chosen as the observations arrive;
 * 3. the observations: doson_ctr_progress_table_add(),
 *    doson_ctr_progress_table_load_measurements(), as often as needed;
 * 4. the results: doson_ctr_progress_table_get_result() and the group
 *    roll-ups, or the writers doson_ctr_progress_table_write_csv(),
 *    doson_ctr_progress_table_write_summary_csv() and
 *    doson_ctr_progress_table_write_json().
 *
 * Series are listed in the order in which they first appear, in the
 * settings or in the observations. A series with settings but no
 * observation is listed with status %DOSON_CTR_STATUS_NOT_AVAILABLE.
 *
 * # The measurements file
 *
 * CSV (RFC 4180, UTF-8, LF or CRLF line ends, an optional byte order mark)
 * in long format: a header naming the columns `series`, `year` and
 * `value`, in any order (names are matched without regard to case or to
 * surrounding blanks), then one row per observation, in any order:
 *
 * |[
 * series,year,value
 * W01234-party-admission-rate,2015,12.5
 * W01234-party-admission-rate,2016,13.25
 * ]|
 *
 * - Other columns are allowed and ignored; every row has as many fields as
 *   the header (so a decimal comma, which splits a field, is caught).
 * - `series` is the series id, taken verbatim; it must not be empty.
 * - `year` is an integer from 1900 to 2200.
 * - `value` is a decimal number (`12.5`, `-3`, `1e6`; blanks around it are
 *   ignored; no thousands separators, no decimal comma, no `NaN` or `Inf`).
 *   An empty `value` cell means "no observation that year" and the row is
 *   skipped: missing data is never read as zero. The series is still
 *   listed (with status %DOSON_CTR_STATUS_NOT_AVAILABLE if it has no value
 *   at all).
 * - A series has at most one value a year: a second row for the same
 *   series and year is an error.
 *
 * Lines with nothing on them are skipped. A record may not exceed 1 MiB.
 *
 * # The settings file
 *
 * CSV with a header naming `series` and any of these columns, in any
 * order; one row per series:
 *
 * - `direction`: `higher` (higher is better) or `lower`;
 * - `target`: the target value; `target_year`: the year it is due (a
 *   target without a year is due in 2030, the default target year of Open
 *   SDG and the end of programme 03-CTr/ĐU; a year without a target must
 *   still be a year, and is ignored, as sdg-build 2.4.0 ignores the
 *   `target_year` of an Open SDG series without a `target`);
 * - `base_year`: the base year (the base observation is that year's or the
 *   first later year's);
 * - `limit`: a natural limit (the `open-sdg` method, without a target);
 * - `group`: the group the series belongs to, for the roll-up (an
 *   indicator, a ward).
 *
 * An empty cell leaves that setting as in the default settings
 * (doson_ctr_progress_table_set_default_settings(), or those of
 * doson_ctr_progress_settings_new()). Any other column is an error, so
 * that a misspelt column (`tagret`) is not silently ignored; a series
 * listed twice is an error naming both lines.
 *
 * # Groups and roll-ups
 *
 * Series with the same group are rolled up with
 * doson_ctr_progress_combine(): the mean of their `open-sdg` scores and the
 * status of that mean. Series without a group form one more group, whose
 * name is %NULL (an empty cell in CSV, `null` in JSON): without any group
 * at all, the summary is the roll-up of every series. Groups are listed
 * in the order in which their first series is listed.
 *
 * # Output
 *
 * doson_ctr_progress_table_write_csv() writes
 * `series,base_year,base_value,current_year,current_value,progress,status,score`,
 * one row per series; doson_ctr_progress_table_write_summary_csv() writes
 * `group,series,score,status`, one row per group with the number of its
 * series in the `series` column. A figure that does not exist is an empty
 * cell (never 0). Numbers have the fewest digits that read back as the
 * same double, with a dot whatever the locale; the base value is the one
 * the method used (after the `open-sdg` rule that turns 0 into 0.001).
 * Statuses are their string ids (doson_ctr_status_to_string()).
 * doson_ctr_progress_table_write_json() writes the same as one JSON object.
 *
 * # Errors
 *
 * Every error of the readers is in the %DOSON_CTR_ERROR domain and its
 * message names the file, the line and the field:
 * `measurements.csv:17: field "value": not a number: "12,5"`. Malformed
 * CSV, a row whose number of fields differs from the header's
 * (`measurements.csv:17: field 4: the record has 4 fields, the header 3
 * (a comma in an unquoted value?)`), invalid UTF-8 and text where a
 * number belongs are %DOSON_CTR_ERROR_PARSE; `NaN`, `Inf` or a number too
 * large for a double is %DOSON_CTR_ERROR_NOT_FINITE; a missing, unknown or
 * repeated column, an empty series id, a year out of range and a
 * duplicate year are %DOSON_CTR_ERROR_INVALID_DATA; an empty
 * file is %DOSON_CTR_ERROR_INVALID_DATA (`NAME: empty file, expected a
 * header`); the limits below are %DOSON_CTR_ERROR_LIMIT; a failing
 * stream is %DOSON_CTR_ERROR_IO, and a cancelled one
 * %G_IO_ERROR_CANCELLED. When a load fails, the rows before the faulty one
 * have been added: discard the table.
 *
 * # Limits
 *
 * So that no input can take all the memory, a record (a row, with the
 * line breaks inside its quoted fields) may not exceed 1 MiB, nor have
 * more than 4096 fields, and a table holds at most
 * doson_ctr_progress_table_get_max_series() series, 20 000 000 unless
 * doson_ctr_progress_table_set_max_series() says otherwise (about 3 GB
 * plus the ids). A row beyond a limit fails the load with
 * %DOSON_CTR_ERROR_LIMIT and a message that names the limit:
 * `measurements.csv:17: field "series": more than 20000000 series (the
 * table's limit; see doson_ctr_progress_table_set_max_series())`. The
 * number of rows is not limited: the table keeps nothing per row.
 *
 * The index from series id to series hashes the ids with SipHash-1-3
 * under a key drawn at random for each table, so that no file can be made
 * whose ids all collide; the environment variable `DOSON_CTR_HASH_SEED`
 * (a decimal number) fixes the key, for tests. Nothing a table gives or
 * writes depends on the key: series are listed in the order they first
 * appear.
 *
 * A table is not thread-safe: use it from one thread at a time.
 *
 * Since: 0.1
 */

/* A target without a year is due in Open SDG's default target year, which
 * is also the last year of programme 03-CTr/ĐU. */
#define DEFAULT_TARGET_YEAR 2030

/* A reader of @stream (file @name) past its header, in which it finds
 * @columns (_doson_ctr_csv_reader_read_columns()); NULL with @error set
 * when the header is missing or wrong. */
static DosonCtrCsvReader *
open_csv (GInputStream            *stream,
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

/* After this many rows of a file, its number of records is estimated
 * from its size and the length of those rows, and the table is made
 * ready for that many series (reserve_for_file()). */
#define ESTIMATE_AFTER 1024

/* Makes @table ready for the series of the rest of the file that @reader
 * reads from @stream, when the @n_rows rows so far made @n_new series:
 * the records left (from the size of the file and the bytes the rows so
 * far took) make new series at the same rate.  Nothing when the size is
 * not known (a pipe). */
static void
reserve_for_file (DosonCtrProgressTable *table,
                  DosonCtrCsvReader     *reader,
                  GInputStream          *stream,
                  guint64                n_new,
                  guint64                n_rows)
{
  guint64 size, read_so_far, used, lines;
  g_autoptr(GFileInfo) info = NULL;

  if (!G_IS_FILE_INPUT_STREAM (stream) || !G_IS_SEEKABLE (stream))
    return;
  info = g_file_input_stream_query_info (G_FILE_INPUT_STREAM (stream),
                                         G_FILE_ATTRIBUTE_STANDARD_SIZE, NULL, NULL);
  if (info == NULL || !g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_STANDARD_SIZE))
    return;
  size = (guint64) g_file_info_get_size (info);
  read_so_far = (guint64) g_seekable_tell (G_SEEKABLE (stream));
  used = _doson_ctr_csv_reader_get_consumed (reader, read_so_far);
  lines = _doson_ctr_csv_reader_get_line (reader);
  if (used == 0 || lines == 0 || size < used)
    return;
  /* The records left, as long as those so far (rounded down: a file a
   * little larger than its estimate grows the index once, where a
   * margin would often double it for nothing). */
  _doson_ctr_progress_table_reserve (table, table->n_states
                                     + (size - used) / (used / lines + 1) * n_new / n_rows);
}

/* The rows of one series that follow each other in a measurements file
 * (a run) are kept, and added to the series' state only some runs later.
 * Meanwhile the lookup of the run's id is prefetched in stages: the slot
 * of the index when the run starts, the state that slot names half the
 * pipe later, the id of the state two runs before the run is added.  So
 * the random accesses of many series overlap, instead of each waiting for
 * memory: a file sorted by series has a run per series, a file sorted by
 * year a run per row.  Runs are added in the order they started, which is
 * the order of their rows in the file.  A run has at most one row per
 * year, so the pipe is bounded. */
#define PIPE_DEPTH 8
#define RUN_MAX_ROWS (DOSON_CTR_YEAR_MAX - DOSON_CTR_YEAR_MIN + 1)

typedef DosonCtrRunRow RunRow;

/* Room after the run's id that run_same_id() may read. */
#define RUN_ID_SLACK 16

typedef struct
{
  char     *id;          /* NUL-terminated, RUN_ID_SLACK readable bytes after */
  gsize     id_len;
  gsize     id_alloc;
  guint32   hash;
  guint32   hint;        /* state index + 1 the slot named at stage 2, or 0 */
  guint64   line;        /* of the series field of the run's first row */
  guint64   years[DOSON_CTR_YEAR_WORDS];
  guint     n_rows;
  RunRow    rows[RUN_MAX_ROWS];
} Run;

typedef struct
{
  Run    runs[PIPE_DEPTH];
  guint  head;           /* the oldest run */
  guint  count;          /* runs in the pipe; the newest takes the rows */
  gsize  col_series;
  gsize  col_year;
  gsize  col_value;
} Pipe;

static void
run_start (DosonCtrProgressTable *table,
           Run                   *run,
           const char            *id,
           gsize                  len,
           guint64                line)
{
  if (len + 1 + RUN_ID_SLACK > run->id_alloc)
    {
      run->id_alloc = MAX (2 * run->id_alloc, len + 1 + RUN_ID_SLACK);
      g_free (run->id);
      run->id = g_malloc0 (run->id_alloc);
    }
  memcpy (run->id, id, len);
  run->id[len] = '\0';
  run->id_len = len;
  run->hash = _doson_ctr_progress_table_hash (table, id, len);
  run->hint = 0;
  run->line = line;
#if defined(__GNUC__)
  __builtin_prefetch (&table->slots[run->hash & (table->n_slots - 1)]);
#endif
  memset (run->years, 0, sizeof run->years);
  run->n_rows = 0;
}

/* Whether @text (@len bytes in the reader's buffer, which has slack
 * after every field) is the run's id.  With SSE2, sixteen bytes at a time:
 * both buffers may be read up to 15 bytes past the id. */
static inline gboolean
run_same_id (const Run  *run,
             const char *text,
             gsize       len)
{
#ifdef __SSE2__
  gsize i;

  if (len != run->id_len)
    return FALSE;
  for (i = 0; i + 16 <= len; i += 16)
    {
      __m128i a = _mm_loadu_si128 ((const __m128i *) (text + i));
      __m128i b = _mm_loadu_si128 ((const __m128i *) (run->id + i));

      if (_mm_movemask_epi8 (_mm_cmpeq_epi8 (a, b)) != 0xffff)
        return FALSE;
    }
  if (i < len)
    {
      __m128i a = _mm_loadu_si128 ((const __m128i *) (text + i));
      __m128i b = _mm_loadu_si128 ((const __m128i *) (run->id + i));
      unsigned need = (1u << (len - i)) - 1;

      return ((unsigned) _mm_movemask_epi8 (_mm_cmpeq_epi8 (a, b)) & need) == need;
    }
  return TRUE;
#else
  return len == run->id_len && memcmp (text, run->id, len) == 0;
#endif
}

/* Whether the run has @year; marks it if not. */
static inline gboolean
run_has_year (Run *run,
              int  year)
{
  int i = year - DOSON_CTR_YEAR_MIN;
  guint64 bit = G_GUINT64_CONSTANT (1) << (i % 64);

  if (run->years[i / 64] & bit)
    return TRUE;
  run->years[i / 64] |= bit;
  return FALSE;
}

/* Adds the rows of @run to its series, made if new (and if the table may
 * hold one more). */
static gboolean
run_finish (DosonCtrProgressTable *table,
            Run                   *run,
            gsize                  col_series,
            gsize                  col_year,
            DosonCtrCsvReader     *reader,
            GError               **error)
{
  return _doson_ctr_progress_table_add_run (table, reader, run->id, run->id_len, run->hash,
                                            run->line, run->rows, run->n_rows, 0,
                                            col_series, col_year, error);
}

/* The run that takes the rows, or NULL. */
static inline Run *
pipe_current (Pipe *pipe)
{
  return pipe->count == 0 ? NULL : &pipe->runs[(pipe->head + pipe->count - 1) % PIPE_DEPTH];
}

/* Adds the oldest run to its series. */
static gboolean
pipe_finish_oldest (DosonCtrProgressTable *table,
                    Pipe                  *pipe,
                    DosonCtrCsvReader     *reader,
                    GError               **error)
{
  Run *run = &pipe->runs[pipe->head];

  pipe->head = (pipe->head + 1) % PIPE_DEPTH;
  pipe->count--;
  return run_finish (table, run, pipe->col_series, pipe->col_year, reader, error);
}

static gboolean
pipe_finish_all (DosonCtrProgressTable *table,
                 Pipe                  *pipe,
                 DosonCtrCsvReader     *reader,
                 GError               **error)
{
  while (pipe->count > 0)
    if (!pipe_finish_oldest (table, pipe, reader, error))
      return FALSE;
  return TRUE;
}

/* Starts a run of series @id, adding the oldest run when the pipe is full,
 * and moves the prefetches of the runs in the pipe on a stage.  The stages
 * only warm the cache: run_finish() looks the id up in full. */
static gboolean
pipe_start (DosonCtrProgressTable *table,
            Pipe                  *pipe,
            const char            *id,
            gsize                  len,
            guint64                line,
            DosonCtrCsvReader     *reader,
            GError               **error)
{
  if (pipe->count == PIPE_DEPTH && !pipe_finish_oldest (table, pipe, reader, error))
    return FALSE;
  run_start (table, &pipe->runs[(pipe->head + pipe->count) % PIPE_DEPTH], id, len, line);
  pipe->count++;

#if defined(__GNUC__)
  /* Stage 2, half the pipe after the start: the slot is in the cache;
   * prefetch the state it names (a collision only wastes the prefetch). */
  if (pipe->count > PIPE_DEPTH / 2)
    {
      Run *run = &pipe->runs[(pipe->head + pipe->count - 1 - PIPE_DEPTH / 2) % PIPE_DEPTH];
      const DosonCtrIndexSlot *slot = &table->slots[run->hash & (table->n_slots - 1)];

      if (slot->state != 0 && slot->hash == run->hash)
        {
          run->hint = slot->state;
          __builtin_prefetch (&table->states[slot->state - 1]);
        }
    }
  /* Stage 3, the run after the oldest: the state is in the cache; prefetch
   * its id for the comparison. */
  if (pipe->count >= 2)
    {
      Run *run = &pipe->runs[(pipe->head + 1) % PIPE_DEPTH];

      if (run->hint != 0)
        __builtin_prefetch (table->states[run->hint - 1].id);
    }
#endif
  return TRUE;
}

#define read_year _doson_ctr_progress_table_read_year

/* Reads one row of a measurements file into the pipe.  FALSE with
 * @row_error set for a fault of the row, or with @error set for one of
 * the run the pipe had to add to make room; TRUE otherwise, also for a
 * row without a value. */
static inline gboolean
read_measurement (DosonCtrProgressTable *table,
                  Pipe                  *pipe,
                  DosonCtrCsvReader     *reader,
                  DosonCtrCsvField      *fields,
                  GError               **row_error,
                  GError               **error)
{
  const DosonCtrCsvField *sf = &fields[pipe->col_series];
  const DosonCtrCsvField *vf = &fields[pipe->col_value];
  Run *run = pipe_current (pipe);
  RunRow *row;
  int year;
  double value;

  /* The series: rows of the same series as the previous row join its
   * run; another series starts a new run. */
  if (run == NULL || !run_same_id (run, sf->text, sf->len))
    {
      if (G_UNLIKELY (sf->len == 0))
        {
          _doson_ctr_csv_reader_field_error (reader, row_error, DOSON_CTR_ERROR_INVALID_DATA,
                                             pipe->col_series, "empty series id");
          return FALSE;
        }
      if (!pipe_start (table, pipe, sf->text, sf->len, sf->line, reader, error))
        return FALSE;
      run = pipe_current (pipe);
    }

  if (!read_year (reader, fields, pipe->col_year, &year, row_error))
    return FALSE;

  /* The value: an empty cell is no observation. */
  if (G_UNLIKELY (_doson_ctr_parse_double (vf->text, vf->len, &value) != DOSON_CTR_NUMBER_OK))
    {
      if (_doson_ctr_csv_field_is_blank (vf))
        return TRUE;
      _doson_ctr_csv_reader_parse_double (reader, fields, pipe->col_value, &value, row_error);
      return FALSE;
    }

  /* A year twice in one run: an error right away. */
  if (G_UNLIKELY (run_has_year (run, year)))
    {
      _doson_ctr_csv_reader_field_error (reader, row_error, DOSON_CTR_ERROR_INVALID_DATA,
                                         pipe->col_year, "series \"%s\" already has a value for %d",
                                         run->id, year);
      return FALSE;
    }
  row = &run->rows[run->n_rows++];
  row->year = year;
  row->value = value;
  row->line = fields[pipe->col_year].line;
  return TRUE;
}

/**
 * doson_ctr_progress_table_load_measurements:
 * @table: a #DosonCtrProgressTable
 * @stream: a stream of the measurements file (CSV, described above)
 * @name: the name of the file, for messages ("measurements.csv")
 * @cancellable: (nullable): a #GCancellable, or %NULL
 * @error: return location for a #GError, or %NULL
 *
 * Reads every observation of a measurements file (see the section
 * description for its format) from @stream, to its end, and adds them to
 * the table. The stream is read in large blocks and nothing is kept per
 * row. @stream is not closed.
 *
 * Errors: see the section description; every message names @name, the
 * line and the field. A row of a new series when @table holds its most
 * series already (doson_ctr_progress_table_set_max_series()) is
 * %DOSON_CTR_ERROR_LIMIT. On failure, the rows before the faulty one have
 * been added.
 *
 * Returns: %TRUE on success, %FALSE with @error set
 *
 * Since: 0.1
 */
gboolean
doson_ctr_progress_table_load_measurements (DosonCtrProgressTable *table,
                                            GInputStream          *stream,
                                            const char            *name,
                                            GCancellable          *cancellable,
                                            GError               **error)
{
  static const DosonCtrCsvColumn columns[] = {
    { "series", TRUE }, { "year", TRUE }, { "value", TRUE }
  };
  g_autoptr(DosonCtrCsvReader) reader = NULL;
  g_autoptr(GError) row_error = NULL;
  g_autofree Pipe *pipe = NULL;
  DosonCtrCsvField *fields;
  gsize n_fields;
  gssize where[G_N_ELEMENTS (columns)];
  DosonCtrCsvRead status;
  gboolean ok = FALSE;
  guint64 n_rows = 0;
  guint n_before;
  guint i;

  g_return_val_if_fail (DOSON_CTR_IS_PROGRESS_TABLE (table), FALSE);
  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  reader = open_csv (stream, name, columns, G_N_ELEMENTS (columns),
                     DOSON_CTR_CSV_HEADER_ANY_CASE | DOSON_CTR_CSV_HEADER_OTHER_COLUMNS,
                     where, cancellable, error);
  if (reader == NULL)
    return FALSE;

  if (table->jobs > 1)
    {
      gboolean ok_parallel;

      _doson_ctr_progress_table_invalidate (table);
      ok_parallel = _doson_ctr_progress_table_load_parallel (table, reader, stream, where,
                                                             cancellable, error);
      _doson_ctr_progress_table_invalidate (table);
      return ok_parallel;
    }

  n_before = table->n_states;
  pipe = g_new0 (Pipe, 1);
  pipe->col_series = where[0];
  pipe->col_year = where[1];
  pipe->col_value = where[2];

  _doson_ctr_progress_table_invalidate (table);

  while ((status = _doson_ctr_csv_reader_next (reader, &fields, &n_fields,
                                               cancellable, &row_error)) == DOSON_CTR_CSV_READ_RECORD)
    {
      /* Series made new by the first rows, at that rate for the rest of
       * the file, unless most rows are of new series (a file sorted by
       * year, whose first rows are each of another series). */
      if (G_UNLIKELY (++n_rows == ESTIMATE_AFTER))
        {
          guint64 n_new = table->n_states - n_before + pipe->count;

          if (n_new * 2 <= n_rows)
            reserve_for_file (table, reader, stream, n_new, n_rows);
        }
      if (!_doson_ctr_csv_reader_check_width (reader, &row_error)
          || !read_measurement (table, pipe, reader, fields, &row_error, error))
        break;
    }

  if (status == DOSON_CTR_CSV_READ_END)
    ok = pipe_finish_all (table, pipe, reader, error);

  /* An error in a row comes after the rows of the runs before it: those
   * are added first, and an error among them is the one reported. */
  if (row_error != NULL && pipe_finish_all (table, pipe, reader, error))
    g_propagate_error (error, g_steal_pointer (&row_error));
  for (i = 0; i < PIPE_DEPTH; i++)
    g_free (pipe->runs[i].id);
  _doson_ctr_progress_table_invalidate (table);
  return ok;
}

enum
{
  SET_SERIES,
  SET_DIRECTION,
  SET_TARGET,
  SET_TARGET_YEAR,
  SET_BASE_YEAR,
  SET_LIMIT,
  SET_GROUP,
  N_SET_COLUMNS
};

static const DosonCtrCsvColumn settings_columns[N_SET_COLUMNS] = {
  { "series", TRUE },
  { "direction", FALSE },
  { "target", FALSE },
  { "target_year", FALSE },
  { "base_year", FALSE },
  { "limit", FALSE },
  { "group", FALSE }
};

/* Whether series @sf (@state, NULL when not listed) may take the
 * settings of its row: it has no settings yet and no observation, and is
 * listed or may be added. */
static gboolean
check_settings_series (DosonCtrProgressTable     *table,
                       DosonCtrCsvReader         *reader,
                       const DosonCtrCsvField    *sf,
                       gsize                      col_series,
                       const DosonCtrSeriesState *state,
                       GError                   **error)
{
  if (state != NULL && state->settings.own)
    {
      const DosonCtrSeriesSettings *earlier = &state->settings;
      g_autofree char *where = NULL;

      if (earlier->source >= 0)
        where = g_strdup_printf ("%s:%" G_GUINT64_FORMAT,
                                 (const char *) g_ptr_array_index (table->sources,
                                                                   earlier->source),
                                 earlier->line);
      _doson_ctr_csv_reader_field_error (reader, error, DOSON_CTR_ERROR_INVALID_DATA, col_series,
                                         "series \"%s\" already has settings (%s)",
                                         sf->text, where != NULL ? where : "set by the program");
      return FALSE;
    }
  if (state != NULL && state->summary.n_years > 0)
    {
      _doson_ctr_csv_reader_field_error (reader, error, DOSON_CTR_ERROR_INVALID_DATA, col_series,
                                         "series \"%s\" already has observations; "
                                         "load the settings before the measurements",
                                         sf->text);
      return FALSE;
    }
  if (state == NULL && !_doson_ctr_progress_table_may_add_series (table))
    {
      _doson_ctr_csv_reader_field_error (reader, error, DOSON_CTR_ERROR_LIMIT, col_series,
                                         DOSON_CTR_PROGRESS_TABLE_LIMIT_FORMAT,
                                         table->max_series);
      return FALSE;
    }
  return TRUE;
}

/* The target and its year, when the row gives them: a target without a
 * year is due in DEFAULT_TARGET_YEAR; a year without a target is checked
 * and ignored, as sdg-build does. */
static gboolean
read_target (DosonCtrCsvReader        *reader,
             DosonCtrCsvField         *fields,
             const gssize             *col,
             DosonCtrProgressSettings *settings,
             guint                    *given,
             GError                  **error)
{
  double target;
  int target_year = DEFAULT_TARGET_YEAR;

  if (!_doson_ctr_csv_cell_given (fields, col[SET_TARGET]))
    {
      /* Open SDG configurations carry a target_year on every series;
       * sdg-build reads it only when there is a target. It must still be
       * a year. */
      if (!_doson_ctr_csv_cell_given (fields, col[SET_TARGET_YEAR]))
        return TRUE;
      return _doson_ctr_csv_reader_parse_year (reader, fields, col[SET_TARGET_YEAR],
                                               &target_year, error);
    }

  if (!_doson_ctr_csv_reader_parse_double (reader, fields, col[SET_TARGET], &target, error))
    return FALSE;
  if (_doson_ctr_csv_cell_given (fields, col[SET_TARGET_YEAR])
      && !_doson_ctr_csv_reader_parse_year (reader, fields, col[SET_TARGET_YEAR],
                                            &target_year, error))
    return FALSE;
  settings->has_target = TRUE;
  settings->target = target;
  settings->target_year = target_year;
  *given |= DOSON_CTR_GIVEN_TARGET;
  return TRUE;
}

/* The settings a row gives, over @settings (the defaults); *@given says
 * which it gives. */
static gboolean
read_settings (DosonCtrCsvReader        *reader,
               DosonCtrCsvField         *fields,
               const gssize             *col,
               DosonCtrProgressSettings *settings,
               guint                    *given,
               GError                  **error)
{
  if (col[SET_DIRECTION] >= 0 && fields[col[SET_DIRECTION]].len == 6
      && memcmp (fields[col[SET_DIRECTION]].text, "higher", 6) == 0)
    {
      settings->direction = DOSON_CTR_DIRECTION_HIGHER;
      *given |= DOSON_CTR_GIVEN_DIRECTION;
    }
  else if (col[SET_DIRECTION] >= 0 && fields[col[SET_DIRECTION]].len == 5
           && memcmp (fields[col[SET_DIRECTION]].text, "lower", 5) == 0)
    {
      settings->direction = DOSON_CTR_DIRECTION_LOWER;
      *given |= DOSON_CTR_GIVEN_DIRECTION;
    }
  else if (_doson_ctr_csv_cell_given (fields, col[SET_DIRECTION]))
    {
      g_autofree char *text = g_strstrip (g_strdup (fields[col[SET_DIRECTION]].text));

      if (!doson_ctr_direction_from_string (text, &settings->direction))
        {
          _doson_ctr_csv_reader_field_error (reader, error, DOSON_CTR_ERROR_INVALID_DATA,
                                             col[SET_DIRECTION],
                                             "unknown direction \"%s\" (expected higher or lower)",
                                             text);
          return FALSE;
        }
      *given |= DOSON_CTR_GIVEN_DIRECTION;
    }

  if (!read_target (reader, fields, col, settings, given, error))
    return FALSE;

  if (_doson_ctr_csv_cell_given (fields, col[SET_BASE_YEAR]))
    {
      if (!_doson_ctr_csv_reader_parse_year (reader, fields, col[SET_BASE_YEAR],
                                             &settings->base_year, error))
        return FALSE;
      settings->has_base_year = TRUE;
      *given |= DOSON_CTR_GIVEN_BASE_YEAR;
    }

  if (_doson_ctr_csv_cell_given (fields, col[SET_LIMIT]))
    {
      if (!_doson_ctr_csv_reader_parse_double (reader, fields, col[SET_LIMIT],
                                               &settings->limit, error))
        return FALSE;
      settings->has_limit = TRUE;
      *given |= DOSON_CTR_GIVEN_LIMIT;
    }
  return TRUE;
}

/* The groups of the last settings rows, by hash, so that a row of a
 * group seen before does not hash its name again with g_str_hash(). */
#define GROUP_CACHE 64

typedef struct
{
  guint32 hash;
  gint32  group;    /* index + 1 into group_names; 0: empty */
} GroupCache;

static gint32
intern_group_cached (DosonCtrProgressTable  *table,
                     GroupCache             *cache,
                     const DosonCtrCsvField *field)
{
  guint32 hash = _doson_ctr_progress_table_hash (table, field->text, field->len);
  GroupCache *entry = &cache[hash % GROUP_CACHE];

  if (entry->group != 0 && entry->hash == hash)
    {
      const char *name = g_ptr_array_index (table->group_names, entry->group - 1);

      if (strncmp (name, field->text, field->len) == 0 && name[field->len] == '\0')
        return entry->group - 1;
    }
  entry->hash = hash;
  entry->group = _doson_ctr_progress_table_intern_group (table, field->text) + 1;
  return entry->group - 1;
}

/* One row of a settings file, checked and applied: the series hashed
 * once, looked up once and made only when the row is good. */
static gboolean
read_settings_row (DosonCtrProgressTable *table,
                   DosonCtrCsvReader     *reader,
                   DosonCtrCsvField      *fields,
                   const gssize          *col,
                   gint32                 source,
                   GroupCache            *groups,
                   GError               **error)
{
  DosonCtrProgressSettings settings = table->default_settings;
  const DosonCtrCsvField *sf = &fields[col[SET_SERIES]];
  guint given = 0;
  gint32 group = -1;
  guint32 hash;
  DosonCtrSeriesState *state;

  if (!_doson_ctr_csv_reader_check_width (reader, error))
    return FALSE;
  if (sf->len == 0)
    {
      _doson_ctr_csv_reader_field_error (reader, error, DOSON_CTR_ERROR_INVALID_DATA,
                                         col[SET_SERIES], "empty series id");
      return FALSE;
    }

  hash = _doson_ctr_progress_table_hash (table, sf->text, sf->len);
  state = _doson_ctr_progress_table_find_state (table, sf->text, sf->len, hash);
  if (!check_settings_series (table, reader, sf, col[SET_SERIES], state, error)
      || !read_settings (reader, fields, col, &settings, &given, error))
    return FALSE;

  if (col[SET_GROUP] >= 0 && fields[col[SET_GROUP]].len > 0)
    group = intern_group_cached (table, groups, &fields[col[SET_GROUP]]);

  if (state == NULL)
    state = _doson_ctr_progress_table_ensure_state (table, sf->text, sf->len, hash, FALSE);
  _doson_ctr_progress_table_assign_settings (table, state, &settings, given, group, source,
                                             _doson_ctr_csv_reader_get_line (reader));
  return TRUE;
}

/**
 * doson_ctr_progress_table_load_settings:
 * @table: a #DosonCtrProgressTable
 * @stream: a stream of the settings file (CSV, described above)
 * @name: the name of the file, for messages ("settings.csv")
 * @cancellable: (nullable): a #GCancellable, or %NULL
 * @error: return location for a #GError, or %NULL
 *
 * Reads the settings of series from a settings file (see the section
 * description for its format) and gives each series its settings and
 * group. The series are listed from now on, in the order of the file.
 * @stream is not closed.
 *
 * Call it before the measurements of the series it names.
 *
 * Errors: %DOSON_CTR_ERROR_INVALID_DATA for a missing `series` column, an
 * unknown column, an empty series id, an unknown direction, a series
 * listed twice (or given settings before) and
 * a series that already has observations; %DOSON_CTR_ERROR_PARSE and
 * %DOSON_CTR_ERROR_NOT_FINITE for bad numbers; %DOSON_CTR_ERROR_LIMIT for
 * a new series when @table holds its most series already
 * (doson_ctr_progress_table_set_max_series()); and the CSV errors of
 * doson_ctr_progress_table_load_measurements(). Every message names @name,
 * the line and the field. On failure, the rows before the faulty one have
 * been applied.
 *
 * Returns: %TRUE on success, %FALSE with @error set
 *
 * Since: 0.1
 */
gboolean
doson_ctr_progress_table_load_settings (DosonCtrProgressTable *table,
                                        GInputStream          *stream,
                                        const char            *name,
                                        GCancellable          *cancellable,
                                        GError               **error)
{
  g_autoptr(DosonCtrCsvReader) reader = NULL;
  DosonCtrCsvField *fields;
  gsize n_fields;
  gssize col[N_SET_COLUMNS];
  DosonCtrCsvRead status;
  GroupCache groups[GROUP_CACHE];
  guint64 n_rows = 0;
  gint32 source;

  g_return_val_if_fail (DOSON_CTR_IS_PROGRESS_TABLE (table), FALSE);
  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  reader = open_csv (stream, name, settings_columns, N_SET_COLUMNS,
                     DOSON_CTR_CSV_HEADER_ANY_CASE, col, cancellable, error);
  if (reader == NULL)
    return FALSE;

  source = _doson_ctr_progress_table_add_source (table, name);
  memset (groups, 0, sizeof groups);

  while ((status = _doson_ctr_csv_reader_next (reader, &fields, &n_fields,
                                               cancellable, error)) == DOSON_CTR_CSV_READ_RECORD)
    {
      if (G_UNLIKELY (n_rows++ == ESTIMATE_AFTER))
        reserve_for_file (table, reader, stream, n_rows, n_rows);
      if (!read_settings_row (table, reader, fields, col, source, groups, error))
        return FALSE;
    }

  return status == DOSON_CTR_CSV_READ_END;
}

