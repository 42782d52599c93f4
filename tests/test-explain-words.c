/* test-explain-words.c: every word of the explanations, in both languages,
 * and every stable spelling of the assessment's enumerations (white-box:
 * private API)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <stdlib.h>
#include <string.h>

#include <doson-ctr/doson-ctr-assessment.h>
#include <doson-ctr/doson-ctr-enum-types.h>

#include "doson-ctr-test.h"

#include "output/doson-ctr-explain-words-private.h"

static const DosonCtrLang langs[] = { DOSON_CTR_LANG_VI, DOSON_CTR_LANG_EN };

START_TEST (test_every_word)
{
  guint i, w;

  for (i = 0; i < G_N_ELEMENTS (langs); i++)
    for (w = 0; w < N_WORDS; w++)
      {
        const char *text = _doson_ctr_explain_word (langs[i], (DosonCtrWord) w);

        ck_assert_msg (text != NULL && text[0] != '\0',
                       "word %u has no text in language %d", w, langs[i]);
        ck_assert_msg (g_utf8_validate (text, -1, NULL), "word %u: %s", w, text);
      }
  ck_assert_ptr_null (_doson_ctr_explain_word (DOSON_CTR_LANG_VI, N_WORDS));
}
END_TEST

/* Every value of DosonCtrAssessmentReason but "none" says in both
 * languages why a figure is absent. */
START_TEST (test_every_reason)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (DOSON_CTR_TYPE_ASSESSMENT_REASON);
  guint i, v;

  ck_assert_uint_gt (klass->n_values, 1);
  for (i = 0; i < G_N_ELEMENTS (langs); i++)
    for (v = 0; v < klass->n_values; v++)
      {
        DosonCtrAssessmentReason reason = klass->values[v].value;
        const char *text = _doson_ctr_explain_reason (langs[i], reason);

        if (reason == DOSON_CTR_ASSESSMENT_REASON_NONE)
          {
            ck_assert_ptr_null (text);
            continue;
          }
        ck_assert_msg (text != NULL && text[0] != '\0', "%s has no words in language %d",
                       klass->values[v].value_name, langs[i]);
      }
  ck_assert_ptr_null (_doson_ctr_explain_reason (DOSON_CTR_LANG_EN,
                                                 (DosonCtrAssessmentReason) klass->maximum + 1));
}
END_TEST

/* Every value of @type has a stable spelling, and no two share one. */
static void
assert_every_name (GType         type,
                   const char *(*to_string) (int))
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint v;

  for (v = 0; v < klass->n_values; v++)
    {
      const char *name = to_string (klass->values[v].value);

      ck_assert_msg (name != NULL, "%s has no spelling", klass->values[v].value_name);
      ck_assert_msg (g_hash_table_add (seen, (gpointer) name), "%s: \"%s\" twice",
                     klass->values[v].value_name, name);
    }
  ck_assert_ptr_null (to_string (klass->maximum + 1));
}

static const char *
zero_rule_name (int v)
{
  return doson_ctr_zero_target_rule_to_string ((DosonCtrZeroTargetRule) v);
}

static const char *
pace_rule_name (int v)
{
  return doson_ctr_pace_rule_to_string ((DosonCtrPaceRule) v);
}

static const char *
reason_name (int v)
{
  return doson_ctr_assessment_reason_to_string ((DosonCtrAssessmentReason) v);
}

static const char *
rollup_kind_name (int v)
{
  return doson_ctr_rollup_kind_to_string ((DosonCtrRollupKind) v);
}

START_TEST (test_every_name)
{
  assert_every_name (DOSON_CTR_TYPE_ZERO_TARGET_RULE, zero_rule_name);
  assert_every_name (DOSON_CTR_TYPE_PACE_RULE, pace_rule_name);
  assert_every_name (DOSON_CTR_TYPE_ASSESSMENT_REASON, reason_name);
  assert_every_name (DOSON_CTR_TYPE_ROLLUP_KIND, rollup_kind_name);
}
END_TEST

static Suite *
explain_words_suite (void)
{
  Suite *s = suite_create ("explain-words");
  TCase *tc = tcase_create ("words");

  tcase_add_test (tc, test_every_word);
  tcase_add_test (tc, test_every_reason);
  tcase_add_test (tc, test_every_name);
  suite_add_tcase (s, tc);
  return s;
}

int
main (void)
{
  return test_run_suite (explain_words_suite ());
}
