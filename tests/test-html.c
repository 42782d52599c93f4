/* test-html.c: what the HTML documents share: escaping, the page and its
 * stylesheet, and statuses that keep their contrast and are told apart
 * without colour
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <stdlib.h>
#include <string.h>

#include "doson-ctr-test.h"

#include "output/doson-ctr-html-private.h"

START_TEST (test_escaping)
{
  g_autoptr (GString) out = g_string_new (NULL);

  _doson_ctr_html_append_escaped (out, "a < b & c > \"d\" 'e' — Đồ Sơn");
  ck_assert_str_eq (out->str, "a &lt; b &amp; c &gt; &quot;d&quot; &#39;e&#39; — Đồ Sơn");
  g_string_truncate (out, 0);
  _doson_ctr_html_append_element (out, "td", "number", "1 < 2");
  ck_assert_str_eq (out->str, "<td class=\"number\">1 &lt; 2</td>");
  g_string_truncate (out, 0);
  _doson_ctr_html_append_element (out, "p", NULL, "");
  ck_assert_str_eq (out->str, "<p></p>");
}
END_TEST

static const GMarkupParser nothing = { NULL, NULL, NULL, NULL, NULL };

START_TEST (test_page)
{
  g_autoptr (GString) out = g_string_new (NULL);

  _doson_ctr_html_append_page_start (out, DOSON_CTR_LANG_VI, "Báo cáo <thử>");
  _doson_ctr_html_append_notice (out, "Số liệu minh họa");
  _doson_ctr_html_append_page_end (out);
  test_parse_markup ("the page", out->str, &nothing, NULL);
  ck_assert (g_str_has_prefix (out->str, "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"vi\">"));
  ck_assert_ptr_nonnull (strstr (out->str, "<meta charset=\"utf-8\"/>"));
  ck_assert_ptr_nonnull (strstr (out->str, "<title>Báo cáo &lt;thử&gt;</title>"));
  ck_assert_ptr_nonnull (strstr (out->str, "@page { size: A4;"));
  ck_assert_ptr_nonnull (strstr (out->str, "<p class=\"notice\" role=\"note\">Số liệu minh họa</p>"));
  ck_assert (g_str_has_suffix (out->str, "</body>\n</html>\n"));
  g_string_truncate (out, 0);
  _doson_ctr_html_append_page_start (out, DOSON_CTR_LANG_EN, "x");
  ck_assert_ptr_nonnull (strstr (out->str, "lang=\"en\""));
}
END_TEST

/* WCAG 2 AA asks 4.5:1 for text; every status has its own class and a
 * label, and statuses that mean different things have different
 * symbols. */
START_TEST (test_statuses_readable_without_colour)
{
  int s, t;

  for (s = DOSON_CTR_STATUS_NOT_AVAILABLE; s <= DOSON_CTR_STATUS_PENDING; s++)
    {
      const DosonCtrHtmlStatusStyle *style = _doson_ctr_html_status_style ((DosonCtrStatus) s);
      g_autoptr (GString) out = g_string_new (NULL);
      g_autofree char *expected = NULL;
      double ratio = _doson_ctr_html_contrast_ratio (style->foreground, style->background);

      ck_assert_msg (ratio >= 4.5, "%s: contrast %.2f:1", style->class_name, ratio);
      ck_assert_msg (_doson_ctr_html_contrast_ratio (style->foreground, "#ffffff") >= 4.5, "%s on white",
                     style->class_name);
      _doson_ctr_html_append_status (out, (DosonCtrStatus) s, DOSON_CTR_LANG_VI);
      expected = g_strdup_printf ("<span class=\"status %s\"><span class=\"symbol\" aria-hidden=\"true\">%s</span> %s</span>",
                                  style->class_name, style->symbol,
                                  doson_ctr_status_get_label ((DosonCtrStatus) s, "vi"));
      ck_assert_str_eq (out->str, expected);
      for (t = DOSON_CTR_STATUS_NOT_AVAILABLE; t < s; t++)
        {
          const DosonCtrHtmlStatusStyle *other = _doson_ctr_html_status_style ((DosonCtrStatus) t);
          gboolean both_met = (s == DOSON_CTR_STATUS_ACHIEVED && t == DOSON_CTR_STATUS_TARGET_ACHIEVED);

          ck_assert_str_ne (style->class_name, other->class_name);
          ck_assert_msg (both_met || strcmp (style->symbol, other->symbol) != 0, "%s and %s share a symbol",
                         style->class_name, other->class_name);
        }
    }
  /* a value that is not a status is shown as not available */
  ck_assert_ptr_eq (_doson_ctr_html_status_style ((DosonCtrStatus) 99),
                    _doson_ctr_html_status_style (DOSON_CTR_STATUS_NOT_AVAILABLE));
}
END_TEST

START_TEST (test_contrast_ratio)
{
  assert_close (_doson_ctr_html_contrast_ratio ("#000000", "#ffffff"), 21, REL);
  assert_close (_doson_ctr_html_contrast_ratio ("#FFFFFF", "#ffffff"), 1, REL);
  /* #767676 on white is the lightest grey that passes: 4.54:1 */
  ck_assert (_doson_ctr_html_contrast_ratio ("#767676", "#ffffff") >= 4.5);
  ck_assert (_doson_ctr_html_contrast_ratio ("#777777", "#ffffff") < 4.5);
  ck_assert (_doson_ctr_html_contrast_ratio ("#fff", "#ffffff") == 0);
  ck_assert (_doson_ctr_html_contrast_ratio ("#gggggg", "#ffffff") == 0);
  ck_assert (_doson_ctr_html_contrast_ratio (NULL, "#ffffff") == 0);
}
END_TEST

static Suite *
html_suite (void)
{
  Suite *s = suite_create ("html");
  TCase *escaping = tcase_create ("escaping");
  TCase *page = tcase_create ("page");
  TCase *statuses = tcase_create ("statuses");

  tcase_add_test (escaping, test_escaping);
  suite_add_tcase (s, escaping);
  tcase_add_test (page, test_page);
  suite_add_tcase (s, page);
  tcase_add_test (statuses, test_statuses_readable_without_colour);
  tcase_add_test (statuses, test_contrast_ratio);
  suite_add_tcase (s, statuses);
  return s;
}

int
main (void)
{
  return test_run_suite (html_suite ());
}
