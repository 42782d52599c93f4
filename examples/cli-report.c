/* cli-report.c: the `doson-ctr report` subcommand
 *
 * SPDX-License-Identifier: CC0-1.0
 *
 * The status of every target of a programme as of a year, grouped by goal
 * or by responsible unit, with roll-ups and consistency warnings:
 *
 *   doson-ctr report --data examples/data/measurements-illustrative.json
 *   doson-ctr report --data figures.json --year 2027 --by unit --lang en
 *   doson-ctr report --data figures.json --format json
 *   doson-ctr report --data figures.json --format draft --year 2027 --lang vi
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/ioctl.h>

#include "cli.h"

#define SUBCOMMAND "report"

static const char * const help_text[] = {
  N_("Usage: doson-ctr report [--program FILE] [--data FILE] [--year Y]\n"
     "                        [--by goal|unit]\n"
     "                        [--format text|json|csv|markdown|html|draft]\n"
     "                        [--draft-format markdown|html] [--superior NAME]\n"
     "                        [--lang vi|en] [--csv-style plain|excel|vi]\n"
     "                        [--color auto|always|never] [--output FILE]\n"
     "                        [--explain ID] [--data-csv-style auto|plain|vi]\n"),
  "",
  N_("Assesses every target of a programme as of a year and reports, for each\n"
     "indicator, its status, its latest value, its target and its attainment\n"
     "(the value against the target, as a percentage), and for each target not\n"
     "yet achieved what it still needs over the years left (\"cần tăng ≥ 20,4\n"
     "%/năm giai đoạn 2028–2030\", \"cần thêm 1 tổ chức\") and where the pace\n"
     "since the baseline leads by its deadline, grouped by goal or by\n"
     "responsible unit, with a roll-up of each group (indicators per status,\n"
     "mean score from -5 to +5) and of the programme, then the consistency\n"
     "warnings (parts that do not add up to their whole, a subset larger than\n"
     "its whole). When the measurements are marked illustrative, every format\n"
     "says so.\n"),
  "",
  N_("Options:\n"),
  N_("  --program=FILE    a programme file; without it, the programme built into\n"
     "                    the library, 03-CTr/ĐU\n"),
  N_("  --data=FILE       the measurements, JSON or (for a name ending in .csv)\n"
     "                    CSV; without it, no measurement (give --year then)\n"),
  CLI_DATA_CSV_STYLE_HELP,
  N_("  --year=Y          the year to assess as of; by default the latest year\n"
     "                    in which an indicator has a measurement\n"),
  N_("  --by=GROUP        goal (the default): one group per goal holding\n"
     "                    indicators; unit: one group per responsible unit, with\n"
     "                    the indicators it leads\n"),
  N_("  --format=FORMAT   text (the default), json, csv (one row per target\n"
     "                    assessment and one per roll-up), markdown (a table\n"
     "                    per group), html (one self-contained page to look at\n"
     "                    and print on A4: the summary, the tables by goal and\n"
     "                    by unit, and a chart for every indicator) or draft:\n"
     "                    the draft of the yearly report on the programme's\n"
     "                    implementation (\"Báo cáo kết quả thực hiện ... năm\n"
     "                    Y\"), for the office to edit and send: I. results\n"
     "                    achieved, II. shortcomings (targets behind and what\n"
     "                    they still need, targets without data; the causes are\n"
     "                    left for the office to write), III. tasks ahead (the\n"
     "                    yearly rate each lagging target still needs), and an\n"
     "                    appendix with the table of all targets; --year must be\n"
     "                    a year of the programme's term\n"),
  N_("  --draft-format=F  the format of the draft: markdown (the default) or html\n"
     "                    (one self-contained page to open, print on A4 or open\n"
     "                    in a word processor)\n"),
  N_("  --superior=NAME   the body above the programme's issuer, for the\n"
     "                    draft's letterhead (\"Đảng bộ thành phố Hải Phòng\");\n"
     "                    without it, the line is left blank to fill\n"),
  N_("  --lang=LANG       vi or en; the default comes from the locale (LC_ALL,\n"
     "                    LC_MESSAGES, LANG): vi when its language is vi\n"
     "                    (vi_VN.UTF-8), en otherwise\n"),
  N_("  --csv-style=STYLE the style of the CSV report (--format csv): plain (the\n"
     "                    default): commas and a decimal point;\n"
     "                    excel: the same after a UTF-8 byte order mark, so\n"
     "                    that Excel shows the Vietnamese letters; vi: as a\n"
     "                    spreadsheet in a Vietnamese locale saves it, with\n"
     "                    semicolons, a decimal comma and the byte order mark\n"),
  N_("  --color=WHEN      colour the statuses of the text format: auto (the\n"
     "                    default) when standard output is a terminal, NO_COLOR\n"
     "                    is not set and TERM is not \"dumb\"; always; never.\n"
     "                    Every status is a word: colour only repeats it\n"),
  N_("  -o, --output=FILE write to FILE, replacing it atomically, instead of to\n"
     "                    standard output (\"-\")\n"),
  N_("  --explain=ID      instead of the report, how the status of indicator ID\n"
     "                    was decided: its targets, the rule of each, every figure\n"
     "                    used and the reason for any that is absent (text only;\n"
     "                    the user guide assessment.md, installed with the\n"
     "                    documentation, describes the rules)\n"),
  N_("  -h, --help        show this help and exit\n"),
  "",
  N_("JSON: \"year\" (the as-of year), \"illustrative\", \"notice\", \"description\",\n"
     "\"indicators\" (each with \"id\", \"status\", \"label\", \"score\",\n"
     "\"attainment\" as a fraction, \"value\" and \"year\" of its latest value,\n"
     "\"explanation\" and \"targets\", one per target assessment, each with\n"
     "\"required\" and \"projection\" (doc/formats.md, section 6); null where a\n"
     "figure does not exist), \"by_goal\", \"by_unit\" and \"program\" (roll-ups:\n"
     "\"counts\" per status, \"mean_score\") and \"warnings\".\n"),
  "",
  N_("CSV: the columns row (target, goal, unit or program), notice, as_of_year,\n"
     "goal, units (the lead units), indicator, ref, name, unit (of the value),\n"
     "target_index, kind, level, status, label, due, value, year, figure,\n"
     "attainment, pace, score, reason and target (in words); the rows of each\n"
     "group of --by are followed by its roll-up, whose label is the roll-up in\n"
     "words and whose score is the mean score, and the last row is the\n"
     "programme's roll-up.\n"),
  "",
  N_("The text format fits in the width of the terminal, or in 80 columns when\n"
     "standard output is not a terminal; longer lines are wrapped. The\n"
     "attainment of an indicator with several targets (or a target for each\n"
     "disaggregation value) is the lowest of them; its status is the worst.\n"),
  "",
  N_("The measurements are checked as \"doson-ctr validate\" checks them, and\n"
     "none is left out: a measurement of an indicator the programme does not\n"
     "have, of a year outside its term, of a level it does not have, or whose\n"
     "value does not suit the indicator (a percentage over 100) stops the\n"
     "report, and nothing is written. Parts that do not add up to their whole\n"
     "are the report's warnings.\n"),
  "",
  N_("Exit status: 0 success; 1 a file cannot be loaded or a measurement cannot\n"
     "be assessed (each message gives FILE:LINE and the field), there is no\n"
     "measurement to take a year from, the programme has no indicator ID\n"
     "(--explain), or the output cannot be written; 2 bad usage, including a\n"
     "year the programme cannot be assessed as of, or for --format draft a year\n"
     "outside the programme's term.\n"),
  NULL
};

/* ------------------------------------------------------------------------
 * doson-ctr report
 * ------------------------------------------------------------------------ */

/* Parses --format (draft, or a document format) and --by; prints an
 * error and returns FALSE for a value the subcommand does not know. */
static gboolean
parse_format_and_grouping (const char             *format_text,
                           const char             *by_text,
                           DosonCtrDocumentFormat *format,
                           gboolean               *draft,
                           DosonCtrReportGrouping *grouping)
{
  *format = DOSON_CTR_DOCUMENT_FORMAT_TEXT;
  *draft = g_strcmp0 (format_text, "draft") == 0;
  if (format_text != NULL && !*draft && !doson_ctr_document_format_from_string (format_text, format))
    {
      cli_error (SUBCOMMAND, _("--format: unknown format \"%s\" (use text, json, csv, markdown, html or draft)"),
                 format_text);
      return FALSE;
    }
  *grouping = DOSON_CTR_REPORT_GROUPING_GOAL;
  if (by_text != NULL && !doson_ctr_report_grouping_from_string (by_text, grouping))
    {
      cli_error (SUBCOMMAND, _("--by: unknown grouping \"%s\" (use goal or unit)"), by_text);
      return FALSE;
    }
  return TRUE;
}

/* Parses --color into whether the text is coloured; prints an error and
 * returns FALSE for a value the subcommand does not know. */
static gboolean
parse_colour (const char *when,
              gboolean    to_terminal,
              gboolean   *colour)
{
  const char *term = g_getenv ("TERM");

  if (when == NULL || strcmp (when, "auto") == 0)
    *colour = to_terminal && g_getenv ("NO_COLOR") == NULL && (term == NULL || strcmp (term, "dumb") != 0);
  else if (strcmp (when, "always") == 0 || strcmp (when, "never") == 0)
    *colour = strcmp (when, "always") == 0;
  else
    {
      cli_error (SUBCOMMAND, _("--color: unknown value \"%s\" (use auto, always or never)"), when);
      return FALSE;
    }
  return TRUE;
}

/* Parses --draft-format, which goes with --format draft only, as
 * --superior does; prints an error and returns FALSE otherwise. */
static gboolean
parse_draft_format (const char          *text,
                    gboolean             draft,
                    const char          *superior,
                    DosonCtrDraftFormat *format)
{
  *format = DOSON_CTR_DRAFT_FORMAT_MARKDOWN;
  if (!draft && text != NULL)
    {
      cli_error (SUBCOMMAND, _("--draft-format goes with --format draft"));
      return FALSE;
    }
  if (!draft && superior != NULL)
    {
      cli_error (SUBCOMMAND, _("--superior goes with --format draft"));
      return FALSE;
    }
  if (text != NULL && !doson_ctr_draft_format_from_string (text, format))
    {
      cli_error (SUBCOMMAND, _("--draft-format: unknown format \"%s\" (use markdown or html)"), text);
      return FALSE;
    }
  return TRUE;
}

/* The width of the terminal on standard output, or 80. */
static guint
output_width (gboolean to_terminal)
{
  struct winsize size;

  if (to_terminal && ioctl (STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0)
    return size.ws_col;
  return 80;
}

/* Parses --csv-style; prints an error and returns FALSE for a value the
 * subcommand does not know. */
static gboolean
parse_csv_style (const char       *style_text,
                 DosonCtrCsvStyle *style)
{
  *style = DOSON_CTR_CSV_STYLE_PLAIN;
  if (style_text != NULL && !doson_ctr_csv_style_from_string (style_text, style))
    {
      cli_error (SUBCOMMAND, _("--csv-style: unknown style \"%s\" (use plain, excel or vi)"),
                 style_text);
      return FALSE;
    }
  return TRUE;
}

/* Loads the programme and the measurements and assesses them; prints an
 * error and returns NULL with *status set when that fails. */
static DosonCtrAssessment *
assess (const char       *program_path,
        const char       *data_path,
        gboolean          style_asked,
        DosonCtrCsvStyle  data_style,
        int               year,
        int              *status)
{
  g_autoptr (DosonCtrProgram) program = NULL;
  g_autoptr (DosonCtrMeasurementSet) set = NULL;
  g_autoptr (GError) error = NULL;
  DosonCtrAssessment *assessment;

  *status = CLI_EXIT_DATA;
  program = cli_load_program (program_path, &error);
  if (program == NULL)
    {
      cli_error (SUBCOMMAND, "%s", error->message);
      return NULL;
    }
  if (data_path != NULL && style_asked)
    set = doson_ctr_measurement_set_new_from_file_in_style (data_path, data_style, &error);
  else if (data_path != NULL)
    set = doson_ctr_measurement_set_new_from_file (data_path, &error);
  else
    set = doson_ctr_measurement_set_new ();
  if (set == NULL)
    {
      cli_error (SUBCOMMAND, "%s", error->message);
      return NULL;
    }

  assessment = doson_ctr_assessment_new (program, set, year, NULL, &error);
  if (assessment == NULL)
    {
      cli_error (SUBCOMMAND, "%s%s", error->message,
                 g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_EMPTY)
                 ? " (--year), or measurements (--data)" : "");
      if (g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_ARGUMENT))
        *status = CLI_EXIT_USAGE;
    }
  return assessment;
}

/* The document the options ask for: the draft, one indicator explained,
 * or the report in @format; NULL with a message and *@status set. */
static char *
report_document (DosonCtrReport         *report,
                 DosonCtrDocumentFormat  format,
                 gboolean                draft,
                 DosonCtrDraftFormat     draft_format,
                 const char             *explain,
                 int                    *status)
{
  g_autoptr (GError) error = NULL;
  char *document;

  if (draft)
    {
      document = doson_ctr_report_draft_to_string (report, draft_format, &error);
      if (document == NULL)
        {
          cli_error (SUBCOMMAND, _("--year: %s"), error->message);
          *status = CLI_EXIT_USAGE;
        }
      return document;
    }
  if (explain != NULL)
    {
      document = doson_ctr_report_explain_indicator (report, explain, &error);
      if (document == NULL)
        {
          cli_error (SUBCOMMAND, "--explain: %s", error->message);
          *status = CLI_EXIT_DATA;
        }
      return document;
    }
  return doson_ctr_report_to_string (report, format);
}

int
cli_report (int    argc,
            char **argv)
{
  g_autofree char *program_path = NULL;
  g_autofree char *data_path = NULL;
  g_autofree char *year_text = NULL;
  g_autofree char *by_text = NULL;
  g_autofree char *format_text = NULL;
  g_autofree char *lang_text = NULL;
  g_autofree char *csv_style_text = NULL;
  g_autofree char *data_style_text = NULL;
  g_autofree char *colour_text = NULL;
  g_autofree char *output = NULL;
  g_autofree char *explain = NULL;
  g_autofree char *draft_format_text = NULL;
  g_autofree char *superior = NULL;
  const GOptionEntry entries[] = {
    { "program", 0, 0, G_OPTION_ARG_FILENAME, &program_path, "A programme file", "FILE" },
    { "data", 0, 0, G_OPTION_ARG_FILENAME, &data_path, "A measurement file", "FILE" },
    { "year", 0, 0, G_OPTION_ARG_STRING, &year_text, "The as-of year", "Y" },
    { "by", 0, 0, G_OPTION_ARG_STRING, &by_text, "goal or unit", "GROUP" },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_text, "text, json, csv, markdown or draft", "FORMAT" },
    { "draft-format", 0, 0, G_OPTION_ARG_STRING, &draft_format_text, "markdown or html", "F" },
    { "superior", 0, 0, G_OPTION_ARG_STRING, &superior, "The body above the issuer", "NAME" },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &lang_text, "vi or en", "LANG" },
    { "csv-style", 0, 0, G_OPTION_ARG_STRING, &csv_style_text, "plain, excel or vi", "STYLE" },
    { "data-csv-style", 0, 0, G_OPTION_ARG_STRING, &data_style_text, "auto, plain or vi", "STYLE" },
    { "color", 0, 0, G_OPTION_ARG_STRING, &colour_text, "auto, always or never", "WHEN" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write to FILE", "FILE" },
    { "explain", 0, 0, G_OPTION_ARG_STRING, &explain, "Explain one indicator", "ID" },
    { NULL, 0, 0, G_OPTION_ARG_NONE, NULL, NULL, NULL }
  };
  g_autoptr (DosonCtrAssessment) assessment = NULL;
  g_autoptr (DosonCtrReport) report = NULL;
  g_autofree char *document = NULL;
  g_autoptr (GString) out = NULL;
  g_autoptr (GError) error = NULL;
  DosonCtrDocumentFormat format;
  DosonCtrDraftFormat draft_format;
  DosonCtrReportGrouping grouping;
  DosonCtrCsvStyle csv_style, data_style;
  gboolean to_terminal, colour, data_style_asked, draft;
  const char *lang;
  gint64 year = 0;
  int status;

  g_return_val_if_fail (argc >= 1 && argv != NULL, CLI_EXIT_USAGE);

  status = cli_parse_options (SUBCOMMAND, help_text, entries, argc, argv, NULL);
  if (status >= 0)
    return status;
  to_terminal = (output == NULL || strcmp (output, "-") == 0) && isatty (STDOUT_FILENO);
  if (!parse_format_and_grouping (format_text, by_text, &format, &draft, &grouping)
      || !parse_draft_format (draft_format_text, draft, superior, &draft_format)
      || !parse_csv_style (csv_style_text, &csv_style)
      || !cli_parse_data_csv_style (SUBCOMMAND, data_style_text, &data_style_asked, &data_style)
      || !parse_colour (colour_text, to_terminal, &colour)
      || !cli_parse_lang (SUBCOMMAND, lang_text, &lang))
    return CLI_EXIT_USAGE;
  if (explain != NULL && (format != DOSON_CTR_DOCUMENT_FORMAT_TEXT || draft))
    {
      cli_error (SUBCOMMAND, _("--explain writes text: leave out --format"));
      return CLI_EXIT_USAGE;
    }
  if (year_text != NULL
      && !g_ascii_string_to_signed (year_text, 10, 1900, 2200, &year, NULL))
    {
      cli_error (SUBCOMMAND, _("--year: \"%s\" is not a year from 1900 to 2200"), year_text);
      return CLI_EXIT_USAGE;
    }

  assessment = assess (program_path, data_path, data_style_asked, data_style, (int) year,
                       &status);
  if (assessment == NULL)
    return status;
  report = doson_ctr_report_new (assessment, &error);
  if (report == NULL)
    {
      cli_error (SUBCOMMAND, "%s", error->message);
      return CLI_EXIT_DATA;
    }
  doson_ctr_report_set_csv_style (report, csv_style);
  doson_ctr_report_set_grouping (report, grouping);
  doson_ctr_report_set_lang (report, lang);
  doson_ctr_report_set_data_name (report, data_path);
  doson_ctr_report_set_colour (report, format == DOSON_CTR_DOCUMENT_FORMAT_TEXT && !draft && colour);
  doson_ctr_report_set_width (report, output_width (to_terminal));
  doson_ctr_report_set_superior_body (report, superior);

  document = report_document (report, format, draft, draft_format, explain, &status);
  if (document == NULL)
    return status;
  out = g_string_new (document);
  return cli_write_output (SUBCOMMAND, output, out);
}
