/* doson-ctr-open-sdg-writer.c: the progress of an Open SDG repository as
 * JSON, CSV or text
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <string.h>

#include <glib.h>

#include <doson-ctr/doson-ctr-error.h>
#include <doson-ctr/doson-ctr-open-sdg.h>

#include "base/doson-ctr-escape-private.h"
#include "base/doson-ctr-number-private.h"

/* The members of a series record, in the order written. */
static const struct
{
  const char          *name;
  DosonCtrOpenSdgField field;
  gboolean             whole;   /* years, direction, sign */
} members[] = {
  { "base_year", DOSON_CTR_OPEN_SDG_FIELD_BASE_YEAR, TRUE },
  { "base_value", DOSON_CTR_OPEN_SDG_FIELD_BASE_VALUE, FALSE },
  { "current_year", DOSON_CTR_OPEN_SDG_FIELD_CURRENT_YEAR, TRUE },
  { "current_value", DOSON_CTR_OPEN_SDG_FIELD_CURRENT_VALUE, FALSE },
  { "direction", DOSON_CTR_OPEN_SDG_FIELD_DIRECTION, TRUE },
  { "sign", DOSON_CTR_OPEN_SDG_FIELD_SIGN, TRUE },
  { "target", DOSON_CTR_OPEN_SDG_FIELD_TARGET, FALSE },
  { "target_year", DOSON_CTR_OPEN_SDG_FIELD_TARGET_YEAR, TRUE },
  { "limit", DOSON_CTR_OPEN_SDG_FIELD_LIMIT, FALSE },
  { "progress_value", DOSON_CTR_OPEN_SDG_FIELD_PROGRESS_VALUE, FALSE },
  { "score", DOSON_CTR_OPEN_SDG_FIELD_SCORE, FALSE },
};

/* A figure: whole numbers as integers, others as the shortest text that
 * reads back as the same double; @absent when there is none. */
static void
append_figure (GString    *out,
               gboolean    has,
               double      value,
               gboolean    whole,
               const char *absent)
{
  if (!has)
    g_string_append (out, absent);
  else if (whole)
    g_string_append_printf (out, "%.0f", value);
  else
    _doson_ctr_append_double (out, value);
}

static void
write_json (DosonCtrOpenSdgResults *r,
            GString                *out)
{
  guint n = doson_ctr_open_sdg_results_get_n_indicators (r), i, j, m;

  g_string_append_c (out, '{');
  for (i = 0; i < n; i++)
    {
      double score = 0;
      gboolean has = doson_ctr_open_sdg_results_get_indicator_score (r, i, &score);
      guint n_series = doson_ctr_open_sdg_results_get_n_series (r, i);

      g_string_append (out, i > 0 ? ",\n  " : "\n  ");
      _doson_ctr_json_append_string (out, doson_ctr_open_sdg_results_get_indicator_id (r, i));
      g_string_append (out, ": {\n    \"progress_status\": ");
      _doson_ctr_json_append_string (out, doson_ctr_open_sdg_results_get_indicator_status (r, i));
      g_string_append (out, ",\n    \"score\": ");
      append_figure (out, has, score, FALSE, "null");
      g_string_append (out, ",\n    \"series\": {");
      for (j = 0; j < n_series; j++)
        {
          g_string_append (out, j > 0 ? ",\n      " : "\n      ");
          _doson_ctr_json_append_string (out, doson_ctr_open_sdg_results_get_series_key (r, i, j));
          g_string_append (out, ": {");
          for (m = 0; m < G_N_ELEMENTS (members); m++)
            {
              double v = 0;
              gboolean h = doson_ctr_open_sdg_results_get_series_field (r, i, j, members[m].field, &v);

              g_string_append_printf (out, "\"%s\": ", members[m].name);
              append_figure (out, h, v, members[m].whole, "null");
              g_string_append (out, ", ");
            }
          g_string_append (out, "\"status\": ");
          _doson_ctr_json_append_string (out, doson_ctr_open_sdg_results_get_series_status (r, i, j));
          g_string_append_c (out, '}');
        }
      g_string_append (out, n_series > 0 ? "\n    }\n  }" : "}\n  }");
    }
  g_string_append (out, n > 0 ? "\n}\n" : "}\n");
}

static void
append_indicator_cells (DosonCtrOpenSdgResults *r,
                        guint                   i,
                        GString                *out)
{
  double score = 0;
  gboolean has = doson_ctr_open_sdg_results_get_indicator_score (r, i, &score);

  _doson_ctr_csv_append_field (out, doson_ctr_open_sdg_results_get_indicator_id (r, i));
  g_string_append_c (out, ',');
  _doson_ctr_csv_append_field (out, doson_ctr_open_sdg_results_get_indicator_status (r, i));
  g_string_append_c (out, ',');
  append_figure (out, has, score, FALSE, "");
}

static void
write_csv (DosonCtrOpenSdgResults *r,
           GString                *out)
{
  guint n = doson_ctr_open_sdg_results_get_n_indicators (r), i, j, m;

  g_string_append (out, "indicator,indicator_status,indicator_score,series");
  for (m = 0; m < G_N_ELEMENTS (members); m++)
    g_string_append_printf (out, ",%s", members[m].name);
  g_string_append (out, ",status\n");
  for (i = 0; i < n; i++)
    {
      guint n_series = doson_ctr_open_sdg_results_get_n_series (r, i);

      if (n_series == 0)
        {
          /* an indicator without series still has its status */
          append_indicator_cells (r, i, out);
          g_string_append (out, ",,,,,,,,,,,,,\n");
          continue;
        }
      for (j = 0; j < n_series; j++)
        {
          append_indicator_cells (r, i, out);
          g_string_append_c (out, ',');
          _doson_ctr_csv_append_field (out, doson_ctr_open_sdg_results_get_series_key (r, i, j));
          for (m = 0; m < G_N_ELEMENTS (members); m++)
            {
              double v = 0;
              gboolean h = doson_ctr_open_sdg_results_get_series_field (r, i, j, members[m].field, &v);

              g_string_append_c (out, ',');
              append_figure (out, h, v, members[m].whole, "");
            }
          g_string_append_c (out, ',');
          _doson_ctr_csv_append_field (out, doson_ctr_open_sdg_results_get_series_status (r, i, j));
          g_string_append_c (out, '\n');
        }
    }
}

/* "2015 → 2023: 14.5 → 10.4" for people, or what is missing. */
static void
append_span (DosonCtrOpenSdgResults *r,
             guint                   i,
             guint                   j,
             GString                *out)
{
  double by = 0, bv = 0, cy = 0, cv = 0;

  if (!doson_ctr_open_sdg_results_get_series_field (r, i, j, DOSON_CTR_OPEN_SDG_FIELD_CURRENT_YEAR, &cy))
    {
      g_string_append (out, "no data");
      return;
    }
  doson_ctr_open_sdg_results_get_series_field (r, i, j, DOSON_CTR_OPEN_SDG_FIELD_CURRENT_VALUE, &cv);
  if (doson_ctr_open_sdg_results_get_series_field (r, i, j, DOSON_CTR_OPEN_SDG_FIELD_BASE_VALUE, &bv))
    {
      doson_ctr_open_sdg_results_get_series_field (r, i, j, DOSON_CTR_OPEN_SDG_FIELD_BASE_YEAR, &by);
      g_string_append_printf (out, "%.0f: ", by);
      _doson_ctr_append_figure (out, bv);
      g_string_append (out, " -> ");
    }
  g_string_append_printf (out, "%.0f: ", cy);
  _doson_ctr_append_figure (out, cv);
}

static void
write_text (DosonCtrOpenSdgResults *r,
            GString                *out)
{
  guint n = doson_ctr_open_sdg_results_get_n_indicators (r), i, j;

  for (i = 0; i < n; i++)
    {
      const char *status = doson_ctr_open_sdg_results_get_indicator_status (r, i);
      double score = 0;

      g_string_append_printf (out, "%s  %s", doson_ctr_open_sdg_results_get_indicator_id (r, i),
                              *status != '\0' ? status : "(no status)");
      if (doson_ctr_open_sdg_results_get_indicator_score (r, i, &score))
        {
          g_string_append (out, ", score ");
          _doson_ctr_append_figure (out, score);
        }
      g_string_append_c (out, '\n');
      for (j = 0; j < doson_ctr_open_sdg_results_get_n_series (r, i); j++)
        {
          double s = 0;

          g_string_append_printf (out, "  %s\n    %s",
                                  doson_ctr_open_sdg_results_get_series_key (r, i, j),
                                  doson_ctr_open_sdg_results_get_series_status (r, i, j));
          if (doson_ctr_open_sdg_results_get_series_field (r, i, j, DOSON_CTR_OPEN_SDG_FIELD_SCORE, &s))
            {
              g_string_append (out, ", score ");
              _doson_ctr_append_figure (out, s);
            }
          g_string_append (out, "; ");
          append_span (r, i, j, out);
          g_string_append_c (out, '\n');
        }
    }
}

/**
 * doson_ctr_open_sdg_results_to_data:
 * @results: a #DosonCtrOpenSdgResults
 * @format: %DOSON_CTR_DOCUMENT_FORMAT_JSON, %DOSON_CTR_DOCUMENT_FORMAT_CSV
 *   or %DOSON_CTR_DOCUMENT_FORMAT_TEXT
 * @length: (out) (optional): return location for the length of the text
 * @error: return location for a #GError, or %NULL
 *
 * Writes the results (`doc/formats.md`, section 8.4):
 *
 * - JSON: an object keyed by indicator id, in the shape of Open SDG's
 *   `indicator_calculation_components.yml`: `{"1-1-1": {"progress_status":
 *   …, "score": …, "series": {"1-1-1": {"base_year", "base_value",
 *   "current_year", "current_value", "direction", "sign", "target",
 *   "target_year", "limit", "progress_value", "score", "status"}}}}`;
 *   years, direction and sign are integers; an absent figure is null;
 * - CSV: a header, then one row per series (`indicator`,
 *   `indicator_status`, `indicator_score`, `series` and the members above),
 *   an indicator without series in one row of its own; an absent figure
 *   is an empty cell;
 * - text: each indicator and its series, for people.
 *
 * Numbers have the fewest digits that read back as the same double (text:
 * ten significant digits).
 *
 * Errors: %DOSON_CTR_ERROR_INVALID_ARGUMENT for another format.
 *
 * Returns: (transfer full): the text, or %NULL with @error set
 *
 * Since: 0.1
 */
char *
doson_ctr_open_sdg_results_to_data (DosonCtrOpenSdgResults *results,
                                    DosonCtrDocumentFormat  format,
                                    gsize                  *length,
                                    GError                **error)
{
  GString *out;

  g_return_val_if_fail (DOSON_CTR_IS_OPEN_SDG_RESULTS (results), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  out = g_string_new (NULL);
  switch (format)
    {
    case DOSON_CTR_DOCUMENT_FORMAT_JSON:
      write_json (results, out);
      break;
    case DOSON_CTR_DOCUMENT_FORMAT_CSV:
      write_csv (results, out);
      break;
    case DOSON_CTR_DOCUMENT_FORMAT_TEXT:
      write_text (results, out);
      break;
    case DOSON_CTR_DOCUMENT_FORMAT_MARKDOWN:
    default:
      g_string_free (out, TRUE);
      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_ARGUMENT,
                   "Open SDG results are written as json, csv or text, not as %s",
                   doson_ctr_document_format_to_string (format) != NULL
                     ? doson_ctr_document_format_to_string (format) : "this format");
      return NULL;
    }
  if (length != NULL)
    *length = out->len;
  return g_string_free (out, FALSE);
}
