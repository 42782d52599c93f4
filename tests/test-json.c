/* test-json.c: the strict JSON tokenizer with positions, the document and
 * its paths, and the member readers, lib/formats/doson-ctr-json*.c
 * (white-box: private API)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "doson-ctr-test.h"

#include "formats/doson-ctr-json-private.h"

/* ------------------------------------------------------------------ */
/* The tokenizer, through the document                                 */
/* ------------------------------------------------------------------ */

#define ANY_VALUE "expected a value (an object, an array, a string in double quotes, " \
                  "a number, true, false or null), found "

static const struct
{
  const char *text;
  int         code;
  const char *message;
} bad_texts[] = {
  { "", DOSON_CTR_ERROR_PARSE, "t.json:1:1: the text is empty, expected a JSON object" },
  { "  \n ", DOSON_CTR_ERROR_PARSE, "t.json:2:2: the text is empty, expected a JSON object" },
  { "{", DOSON_CTR_ERROR_PARSE, "t.json:1:2: expected a key in double quotes, found the end of the text" },
  { "}", DOSON_CTR_ERROR_PARSE, "t.json:1:1: " ANY_VALUE "'}'" },
  { "[1,]", DOSON_CTR_ERROR_PARSE, "t.json:1:4: a comma before ']': remove the last comma" },
  { "{\"a\":1,}", DOSON_CTR_ERROR_PARSE, "t.json:1:8: a comma before '}': remove the last comma" },
  { "{\"a\" 1}", DOSON_CTR_ERROR_PARSE, "t.json:1:6: expected ':' after the key, found '1'" },
  { "{\"a\":1 \"b\":2}", DOSON_CTR_ERROR_PARSE, "t.json:1:8: expected ',' or '}' after a member, found '\"'" },
  { "{a:1}", DOSON_CTR_ERROR_PARSE, "t.json:1:2: expected a key in double quotes, found 'a'" },
  { "[true false]", DOSON_CTR_ERROR_PARSE, "t.json:1:7: expected ',' or ']' after an element, found 'f'" },
  { "[1] [2]", DOSON_CTR_ERROR_PARSE, "t.json:1:5: expected the end of the text after the JSON value, found '['" },
  /* numbers as RFC 8259 writes them, nothing more */
  { "[01]", DOSON_CTR_ERROR_PARSE, "t.json:1:3: a number must not have a leading zero" },
  { "[1.]", DOSON_CTR_ERROR_PARSE, "t.json:1:4: expected a digit after the decimal point, found ']'" },
  { "[.5]", DOSON_CTR_ERROR_PARSE, "t.json:1:2: " ANY_VALUE "'.'" },
  { "[+1]", DOSON_CTR_ERROR_PARSE, "t.json:1:2: " ANY_VALUE "'+'" },
  { "[-]", DOSON_CTR_ERROR_PARSE, "t.json:1:3: expected a digit, found ']'" },
  { "[1e]", DOSON_CTR_ERROR_PARSE, "t.json:1:4: expected a digit in the exponent, found ']'" },
  { "[tru]", DOSON_CTR_ERROR_PARSE, "t.json:1:2: " ANY_VALUE "'t'" },
  { "[nul]", DOSON_CTR_ERROR_PARSE, "t.json:1:2: " ANY_VALUE "'n'" },
  /* strings */
  { "[\"a\nb\"]", DOSON_CTR_ERROR_PARSE,
    "t.json:1:4: a control character (U+000A) inside a string; write it as an escape such as \\n or \\t" },
  { "[\"\t\"]", DOSON_CTR_ERROR_PARSE,
    "t.json:1:3: a control character (U+0009) inside a string; write it as an escape such as \\n or \\t" },
  { "[\"\\x\"]", DOSON_CTR_ERROR_PARSE,
    "t.json:1:4: expected an escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX) after a backslash, found 'x'" },
  { "[\"\\u12\"]", DOSON_CTR_ERROR_PARSE, "t.json:1:7: expected four hexadecimal digits after \\u, found '\"'" },
  { "[\"\\ud800\"]", DOSON_CTR_ERROR_PARSE, "t.json:1:9: \\uD800 is a high surrogate without its low surrogate" },
  { "[\"\\udc00\"]", DOSON_CTR_ERROR_PARSE, "t.json:1:9: \\uDC00 is a lone low surrogate" },
  { "[\"\\u0000\"]", DOSON_CTR_ERROR_PARSE, "t.json:1:9: \\u0000 (a NUL character) is not allowed in a string" },
  { "[\"\xff\"]", DOSON_CTR_ERROR_PARSE, "t.json:1:3: invalid UTF-8 (byte 0xFF); the file must be encoded in UTF-8" },
  /* lines count from 1, columns count characters, not bytes */
  { "[\n  1,\n  x\n]", DOSON_CTR_ERROR_PARSE, "t.json:3:3: " ANY_VALUE "'x'" },
  { "[\"Đồ\", y]", DOSON_CTR_ERROR_PARSE, "t.json:1:8: " ANY_VALUE "'y'" },
  /* repeated keys, an empty one too */
  { "{\"a\":1,\"a\":2}", DOSON_CTR_ERROR_INVALID_DATA, "t.json:1:8: a: the key \"a\" appears twice in this object" },
  { "{\"\":1,\"\":2}", DOSON_CTR_ERROR_INVALID_DATA, "t.json:1:7: [\"\"]: the key \"\" appears twice in this object" },
};

START_TEST (test_syntax_errors)
{
  const char *text = bad_texts[_i].text;
  g_autoptr(GError) error = NULL;
  DosonCtrJsonDoc *doc = _doson_ctr_json_doc_new (text, strlen (text), "t.json", NULL, &error);

  ck_assert_msg (doc == NULL, "%s: loaded", text);
  assert_error_message (error, bad_texts[_i].code, bad_texts[_i].message);
}
END_TEST

START_TEST (test_good_texts)
{
  static const char * const texts[] = {
    "{}", "[]", "[1]   \n ", "\xef\xbb\xbf[1]", "[\"\\ud83d\\ude00\"]", "[-0, 0.5e-3, 1E+2, -1e999]",
    "{\"a\": {\"b\": [true, false, null, \"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\"]}}", "\r\n[\r\n1\r\n]\r\n",
  };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DosonCtrJsonDoc) doc = _doson_ctr_json_doc_new (texts[i], strlen (texts[i]), "t.json",
                                                               NULL, &error);

      ck_assert_msg (doc != NULL, "%s: %s", texts[i], error != NULL ? error->message : "");
      ck_assert_ptr_nonnull (_doson_ctr_json_doc_get_root (doc));
      ck_assert_str_eq (_doson_ctr_json_doc_get_name (doc), "t.json");
    }
}
END_TEST

/* The text is read for its length only: no NUL needed, none looked for. */
START_TEST (test_length_not_nul)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DosonCtrJsonDoc) doc = _doson_ctr_json_doc_new ("[1]garbage", 3, "t.json", NULL, &error);

  ck_assert_msg (doc != NULL, "%s", error != NULL ? error->message : "");
  ck_assert_int_eq (json_array_get_int_element (json_node_get_array (_doson_ctr_json_doc_get_root (doc)), 0), 1);
}
END_TEST

static char *
nested (const char *open,
        const char *inner,
        const char *close,
        int         depth)
{
  GString *text = g_string_new (NULL);
  int i;

  for (i = 0; i < depth; i++)
    g_string_append (text, open);
  g_string_append (text, inner);
  for (i = 0; i < depth; i++)
    g_string_append (text, close);
  return g_string_free (text, FALSE);
}

/* 128 levels of nesting are read, 129 are a limit error; so is a path
 * longer than 256 bytes. */
START_TEST (test_limits)
{
  g_autofree char *ok = nested ("{\"a\":", "1", "}", 128);
  g_autofree char *deep = nested ("{\"a\":", "1", "}", 129);
  g_autofree char *long_path = nested ("[", "", "]", 129);
  g_autoptr(GError) error = NULL;
  g_autoptr(DosonCtrJsonDoc) doc = _doson_ctr_json_doc_new (ok, strlen (ok), "t.json", NULL, &error);

  ck_assert_msg (doc != NULL, "%s", error != NULL ? error->message : "");
  ck_assert_ptr_null (_doson_ctr_json_doc_new (deep, strlen (deep), "t.json", NULL, &error));
  assert_error_message (error, DOSON_CTR_ERROR_LIMIT,
                        "t.json:1:641: arrays and objects nest deeper than 128 levels");
  g_clear_error (&error);
  ck_assert_ptr_null (_doson_ctr_json_doc_new (long_path, strlen (long_path), "t.json", NULL, &error));
  assert_error_message (error, DOSON_CTR_ERROR_LIMIT,
                        "t.json:1:87: the path of this value (its keys and indices from the top) "
                        "is longer than 256 bytes");
}
END_TEST

/* Listing every problem, a repeated key is listed and the reading goes
 * on; a syntax error ends it, listed too. */
START_TEST (test_problems_listed)
{
  static const char text[] = "{\"a\": 1, \"a\": 2,\n \"b\": {\"c\": 3, \"c\": 4}}";
  static const char broken[] = "{\"a\": 1, \"a\": 2, }";
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) doson_ctr_diagnostic_unref);
  g_autoptr(GError) error = NULL;
  g_autoptr(DosonCtrJsonDoc) doc = _doson_ctr_json_doc_new (text, strlen (text), "t.json", problems, &error);
  DosonCtrDiagnostic *d;

  ck_assert_msg (doc != NULL, "%s", error != NULL ? error->message : "");
  ck_assert_uint_eq (problems->len, 2);
  d = g_ptr_array_index (problems, 0);
  ck_assert_str_eq (doson_ctr_diagnostic_get_file (d), "t.json");
  ck_assert_uint_eq (doson_ctr_diagnostic_get_line (d), 1);
  ck_assert_uint_eq (doson_ctr_diagnostic_get_column (d), 10);
  ck_assert_int_eq (doson_ctr_diagnostic_get_code (d), DOSON_CTR_ERROR_INVALID_DATA);
  d = g_ptr_array_index (problems, 1);
  ck_assert_uint_eq (doson_ctr_diagnostic_get_line (d), 2);
  ck_assert_str_eq (doson_ctr_diagnostic_get_field (d), "b.c");

  g_ptr_array_set_size (problems, 0);
  ck_assert_ptr_null (_doson_ctr_json_doc_new (broken, strlen (broken), "t.json", problems, &error));
  assert_error (error, DOSON_CTR_ERROR_PARSE, "t.json:1:18: a comma before '}'");
  ck_assert_uint_eq (problems->len, 2);
  d = g_ptr_array_index (problems, 1);
  ck_assert_int_eq (doson_ctr_diagnostic_get_code (d), DOSON_CTR_ERROR_PARSE);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Paths and positions                                                 */
/* ------------------------------------------------------------------ */

START_TEST (test_paths)
{
  g_autofree char *root_member = _doson_ctr_json_path_member ("", "a");
  g_autofree char *member = _doson_ctr_json_path_member ("x", "b_c-1");
  g_autofree char *dotted = _doson_ctr_json_path_member ("x", "a.b");
  g_autofree char *quoted = _doson_ctr_json_path_member ("x", "q\"\\");
  g_autofree char *bracket = _doson_ctr_json_path_member ("", "indicators[0]");
  g_autofree char *empty = _doson_ctr_json_path_member ("", "");
  g_autofree char *index = _doson_ctr_json_path_index ("x", 7);
  g_autofree char *root_index = _doson_ctr_json_path_index ("", 0);
  g_autoptr(GString) appended = g_string_new ("u");

  ck_assert_str_eq (root_member, "a");
  ck_assert_str_eq (member, "x.b_c-1");
  ck_assert_str_eq (dotted, "x[\"a.b\"]");
  ck_assert_str_eq (quoted, "x[\"q\\\"\\\\\"]");
  ck_assert_str_eq (bracket, "[\"indicators[0]\"]");
  ck_assert_str_eq (empty, "[\"\"]");
  ck_assert_str_eq (index, "x[7]");
  ck_assert_str_eq (root_index, "[0]");
  _doson_ctr_json_path_append_member (appended, "Đồ Sơn");
  ck_assert_str_eq (appended->str, "u.Đồ Sơn");
}
END_TEST

static DosonCtrJsonDoc *
doc_of (const char *text)
{
  g_autoptr(GError) error = NULL;
  DosonCtrJsonDoc *doc = _doson_ctr_json_doc_new (text, strlen (text), "t.json", NULL, &error);

  ck_assert_msg (doc != NULL, "%s: %s", text, error != NULL ? error->message : "");
  return doc;
}

static void
assert_position (DosonCtrJsonDoc *doc,
                 const char      *path,
                 gboolean         at_key,
                 guint            line,
                 guint            column)
{
  guint l = 0;
  guint c = 0;

  _doson_ctr_json_doc_position (doc, path, at_key, &l, &c);
  ck_assert_msg (l == line && c == column, "%s%s: %u:%u, expected %u:%u", path,
                 at_key ? " (key)" : "", l, c, line, column);
}

/* Every value is found by its path, at its own line and column or its
 * key's; a path with no value gives its nearest ancestor's. */
START_TEST (test_positions)
{
  g_autoptr(DosonCtrJsonDoc) doc =
    doc_of ("{\"a.b\": {\"c\": [0, {\"d\": 1}]},\n \"\": \"e\",\n \"list\": [\"Đồ\", \"x\"]}");
  g_autofree char *located = NULL;

  assert_position (doc, "", FALSE, 1, 1);
  assert_position (doc, "[\"a.b\"]", FALSE, 1, 9);
  assert_position (doc, "[\"a.b\"]", TRUE, 1, 2);
  assert_position (doc, "[\"a.b\"].c[1].d", FALSE, 1, 25);
  assert_position (doc, "[\"a.b\"].c[1].d", TRUE, 1, 20);
  assert_position (doc, "[\"a.b\"].c[0]", TRUE, 1, 16);
  assert_position (doc, "[\"a.b\"].c[1].nowhere", FALSE, 1, 19);
  assert_position (doc, "[\"\"]", FALSE, 2, 6);
  assert_position (doc, "list[1]", FALSE, 3, 17);
  ck_assert_ptr_nonnull (_doson_ctr_json_doc_find (doc, "list[1]"));
  ck_assert_uint_eq (_doson_ctr_json_doc_find (doc, "list[1]")->offset,
                     strstr (_doson_ctr_json_doc_get_text (doc), "\"x\"") - _doson_ctr_json_doc_get_text (doc));
  located = _doson_ctr_json_doc_locate (doc, "list[1]", TRUE);
  ck_assert_str_eq (located, "t.json:3:17");
}
END_TEST

/* ------------------------------------------------------------------ */
/* Readers                                                             */
/* ------------------------------------------------------------------ */

static const char reader_text[] =
  "{\"s\": \"x\", \"e\": \"\", \"n\": 1.5, \"i\": 3, \"f\": 2.5, \"b\": true,\n"
  " \"big\": 1e999, \"arr\": [1], \"o\": {}, \"t\": {\"vi\": \"V\", \"en\": \"E\"},\n"
  " \"ids\": [\"a\", \"b\", \"a\"], \"nul\": null, \"bad id\": \"a b\", \"tx\": {\"en\": \"E\"}}";

#define READER_SETUP                                                          \
  g_autoptr(DosonCtrJsonDoc) doc = doc_of (reader_text);                      \
  JsonObject *o = json_node_get_object (_doson_ctr_json_doc_get_root (doc));  \
  g_autoptr(GError) error = NULL

START_TEST (test_read_string_and_id)
{
  READER_SETUP;
  const char *v = NULL;

  ck_assert (_doson_ctr_json_read_string (doc, o, "", "s", TRUE, &v, &error));
  ck_assert_str_eq (v, "x");
  ck_assert (_doson_ctr_json_read_string (doc, o, "", "missing", FALSE, &v, &error));
  ck_assert_ptr_null (v);
  ck_assert (_doson_ctr_json_read_id (doc, o, "", "s", TRUE, &v, &error));
  ck_assert_str_eq (v, "x");

  ck_assert (!_doson_ctr_json_read_string (doc, o, "", "e", TRUE, &v, &error));
  assert_error_message (error, DOSON_CTR_ERROR_INVALID_DATA, "t.json:1:17: e: the string is empty");
  g_clear_error (&error);
  ck_assert (!_doson_ctr_json_read_string (doc, o, "", "n", TRUE, &v, &error));
  assert_error_message (error, DOSON_CTR_ERROR_INVALID_DATA, "t.json:1:26: n: expected a string, found a number");
  g_clear_error (&error);
  ck_assert (!_doson_ctr_json_read_string (doc, o, "", "missing", TRUE, &v, &error));
  assert_error_message (error, DOSON_CTR_ERROR_INVALID_DATA, "t.json:1:1: the required key \"missing\" is missing");
  g_clear_error (&error);
  /* null is a value, not an absent member */
  ck_assert (!_doson_ctr_json_read_string (doc, o, "", "nul", FALSE, &v, &error));
  assert_error_message (error, DOSON_CTR_ERROR_INVALID_DATA, "t.json:3:33: nul: expected a string, found null");
  g_clear_error (&error);
  ck_assert (!_doson_ctr_json_read_id (doc, o, "", "bad id", TRUE, &v, &error));
  assert_error (error, DOSON_CTR_ERROR_INVALID_DATA, "t.json:3:49: bad id: \"a b\" is not a valid id");
}
END_TEST

START_TEST (test_read_numbers)
{
  READER_SETUP;
  gboolean present = FALSE;
  int i = 0;
  double d = 0;

  ck_assert (_doson_ctr_json_read_int (doc, o, "", "i", TRUE, 0, 10, &present, &i, &error));
  ck_assert (present);
  ck_assert_int_eq (i, 3);
  ck_assert (_doson_ctr_json_read_int (doc, o, "", "missing", FALSE, 0, 10, &present, &i, &error));
  ck_assert (!present);
  ck_assert (_doson_ctr_json_read_number (doc, o, "", "n", TRUE, FALSE, &present, &d, &error));
  ck_assert (present && d == 1.5);
  ck_assert (_doson_ctr_json_read_number (doc, o, "", "b", TRUE, TRUE, &present, &d, &error));
  ck_assert (d == 1);

  ck_assert (!_doson_ctr_json_read_int (doc, o, "", "i", TRUE, 4, 10, &present, &i, &error));
  assert_error_message (error, DOSON_CTR_ERROR_INVALID_DATA, "t.json:1:36: i: 3 is out of range: expected 4 to 10");
  g_clear_error (&error);
  ck_assert (!_doson_ctr_json_read_int (doc, o, "", "f", TRUE, 0, 10, &present, &i, &error));
  assert_error_message (error, DOSON_CTR_ERROR_INVALID_DATA,
                        "t.json:1:44: f: expected an integer such as 0, found a number with a fraction or an exponent");
  g_clear_error (&error);
  ck_assert (!_doson_ctr_json_read_int (doc, o, "", "b", TRUE, 0, 10, &present, &i, &error));
  assert_error_message (error, DOSON_CTR_ERROR_INVALID_DATA, "t.json:1:54: b: expected an integer, found true or false");
  g_clear_error (&error);
  ck_assert (!_doson_ctr_json_read_number (doc, o, "", "b", TRUE, FALSE, &present, &d, &error));
  assert_error_message (error, DOSON_CTR_ERROR_INVALID_DATA, "t.json:1:54: b: expected a number, found true or false");
  g_clear_error (&error);
  ck_assert (!_doson_ctr_json_read_number (doc, o, "", "big", TRUE, FALSE, &present, &d, &error));
  assert_error_message (error, DOSON_CTR_ERROR_NOT_FINITE, "t.json:2:9: big: the number is too large for a double");
  g_clear_error (&error);
  ck_assert (!_doson_ctr_json_read_number (doc, o, "", "nul", FALSE, FALSE, &present, &d, &error));
  assert_error_message (error, DOSON_CTR_ERROR_INVALID_DATA, "t.json:3:33: nul: expected a number, found null");
}
END_TEST

START_TEST (test_read_containers)
{
  READER_SETUP;
  gboolean present = FALSE;
  gboolean b = FALSE;
  JsonArray *array = NULL;
  JsonObject *object = NULL;
  g_autoptr(GPtrArray) strings = NULL;
  DosonCtrLocText text = { NULL, NULL };

  ck_assert (_doson_ctr_json_read_bool (doc, o, "", "b", TRUE, &present, &b, &error));
  ck_assert (present && b);
  ck_assert (_doson_ctr_json_read_array (doc, o, "", "arr", TRUE, &array, &error));
  ck_assert_uint_eq (json_array_get_length (array), 1);
  ck_assert (_doson_ctr_json_read_object (doc, o, "", "o", TRUE, &object, &error));
  ck_assert_uint_eq (json_object_get_size (object), 0);
  ck_assert (_doson_ctr_json_read_loc_text (doc, o, "", "t", TRUE, &text, &error));
  ck_assert_str_eq (text.vi, "V");
  ck_assert_str_eq (text.en, "E");
  _doson_ctr_loc_text_clear (&text);
  ck_assert (_doson_ctr_json_read_string_array (doc, o, "", "missing", FALSE, TRUE, &strings, &error));
  ck_assert_ptr_null (strings);

  ck_assert (!_doson_ctr_json_read_bool (doc, o, "", "i", TRUE, &present, &b, &error));
  assert_error_message (error, DOSON_CTR_ERROR_INVALID_DATA, "t.json:1:36: i: expected true or false, found a number");
  g_clear_error (&error);
  ck_assert (!_doson_ctr_json_read_array (doc, o, "", "o", TRUE, &array, &error));
  assert_error_message (error, DOSON_CTR_ERROR_INVALID_DATA, "t.json:2:33: o: expected an array, found an object");
  g_clear_error (&error);
  ck_assert (!_doson_ctr_json_read_object (doc, o, "", "arr", TRUE, &object, &error));
  assert_error_message (error, DOSON_CTR_ERROR_INVALID_DATA, "t.json:2:23: arr: expected an object, found an array");
  g_clear_error (&error);
  ck_assert (!_doson_ctr_json_read_loc_text (doc, o, "", "tx", TRUE, &text, &error));
  assert_error_message (error, DOSON_CTR_ERROR_INVALID_DATA, "t.json:3:62: tx: the required key \"vi\" is missing");
  ck_assert_ptr_null (text.vi);
  ck_assert_ptr_null (text.en);
  g_clear_error (&error);
  ck_assert (!_doson_ctr_json_read_string_array (doc, o, "", "ids", TRUE, TRUE, &strings, &error));
  assert_error_message (error, DOSON_CTR_ERROR_INVALID_DATA, "t.json:3:20: ids[2]: \"a\" is listed twice");
  g_clear_error (&error);
  ck_assert (!_doson_ctr_json_read_string_array (doc, o, "", "arr", TRUE, FALSE, &strings, &error));
  assert_error_message (error, DOSON_CTR_ERROR_INVALID_DATA, "t.json:2:24: arr[0]: expected a string, found a number");
}
END_TEST

START_TEST (test_check_keys)
{
  static const char * const known[] = { "a", "b", NULL };
  g_autoptr(DosonCtrJsonDoc) doc = doc_of ("{\"a\": 1, \"x.y\": {\"b\": 2, \"c\": 3}}");
  JsonObject *root = json_node_get_object (_doson_ctr_json_doc_get_root (doc));
  JsonObject *inner = json_object_get_object_member (root, "x.y");
  JsonObject *object = NULL;
  g_autoptr(GError) error = NULL;

  ck_assert (_doson_ctr_json_expect_object (doc, _doson_ctr_json_doc_get_root (doc), "", &object, &error));
  ck_assert_ptr_eq (object, root);
  ck_assert (!_doson_ctr_json_check_keys (doc, root, "", known, &error));
  assert_error_message (error, DOSON_CTR_ERROR_INVALID_DATA,
                        "t.json:1:10: [\"x.y\"]: unknown key \"x.y\" (known keys: \"a\", \"b\")");
  g_clear_error (&error);
  ck_assert (!_doson_ctr_json_check_keys (doc, inner, "[\"x.y\"]", known, &error));
  assert_error_message (error, DOSON_CTR_ERROR_INVALID_DATA,
                        "t.json:1:26: [\"x.y\"].c: unknown key \"c\" (known keys: \"a\", \"b\")");
}
END_TEST

static Suite *
json_suite (void)
{
  Suite *s = suite_create ("json");
  TCase *tc;

  tc = tcase_create ("scan");
  tcase_add_loop_test (tc, test_syntax_errors, 0, G_N_ELEMENTS (bad_texts));
  tcase_add_test (tc, test_good_texts);
  tcase_add_test (tc, test_length_not_nul);
  tcase_add_test (tc, test_limits);
  tcase_add_test (tc, test_problems_listed);
  suite_add_tcase (s, tc);

  tc = tcase_create ("paths");
  tcase_add_test (tc, test_paths);
  tcase_add_test (tc, test_positions);
  suite_add_tcase (s, tc);

  tc = tcase_create ("read");
  tcase_add_test (tc, test_read_string_and_id);
  tcase_add_test (tc, test_read_numbers);
  tcase_add_test (tc, test_read_containers);
  tcase_add_test (tc, test_check_keys);
  suite_add_tcase (s, tc);

  return s;
}

int
main (void)
{
  return test_run_suite (json_suite ());
}
