/* doson-ctr-program-list.c: the indicators of a programme and their
 * targets, as text, markdown, JSON or CSV
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <doson-ctr/doson-ctr-words.h>

#include "base/doson-ctr-escape-private.h"
#include "base/doson-ctr-number-private.h"
#include "output/doson-ctr-json-writer-private.h"
#include "output/doson-ctr-words-private.h"

static const char *
or_empty (const char *text)
{
  return text != NULL ? text : "";
}

/* "03-CTr/ĐU — Title (2025–2030)" */
static void
append_title (GString         *out,
              DosonCtrProgram *program,
              const char      *tag)
{
  const char *code = doson_ctr_program_get_code (program);

  g_string_append_printf (out, "%s%s%s (%d–%d)", or_empty (code), code != NULL ? " — " : "",
                          doson_ctr_program_get_title (program, tag),
                          doson_ctr_program_get_term_start (program),
                          doson_ctr_program_get_term_end (program));
}

static void
list_text (GString         *out,
           DosonCtrProgram *program,
           DosonCtrLang     lang)
{
  GPtrArray *indicators = doson_ctr_program_get_indicators (program);
  const char *tag = _doson_ctr_words_tag (lang);
  gsize id_width = 2, ref_width = 3;
  guint i, j;

  append_title (out, program, tag);
  g_string_append_printf (out, lang == DOSON_CTR_LANG_VI ? "\n%u chỉ tiêu\n\n" : "\n%u indicators\n\n",
                          indicators->len);
  for (i = 0; i < indicators->len; i++)
    {
      DosonCtrIndicator *indicator = g_ptr_array_index (indicators, i);

      id_width = MAX (id_width, (gsize) g_utf8_strlen (doson_ctr_indicator_get_id (indicator), -1));
      ref_width = MAX (ref_width, (gsize) g_utf8_strlen (or_empty (doson_ctr_indicator_get_ref (indicator)), -1));
    }

  _doson_ctr_words_append_padded (out, "ID", id_width + 2);
  _doson_ctr_words_append_padded (out, _doson_ctr_words_pick (lang, "MỤC", "REF"), ref_width + 2);
  g_string_append (out, _doson_ctr_words_pick (lang, "TÊN / CHỈ TIÊU\n", "NAME / TARGET\n"));
  for (i = 0; i < indicators->len; i++)
    {
      DosonCtrIndicator *indicator = g_ptr_array_index (indicators, i);
      GPtrArray *targets = doson_ctr_indicator_get_targets (indicator);

      _doson_ctr_words_append_padded (out, doson_ctr_indicator_get_id (indicator), id_width + 2);
      _doson_ctr_words_append_padded (out, or_empty (doson_ctr_indicator_get_ref (indicator)), ref_width + 2);
      g_string_append (out, doson_ctr_indicator_get_name (indicator, tag));
      g_string_append_c (out, '\n');
      for (j = 0; j < targets->len; j++)
        {
          _doson_ctr_words_append_padded (out, "", id_width + ref_width + 4);
          g_string_append (out, "→ ");
          _doson_ctr_words_append_target (out, indicator, g_ptr_array_index (targets, j), lang, TRUE);
          g_string_append_c (out, '\n');
        }
    }
}

static void
list_markdown (GString         *out,
               DosonCtrProgram *program,
               DosonCtrLang     lang)
{
  GPtrArray *indicators = doson_ctr_program_get_indicators (program);
  const char *tag = _doson_ctr_words_tag (lang);
  guint i, j;

  g_string_append (out, "# ");
  append_title (out, program, tag);
  g_string_append (out, _doson_ctr_words_pick (lang, "\n\n| ID | Mục | Tên | Mục tiêu |\n",
                                               "\n\n| ID | Ref | Name | Target |\n"));
  g_string_append (out, "|---|---|---|---|\n");
  for (i = 0; i < indicators->len; i++)
    {
      DosonCtrIndicator *indicator = g_ptr_array_index (indicators, i);
      GPtrArray *targets = doson_ctr_indicator_get_targets (indicator);
      g_autoptr (GString) words = g_string_new (NULL);
      g_autofree char *id = g_strdup_printf ("`%s`", doson_ctr_indicator_get_id (indicator));

      for (j = 0; j < targets->len; j++)
        {
          if (j > 0)
            g_string_append (words, "; ");
          _doson_ctr_words_append_target (words, indicator, g_ptr_array_index (targets, j), lang, TRUE);
        }
      g_string_append_c (out, '|');
      _doson_ctr_words_append_markdown_cell (out, id);
      _doson_ctr_words_append_markdown_cell (out, or_empty (doson_ctr_indicator_get_ref (indicator)));
      _doson_ctr_words_append_markdown_cell (out, doson_ctr_indicator_get_name (indicator, tag));
      _doson_ctr_words_append_markdown_cell (out, words->str);
      g_string_append_c (out, '\n');
    }
}

/* {"vi": ..., "en": ...}, or null when there is no text. */
static void
add_localised (JsonBuilder *builder,
               const char  *member,
               const char  *vi,
               const char  *en)
{
  json_builder_set_member_name (builder, member);
  if (vi == NULL)
    {
      json_builder_add_null_value (builder);
      return;
    }
  json_builder_begin_object (builder);
  _doson_ctr_json_add_string (builder, "vi", vi);
  _doson_ctr_json_add_string (builder, "en", en != NULL ? en : vi);
  json_builder_end_object (builder);
}

static void
add_strings (JsonBuilder *builder,
             const char  *member,
             GPtrArray   *strings)
{
  _doson_ctr_json_add_strings (builder, member, (const char * const *) strings->pdata, strings->len);
}

static void
add_target (JsonBuilder          *builder,
            DosonCtrIndicator    *indicator,
            const DosonCtrTarget *target)
{
  g_autofree char *summary_vi = doson_ctr_target_describe (target, indicator, "vi");
  g_autofree char *summary_en = doson_ctr_target_describe (target, indicator, "en");
  double value, low, high;

  json_builder_begin_object (builder);
  _doson_ctr_json_add_string (builder, "kind", doson_ctr_target_kind_to_string (doson_ctr_target_get_kind (target)));
  _doson_ctr_json_add_string (builder, "comparator",
                              doson_ctr_comparator_to_string (doson_ctr_target_get_comparator (target)));
  if (doson_ctr_target_get_range (target, &low, &high))
    {
      _doson_ctr_json_add_double (builder, "low", TRUE, low);
      _doson_ctr_json_add_double (builder, "high", TRUE, high);
      _doson_ctr_json_add_string (builder, "range",
                                  doson_ctr_range_mode_to_string (doson_ctr_target_get_range_mode (target)));
    }
  else if (doson_ctr_target_get_value (target, &value))
    _doson_ctr_json_add_double (builder, "value", TRUE, value);
  _doson_ctr_json_add_int (builder, "first_year", TRUE, doson_ctr_target_get_first_year (target));
  _doson_ctr_json_add_int (builder, "deadline_year", TRUE, doson_ctr_target_get_deadline_year (target));
  _doson_ctr_json_add_boolean (builder, "per_disaggregation", doson_ctr_target_get_per_disaggregation (target));
  add_localised (builder, "text", doson_ctr_target_get_text (target, "vi"),
                 doson_ctr_target_get_text (target, "en"));
  add_localised (builder, "summary", summary_vi, summary_en);
  json_builder_end_object (builder);
}

static void
add_indicator (JsonBuilder       *builder,
               DosonCtrIndicator *indicator)
{
  GPtrArray *targets = doson_ctr_indicator_get_targets (indicator);
  DosonCtrIndicatorRelation relation = doson_ctr_indicator_get_relation (indicator);
  guint j;

  json_builder_begin_object (builder);
  _doson_ctr_json_add_string (builder, "id", doson_ctr_indicator_get_id (indicator));
  _doson_ctr_json_add_string (builder, "ref", doson_ctr_indicator_get_ref (indicator));
  add_localised (builder, "name", doson_ctr_indicator_get_name (indicator, "vi"),
                 doson_ctr_indicator_get_name (indicator, "en"));
  add_localised (builder, "unit", doson_ctr_indicator_get_unit (indicator, "vi"),
                 doson_ctr_indicator_get_unit (indicator, "en"));
  add_localised (builder, "note", doson_ctr_indicator_get_note (indicator, "vi"),
                 doson_ctr_indicator_get_note (indicator, "en"));
  _doson_ctr_json_add_string (builder, "measure", doson_ctr_measure_to_string (doson_ctr_indicator_get_measure (indicator)));
  _doson_ctr_json_add_string (builder, "direction",
                              doson_ctr_direction_to_string (doson_ctr_indicator_get_direction (indicator)));
  _doson_ctr_json_add_string (builder, "goal", doson_ctr_indicator_get_goal_id (indicator));
  add_strings (builder, "units", doson_ctr_indicator_get_lead_unit_ids (indicator));
  add_strings (builder, "partner_units", doson_ctr_indicator_get_partner_unit_ids (indicator));
  _doson_ctr_json_add_string (builder, "relation", doson_ctr_indicator_relation_to_string (relation));
  _doson_ctr_json_add_string (builder, "related", doson_ctr_indicator_get_related_id (indicator));
  _doson_ctr_json_add_string (builder, "disaggregation", doson_ctr_indicator_get_disaggregation (indicator));
  if (doson_ctr_indicator_get_disaggregation (indicator) != NULL)
    add_strings (builder, "levels", doson_ctr_indicator_get_disaggregation_values (indicator));

  json_builder_set_member_name (builder, "targets");
  json_builder_begin_array (builder);
  for (j = 0; j < targets->len; j++)
    add_target (builder, indicator, g_ptr_array_index (targets, j));
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

static void
list_json (GString         *out,
           DosonCtrProgram *program)
{
  GPtrArray *indicators = doson_ctr_program_get_indicators (program);
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  guint i;

  json_builder_begin_array (builder);
  for (i = 0; i < indicators->len; i++)
    add_indicator (builder, g_ptr_array_index (indicators, i));
  json_builder_end_array (builder);
  _doson_ctr_json_writer_append (out, builder);
}

/* A CSV field, then a comma; nothing but the comma for NULL. */
static void
append_field (GString    *out,
              const char *text)
{
  if (text != NULL)
    _doson_ctr_csv_append_field (out, text);
  g_string_append_c (out, ',');
}

/* The numbers of a target: value, low, high, range. */
static void
append_csv_threshold (GString              *out,
                      const DosonCtrTarget *target)
{
  double value, low, high;

  if (doson_ctr_target_get_value (target, &value))
    _doson_ctr_append_double (out, value);
  g_string_append_c (out, ',');
  if (doson_ctr_target_get_range (target, &low, &high))
    {
      _doson_ctr_append_double (out, low);
      g_string_append_c (out, ',');
      _doson_ctr_append_double (out, high);
      g_string_append_c (out, ',');
      g_string_append (out, doson_ctr_range_mode_to_string (doson_ctr_target_get_range_mode (target)));
    }
  else
    g_string_append (out, ",,");
}

static void
append_csv_target (GString              *out,
                   DosonCtrIndicator    *indicator,
                   const DosonCtrTarget *target,
                   const char           *units,
                   DosonCtrLang          lang)
{
  const char *tag = _doson_ctr_words_tag (lang);
  g_autoptr (GString) words = g_string_new (NULL);

  _doson_ctr_words_append_target (words, indicator, target, lang, TRUE);
  append_field (out, doson_ctr_indicator_get_id (indicator));
  append_field (out, doson_ctr_indicator_get_ref (indicator));
  append_field (out, doson_ctr_indicator_get_name (indicator, tag));
  append_field (out, doson_ctr_indicator_get_unit (indicator, tag));
  append_field (out, doson_ctr_measure_to_string (doson_ctr_indicator_get_measure (indicator)));
  append_field (out, doson_ctr_direction_to_string (doson_ctr_indicator_get_direction (indicator)));
  append_field (out, doson_ctr_indicator_get_goal_id (indicator));
  append_field (out, units);
  append_field (out, doson_ctr_target_kind_to_string (doson_ctr_target_get_kind (target)));
  append_field (out, doson_ctr_comparator_to_string (doson_ctr_target_get_comparator (target)));
  append_csv_threshold (out, target);
  g_string_append_printf (out, ",%d,%d,%s,",
                          doson_ctr_target_get_first_year (target),
                          doson_ctr_target_get_deadline_year (target),
                          doson_ctr_target_get_per_disaggregation (target) ? "true" : "false");
  _doson_ctr_csv_append_field (out, words->str);
  g_string_append_c (out, '\n');
}

static void
list_csv (GString         *out,
          DosonCtrProgram *program,
          DosonCtrLang     lang)
{
  GPtrArray *indicators = doson_ctr_program_get_indicators (program);
  guint i, j;

  g_string_append (out, "id,ref,name,unit,measure,direction,goal,units,kind,"
                   "comparator,value,low,high,range,first_year,deadline_year,"
                   "per_disaggregation,target\n");
  for (i = 0; i < indicators->len; i++)
    {
      DosonCtrIndicator *indicator = g_ptr_array_index (indicators, i);
      GPtrArray *targets = doson_ctr_indicator_get_targets (indicator);
      GPtrArray *units = doson_ctr_indicator_get_lead_unit_ids (indicator);
      g_autoptr (GString) unit_list = g_string_new (NULL);

      for (j = 0; j < units->len; j++)
        g_string_append_printf (unit_list, "%s%s", j > 0 ? ";" : "",
                                (const char *) g_ptr_array_index (units, j));
      for (j = 0; j < targets->len; j++)
        append_csv_target (out, indicator, g_ptr_array_index (targets, j), unit_list->str, lang);
    }
}

/**
 * doson_ctr_program_list_to_string:
 * @program: a #DosonCtrProgram
 * @format: the format of the document
 * @lang: (nullable): the language of names and targets in words, by the
 *   library's rule (%NULL for Vietnamese); JSON gives both languages
 *
 * Lists the indicators of @program with their targets:
 *
 * - %DOSON_CTR_DOCUMENT_FORMAT_TEXT: the programme's code, title and
 *   term, then a table of id, reference and name, each target in words
 *   under its indicator;
 * - %DOSON_CTR_DOCUMENT_FORMAT_MARKDOWN: the title, then a table with a
 *   row per indicator, its targets in words separated by "; ";
 * - %DOSON_CTR_DOCUMENT_FORMAT_JSON: an array with one object per
 *   indicator: "id", "ref", "name", "unit" and "note" (each {"vi", "en"}
 *   or null), "measure", "direction", "goal", "units" (the lead units),
 *   "partner_units", "relation", "related", "disaggregation" (and
 *   "levels") and "targets": "kind", "comparator", "value" or "low",
 *   "high" and "range" (as in the programme file), "first_year",
 *   "deadline_year", "per_disaggregation", "text" (the document's
 *   wording, or null) and "summary" (doson_ctr_target_describe() in
 *   both languages). Rates are fractions (0.1 for 10 %/yr);
 * - %DOSON_CTR_DOCUMENT_FORMAT_CSV: a header, then one row per target:
 *   id, ref, name, unit, measure, direction, goal, units (separated by
 *   ";"), kind, comparator, value, low, high, range, first_year,
 *   deadline_year, per_disaggregation and target (in words).
 *
 * %DOSON_CTR_DOCUMENT_FORMAT_HTML is for reports only: asking for it here
 * is a programming error.
 *
 * Returns: (transfer full): the document, ending with a newline, to be
 *   freed with g_free()
 *
 * Since: 0.1
 */
char *
doson_ctr_program_list_to_string (DosonCtrProgram        *program,
                                  DosonCtrDocumentFormat  format,
                                  const char             *lang)
{
  DosonCtrLang words_lang = _doson_ctr_lang_from_string (lang);
  GString *out;

  g_return_val_if_fail (DOSON_CTR_IS_PROGRAM (program), NULL);
  g_return_val_if_fail (doson_ctr_document_format_to_string (format) != NULL, NULL);
  g_return_val_if_fail (format != DOSON_CTR_DOCUMENT_FORMAT_HTML, NULL);

  out = g_string_new (NULL);
  switch (format)
    {
    case DOSON_CTR_DOCUMENT_FORMAT_MARKDOWN:
      list_markdown (out, program, words_lang);
      break;
    case DOSON_CTR_DOCUMENT_FORMAT_JSON:
      list_json (out, program);
      break;
    case DOSON_CTR_DOCUMENT_FORMAT_CSV:
      list_csv (out, program, words_lang);
      break;
    case DOSON_CTR_DOCUMENT_FORMAT_TEXT:
    default:
      list_text (out, program, words_lang);
      break;
    }
  return g_string_free (out, FALSE);
}
