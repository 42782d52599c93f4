/* doson-ctr-progress-table-text.c: a progress table's results as a table
 * for people, in Vietnamese or English
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <doson-ctr/doson-ctr-error.h>
#include <doson-ctr/doson-ctr-progress-table.h>

#include "base/doson-ctr-file-private.h"
#include "output/doson-ctr-words-private.h"

/* What a cell holds when its figure does not exist. */
#define NO_FIGURE "–"

/* Cells of a table, row after row, each row @n_columns cells. */
typedef struct
{
  GPtrArray *cells;
  guint      n_columns;
} Cells;

/* "YEAR: VALUE", or NO_FIGURE when there is none. */
static char *
year_and_value (gboolean      exists,
                int           year,
                double        value,
                DosonCtrLang  lang)
{
  GString *out;

  if (!exists)
    return g_strdup (NO_FIGURE);
  out = g_string_new (NULL);
  g_string_append_printf (out, "%d: ", year);
  _doson_ctr_words_append_number (out, value, lang);
  return g_string_free (out, FALSE);
}

/* @value written by @append (a number or a percentage), or NO_FIGURE
 * when it does not exist. */
static char *
figure_or_none (gboolean       exists,
                double         value,
                DosonCtrLang   lang,
                void         (*append) (GString *, double, DosonCtrLang))
{
  GString *out;

  if (!exists)
    return g_strdup (NO_FIGURE);
  out = g_string_new (NULL);
  append (out, value, lang);
  return g_string_free (out, FALSE);
}

static const char *
status_label (DosonCtrStatus  status,
              DosonCtrLang    lang)
{
  return doson_ctr_status_get_label (status, _doson_ctr_words_tag (lang));
}

/* The row of series @i. */
static void
add_series (Cells                 *cells,
            DosonCtrProgressTable *table,
            guint                  i,
            DosonCtrLang           lang)
{
  g_autoptr(DosonCtrProgressResult) r = doson_ctr_progress_table_get_result (table, i);
  int year = 0;
  double value = 0;
  gboolean exists;

  g_ptr_array_add (cells->cells, g_strdup (doson_ctr_progress_table_get_series_id (table, i)));
  exists = doson_ctr_progress_result_get_base (r, &year, &value);
  g_ptr_array_add (cells->cells, year_and_value (exists, year, value, lang));
  exists = doson_ctr_progress_result_get_current (r, &year, &value);
  g_ptr_array_add (cells->cells, year_and_value (exists, year, value, lang));
  exists = doson_ctr_progress_result_get_progress (r, &value);
  g_ptr_array_add (cells->cells,
                   figure_or_none (exists, value, lang, _doson_ctr_words_append_percentage));
  exists = doson_ctr_progress_result_get_score (r, &value);
  g_ptr_array_add (cells->cells,
                   figure_or_none (exists, value, lang, _doson_ctr_words_append_number));
  g_ptr_array_add (cells->cells, g_strdup (status_label (doson_ctr_progress_result_get_status (r),
                                                         lang)));
}

/* The row of group @i. */
static void
add_group (Cells                 *cells,
           DosonCtrProgressTable *table,
           guint                  i,
           DosonCtrLang           lang)
{
  g_autoptr(DosonCtrProgressResult) r = doson_ctr_progress_table_get_group_result (table, i);
  const char *id = doson_ctr_progress_table_get_group_id (table, i);
  double score = 0;
  gboolean exists;

  if (id == NULL || *id == '\0')
    id = _doson_ctr_words_pick (lang, "(không có nhóm)", "(no group)");
  g_ptr_array_add (cells->cells, g_strdup (id));
  g_ptr_array_add (cells->cells,
                   g_strdup_printf ("%u", doson_ctr_progress_table_get_group_n_series (table, i)));
  exists = doson_ctr_progress_result_get_score (r, &score);
  g_ptr_array_add (cells->cells,
                   figure_or_none (exists, score, lang, _doson_ctr_words_append_number));
  g_ptr_array_add (cells->cells, g_strdup (status_label (doson_ctr_progress_result_get_status (r),
                                                         lang)));
}

/* Appends @cells to @out in columns two spaces apart, each as wide as its
 * widest cell (in characters); the last column is not padded. */
static void
append_columns (GString     *out,
                const Cells *cells)
{
  g_autofree gsize *widths = g_new0 (gsize, cells->n_columns);
  guint i;

  for (i = 0; i < cells->cells->len; i++)
    {
      gsize len = (gsize) g_utf8_strlen (g_ptr_array_index (cells->cells, i), -1);
      guint column = i % cells->n_columns;

      widths[column] = MAX (widths[column], len);
    }
  for (i = 0; i < cells->cells->len; i++)
    {
      guint column = i % cells->n_columns;
      const char *text = g_ptr_array_index (cells->cells, i);

      if (column + 1 == cells->n_columns)
        g_string_append_printf (out, "%s\n", text);
      else
        {
          _doson_ctr_words_append_padded (out, text, widths[column]);
          g_string_append (out, "  ");
        }
    }
}

/* Starts @cells with a row of @n_columns headings. */
static void
cells_init (Cells              *cells,
            const char * const *headings,
            guint               n_columns)
{
  guint i;

  cells->cells = g_ptr_array_new_with_free_func (g_free);
  cells->n_columns = n_columns;
  for (i = 0; i < n_columns; i++)
    g_ptr_array_add (cells->cells, g_strdup (headings[i]));
}

/* The whole text of @table. */
static GString *
table_to_text (DosonCtrProgressTable *table,
               gboolean               with_summary,
               DosonCtrLang           lang)
{
  static const char * const series_vi[] = {
    "Chuỗi số liệu", "Năm gốc: giá trị", "Năm hiện tại: giá trị", "Tiến độ", "Điểm", "Đánh giá"
  };
  static const char * const series_en[] = {
    "Series", "Base year: value", "Current year: value", "Progress", "Score", "Status"
  };
  static const char * const groups_vi[] = { "Nhóm", "Số chuỗi", "Điểm bình quân", "Đánh giá" };
  static const char * const groups_en[] = { "Group", "Series", "Mean score", "Status" };
  GString *out = g_string_new (NULL);
  Cells cells;
  guint i;

  cells_init (&cells, lang == DOSON_CTR_LANG_VI ? series_vi : series_en, G_N_ELEMENTS (series_en));
  for (i = 0; i < doson_ctr_progress_table_get_n_series (table); i++)
    add_series (&cells, table, i, lang);
  append_columns (out, &cells);
  g_ptr_array_unref (cells.cells);
  if (!with_summary)
    return out;

  g_string_append_c (out, '\n');
  cells_init (&cells, lang == DOSON_CTR_LANG_VI ? groups_vi : groups_en, G_N_ELEMENTS (groups_en));
  for (i = 0; i < doson_ctr_progress_table_get_n_groups (table); i++)
    add_group (&cells, table, i, lang);
  append_columns (out, &cells);
  g_ptr_array_unref (cells.cells);
  return out;
}

/**
 * doson_ctr_progress_table_write_text:
 * @table: a #DosonCtrProgressTable
 * @stream: the stream to write to; it is not closed
 * @with_summary: whether the roll-up of each group follows, after a blank
 *   line
 * @lang: (nullable): "vi" or "en" (a tag such as "vi-VN" or a locale name
 *   such as "vi_VN.UTF-8" reads as its language); %NULL for Vietnamese
 * @cancellable: (nullable): a #GCancellable, or %NULL
 * @error: return location for a #GError, or %NULL
 *
 * Writes the result of every series as a table for people, in columns for
 * a fixed-width font: the series, its base and current year with their
 * values, the progress as a percentage, the score and the status in words
 * ("Đúng tiến độ", "On track"), with a heading row in @lang. Numbers are
 * grouped by thousands with the decimal separator of @lang
 * (doson_ctr_format_figure()); a figure that does not exist is "–". With
 * @with_summary, a second table gives each group with its number of
 * series, its mean score and its status.
 *
 * Errors: %DOSON_CTR_ERROR_IO when the stream fails, %G_IO_ERROR_CANCELLED
 * when cancelled.
 *
 * Returns: %TRUE on success, %FALSE with @error set
 *
 * Since: 0.1
 */
gboolean
doson_ctr_progress_table_write_text (DosonCtrProgressTable *table,
                                     GOutputStream         *stream,
                                     gboolean               with_summary,
                                     const char            *lang,
                                     GCancellable          *cancellable,
                                     GError               **error)
{
  g_autoptr(GString) text = NULL;

  g_return_val_if_fail (DOSON_CTR_IS_PROGRESS_TABLE (table), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  text = table_to_text (table, with_summary, _doson_ctr_lang_from_string (lang));
  return _doson_ctr_write_stream (stream, text->str, text->len, cancellable, error);
}
