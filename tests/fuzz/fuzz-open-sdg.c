/* fuzz-open-sdg.c: libFuzzer target, one Open SDG indicator's metadata
 * and CSV (doson_ctr_open_sdg_compute_indicator())
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The input is the metadata (YAML, or Markdown with front matter), a line
 * "%%", and the indicator's CSV; without the line, all of it is the CSV
 * and the metadata asks for automatic progress with the defaults. The
 * call must succeed or fail with a proper error; on success every series
 * has a key of at most 122 characters, a known status, finite figures and
 * a score within [-5, 5], and the three writers give UTF-8, the JSON one
 * a document json-glib reads.
 */

#include "fuzz-common.h"

static const char fuzz_open_sdg_separator[] = "\n%%\n";

static void
fuzz_open_sdg_check (DosonCtrOpenSdgResults *r)
{
  static const char * const statuses[] = {
    "target_achieved", "substantial_progress", "moderate_progress", "limited_progress",
    "deterioration", "not_available", NULL
  };
  DosonCtrDocumentFormat formats[] = { DOSON_CTR_DOCUMENT_FORMAT_JSON,
                                       DOSON_CTR_DOCUMENT_FORMAT_CSV,
                                       DOSON_CTR_DOCUMENT_FORMAT_TEXT };
  guint j, f;
  double v;

  FUZZ_CHECK (doson_ctr_open_sdg_results_get_n_indicators (r) == 1, "not one indicator");
  for (j = 0; j < doson_ctr_open_sdg_results_get_n_series (r, 0); j++)
    {
      const char *key = doson_ctr_open_sdg_results_get_series_key (r, 0, j);

      FUZZ_CHECK (g_utf8_validate (key, -1, NULL) && g_utf8_strlen (key, -1) <= 122,
                  "bad key \"%s\"", key);
      FUZZ_CHECK (g_strv_contains (statuses, doson_ctr_open_sdg_results_get_series_status (r, 0, j)),
                  "unknown status \"%s\"", doson_ctr_open_sdg_results_get_series_status (r, 0, j));
      for (f = DOSON_CTR_OPEN_SDG_FIELD_BASE_YEAR; f <= DOSON_CTR_OPEN_SDG_FIELD_SCORE; f++)
        if (doson_ctr_open_sdg_results_get_series_field (r, 0, j, f, &v))
          FUZZ_CHECK (isfinite (v), "field %u of \"%s\" is not finite", f, key);
      if (doson_ctr_open_sdg_results_get_series_field (r, 0, j, DOSON_CTR_OPEN_SDG_FIELD_SCORE, &v))
        FUZZ_CHECK (v >= -5 && v <= 5, "score %g of \"%s\"", v, key);
    }
  if (doson_ctr_open_sdg_results_get_indicator_score (r, 0, &v))
    FUZZ_CHECK (v >= -5 && v <= 5, "indicator score %g", v);

  for (f = 0; f < G_N_ELEMENTS (formats); f++)
    {
      GError *error = NULL;
      gsize len = 0;
      g_autofree char *text = doson_ctr_open_sdg_results_to_data (r, formats[f], &len, &error);

      FUZZ_CHECK (text != NULL, "writer %u failed: %s", f, error != NULL ? error->message : "");
      fuzz_check_utf8 (text, len, "Open SDG output");
      if (formats[f] == DOSON_CTR_DOCUMENT_FORMAT_JSON)
        {
          g_autoptr(JsonParser) parser = json_parser_new ();

          FUZZ_CHECK (json_parser_load_from_data (parser, text, (gssize) len, NULL),
                      "the JSON output does not parse: %s", text);
        }
    }
}

void
fuzz_open_sdg_one (const guint8 *data,
                   gsize         size)
{
  static const char default_meta[] = "auto_progress_calculation: true\n";
  g_autoptr(DosonCtrOpenSdgResults) r = NULL;
  const char *meta = default_meta, *csv = (const char *) data;
  gsize meta_size = strlen (default_meta), csv_size = size, i;
  gsize sep = strlen (fuzz_open_sdg_separator);
  GError *error = NULL;

  for (i = 0; i + sep <= size; i++)
    if (memcmp (data + i, fuzz_open_sdg_separator, sep) == 0)
      {
        meta = (const char *) data;
        meta_size = i + 1;
        csv = (const char *) data + i + sep;
        csv_size = size - i - sep;
        break;
      }

  r = doson_ctr_open_sdg_compute_indicator ("1-2-3", csv, (gssize) csv_size, meta,
                                            (gssize) meta_size, &error);
  fuzz_check_error (r != NULL, error, "open_sdg_compute_indicator");
  g_clear_error (&error);
  if (r != NULL)
    fuzz_open_sdg_check (r);
}

FUZZ_ENTRY_POINT (fuzz_open_sdg_one)
