/* test-progress-words.c: the words of the progress explanations, keyed by
 * enumeration value (white-box: private API)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <stdlib.h>

#include <glib-object.h>

#include <doson-ctr/doson-ctr-enum-types.h>

#include "doson-ctr-test.h"

#include "maths/doson-ctr-progress-words-private.h"

typedef const char *(*WordFunc) (int value, DosonCtrLang lang);

static const char *
word (int value, DosonCtrLang lang)
{
  return _doson_ctr_progress_word ((DosonCtrProgressWord) value, lang);
}

static const char *
reason_word (int value, DosonCtrLang lang)
{
  return _doson_ctr_progress_reason_word ((DosonCtrProgressReason) value, lang);
}

static const char *
direction_word (int value, DosonCtrLang lang)
{
  return _doson_ctr_progress_direction_word ((DosonCtrDirection) value, lang);
}

/* Every value of enumeration @type but @skip (-1: none) has a word, not
 * empty and valid UTF-8, in both languages; the value past the largest
 * has none.  Returns the number of values checked. */
static guint
check_every_value (GType     type,
                   WordFunc  func,
                   int       skip)
{
  static const DosonCtrLang langs[] = { DOSON_CTR_LANG_VI, DOSON_CTR_LANG_EN };
  GEnumClass *klass = g_type_class_ref (type);
  guint i, l, n = 0;

  for (i = 0; i < klass->n_values; i++)
    {
      const GEnumValue *v = &klass->values[i];

      if (v->value == skip)
        continue;
      for (l = 0; l < G_N_ELEMENTS (langs); l++)
        {
          const char *text = func (v->value, langs[l]);

          ck_assert_msg (text != NULL && *text != '\0', "%s has no word in %s",
                         v->value_name, langs[l] == DOSON_CTR_LANG_VI ? "Vietnamese" : "English");
          ck_assert (g_utf8_validate (text, -1, NULL));
        }
      n++;
    }
  ck_assert_ptr_null (func (klass->maximum + 1, DOSON_CTR_LANG_VI));
  ck_assert_ptr_null (func (klass->maximum + 1, DOSON_CTR_LANG_EN));
  g_type_class_unref (klass);
  return n;
}

START_TEST (test_every_word)
{
  ck_assert_uint_gt (check_every_value (_doson_ctr_progress_word_get_type (), word, -1), 0);
}
END_TEST

/* Every reason a figure is absent has a word; "none" needs none. */
START_TEST (test_every_reason)
{
  ck_assert_uint_gt (check_every_value (_doson_ctr_progress_reason_get_type (), reason_word,
                                        DOSON_CTR_PROGRESS_REASON_NONE), 0);
  ck_assert_ptr_null (reason_word (DOSON_CTR_PROGRESS_REASON_NONE, DOSON_CTR_LANG_EN));
}
END_TEST

START_TEST (test_every_direction)
{
  ck_assert_uint_gt (check_every_value (doson_ctr_direction_get_type (), direction_word, -1), 0);
}
END_TEST

/* The words are keyed by value: each language's word is the one of its
 * own value, not of a neighbour. */
START_TEST (test_keyed_by_value)
{
  ck_assert_str_eq (word (DOSON_CTR_PROGRESS_WORD_METHOD, DOSON_CTR_LANG_EN), "Method");
  ck_assert_str_eq (word (DOSON_CTR_PROGRESS_WORD_ACHIEVED_NOTE, DOSON_CTR_LANG_VI),
                    "giá trị hiện tại đã đạt mục tiêu");
  ck_assert_str_eq (reason_word (DOSON_CTR_PROGRESS_REASON_NO_DATA, DOSON_CTR_LANG_EN), "no data");
  ck_assert_str_eq (reason_word (DOSON_CTR_PROGRESS_REASON_NO_SCORES, DOSON_CTR_LANG_VI),
                    "không chuỗi nào có điểm");
  ck_assert_str_eq (direction_word (DOSON_CTR_DIRECTION_LOWER, DOSON_CTR_LANG_EN),
                    "lower is better");
}
END_TEST

static Suite *
progress_words_suite (void)
{
  Suite *s = suite_create ("progress-words");
  TCase *tc = tcase_create ("words");

  tcase_add_test (tc, test_every_word);
  tcase_add_test (tc, test_every_reason);
  tcase_add_test (tc, test_every_direction);
  tcase_add_test (tc, test_keyed_by_value);
  suite_add_tcase (s, tc);
  return s;
}

int
main (void)
{
  return test_run_suite (progress_words_suite ());
}
