/* test-wrap.c: text wrapped to a terminal's width,
 * lib/output/doson-ctr-wrap.c (white-box: private API)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "doson-ctr-test.h"

#include "output/doson-ctr-wrap-private.h"

static void
assert_wrapped (const char *text,
                gsize       width,
                const char *expected)
{
  g_autofree char *wrapped = _doson_ctr_wrap (text, width);

  ck_assert_str_eq (wrapped, expected);
}

/* Lines are broken at spaces, counted in characters, not bytes; a
 * continued line is indented two more than its line. */
START_TEST (test_breaks_at_spaces)
{
  assert_wrapped ("một hai ba bốn năm sáu bảy tám", 12,
                  "một hai ba\n  bốn năm\n  sáu bảy\n  tám");
  assert_wrapped ("  Đồ Sơn Hải Phòng Việt Nam", 14,
                  "  Đồ Sơn Hải\n    Phòng Việt\n    Nam");
  /* a line that fits, a width of 0, and several lines */
  assert_wrapped ("Đồ Sơn", 6, "Đồ Sơn");
  assert_wrapped ("một hai ba bốn năm sáu", 0, "một hai ba bốn năm sáu");
  assert_wrapped ("aaaa bbbb cccc\nx\n", 12, "aaaa bbbb\n  cccc\nx\n");
}
END_TEST

/* Colour sequences take no room. */
START_TEST (test_colour_takes_no_room)
{
  assert_wrapped ("\033[1mĐạt\033[0m một hai ba", 12,
                  "\033[1mĐạt\033[0m một hai\n  ba");
}
END_TEST

/* A figure keeps its unit and a sign its number when another space will
 * do; a word longer than a line is cut. */
START_TEST (test_figures_kept_together)
{
  /* "cần tăng ≥" would leave the sign without its number */
  assert_wrapped ("cần tăng ≥ 20,4 %/năm giai đoạn", 14,
                  "cần tăng\n  ≥ 20,4 %/năm\n  giai đoạn");
  /* "đạt 2.028,2" would leave the figure without its unit */
  assert_wrapped ("đạt 2.028,2 tỷ", 12, "đạt\n  2.028,2 tỷ");
  /* no other space: the sign goes alone, the long number is cut */
  assert_wrapped ("≥ 12345678901234", 12, "≥\n  1234567890\n  1234");
}
END_TEST

static Suite *
wrap_suite (void)
{
  Suite *s = suite_create ("wrap");
  TCase *tc = tcase_create ("wrap");

  tcase_add_test (tc, test_breaks_at_spaces);
  tcase_add_test (tc, test_colour_takes_no_room);
  tcase_add_test (tc, test_figures_kept_together);
  suite_add_tcase (s, tc);
  return s;
}

int
main (void)
{
  return test_run_suite (wrap_suite ());
}
