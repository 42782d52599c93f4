/* doson-ctr-progress-table-settings.c: a progress table's settings file,
 * read in pieces
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The format is described in the section of doson-ctr-progress-table-csv.c.
 * The pieces are parsed on the table's jobs into compact rows that point
 * into the piece (doson-ctr-progress-table-pieces.c); adding a row looks
 * its series up once, checks it and makes it.
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <string.h>

#include <doson-ctr/doson-ctr-error.h>
#include <doson-ctr/doson-ctr-progress-table.h>

#include "maths/doson-ctr-progress-table-private.h"

/* A target without a year is due in Open SDG's default target year, which
 * is also the last year of programme 03-CTr/ĐU. */
#define DEFAULT_TARGET_YEAR 2030

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

/* Whether series @id (@state, NULL when not listed) may take the settings
 * of its row, whose series field is on @line: it has no settings yet and
 * no observation, and is listed or may be added. */
static gboolean
check_settings_series (DosonCtrProgressTable     *table,
                       DosonCtrCsvReader         *header,
                       const char                *id,
                       guint64                    line,
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
      _doson_ctr_csv_reader_problem (header, error, DOSON_CTR_ERROR_INVALID_DATA, line,
                                     (gssize) col_series, "series \"%s\" already has settings (%s)",
                                     id, where != NULL ? where : "set by the program");
      return FALSE;
    }
  if (state != NULL && state->summary.n_years > 0)
    {
      _doson_ctr_csv_reader_problem (header, error, DOSON_CTR_ERROR_INVALID_DATA, line,
                                     (gssize) col_series,
                                     "series \"%s\" already has observations; "
                                     "load the settings before the measurements",
                                     id);
      return FALSE;
    }
  if (state == NULL && !_doson_ctr_progress_table_may_add_series (table))
    {
      _doson_ctr_csv_reader_problem (header, error, DOSON_CTR_ERROR_LIMIT, line,
                                     (gssize) col_series, DOSON_CTR_PROGRESS_TABLE_LIMIT_FORMAT,
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
 * group seen before is not looked up in the table's hash table again:
 * room for a few hundred groups with few sharing a place (with 64
 * places, the 42 groups of the bench file, one an indicator, shared
 * some, and their misses were 8 % of a profile of the file). */
#define GROUP_CACHE 1024

typedef struct
{
  guint32 hash;
  gint32  group;    /* index + 1 into group_names; 0: empty */
} GroupCache;

/* A row of a piece of a settings file, parsed: its settings as a series
 * keeps them (own.line where the record starts), its id and group in the
 * piece's bytes. */
typedef struct
{
  DosonCtrSeriesSettings own;
  const char            *id;
  const char            *group;       /* NULL: none */
  guint32                id_len;
  guint32                group_len;
  guint32                hash;
  guint32                group_hash;
  guint32                series_line; /* of its series field, after own.line */
  gboolean               faulty;      /* its settings failed to parse */
} SettingsRow;

/* The rows a piece's parse made. */
#define N_SETTINGS(parsed) ((parsed)->len / sizeof (SettingsRow))
#define SETTINGS(parsed, i) (&((SettingsRow *) (gpointer) (parsed)->data)[i])

/* What the parsing threads read (copied from the table, whose fields
 * the adding thread writes, so that no cache line goes from core to
 * core), and, apart, what the adding thread writes. */
typedef struct
{
  gboolean               first;
  GroupCache             groups[GROUP_CACHE];
} SettingsAdd;

typedef struct
{
  DosonCtrProgressTable   *table;
  DosonCtrCsvReader       *header;
  guint64                  size;         /* of the file, or 0 */
  const gssize            *col;
  gint32                   source;
  DosonCtrHashKey          key;
  DosonCtrProgressSettings defaults;
  SettingsAdd             *add;
} SettingsRead;

static gint32
intern_group_cached (DosonCtrProgressTable *table,
                     GroupCache            *cache,
                     const char            *name,
                     gsize                  len,
                     guint32                hash)
{
  GroupCache *entry = &cache[hash % GROUP_CACHE];

  if (entry->group != 0 && entry->hash == hash)
    {
      const char *known = g_ptr_array_index (table->group_names, entry->group - 1);

      if (strncmp (known, name, len) == 0 && known[len] == '\0')
        return entry->group - 1;
    }
  entry->hash = hash;
  entry->group = _doson_ctr_progress_table_intern_group (table, name) + 1;
  return entry->group - 1;
}

/* One row of a settings file into @parsed: FALSE with @error set for a
 * fault of the row.  A row whose settings are faulty is still kept,
 * marked, since a fault of its series is the one reported first. */
static gboolean
parse_settings_row (const SettingsRead  *s,
                    DosonCtrPagesBuffer *parsed,
                    DosonCtrCsvReader   *reader,
                    DosonCtrCsvField    *fields,
                    GError             **error)
{
  const DosonCtrCsvField *sf = &fields[s->col[SET_SERIES]];
  DosonCtrProgressSettings settings;
  guint given = 0;
  SettingsRow *row;

  if (!_doson_ctr_csv_reader_check_width (reader, error))
    return FALSE;
  if (sf->len == 0)
    {
      _doson_ctr_csv_reader_field_error (reader, error, DOSON_CTR_ERROR_INVALID_DATA,
                                         s->col[SET_SERIES], "empty series id");
      return FALSE;
    }

  settings = s->defaults;
  /* Made where it goes: a copy from the stack would read it back in wide
   * loads across the fields just stored one by one, and wait for them
   * (a failed store forwarding). */
  row = _doson_ctr_pages_buffer_room (parsed, sizeof *row);
  memset (row, 0, sizeof *row);
  row->faulty = !read_settings (reader, fields, s->col, &settings, &given, error);
  _doson_ctr_series_settings_set (&row->own, &settings, given);
  row->own.line = _doson_ctr_csv_reader_get_line (reader);
  row->own.group = -1;
  row->own.source = s->source;
  row->own.cutoffs = -1;
  row->id = sf->text;
  row->id_len = (guint32) sf->len;
  row->hash = _doson_ctr_hash_key_hash (&s->key, sf->text, sf->len);
  row->series_line = (guint32) (sf->line - row->own.line);
  if (!row->faulty && s->col[SET_GROUP] >= 0 && fields[s->col[SET_GROUP]].len > 0)
    {
      const DosonCtrCsvField *gf = &fields[s->col[SET_GROUP]];

      row->group = gf->text;
      row->group_len = (guint32) gf->len;
      row->group_hash = _doson_ctr_hash_key_hash (&s->key, gf->text, gf->len);
    }
  parsed->len += sizeof *row;
  return !row->faulty;
}

static void
settings_parse (gpointer             user_data,
                DosonCtrPagesBuffer *parsed,
                DosonCtrCsvReader   *reader,
                GError             **error)
{
  DosonCtrCsvField *fields;
  gsize n_fields;

  while (_doson_ctr_csv_reader_next (reader, &fields, &n_fields, NULL,
                                     error) == DOSON_CTR_CSV_READ_RECORD)
    {
      if (!parse_settings_row (user_data, parsed, reader, fields, error))
        break;
    }
}

/* Gives the series of @row its settings, made if new: FALSE with @error
 * set when the series may not take them.  A faulty row is only checked. */
static gboolean
add_settings_row (SettingsRead      *s,
                  const SettingsRow *row,
                  GError           **error)
{
  DosonCtrProgressTable *table = s->table;
  DosonCtrIndexSlot *slot = _doson_ctr_progress_table_probe (table, row->id, row->id_len,
                                                             row->hash);
  DosonCtrSeriesState *state = slot->state != 0 ? &table->states[slot->state - 1] : NULL;

  if (!check_settings_series (table, s->header, row->id, row->own.line + row->series_line,
                              (gsize) s->col[SET_SERIES], state, error))
    return FALSE;
  if (row->faulty)
    return TRUE;
  if (state == NULL)
    state = _doson_ctr_progress_table_insert (table, slot, row->id, row->id_len, row->hash);
  state->settings = row->own;
  if (row->group != NULL)
    state->settings.group = intern_group_cached (table, s->add->groups, row->group, row->group_len,
                                                 row->group_hash);
  _doson_ctr_progress_table_invalidate (table);
  return TRUE;
}

static gboolean
settings_add (gpointer                   user_data,
              const DosonCtrPagesBuffer *parsed,
              gsize                      n_bytes,
              GError                   **error)
{
  SettingsRead *s = user_data;
  DosonCtrProgressTable *table = s->table;
  guint i;

  /* Every row makes a series: the file's size tells how many, this
   * piece's too, which are not added yet. */
  if (s->add->first)
    _doson_ctr_progress_table_reserve_for_rest (table, s->size, n_bytes, N_SETTINGS (parsed),
                                                table->n_states + N_SETTINGS (parsed));
  s->add->first = FALSE;
  for (i = 0; i < N_SETTINGS (parsed); i++)
    {
#if defined(__GNUC__)
      if (i + DOSON_CTR_PREFETCH_AHEAD < N_SETTINGS (parsed))
        {
          const SettingsRow *ahead = SETTINGS (parsed, i + DOSON_CTR_PREFETCH_AHEAD);

          __builtin_prefetch (&table->slots[ahead->hash & (table->n_slots - 1)]);
        }
#endif
      if (!add_settings_row (s, SETTINGS (parsed, i), error))
        return FALSE;
    }
  return TRUE;
}

/* A row of about 66 bytes parses into 88: 768 KiB and what they make,
 * ~1 MiB, share a huge page. */
static const DosonCtrPieceReader settings_pieces = {
  768 * 1024,
  TRUE,
  settings_parse,
  settings_add
};

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
  SettingsRead s = { 0 };
  gssize col[N_SET_COLUMNS];
  gboolean ok;

  g_return_val_if_fail (DOSON_CTR_IS_PROGRESS_TABLE (table), FALSE);
  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  reader = _doson_ctr_progress_table_open_csv (stream, name, settings_columns, N_SET_COLUMNS,
                                               DOSON_CTR_CSV_HEADER_ANY_CASE, col, cancellable, error);
  if (reader == NULL)
    return FALSE;

  s.table = table;
  s.header = reader;
  /* Asked now: the stream is busy once the pieces are read. */
  s.size = _doson_ctr_progress_table_stream_size (stream);
  s.col = col;
  s.source = _doson_ctr_progress_table_add_source (table, name);
  _doson_ctr_progress_table_get_hash_key (table, &s.key);
  s.defaults = table->default_settings;
  s.add = g_new0 (SettingsAdd, 1);
  s.add->first = TRUE;
  ok = _doson_ctr_progress_table_read_pieces (table, reader, stream, &settings_pieces, &s,
                                              cancellable, error);
  g_free (s.add);
  return ok;
}
