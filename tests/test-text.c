/* test-text.c: text in Vietnamese and English and the language rule,
 * lib/base/doson-ctr-text.c (white-box: private API)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "doson-ctr-test.h"

#include "base/doson-ctr-text-private.h"

/* A value neither language has, to see that *out is left alone. */
#define LANG_UNTOUCHED ((DosonCtrLang) 77)

static void
assert_lang (const char   *tag,
             gboolean      known,
             DosonCtrLang  expected)
{
  DosonCtrLang parsed = LANG_UNTOUCHED;

  ck_assert_msg (_doson_ctr_lang_parse (tag, &parsed) == known, "%s", tag ? tag : "NULL");
  if (known)
    ck_assert_msg (parsed == expected, "%s: %d", tag ? tag : "NULL", parsed);
  else
    ck_assert_msg (parsed == LANG_UNTOUCHED, "%s changed the output", tag);
  ck_assert_msg (_doson_ctr_lang_from_string (tag) == (known ? expected : DOSON_CTR_LANG_EN),
                 "%s: a reader's language", tag ? tag : "NULL");
  ck_assert_msg (_doson_ctr_lang_is_valid (tag) == (known && tag != NULL),
                 "%s: a setter's language", tag ? tag : "NULL");
}

/* vi, vi-VN and vi_VN.UTF-8 all mean Vietnamese; NULL is the default,
 * Vietnamese; other languages read as English and are refused by
 * setters. */
START_TEST (test_language_rule)
{
  assert_lang (NULL, TRUE, DOSON_CTR_LANG_VI);
  ck_assert_int_eq (DOSON_CTR_LANG_DEFAULT, DOSON_CTR_LANG_VI);
  assert_lang ("vi", TRUE, DOSON_CTR_LANG_VI);
  assert_lang ("VI", TRUE, DOSON_CTR_LANG_VI);
  assert_lang ("vi-VN", TRUE, DOSON_CTR_LANG_VI);
  assert_lang ("vi_VN", TRUE, DOSON_CTR_LANG_VI);
  assert_lang ("vi_VN.UTF-8", TRUE, DOSON_CTR_LANG_VI);
  assert_lang ("vi@latin", TRUE, DOSON_CTR_LANG_VI);
  assert_lang ("en", TRUE, DOSON_CTR_LANG_EN);
  assert_lang ("En-gb", TRUE, DOSON_CTR_LANG_EN);
  assert_lang ("en_US.UTF-8", TRUE, DOSON_CTR_LANG_EN);
  assert_lang ("", FALSE, 0);
  assert_lang ("v", FALSE, 0);
  assert_lang ("vie", FALSE, 0);
  assert_lang ("video", FALSE, 0);
  assert_lang ("eng", FALSE, 0);
  assert_lang ("fr", FALSE, 0);
  assert_lang ("C", FALSE, 0);
  assert_lang ("-vi", FALSE, 0);
}
END_TEST

START_TEST (test_loc_text_set_get)
{
  DosonCtrLocText text = { NULL, NULL };

  ck_assert_ptr_null (_doson_ctr_loc_text_get (&text, NULL));
  ck_assert_ptr_null (_doson_ctr_loc_text_get (&text, "en"));

  ck_assert (_doson_ctr_loc_text_set (&text, "vi_VN.UTF-8", "Phường"));
  ck_assert_str_eq (_doson_ctr_loc_text_get (&text, "vi"), "Phường");
  ck_assert_str_eq (_doson_ctr_loc_text_get (&text, NULL), "Phường");
  /* English that is not set falls back to Vietnamese. */
  ck_assert_str_eq (_doson_ctr_loc_text_get (&text, "en"), "Phường");
  ck_assert_str_eq (_doson_ctr_loc_text_get (&text, "fr"), "Phường");

  ck_assert (_doson_ctr_loc_text_set (&text, "en-GB", "Ward"));
  ck_assert_str_eq (_doson_ctr_loc_text_get (&text, "en"), "Ward");
  ck_assert_str_eq (_doson_ctr_loc_text_get (&text, "de"), "Ward");
  ck_assert_str_eq (_doson_ctr_loc_text_get (&text, "vi"), "Phường");

  /* A setter refuses a language the rule does not know, and NULL. */
  ck_assert (!_doson_ctr_loc_text_set (&text, "fr", "Quartier"));
  ck_assert (!_doson_ctr_loc_text_set (&text, NULL, "Quartier"));
  ck_assert_str_eq (_doson_ctr_loc_text_get (&text, "en"), "Ward");
  ck_assert_str_eq (_doson_ctr_loc_text_get (&text, "vi"), "Phường");

  /* NULL unsets a language. */
  ck_assert (_doson_ctr_loc_text_set (&text, "en", NULL));
  ck_assert_ptr_null (text.en);
  ck_assert_str_eq (_doson_ctr_loc_text_get (&text, "en"), "Phường");

  _doson_ctr_loc_text_clear (&text);
  ck_assert_ptr_null (text.vi);
  ck_assert_ptr_null (text.en);
  _doson_ctr_loc_text_clear (&text);
}
END_TEST

START_TEST (test_loc_text_copy_equal)
{
  DosonCtrLocText a = { NULL, NULL };
  DosonCtrLocText b = { NULL, NULL };
  DosonCtrLocText empty = { NULL, NULL };

  ck_assert (_doson_ctr_loc_text_equal (&a, &empty));
  _doson_ctr_loc_text_set (&a, "vi", "Mục tiêu");
  _doson_ctr_loc_text_set (&a, "en", "Goal");
  ck_assert (!_doson_ctr_loc_text_equal (&a, &empty));

  _doson_ctr_loc_text_copy (&b, &a);
  ck_assert (_doson_ctr_loc_text_equal (&a, &b));
  ck_assert_ptr_ne (a.vi, b.vi);
  ck_assert_ptr_ne (a.en, b.en);

  /* Field by field: each language counts, an unset one too. */
  _doson_ctr_loc_text_set (&b, "en", "Target");
  ck_assert (!_doson_ctr_loc_text_equal (&a, &b));
  _doson_ctr_loc_text_set (&b, "en", NULL);
  ck_assert (!_doson_ctr_loc_text_equal (&a, &b));
  _doson_ctr_loc_text_set (&b, "en", "Goal");
  _doson_ctr_loc_text_set (&b, "vi", "Mục tiêu ");
  ck_assert (!_doson_ctr_loc_text_equal (&a, &b));

  _doson_ctr_loc_text_clear (&a);
  _doson_ctr_loc_text_clear (&b);
}
END_TEST

static Suite *
text_suite (void)
{
  Suite *s = suite_create ("text");
  TCase *tc = tcase_create ("text");

  tcase_add_test (tc, test_language_rule);
  tcase_add_test (tc, test_loc_text_set_get);
  tcase_add_test (tc, test_loc_text_copy_equal);
  suite_add_tcase (s, tc);
  return s;
}

int
main (void)
{
  return test_run_suite (text_suite ());
}
