/* doson-ctr-report-text.c: a report as text for people, in aligned
 * columns, coloured for a terminal on request
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "output/doson-ctr-report-private.h"
#include "output/doson-ctr-requirement-words-private.h"
#include "output/doson-ctr-words-private.h"
#include "output/doson-ctr-wrap-private.h"

#define STYLE_BOLD "\033[1m"
#define STYLE_DIM "\033[2m"

static const char *
status_colour (DosonCtrStatus status)
{
  switch (status)
    {
    case DOSON_CTR_STATUS_ACHIEVED:
    case DOSON_CTR_STATUS_TARGET_ACHIEVED:
    case DOSON_CTR_STATUS_SUBSTANTIAL_PROGRESS:
      return "\033[32m"; /* green */
    case DOSON_CTR_STATUS_MODERATE_PROGRESS:
      return "\033[33m"; /* yellow */
    case DOSON_CTR_STATUS_LIMITED_PROGRESS:
    case DOSON_CTR_STATUS_DETERIORATION:
    case DOSON_CTR_STATUS_NOT_ACHIEVED:
      return "\033[31m"; /* red */
    case DOSON_CTR_STATUS_PENDING:
      return "\033[36m"; /* cyan */
    case DOSON_CTR_STATUS_NOT_AVAILABLE:
    default:
      return STYLE_DIM;
    }
}

/* @text in @style when the report is coloured, then a reset. */
static void
append_styled (GString        *out,
               DosonCtrReport *report,
               const char     *style,
               const char     *text)
{
  if (report->colour)
    g_string_append_printf (out, "%s%s\033[0m", style, text);
  else
    g_string_append (out, text);
}

/* @text right-aligned in @width characters. */
static void
append_right (GString    *out,
              const char *text,
              gsize       width)
{
  gsize i;

  for (i = g_utf8_strlen (text, -1); i < width; i++)
    g_string_append_c (out, ' ');
  g_string_append (out, text);
}

static void
append_notice (GString        *out,
               DosonCtrReport *report)
{
  const char *notice = _doson_ctr_report_notice (report);
  g_autofree char *line = NULL;

  if (notice == NULL)
    return;
  line = g_strdup_printf ("*** %s ***", notice);
  append_styled (out, report, "\033[1;33m", line);
  g_string_append_c (out, '\n');
}

/* The widths of the columns: each as wide as its heading and its widest
 * cell. */
typedef struct
{
  gsize status;
  gsize value;
  gsize attainment;
} Widths;

static void
compute_widths (DosonCtrReport *report,
                Widths         *widths)
{
  GPtrArray *indicators = doson_ctr_program_get_indicators (report->program);
  const char *tag = _doson_ctr_report_tag (report);
  gsize i;

  widths->status = g_utf8_strlen (_doson_ctr_report_tr (report, "TÌNH TRẠNG", "STATUS"), -1);
  widths->value = g_utf8_strlen (_doson_ctr_report_tr (report, "GIÁ TRỊ (NĂM)", "VALUE (YEAR)"), -1);
  widths->attainment = g_utf8_strlen (_doson_ctr_report_tr (report, "HOÀN THÀNH", "ATTAINMENT"), -1);
  for (i = 0; i < G_N_ELEMENTS (_doson_ctr_report_status_order); i++)
    widths->status = MAX (widths->status,
                          (gsize) g_utf8_strlen (doson_ctr_status_get_label (_doson_ctr_report_status_order[i], tag), -1));
  for (i = 0; i < indicators->len; i++)
    {
      g_auto (DosonCtrReportLine) line = { 0 };

      _doson_ctr_report_line_init (&line, report, g_ptr_array_index (indicators, i));
      widths->value = MAX (widths->value, (gsize) g_utf8_strlen (line.value, -1));
      widths->attainment = MAX (widths->attainment, (gsize) g_utf8_strlen (line.attainment, -1));
    }
}

/* "→ target: Status, value (year), attainment …" under an indicator;
 * the status, value and attainment only when it has several targets. */
static void
append_target_line (GString                        *out,
                    DosonCtrReport                 *report,
                    DosonCtrIndicator              *indicator,
                    const DosonCtrTargetAssessment *a,
                    gboolean                        several)
{
  g_autofree char *words = _doson_ctr_report_describe_assessment (report, indicator, a);
  DosonCtrStatus status = doson_ctr_target_assessment_get_status (a);
  double value, attainment;
  int year;
  gboolean have_value, have_attainment;
  g_autofree char *v = NULL;
  g_autofree char *at = NULL;

  g_string_append_printf (out, "→ %s", words);
  if (several)
    {
      have_value = doson_ctr_target_assessment_get_current (a, &year, &value);
      have_attainment = doson_ctr_target_assessment_get_attainment (a, &attainment);
      v = _doson_ctr_report_format_value_year (report, indicator, have_value, value, year);
      at = _doson_ctr_report_format_attainment (report, have_attainment, attainment,
                                                _doson_ctr_report_is_at_strict (a));
      g_string_append (out, ": ");
      append_styled (out, report, status_colour (status),
                     doson_ctr_status_get_label (status, _doson_ctr_report_tag (report)));
      g_string_append_printf (out, ", %s, %s %s", v,
                              _doson_ctr_report_tr (report, "hoàn thành", "attainment"), at);
    }
  g_string_append_c (out, '\n');
}

/* An indicator: "REF ID — NAME", then its status, value and attainment
 * in the columns of the report, then its targets. */
static void
append_indicator (GString           *out,
                  DosonCtrReport    *report,
                  const Widths      *widths,
                  DosonCtrIndicator *indicator)
{
  const char *ref = doson_ctr_indicator_get_ref (indicator);
  const char *tag = _doson_ctr_report_tag (report);
  g_auto (DosonCtrReportLine) line = { 0 };
  g_autoptr (GString) label = g_string_new (NULL);
  guint i;

  _doson_ctr_report_line_init (&line, report, indicator);

  g_string_append (out, "  ");
  if (ref != NULL)
    g_string_append_printf (out, "%s ", ref);
  g_string_append_printf (out, "%s — %s\n", line.id, doson_ctr_indicator_get_name (indicator, tag));

  g_string_append (out, "    ");
  _doson_ctr_words_append_padded (label, doson_ctr_status_get_label (line.status, tag), widths->status);
  append_styled (out, report, status_colour (line.status), label->str);
  g_string_append (out, "  ");
  _doson_ctr_words_append_padded (out, line.value, widths->value);
  g_string_append (out, "  ");
  append_right (out, line.attainment, widths->attainment);
  g_string_append_c (out, '\n');

  for (i = 0; i < line.results->len; i++)
    {
      const DosonCtrTargetAssessment *a = g_ptr_array_index (line.results, i);
      g_autofree char *needs = _doson_ctr_words_needs (indicator, a, report->lang);

      g_string_append (out, "    ");
      append_target_line (out, report, indicator, a, line.results->len > 1);
      if (needs != NULL && *needs != '\0')
        /* what is still needed, under its target */
        g_string_append_printf (out, "      %s\n", needs);
    }
}

static void
append_group (GString                   *out,
              DosonCtrReport            *report,
              const Widths              *widths,
              const DosonCtrReportGroup *group)
{
  g_autoptr (GString) heading = g_string_new ("    ");
  g_autofree char *title = _doson_ctr_report_group_title (report, group);
  guint j;

  g_string_append_c (out, '\n');
  append_styled (out, report, STYLE_BOLD, title);
  g_string_append_c (out, '\n');

  _doson_ctr_words_append_padded (heading, _doson_ctr_report_tr (report, "TÌNH TRẠNG", "STATUS"),
                                  widths->status + 2);
  _doson_ctr_words_append_padded (heading, _doson_ctr_report_tr (report, "GIÁ TRỊ (NĂM)", "VALUE (YEAR)"),
                                  widths->value + 2);
  append_right (heading, _doson_ctr_report_tr (report, "HOÀN THÀNH", "ATTAINMENT"), widths->attainment);
  append_styled (out, report, STYLE_DIM, _doson_ctr_report_tr (report, "  CHỈ TIÊU", "  INDICATOR"));
  g_string_append_c (out, '\n');
  append_styled (out, report, STYLE_DIM, heading->str);
  g_string_append_c (out, '\n');

  for (j = 0; j < group->indicators->len; j++)
    append_indicator (out, report, widths, g_ptr_array_index (group->indicators, j));

  _doson_ctr_report_append_group_rollup (out, report, group, "  ", "\n");
}

static void
append_text (GString        *out,
             DosonCtrReport *report);

void
_doson_ctr_report_append_text (GString        *out,
                               DosonCtrReport *report)
{
  g_autoptr (GString) text = g_string_new (NULL);
  g_autofree char *wrapped = NULL;

  append_text (text, report);
  wrapped = _doson_ctr_wrap (text->str, report->width);
  g_string_append (out, wrapped);
}

/* The report in lines of any length. */
static void
append_text (GString        *out,
             DosonCtrReport *report)
{
  GPtrArray *groups = _doson_ctr_report_groups (report);
  g_autoptr (GString) rollup = g_string_new (NULL);
  g_autofree char *title = _doson_ctr_report_title (report);
  g_autofree char *heading = NULL;
  Widths widths;
  guint i;

  compute_widths (report, &widths);

  append_styled (out, report, STYLE_BOLD, title);
  g_string_append_c (out, '\n');
  _doson_ctr_report_append_header_lines (out, report, "", "", "\n");
  append_notice (out, report);
  /* The warnings come first, before any figure they put in doubt. */
  g_string_append_c (out, '\n');
  append_styled (out, report, STYLE_BOLD,
                 _doson_ctr_report_tr (report, "Cảnh báo về tính nhất quán của số liệu",
                                       "Consistency warnings"));
  g_string_append_c (out, '\n');
  _doson_ctr_report_append_warnings (out, report, "  - ");

  for (i = 0; i < groups->len; i++)
    append_group (out, report, &widths, g_ptr_array_index (groups, i));
  _doson_ctr_report_append_tasks_text (out, report);

  g_string_append_c (out, '\n');
  heading = g_strdup_printf ("%s:", _doson_ctr_report_tr (report, "Toàn chương trình", "Whole programme"));
  _doson_ctr_report_append_rollup_words (rollup, report, report->program_rollup);
  append_styled (out, report, STYLE_BOLD, heading);
  g_string_append_printf (out, " %s\n", rollup->str);


  if (_doson_ctr_report_notice (report) != NULL)
    {
      g_string_append_c (out, '\n');
      append_notice (out, report);
    }
}
