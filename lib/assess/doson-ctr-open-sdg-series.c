/* doson-ctr-open-sdg-series.c: one series of an Open SDG indicator: its
 * rows, its record and its key
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * ProgressMeasure.py (PM) at commit 139fede7: SeriesProgress (PM:114-173),
 * filter_data (PM:201-269) and get_series_tag (PM:176-187), with the
 * rules sdg-build 2.4.0 follows where they differ, as
 * opensdg-repositories.md (§3, §4) infers them from the published files:
 * a filter value that is not in the data selects no rows; the columns
 * the options do not name must be blank; keys are cut to 122 characters.
 * The arithmetic is maths/doson-ctr-progress-open-sdg.c.
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include <doson-ctr/doson-ctr-types.h>

#include "maths/doson-ctr-progress-private.h"
#include "assess/doson-ctr-open-sdg-private.h"

static gboolean
value_matches (const DosonCtrOpenSdgValue *v,
               const char                 *cell)
{
  if (v->is_null)
    return cell == NULL;
  return v->is_string && cell != NULL && strcmp (cell, v->text) == 0;
}

static gboolean
column_kept (DosonCtrOpenSdgColumnRole role)
{
  return role != DOSON_CTR_OPEN_SDG_COL_OTHER;
}

/* The kept column named @name, or -1. */
static gssize
find_column (const DosonCtrOpenSdgData *data,
             const char                *name)
{
  gsize c;

  for (c = 0; c < data->n_cols; c++)
    if (column_kept (data->roles[c]) && strcmp (data->columns[c], name) == 0)
      return (gssize) c;
  return -1;
}

/* Keeps the rows of @rows (*@n of them) whose cell of column @c matches
 * @v; @c < 0 keeps none. */
static void
keep_matching (const DosonCtrOpenSdgData  *data,
               gssize                      c,
               const DosonCtrOpenSdgValue *v,
               gsize                      *rows,
               gsize                      *n)
{
  const char *same = NULL;
  gsize i, k = 0;

  for (i = 0; c >= 0 && i < *n; i++)
    {
      const char *cell = data->cells[rows[i] * data->n_cols + c];

      /* cells are interned: once one matches, the others match when they
       * are the same pointer */
      if (same != NULL ? cell == same : value_matches (v, cell))
        {
          if (cell != NULL)
            same = cell;
          rows[k++] = rows[i];
        }
    }
  *n = k;
}

static gboolean
named_by_filters (const DosonCtrOpenSdgOption *o,
                  const char                  *column)
{
  guint i;

  for (i = 0; i < o->filters->len; i++)
    if (strcmp (g_array_index (o->filters, DosonCtrOpenSdgFilter, i).field, column) == 0)
      return TRUE;
  return FALSE;
}

/* filter_data(): the rows of the series, in *@rows / *@n; FALSE where
 * sdg-build raises (the series then has no data). */
static gboolean
select_rows (const DosonCtrOpenSdgData   *data,
             const DosonCtrOpenSdgOption *o,
             gsize                       *rows,
             gsize                       *n)
{
  DosonCtrOpenSdgValue blank = { NULL, TRUE, FALSE };
  gsize c, r, i;
  guint f;

  *n = 0;
  for (r = 0; r < data->n_rows; r++)
    if (data->has_year[r])
      rows[(*n)++] = r;

  /* c. unit, series, then each disaggregation item */
  if (o->has_unit)
    {
      gssize uc = _doson_ctr_open_sdg_data_find_role (data, DOSON_CTR_OPEN_SDG_COL_UNITS);

      if (uc < 0)
        return FALSE;
      keep_matching (data, uc, &o->unit, rows, n);
    }
  if (o->has_series)
    {
      gssize sc = _doson_ctr_open_sdg_data_find_role (data, DOSON_CTR_OPEN_SDG_COL_SERIES);

      if (sc < 0)
        return FALSE;
      keep_matching (data, sc, &o->series, rows, n);
    }
  for (f = 0; f < o->filters->len; f++)
    {
      const DosonCtrOpenSdgFilter *filter = &g_array_index (o->filters, DosonCtrOpenSdgFilter, f);

      keep_matching (data, find_column (data, filter->field), &filter->value, rows, n);
    }

  /* d. the disaggregation columns not named must be blank */
  for (c = 0; c < data->n_cols; c++)
    if (data->roles[c] == DOSON_CTR_OPEN_SDG_COL_DISAGGREGATION
        && !named_by_filters (o, data->columns[c]))
      keep_matching (data, (gssize) c, &blank, rows, n);

  /* e. every other remaining column holds one value, blank counting */
  for (c = 0; c < data->n_cols; c++)
    {
      DosonCtrOpenSdgColumnRole role = data->roles[c];

      if (role != DOSON_CTR_OPEN_SDG_COL_DISAGGREGATION && role != DOSON_CTR_OPEN_SDG_COL_SERIES
          && role != DOSON_CTR_OPEN_SDG_COL_UNITS)
        continue;
      for (i = 1; i < *n; i++)
        {
          const char *a = data->cells[rows[0] * data->n_cols + c];
          const char *b = data->cells[rows[i] * data->n_cols + c];

          /* interned: different pointers are different texts */
          if (a != b)
            return FALSE;
        }
    }

  /* f. blank values dropped */
  for (i = 0, r = 0; i < *n; i++)
    if (!isnan (data->values[rows[i]]))
      rows[r++] = rows[i];
  *n = r;
  return TRUE;
}

static int
compare_int (const void *a,
             const void *b)
{
  int x = *(const int *) a, y = *(const int *) b;

  return (x > y) - (x < y);
}

/* Feeds the rows to @summary; FALSE on two rows of one year. */
static gboolean
summarise (const DosonCtrOpenSdgData      *data,
           const gsize                    *rows,
           gsize                           n,
           const DosonCtrProgressSettings *settings,
           DosonCtrSeriesSummary          *summary)
{
  g_autofree int *years = g_new (int, MAX (n, 1));
  gsize i;

  for (i = 0; i < n; i++)
    years[i] = data->years[rows[i]];
  qsort (years, n, sizeof (int), compare_int);
  for (i = 1; i < n; i++)
    if (years[i] == years[i - 1])
      return FALSE;
  for (i = 0; i < n; i++)
    _doson_ctr_series_summary_add (summary, settings, data->years[rows[i]], data->values[rows[i]]);
  return TRUE;
}

static void
set_field (DosonCtrOpenSdgSeries *s,
           DosonCtrOpenSdgField   field,
           gboolean               has,
           double                 value)
{
  s->has[field] = has;
  s->value[field] = has ? value : 0;
}

DosonCtrOpenSdgSeries *
_doson_ctr_open_sdg_series_compute (const char                  *id,
                                    const DosonCtrOpenSdgData   *data,
                                    const DosonCtrOpenSdgOption *o)
{
  DosonCtrOpenSdgSeries *s = g_new0 (DosonCtrOpenSdgSeries, 1);
  DosonCtrProgressSettings st = { 0 };
  DosonCtrSeriesSummary summary;
  DosonCtrProgressResult r;

  st.direction = o->direction == 1 ? DOSON_CTR_DIRECTION_HIGHER : DOSON_CTR_DIRECTION_LOWER;
  st.has_target = o->has_target;
  st.target = o->target;
  st.target_year = o->target_year;
  st.has_base_year = TRUE;
  st.base_year = o->base_year;
  st.has_limit = o->has_limit;
  st.limit = o->limit;

  _doson_ctr_series_summary_init (&summary);
  if (data != NULL && data->n_rows > 0)
    {
      g_autofree gsize *rows = g_new (gsize, data->n_rows);
      gsize n;

      /* sdg-build's errors do not stop the build: the series has no data */
      if (!select_rows (data, o, rows, &n) || !summarise (data, rows, n, &st, &summary))
        _doson_ctr_series_summary_init (&summary);
    }
  _doson_ctr_progress_evaluate (DOSON_CTR_PROGRESS_METHOD_OPEN_SDG, &st, &summary, &r);

  s->key = _doson_ctr_open_sdg_series_key (id, o);
  s->status = g_strdup (doson_ctr_status_to_string (r.status));
  s->target_achieved = r.target_achieved;
  set_field (s, DOSON_CTR_OPEN_SDG_FIELD_BASE_YEAR, TRUE, r.has_base ? r.base_year : o->base_year);
  set_field (s, DOSON_CTR_OPEN_SDG_FIELD_BASE_VALUE, r.has_base, r.base_value);
  set_field (s, DOSON_CTR_OPEN_SDG_FIELD_CURRENT_YEAR, r.has_current, r.current_year);
  set_field (s, DOSON_CTR_OPEN_SDG_FIELD_CURRENT_VALUE, r.has_current, r.current_value);
  set_field (s, DOSON_CTR_OPEN_SDG_FIELD_DIRECTION, TRUE, o->direction);
  set_field (s, DOSON_CTR_OPEN_SDG_FIELD_SIGN, r.has_base, r.sign);
  set_field (s, DOSON_CTR_OPEN_SDG_FIELD_TARGET, o->has_target, o->target == 0 ? 0.001 : o->target);
  set_field (s, DOSON_CTR_OPEN_SDG_FIELD_TARGET_YEAR, TRUE, o->target_year);
  set_field (s, DOSON_CTR_OPEN_SDG_FIELD_LIMIT, o->has_limit, o->limit);
  set_field (s, DOSON_CTR_OPEN_SDG_FIELD_PROGRESS_VALUE, r.has_progress, r.progress);
  set_field (s, DOSON_CTR_OPEN_SDG_FIELD_SCORE, r.has_score, r.score);
  return s;
}

/* The 2.4.0 truncation: the parts after the id share what is left of
 * DOSON_CTR_OPEN_SDG_KEY_MAX; parts within an equal share stay whole
 * (until none is), the others are cut in order to ⌊rest / parts left⌋
 * characters, ending "...". */
static char *
cut_key (const char *id,
         GPtrArray  *parts)
{
  guint n = parts->len, i, open;
  g_autofree gboolean *whole = g_new0 (gboolean, n);
  glong rest = DOSON_CTR_OPEN_SDG_KEY_MAX - g_utf8_strlen (id, -1) - 3 * (glong) n;
  gboolean changed = TRUE;
  GString *out = g_string_new (id);

  open = n;
  while (changed && open > 0)
    {
      double share = (double) rest / open;

      changed = FALSE;
      for (i = 0; i < n; i++)
        {
          glong len = g_utf8_strlen (g_ptr_array_index (parts, i), -1);

          if (!whole[i] && len <= share)
            {
              whole[i] = TRUE;
              rest -= len;
              open--;
              changed = TRUE;
            }
        }
    }
  for (i = 0; i < n; i++)
    {
      const char *p = g_ptr_array_index (parts, i);

      g_string_append (out, " / ");
      if (whole[i])
        g_string_append (out, p);
      else
        {
          glong w = rest / open;
          glong keep = MAX (w - 3, 0);

          g_string_append_len (out, p, g_utf8_offset_to_pointer (p, keep) - p);
          g_string_append (out, "...");
          rest -= w;
          open--;
        }
    }
  return g_string_free (out, FALSE);
}

char *
_doson_ctr_open_sdg_series_key (const char                  *id,
                                const DosonCtrOpenSdgOption *o)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  g_autoptr(GString) key = g_string_new (id);
  guint i;

  if (o->has_series)
    g_ptr_array_add (parts, o->series.text);
  if (o->has_unit)
    g_ptr_array_add (parts, o->unit.text);
  for (i = 0; o->filters != NULL && i < o->filters->len; i++)
    g_ptr_array_add (parts, g_array_index (o->filters, DosonCtrOpenSdgFilter, i).value.text);
  for (i = 0; i < parts->len; i++)
    g_string_append_printf (key, " / %s", (const char *) g_ptr_array_index (parts, i));
  if (g_utf8_strlen (key->str, -1) <= DOSON_CTR_OPEN_SDG_KEY_MAX)
    return g_string_free (g_steal_pointer (&key), FALSE);
  return cut_key (id, parts);
}
