/* doson-ctr-progress-table.c: the progress of many series, measured as
 * their observations arrive
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The object, its settings and its results.  The index from series id to
 * state is in doson-ctr-progress-table-index.c, the group roll-ups in
 * doson-ctr-progress-table-groups.c; its files are read in
 * doson-ctr-progress-table-csv.c and written in
 * doson-ctr-progress-table-writer.c, and the section description of the
 * public header, which is mostly about those files, is in
 * doson-ctr-progress-table-csv.c.
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <math.h>
#include <string.h>

#include <doson-ctr/doson-ctr-error.h>
#include <doson-ctr/doson-ctr-progress-table.h>
#include <doson-ctr/doson-ctr-enum-types.h>

#include "base/doson-ctr-pages-private.h"
#include "maths/doson-ctr-progress-table-private.h"

/**
 * DosonCtrProgressTable:
 *
 * The progress of many series measured with one #DosonCtrProgressMethod,
 * read as a stream: an opaque final #GObject. See the section description
 * for the file formats and the order of calls.
 *
 * Since: 0.1
 */

enum
{
  PROP_0,
  PROP_METHOD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (DosonCtrProgressTable, doson_ctr_progress_table, G_TYPE_OBJECT)

static void
doson_ctr_progress_table_finalize (GObject *object)
{
  DosonCtrProgressTable *self = DOSON_CTR_PROGRESS_TABLE (object);
  guint i;

  _doson_ctr_pages_free (self->states, sizeof (DosonCtrSeriesState) * self->n_states_alloc);
  g_hash_table_unref (self->wide);
  for (i = 0; i < self->n_piece_buffers; i++)
    {
      _doson_ctr_pages_buffer_clear (&self->piece_buffers[i].data);
      _doson_ctr_pages_buffer_clear (&self->piece_buffers[i].parsed);
    }
  g_free (self->piece_buffers);
  _doson_ctr_pages_free (self->slots, sizeof (DosonCtrIndexSlot) * self->n_slots);
  _doson_ctr_string_arena_clear (&self->ids);
  g_array_unref (self->cutoffs);
  g_ptr_array_unref (self->group_names);
  g_hash_table_unref (self->group_index);
  g_ptr_array_unref (self->sources);
  g_clear_pointer (&self->summaries, g_array_unref);

  G_OBJECT_CLASS (doson_ctr_progress_table_parent_class)->finalize (object);
}

static void
doson_ctr_progress_table_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  DosonCtrProgressTable *self = DOSON_CTR_PROGRESS_TABLE (object);

  switch (prop_id)
    {
    case PROP_METHOD:
      g_value_set_enum (value, self->method);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
doson_ctr_progress_table_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  DosonCtrProgressTable *self = DOSON_CTR_PROGRESS_TABLE (object);

  switch (prop_id)
    {
    case PROP_METHOD:
      self->method = g_value_get_enum (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
doson_ctr_progress_table_class_init (DosonCtrProgressTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = doson_ctr_progress_table_finalize;
  object_class->get_property = doson_ctr_progress_table_get_property;
  object_class->set_property = doson_ctr_progress_table_set_property;

  /**
   * DosonCtrProgressTable:method:
   *
   * The method every series of the table is measured with.
   *
   * Since: 0.1
   */
  properties[PROP_METHOD] =
    g_param_spec_enum ("method", "Method", "The progress method",
                       doson_ctr_progress_method_get_type (),
                       DOSON_CTR_PROGRESS_METHOD_OPEN_SDG,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY
                       | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

/* The key of the index's hash: DOSON_CTR_HASH_SEED when it is a decimal
 * number (the same key for every table), random otherwise. */
static void
choose_hash_key (guint64 key[2])
{
  const char *text = g_getenv ("DOSON_CTR_HASH_SEED");
  guint64 seed;

  if (text != NULL && g_ascii_string_to_unsigned (text, 10, 0, G_MAXUINT64, &seed, NULL))
    {
      key[0] = seed;
      key[1] = seed ^ G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);
      return;
    }
  key[0] = ((guint64) g_random_int () << 32) | g_random_int ();
  key[1] = ((guint64) g_random_int () << 32) | g_random_int ();
}

static void
doson_ctr_progress_table_init (DosonCtrProgressTable *self)
{
  DosonCtrProgressSettings *defaults = doson_ctr_progress_settings_new ();

  self->default_settings = *defaults;
  doson_ctr_progress_settings_free (defaults);

  self->max_series = DOSON_CTR_PROGRESS_TABLE_DEFAULT_MAX_SERIES;
  choose_hash_key (self->hash_key);
  self->jobs = 1;
  self->hash_mask = G_MAXUINT32;
  _doson_ctr_string_arena_init (&self->ids);
  self->n_slots = 1024;
  self->slots = _doson_ctr_pages_alloc (sizeof (DosonCtrIndexSlot) * self->n_slots);
  self->cutoffs = g_array_new (FALSE, FALSE, sizeof (DosonCtrCutoffs));
  self->group_names = g_ptr_array_new ();
  self->group_index = g_hash_table_new (g_str_hash, g_str_equal);
  self->wide = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  self->sources = g_ptr_array_new ();
}

/**
 * doson_ctr_progress_table_new: (constructor)
 * @method: the method to measure every series with
 *
 * Makes an empty table that measures series with @method.
 *
 * Returns: (transfer full): a new table, released with g_object_unref()
 *
 * Since: 0.1
 */
DosonCtrProgressTable *
doson_ctr_progress_table_new (DosonCtrProgressMethod method)
{
  g_return_val_if_fail (method == DOSON_CTR_PROGRESS_METHOD_OPEN_SDG
                        || method == DOSON_CTR_PROGRESS_METHOD_UNSD_RATIO
                        || method == DOSON_CTR_PROGRESS_METHOD_EXPECTED_VALUE, NULL);

  return g_object_new (DOSON_CTR_TYPE_PROGRESS_TABLE, "method", method, NULL);
}

/**
 * doson_ctr_progress_table_get_method:
 * @table: a #DosonCtrProgressTable
 *
 * Gives the published method every series of @table is measured with, fixed
 * when the table was made with doson_ctr_progress_table_new().
 *
 * Returns: the method the table measures series with
 *
 * Since: 0.1
 */
DosonCtrProgressMethod
doson_ctr_progress_table_get_method (DosonCtrProgressTable *table)
{
  g_return_val_if_fail (DOSON_CTR_IS_PROGRESS_TABLE (table), DOSON_CTR_PROGRESS_METHOD_OPEN_SDG);

  return table->method;
}

/**
 * doson_ctr_progress_table_set_max_series:
 * @table: a #DosonCtrProgressTable
 * @max_series: the most series @table may hold, from 1 to 1 000 000 000
 *
 * Sets the most series @table holds. A table's memory grows with its
 * series, about 140 bytes each plus the id, settings included; so the
 * number of series is bounded, and a file with more series than anyone
 * meant (a mistake or a hostile input) stops with an error instead of
 * taking all the memory. The default, 20 000 000 series, is about 2.8 GB
 * plus the ids (3.4 GB with 30-byte ids). The loaders size the arrays
 * once from the size of a file and its first rows; when they cannot (a
 * pipe, a file sorted by year), the arrays grow by doubling, so allow up
 * to twice that while they grow.
 *
 * The limit applies where data make a new series:
 * doson_ctr_progress_table_add(), doson_ctr_progress_table_load_measurements()
 * and doson_ctr_progress_table_load_settings() refuse a series beyond it
 * with %DOSON_CTR_ERROR_LIMIT: `measurements.csv:17: field "series": more
 * than 3 series (the table's limit; see
 * doson_ctr_progress_table_set_max_series())`.
 * doson_ctr_progress_table_set_series_settings(), which the calling
 * program uses for series it chose itself, is not refused, but the series
 * it makes count towards the limit.
 *
 * A limit below the number of series @table already holds keeps them all
 * and refuses any new one.
 *
 * Since: 0.1
 */
void
doson_ctr_progress_table_set_max_series (DosonCtrProgressTable *table,
                                         guint                  max_series)
{
  g_return_if_fail (DOSON_CTR_IS_PROGRESS_TABLE (table));
  g_return_if_fail (max_series >= 1 && max_series <= DOSON_CTR_PROGRESS_TABLE_MAX_MAX_SERIES);

  table->max_series = max_series;
}

/**
 * doson_ctr_progress_table_get_max_series:
 * @table: a #DosonCtrProgressTable
 *
 * Gives the most series @table holds (see
 * doson_ctr_progress_table_set_max_series()): 20 000 000 unless set
 * otherwise.
 *
 * Returns: the most series @table may hold
 *
 * Since: 0.1
 */
guint
doson_ctr_progress_table_get_max_series (DosonCtrProgressTable *table)
{
  g_return_val_if_fail (DOSON_CTR_IS_PROGRESS_TABLE (table), 0);

  return table->max_series;
}

/**
 * doson_ctr_progress_table_set_jobs:
 * @table: a #DosonCtrProgressTable
 * @jobs: the number of threads that read the settings and measurements
 *   files and write the results, from 1 to 256
 *
 * Sets how many threads doson_ctr_progress_table_load_settings() and
 * doson_ctr_progress_table_load_measurements() read with: 1 (the
 * default) reads on the calling thread; more, the calling thread among
 * them, each read a piece of the file (cut at a record boundary: a line
 * break inside a quoted field is not one) and parse it, and add the
 * pieces to the table one at a time in the order of the file, so that
 * adding overlaps parsing. The table, its errors and its output are the
 * same whatever the number: a series whose rows straddle two pieces is
 * added as if read in one. Memory grows by a few MiB per job, never with
 * the size of the file, and the table keeps those buffers for its next
 * file.
 *
 * doson_ctr_progress_table_write_csv() and
 * doson_ctr_progress_table_write_json() format the rows of the series on
 * as many threads, in batches of a few thousand series that the calling
 * thread writes in their order, with the same bytes whatever the number;
 * memory grows by a few batches' output per job, never with the size of
 * the output. The roll-ups of the groups are written on the calling
 * thread.
 *
 * g_get_num_processors() gives the number of processors, which
 * `doson-ctr progress` uses unless told `--jobs`.
 *
 * Since: 0.1
 */
void
doson_ctr_progress_table_set_jobs (DosonCtrProgressTable *table,
                                   guint                  jobs)
{
  g_return_if_fail (DOSON_CTR_IS_PROGRESS_TABLE (table));
  g_return_if_fail (jobs >= 1 && jobs <= 256);

  table->jobs = jobs;
}

/**
 * doson_ctr_progress_table_get_jobs:
 * @table: a #DosonCtrProgressTable
 *
 * Gives the number of threads that read a measurements file and write
 * the results (see doson_ctr_progress_table_set_jobs()): 1 unless set
 * otherwise.
 *
 * Returns: the number of threads that read measurements and write results
 *
 * Since: 0.1
 */
guint
doson_ctr_progress_table_get_jobs (DosonCtrProgressTable *table)
{
  g_return_val_if_fail (DOSON_CTR_IS_PROGRESS_TABLE (table), 1);

  return table->jobs;
}

/* ------------------------------------------------------------------ */
/* Series and settings                                                 */
/* ------------------------------------------------------------------ */

void
_doson_ctr_progress_table_invalidate (DosonCtrProgressTable *table)
{
  g_clear_pointer (&table->summaries, g_array_unref);
}

gint32
_doson_ctr_progress_table_add_source (DosonCtrProgressTable *table,
                                      const char            *name)
{
  g_ptr_array_add (table->sources,
                   (gpointer) _doson_ctr_string_arena_insert_len (&table->ids, name, strlen (name)));
  return (gint32) table->sources->len - 1;
}

gint32
_doson_ctr_progress_table_intern_group (DosonCtrProgressTable *table,
                                        const char            *group)
{
  guint i;

  if (group == NULL)
    return -1;
  i = GPOINTER_TO_UINT (g_hash_table_lookup (table->group_index, group));
  if (i == 0)
    {
      char *name = (char *) _doson_ctr_string_arena_insert_len (&table->ids, group,
                                                                strlen (group));

      g_ptr_array_add (table->group_names, name);
      i = table->group_names->len;
      g_hash_table_insert (table->group_index, name, GUINT_TO_POINTER (i));
    }
  return (gint32) i - 1;
}

/**
 * doson_ctr_progress_table_set_default_settings:
 * @table: a #DosonCtrProgressTable
 * @settings: the settings of every series that has none of its own; they
 *   are copied
 *
 * Sets the default settings: those of the series without settings of
 * their own, and of the settings a row of the settings file leaves empty.
 * Without this call, the defaults are those of
 * doson_ctr_progress_settings_new().
 *
 * Call it before the first observation: once a series has an observation,
 * its settings can no longer change.
 *
 * Since: 0.1
 */
void
doson_ctr_progress_table_set_default_settings (DosonCtrProgressTable          *table,
                                               const DosonCtrProgressSettings *settings)
{
  g_return_if_fail (DOSON_CTR_IS_PROGRESS_TABLE (table));
  g_return_if_fail (settings != NULL);
  g_return_if_fail (table->n_observations == 0);

  /* The series' own settings are merged with the defaults when read. */
  table->default_settings = *settings;
  _doson_ctr_progress_table_invalidate (table);
}

void
_doson_ctr_series_settings_set (DosonCtrSeriesSettings         *own,
                                const DosonCtrProgressSettings *settings,
                                guint                           given)
{
  own->own = TRUE;
  own->given = (guint8) given;
  own->has = (settings->has_target ? DOSON_CTR_HAS_TARGET : 0)
             | (settings->has_base_year ? DOSON_CTR_HAS_BASE_YEAR : 0)
             | (settings->has_limit ? DOSON_CTR_HAS_LIMIT : 0)
             | (settings->has_cutoffs ? DOSON_CTR_HAS_CUTOFFS : 0);
  own->direction = (guint8) settings->direction;
  own->target = settings->target;
  own->target_year = settings->target_year;
  own->base_year = settings->base_year;
  own->limit = settings->limit;
}

/* Gives series @state the settings @settings; the caller has checked that
 * it has no observation. */
void
_doson_ctr_progress_table_assign_settings (DosonCtrProgressTable          *table,
                                           DosonCtrSeriesState            *state,
                                           const DosonCtrProgressSettings *settings,
                                           guint                           given,
                                           gint32                          group,
                                           gint32                          source,
                                           guint64                         line)
{
  DosonCtrSeriesSettings *own = &state->settings;
  gint32 cutoffs = own->own ? own->cutoffs : -1;

  _doson_ctr_series_settings_set (own, settings, given);
  own->group = group;
  own->source = source;
  own->line = line;
  /* Only the program gives cut-offs (given is then ALL); a series given
   * them twice keeps its place in the array. */
  own->cutoffs = -1;
  if (given == DOSON_CTR_GIVEN_ALL && settings->has_cutoffs)
    {
      if (cutoffs < 0)
        {
          g_array_append_val (table->cutoffs, settings->cutoffs);
          cutoffs = (gint32) table->cutoffs->len - 1;
        }
      else
        g_array_index (table->cutoffs, DosonCtrCutoffs, cutoffs) = settings->cutoffs;
      own->cutoffs = cutoffs;
    }
  _doson_ctr_progress_table_invalidate (table);
}

/**
 * doson_ctr_progress_table_set_series_settings:
 * @table: a #DosonCtrProgressTable
 * @series: a series id, not empty
 * @settings: the settings of @series; they are copied
 * @group: (nullable): the group of @series for the roll-up, or %NULL for
 *   none
 *
 * Sets the settings and the group of one series, replacing any it had.
 * The series is listed from now on, even without observations.
 *
 * Call it before the first observation of @series: once a series has an
 * observation, its settings can no longer change.
 *
 * The limit of doson_ctr_progress_table_set_max_series() does not apply
 * here: the calling program chooses its series (check
 * doson_ctr_progress_table_get_n_series() first if they come from data
 * you do not trust). A series made here counts towards the limit of the
 * loaders and of doson_ctr_progress_table_add(). A table never holds more
 * than 1 000 000 000 series.
 *
 * Since: 0.1
 */
void
doson_ctr_progress_table_set_series_settings (DosonCtrProgressTable          *table,
                                              const char                     *series,
                                              const DosonCtrProgressSettings *settings,
                                              const char                     *group)
{
  DosonCtrSeriesState *state;

  g_return_if_fail (DOSON_CTR_IS_PROGRESS_TABLE (table));
  g_return_if_fail (series != NULL && *series != '\0');
  g_return_if_fail (g_utf8_validate (series, -1, NULL));
  g_return_if_fail (settings != NULL);
  g_return_if_fail (group == NULL || g_utf8_validate (group, -1, NULL));

  state = _doson_ctr_progress_table_lookup_state (table, series);
  g_return_if_fail (state == NULL || state->summary.n_years == 0);
  g_return_if_fail (state != NULL || table->n_states < DOSON_CTR_PROGRESS_TABLE_MAX_MAX_SERIES);

  if (state == NULL)
    state = _doson_ctr_progress_table_ensure_series (table, series, strlen (series));
  _doson_ctr_progress_table_assign_settings (table, state, settings, DOSON_CTR_GIVEN_ALL, _doson_ctr_progress_table_intern_group (table, group), -1, 0);
}

/* ------------------------------------------------------------------ */
/* Observations                                                        */
/* ------------------------------------------------------------------ */

/**
 * doson_ctr_progress_table_add:
 * @table: a #DosonCtrProgressTable
 * @series: a series id, not empty
 * @year: the year of the observation, from 1900 to 2200
 * @value: the observed value, finite
 * @error: return location for a #GError, or %NULL
 *
 * Adds one observation of @series, which is listed from now on.
 *
 * Errors: %DOSON_CTR_ERROR_INVALID_ARGUMENT when @series is empty or not
 * UTF-8 or @year is out of range; %DOSON_CTR_ERROR_NOT_FINITE when @value
 * is NaN or infinite (leave missing data out); %DOSON_CTR_ERROR_INVALID_DATA
 * when @series already has a value for @year; %DOSON_CTR_ERROR_LIMIT when
 * @series is new but @table holds its most series already
 * (doson_ctr_progress_table_set_max_series()). The table is unchanged on
 * failure.
 *
 * Returns: %TRUE on success, %FALSE with @error set
 *
 * Since: 0.1
 */
gboolean
doson_ctr_progress_table_add (DosonCtrProgressTable *table,
                              const char            *series,
                              int                    year,
                              double                 value,
                              GError               **error)
{
  DosonCtrProgressSettings buf;
  DosonCtrSeriesState *state;

  g_return_val_if_fail (DOSON_CTR_IS_PROGRESS_TABLE (table), FALSE);
  g_return_val_if_fail (series != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (*series == '\0' || !g_utf8_validate (series, -1, NULL))
    {
      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_ARGUMENT,
                   *series == '\0' ? "the series id is empty"
                                   : "the series id is not valid UTF-8");
      return FALSE;
    }
  if (year < DOSON_CTR_YEAR_MIN || year > DOSON_CTR_YEAR_MAX)
    {
      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_ARGUMENT,
                   "series \"%s\": year %d is out of range (%d to %d)",
                   series, year, DOSON_CTR_YEAR_MIN, DOSON_CTR_YEAR_MAX);
      return FALSE;
    }
  if (!isfinite (value))
    {
      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_NOT_FINITE,
                   "series \"%s\", year %d: the value is %s, not a finite number; "
                   "leave missing data out",
                   series, year, isnan (value) ? "NaN" : "infinite");
      return FALSE;
    }

  state = _doson_ctr_progress_table_lookup_state (table, series);
  if (state != NULL && !_doson_ctr_progress_table_mark_year (table, state, year))
    {
      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA,
                   "series \"%s\" already has a value for %d", series, year);
      return FALSE;
    }
  if (state == NULL)
    {
      if (!_doson_ctr_progress_table_may_add_series (table))
        {
          g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_LIMIT,
                       "series \"%s\": " DOSON_CTR_PROGRESS_TABLE_LIMIT_FORMAT, series, table->max_series);
          return FALSE;
        }
      state = _doson_ctr_progress_table_ensure_series (table, series, strlen (series));
      _doson_ctr_progress_table_mark_year (table, state, year);
    }

  _doson_ctr_series_summary_add (&state->summary,
                                 _doson_ctr_progress_table_settings_of (table, state, &buf),
                                 year, value);
  table->n_observations++;
  _doson_ctr_progress_table_invalidate (table);
  return TRUE;
}

/* The state of the run of series @id (as for ensure_state()): first the
 * state after the last run's, which is the one when the measurements
 * come in the order of the settings (or of an earlier file), so that
 * most runs need no lookup in the index. */
static inline DosonCtrSeriesState *
run_state (DosonCtrProgressTable *table,
           const char            *id,
           gsize                  len,
           guint32                hash)
{
  DosonCtrSeriesState *state = NULL;

  if (table->next_run < table->n_states)
    {
      DosonCtrSeriesState *next = &table->states[table->next_run];

      /* The stored length tells whether both ids have @len bytes (ids
       * hold no NUL: see find_slot() for the long ones). */
      if (next->hash == hash && next->id_len == MIN (len, G_MAXUINT16)
          && (len < G_MAXUINT16 ? memcmp (next->id, id, len) == 0
                                : strncmp (next->id, id, len) == 0 && next->id[len] == '\0'))
        state = next;
    }
  if (state == NULL)
    state = _doson_ctr_progress_table_ensure_state (table, id, len, hash, TRUE);
  if (state != NULL)
    table->next_run = (guint) (state - table->states) + 1;
  return state;
}

gboolean
_doson_ctr_progress_table_add_run (DosonCtrProgressTable *table,
                                   DosonCtrCsvReader     *reader,
                                   const char            *id,
                                   gsize                  len,
                                   guint32                hash,
                                   guint64                line,
                                   const DosonCtrRunRow  *rows,
                                   guint                  n_rows,
                                   gsize                  col_series,
                                   gsize                  col_year,
                                   GError               **error)
{
  DosonCtrSeriesState *state = run_state (table, id, len, hash);
  const DosonCtrProgressSettings *settings;
  DosonCtrProgressSettings buf;
  gboolean has_base_year;
  int base_year;
  guint i;

  if (G_UNLIKELY (state == NULL))
    {
      _doson_ctr_csv_reader_problem (reader, error, DOSON_CTR_ERROR_LIMIT,
                                     line, (gssize) col_series,
                                     DOSON_CTR_PROGRESS_TABLE_LIMIT_FORMAT, table->max_series);
      return FALSE;
    }
  settings = _doson_ctr_progress_table_settings_of (table, state, &buf);
  has_base_year = settings->has_base_year;
  base_year = settings->base_year;

  for (i = 0; i < n_rows; i++)
    {
      const DosonCtrRunRow *row = &rows[i];

      if (G_UNLIKELY (!_doson_ctr_progress_table_mark_year (table, state, row->year)))
        {
          _doson_ctr_csv_reader_problem (reader, error, DOSON_CTR_ERROR_INVALID_DATA,
                                         line + row->line, (gssize) col_year,
                                         "series \"%s\" already has a value for %d",
                                         state->id, row->year);
          table->n_observations += i;
          return FALSE;
        }
      /* The value is finite: the parser refuses others. */
      _doson_ctr_series_summary_feed (&state->summary, has_base_year, base_year,
                                      row->year, row->value);
    }
  table->n_observations += n_rows;
  return TRUE;
}

/**
 * doson_ctr_progress_table_get_n_observations:
 * @table: a #DosonCtrProgressTable
 *
 * Counts the observations added so far with doson_ctr_progress_table_add()
 * and doson_ctr_progress_table_load_measurements(). Rows with an empty
 * value are not observations and are not counted.
 *
 * Returns: the number of observations added so far
 *
 * Since: 0.1
 */
guint64
doson_ctr_progress_table_get_n_observations (DosonCtrProgressTable *table)
{
  g_return_val_if_fail (DOSON_CTR_IS_PROGRESS_TABLE (table), 0);

  return table->n_observations;
}

/* ------------------------------------------------------------------ */
/* Results                                                             */
/* ------------------------------------------------------------------ */

/**
 * doson_ctr_progress_table_get_n_series:
 * @table: a #DosonCtrProgressTable
 *
 * Counts the series @table lists, those with settings or observations. The
 * indices of the series run from 0 to this number less one, in the order in
 * which the series first appeared.
 *
 * Returns: the number of series listed: those with settings or
 *   observations
 *
 * Since: 0.1
 */
guint
doson_ctr_progress_table_get_n_series (DosonCtrProgressTable *table)
{
  g_return_val_if_fail (DOSON_CTR_IS_PROGRESS_TABLE (table), 0);

  return table->n_states;
}

/**
 * doson_ctr_progress_table_get_series_id:
 * @table: a #DosonCtrProgressTable
 * @index: the index of a series, less than
 *   doson_ctr_progress_table_get_n_series()
 *
 * Gives the id of series @index, as it appeared in the settings or the
 * observations.
 *
 * Returns: (transfer none): the id of series @index, owned by @table
 *
 * Since: 0.1
 */
const char *
doson_ctr_progress_table_get_series_id (DosonCtrProgressTable *table,
                                        guint                  index)
{
  g_return_val_if_fail (DOSON_CTR_IS_PROGRESS_TABLE (table), NULL);
  g_return_val_if_fail (index < table->n_states, NULL);

  return table->states[index].id;
}

/**
 * doson_ctr_progress_table_get_group:
 * @table: a #DosonCtrProgressTable
 * @index: the index of a series, less than
 *   doson_ctr_progress_table_get_n_series()
 *
 * Gives the group series @index is rolled up in, as set by
 * doson_ctr_progress_table_set_series_settings() or the `group` column of
 * the settings file.
 *
 * Returns: (transfer none) (nullable): the group of series @index, owned
 *   by @table, or %NULL when it has none
 *
 * Since: 0.1
 */
const char *
doson_ctr_progress_table_get_group (DosonCtrProgressTable *table,
                                    guint                  index)
{
  const DosonCtrSeriesState *state;
  gint32 group;

  g_return_val_if_fail (DOSON_CTR_IS_PROGRESS_TABLE (table), NULL);
  g_return_val_if_fail (index < table->n_states, NULL);

  state = &table->states[index];
  if (!state->settings.own)
    return NULL;
  group = state->settings.group;
  return group < 0 ? NULL : g_ptr_array_index (table->group_names, group);
}

/**
 * doson_ctr_progress_table_lookup:
 * @table: a #DosonCtrProgressTable
 * @series: a series id
 * @index: (out) (optional): return location for the index of @series
 *
 * Looks a series up by its id; @index is untouched when it is not listed.
 *
 * Returns: %TRUE when @series is listed
 *
 * Since: 0.1
 */
gboolean
doson_ctr_progress_table_lookup (DosonCtrProgressTable *table,
                                 const char            *series,
                                 guint                 *index)
{
  const DosonCtrSeriesState *state;

  g_return_val_if_fail (DOSON_CTR_IS_PROGRESS_TABLE (table), FALSE);
  g_return_val_if_fail (series != NULL, FALSE);

  state = _doson_ctr_progress_table_lookup_state (table, series);
  if (state == NULL)
    return FALSE;
  if (index != NULL)
    *index = (guint) (state - table->states);
  return TRUE;
}

void
_doson_ctr_progress_table_evaluate (DosonCtrProgressTable  *table,
                                    guint                   index,
                                    DosonCtrProgressResult *result)
{
  const DosonCtrSeriesState *state = &table->states[index];
  DosonCtrProgressSettings buf;

  _doson_ctr_progress_evaluate (table->method, _doson_ctr_progress_table_settings_of (table, state, &buf),
                                &state->summary, result);
}

/**
 * doson_ctr_progress_table_get_result:
 * @table: a #DosonCtrProgressTable
 * @index: the index of a series, less than
 *   doson_ctr_progress_table_get_n_series()
 *
 * Measures the progress of series @index with the table's method, from
 * the observations added so far; the same as doson_ctr_progress_compute()
 * on the same observations and settings.
 *
 * Returns: (transfer full): the result, freed with
 *   doson_ctr_progress_result_free()
 *
 * Since: 0.1
 */
DosonCtrProgressResult *
doson_ctr_progress_table_get_result (DosonCtrProgressTable *table,
                                     guint                  index)
{
  DosonCtrProgressResult result;

  g_return_val_if_fail (DOSON_CTR_IS_PROGRESS_TABLE (table), NULL);
  g_return_val_if_fail (index < table->n_states, NULL);

  _doson_ctr_progress_table_evaluate (table, index, &result);
  return _doson_ctr_progress_result_dup (&result);
}

