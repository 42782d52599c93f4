/* test-cli-growth.c: the `doson-ctr growth` subcommand, run as a program
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The path of the built program comes from the environment variable
 * DOSON_CTR_CLI (tests/Makefile.am sets it).
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "doson-ctr-test.h"

#include "cli-run.h"

/* Runs "$DOSON_CTR_CLI growth ARGS..." (NULL-terminated) and returns its
 * exit status and output. */
static Run
run_growth (const char *first_arg,
            ...)
{
  va_list args;
  Run run;

  va_start (args, first_arg);
  run = cli_run_va (NULL, NULL, "growth", first_arg, args);
  va_end (args);
  return run;
}

/* Asserts a successful run whose standard output is exactly @out and whose
 * standard error is empty. */
static void
assert_success (Run        *run,
                const char *out)
{
  ck_assert_msg (run->status == 0, "exit status %d, stderr: %s", run->status, run->err);
  ck_assert_str_eq (run->out, out);
  ck_assert_str_eq (run->err, "");
  run_clear (run);
}

/* Asserts a successful run that printed {"KEY": NUMBER} and a newline, with
 * NUMBER within a relative 1e-14 of @expected and at most 17 significant
 * digits. */
static void
assert_json (Run        *run,
             const char *key,
             double      expected)
{
  g_autofree char *prefix = g_strdup_printf ("{\"%s\": ", key);
  const char *number, *close;
  g_autofree char *digits = NULL;
  double value;
  char *end;
  int n_digits = 0;
  const char *p;

  ck_assert_msg (run->status == 0, "exit status %d, stderr: %s", run->status, run->err);
  ck_assert_str_eq (run->err, "");
  ck_assert_msg (g_str_has_prefix (run->out, prefix), "output: %s", run->out);
  ck_assert_msg (g_str_has_suffix (run->out, "}\n"), "output: %s", run->out);

  number = run->out + strlen (prefix);
  close = strchr (number, '}');
  ck_assert_ptr_nonnull (close);
  ck_assert_str_eq (close, "}\n");
  digits = g_strndup (number, close - number);

  value = g_ascii_strtod (digits, &end);
  ck_assert_msg (*end == '\0', "not a JSON number: \"%s\"", digits);
  ck_assert_msg (fabs (value - expected) <= 1e-14 * fabs (expected),
                 "%s = %s, expected %.17g", key, digits, expected);

  /* Significant digits: from the first non-zero digit to the exponent. */
  for (p = digits; *p != '\0' && *p != 'e' && *p != 'E'; p++)
    if (g_ascii_isdigit (*p) && (n_digits > 0 || *p != '0'))
      n_digits++;
  ck_assert_msg (n_digits <= 17, "too many digits: %s", digits);
  /* The fewest digits: one digit less (from 15 on) reads back differently. */
  if (n_digits > 15)
    {
      char shorter[G_ASCII_DTOSTR_BUF_SIZE];
      g_autofree char *format = g_strdup_printf ("%%.%dg", n_digits - 1);

      g_ascii_formatd (shorter, sizeof shorter, format, value);
      ck_assert_msg (g_ascii_strtod (shorter, NULL) != value,
                     "%s is not the shortest form: %s reads back the same", digits, shorter);
    }

  run_clear (run);
}

/* Asserts a failed run with exit status @status, nothing on standard
 * output and a message on standard error that starts "doson-ctr growth: "
 * and contains @needle. */
static void
assert_failure (Run        *run,
                int         status,
                const char *needle)
{
  ck_assert_msg (run->status == status, "exit status %d, expected %d; stderr: %s",
                 run->status, status, run->err);
  ck_assert_str_eq (run->out, "");
  ck_assert_msg (g_str_has_prefix (run->err, "doson-ctr growth: "), "stderr: %s", run->err);
  ck_assert_msg (g_str_has_suffix (run->err, "\n"), "stderr: %s", run->err);
  ck_assert_msg (strstr (run->err, needle) != NULL,
                 "stderr \"%s\" does not mention \"%s\"", run->err, needle);
  run_clear (run);
}

/* modes */

START_TEST (test_rate_text)
{
  Run run = run_growth ("--from", "100", "--to", "121", "--years", "2", NULL);

  assert_success (&run, "compound annual growth rate from 100 to 121 over 2 years: "
                  "10.0000 %\n");

  run = run_growth ("--from=100", "--to=50", "--years=1", "--format=text", NULL);
  assert_success (&run, "compound annual growth rate from 100 to 50 over 1 year: "
                  "-50.0000 %\n");

  /* A total loss is −100 %. */
  run = run_growth ("--from", "100", "--to", "0", "--years", "3", NULL);
  assert_success (&run, "compound annual growth rate from 100 to 0 over 3 years: "
                  "-100.0000 %\n");
}
END_TEST

START_TEST (test_rate_json)
{
  Run run = run_growth ("--from", "100", "--to", "121", "--years", "2",
                        "--format", "json", NULL);

  assert_json (&run, "rate", 0.1);

  /* Exactly representable results print exactly. */
  run = run_growth ("--from", "100", "--to", "200", "--years", "1", "--format", "json", NULL);
  assert_success (&run, "{\"rate\": 1}\n");
  run = run_growth ("--from", "100", "--to", "25", "--years", "2", "--format=json", NULL);
  assert_success (&run, "{\"rate\": -0.5}\n");

  /* Fractional years: 1.05³ over 1.5 years is 1.05² − 1. */
  run = run_growth ("--from", "100", "--to", "115.7625", "--years", "1.5",
                    "--format", "json", NULL);
  assert_json (&run, "rate", 0.1025);
}
END_TEST

START_TEST (test_project_text)
{
  Run run = run_growth ("--from", "100", "--rate", "10%", "--years", "2", NULL);

  assert_success (&run, "value projected from 100 at 10.0000 % a year over 2 years: 121\n");

  run = run_growth ("--from", "1000", "--rate", "0.1", "--years", "3", NULL);
  assert_success (&run, "value projected from 1,000 at 10.0000 % a year over 3 years: 1,331\n");

  /* Zero years give the starting value back. */
  run = run_growth ("--from", "250.5", "--rate", "7%", "--years", "0", NULL);
  assert_success (&run, "value projected from 250.5 at 7.0000 % a year over 0 years: "
                  "250.5\n");
}
END_TEST

/* Sets @name back to @value, or unsets it when @value is NULL. */
static void
restore_env (const char *name,
             const char *value)
{
  if (value != NULL)
    g_setenv (name, value, TRUE);
  else
    g_unsetenv (name);
}

/* --lang: the words and the numbers of each language; the locale decides
 * without it. */
START_TEST (test_lang)
{
  g_autofree char *lc_all = g_strdup (g_getenv ("LC_ALL"));
  g_autofree char *lc_messages = g_strdup (g_getenv ("LC_MESSAGES"));
  g_autofree char *lang = g_strdup (g_getenv ("LANG"));
  Run run = run_growth ("--from", "1234.5", "--rate", "10%", "--years", "2", "--lang", "vi", NULL);

  assert_success (&run, "giá trị dự tính từ 1.234,5 với tốc độ 10,0000 % mỗi năm sau 2 năm: "
                  "1.493,745\n");
  run = run_growth ("--from", "1234.5", "--rate", "10%", "--years", "2", "--lang=en", NULL);
  assert_success (&run, "value projected from 1,234.5 at 10.0000 % a year over 2 years: "
                  "1,493.745\n");
  run = run_growth ("--from", "100", "--to", "121", "--years", "2", "--lang", "vi-VN", NULL);
  assert_success (&run, "tốc độ tăng trưởng bình quân hằng năm từ 100 đến 121 trong 2 năm: "
                  "10,0000 %\n");
  run = run_growth ("--from", "121", "--target", "100", "--years", "1", "--lang", "vi", NULL);
  assert_success (&run, "tốc độ tăng trưởng hằng năm cần đạt từ 121 lên 100 trong 1 năm: "
                  "-17,3554 %\n");
  /* JSON has no language. */
  run = run_growth ("--from", "100", "--to", "200", "--years", "1", "--format", "json",
                    "--lang", "vi", NULL);
  assert_success (&run, "{\"rate\": 1}\n");

  /* The child inherits the environment; it is put back after. */
  g_unsetenv ("LC_ALL");
  g_unsetenv ("LC_MESSAGES");
  g_setenv ("LANG", "vi_VN.UTF-8", TRUE);
  run = run_growth ("--from", "100", "--to", "121", "--years", "2", NULL);
  restore_env ("LC_ALL", lc_all);
  restore_env ("LC_MESSAGES", lc_messages);
  restore_env ("LANG", lang);
  assert_success (&run, "tốc độ tăng trưởng bình quân hằng năm từ 100 đến 121 trong 2 năm: "
                  "10,0000 %\n");

  run = run_growth ("--from", "100", "--to", "121", "--years", "2", "--lang", "fr", NULL);
  ck_assert_int_eq (run.status, 2);
  ck_assert_str_eq (run.out, "");
  ck_assert_str_eq (run.err, "doson-ctr growth: --lang: unknown language \"fr\" (use vi or en)\n");
  run_clear (&run);
}
END_TEST

START_TEST (test_project_json)
{
  Run run = run_growth ("--from", "100", "--rate", "10%", "--years", "2",
                        "--format", "json", NULL);

  assert_json (&run, "value", 121);

  run = run_growth ("--from", "100", "--rate", "100%", "--years", "1", "--format", "json", NULL);
  assert_success (&run, "{\"value\": 200}\n");

  run = run_growth ("--from", "100", "--rate", "0.21", "--years", "0.5",
                    "--format", "json", NULL);
  assert_json (&run, "value", 110);
}
END_TEST

START_TEST (test_required_text)
{
  Run run = run_growth ("--from", "100", "--target", "121", "--years", "2", NULL);

  assert_success (&run, "annual growth rate required from 100 to 121 in 2 years: "
                  "10.0000 %\n");

  run = run_growth ("--from", "121", "--target", "100", "--years", "2", NULL);
  assert_success (&run, "annual growth rate required from 121 to 100 in 2 years: "
                  "-9.0909 %\n");
}
END_TEST

START_TEST (test_required_json)
{
  Run run = run_growth ("--from", "100", "--target", "121", "--years", "2",
                        "--format", "json", NULL);

  assert_json (&run, "rate", 0.1);

  run = run_growth ("--from", "121", "--target", "100", "--years", "2",
                    "--format", "json", NULL);
  assert_json (&run, "rate", -1.0 / 11.0);
}
END_TEST

START_TEST (test_output_file)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-cli-growth-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  Run run;

  ck_assert_msg (dir != NULL, "%s", error != NULL ? error->message : "?");
  path = g_build_filename (dir, "rate.json", NULL);

  ck_assert (g_file_set_contents (path, "old contents\n", -1, NULL));
  run = run_growth ("--from", "100", "--to", "200", "--years", "1", "--format", "json",
                    "--output", path, NULL);
  assert_success (&run, "");
  ck_assert (g_file_get_contents (path, &contents, NULL, NULL));
  ck_assert_str_eq (contents, "{\"rate\": 1}\n");

  /* "-" is standard output. */
  run = run_growth ("--from", "100", "--to", "200", "--years", "1", "--format", "json",
                    "-o", "-", NULL);
  assert_success (&run, "{\"rate\": 1}\n");

  ck_assert_int_eq (g_unlink (path), 0);
  ck_assert_int_eq (g_rmdir (dir), 0);
}
END_TEST

/* rates */

START_TEST (test_rate_forms)
{
  static const char * const forms[] = { "10%", "10 %", "0.1", " 10% ", "1e1%", "1e-1" };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (forms); i++)
    {
      Run run = run_growth ("--from", "100", "--rate", forms[i], "--years", "1",
                            "--format", "json", NULL);

      assert_json (&run, "value", 110);
    }
}
END_TEST

START_TEST (test_rate_negative)
{
  Run run = run_growth ("--from", "100", "--rate=-5%", "--years", "1", "--format", "json",
                        NULL);

  assert_json (&run, "value", 95);

  /* The value after a separate "--rate" may start with "-". */
  run = run_growth ("--from", "100", "--rate", "-5%", "--years", "1", "--format", "json",
                    NULL);
  assert_json (&run, "value", 95);

  run = run_growth ("--from", "100", "--rate", "-5 %", "--years", "1", NULL);
  assert_success (&run, "value projected from 100 at -5.0000 % a year over 1 year: 95\n");

  /* A rate of 100 % or more is written as a percentage. */
  run = run_growth ("--from", "100", "--rate", "150%", "--years", "1", "--format", "json",
                    NULL);
  assert_json (&run, "value", 250);
}
END_TEST

/* Asserts a run refused with exit status 2 and exactly @message on
 * stderr, and clears it. */
static void
assert_refused (Run        *run,
                const char *message)
{
  ck_assert_msg (run->status == 2, "exit status %d; stderr: %s", run->status, run->err);
  ck_assert_str_eq (run->out, "");
  ck_assert_str_eq (run->err, message);
  run_clear (run);
}

START_TEST (test_bare_rate_of_one_or_more)
{
  Run run = run_growth ("--from", "100", "--rate", "10", "--years", "1", NULL);

  assert_refused (&run, "doson-ctr growth: --rate: \"10\" without % is a fraction, a rate "
                  "of 1000 %: write 10% for a percentage, or the fraction 0.1\n");
  run = run_growth ("--from", "100", "--rate", "1", "--years", "1", NULL);
  assert_refused (&run, "doson-ctr growth: --rate: \"1\" without % is a fraction, a rate "
                  "of 100 %: write 1% for a percentage, or the fraction 0.01\n");
  run = run_growth ("--from", "100", "--rate=-1.5", "--years", "1", NULL);
  assert_refused (&run, "doson-ctr growth: --rate: \"-1.5\" without % is a fraction, a rate "
                  "of -150 %: write -1.5% for a percentage, or the fraction -0.015\n");
  /* Just below 1 is a fraction. */
  run = run_growth ("--from", "100", "--rate", "0.99", "--years", "1", "--format", "json",
                    NULL);
  assert_json (&run, "value", 199);
}
END_TEST

START_TEST (test_separators_refused)
{
  static const struct { const char *option, *text; } cases[] = {
    { "--from", "1,000" }, { "--from", "1.000.000" }, { "--from", "1 000" },
    { "--from", "200,5" }, { "--to", "1,21" }, { "--from", "1,234.5" },
  };
  gsize i;
  Run run;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *message = NULL;

      if (strcmp (cases[i].option, "--from") == 0)
        run = run_growth ("--from", cases[i].text, "--to", "121", "--years", "2", NULL);
      else
        run = run_growth ("--from", "100", "--to", cases[i].text, "--years", "2", NULL);
      message = g_strdup_printf ("doson-ctr growth: %s: \"%s\" is not a number: write it "
                                 "without a separator of thousands, with a dot before "
                                 "the decimals (1000, 10.5)\n", cases[i].option,
                                 cases[i].text);
      assert_refused (&run, message);
    }

  /* The case: "1,000" was read as 1. */
  run = run_growth ("--from", "1,000", "--to", "1210", "--years", "2", NULL);
  ck_assert_int_eq (run.status, 2);
  run_clear (&run);
  run = run_growth ("--from", "100", "--rate", "10,5%", "--years", "1", NULL);
  assert_refused (&run, "doson-ctr growth: --rate: \"10,5%\" is not a rate (write a fraction "
                  "such as 0.1 or a percentage such as 10%): write it without a separator "
                  "of thousands, with a dot before the decimals (1000, 10.5)\n");
  run = run_growth ("--from", "100", "--rate", "0,1", "--years", "1", NULL);
  ck_assert_int_eq (run.status, 2);
  run_clear (&run);
}
END_TEST

/* errors: exit status 1 */

START_TEST (test_domain_errors)
{
  Run run = run_growth ("--from", "-5", "--to", "10", "--years", "2", NULL);

  assert_failure (&run, 1, "--from: base value must be positive for a compound rate "
                  "(got -5)\n");

  run = run_growth ("--from", "0", "--to", "10", "--years", "2", "--format", "json", NULL);
  assert_failure (&run, 1, "--from: ");
  run = run_growth ("--from", "5", "--to", "-10", "--years", "2", NULL);
  assert_failure (&run, 1, "--to: ");
  run = run_growth ("--from", "5", "--to", "10", "--years", "0", NULL);
  assert_failure (&run, 1, "--years: ");
  run = run_growth ("--from", "5", "--to", "10", "--years=-1", NULL);
  assert_failure (&run, 1, "--years: ");

  run = run_growth ("--from", "5", "--rate", "-100%", "--years", "1", NULL);
  assert_failure (&run, 1, "--rate: ");
  run = run_growth ("--from", "5", "--rate=-150%", "--years", "1", NULL);
  assert_failure (&run, 1, "--rate: ");
  run = run_growth ("--from", "5", "--rate", "0.1", "--years", "-1", NULL);
  assert_failure (&run, 1, "--years: ");

  run = run_growth ("--from", "0", "--target", "10", "--years", "2", NULL);
  assert_failure (&run, 1, "--from: ");
  run = run_growth ("--from", "5", "--target", "-1", "--years", "2", NULL);
  assert_failure (&run, 1, "--target: ");
  run = run_growth ("--from", "5", "--target", "10", "--years", "0", NULL);
  assert_failure (&run, 1, "--years: ");
}
END_TEST

START_TEST (test_overflow_errors)
{
  Run run = run_growth ("--from", "1e300", "--rate", "100%", "--years", "100", NULL);

  assert_failure (&run, 1, "too large");

  run = run_growth ("--from", "1e-300", "--to", "1e300", "--years", "0.5", NULL);
  assert_failure (&run, 1, "too large");
}
END_TEST

START_TEST (test_write_error)
{
  Run run = run_growth ("--from", "1", "--to", "2", "--years", "1",
                        "--output", "/nonexistent-directory/rate.json", NULL);

  assert_failure (&run, 1, "rate.json");
}
END_TEST

/* usage: exit status 2 */

START_TEST (test_usage_errors)
{
  Run run = run_growth ("--from", "abc", "--to", "1", "--years", "1", NULL);

  assert_failure (&run, 2, "--from: \"abc\" is not a number");

  run = run_growth ("--from", "1", "--to", "1x", "--years", "1", NULL);
  assert_failure (&run, 2, "--to: ");
  run = run_growth ("--from", "1", "--target", "", "--years", "1", NULL);
  assert_failure (&run, 2, "--target: ");
  run = run_growth ("--from", "1", "--to", "2", "--years", "two", NULL);
  assert_failure (&run, 2, "--years: ");
  run = run_growth ("--from", "1", "--rate", "ten%", "--years", "1", NULL);
  assert_failure (&run, 2, "--rate: ");
  run = run_growth ("--from", "1", "--rate", "10%%", "--years", "1", NULL);
  assert_failure (&run, 2, "--rate: ");
  run = run_growth ("--from", "1", "--rate", "1e999", "--years", "1", NULL);
  assert_failure (&run, 2, "--rate: ");
  run = run_growth ("--from", "nan", "--to", "2", "--years", "1", NULL);
  assert_failure (&run, 2, "--from: ");
  run = run_growth ("--from", "1", "--to", "inf", "--years", "1", NULL);
  assert_failure (&run, 2, "--to: ");
}
END_TEST

START_TEST (test_missing_and_conflicting)
{
  Run run = run_growth ("--to", "1", "--years", "1", NULL);

  assert_failure (&run, 2, "--from is required");

  run = run_growth ("--from", "1", "--years", "1", NULL);
  assert_failure (&run, 2, "one of --to, --rate or --target is required");
  run = run_growth ("--from", "1", "--to", "2", NULL);
  assert_failure (&run, 2, "--years is required");
  run = run_growth ("--from", "1", "--to", "2", "--rate", "3", "--years", "1", NULL);
  assert_failure (&run, 2, "--to and --rate cannot be used together");
  run = run_growth ("--from", "1", "--rate", "2", "--target", "3", "--years", "1", NULL);
  assert_failure (&run, 2, "--rate and --target cannot be used together");
  run = run_growth ("--from", NULL);
  assert_failure (&run, 2, "--from");
}
END_TEST

START_TEST (test_bad_options)
{
  Run run = run_growth ("--from", "1", "--to", "2", "--years", "1", "--bogus", NULL);

  assert_failure (&run, 2, "--bogus");

  run = run_growth ("--from", "1", "--to", "2", "--years", "1", "--format", "xml", NULL);
  assert_failure (&run, 2, "--format: unknown format \"xml\"");
  run = run_growth ("--from", "1", "--to", "2", "--years", "1", "extra", NULL);
  assert_failure (&run, 2, "unexpected argument \"extra\"");
}
END_TEST

/* help */

START_TEST (test_help)
{
  static const char * const mentions[] = {
    "Usage: doson-ctr growth", "--from", "--to", "--rate", "--target", "--years",
    "--format", "json", "--output", "--rate=-5%", "10%", "Exit status",
  };
  Run run = run_growth ("--help", NULL);
  gsize i;

  ck_assert_int_eq (run.status, 0);
  ck_assert_str_eq (run.err, "");
  for (i = 0; i < G_N_ELEMENTS (mentions); i++)
    ck_assert_msg (strstr (run.out, mentions[i]) != NULL,
                   "--help does not mention \"%s\"", mentions[i]);
  run_clear (&run);

  /* -h is the same, and wins over the other options. */
  run = run_growth ("--from", "1", "-h", NULL);
  ck_assert_int_eq (run.status, 0);
  ck_assert (g_str_has_prefix (run.out, "Usage: doson-ctr growth"));
  run_clear (&run);
}
END_TEST

static Suite *
cli_growth_suite (void)
{
  Suite *s = suite_create ("cli-growth");
  TCase *tc;

  tc = tcase_create ("modes");
  tcase_add_test (tc, test_rate_text);
  tcase_add_test (tc, test_rate_json);
  tcase_add_test (tc, test_project_text);
  tcase_add_test (tc, test_project_json);
  tcase_add_test (tc, test_lang);
  tcase_add_test (tc, test_required_text);
  tcase_add_test (tc, test_required_json);
  tcase_add_test (tc, test_output_file);
  suite_add_tcase (s, tc);

  tc = tcase_create ("rates");
  tcase_add_test (tc, test_rate_forms);
  tcase_add_test (tc, test_rate_negative);
  tcase_add_test (tc, test_bare_rate_of_one_or_more);
  tcase_add_test (tc, test_separators_refused);
  suite_add_tcase (s, tc);

  tc = tcase_create ("errors");
  tcase_add_test (tc, test_domain_errors);
  tcase_add_test (tc, test_overflow_errors);
  tcase_add_test (tc, test_write_error);
  suite_add_tcase (s, tc);

  tc = tcase_create ("usage");
  tcase_add_test (tc, test_usage_errors);
  tcase_add_test (tc, test_missing_and_conflicting);
  tcase_add_test (tc, test_bad_options);
  tcase_add_test (tc, test_help);
  suite_add_tcase (s, tc);

  return s;
}

int
main (void)
{
  if (g_getenv ("DOSON_CTR_CLI") == NULL)
    {
      fprintf (stderr, "test-cli-growth: DOSON_CTR_CLI is not set: it must hold "
               "the path of the built doson-ctr program (make check sets it)\n");
      return EXIT_FAILURE;
    }
  return test_run_suite (cli_growth_suite ());
}
