/* test-escape.c: text as a CSV field or a JSON string,
 * lib/base/doson-ctr-escape.c (white-box: private API)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "doson-ctr-test.h"

#include "base/doson-ctr-escape-private.h"

START_TEST (test_csv_field_and_json_string)
{
  g_autoptr(GString) out = g_string_new (NULL);

  _doson_ctr_csv_append_field (out, "plain");
  g_string_append_c (out, '|');
  _doson_ctr_csv_append_field (out, "a,b");
  g_string_append_c (out, '|');
  _doson_ctr_csv_append_field (out, "say \"hi\"");
  g_string_append_c (out, '|');
  _doson_ctr_csv_append_field (out, "two\nlines");
  g_string_append_c (out, '|');
  _doson_ctr_csv_append_field (out, " padded");
  g_string_append_c (out, '|');
  _doson_ctr_csv_append_field (out, "");
  ck_assert_str_eq (out->str, "plain|\"a,b\"|\"say \"\"hi\"\"\"|\"two\nlines\"|\" padded\"|");

  g_string_truncate (out, 0);
  _doson_ctr_json_append_string (out, "Đồ Sơn \"x\" \\ \n\t\x01");
  ck_assert_str_eq (out->str, "\"Đồ Sơn \\\"x\\\" \\\\ \\n\\t\\u0001\"");
}
END_TEST


static void
assert_csv_field (const char *text,
                  const char *expected)
{
  g_autoptr(GString) out = g_string_new ("prefix,");

  _doson_ctr_csv_append_field (out, text);
  ck_assert_str_eq (out->str + strlen ("prefix,"), expected);
  ck_assert_msg (g_str_has_prefix (out->str, "prefix,"), "the field replaced what was there");
}

/* Quoted exactly when a reader would otherwise split, join or trim it. */
START_TEST (test_csv_field_quoting)
{
  assert_csv_field ("Đồ Sơn", "Đồ Sơn");
  assert_csv_field ("a;b", "a;b");
  assert_csv_field ("in the middle", "in the middle");
  assert_csv_field ("\tleading tab", "\"\tleading tab\"");
  assert_csv_field ("trailing tab\t", "\"trailing tab\t\"");
  assert_csv_field ("trailing space ", "\"trailing space \"");
  assert_csv_field (" ", "\" \"");
  assert_csv_field ("cr\ronly", "\"cr\ronly\"");
  assert_csv_field ("crlf\r\n", "\"crlf\r\n\"");
  assert_csv_field ("\"", "\"\"\"\"");
  assert_csv_field ("\"\"", "\"\"\"\"\"\"");
  assert_csv_field (",", "\",\"");
  assert_csv_field ("a'b", "a'b");
}
END_TEST

/* A field of 1 to 40 bytes with one special byte (the separator, a
 * quote, a CR, an LF) at each place, or none, is quoted exactly when it
 * holds one: the places on either side of the 16-byte blocks the search
 * compares, the last one overlapping the one before.  The separator ';'
 * quotes a ';' and not a ','; the field written into a buffer of
 * DOSON_CTR_CSV_FIELD_ROOM bytes is the same as the one appended. */
START_TEST (test_csv_field_special_anywhere)
{
  static const char specials[] = { ',', '"', '\r', '\n', ';' };
  gsize len, at, k;

  for (len = 1; len <= 40; len++)
    for (k = 0; k < G_N_ELEMENTS (specials); k++)
      for (at = 0; at <= len; at++)
        {
          char sep = k == 4 ? ';' : ',';
          g_autofree char *text = g_strnfill (len, 'x');
          g_autofree char *room = g_malloc (DOSON_CTR_CSV_FIELD_ROOM (len));
          g_autoptr(GString) out = g_string_new (NULL);
          gboolean special = at < len;
          char *end;

          if (special)
            text[at] = specials[k];
          _doson_ctr_csv_append_field_sep (out, text, sep);
          ck_assert_msg ((out->str[0] == '"') == special, "%" G_GSIZE_FORMAT " bytes, "
                         "byte %" G_GSIZE_FORMAT ": %s", len, at, out->str);
          end = _doson_ctr_csv_put_field_sep (room, text, len, sep);
          ck_assert_uint_eq ((gsize) (end - room), out->len);
          ck_assert (memcmp (room, out->str, out->len) == 0);
          if (special && specials[k] == ';')
            {
              g_string_truncate (out, 0);
              _doson_ctr_csv_append_field_sep (out, text, ',');
              ck_assert_str_eq (out->str, text);
            }
        }
}
END_TEST

static void
assert_json_string (const char *text,
                    const char *expected)
{
  g_autoptr(GString) out = g_string_new ("[");

  _doson_ctr_json_append_string (out, text);
  ck_assert_str_eq (out->str + 1, expected);
}

/* Every control character is escaped (the short forms where JSON has
 * them), the quote and the backslash too; nothing else is, UTF-8
 * included. */
START_TEST (test_json_string_escapes)
{
  assert_json_string ("", "\"\"");
  assert_json_string ("/", "\"/\"");
  assert_json_string ("\b\f\n\r\t", "\"\\b\\f\\n\\r\\t\"");
  assert_json_string ("\x1f\x7f", "\"\\u001f\x7f\"");
  assert_json_string ("a\x0b" "b", "\"a\\u000bb\"");
  assert_json_string ("\"\\\"", "\"\\\"\\\\\\\"\"");
  assert_json_string ("€ 𝄞", "\"€ 𝄞\"");
  assert_json_string ("end\\", "\"end\\\\\"");
}
END_TEST

/* Each of the 32 control characters, alone. */
START_TEST (test_json_string_every_control)
{
  static const char * const short_forms[] = {
    ['\b'] = "\\b", ['\f'] = "\\f", ['\n'] = "\\n", ['\r'] = "\\r", ['\t'] = "\\t",
  };
  int c;

  for (c = 1; c < 0x20; c++)
    {
      char text[2] = { (char) c, '\0' };
      g_autofree char *expected = NULL;

      if ((gsize) c < G_N_ELEMENTS (short_forms) && short_forms[c] != NULL)
        expected = g_strdup_printf ("\"%s\"", short_forms[c]);
      else
        expected = g_strdup_printf ("\"\\u%04x\"", c);
      assert_json_string (text, expected);
    }
}
END_TEST

static Suite *
escape_suite (void)
{
  Suite *s = suite_create ("escape");
  TCase *tc = tcase_create ("escape");

  tcase_add_test (tc, test_csv_field_and_json_string);
  tcase_add_test (tc, test_csv_field_quoting);
  tcase_add_test (tc, test_csv_field_special_anywhere);
  tcase_add_test (tc, test_json_string_escapes);
  tcase_add_test (tc, test_json_string_every_control);
  suite_add_tcase (s, tc);
  return s;
}

int
main (void)
{
  return test_run_suite (escape_suite ());
}
