/* doson-ctr-html.c: what every HTML document of the library shares:
 * escaping, the page and its stylesheet, statuses as badges
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <math.h>
#include <string.h>

#include "output/doson-ctr-html-private.h"
#include "output/doson-ctr-words-private.h"

/* Dark text on a light tint: every pair is above 4.5:1, and each status
 * has its own symbol and always its label, so that none is told from
 * another by colour alone (test-html checks the ratios). */
static const DosonCtrHtmlStatusStyle status_styles[] = {
  [DOSON_CTR_STATUS_NOT_AVAILABLE] = { "status-not-available", "?", "#3b3b3b", "#f2f2f2" },
  [DOSON_CTR_STATUS_TARGET_ACHIEVED] = { "status-target-achieved", "✓", "#145a24", "#dcf3e1" },
  [DOSON_CTR_STATUS_SUBSTANTIAL_PROGRESS] = { "status-substantial-progress", "▲", "#0d5060", "#d9f0f5" },
  [DOSON_CTR_STATUS_MODERATE_PROGRESS] = { "status-moderate-progress", "►", "#6b4400", "#fdefc8" },
  [DOSON_CTR_STATUS_LIMITED_PROGRESS] = { "status-limited-progress", "!", "#7f3300", "#fde3d0" },
  [DOSON_CTR_STATUS_DETERIORATION] = { "status-deterioration", "▼", "#8a1c1c", "#fadcdc" },
  [DOSON_CTR_STATUS_ACHIEVED] = { "status-achieved", "✓", "#145a24", "#dcf3e1" },
  [DOSON_CTR_STATUS_NOT_ACHIEVED] = { "status-not-achieved", "✗", "#8a1c1c", "#fadcdc" },
  [DOSON_CTR_STATUS_PENDING] = { "status-pending", "○", "#3b3b3b", "#e8e8ee" },
};

/* The stylesheet; the colours of the statuses follow, from the table. */
static const char stylesheet[] =
  "@page { size: A4; margin: 14mm 12mm 16mm 12mm; }\n"
  "html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }\n"
  "body { font-family: \"Noto Sans\", \"Segoe UI\", Roboto, \"Helvetica Neue\", Arial, "
  "\"Liberation Sans\", \"DejaVu Sans\", sans-serif; font-size: 11pt; line-height: 1.4; "
  "color: #1a1a1a; background: #ffffff; margin: 0 auto; max-width: 60rem; padding: 1rem 1.5rem; }\n"
  "h1 { font-size: 1.5rem; margin: 0.5rem 0; }\n"
  "h2 { font-size: 1.2rem; margin: 1.5rem 0 0.5rem; border-bottom: 2px solid #1f3b57; "
  "padding-bottom: 0.2rem; break-after: avoid; page-break-after: avoid; }\n"
  "h3 { font-size: 1.05rem; margin: 1rem 0 0.4rem; break-after: avoid; page-break-after: avoid; }\n"
  ".notice { border: 3px double #7f3300; background: #fff4e5; color: #5c2500; font-weight: bold; "
  "padding: 0.5rem 0.8rem; margin: 0.5rem 0; }\n"
  ".notice::before { content: \"⚠ \"; }\n"
  ".meta { color: #333333; margin: 0.2rem 0; }\n"
  "table { border-collapse: collapse; width: 100%; margin: 0.4rem 0 0.6rem; font-size: 0.92rem; }\n"
  "thead { display: table-header-group; }\n"
  "tr, figure, .chart, .summary li { break-inside: avoid; page-break-inside: avoid; }\n"
  "th, td { border: 1px solid #9aa5b1; padding: 0.25rem 0.4rem; text-align: left; vertical-align: top; }\n"
  "th { background: #e6ebf0; color: #1a1a1a; }\n"
  "td.number { text-align: right; white-space: nowrap; }\n"
  "caption, .rollup { text-align: left; color: #333333; font-size: 0.9rem; margin: 0.2rem 0 0.8rem; }\n"
  ".status { display: inline-block; padding: 0.05rem 0.4rem; border-radius: 0.3rem; "
  "border: 1px solid currentColor; font-weight: bold; white-space: nowrap; }\n"
  ".status .symbol { display: inline-block; min-width: 1em; text-align: center; }\n"
  ".status-not-available { border-style: dashed; }\n"
  ".status-pending { border-style: dotted; }\n"
  ".summary { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.4rem; }\n"
  ".summary .count { font-weight: bold; margin-right: 0.3rem; }\n"
  ".charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(26rem, 1fr)); gap: 0.8rem; }\n"
  "figure { margin: 0; border: 1px solid #c4ccd4; padding: 0.4rem; }\n"
  "figcaption { font-size: 0.9rem; margin-bottom: 0.3rem; }\n"
  "figure svg { width: 100%; height: auto; display: block; }\n"
  ".warnings li { margin: 0.2rem 0; }\n"
  "@media print { body { max-width: none; padding: 0; font-size: 10pt; } "
  ".charts { display: block; } figure { margin: 0 0 0.5rem; } }\n";

void
_doson_ctr_html_append_escaped (GString    *out,
                                const char *text)
{
  const char *p;

  for (p = text; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '&':
          g_string_append (out, "&amp;");
          break;
        case '<':
          g_string_append (out, "&lt;");
          break;
        case '>':
          g_string_append (out, "&gt;");
          break;
        case '"':
          g_string_append (out, "&quot;");
          break;
        case '\'':
          g_string_append (out, "&#39;");
          break;
        default:
          g_string_append_c (out, *p);
          break;
        }
    }
}

void
_doson_ctr_html_append_element (GString    *out,
                                const char *element,
                                const char *class_name,
                                const char *text)
{
  g_string_append_printf (out, "<%s", element);
  if (class_name != NULL)
    g_string_append_printf (out, " class=\"%s\"", class_name);
  g_string_append_c (out, '>');
  _doson_ctr_html_append_escaped (out, text);
  g_string_append_printf (out, "</%s>", element);
}

const DosonCtrHtmlStatusStyle *
_doson_ctr_html_status_style (DosonCtrStatus status)
{
  if ((guint) status >= G_N_ELEMENTS (status_styles))
    status = DOSON_CTR_STATUS_NOT_AVAILABLE;
  return &status_styles[status];
}

void
_doson_ctr_html_append_page_start (GString      *out,
                                   DosonCtrLang  lang,
                                   const char   *title)
{
  _doson_ctr_html_append_page_start_styled (out, lang, title, NULL);
}

void
_doson_ctr_html_append_page_start_styled (GString      *out,
                                          DosonCtrLang  lang,
                                          const char   *title,
                                          const char   *style)
{
  gsize i;

  g_string_append_printf (out, "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"%s\">\n"
                          "<head>\n<meta charset=\"utf-8\"/>\n"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n",
                          _doson_ctr_words_tag (lang));
  _doson_ctr_html_append_element (out, "title", NULL, title);
  g_string_append (out, "\n<style>\n");
  g_string_append (out, stylesheet);
  for (i = 0; i < G_N_ELEMENTS (status_styles); i++)
    g_string_append_printf (out, ".%s { color: %s; background: %s; }\n", status_styles[i].class_name,
                            status_styles[i].foreground, status_styles[i].background);
  if (style != NULL)
    g_string_append (out, style);
  g_string_append (out, "</style>\n</head>\n<body>\n");
}

void
_doson_ctr_html_append_page_end (GString *out)
{
  g_string_append (out, "</body>\n</html>\n");
}

void
_doson_ctr_html_append_notice (GString    *out,
                               const char *notice)
{
  g_string_append (out, "<p class=\"notice\" role=\"note\">");
  _doson_ctr_html_append_escaped (out, notice);
  g_string_append (out, "</p>\n");
}

void
_doson_ctr_html_append_status (GString        *out,
                               DosonCtrStatus  status,
                               DosonCtrLang    lang)
{
  const DosonCtrHtmlStatusStyle *style = _doson_ctr_html_status_style (status);

  g_string_append_printf (out, "<span class=\"status %s\"><span class=\"symbol\" aria-hidden=\"true\">%s</span> ",
                          style->class_name, style->symbol);
  _doson_ctr_html_append_escaped (out, doson_ctr_status_get_label (status, _doson_ctr_words_tag (lang)));
  g_string_append (out, "</span>");
}

/* A task's state in the colours and symbol of the status it is like:
 * done as achieved, overdue as not achieved, in progress as needing
 * acceleration, not started as not yet due, not known as not
 * available. */
void
_doson_ctr_html_append_task_state (GString           *out,
                                   gboolean           known,
                                   DosonCtrTaskState  state,
                                   DosonCtrLang       lang)
{
  static const DosonCtrStatus like[DOSON_CTR_TASK_N_STATES] = {
    [DOSON_CTR_TASK_STATE_NOT_STARTED] = DOSON_CTR_STATUS_PENDING,
    [DOSON_CTR_TASK_STATE_IN_PROGRESS] = DOSON_CTR_STATUS_MODERATE_PROGRESS,
    [DOSON_CTR_TASK_STATE_DONE] = DOSON_CTR_STATUS_ACHIEVED,
    [DOSON_CTR_TASK_STATE_OVERDUE] = DOSON_CTR_STATUS_NOT_ACHIEVED,
    [DOSON_CTR_TASK_STATE_DONE_FOR_YEAR] = DOSON_CTR_STATUS_ACHIEVED,
  };
  gboolean valid = known && (guint) state < DOSON_CTR_TASK_N_STATES;
  const DosonCtrHtmlStatusStyle *style = _doson_ctr_html_status_style (valid ? like[state]
                                                                             : DOSON_CTR_STATUS_NOT_AVAILABLE);

  g_string_append_printf (out, "<span class=\"status %s\"><span class=\"symbol\" aria-hidden=\"true\">%s</span> ",
                          style->class_name, style->symbol);
  _doson_ctr_html_append_escaped (out, _doson_ctr_words_task_state (valid, state, lang));
  g_string_append (out, "</span>");
}

/* The relative luminance of #rrggbb by WCAG 2, or a negative number. */
static double
luminance (const char *colour)
{
  double channel[3];
  int i;

  if (colour == NULL || strlen (colour) != 7 || colour[0] != '#')
    return -1;
  for (i = 0; i < 3; i++)
    {
      int hi = g_ascii_xdigit_value (colour[1 + 2 * i]);
      int lo = g_ascii_xdigit_value (colour[2 + 2 * i]);
      double c;

      if (hi < 0 || lo < 0)
        return -1;
      c = (hi * 16 + lo) / 255.0;
      channel[i] = c <= 0.03928 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
    }
  return 0.2126 * channel[0] + 0.7152 * channel[1] + 0.0722 * channel[2];
}

double
_doson_ctr_html_contrast_ratio (const char *colour1,
                                const char *colour2)
{
  double l1 = luminance (colour1);
  double l2 = luminance (colour2);

  if (l1 < 0 || l2 < 0)
    return 0;
  return (MAX (l1, l2) + 0.05) / (MIN (l1, l2) + 0.05);
}
