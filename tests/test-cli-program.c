/* test-cli-program.c: the `doson-ctr list`, `report` and `validate`
 * subcommands, run as a program
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The path of the built program comes from DOSON_CTR_CLI, the test data
 * from DOSON_CTR_TEST_SRCDIR (tests/data/cli/) and the example data from
 * $DOSON_CTR_TEST_SRCDIR/../examples/data (tests/Makefile.am sets both).
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "doson-ctr-test.h"

#include "cli-run.h"

/* The 42 indicators of 03-CTr/ĐU, in the order of the design's table
 * (shared/design/indicators.md). */
static const char * const indicator_ids[] = {
  "party-admission-rate",
  "party-orgs-nonstate",
  "party-orgs-rated-good",
  "party-members-rated-good",
  "committee-women-share",
  "standing-committee-woman",
  "committee-young-share",
  "party-orgs-inspected",
  "budget-revenue",
  "grdp",
  "grdp-agriculture",
  "grdp-industry",
  "grdp-services",
  "public-investment-disbursement",
  "enterprises-active",
  "households-converted",
  "tourist-arrivals",
  "income-per-capita",
  "poor-households",
  "cultural-families",
  "cultural-residential-groups",
  "schools-national-standard",
  "schools-standard-level-2",
  "multipurpose-halls",
  "smart-classrooms",
  "health-insurance-coverage",
  "social-insurance-coverage",
  "social-insurance-compulsory",
  "social-insurance-voluntary",
  "health-stations-standard",
  "clean-water-access",
  "waste-collection",
  "admin-on-time",
  "admin-online",
  "innovative-enterprises",
  "friendly-government",
  "shopping-centres",
  "military-police-recruitment",
  "criminal-offences",
  "crime-clearance-rate",
  "crime-reports-handled",
  "drug-free-ward",
};

#define NOTICE_VI "Số liệu minh họa, không phải số liệu chính thức"
#define NOTICE_EN "Illustrative data, not official statistics"

/* A file of the test data (tests/data/cli/NAME), newly allocated. */
static char *
test_data (const char *name)
{
  return srcdir_path ("data", "cli", name, NULL);
}

/* A file of the examples' data (examples/data/NAME), newly allocated. */
static char *
example_data (const char *name)
{
  return srcdir_path ("..", "examples", "data", name, NULL);
}

/* Runs "$DOSON_CTR_CLI ARGS..." (NULL-terminated) in the environment
 * @envp (NULL: this one) and returns its exit status and output. */
static Run
run_cli_env (char       **envp,
             const char  *first_arg,
             ...)
{
  va_list args;
  Run run;

  va_start (args, first_arg);
  run = cli_run_va (envp, NULL, NULL, first_arg, args);
  va_end (args);
  return run;
}

#define run_cli(...) run_cli_env (NULL, __VA_ARGS__)

/* The number of lines of @text, each ending with a newline. */
static guint
count_lines (const char *text)
{
  guint n = 0;

  for (; *text != '\0'; text++)
    if (*text == '\n')
      n++;
  return n;
}

static void
assert_status (const Run *run,
               int        status)
{
  ck_assert_msg (run->status == status, "exit status %d, expected %d; stderr: %s",
                 run->status, status, run->err);
}

/* Parses @text as JSON; the caller frees the parser. */
static JsonParser *
parse_json (const char *text)
{
  JsonParser *parser = json_parser_new ();
  g_autoptr (GError) error = NULL;

  ck_assert_msg (json_parser_load_from_data (parser, text, -1, &error),
                 "not JSON: %s", error != NULL ? error->message : "?");
  return parser;
}

static JsonObject *
member_object (JsonObject *object,
               const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  ck_assert_msg (node != NULL && JSON_NODE_HOLDS_OBJECT (node),
                 "\"%s\" is missing or not an object", member);
  return json_node_get_object (node);
}

static JsonArray *
member_array (JsonObject *object,
              const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  ck_assert_msg (node != NULL && JSON_NODE_HOLDS_ARRAY (node),
                 "\"%s\" is missing or not an array", member);
  return json_node_get_array (node);
}

static const char *
member_string (JsonObject *object,
               const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  ck_assert_msg (node != NULL && JSON_NODE_HOLDS_VALUE (node)
                 && json_node_get_value_type (node) == G_TYPE_STRING,
                 "\"%s\" is missing or not a string", member);
  return json_node_get_string (node);
}

/* A number (integer or not), or null when @nullable. */
static void
assert_number_member (JsonObject *object,
                      const char *member,
                      gboolean    nullable)
{
  JsonNode *node = json_object_get_member (object, member);

  ck_assert_msg (node != NULL, "\"%s\" is missing", member);
  if (nullable && JSON_NODE_HOLDS_NULL (node))
    return;
  ck_assert_msg (JSON_NODE_HOLDS_VALUE (node)
                 && (json_node_get_value_type (node) == G_TYPE_DOUBLE
                     || json_node_get_value_type (node) == G_TYPE_INT64),
                 "\"%s\" is not a number%s", member, nullable ? " or null" : "");
}

static void
assert_int_member (JsonObject *object,
                   const char *member,
                   gboolean    nullable)
{
  JsonNode *node = json_object_get_member (object, member);

  ck_assert_msg (node != NULL, "\"%s\" is missing", member);
  if (nullable && JSON_NODE_HOLDS_NULL (node))
    return;
  ck_assert_msg (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64,
                 "\"%s\" is not an integer%s", member, nullable ? " or null" : "");
}

/* ------------------------------------------------------------------------
 * list
 * ------------------------------------------------------------------------ */

START_TEST (test_list_json)
{
  Run run = run_cli ("list", "--format", "json", NULL);
  g_autoptr (JsonParser) parser = NULL;
  JsonArray *array;
  guint i, j;

  assert_status (&run, 0);
  ck_assert_str_eq (run.err, "");
  parser = parse_json (run.out);
  ck_assert (JSON_NODE_HOLDS_ARRAY (json_parser_get_root (parser)));
  array = json_node_get_array (json_parser_get_root (parser));
  ck_assert_uint_eq (json_array_get_length (array), G_N_ELEMENTS (indicator_ids));

  for (i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *indicator = json_array_get_object_element (array, i);
      JsonObject *name = member_object (indicator, "name");
      JsonArray *targets = member_array (indicator, "targets");
      JsonArray *units = member_array (indicator, "units");
      DosonCtrDirection direction;

      ck_assert_str_eq (member_string (indicator, "id"), indicator_ids[i]);
      ck_assert_msg (*member_string (indicator, "ref") != '\0', "%s: empty ref", indicator_ids[i]);
      ck_assert_msg (*member_string (name, "vi") != '\0' && *member_string (name, "en") != '\0',
                     "%s: a name is empty", indicator_ids[i]);
      ck_assert_msg (json_object_has_member (indicator, "unit"), "%s: no unit", indicator_ids[i]);
      ck_assert_msg (doson_ctr_direction_from_string (member_string (indicator, "direction"), &direction),
                     "%s: bad direction", indicator_ids[i]);
      ck_assert_msg (json_array_get_length (units) >= 1, "%s: no lead unit", indicator_ids[i]);
      ck_assert_msg (json_array_get_length (targets) >= 1, "%s: no target", indicator_ids[i]);

      for (j = 0; j < json_array_get_length (targets); j++)
        {
          JsonObject *target = json_array_get_object_element (targets, j);
          DosonCtrTargetKind kind;
          DosonCtrComparator comparator;

          ck_assert (doson_ctr_target_kind_from_string (member_string (target, "kind"), &kind));
          ck_assert (doson_ctr_comparator_from_string (member_string (target, "comparator"), &comparator));
          if (comparator == DOSON_CTR_COMPARATOR_RANGE)
            {
              assert_number_member (target, "low", FALSE);
              assert_number_member (target, "high", FALSE);
              member_string (target, "range");
              ck_assert (!json_object_has_member (target, "value"));
            }
          else
            {
              assert_number_member (target, "value", FALSE);
              ck_assert (!json_object_has_member (target, "low"));
            }
          assert_int_member (target, "first_year", FALSE);
          assert_int_member (target, "deadline_year", FALSE);
          ck_assert (json_node_get_value_type (json_object_get_member (target, "per_disaggregation"))
                     == G_TYPE_BOOLEAN);
          ck_assert (json_object_has_member (target, "text"));
          member_string (member_object (target, "summary"), "en");
        }
    }

  /* Two targets on one indicator, the per-level flag, a falling range. */
  ck_assert_uint_eq (json_array_get_length (member_array (json_array_get_object_element (array, 33),
                                                          "targets")), 2);
  ck_assert (json_object_get_boolean_member (json_array_get_object_element (member_array (json_array_get_object_element (array, 23), "targets"), 0),
                                             "per_disaggregation"));
  ck_assert_str_eq (member_string (json_array_get_object_element (array, 10), "direction"), "lower");
  run_clear (&run);
}
END_TEST

START_TEST (test_list_text_and_csv)
{
  Run run = run_cli ("list", "--lang", "en", NULL);
  g_auto (GStrv) lines = NULL;
  gsize i;

  assert_status (&run, 0);
  for (i = 0; i < G_N_ELEMENTS (indicator_ids); i++)
    ck_assert_msg (strstr (run.out, indicator_ids[i]) != NULL, "%s is not listed", indicator_ids[i]);
  ck_assert_ptr_nonnull (strstr (run.out, "≥ 97 % by 2030"));
  ck_assert_ptr_nonnull (strstr (run.out, "average fall of 7–9 %/yr"));
  run_clear (&run);

  run = run_cli ("list", "--lang", "vi", NULL);
  assert_status (&run, 0);
  ck_assert_ptr_nonnull (strstr (run.out, "≥ 97 % đến năm 2030"));
  ck_assert_ptr_nonnull (strstr (run.out, "Tỷ lệ dân số tham gia bảo hiểm y tế"));
  run_clear (&run);

  /* One row per target: 42 indicators, admin-online with two targets. */
  run = run_cli ("list", "--format", "csv", NULL);
  assert_status (&run, 0);
  lines = g_strsplit (run.out, "\n", -1);
  ck_assert_uint_eq (g_strv_length (lines), 1 + 43 + 1);
  ck_assert (g_str_has_prefix (lines[0], "id,ref,name,"));
  ck_assert (g_str_has_prefix (lines[1], "party-admission-rate,"));
  ck_assert_str_eq (lines[44], "");
  run_clear (&run);
}
END_TEST

START_TEST (test_list_program_file)
{
  g_autofree char *path = test_data ("small-program.json");
  Run run = run_cli ("list", "--program", path, "--format", "json", NULL);
  g_autoptr (JsonParser) parser = NULL;
  JsonArray *array;

  assert_status (&run, 0);
  parser = parse_json (run.out);
  array = json_node_get_array (json_parser_get_root (parser));
  ck_assert_uint_eq (json_array_get_length (array), 2);
  ck_assert_str_eq (member_string (json_array_get_object_element (array, 0), "id"), "budget-revenue");
  ck_assert_str_eq (member_string (json_array_get_object_element (array, 1), "id"), "schools-standard");
  run_clear (&run);
}
END_TEST

/* ------------------------------------------------------------------------
 * report
 * ------------------------------------------------------------------------ */

START_TEST (test_report_running_total)
{
  /* The illustrative data add 1 organisation in 2026 and none in 2027:
   * the value column shows the year's 0, the target line the total. */
  g_autofree char *data = example_data ("measurements-illustrative.json");
  Run en = run_cli ("report", "--data", data, "--lang", "en", NULL);
  Run vi = run_cli ("report", "--data", data, "--lang", "vi", NULL);
  const char *line;

  assert_status (&en, 0);
  assert_status (&vi, 0);
  line = strstr (en.out, "party-orgs-nonstate");
  ck_assert_ptr_nonnull (line);
  line = strstr (line, "\n");
  ck_assert_ptr_nonnull (line);
  ck_assert_msg (g_str_has_prefix (strstr (line, "→"), "→ total 2026–2030 ≥ 2 organisations; running total so far: 1 organisation\n"),
                 "target line: %.120s", line);
  ck_assert_ptr_nonnull (strstr (vi.out, "≥ 2 tổ chức; lũy kế đến nay: 1 tổ chức\n"));
  run_clear (&en);
  run_clear (&vi);
}
END_TEST

/* --format html: the page, in the language asked for, marked
 * illustrative; list has no HTML format. */
START_TEST (test_report_html)
{
  g_autofree char *data = example_data ("measurements-illustrative.json");
  Run vi = run_cli ("report", "--data", data, "--lang", "vi", "--format", "html", NULL);
  Run list = run_cli ("list", "--format", "html", NULL);

  assert_status (&vi, 0);
  ck_assert (g_str_has_prefix (vi.out, "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"vi\">"));
  ck_assert_ptr_nonnull (strstr (vi.out, "<p class=\"notice\" role=\"note\">Số liệu minh họa"));
  ck_assert_ptr_nonnull (strstr (vi.out, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"doson-ctr-chart\" "
                                         "data-indicator=\"grdp\""));
  ck_assert (g_str_has_suffix (vi.out, "</html>\n"));
  assert_status (&list, 2);
  ck_assert_ptr_nonnull (strstr (list.err, "--format: unknown format \"html\" (use text, json or csv)"));
  run_clear (&vi);
  run_clear (&list);
}
END_TEST

/* The illustrative data give cultural-residential-groups (> 90 % every
 * year) 91.2 % in 2026 and 90 % in 2027: not achieved, equal to the
 * target, met in 1 of the 2 years reported. */
START_TEST (test_report_strict_and_years_met)
{
  g_autofree char *data = example_data ("measurements-illustrative.json");
  Run en = run_cli ("report", "--data", data, "--lang", "en", NULL);
  Run vi = run_cli ("report", "--data", data, "--lang", "vi", NULL);
  const char *line;

  assert_status (&en, 0);
  assert_status (&vi, 0);
  line = strstr (en.out, "cultural-residential-groups");
  ck_assert_ptr_nonnull (line);
  /* wrapped at 80 columns, "1/2 years" kept together */
  ck_assert_msg (strstr (line, "→ > 90 % every year 2026–2030 (equal to the target; more is needed); "
                               "met\n      1/2 years\n") != NULL, "%.300s", line);
  /* the attainment column: not "100,0 %" */
  ck_assert_msg (strstr (vi.out, "III.1 (8) cultural-residential-groups") != NULL, "%s", vi.out);
  ck_assert_msg (strstr (strstr (vi.out, "III.1 (8) cultural-residential-groups"), " < 100 %\n") != NULL,
                 "%s", vi.out);
  line = strstr (vi.out, "cultural-residential-groups");
  ck_assert_ptr_nonnull (strstr (line, "(bằng mức mục tiêu; cần vượt mức này); đạt\n      1/2 năm\n"));
  run_clear (&en);
  run_clear (&vi);
}
END_TEST

/* The Vietnamese report speaks Vietnamese: no "CAGR" in any format, and
 * a target's deadline reads "đến năm", never "vào năm". */
START_TEST (test_report_vietnamese_wording)
{
  g_autofree char *data = example_data ("measurements-illustrative.json");
  Run text = run_cli ("report", "--data", data, "--lang", "vi", NULL);
  Run json = run_cli ("report", "--data", data, "--lang", "vi", "--format", "json", NULL);
  g_auto (GStrv) lines = NULL;
  gsize i;

  assert_status (&text, 0);
  assert_status (&json, 0);
  ck_assert_ptr_null (strstr (text.out, "CAGR"));
  ck_assert_ptr_null (strstr (json.out, "CAGR"));
  ck_assert_ptr_nonnull (strstr (text.out, "→ tăng bình quân 17–19 %/năm đến năm 2030\n"));
  lines = g_strsplit (text.out, "\n", -1);
  for (i = 0; lines[i] != NULL; i++)
    ck_assert_msg (strstr (lines[i], "→") == NULL || strstr (lines[i], "vào năm") == NULL, "%s", lines[i]);
  run_clear (&text);
  run_clear (&json);

  /* the explanation's target, in words rather than the file's spelling */
  text = run_cli ("report", "--data", data, "--lang", "vi", "--explain", "grdp-industry", NULL);
  assert_status (&text, 0);
  ck_assert_ptr_nonnull (strstr (text.out, "\nMục tiêu 1 trên 1: tăng bình quân 17–19 %/năm (mức sàn – mức phấn đấu); "
                                           "năm đầu\n  2026, hạn 2030\n"));
  /* figures in the Vietnamese number style with their units, never the
   * raw 0.1201707944 or "giá trị 1443" */
  ck_assert_ptr_nonnull (strstr (text.out, "\nSố liệu so sánh: 12,0 %/năm\n"));
  ck_assert_ptr_nonnull (strstr (text.out, "\nHiện tại: 2027, giá trị 1.443 tỷ đồng\n"));
  ck_assert_ptr_null (strstr (text.out, "0.12"));
  ck_assert_ptr_null (strstr (text.out, "giá trị 1443"));
  ck_assert_ptr_null (strstr (text.out, "floor-stretch"));
  ck_assert_ptr_null (strstr (text.out, "CAGR"));
  run_clear (&text);
}
END_TEST

/* --color: always colours even into a pipe, never and auto (not a
 * terminal) do not; a status is a word either way. */
START_TEST (test_report_colour)
{
  g_autofree char *data = example_data ("measurements-illustrative.json");
  Run always = run_cli ("report", "--data", data, "--lang", "en", "--color", "always", NULL);
  Run never = run_cli ("report", "--data", data, "--lang", "en", "--color", "never", NULL);
  Run bad = run_cli ("report", "--data", data, "--color", "yes", NULL);

  assert_status (&always, 0);
  assert_status (&never, 0);
  ck_assert_ptr_nonnull (strstr (always.out, "\033[31mNot achieved"));
  ck_assert_ptr_null (strchr (never.out, '\033'));
  ck_assert_ptr_nonnull (strstr (never.out, "    Not achieved "));
  assert_status (&bad, 2);
  ck_assert_ptr_nonnull (strstr (bad.err, "--color: unknown value \"yes\" (use auto, always or never)"));
  ck_assert_str_eq (bad.out, "");
  run_clear (&always);
  run_clear (&never);
  run_clear (&bad);
}
END_TEST

START_TEST (test_report_explain)
{
  g_autofree char *data = example_data ("measurements-illustrative.json");
  Run run = run_cli ("report", "--data", data, "--lang", "en", "--explain", "shopping-centres", NULL);

  /* 0 centres in 2025-2027 against "1 to 2 by 2030": the linear pace from
   * a base of 0, (0 / 1) / 0.4 = 0: limited progress, score -2.5 */
  assert_status (&run, 0);
  ck_assert_msg (g_str_has_prefix (run.out, "III.2.1 shopping-centres — Large shopping centres"), "%s", run.out);
  ck_assert_ptr_nonnull (strstr (run.out, "Status: Limited progress; score -2.50\n"));
  ck_assert_ptr_nonnull (strstr (run.out, "Rule: from a base of 0, linear pace = (value / target) / "
                                          "elapsed share (id:\n  linear-gap)\n"));
  ck_assert_ptr_nonnull (strstr (run.out, "\nPace: 0.00\n"));
  ck_assert_ptr_nonnull (strstr (run.out, "\nCurrent: 2027, value 0 centres\n"));
  ck_assert_str_eq (run.err, "");
  run_clear (&run);

  run = run_cli ("report", "--data", data, "--explain", "budget-revenu", NULL);
  assert_status (&run, 1);
  ck_assert_str_eq (run.out, "");
  ck_assert_str_eq (run.err, "doson-ctr report: --explain: indicator \"budget-revenu\": the programme "
                             "\"03-ctr-du\" has no such indicator\n");
  run_clear (&run);
}
END_TEST

START_TEST (test_report_notice)
{
  static const char * const formats[] = { "text", "markdown", "csv", "json" };
  static const char * const groupings[] = { "goal", "unit" };
  g_autofree char *data = example_data ("measurements-illustrative.json");
  gsize f, g;

  for (f = 0; f < G_N_ELEMENTS (formats); f++)
    for (g = 0; g < G_N_ELEMENTS (groupings); g++)
      {
        Run vi = run_cli ("report", "--data", data, "--format", formats[f],
                          "--by", groupings[g], "--lang", "vi", NULL);
        Run en = run_cli ("report", "--data", data, "--format", formats[f],
                          "--by", groupings[g], "--lang", "en", NULL);

        assert_status (&vi, 0);
        assert_status (&en, 0);
        ck_assert_msg (strstr (vi.out, NOTICE_VI) != NULL, "no notice in vi %s by %s",
                       formats[f], groupings[g]);
        ck_assert_msg (strstr (en.out, NOTICE_EN) != NULL, "no notice in en %s by %s",
                       formats[f], groupings[g]);
        ck_assert_msg (strstr (vi.out, NOTICE_EN) == NULL && strstr (en.out, NOTICE_VI) == NULL,
                       "a notice in the other language in %s by %s", formats[f], groupings[g]);
        /* Piped: never a colour. */
        ck_assert_msg (strchr (vi.out, '\033') == NULL && strchr (en.out, '\033') == NULL,
                       "an escape sequence in %s by %s", formats[f], groupings[g]);
        run_clear (&vi);
        run_clear (&en);
      }
}
END_TEST

START_TEST (test_report_csv_illustrative)
{
  /* The CSV sample marks its figures illustrative on the lines before its
   * header, so every format carries the notice; without those lines the
   * same figures carry none. */
  g_autofree char *data = example_data ("measurements-illustrative.csv");
  g_autofree char *dir = g_dir_make_tmp ("doson-ctr-report-XXXXXX", NULL);
  g_autofree char *plain = g_build_filename (dir, "plain.csv", NULL);
  Run run = run_cli ("report", "--data", data, "--lang", "en", NULL);
  g_autoptr (JsonParser) parser = NULL;
  JsonObject *root;

  assert_status (&run, 0);
  ck_assert_ptr_nonnull (strstr (run.out, NOTICE_EN));
  run_clear (&run);

  /* the description in the report's language only */
  run = run_cli ("report", "--data", data, "--format", "json", "--lang", "vi", NULL);
  assert_status (&run, 0);
  parser = parse_json (run.out);
  root = json_node_get_object (json_parser_get_root (parser));
  ck_assert (json_object_get_boolean_member (root, "illustrative"));
  ck_assert_ptr_nonnull (json_object_get_string_member (root, "notice"));
  ck_assert (g_str_has_prefix (json_object_get_string_member (root, "description"),
                               "SỐ LIỆU MINH HỌA"));
  ck_assert_ptr_null (strstr (json_object_get_string_member (root, "description"), "ILLUSTRATIVE DATA"));
  run_clear (&run);

  ck_assert (g_file_set_contents (plain, "indicator,year,value\nbudget-revenue,2025,412\n",
                                  -1, NULL));
  run = run_cli ("report", "--data", plain, "--lang", "en", NULL);
  assert_status (&run, 0);
  ck_assert_ptr_null (strstr (run.out, NOTICE_EN));
  run_clear (&run);
  ck_assert_int_eq (g_unlink (plain), 0);
  ck_assert_int_eq (g_rmdir (dir), 0);
}
END_TEST

START_TEST (test_report_lang_from_locale)
{
  g_autofree char *data = example_data ("measurements-illustrative.json");
  g_auto (GStrv) env = g_get_environ ();
  Run run;

  env = g_environ_unsetenv (env, "LC_ALL");
  env = g_environ_unsetenv (env, "LC_MESSAGES");
  env = g_environ_setenv (env, "LANG", "vi_VN.UTF-8", TRUE);
  run = run_cli_env (env, "report", "--data", data, NULL);
  assert_status (&run, 0);
  ck_assert_ptr_nonnull (strstr (run.out, NOTICE_VI));
  ck_assert_ptr_nonnull (strstr (run.out, "Đánh giá đến năm"));
  run_clear (&run);

  /* LC_ALL comes first. */
  env = g_environ_setenv (env, "LC_ALL", "en_GB.UTF-8", TRUE);
  run = run_cli_env (env, "report", "--data", data, NULL);
  assert_status (&run, 0);
  ck_assert_ptr_nonnull (strstr (run.out, NOTICE_EN));
  run_clear (&run);

  env = g_environ_setenv (env, "LC_ALL", "vi_VN", TRUE);
  env = g_environ_setenv (env, "NO_COLOR", "1", TRUE);
  run = run_cli_env (env, "report", "--data", data, NULL);
  assert_status (&run, 0);
  ck_assert_ptr_nonnull (strstr (run.out, NOTICE_VI));
  run_clear (&run);
}
END_TEST

START_TEST (test_report_json)
{
  g_autofree char *data = example_data ("measurements-illustrative.json");
  Run run = run_cli ("report", "--data", data, "--format", "json", "--year", "2026",
                     "--lang", "en", NULL);
  g_autoptr (JsonParser) parser = NULL;
  JsonObject *root, *program, *counts;
  JsonArray *indicators, *by_goal, *by_unit;
  guint status_counts[16] = { 0 };
  guint i, total = 0;
  GList *members, *l;

  assert_status (&run, 0);
  parser = parse_json (run.out);
  ck_assert (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));
  root = json_node_get_object (json_parser_get_root (parser));

  assert_int_member (root, "year", FALSE);
  ck_assert_int_eq (json_object_get_int_member (root, "year"), 2026);
  ck_assert (json_object_get_boolean_member (root, "illustrative"));
  ck_assert_str_eq (member_string (root, "notice"), NOTICE_EN);
  ck_assert (*member_string (root, "description") != '\0');

  indicators = member_array (root, "indicators");
  ck_assert_uint_eq (json_array_get_length (indicators), G_N_ELEMENTS (indicator_ids));
  for (i = 0; i < json_array_get_length (indicators); i++)
    {
      JsonObject *indicator = json_array_get_object_element (indicators, i);
      DosonCtrStatus status;

      ck_assert_str_eq (member_string (indicator, "id"), indicator_ids[i]);
      ck_assert_msg (doson_ctr_status_from_string (member_string (indicator, "status"), &status),
                     "%s: unknown status", indicator_ids[i]);
      ck_assert_uint_lt (status, G_N_ELEMENTS (status_counts));
      status_counts[status]++;
      assert_number_member (indicator, "attainment", TRUE);
      assert_number_member (indicator, "value", TRUE);
      assert_int_member (indicator, "year", TRUE);
      if (!JSON_NODE_HOLDS_NULL (json_object_get_member (indicator, "year")))
        ck_assert_int_le (json_object_get_int_member (indicator, "year"), 2026);
      ck_assert_msg (*member_string (indicator, "explanation") != '\0',
                     "%s: no explanation", indicator_ids[i]);
      ck_assert (json_array_get_length (member_array (indicator, "targets")) >= 1);
    }

  by_goal = member_array (root, "by_goal");
  by_unit = member_array (root, "by_unit");
  ck_assert_uint_ge (json_array_get_length (by_goal), 1);
  ck_assert_uint_ge (json_array_get_length (by_unit), 1);
  member_object (json_array_get_object_element (by_goal, 0), "counts");
  member_object (json_array_get_object_element (by_unit, 0), "counts");

  /* The programme's roll-up counts what the indicators say. */
  program = member_object (root, "program");
  ck_assert_int_eq (json_object_get_int_member (program, "n_indicators"), 42);
  counts = member_object (program, "counts");
  members = json_object_get_members (counts);
  for (l = members; l != NULL; l = l->next)
    {
      DosonCtrStatus status;

      ck_assert (doson_ctr_status_from_string (l->data, &status));
      ck_assert_uint_lt (status, G_N_ELEMENTS (status_counts));
      ck_assert_int_eq (json_object_get_int_member (counts, l->data), status_counts[status]);
      total += (guint) json_object_get_int_member (counts, l->data);
    }
  g_list_free (members);
  ck_assert_uint_eq (total, 42);
  member_array (root, "warnings");
  run_clear (&run);
}
END_TEST

START_TEST (test_report_csv_rows)
{
  g_autofree char *data = example_data ("measurements-illustrative.json");
  Run run = run_cli ("report", "--data", data, "--format", "csv", "--lang", "en", NULL);
  g_auto (GStrv) lines = NULL;
  guint i, n;

  assert_status (&run, 0);
  lines = g_strsplit (run.out, "\n", -1);
  n = g_strv_length (lines);
  ck_assert (g_str_has_prefix (lines[0], "row,notice,as_of_year,goal,units,indicator,"));
  /* One row per target assessment: 43 targets, two of them for each of
   * two school levels; a roll-up for each of the 6 goals; a row for each
   * of the 77 tasks; the programme; every row carries the notice. */
  ck_assert_uint_eq (n, 1 + 45 + 6 + 77 + 1 + 1);
  for (i = 0, n = 0; lines[i] != NULL; i++)
    n += g_str_has_prefix (lines[i], "task,");
  ck_assert_uint_eq (n, 77);
  n = g_strv_length (lines);
  for (i = 1; i + 1 < n; i++)
    ck_assert_msg (strstr (lines[i], ",\"" NOTICE_EN "\",") == lines[i] + strcspn (lines[i], ","),
                   "row %u: %s", i, lines[i]);
  ck_assert (g_str_has_prefix (lines[n - 2], "program,"));
  run_clear (&run);

  /* By unit: a roll-up for each of the 5 units that lead indicators,
   * the Vietnamese spreadsheet style on request. */
  run = run_cli ("report", "--data", data, "--format", "csv", "--by", "unit", "--csv-style", "vi", NULL);
  assert_status (&run, 0);
  ck_assert (g_str_has_prefix (run.out, "\xEF\xBB\xBFrow;notice;as_of_year;goal;units;indicator;"));
  g_strfreev (lines);
  lines = g_strsplit (run.out, "\n", -1);
  for (i = 0, n = 0; lines[i] != NULL; i++)
    n += g_str_has_prefix (lines[i], "unit;");
  ck_assert_uint_eq (n, 5);
  run_clear (&run);

  run = run_cli ("report", "--data", data, "--format", "csv", "--csv-style", "excel;", NULL);
  assert_status (&run, 2);
  ck_assert_ptr_nonnull (strstr (run.err, "--csv-style: unknown style \"excel;\" (use plain, excel or vi)"));
  ck_assert_str_eq (run.out, "");
  run_clear (&run);
}
END_TEST

/* --data-csv-style: a style asked for is required of the CSV file, in
 * report and in validate; "auto" reads what the header announces. */
START_TEST (test_data_csv_style)
{
  g_autofree char *dir = g_dir_make_tmp ("doson-ctr-style-XXXXXX", NULL);
  g_autofree char *vi = g_build_filename (dir, "vi.csv", NULL);
  g_autofree char *plain = g_build_filename (dir, "plain.csv", NULL);
  g_autofree char *expected = NULL;
  Run run;

  ck_assert (g_file_set_contents (vi, "indicator;year;value\nbudget-revenue;2025;1.234,5\n",
                                  -1, NULL));
  ck_assert (g_file_set_contents (plain, "indicator,year,value\nbudget-revenue,2025,1234.5\n",
                                  -1, NULL));
  run = run_cli ("validate", "--data", vi, "--data-csv-style", "vi", NULL);
  assert_status (&run, 0);
  run_clear (&run);
  run = run_cli ("validate", "--data", plain, "--data-csv-style", "auto", NULL);
  assert_status (&run, 0);
  run_clear (&run);

  run = run_cli ("validate", "--data", vi, "--data-csv-style", "plain", NULL);
  assert_status (&run, 1);
  expected = g_strdup_printf ("%s:1: the plain style was asked for, but the header has \";\" "
                              "between fields, as in the Vietnamese style (vi: 1.234,5)\n", vi);
  ck_assert_str_eq (run.out, expected);
  run_clear (&run);

  run = run_cli ("report", "--data", plain, "--data-csv-style", "vi", "--lang", "en", NULL);
  assert_status (&run, 1);
  g_free (expected);
  expected = g_strdup_printf ("doson-ctr report: %s:1: the Vietnamese style (vi: \";\" between "
                              "fields, 1.234,5) was asked for, but the header does not have \";\" "
                              "between fields\n", plain);
  ck_assert_str_eq (run.err, expected);
  ck_assert_str_eq (run.out, "");
  run_clear (&run);

  run = run_cli ("report", "--data", vi, "--data-csv-style", "vi", "--lang", "en", NULL);
  assert_status (&run, 0);
  run_clear (&run);

  run = run_cli ("report", "--data", vi, "--data-csv-style", "semicolon", NULL);
  assert_status (&run, 2);
  ck_assert_str_eq (run.err, "doson-ctr report: --data-csv-style: unknown style \"semicolon\" "
                    "(use auto, plain or vi)\n");
  run_clear (&run);

  ck_assert_int_eq (g_unlink (vi), 0);
  ck_assert_int_eq (g_unlink (plain), 0);
  ck_assert_int_eq (g_rmdir (dir), 0);
}
END_TEST

/* ------------------------------------------------------------------------
 * validate
 * ------------------------------------------------------------------------ */

/* Asserts that @out holds exactly as many lines as @expected, in order,
 * each starting with "PATH:" followed by the expected text. */
static void
assert_problems (const char         *out,
                 const char         *path,
                 const char * const *expected,
                 gsize               n_expected)
{
  g_auto (GStrv) lines = g_strsplit (out, "\n", -1);
  gsize i;

  ck_assert_msg (g_strv_length (lines) == n_expected + 1,
                 "%u lines, expected %u:\n%s", g_strv_length (lines) - 1,
                 (guint) n_expected, out);
  for (i = 0; i < n_expected; i++)
    {
      g_autofree char *prefix = g_strdup_printf ("%s:%s", path, expected[i]);

      ck_assert_msg (g_str_has_prefix (lines[i], prefix), "line %u: \"%s\", expected \"%s…\"",
                     (guint) i + 1, lines[i], prefix);
    }
  ck_assert_str_eq (lines[n_expected], "");
}

START_TEST (test_validate_broken_program)
{
  /* Nine mistakes, one at a time: a repeated key (found as the text is
   * read, so first), an unknown key at the top, a unit declared twice, a
   * parent that does not exist, an unknown comparator, an unknown measure,
   * an unknown unit, a year outside the term, an unknown key in a target. */
  static const char * const expected[] = {
    "57:30: indicators[3].direction: ",
    "5:3: titel: unknown key",
    "11:12: units[1].id: ",
    "16:113: goals[1].parent: ",
    "27:50: indicators[0].targets[0].comparator: ",
    "33:18: indicators[1].measure: ",
    "47:30: indicators[2].lead_units[1]: ",
    "50:77: indicators[2].targets[0].deadline_year: ",
    "61:60: indicators[3].targets[0].deadline: ",
  };
  g_autofree char *path = test_data ("broken-program.json");
  Run run = run_cli ("validate", "--program", path, NULL);

  assert_status (&run, 1);
  assert_problems (run.out, path, expected, G_N_ELEMENTS (expected));
  ck_assert_ptr_nonnull (strstr (run.err, "9 problems"));
  run_clear (&run);
}
END_TEST

START_TEST (test_validate_broken_measurements)
{
  /* Two errors of the loader, then six problems against the built-in
   * programme; a position quoted in a message is in the file too. */
  g_autofree char *path = test_data ("broken-measurements.json");
  g_autofree char *duplicate = g_strdup_printf ("13:5: measurements[5]: indicator \"health-insurance-coverage\", "
                                                "year 2027: a value is already given, at %s:12:5", path);
  const char * const expected[] = {
    "10:71: measurements[2].value: ",
    duplicate,
    "8:5: indicator \"budget-revenu\", year 2025: ",
    "9:5: indicator \"budget-revenue\", year 2031: ",
    "11:5: indicator \"health-insurance-coverage\", year 2026: ",
    "14:5: indicator \"social-insurance-coverage\", year 2026: ",
    "18:5: indicator \"schools-standard-level-2\", year 2026: ",
    "19:5: indicator \"grdp\", year 2026, level \"primary\": ",
  };
  Run run = run_cli ("validate", "--data", path, NULL);

  assert_status (&run, 1);
  assert_problems (run.out, path, expected, G_N_ELEMENTS (expected));
  run_clear (&run);
}
END_TEST

START_TEST (test_validate_wrong_program)
{
  /* The one problem without a measurement is put at the "program" key. */
  static const char * const expected[] = {
    "4:14: ",
  };
  g_autofree char *path = test_data ("wrong-program-measurements.json");
  Run run = run_cli ("validate", "--data", path, NULL);

  assert_status (&run, 1);
  assert_problems (run.out, path, expected, G_N_ELEMENTS (expected));
  ck_assert_ptr_nonnull (strstr (run.out, "hoa-sen-2026"));
  run_clear (&run);
}
END_TEST

START_TEST (test_validate_broken_csv)
{
  static const char * const expected[] = {
    "3: ",
    "5: field \"value\": ",
    "6: field \"indicator\": indicator \"no-such-indicator\", year 2026: ",
  };
  g_autofree char *path = test_data ("broken-measurements.csv");
  Run run = run_cli ("validate", "--data", path, NULL);

  assert_status (&run, 1);
  assert_problems (run.out, path, expected, G_N_ELEMENTS (expected));
  run_clear (&run);
}
END_TEST

START_TEST (test_validate_syntax_error)
{
  g_autofree char *path = test_data ("syntax-error.json");
  g_autofree char *prefix = g_strdup_printf ("%s:4:3: ", path);
  Run run = run_cli ("validate", "--program", path, NULL);

  /* Nothing can be told after a syntax error. */
  assert_status (&run, 1);
  ck_assert_msg (g_str_has_prefix (run.out, prefix), "%s", run.out);
  ck_assert_uint_eq (count_lines (run.out), 1);
  run_clear (&run);
}
END_TEST

START_TEST (test_validate_ok)
{
  g_autofree char *json = example_data ("measurements-illustrative.json");
  g_autofree char *csv = example_data ("measurements-illustrative.csv");
  g_autofree char *program = test_data ("small-program.json");
  Run run = run_cli ("validate", "--data", json, NULL);

  assert_status (&run, 0);
  ck_assert_msg (g_str_has_prefix (run.out, "ok: programme 03-ctr-du (42 indicators)"), "%s", run.out);
  ck_assert_uint_eq (count_lines (run.out), 1);
  run_clear (&run);

  run = run_cli ("validate", "--data", csv, NULL);
  assert_status (&run, 0);
  ck_assert (g_str_has_prefix (run.out, "ok: "));
  run_clear (&run);

  run = run_cli ("validate", "--program", program, NULL);
  assert_status (&run, 0);
  ck_assert (g_str_has_prefix (run.out, "ok: programme hoa-sen-2026 (2 indicators)"));
  run_clear (&run);

  /* --lang: the line in each language. */
  run = run_cli ("validate", "--program", program, "--lang", "vi", NULL);
  assert_status (&run, 0);
  ck_assert_str_eq (run.out, "hợp lệ: chương trình hoa-sen-2026 (2 chỉ tiêu); không có lỗi\n");
  run_clear (&run);
  run = run_cli ("validate", "--program", program, "--lang=en", NULL);
  assert_status (&run, 0);
  ck_assert_str_eq (run.out, "ok: programme hoa-sen-2026 (2 indicators); no problems\n");
  run_clear (&run);
  run = run_cli ("validate", "--data", csv, "--lang", "vi", NULL);
  assert_status (&run, 0);
  ck_assert (g_str_has_prefix (run.out, "hợp lệ: chương trình 03-ctr-du (42 chỉ tiêu); "));
  ck_assert (g_str_has_suffix (run.out, ": 131 số liệu; không có lỗi\n"));
  run_clear (&run);
  run = run_cli ("validate", "--lang", "fr", NULL);
  assert_status (&run, 2);
  run_clear (&run);
}
END_TEST

/* validate --output writes the problems to the file, not to standard
 * output, and keeps the exit status. */
START_TEST (test_validate_output)
{
  g_autofree char *broken = test_data ("broken-measurements.json");
  g_autofree char *dir = g_dir_make_tmp ("doson-ctr-validate-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "problems.txt", NULL);
  g_autofree char *contents = NULL;
  Run run = run_cli ("validate", "--data", broken, "--output", path, NULL);

  assert_status (&run, 1);
  ck_assert_str_eq (run.out, "");
  ck_assert (g_file_get_contents (path, &contents, NULL, NULL));
  ck_assert_msg (strstr (contents, broken) != NULL, "%s", contents);
  ck_assert_msg (strstr (run.err, "problem") != NULL, "%s", run.err);
  run_clear (&run);

  ck_assert_int_eq (g_remove (path), 0);
  ck_assert_int_eq (g_rmdir (dir), 0);
}
END_TEST

/* ------------------------------------------------------------------------
 * Errors and usage
 * ------------------------------------------------------------------------ */

START_TEST (test_bad_data)
{
  g_autofree char *path = test_data ("broken-measurements.json");
  g_autofree char *program = test_data ("broken-program.json");
  g_autofree char *located = g_strdup_printf ("%s:10:71: measurements[2].value: ", path);
  g_autofree char *program_located = g_strdup_printf ("%s:57:30: indicators[3].direction: ", program);
  Run run = run_cli ("report", "--data", path, NULL);

  assert_status (&run, 1);
  ck_assert_str_eq (run.out, "");
  ck_assert_msg (strstr (run.err, located) != NULL, "%s", run.err);
  run_clear (&run);

  run = run_cli ("list", "--program", program, NULL);
  assert_status (&run, 1);
  ck_assert_msg (strstr (run.err, program_located) != NULL, "%s", run.err);
  run_clear (&run);

  run = run_cli ("report", "--program", program, "--year", "2027", NULL);
  assert_status (&run, 1);
  ck_assert_msg (strstr (run.err, program_located) != NULL, "%s", run.err);
  run_clear (&run);

  run = run_cli ("report", "--data", "/nonexistent/measurements.json", NULL);
  assert_status (&run, 1);
  run_clear (&run);
}
END_TEST

START_TEST (test_report_refuses_unusable_data)
{
  /* validate's checks, before anything is written: an indicator id with a
   * typo and a coverage of 955 % are errors, not "insufficient data" and
   * "achieved" */
  g_autofree char *path = test_data ("unusable-measurements.csv");
  g_autofree char *expected = g_strdup_printf (
    "doson-ctr report: %s:3: field \"indicator\": indicator \"budget-revenu\", year 2026: "
    "programme \"03-ctr-du\" has no indicator \"budget-revenu\"\n"
    "%s:5: field \"value\": indicator \"health-insurance-coverage\", year 2026: the value "
    "955 does not suit a \"percent\" indicator (expected a percentage from 0 to 100)\n",
    path, path);
  g_autofree char *dir = g_dir_make_tmp ("doson-ctr-report-XXXXXX", NULL);
  g_autofree char *output = g_build_filename (dir, "report.json", NULL);
  Run run = run_cli ("report", "--data", path, "--format", "json", NULL);

  assert_status (&run, 1);
  ck_assert_str_eq (run.out, "");
  ck_assert_str_eq (run.err, expected);
  run_clear (&run);

  run = run_cli ("report", "--data", path, "--output", output, NULL);
  assert_status (&run, 1);
  ck_assert (!g_file_test (output, G_FILE_TEST_EXISTS));
  run_clear (&run);
  ck_assert_int_eq (g_rmdir (dir), 0);
}
END_TEST

START_TEST (test_usage)
{
  static const char * const cases[][6] = {
    { "list", "--format", "xml", NULL, NULL },
    { "list", "--lang", "fr", NULL, NULL },
    { "list", "--no-such-option", NULL, NULL, NULL },
    { "list", "extra", NULL, NULL, NULL },
    { "list", "--program", NULL, NULL, NULL },
    { "report", "--by", "section", NULL, NULL },
    { "report", "--format", "xml", NULL, NULL },
    { "report", "--year", "twenty", NULL, NULL },
    { "report", "--year", "2027.5", NULL, NULL },
    { "report", "--year", "2020", NULL, NULL },
    { "report", "--lang", "de", NULL, NULL },
    { "report", "--explain", "grdp", "--format", "json" },
    { "validate", "--format", "xml", NULL, NULL },
    { "validate", "--max-problems", "-1", NULL, NULL },
    { "validate", "--max-problems", "ten", NULL, NULL },
    { "validate", "file.json", NULL, NULL, NULL },
  };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      Run run = run_cli (cases[i][0], cases[i][1], cases[i][2], cases[i][3], cases[i][4], NULL);

      ck_assert_msg (run.status == 2, "doson-ctr %s %s %s: exit status %d, stderr: %s",
                     cases[i][0], cases[i][1], cases[i][2] != NULL ? cases[i][2] : "",
                     run.status, run.err);
      ck_assert_str_eq (run.out, "");
      ck_assert_msg (g_str_has_prefix (run.err, "doson-ctr "), "%s", run.err);
      run_clear (&run);
    }
}
END_TEST

START_TEST (test_help)
{
  static const char * const subcommands[] = { "list", "report", "validate" };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (subcommands); i++)
    {
      g_autofree char *usage = g_strdup_printf ("Usage: doson-ctr %s", subcommands[i]);
      Run run = run_cli (subcommands[i], "--help", NULL);

      assert_status (&run, 0);
      ck_assert (g_str_has_prefix (run.out, usage));
      run_clear (&run);
    }
}
END_TEST

/* -V and --version print the version; the global help lists them;
 * `doson-ctr help SUBCOMMAND` is the subcommand's help. */
START_TEST (test_version_and_help_subcommand)
{
  g_autofree char *version = g_strdup_printf ("doson-ctr %s\n", doson_ctr_get_version_string ());
  Run run = run_cli ("-V", NULL);
  Run help = run_cli ("report", "--help", NULL);

  assert_status (&run, 0);
  ck_assert_str_eq (run.out, version);
  run_clear (&run);
  run = run_cli ("--version", NULL);
  assert_status (&run, 0);
  ck_assert_str_eq (run.out, version);
  run_clear (&run);

  run = run_cli ("--help", NULL);
  assert_status (&run, 0);
  ck_assert (strstr (run.out, "-V, --version") != NULL);
  run_clear (&run);

  run = run_cli ("help", "report", NULL);
  assert_status (&run, 0);
  ck_assert_str_eq (run.out, help.out);
  run_clear (&run);

  run = run_cli ("help", "no-such-subcommand", NULL);
  assert_status (&run, 2);
  ck_assert_str_eq (run.out, "");
  ck_assert_msg (strstr (run.err, "no-such-subcommand") != NULL, "%s", run.err);
  run_clear (&run);
  run_clear (&help);
}
END_TEST

static Suite *
cli_program_suite (void)
{
  Suite *s = suite_create ("cli-program");
  TCase *tc;

  tc = tcase_create ("list");
  tcase_add_test (tc, test_list_json);
  tcase_add_test (tc, test_list_text_and_csv);
  tcase_add_test (tc, test_list_program_file);
  suite_add_tcase (s, tc);

  tc = tcase_create ("report");
  tcase_set_timeout (tc, 120);
  tcase_add_test (tc, test_report_notice);
  tcase_add_test (tc, test_report_running_total);
  tcase_add_test (tc, test_report_html);
  tcase_add_test (tc, test_report_strict_and_years_met);
  tcase_add_test (tc, test_report_explain);
  tcase_add_test (tc, test_report_colour);
  tcase_add_test (tc, test_report_vietnamese_wording);
  tcase_add_test (tc, test_report_csv_illustrative);
  tcase_add_test (tc, test_report_lang_from_locale);
  tcase_add_test (tc, test_report_json);
  tcase_add_test (tc, test_report_csv_rows);
  tcase_add_test (tc, test_data_csv_style);
  suite_add_tcase (s, tc);

  tc = tcase_create ("validate");
  tcase_add_test (tc, test_validate_broken_program);
  tcase_add_test (tc, test_validate_broken_measurements);
  tcase_add_test (tc, test_validate_wrong_program);
  tcase_add_test (tc, test_validate_broken_csv);
  tcase_add_test (tc, test_validate_syntax_error);
  tcase_add_test (tc, test_validate_ok);
  tcase_add_test (tc, test_validate_output);
  suite_add_tcase (s, tc);

  tc = tcase_create ("errors");
  tcase_add_test (tc, test_bad_data);
  tcase_add_test (tc, test_report_refuses_unusable_data);
  tcase_add_test (tc, test_usage);
  tcase_add_test (tc, test_help);
  tcase_add_test (tc, test_version_and_help_subcommand);
  suite_add_tcase (s, tc);

  return s;
}

int
main (void)
{
  if (g_getenv ("DOSON_CTR_CLI") == NULL || g_getenv ("DOSON_CTR_TEST_SRCDIR") == NULL)
    {
      fprintf (stderr, "test-cli-program: DOSON_CTR_CLI and DOSON_CTR_TEST_SRCDIR must "
               "hold the path of the built doson-ctr program and of tests/ (make "
               "check sets them)\n");
      return EXIT_FAILURE;
    }
  return test_run_suite (cli_program_suite ());
}
