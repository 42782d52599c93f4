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

/* A piece of a measurements file, parsed: its runs (rows of one series
 * that follow each other) in the order of the file, each a PieceRun
 * followed by its rows, in one buffer.  A series whose rows straddle two
 * pieces is two runs, added one after the other as if read in one. */
typedef struct
{
  const char *id;      /* in the piece's bytes */
  guint64     line;    /* of the series field of the run's first row */
  guint32     id_len;
  guint32     hash;
  guint32     n_rows;  /* the DosonCtrRunRows that follow */
  guint32     padding;
} PieceRun;

/* The run at byte @at of a piece's parsed buffer, its rows and its size
 * with them. */
#define RUN_AT(parsed, at) ((PieceRun *) (gpointer) ((parsed)->data + (at)))
#define RUN_ROWS(run) ((DosonCtrRunRow *) (gpointer) ((run) + 1))
#define RUN_SIZE(run) (sizeof (PieceRun) + (run)->n_rows * sizeof (DosonCtrRunRow))

typedef struct
{
  DosonCtrProgressTable *table;
  DosonCtrCsvReader     *header;
  guint64                size;         /* of the file, or 0 */
  DosonCtrHashKey        key;          /* the table's, for the parsing threads */
  gsize                  col_series;
  gsize                  col_year;
  gsize                  col_value;
  gsize                  plain_batch;  /* plain rows split at a time */
  gboolean               first;
} MeasurementRead;

/* Starts a run of series @id (@len bytes, NUL-terminated in the piece's
 * bytes), whose first row is on @line, at the end of @parsed; *@last is
 * where it starts, and the years of the last run are none. */
static void
start_run (const DosonCtrHashKey *key,
           DosonCtrPagesBuffer   *parsed,
           gsize                 *last,
           guint64               *years,
           const char            *id,
           gsize                  len,
           guint64                line)
{
  /* Made where it goes, as the rows are: a copy from the stack would read
   * it back in wide loads across fields just stored one by one, and wait
   * for them (a failed store forwarding, two thirds of this function). */
  PieceRun *run = _doson_ctr_pages_buffer_room (parsed, sizeof *run);

  run->id = id;
  run->line = line;
  run->id_len = (guint32) len;
  run->hash = _doson_ctr_hash_key_hash (key, id, len);
  run->n_rows = 0;
  run->padding = 0;
  *last = parsed->len;
  parsed->len += sizeof *run;
  memset (years, 0, sizeof (guint64) * DOSON_CTR_YEAR_WORDS);
}

/* Adds a row of the last run, which starts at @last in @parsed. */
static inline void
add_row (DosonCtrPagesBuffer *parsed,
         gsize                last,
         int                  year,
         double               value,
         guint64              line)
{
  DosonCtrRunRow *row = _doson_ctr_pages_buffer_room (parsed, sizeof *row);
  /* After the room is made, which may have moved the buffer. */
  PieceRun *run = RUN_AT (parsed, last);

  row->value = value;
  row->year = year;
  row->line = (guint32) (line - run->line);
  parsed->len += sizeof *row;
  run->n_rows++;
}

/* Whether the @len bytes at @a and @b are the same.  No load reaches past
 * them: the reader has just stored the NUL that ends the field at @a
 * (csv-scan), and a load that overlaps a store still in flight waits for
 * it (a failed store-to-load forwarding, which cost more than the rest of
 * the row's parse).  So the last block compared ends at @len, overlapping
 * the one before: with SSE2 sixteen bytes at a time, ids of 8 to 16 bytes
 * in two overlapping words, the others with memcmp(). */
static inline gboolean
same_id (const char *a,
         const char *b,
         gsize       len)
{
  guint64 x0, x1, y0, y1;

#ifdef __SSE2__
  if (len >= 16)
    {
      gsize i;

      for (i = 0; i + 16 < len; i += 16)
        if (_mm_movemask_epi8 (_mm_cmpeq_epi8 (_mm_loadu_si128 ((const __m128i *) (a + i)),
                                               _mm_loadu_si128 ((const __m128i *) (b + i)))) != 0xffff)
          return FALSE;
      return _mm_movemask_epi8 (_mm_cmpeq_epi8 (_mm_loadu_si128 ((const __m128i *) (a + len - 16)),
                                                _mm_loadu_si128 ((const __m128i *) (b + len - 16)))) == 0xffff;
    }
#endif
  if (len < 8 || len > 16)
    return memcmp (a, b, len) == 0;
  memcpy (&x0, a, 8);
  memcpy (&y0, b, 8);
  memcpy (&x1, a + len - 8, 8);
  memcpy (&y1, b + len - 8, 8);
  return ((x0 ^ y0) | (x1 ^ y1)) == 0;
}

/* One row into @parsed, whose last run starts at *@last (none yet when
 * @parsed is empty): FALSE with @error set for a fault of the row (an
 * empty series id, a bad year or value, a year twice in one run).  A row
 * without a value is no observation.  @years holds the years of the last
 * run. */
static inline gboolean
read_measurement (MeasurementRead     *m,
                  DosonCtrPagesBuffer *parsed,
                  gsize               *last,
                  DosonCtrCsvReader   *reader,
                  DosonCtrCsvField    *fields,
                  guint64             *years,
                  GError             **error)
{
  const DosonCtrCsvField *sf = &fields[m->col_series];
  const DosonCtrCsvField *vf = &fields[m->col_value];
  PieceRun *run = parsed->len > 0 ? RUN_AT (parsed, *last) : NULL;
  int year, i;
  double value;

  /* Rows of the series of the previous row join its run. */
  if (run == NULL || sf->len != run->id_len || !same_id (sf->text, run->id, sf->len))
    {
      if (G_UNLIKELY (sf->len == 0))
        {
          _doson_ctr_csv_reader_field_error (reader, error, DOSON_CTR_ERROR_INVALID_DATA,
                                             m->col_series, "empty series id");
          return FALSE;
        }
      start_run (&m->key, parsed, last, years, sf->text, sf->len, sf->line);
      run = RUN_AT (parsed, *last);
    }

  if (!_doson_ctr_progress_table_read_year (reader, fields, m->col_year, &year, error))
    return FALSE;
  /* An empty cell is no observation. */
  if (G_UNLIKELY (_doson_ctr_parse_double (vf->text, vf->len, &value) != DOSON_CTR_NUMBER_OK))
    {
      if (_doson_ctr_csv_field_is_blank (vf))
        return TRUE;
      _doson_ctr_csv_reader_parse_double (reader, fields, m->col_value, &value, error);
      return FALSE;
    }
  /* A year twice in one run: an error right away. */
  i = year - DOSON_CTR_YEAR_MIN;
  if (G_UNLIKELY (years[i / 64] & (G_GUINT64_CONSTANT (1) << (i % 64))))
    {
      _doson_ctr_csv_reader_field_error (reader, error, DOSON_CTR_ERROR_INVALID_DATA,
                                         m->col_year, "series \"%s\" already has a value for %d",
                                         run->id, year);
      return FALSE;
    }
  years[i / 64] |= G_GUINT64_CONSTANT (1) << (i % 64);
  add_row (parsed, *last, year, value, fields[m->col_year].line);
  return TRUE;
}

/* A plain row (_doson_ctr_csv_reader_split_plain()) on @line into @parsed
 * as read_measurement() would add it, when it is the common case: a
 * series id, a year of four digits, a value, and a year the run does not
 * have yet.  FALSE, having changed nothing, for any other row, which
 * read_measurement() then reads (and refuses with its message). */
static inline gboolean
add_plain_measurement (MeasurementRead       *m,
                       DosonCtrPagesBuffer   *parsed,
                       gsize                 *last,
                       const DosonCtrCsvSpan *fields,
                       guint64                line,
                       guint64               *years)
{
  const DosonCtrCsvSpan *sf = &fields[m->col_series];
  const DosonCtrCsvSpan *yf = &fields[m->col_year];
  const DosonCtrCsvSpan *vf = &fields[m->col_value];
  const PieceRun *run = parsed->len > 0 ? RUN_AT (parsed, *last) : NULL;
  gboolean joins = run != NULL && sf->len == run->id_len && same_id (sf->text, run->id, sf->len);
  guint64 bit;
  double value;
  int year, i;

  if ((!joins && sf->len == 0)
      || !_doson_ctr_progress_table_plain_year (yf->text, yf->len, &year)
      || _doson_ctr_parse_double (vf->text, vf->len, &value) != DOSON_CTR_NUMBER_OK)
    return FALSE;
  i = year - DOSON_CTR_YEAR_MIN;
  bit = G_GUINT64_CONSTANT (1) << (i % 64);
  if (joins && (years[i / 64] & bit) != 0)
    return FALSE;

  if (!joins)
    {
      /* The id ends where its comma was, as read_measurement()'s do, for
       * the messages that quote it.  Its run starts after every check of
       * the row, so that a row given back is untouched. */
      ((char *) sf->text)[sf->len] = '\0';
      start_run (&m->key, parsed, last, years, sf->text, sf->len, line);
    }
  years[i / 64] |= bit;
  add_row (parsed, *last, year, value, line);
  return TRUE;
}

/* The plain rows split at a time. */
#define PLAIN_BATCH 128
/* The widest header whose rows are split so (wider ones are rare). */
#define PLAIN_MAX_FIELDS 8

/* Takes the plain rows at the start of @reader's unread data, as many as
 * add_plain_measurement() accepts; FALSE once it gives one back or they
 * end, when the next row is for _doson_ctr_csv_reader_next(). */
static gboolean
take_plain_measurements (MeasurementRead     *m,
                         DosonCtrPagesBuffer *parsed,
                         gsize               *last,
                         DosonCtrCsvReader   *reader,
                         gsize                width,
                         guint64             *years)
{
  DosonCtrCsvSpan spans[PLAIN_BATCH * PLAIN_MAX_FIELDS];
  gsize ends[PLAIN_BATCH];
  guint64 line = _doson_ctr_csv_reader_get_next_line (reader);
  gsize n, i;

  n = _doson_ctr_csv_reader_split_plain (reader, width, spans, ends, m->plain_batch);
  for (i = 0; i < n; i++)
    if (!add_plain_measurement (m, parsed, last, spans + i * width, line + i, years))
      break;
  if (i > 0)
    _doson_ctr_csv_reader_skip_plain (reader, ends[i - 1], i);
  return i == m->plain_batch;
}

/* The rows of a piece: the plain ones split in batches, each other one
 * (and the one after a batch that ended early) through the reader. */
static void
measurements_parse (gpointer             user_data,
                    DosonCtrPagesBuffer *parsed,
                    DosonCtrCsvReader   *reader,
                    GError             **error)
{
  guint64 years[DOSON_CTR_YEAR_WORDS];
  gsize width = _doson_ctr_csv_reader_get_width (reader);
  gboolean plain = width >= 2 && width <= PLAIN_MAX_FIELDS;
  DosonCtrCsvField *fields;
  gsize n_fields, last = 0;

  memset (years, 0, sizeof years);
  for (;;)
    {
      if (plain && take_plain_measurements (user_data, parsed, &last, reader, width, years))
        continue;
      if (_doson_ctr_csv_reader_next (reader, &fields, &n_fields, NULL,
                                      error) != DOSON_CTR_CSV_READ_RECORD
          || !_doson_ctr_csv_reader_check_width (reader, error)
          || !read_measurement (user_data, parsed, &last, reader, fields, years, error))
        break;
    }
}

static gboolean
measurements_add (gpointer                   user_data,
                  const DosonCtrPagesBuffer *parsed,
                  gsize                      n_bytes,
                  GError                   **error)
{
  MeasurementRead *m = user_data;
  DosonCtrProgressTable *table = m->table;
  guint n_before = table->n_states;
  guint64 n_rows = 0;
  gsize at, ahead = 0;
  guint i;

  /* The run DOSON_CTR_PREFETCH_AHEAD runs on. */
  for (i = 0; i < DOSON_CTR_PREFETCH_AHEAD && ahead < parsed->len; i++)
    ahead += RUN_SIZE (RUN_AT (parsed, ahead));

  for (at = 0; at < parsed->len; at += RUN_SIZE (RUN_AT (parsed, at)))
    {
      const PieceRun *run = RUN_AT (parsed, at);

#if defined(__GNUC__)
      /* Runs in the order of the series need no lookup (the state after
       * the last run's is theirs): its state and id are fetched a few
       * runs ahead; for the others, the slot in the index. */
      if (ahead < parsed->len)
        {
          const PieceRun *next = RUN_AT (parsed, ahead);
          guint likely = table->next_run + DOSON_CTR_PREFETCH_AHEAD;

          if (likely < table->n_states && table->states[likely].hash == next->hash)
            {
              /* Both ids that run_state() compares. */
              __builtin_prefetch (table->states[likely].id);
              __builtin_prefetch (next->id);
            }
          else
            __builtin_prefetch (&table->slots[next->hash & (table->n_slots - 1)]);
          if (likely + DOSON_CTR_PREFETCH_AHEAD < table->n_states)
            __builtin_prefetch (&table->states[likely + DOSON_CTR_PREFETCH_AHEAD]);
          ahead += RUN_SIZE (next);
        }
#endif
      if (!_doson_ctr_progress_table_add_run (table, m->header, run->id, run->id_len, run->hash,
                                              run->line, RUN_ROWS (run), run->n_rows,
                                              m->col_series, m->col_year, error))
        return FALSE;
      n_rows += run->n_rows;
    }
  /* Unless most rows were of new series: a file sorted by year, whose
   * first rows are each of another series. */
  if (m->first && 2 * (guint64) (table->n_states - n_before) <= n_rows)
    _doson_ctr_progress_table_reserve_for_rest (table, m->size, n_bytes,
                                                table->n_states - n_before, table->n_states);
  m->first = FALSE;
  return TRUE;
}

/* A row of about 40 bytes parses into 16, and a run of 11 rows takes 32
 * more: 1.25 MiB and what they make, ~0.65 MiB, share a huge page. */
static const DosonCtrPieceReader measurement_pieces = {
  1280 * 1024,
  FALSE,
  measurements_parse,
  measurements_add
};

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
 * the table. The stream is read in large blocks, parsed on the table's
 * jobs (doson_ctr_progress_table_set_jobs()), and nothing is kept per
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
  MeasurementRead m = { 0 };
  gssize where[G_N_ELEMENTS (columns)];
  gboolean ok;

  g_return_val_if_fail (DOSON_CTR_IS_PROGRESS_TABLE (table), FALSE);
  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  reader = _doson_ctr_progress_table_open_csv (stream, name, columns, G_N_ELEMENTS (columns),
                                               DOSON_CTR_CSV_HEADER_ANY_CASE
                                               | DOSON_CTR_CSV_HEADER_OTHER_COLUMNS,
                                               where, cancellable, error);
  if (reader == NULL)
    return FALSE;

  m.table = table;
  m.header = reader;
  /* Asked now: the stream is busy once the pieces are read. */
  m.size = _doson_ctr_progress_table_stream_size (stream);
  _doson_ctr_progress_table_get_hash_key (table, &m.key);
  m.col_series = (gsize) where[0];
  m.col_year = (gsize) where[1];
  m.col_value = (gsize) where[2];
  m.plain_batch = (gsize) _doson_ctr_progress_table_test_knob ("DOSON_CTR_PROGRESS_PLAIN_BATCH",
                                                               PLAIN_BATCH);
  m.first = TRUE;
  _doson_ctr_progress_table_invalidate (table);
  ok = _doson_ctr_progress_table_read_pieces (table, reader, stream, &measurement_pieces, &m,
                                              cancellable, error);
  _doson_ctr_progress_table_invalidate (table);
  return ok;
}

