/* test-yaml.c: YAML read with libyaml into a tree (base/doson-ctr-yaml)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <math.h>
#include <string.h>

#include "doson-ctr-test.h"
#include "base/doson-ctr-yaml-private.h"

static DosonCtrYamlNode *
parse (const char *text,
       gboolean    yaml_1_1)
{
  g_autoptr(GError) error = NULL;
  DosonCtrYamlNode *node = _doson_ctr_yaml_parse (text, strlen (text), "t.yml", 1, yaml_1_1,
                                                  &error);

  ck_assert_msg (node != NULL, "%s", error != NULL ? error->message : "?");
  return node;
}

static char *
python_str_of (const char *text,
               gboolean    yaml_1_1)
{
  g_autoptr(DosonCtrYamlNode) node = parse (text, yaml_1_1);

  return _doson_ctr_yaml_to_python_str (node);
}

#define assert_python_str(text, yaml_1_1, want)                               \
  do {                                                                        \
    g_autofree char *got_ = python_str_of ((text), (yaml_1_1));               \
    ck_assert_str_eq (got_, (want));                                          \
  } while (0)

START_TEST (test_scalars)
{
  /* YAML 1.2 (ruamel) and 1.1 (PyYAML) read the same text differently */
  assert_python_str ("yes", FALSE, "yes");
  assert_python_str ("yes", TRUE, "True");
  assert_python_str ("Off", TRUE, "False");
  assert_python_str ("true", FALSE, "True");
  assert_python_str ("~", FALSE, "None");
  assert_python_str ("", TRUE, "None");
  assert_python_str ("'true'", FALSE, "true");
  assert_python_str ("\"2015\"", FALSE, "2015");
  assert_python_str ("2015", FALSE, "2015");
  assert_python_str ("-7", FALSE, "-7");
  assert_python_str ("2015.0", TRUE, "2015.0");
  assert_python_str ("0.5", FALSE, "0.5");
  assert_python_str ("1e3", FALSE, "1000.0");
  assert_python_str ("1e3", TRUE, "1e3");
  assert_python_str ("1.0e+20", TRUE, "1e+20");
  assert_python_str ("0.0001", FALSE, "0.0001");
  assert_python_str ("0.00001", FALSE, "1e-05");
  assert_python_str ("123456789012345.5", FALSE, "123456789012345.5");
  assert_python_str ("1e16", FALSE, "1e+16");
  assert_python_str ("-0.0", FALSE, "-0.0");
  assert_python_str ("12-2-1", FALSE, "12-2-1");
  assert_python_str ("!!str 5", FALSE, "5");
}
END_TEST

START_TEST (test_tree)
{
  g_autoptr(DosonCtrYamlNode) root =
    parse ("# comment\nkey: &v [1, two]\nother:\n  nested: *v\nkey: last\n", FALSE);
  const DosonCtrYamlNode *other, *nested;

  ck_assert_int_eq (root->kind, DOSON_CTR_YAML_MAPPING);
  /* the last of repeated keys, as PyYAML keeps it */
  ck_assert_str_eq (_doson_ctr_yaml_lookup (root, "key")->text, "last");
  other = _doson_ctr_yaml_lookup (root, "other");
  ck_assert_uint_eq (other->line, 4);
  nested = _doson_ctr_yaml_lookup (other, "nested");
  ck_assert_int_eq (nested->kind, DOSON_CTR_YAML_SEQUENCE);
  ck_assert_uint_eq (nested->items->len, 2);
  ck_assert (_doson_ctr_yaml_is (g_ptr_array_index (nested->items, 0), DOSON_CTR_YAML_INTEGER));
  ck_assert (_doson_ctr_yaml_is_number (g_ptr_array_index (nested->items, 0)));
  ck_assert (!_doson_ctr_yaml_is_number (g_ptr_array_index (nested->items, 1)));
  ck_assert_ptr_null (_doson_ctr_yaml_lookup (root, "absent"));
  ck_assert_ptr_null (_doson_ctr_yaml_lookup (nested, "key"));
  ck_assert_ptr_null (_doson_ctr_yaml_to_python_str (nested));
}
END_TEST

START_TEST (test_empty_and_documents)
{
  g_autoptr(DosonCtrYamlNode) empty = parse ("", FALSE);
  g_autoptr(DosonCtrYamlNode) first = parse ("a: 1\n---\nb: 2\n", FALSE);

  ck_assert (_doson_ctr_yaml_is (empty, DOSON_CTR_YAML_NULL));
  ck_assert_ptr_nonnull (_doson_ctr_yaml_lookup (first, "a"));
  ck_assert_ptr_null (_doson_ctr_yaml_lookup (first, "b"));
}
END_TEST

START_TEST (test_front_matter)
{
  static const char md[] = "\xEF\xBB\xBF---\r\na: 1\n--- \nText\n---\n";
  gsize start = 0, length = 0;
  guint64 line = 0;

  ck_assert (_doson_ctr_yaml_front_matter (md, strlen (md), &start, &length, &line));
  ck_assert_uint_eq (start, 8);
  ck_assert_uint_eq (length, 5);
  ck_assert_uint_eq (line, 2);
  ck_assert (!_doson_ctr_yaml_front_matter ("a: 1\n", 5, &start, &length, &line));
  /* no closing line: the rest of the file */
  ck_assert (_doson_ctr_yaml_front_matter ("---\na: 1\n", 9, &start, &length, &line));
  ck_assert_uint_eq (length, 5);
}
END_TEST

static void
assert_parse_error (const char *text,
                    int         code,
                    const char *needle)
{
  g_autoptr(GError) error = NULL;

  ck_assert_ptr_null (_doson_ctr_yaml_parse (text, strlen (text), "t.yml", 10, FALSE, &error));
  assert_error (error, code, needle);
}

START_TEST (test_errors)
{
  GString *deep = g_string_new (NULL);
  GString *wide = g_string_new (NULL);
  int i;

  assert_parse_error ("a: [1, 2\n", DOSON_CTR_ERROR_PARSE, "t.yml:");
  assert_parse_error ("a: *nowhere\n", DOSON_CTR_ERROR_PARSE, "t.yml:10: unknown alias");
  assert_parse_error ("a: b: c\n", DOSON_CTR_ERROR_PARSE, "t.yml:10: ");
  for (i = 0; i < 200; i++)
    g_string_append_c (deep, '[');
  assert_parse_error (deep->str, DOSON_CTR_ERROR_LIMIT, "nest deeper than 128 levels");
  g_string_append_c (wide, '[');
  for (i = 0; i <= DOSON_CTR_YAML_MAX_NODES; i++)
    g_string_append (wide, "1,");
  g_string_append_c (wide, ']');
  assert_parse_error (wide->str, DOSON_CTR_ERROR_LIMIT, "more than 1000000 values");
  g_string_free (deep, TRUE);
  g_string_free (wide, TRUE);
}
END_TEST

static Suite *
yaml_suite (void)
{
  Suite *s = suite_create ("yaml");
  TCase *tc;

  tc = tcase_create ("read");
  tcase_add_test (tc, test_scalars);
  tcase_add_test (tc, test_tree);
  tcase_add_test (tc, test_empty_and_documents);
  tcase_add_test (tc, test_front_matter);
  suite_add_tcase (s, tc);

  tc = tcase_create ("errors");
  tcase_set_timeout (tc, 120);
  tcase_add_test (tc, test_errors);
  suite_add_tcase (s, tc);
  return s;
}

int
main (void)
{
  return test_run_suite (yaml_suite ());
}
