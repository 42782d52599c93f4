/* cli.h: what the subcommands of the doson-ctr program share
 *
 * SPDX-License-Identifier: CC0-1.0
 *
 * The doson-ctr program is an example of the public API: it includes only
 * <doson-ctr/doson-ctr.h> and links only the shared library. Its own
 * messages go through gettext (<glib/gi18n.h>: _() and N_()); the
 * catalogues are in po/ (HACKING.md, "Translations").
 */

#ifndef DOSON_CTR_CLI_H
#define DOSON_CTR_CLI_H

#include <glib/gi18n.h>

#include <doson-ctr/doson-ctr.h>

/* Exit statuses of every subcommand. */
enum {
  CLI_EXIT_OK = 0,     /* success */
  CLI_EXIT_DATA = 1,   /* bad input: a file or value that cannot be used */
  CLI_EXIT_USAGE = 2   /* bad usage: unknown option, missing argument */
};

/* Each subcommand: argv[0] is the subcommand's name. Returns an exit
 * status from the enum above and prints its own errors on stderr. */
int cli_growth (int argc, char **argv);
int cli_progress (int argc, char **argv);

/* Prints "doson-ctr SUBCOMMAND: MESSAGE" on stderr. */
void cli_error (const char *subcommand, const char *format, ...) G_GNUC_PRINTF (2, 3);

/* Parses @argv with @entries (NULL-terminated, without --help, which is
 * added and prints @help: see cli_print_help()). With @operands NULL, positional arguments are
 * refused; otherwise @operands is set to them (a leading "--" left out),
 * to be freed with g_strfreev(). Returns -1 to go on, or the exit status
 * to return at once. */
int cli_parse_options (const char *subcommand, const char * const *help,
                       const GOptionEntry *entries, int argc, char **argv,
                       char ***operands);

/* Writes the help text @help to standard output: its pieces one after
 * the other, each translated (they are marked with N_() where they are
 * written), "" for an empty line, up to a NULL. Returns CLI_EXIT_OK, or
 * CLI_EXIT_DATA when it cannot be written. */
int cli_print_help (const char *subcommand, const char * const *help);

/* Sets @json from the --format value @text: FALSE for NULL or @other (the
 * subcommand's default, "text" or "csv"), TRUE for "json". Prints an error
 * and returns FALSE for any other format. */
gboolean cli_parse_json_format (const char *subcommand, const char *text,
                                const char *other, gboolean *json);

/* Parses a rate written as a fraction below 1 in absolute value ("0.1",
 * "-0.05") or a percentage ("10%", "-5 %", "150%"). A bare "10" (1000 %)
 * is refused with a hint, and so is any separator (see cli_parse_number()). */
gboolean cli_parse_rate (const char *text, double *rate, GError **error);

/* Parses a finite number ("1234.5", "-3", "1e6"). A comma, a second dot or
 * a blank between digits ("1,000", "10,5", "1.000.000", "1 000") is refused
 * with a hint, never read in part. */
gboolean cli_parse_number (const char *text, double *value, GError **error);

/* Writes @contents to @path atomically (a temporary file in the same
 * directory, then a rename), or to standard output when @path is NULL or
 * "-". Nothing is written when the call fails: the error is printed for
 * @subcommand (cli_error()). Returns CLI_EXIT_OK or CLI_EXIT_DATA. */
int cli_write_output (const char *subcommand, const char *path, const GString *contents);

/* The programme subcommands (cli-list.c, cli-report.c, cli-validate.c). */
int cli_list (int argc, char **argv);
int cli_report (int argc, char **argv);
int cli_validate (int argc, char **argv);

/* Open SDG data repositories (cli-opensdg.c). */
int cli_opensdg (int argc, char **argv);

/* What the programme subcommands share, defined in cli-list.c. */

/* "vi" when the first of LC_ALL, LC_MESSAGES and LANG that is set and not
 * empty is Vietnamese by doson_ctr_lang_normalize() (vi_VN.UTF-8);
 * otherwise "en". */
const char *cli_lang_from_locale (void);

/* Sets @lang to "vi" or "en" from the --lang value @text (read by
 * doson_ctr_lang_normalize(): vi-VN and vi_VN.UTF-8 are "vi"), or from the
 * locale when @text is NULL. Prints an error and returns FALSE for any
 * other language. */
gboolean cli_parse_lang (const char *subcommand, const char *text, const char **lang);

/* Sets @style from the --data-csv-style value @text, and @asked to
 * whether one was asked for: FALSE for NULL or "auto" (a CSV file is read
 * in the style its header announces). Prints an error and returns FALSE
 * for an unknown style. */
gboolean cli_parse_data_csv_style (const char *subcommand, const char *text,
                                   gboolean *asked, DosonCtrCsvStyle *style);

/* The help of --data-csv-style, the same in each subcommand: a piece of
 * their help texts (cli_print_help()). */
#define CLI_DATA_CSV_STYLE_HELP \
  N_("  --data-csv-style=STYLE\n" \
  "                    how a CSV file of --data is written: auto (the\n" \
  "                    default): as its header announces, \";\" between the\n" \
  "                    column names meaning the Vietnamese style; plain (or\n" \
  "                    excel): \",\" between fields and a decimal point\n" \
  "                    (1234.5), a file with \";\" is refused; vi: as a\n" \
  "                    spreadsheet in a Vietnamese locale saves it, \";\"\n" \
  "                    between fields, a decimal comma and dots between\n" \
  "                    thousands (1.234,5), a file without \";\" is refused\n")

/* The programme in @path, or the built-in programme when @path is NULL. */
DosonCtrProgram *cli_load_program (const char *path, GError **error);

#endif /* DOSON_CTR_CLI_H */
