/* doson-ctr-progress-table.c: the progress of many series, streamed from CSV
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
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
#include <doson-ctr/doson-ctr-enum-types.h>

#include "base/doson-ctr-private.h"
#include "formats/doson-ctr-csv-private.h"
#include "maths/doson-ctr-progress-private.h"

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
 *   SDG and the end of programme 03-CTr/ĐU; a year without a target is an
 *   error);
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
 * doson_ctr_progress_rollup(): the mean of their `open-sdg` scores and the
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
 * CSV, invalid UTF-8 and text where a number belongs are
 * %DOSON_CTR_ERROR_PARSE; `NaN`, `Inf` or a number too large for a double
 * is %DOSON_CTR_ERROR_NOT_FINITE; a missing or unknown column, a field
 * count that differs from the header's, an empty series id, a year out of
 * range and a duplicate year are %DOSON_CTR_ERROR_INVALID_DATA; an empty
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
 * doson_ctr_progress_table_set_max_series() says otherwise (about 2 GB
 * plus the ids). A row beyond a limit fails the load with
 * %DOSON_CTR_ERROR_LIMIT and a message that names the limit:
 * `measurements.csv:17: field "series": more than 20000000 series (the
 * table's limit; see doson_ctr_progress_table_set_max_series())`. The
 * number of rows is not limited: the table keeps nothing per row.
 *
 * A table is not thread-safe: use it from one thread at a time.
 *
 * Since: 0.1
 */

/**
 * DosonCtrProgressTable:
 *
 * The progress of many series measured with one #DosonCtrProgressMethod,
 * read as a stream: an opaque final #GObject. See the section description
 * for the file formats and the order of calls.
 *
 * Since: 0.1
 */

/* A target without a year is due in Open SDG's default target year, which
 * is also the last year of programme 03-CTr/ĐU. */
#define DEFAULT_TARGET_YEAR 2030

/* Writers hand the stream this much at a time.  Their buffer starts at
 * WRITE_FIRST bytes and grows (GString doubles it) only as far as the
 * output needs, so that a short table costs a short buffer. */
#define WRITE_CHUNK (256 * 1024)
#define WRITE_FIRST 4096

/* The most series a table holds unless told otherwise, and the most it can
 * be told (the index holds at most 3/4 of 2^31 slots).  A series costs
 * about 90 bytes (72 of state, 8 to 21 of index) plus its id, and 96 more
 * with settings of its own: 20 000 000 series are about 1.8 GB plus the
 * ids (2.4 GB with 30-byte ids), 3.7 GB with settings for every series;
 * the arrays grow by doubling, so allow for up to twice that. */
#define DEFAULT_MAX_SERIES 20000000u
#define MAX_MAX_SERIES 1000000000u

#define N_WIDE_WORDS ((DOSON_CTR_YEAR_MAX - DOSON_CTR_YEAR_MIN) / 64 + 1)

/* Which settings a row of the settings file gives. */
enum
{
  GIVEN_DIRECTION = 1 << 0,
  GIVEN_TARGET = 1 << 1,
  GIVEN_BASE_YEAR = 1 << 2,
  GIVEN_LIMIT = 1 << 3,
  GIVEN_ALL = 0xff
};

typedef struct
{
  DosonCtrProgressSettings settings;   /* merged with the defaults */
  guint                    given;      /* GIVEN_*: the rest is the defaults' */
  gint32                   group;      /* index into groups, or -1 */
  gint32                   source;     /* index into sources, or -1: the caller */
  guint64                  line;
} SettingsEntry;

/* The state of one series, kept small: one per series is all the table
 * holds, beside the ids and the index.  The years seen are
 * bits of @bits, bit i standing for year bits_base + i, until a year
 * falls outside those 64; from then on (bits_base == WIDE) the table's
 * @wide holds a bit for every possible year. */
#define WIDE G_MININT16

typedef struct
{
  DosonCtrSeriesSummary summary;
  const char           *id;          /* in table->ids, NUL-terminated */
  gint32                settings;    /* index into table->settings, or -1 */
  gint16                bits_base;
  guint64               bits;
} SeriesState;

/* A slot of the index from series id to state: the id's hash and the
 * state's index + 1 (0: an empty slot). */
typedef struct
{
  guint32 hash;
  guint32 state;
} IndexSlot;

typedef struct
{
  const char             *id;          /* NULL: the series without a group */
  guint                   n_series;
  DosonCtrProgressResult  result;
} GroupSummary;

struct _DosonCtrProgressTable
{
  GObject                  parent_instance;

  DosonCtrProgressMethod   method;
  DosonCtrProgressSettings default_settings;

  GStringChunk            *ids;          /* series ids, group names, file names */
  IndexSlot               *slots;        /* open addressing: id -> state */
  guint                    n_slots;      /* a power of two */
  SeriesState             *states;
  guint                    n_states;
  guint                    n_states_alloc;
  guint64                  n_observations;
  guint                    max_series;   /* no new series beyond */

  GArray                  *settings;     /* SettingsEntry */
  GPtrArray               *group_names;  /* interned, not owned */
  GHashTable              *group_index;  /* name -> index + 1 */
  GPtrArray               *sources;      /* interned file names, not owned */

  GArray                  *summaries;    /* GroupSummary; NULL when stale */
  GHashTable              *wide;         /* state index -> N_WIDE_WORDS words */
};

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

  g_free (self->states);
  g_hash_table_unref (self->wide);
  g_free (self->slots);
  g_string_chunk_free (self->ids);
  g_array_unref (self->settings);
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

static void
doson_ctr_progress_table_init (DosonCtrProgressTable *self)
{
  DosonCtrProgressSettings *defaults = doson_ctr_progress_settings_new ();

  self->default_settings = *defaults;
  doson_ctr_progress_settings_free (defaults);

  self->max_series = DEFAULT_MAX_SERIES;
  self->ids = g_string_chunk_new (1024 * 1024);
  self->n_slots = 1024;
  self->slots = g_new0 (IndexSlot, self->n_slots);
  self->settings = g_array_new (FALSE, FALSE, sizeof (SettingsEntry));
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
 * series, about 90 bytes each plus the id, and 96 more for a series with
 * settings of its own; so the number of series is bounded, and a file
 * with more series than anyone meant (a mistake or a hostile input) stops
 * with an error instead of taking all the memory. The default, 20 000 000
 * series, is about 1.8 GB plus the ids (2.4 GB with 30-byte ids), and
 * 3.7 GB when every series has settings of its own; the arrays grow by
 * doubling, so allow up to twice that while they grow.
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
  g_return_if_fail (max_series >= 1 && max_series <= MAX_MAX_SERIES);

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

/* ------------------------------------------------------------------ */
/* Series and settings                                                 */
/* ------------------------------------------------------------------ */

static void
invalidate_summaries (DosonCtrProgressTable *table)
{
  g_clear_pointer (&table->summaries, g_array_unref);
}

static inline const DosonCtrProgressSettings *
settings_of (DosonCtrProgressTable *table,
             const SeriesState     *state)
{
  if (state->settings < 0)
    return &table->default_settings;
  return &g_array_index (table->settings, SettingsEntry, state->settings).settings;
}

/* A hash of @len bytes at @id, eight at a time. */
static inline guint32
hash_id (const char *id,
         gsize       len)
{
  guint64 h = G_GUINT64_CONSTANT (0x9E3779B97F4A7C15) ^ len;

  while (len >= 8)
    {
      guint64 w;

      memcpy (&w, id, 8);
      h = (h ^ w) * G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
      h ^= h >> 31;
      id += 8;
      len -= 8;
    }
  if (len > 0)
    {
      guint64 w = 0;

      memcpy (&w, id, len);
      h = (h ^ w) * G_GUINT64_CONSTANT (0x94D049BB133111EB);
      h ^= h >> 29;
    }
  h *= G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);
  return (guint32) (h >> 32);
}

static inline gboolean
bytes_equal (const char *a,
             const char *b,
             gsize       len)
{
  while (len >= 8)
    {
      guint64 x, y;

      memcpy (&x, a, 8);
      memcpy (&y, b, 8);
      if (x != y)
        return FALSE;
      a += 8;
      b += 8;
      len -= 8;
    }
  while (len > 0)
    {
      if (*a++ != *b++)
        return FALSE;
      len--;
    }
  return TRUE;
}

/* The slot of @id: the one holding it, or the empty one where it goes. */
static inline IndexSlot *
find_slot (DosonCtrProgressTable *table,
           const char            *id,
           gsize                  len,
           guint32                hash)
{
  guint mask = table->n_slots - 1;
  guint i = hash & mask;

  for (;;)
    {
      IndexSlot *slot = &table->slots[i];

      if (slot->state == 0)
        return slot;
      if (slot->hash == hash)
        {
          const SeriesState *state = &table->states[slot->state - 1];

          /* Ids hold no NUL: a shorter stored id differs at its NUL,
           * where strncmp() stops (bytes_equal() would read on). */
          if (strncmp (state->id, id, len) == 0 && state->id[len] == '\0')
            return slot;
        }
      i = (i + 1) & mask;
    }
}

static inline SeriesState *
lookup_state (DosonCtrProgressTable *table,
              const char            *id)
{
  gsize len = strlen (id);
  IndexSlot *slot = find_slot (table, id, len, hash_id (id, len));

  return slot->state == 0 ? NULL : &table->states[slot->state - 1];
}

/* Doubles the index. */
static void
grow_index (DosonCtrProgressTable *table)
{
  IndexSlot *old = table->slots;
  guint n_old = table->n_slots;
  guint i;

  table->n_slots *= 2;
  table->slots = g_new0 (IndexSlot, table->n_slots);
  for (i = 0; i < n_old; i++)
    {
      guint j;

      if (old[i].state == 0)
        continue;
      for (j = old[i].hash & (table->n_slots - 1);
           table->slots[j].state != 0;
           j = (j + 1) & (table->n_slots - 1))
        ;
      table->slots[j] = old[i];
    }
  g_free (old);
}

/* The message of a DOSON_CTR_ERROR_LIMIT error for one series too many,
 * after its "NAME:LINE: field "series": " or "series "ID": ". */
#define SERIES_LIMIT_FORMAT \
  "more than %u series (the table's limit; see doson_ctr_progress_table_set_max_series())"

/* Whether the table may make one more series. */
static inline gboolean
may_add_series (DosonCtrProgressTable *table)
{
  return table->n_states < table->max_series;
}

/* The state of series @id (@len bytes, NUL-terminated, hashing to @hash),
 * made if new; NULL when it is new and @limited but may_add_series() is
 * FALSE. */
static SeriesState *
ensure_state_hashed (DosonCtrProgressTable *table,
                     const char            *id,
                     gsize                  len,
                     guint32                hash,
                     gboolean               limited)
{
  IndexSlot *slot = find_slot (table, id, len, hash);
  SeriesState *state;

  if (slot->state != 0)
    return &table->states[slot->state - 1];

  if (limited && !may_add_series (table))
    return NULL;
  /* What the index can hold, whatever the limit. */
  g_return_val_if_fail (table->n_states < MAX_MAX_SERIES, NULL);

  /* At most three quarters full. */
  if ((table->n_states + 1) > table->n_slots / 4 * 3)
    {
      grow_index (table);
      slot = find_slot (table, id, len, hash);
    }

  if (table->n_states == table->n_states_alloc)
    {
      table->n_states_alloc = MAX (table->n_states_alloc * 2, 64);
      table->states = g_renew (SeriesState, table->states, table->n_states_alloc);
    }
  state = &table->states[table->n_states++];
  memset (state, 0, sizeof *state);
  _doson_ctr_series_summary_init (&state->summary);
  state->id = g_string_chunk_insert_len (table->ids, id, len);
  state->settings = -1;
  slot->hash = hash;
  slot->state = table->n_states;
  invalidate_summaries (table);

  return state;
}

/* The state of series @id, made if new whatever the limit: the callers
 * have checked it, or are not limited. */
static inline SeriesState *
ensure_state (DosonCtrProgressTable *table,
              const char            *id,
              gsize                  len)
{
  return ensure_state_hashed (table, id, len, hash_id (id, len), FALSE);
}

static gint32
intern_group (DosonCtrProgressTable *table,
              const char            *group)
{
  guint i;

  if (group == NULL)
    return -1;
  i = GPOINTER_TO_UINT (g_hash_table_lookup (table->group_index, group));
  if (i == 0)
    {
      char *name = g_string_chunk_insert (table->ids, group);

      g_ptr_array_add (table->group_names, name);
      i = table->group_names->len;
      g_hash_table_insert (table->group_index, name, GUINT_TO_POINTER (i));
    }
  return (gint32) i - 1;
}

/* Gives @dest the defaults' value of every setting not in @given. */
static void
merge_defaults (DosonCtrProgressSettings       *dest,
                guint                           given,
                const DosonCtrProgressSettings *defaults)
{
  if (!(given & GIVEN_DIRECTION))
    dest->direction = defaults->direction;
  if (!(given & GIVEN_TARGET))
    {
      dest->has_target = defaults->has_target;
      dest->target = defaults->target;
      dest->target_year = defaults->target_year;
    }
  if (!(given & GIVEN_BASE_YEAR))
    {
      dest->has_base_year = defaults->has_base_year;
      dest->base_year = defaults->base_year;
    }
  if (!(given & GIVEN_LIMIT))
    {
      dest->has_limit = defaults->has_limit;
      dest->limit = defaults->limit;
    }
  if (given != GIVEN_ALL)
    {
      dest->has_cutoffs = defaults->has_cutoffs;
      dest->cutoffs = defaults->cutoffs;
    }
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
  guint i;

  g_return_if_fail (DOSON_CTR_IS_PROGRESS_TABLE (table));
  g_return_if_fail (settings != NULL);
  g_return_if_fail (table->n_observations == 0);

  table->default_settings = *settings;
  for (i = 0; i < table->settings->len; i++)
    {
      SettingsEntry *entry = &g_array_index (table->settings, SettingsEntry, i);

      merge_defaults (&entry->settings, entry->given, settings);
    }
  invalidate_summaries (table);
}

/* Gives series @state the settings @settings; the caller has checked that
 * it has no observation. */
static void
assign_settings (DosonCtrProgressTable          *table,
                 SeriesState                    *state,
                 const DosonCtrProgressSettings *settings,
                 guint                           given,
                 gint32                          group,
                 gint32                          source,
                 guint64                         line)
{
  SettingsEntry *entry;

  if (state->settings < 0)
    {
      SettingsEntry empty = { 0 };

      g_array_append_val (table->settings, empty);
      state->settings = (gint32) table->settings->len - 1;
    }
  entry = &g_array_index (table->settings, SettingsEntry, state->settings);
  entry->settings = *settings;
  entry->given = given;
  merge_defaults (&entry->settings, given, &table->default_settings);
  entry->group = group;
  entry->source = source;
  entry->line = line;
  invalidate_summaries (table);
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
  SeriesState *state;

  g_return_if_fail (DOSON_CTR_IS_PROGRESS_TABLE (table));
  g_return_if_fail (series != NULL && *series != '\0');
  g_return_if_fail (g_utf8_validate (series, -1, NULL));
  g_return_if_fail (settings != NULL);
  g_return_if_fail (group == NULL || g_utf8_validate (group, -1, NULL));

  state = lookup_state (table, series);
  g_return_if_fail (state == NULL || state->summary.n_years == 0);
  g_return_if_fail (state != NULL || table->n_states < MAX_MAX_SERIES);

  if (state == NULL)
    state = ensure_state (table, series, strlen (series));
  assign_settings (table, state, settings, GIVEN_ALL, intern_group (table, group), -1, 0);
}

/* ------------------------------------------------------------------ */
/* Observations                                                        */
/* ------------------------------------------------------------------ */

/* Marks @year as seen in @state; FALSE if it was already. */
static gboolean
mark_year (DosonCtrProgressTable *table,
           SeriesState           *state,
           int                    year)
{
  guint64 *wide;
  int offset;

  if (state->bits_base != WIDE)
    {
      if (state->bits == 0)
        {
          state->bits_base = (gint16) (year - 32);
          state->bits = G_GUINT64_CONSTANT (1) << 32;
          return TRUE;
        }
      offset = year - state->bits_base;
      if (offset >= 0 && offset < 64)
        {
          guint64 bit = G_GUINT64_CONSTANT (1) << offset;

          if (state->bits & bit)
            return FALSE;
          state->bits |= bit;
          return TRUE;
        }

      /* Years more than 31 apart: every possible year gets a bit. */
      wide = g_new0 (guint64, N_WIDE_WORDS);
      for (offset = 0; offset < 64; offset++)
        if (state->bits & (G_GUINT64_CONSTANT (1) << offset))
          {
            int i = state->bits_base + offset - DOSON_CTR_YEAR_MIN;

            wide[i / 64] |= G_GUINT64_CONSTANT (1) << (i % 64);
          }
      g_hash_table_insert (table->wide, GUINT_TO_POINTER (state - table->states), wide);
      state->bits_base = WIDE;
    }
  else
    wide = g_hash_table_lookup (table->wide, GUINT_TO_POINTER (state - table->states));

  offset = year - DOSON_CTR_YEAR_MIN;
  if (wide[offset / 64] & (G_GUINT64_CONSTANT (1) << (offset % 64)))
    return FALSE;
  wide[offset / 64] |= G_GUINT64_CONSTANT (1) << (offset % 64);
  return TRUE;
}

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
  SeriesState *state;

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

  state = lookup_state (table, series);
  if (state != NULL && !mark_year (table, state, year))
    {
      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA,
                   "series \"%s\" already has a value for %d", series, year);
      return FALSE;
    }
  if (state == NULL)
    {
      if (!may_add_series (table))
        {
          g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_LIMIT,
                       "series \"%s\": " SERIES_LIMIT_FORMAT, series, table->max_series);
          return FALSE;
        }
      state = ensure_state (table, series, strlen (series));
      mark_year (table, state, year);
    }

  _doson_ctr_series_summary_add (&state->summary, settings_of (table, state), year, value);
  table->n_observations++;
  invalidate_summaries (table);
  return TRUE;
}

/* Finds the columns @names in the header; a missing one is an error, and
 * so is an unknown one when @unknown_is_error. */
static gboolean
find_columns (DosonCtrCsvReader  *reader,
              DosonCtrCsvField   *fields,
              gsize               n_fields,
              const char * const *names,
              gsize               n_names,
              gsize               n_required,
              gboolean            unknown_is_error,
              gssize             *columns,
              GError            **error)
{
  gsize i, j;

  for (j = 0; j < n_names; j++)
    columns[j] = -1;

  for (i = 0; i < n_fields; i++)
    {
      g_autofree char *name = g_strstrip (g_strndup (fields[i].text, fields[i].len));
      gboolean known = FALSE;

      for (j = 0; j < n_names; j++)
        {
          if (g_ascii_strcasecmp (name, names[j]) != 0)
            continue;
          if (columns[j] >= 0)
            {
              _doson_ctr_csv_reader_field_error (reader, error, DOSON_CTR_ERROR_INVALID_DATA, i,
                                                 "column \"%s\" appears twice (fields %"
                                                 G_GSSIZE_FORMAT " and %" G_GSIZE_FORMAT ")",
                                                 names[j], columns[j] + 1, i + 1);
              return FALSE;
            }
          columns[j] = (gssize) i;
          known = TRUE;
        }

      if (!known && unknown_is_error)
        {
          g_autoptr(GString) expected = g_string_new (NULL);

          for (j = 0; j < n_names; j++)
            g_string_append_printf (expected, "%s%s", j > 0 ? ", " : "", names[j]);
          _doson_ctr_csv_reader_field_error (reader, error, DOSON_CTR_ERROR_INVALID_DATA, i,
                                             "unknown column (the columns are %s)",
                                             expected->str);
          return FALSE;
        }
    }

  for (j = 0; j < n_required; j++)
    {
      if (columns[j] < 0)
        {
          g_autoptr(GString) required = g_string_new (NULL);
          gsize k;

          for (k = 0; k < n_required; k++)
            g_string_append_printf (required, "%s%s", k == 0 ? "" : k + 1 == n_required ? " and " : ", ",
                                    names[k]);
          _doson_ctr_csv_reader_record_error (reader, error, DOSON_CTR_ERROR_INVALID_DATA,
                                              "missing column \"%s\" (the header must name %s)",
                                              names[j], required->str);
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
check_field_count (DosonCtrCsvReader *reader,
                   gsize              n_fields,
                   gsize              n_header,
                   GError           **error)
{
  if (n_fields == n_header)
    return TRUE;
  _doson_ctr_csv_reader_record_error (reader, error, DOSON_CTR_ERROR_INVALID_DATA,
                                      "%" G_GSIZE_FORMAT " field%s where the header has %"
                                      G_GSIZE_FORMAT " (a comma in an unquoted value?)",
                                      n_fields, n_fields == 1 ? "" : "s", n_header);
  return FALSE;
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

typedef struct
{
  int     year;
  double  value;
  guint64 line;        /* of the year field, for messages */
} RunRow;

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
  guint64   years[N_WIDE_WORDS];
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
  run->hash = hash_id (id, len);
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
  return len == run->id_len && bytes_equal (text, run->id, len);
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
  SeriesState *state = ensure_state_hashed (table, run->id, run->id_len, run->hash, TRUE);
  const DosonCtrProgressSettings *settings;
  guint i;

  if (G_UNLIKELY (state == NULL))
    {
      _doson_ctr_csv_reader_error_at (reader, error, DOSON_CTR_ERROR_LIMIT,
                                      run->line, col_series,
                                      SERIES_LIMIT_FORMAT, table->max_series);
      return FALSE;
    }
  settings = settings_of (table, state);

  for (i = 0; i < run->n_rows; i++)
    {
      const RunRow *row = &run->rows[i];

      if (G_UNLIKELY (!mark_year (table, state, row->year)))
        {
          _doson_ctr_csv_reader_error_at (reader, error, DOSON_CTR_ERROR_INVALID_DATA,
                                          row->line, col_year,
                                          "series \"%s\" already has a value for %d",
                                          state->id, row->year);
          table->n_observations += i;
          return FALSE;
        }
      _doson_ctr_series_summary_add (&state->summary, settings, row->year, row->value);
    }
  table->n_observations += run->n_rows;
  return TRUE;
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
      const IndexSlot *slot = &table->slots[run->hash & (table->n_slots - 1)];

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
  static const char * const names[] = { "series", "year", "value" };
  g_autoptr(DosonCtrCsvReader) reader = NULL;
  g_autoptr(GError) row_error = NULL;
  g_autofree Pipe *pipe = NULL;
  DosonCtrCsvField *fields;
  gsize n_fields, n_header;
  gssize columns[G_N_ELEMENTS (names)];
  gsize col_series, col_year, col_value;
  DosonCtrCsvRead status;
  gboolean ok = FALSE;

  g_return_val_if_fail (DOSON_CTR_IS_PROGRESS_TABLE (table), FALSE);
  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  reader = _doson_ctr_csv_reader_new (stream, name);
  if (!_doson_ctr_csv_reader_read_header (reader, &fields, &n_header, cancellable, error))
    return FALSE;
  if (!find_columns (reader, fields, n_header, names, G_N_ELEMENTS (names),
                     G_N_ELEMENTS (names), FALSE, columns, error))
    return FALSE;
  col_series = columns[0];
  col_year = columns[1];
  col_value = columns[2];

  pipe = g_new0 (Pipe, 1);
  pipe->col_series = col_series;
  pipe->col_year = col_year;

  invalidate_summaries (table);

  while ((status = _doson_ctr_csv_reader_next (reader, &fields, &n_fields,
                                               cancellable, &row_error)) == DOSON_CTR_CSV_READ_RECORD)
    {
      const DosonCtrCsvField *sf = &fields[col_series];
      const DosonCtrCsvField *yf;
      const DosonCtrCsvField *vf;
      Run *run = pipe_current (pipe);
      RunRow *row;
      int year;
      double value;

      if (G_UNLIKELY (n_fields != n_header)
          && !check_field_count (reader, n_fields, n_header, &row_error))
        goto out;

      /* The series: rows of the same series as the previous row join its
       * run; another series starts a new run. */
      if (run == NULL || !run_same_id (run, sf->text, sf->len))
        {
          if (G_UNLIKELY (sf->len == 0))
            {
              _doson_ctr_csv_reader_field_error (reader, &row_error, DOSON_CTR_ERROR_INVALID_DATA,
                                                 col_series, "empty series id");
              goto out;
            }
          if (!pipe_start (table, pipe, sf->text, sf->len, sf->line, reader, error))
            goto out;
          run = pipe_current (pipe);
        }

      /* The year: four digits inline, anything else through the parser. */
      yf = &fields[col_year];
      if (G_LIKELY (yf->len == 4
                    && g_ascii_isdigit (yf->text[0]) && g_ascii_isdigit (yf->text[1])
                    && g_ascii_isdigit (yf->text[2]) && g_ascii_isdigit (yf->text[3])))
        {
          year = (yf->text[0] - '0') * 1000 + (yf->text[1] - '0') * 100
                 + (yf->text[2] - '0') * 10 + (yf->text[3] - '0');
          if (G_UNLIKELY (year < DOSON_CTR_YEAR_MIN || year > DOSON_CTR_YEAR_MAX)
              && !_doson_ctr_csv_reader_parse_year (reader, fields, col_year, &year, &row_error))
            goto out;
        }
      else if (!_doson_ctr_csv_reader_parse_year (reader, fields, col_year, &year, &row_error))
        goto out;

      /* The value: an empty cell is no observation. */
      vf = &fields[col_value];
      if (G_UNLIKELY (_doson_ctr_parse_double (vf->text, vf->len, &value) != DOSON_CTR_NUMBER_OK))
        {
          if (_doson_ctr_csv_field_is_blank (vf))
            continue;
          _doson_ctr_csv_reader_parse_double (reader, fields, col_value, &value, &row_error);
          goto out;
        }

      /* A year twice in one run: an error right away. */
      if (G_UNLIKELY (run_has_year (run, year)))
        {
          _doson_ctr_csv_reader_field_error (reader, &row_error, DOSON_CTR_ERROR_INVALID_DATA,
                                             col_year, "series \"%s\" already has a value for %d",
                                             run->id, year);
          goto out;
        }
      row = &run->rows[run->n_rows++];
      row->year = year;
      row->value = value;
      row->line = yf->line;
    }

  if (status == DOSON_CTR_CSV_READ_END)
    ok = pipe_finish_all (table, pipe, reader, error);

out:
  /* An error in a row comes after the rows of the runs before it: those
   * are added first, and an error among them is the one reported. */
  if (row_error != NULL && pipe_finish_all (table, pipe, reader, error))
    g_propagate_error (error, g_steal_pointer (&row_error));
  {
    guint i;

    for (i = 0; i < PIPE_DEPTH; i++)
      g_free (pipe->runs[i].id);
  }
  invalidate_summaries (table);
  return ok;
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
/* The settings file                                                   */
/* ------------------------------------------------------------------ */

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

static const char * const settings_columns[N_SET_COLUMNS] = {
  "series", "direction", "target", "target_year", "base_year", "limit", "group"
};

static inline gboolean
has_cell (DosonCtrCsvField *fields,
          gssize            column)
{
  return column >= 0 && !_doson_ctr_csv_field_is_blank (&fields[column]);
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
 * unknown column, an empty series id, an unknown direction, a target year
 * without a target, a series listed twice (or given settings before) and
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
  gsize n_fields, n_header;
  gssize col[N_SET_COLUMNS];
  DosonCtrCsvRead status;
  gint32 source;

  g_return_val_if_fail (DOSON_CTR_IS_PROGRESS_TABLE (table), FALSE);
  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  reader = _doson_ctr_csv_reader_new (stream, name);
  if (!_doson_ctr_csv_reader_read_header (reader, &fields, &n_header, cancellable, error))
    return FALSE;
  if (!find_columns (reader, fields, n_header, settings_columns, N_SET_COLUMNS, 1, TRUE,
                     col, error))
    return FALSE;

  g_ptr_array_add (table->sources, g_string_chunk_insert (table->ids, name));
  source = (gint32) table->sources->len - 1;

  while ((status = _doson_ctr_csv_reader_next (reader, &fields, &n_fields,
                                               cancellable, error)) == DOSON_CTR_CSV_READ_RECORD)
    {
      DosonCtrProgressSettings settings = table->default_settings;
      const DosonCtrCsvField *sf = &fields[col[SET_SERIES]];
      guint given = 0;
      gint32 group = -1;
      SeriesState *state;

      if (!check_field_count (reader, n_fields, n_header, error))
        return FALSE;
      if (sf->len == 0)
        {
          _doson_ctr_csv_reader_field_error (reader, error, DOSON_CTR_ERROR_INVALID_DATA,
                                             col[SET_SERIES], "empty series id");
          return FALSE;
        }

      state = lookup_state (table, sf->text);
      if (state != NULL && state->settings >= 0)
        {
          const SettingsEntry *earlier = &g_array_index (table->settings, SettingsEntry,
                                                         state->settings);
          g_autofree char *where = NULL;

          if (earlier->source >= 0)
            where = g_strdup_printf ("%s:%" G_GUINT64_FORMAT,
                                     (const char *) g_ptr_array_index (table->sources,
                                                                       earlier->source),
                                     earlier->line);
          _doson_ctr_csv_reader_field_error (reader, error, DOSON_CTR_ERROR_INVALID_DATA,
                                             col[SET_SERIES],
                                             "series \"%s\" already has settings (%s)",
                                             sf->text, where != NULL ? where : "set by the program");
          return FALSE;
        }
      if (state != NULL && state->summary.n_years > 0)
        {
          _doson_ctr_csv_reader_field_error (reader, error, DOSON_CTR_ERROR_INVALID_DATA,
                                             col[SET_SERIES],
                                             "series \"%s\" already has observations; "
                                             "load the settings before the measurements",
                                             sf->text);
          return FALSE;
        }
      if (state == NULL && !may_add_series (table))
        {
          _doson_ctr_csv_reader_field_error (reader, error, DOSON_CTR_ERROR_LIMIT,
                                             col[SET_SERIES], SERIES_LIMIT_FORMAT,
                                             table->max_series);
          return FALSE;
        }

      if (has_cell (fields, col[SET_DIRECTION]))
        {
          g_autofree char *text = g_strstrip (g_strdup (fields[col[SET_DIRECTION]].text));

          if (!doson_ctr_direction_from_string (text, &settings.direction))
            {
              _doson_ctr_csv_reader_field_error (reader, error, DOSON_CTR_ERROR_INVALID_DATA,
                                                 col[SET_DIRECTION],
                                                 "unknown direction \"%s\" (expected higher or lower)",
                                                 text);
              return FALSE;
            }
          given |= GIVEN_DIRECTION;
        }

      if (has_cell (fields, col[SET_TARGET]))
        {
          double target;
          int target_year = DEFAULT_TARGET_YEAR;

          if (!_doson_ctr_csv_reader_parse_double (reader, fields, col[SET_TARGET], &target, error))
            return FALSE;
          if (has_cell (fields, col[SET_TARGET_YEAR])
              && !_doson_ctr_csv_reader_parse_year (reader, fields, col[SET_TARGET_YEAR],
                                                    &target_year, error))
            return FALSE;
          settings.has_target = TRUE;
          settings.target = target;
          settings.target_year = target_year;
          given |= GIVEN_TARGET;
        }
      else if (has_cell (fields, col[SET_TARGET_YEAR]))
        {
          _doson_ctr_csv_reader_field_error (reader, error, DOSON_CTR_ERROR_INVALID_DATA,
                                             col[SET_TARGET_YEAR],
                                             "a target year without a target");
          return FALSE;
        }

      if (has_cell (fields, col[SET_BASE_YEAR]))
        {
          if (!_doson_ctr_csv_reader_parse_year (reader, fields, col[SET_BASE_YEAR],
                                                 &settings.base_year, error))
            return FALSE;
          settings.has_base_year = TRUE;
          given |= GIVEN_BASE_YEAR;
        }

      if (has_cell (fields, col[SET_LIMIT]))
        {
          if (!_doson_ctr_csv_reader_parse_double (reader, fields, col[SET_LIMIT],
                                                   &settings.limit, error))
            return FALSE;
          settings.has_limit = TRUE;
          given |= GIVEN_LIMIT;
        }

      if (col[SET_GROUP] >= 0 && fields[col[SET_GROUP]].len > 0)
        group = intern_group (table, fields[col[SET_GROUP]].text);

      if (state == NULL)
        state = ensure_state (table, sf->text, sf->len);
      assign_settings (table, state, &settings, given, group, source,
                       _doson_ctr_csv_reader_get_line (reader));
    }

  return status == DOSON_CTR_CSV_READ_END;
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
  const SeriesState *state;
  gint32 group;

  g_return_val_if_fail (DOSON_CTR_IS_PROGRESS_TABLE (table), NULL);
  g_return_val_if_fail (index < table->n_states, NULL);

  state = &table->states[index];
  if (state->settings < 0)
    return NULL;
  group = g_array_index (table->settings, SettingsEntry, state->settings).group;
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
  const SeriesState *state;

  g_return_val_if_fail (DOSON_CTR_IS_PROGRESS_TABLE (table), FALSE);
  g_return_val_if_fail (series != NULL, FALSE);

  state = lookup_state (table, series);
  if (state == NULL)
    return FALSE;
  if (index != NULL)
    *index = (guint) (state - table->states);
  return TRUE;
}

static void
evaluate (DosonCtrProgressTable  *table,
          guint                   index,
          DosonCtrProgressResult *result)
{
  const SeriesState *state = &table->states[index];

  _doson_ctr_progress_evaluate (table->method, settings_of (table, state),
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

  evaluate (table, index, &result);
  return _doson_ctr_progress_result_dup (&result);
}

/* Groups the series (counting sort by group, in order of first listing)
 * and rolls each group up. */
static void
ensure_summaries (DosonCtrProgressTable *table)
{
  guint n_named = table->group_names->len;
  g_autofree gint32 *slot_of_group = NULL;    /* group + 1 -> summary slot, or -1 */
  g_autofree guint *start = NULL;
  g_autofree guint *fill = NULL;
  g_autofree guint *members = NULL;
  g_autofree DosonCtrProgressResult *results = NULL;
  g_autofree DosonCtrProgressResult **pointers = NULL;
  guint n_slots = 0;
  guint max_size = 0;
  guint i, s;

  if (table->summaries != NULL)
    return;

  table->summaries = g_array_new (FALSE, TRUE, sizeof (GroupSummary));
  slot_of_group = g_new (gint32, n_named + 1);
  for (i = 0; i < n_named + 1; i++)
    slot_of_group[i] = -1;

  members = g_new (guint, MAX (table->n_states, 1));
  for (i = 0; i < table->n_states; i++)
    {
      const SeriesState *state = &table->states[i];
      gint32 group = state->settings < 0 ? -1
                     : g_array_index (table->settings, SettingsEntry, state->settings).group;

      if (slot_of_group[group + 1] < 0)
        {
          GroupSummary summary = { 0 };

          summary.id = group < 0 ? NULL : g_ptr_array_index (table->group_names, group);
          g_array_append_val (table->summaries, summary);
          slot_of_group[group + 1] = (gint32) n_slots++;
        }
      s = (guint) slot_of_group[group + 1];
      g_array_index (table->summaries, GroupSummary, s).n_series++;
      members[i] = s;    /* for now: the slot of series i */
    }

  /* Counting sort of the series by slot, keeping their order. */
  start = g_new0 (guint, n_slots + 1);
  for (s = 0; s < n_slots; s++)
    {
      guint size = g_array_index (table->summaries, GroupSummary, s).n_series;

      start[s + 1] = start[s] + size;
      max_size = MAX (max_size, size);
    }
  fill = g_memdup2 (start, sizeof (guint) * (n_slots + 1));
  {
    g_autofree guint *sorted = g_new (guint, MAX (table->n_states, 1));

    for (i = 0; i < table->n_states; i++)
      sorted[fill[members[i]]++] = i;
    g_free (members);
    members = g_steal_pointer (&sorted);
  }

  results = g_new (DosonCtrProgressResult, MAX (max_size, 1));
  pointers = g_new (DosonCtrProgressResult *, MAX (max_size, 1));
  for (s = 0; s < n_slots; s++)
    {
      GroupSummary *summary = &g_array_index (table->summaries, GroupSummary, s);
      DosonCtrProgressResult *rollup;
      guint k;

      for (k = 0; k < summary->n_series; k++)
        {
          evaluate (table, members[start[s] + k], &results[k]);
          pointers[k] = &results[k];
        }
      rollup = doson_ctr_progress_rollup (pointers, summary->n_series);
      summary->result = *rollup;
      doson_ctr_progress_result_free (rollup);
    }
}

/**
 * doson_ctr_progress_table_get_n_groups:
 * @table: a #DosonCtrProgressTable
 *
 * Counts the groups of the summary, which
 * doson_ctr_progress_table_write_summary_csv() writes one row each. The
 * summary covers the observations added so far and is made again after new
 * ones.
 *
 * Returns: the number of groups of the summary, counting the series
 *   without a group as one group when there are any
 *
 * Since: 0.1
 */
guint
doson_ctr_progress_table_get_n_groups (DosonCtrProgressTable *table)
{
  g_return_val_if_fail (DOSON_CTR_IS_PROGRESS_TABLE (table), 0);

  ensure_summaries (table);
  return table->summaries->len;
}

/**
 * doson_ctr_progress_table_get_group_id:
 * @table: a #DosonCtrProgressTable
 * @index: the index of a group, less than
 *   doson_ctr_progress_table_get_n_groups()
 *
 * Gives the name of group @index of the summary. Groups are listed in the
 * order in which their first series is listed.
 *
 * Returns: (transfer none) (nullable): the name of group @index, owned by
 *   @table, or %NULL for the series without a group
 *
 * Since: 0.1
 */
const char *
doson_ctr_progress_table_get_group_id (DosonCtrProgressTable *table,
                                       guint                  index)
{
  g_return_val_if_fail (DOSON_CTR_IS_PROGRESS_TABLE (table), NULL);

  ensure_summaries (table);
  g_return_val_if_fail (index < table->summaries->len, NULL);
  return g_array_index (table->summaries, GroupSummary, index).id;
}

/**
 * doson_ctr_progress_table_get_group_n_series:
 * @table: a #DosonCtrProgressTable
 * @index: the index of a group, less than
 *   doson_ctr_progress_table_get_n_groups()
 *
 * Counts the series rolled up into group @index.
 *
 * Returns: the number of series in group @index
 *
 * Since: 0.1
 */
guint
doson_ctr_progress_table_get_group_n_series (DosonCtrProgressTable *table,
                                             guint                  index)
{
  g_return_val_if_fail (DOSON_CTR_IS_PROGRESS_TABLE (table), 0);

  ensure_summaries (table);
  g_return_val_if_fail (index < table->summaries->len, 0);
  return g_array_index (table->summaries, GroupSummary, index).n_series;
}

/**
 * doson_ctr_progress_table_get_group_result:
 * @table: a #DosonCtrProgressTable
 * @index: the index of a group, less than
 *   doson_ctr_progress_table_get_n_groups()
 *
 * Rolls the series of group @index up with doson_ctr_progress_rollup().
 *
 * Returns: (transfer full): the roll-up, freed with
 *   doson_ctr_progress_result_free()
 *
 * Since: 0.1
 */
DosonCtrProgressResult *
doson_ctr_progress_table_get_group_result (DosonCtrProgressTable *table,
                                           guint                  index)
{
  g_return_val_if_fail (DOSON_CTR_IS_PROGRESS_TABLE (table), NULL);

  ensure_summaries (table);
  g_return_val_if_fail (index < table->summaries->len, NULL);
  return _doson_ctr_progress_result_dup (&g_array_index (table->summaries, GroupSummary,
                                                         index).result);
}

/* ------------------------------------------------------------------ */
/* Writers                                                             */
/* ------------------------------------------------------------------ */

typedef struct
{
  GOutputStream *stream;
  GCancellable  *cancellable;
  GString       *buf;
} Writer;

static gboolean
writer_flush (Writer  *w,
              GError **error)
{
  g_autoptr(GError) local_error = NULL;

  /* Not every stream checks @cancellable itself (a memory stream does
   * not). */
  if (g_cancellable_set_error_if_cancelled (w->cancellable, error))
    return FALSE;
  if (w->buf->len == 0)
    return TRUE;
  if (!g_output_stream_write_all (w->stream, w->buf->str, w->buf->len, NULL,
                                  w->cancellable, &local_error))
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_IO,
                     "cannot write: %s", local_error->message);
      return FALSE;
    }
  g_string_truncate (w->buf, 0);
  return TRUE;
}

static inline gboolean
writer_maybe_flush (Writer  *w,
                    GError **error)
{
  return w->buf->len < WRITE_CHUNK || writer_flush (w, error);
}

/* The row writers format straight into the GString's buffer: room for a
 * whole row is made first (ROW_ROOM plus what the ids may take), then the
 * string is cut to what was written. */
#define ROW_ROOM 512

static inline char *
put_double (char   *p,
            double  value)
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

/* @text as one CSV field, quoted when it holds a comma, a quote, a CR or
 * an LF, or starts or ends with a blank; at most 2 · @len + 2 bytes. */
static char *
put_csv_field (char       *p,
               const char *text,
               gsize       len)
{
  gboolean quote = len > 0 && (text[0] == ' ' || text[0] == '\t'
                               || text[len - 1] == ' ' || text[len - 1] == '\t');
  gsize i;

  for (i = 0; i < len && !quote; i++)
    quote = text[i] == ',' || text[i] == '"' || text[i] == '\r' || text[i] == '\n';
  if (!quote)
    {
      memcpy (p, text, len);
      return p + len;
    }
  *p++ = '"';
  for (i = 0; i < len; i++)
    {
      if (text[i] == '"')
        *p++ = '"';
      *p++ = text[i];
    }
  *p++ = '"';
  return p;
}

/* @text as a JSON string with its quotes; at most 6 · strlen + 2 bytes. */
static char *
put_json_string (char       *p,
                 const char *text)
{
  static const char hex[] = "0123456789abcdef";
  const guchar *t;

  *p++ = '"';
  for (t = (const guchar *) text; *t != '\0'; t++)
    {
      if (*t >= 0x20 && *t != '"' && *t != '\\')
        {
          *p++ = (char) *t;
          continue;
        }
      *p++ = '\\';
      switch (*t)
        {
        case '"': *p++ = '"'; break;
        case '\\': *p++ = '\\'; break;
        case '\n': *p++ = 'n'; break;
        case '\r': *p++ = 'r'; break;
        case '\t': *p++ = 't'; break;
        case '\b': *p++ = 'b'; break;
        case '\f': *p++ = 'f'; break;
        default:
          p = put_string (p, "u00");
          *p++ = hex[*t >> 4];
          *p++ = hex[*t & 0xf];
          break;
        }
    }
  *p++ = '"';
  return p;
}

static inline char *
put_json_nullable_string (char       *p,
                          const char *text)
{
  return text != NULL ? put_json_string (p, text) : put_string (p, "null");
}

static inline char *
put_json_double (char     *p,
                 gboolean  has,
                 double    value)
{
  return has ? put_double (p, value) : put_string (p, "null");
}

static inline char *
put_json_int (char     *p,
              gboolean  has,
              int       value)
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
                   const SeriesState            *state,
                   const DosonCtrProgressResult *r)
{
  gsize id_len = strlen (state->id);
  char *p = row_begin (out, 2 * id_len + ROW_ROOM);

  p = put_csv_field (p, state->id, id_len);
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
append_summary_csv (GString            *out,
                    const GroupSummary *summary)
{
  gsize id_len = summary->id != NULL ? strlen (summary->id) : 0;
  char *p = row_begin (out, 2 * id_len + ROW_ROOM);

  if (summary->id != NULL)
    p = put_csv_field (p, summary->id, id_len);
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
                    const SeriesState            *state,
                    const char                   *group,
                    const DosonCtrProgressResult *r)
{
  gsize group_len = group != NULL ? strlen (group) : 0;
  char *p = row_begin (out, 6 * (strlen (state->id) + group_len) + ROW_ROOM);

  p = put_string (p, first ? "\n{\"series\":" : ",\n{\"series\":");
  p = put_json_string (p, state->id);
  p = put_string (p, ",\"group\":");
  p = put_json_nullable_string (p, group);
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
append_summary_json (GString            *out,
                     gboolean            first,
                     const GroupSummary *summary)
{
  gsize id_len = summary->id != NULL ? strlen (summary->id) : 0;
  char *p = row_begin (out, 6 * id_len + ROW_ROOM);

  p = put_string (p, first ? "\n{\"group\":" : ",\n{\"group\":");
  p = put_json_nullable_string (p, summary->id);
  p = put_string (p, ",\"series\":");
  p = put_int (p, (int) summary->n_series);
  p = put_string (p, ",\"score\":");
  p = put_json_double (p, summary->result.has_score, summary->result.score);
  p = put_string (p, ",\"status\":\"");
  p = put_string (p, doson_ctr_status_to_string (summary->result.status));
  p = put_string (p, "\"}");
  row_end (out, p);
}

static gboolean
check_writer_args (GOutputStream *stream,
                   GCancellable  *cancellable)
{
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
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
  g_autoptr(GString) buf = NULL;
  Writer w;
  guint i;

  g_return_val_if_fail (DOSON_CTR_IS_PROGRESS_TABLE (table), FALSE);
  if (!check_writer_args (stream, cancellable))
    return FALSE;
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  buf = g_string_sized_new (WRITE_FIRST);
  w.stream = stream;
  w.cancellable = cancellable;
  w.buf = buf;

  g_string_append (buf, "series,base_year,base_value,current_year,current_value,"
                        "progress,status,score\n");
  for (i = 0; i < table->n_states; i++)
    {
      DosonCtrProgressResult result;

      evaluate (table, i, &result);
      append_series_csv (buf, &table->states[i], &result);
      if (!writer_maybe_flush (&w, error))
        return FALSE;
    }

  return writer_flush (&w, error);
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
  g_autoptr(GString) buf = NULL;
  Writer w;
  guint i;

  g_return_val_if_fail (DOSON_CTR_IS_PROGRESS_TABLE (table), FALSE);
  if (!check_writer_args (stream, cancellable))
    return FALSE;
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  ensure_summaries (table);
  buf = g_string_sized_new (WRITE_FIRST);
  w.stream = stream;
  w.cancellable = cancellable;
  w.buf = buf;

  g_string_append (buf, "group,series,score,status\n");
  for (i = 0; i < table->summaries->len; i++)
    {
      append_summary_csv (buf, &g_array_index (table->summaries, GroupSummary, i));
      if (!writer_maybe_flush (&w, error))
        return FALSE;
    }

  return writer_flush (&w, error);
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
  g_autoptr(GString) buf = NULL;
  Writer w;
  guint i;

  g_return_val_if_fail (DOSON_CTR_IS_PROGRESS_TABLE (table), FALSE);
  if (!check_writer_args (stream, cancellable))
    return FALSE;
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  buf = g_string_sized_new (WRITE_FIRST);
  w.stream = stream;
  w.cancellable = cancellable;
  w.buf = buf;

  g_string_append (buf, "{\"method\":");
  _doson_ctr_json_append_string (buf, doson_ctr_progress_method_to_string (table->method));
  g_string_append (buf, ",\n\"series\":[");
  for (i = 0; i < table->n_states; i++)
    {
      DosonCtrProgressResult r;

      evaluate (table, i, &r);
      append_series_json (buf, i == 0, &table->states[i],
                          doson_ctr_progress_table_get_group (table, i), &r);
      if (!writer_maybe_flush (&w, error))
        return FALSE;
    }
  g_string_append (buf, "\n]");

  if (with_summary)
    {
      ensure_summaries (table);
      g_string_append (buf, ",\n\"summary\":[");
      for (i = 0; i < table->summaries->len; i++)
        {
          append_summary_json (buf, i == 0, &g_array_index (table->summaries, GroupSummary, i));
          if (!writer_maybe_flush (&w, error))
            return FALSE;
        }
      g_string_append (buf, "\n]");
    }
  g_string_append (buf, "}\n");

  return writer_flush (&w, error);
}
