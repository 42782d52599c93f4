/* cli-progress.c: the `doson-ctr progress` subcommand
 *
 * SPDX-License-Identifier: CC0-1.0
 *
 * The progress of many series, measured by a published method, from a
 * measurements file in long CSV format, with #DosonCtrProgressTable:
 *
 *   doson-ctr progress --method open-sdg --data measurements.csv
 *   doson-ctr progress --method unsd-ratio --settings targets.csv \
 *       --summary --output progress.csv --data measurements.csv
 *
 * Every input is read and checked before the first byte of output is
 * written, so a bad input never leaves half an output; with --output, the
 * output is written to a temporary file as it is made, which then
 * replaces the file atomically.
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

#define SUBCOMMAND "progress"

static const char * const help_text[] = {
  N_("Usage: doson-ctr progress --method METHOD [--settings SETTINGS.csv]\n"
     "                          [--summary] [--format csv|json|text] [--lang vi|en]\n"
     "                          [--output FILE]\n"
     "                          [--max-series N] [--jobs N] --data MEASUREMENTS.csv\n"),
  "",
  N_("Measures the progress of every series of MEASUREMENTS.csv (\"-\" for\n"
     "standard input) towards its target with a published method, reading the\n"
     "file as a stream: memory grows with the number of series, not of rows.\n"),
  "",
  N_("Options:\n"),
  N_("  --data=FILE         the measurements (below); the file may also be given\n"
     "                      as the one argument after the options, as before\n"),
  N_("  --method=METHOD     the method, one of:\n"
     "      open-sdg        Open SDG / Statistics Canada (sdg-build 2.4.0). With a\n"
     "                      target: PV = s*d*CAGR_actual/|CAGR_required|, cut-offs\n"
     "                      0.95 / 0.60 / 0; without: PV = s*d*CAGR_actual, cut-offs\n"
     "                      1.5 % / 0.5 % / 0, scaled down near a natural limit.\n"
     "                      A target already met is target_achieved. A base or\n"
     "                      target of exactly 0 counts as 0.001. Score -5 to 5.\n"
     "      unsd-ratio      UNSD Progress Chart 2020-2022: CAGR_actual /\n"
     "                      CAGR_required, cut-offs 0.95 / 0.5 / -0.1; needs a\n"
     "                      target. No score.\n"
     "      expected-value  UNSD from 2023: the value projected to the target year\n"
     "                      at the actual rate against the target, (v^_T - v_b) /\n"
     "                      (v_T - v_b), cut-offs 0.95 / 0.5 / -0.1; needs a\n"
     "                      target. No score.\n"),
  N_("  --settings=FILE     the settings of the series (CSV, below); without it,\n"
     "                      every series has the defaults\n"),
  N_("  --summary           also roll the series up by group: with --format csv, a\n"
     "                      blank line and a second table follow the first\n"),
  N_("  --format=FORMAT     csv (the default), json or text (a table for people)\n"),
  N_("  --lang=LANG         vi or en, the language of --format text; the default\n"
     "                      comes from the locale (LC_ALL, LC_MESSAGES, LANG),\n"
     "                      English unless it is Vietnamese\n"),
  N_("  --max-series=N      hold at most N series, from 1 to 1000000000 (default\n"
     "                      20000000, about 3 GB); a file with more stops with an\n"
     "                      error that names the line of the first series too many\n"),
  N_("  --jobs=N            read the settings and the measurements and write the\n"
     "                      results on N threads, from 1 to 256 (default: the\n"
     "                      number of processors); the output is the same\n"
     "                      whatever N\n"),
  N_("  -o, --output=FILE   write to FILE, replacing it atomically, instead of to\n"
     "                      standard output (\"-\"); nothing is written unless the\n"
     "                      whole run succeeds\n"),
  N_("  -h, --help          show this help and exit\n"),
  "",
  N_("Defaults of every method: higher is better, no target, the earliest year\n"
     "with data is the base year, the latest is the current year, no natural\n"
     "limit, the method's own cut-offs.\n"),
  "",
  N_("MEASUREMENTS.csv (UTF-8, comma-separated, RFC 4180 quoting): a header\n"
     "naming the columns series, year and value in any order (other columns are\n"
     "ignored), then one row per observation, in any order:\n"
     "  series,year,value\n"
     "  W01234-party-admission-rate,2015,12.5\n"
     "Years are integers from 1900 to 2200; values are decimal numbers with a\n"
     "dot (12.5, -3, 1e6), no thousands separators, no NaN. An empty value means\n"
     "no observation that year (never zero). A series has one value a year.\n"),
  "",
  N_("SETTINGS.csv: a header naming series and any of direction (higher or\n"
     "lower), target, target_year (2030 when a target has none; ignored\n"
     "without a target, as in Open SDG), base_year, limit (a natural limit,\n"
     "open-sdg without a target) and group (for --summary); one row per series;\n"
     "an empty cell keeps the default. Any other column is an error. Series are\n"
     "listed in the order of the settings, then of the measurements; a series\n"
     "with settings but no data is listed as not_available.\n"),
  "",
  N_("Output (csv):\n"
     "  series,base_year,base_value,current_year,current_value,progress,status,score\n"
     "one row per series; with --summary, after a blank line:\n"
     "  group,series,score,status\n"
     "one row per group with its number of series and the mean score (series\n"
     "without a group form one group with an empty name). A figure that does\n"
     "not exist is an empty cell (null in JSON); numbers have the fewest digits\n"
     "that read back exactly. Statuses: target_achieved, substantial_progress,\n"
     "moderate_progress, limited_progress, deterioration, not_available.\n"
     "Output (json): {\"method\": ..., \"series\": [{\"series\": ..., \"group\": ...,\n"
     "  \"base_year\": ..., ...}], \"summary\": [...]} (summary with --summary).\n"
     "Output (text): the same columns in words, aligned, with a heading row in\n"
     "the chosen language: the progress as a percentage, the status in words\n"
     "(\"On track\", \"Đúng tiến độ\"), numbers grouped by thousands (1,234.5 in\n"
     "English, 1.234,5 in Vietnamese) and \"–\" for a figure that does not\n"
     "exist; with --summary, a second table of the groups after a blank line.\n"),
  "",
  N_("Exit status:\n"
     "  0  success\n"
     "  1  bad input (the message names the file, the line and the field), or\n"
     "     the output cannot be written\n"
     "  2  bad usage: an unknown option or method, a missing file argument\n"),
  NULL
};

/* Sets @error from errno, its message the system's text after @prefix. */
static void
set_error_from_errno (GError     **error,
                      const char  *prefix)
{
  int saved_errno = errno;

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               "%s%s", prefix, g_strerror (saved_errno));
}

/* A GInputStream over the C standard input, so that "-" streams like a
 * file without a platform-specific stream. */
#define CLI_TYPE_STDIN_STREAM (cli_stdin_stream_get_type ())
G_DECLARE_FINAL_TYPE (CliStdinStream, cli_stdin_stream, CLI, STDIN_STREAM, GInputStream)

struct _CliStdinStream
{
  GInputStream parent_instance;
};

G_DEFINE_TYPE (CliStdinStream, cli_stdin_stream, G_TYPE_INPUT_STREAM)

static gssize
cli_stdin_stream_read (GInputStream  *stream,
                       void          *buffer,
                       gsize          count,
                       GCancellable  *cancellable,
                       GError       **error)
{
  size_t n;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return -1;

  n = fread (buffer, 1, count, stdin);
  if (n == 0 && ferror (stdin))
    {
      set_error_from_errno (error, "");
      return -1;
    }
  return (gssize) n;
}

static gboolean
cli_stdin_stream_close (GInputStream  *stream,
                        GCancellable  *cancellable,
                        GError       **error)
{
  return TRUE;
}

static void
cli_stdin_stream_class_init (CliStdinStreamClass *klass)
{
  GInputStreamClass *stream_class = G_INPUT_STREAM_CLASS (klass);

  stream_class->read_fn = cli_stdin_stream_read;
  stream_class->close_fn = cli_stdin_stream_close;
}

static void
cli_stdin_stream_init (CliStdinStream *self)
{
}

/* A GOutputStream over the C standard output. */
#define CLI_TYPE_STDOUT_STREAM (cli_stdout_stream_get_type ())
G_DECLARE_FINAL_TYPE (CliStdoutStream, cli_stdout_stream, CLI, STDOUT_STREAM, GOutputStream)

struct _CliStdoutStream
{
  GOutputStream parent_instance;
};

G_DEFINE_TYPE (CliStdoutStream, cli_stdout_stream, G_TYPE_OUTPUT_STREAM)

static gssize
cli_stdout_stream_write (GOutputStream  *stream,
                         const void     *buffer,
                         gsize           count,
                         GCancellable   *cancellable,
                         GError        **error)
{
  if (fwrite (buffer, 1, count, stdout) != count)
    {
      set_error_from_errno (error, "");
      return -1;
    }
  return (gssize) count;
}

static gboolean
cli_stdout_stream_flush (GOutputStream  *stream,
                         GCancellable   *cancellable,
                         GError        **error)
{
  if (fflush (stdout) != 0)
    {
      set_error_from_errno (error, _("cannot write: "));
      return FALSE;
    }
  return TRUE;
}

static void
cli_stdout_stream_class_init (CliStdoutStreamClass *klass)
{
  GOutputStreamClass *stream_class = G_OUTPUT_STREAM_CLASS (klass);

  stream_class->write_fn = cli_stdout_stream_write;
  stream_class->flush = cli_stdout_stream_flush;
}

static void
cli_stdout_stream_init (CliStdoutStream *self)
{
}

/* Writes the results in @format (text, csv or json) and @lang to @stream. */
static gboolean
write_results (DosonCtrProgressTable   *table,
               GOutputStream           *stream,
               DosonCtrDocumentFormat   format,
               const char              *lang,
               gboolean                 summary,
               GError                 **error)
{
  if (format == DOSON_CTR_DOCUMENT_FORMAT_JSON)
    return doson_ctr_progress_table_write_json (table, stream, summary, NULL, error);
  if (format == DOSON_CTR_DOCUMENT_FORMAT_TEXT)
    return doson_ctr_progress_table_write_text (table, stream, summary, lang, NULL, error);

  return doson_ctr_progress_table_write_csv (table, stream, NULL, error)
         && (!summary
             || (g_output_stream_write_all (stream, "\n", 1, NULL, NULL, error)
                 && doson_ctr_progress_table_write_summary_csv (table, stream, NULL, error)));
}

/* Opens @path for reading, or standard input for "-"; *name is what
 * messages call it. */
static GInputStream *
open_input (const char  *path,
            const char **name,
            GError     **error)
{
  g_autoptr(GFile) file = NULL;

  if (strcmp (path, "-") == 0)
    {
      *name = "<stdin>";
      return g_object_new (CLI_TYPE_STDIN_STREAM, NULL);
    }

  *name = path;
  file = g_file_new_for_commandline_arg (path);
  return G_INPUT_STREAM (g_file_read (file, NULL, error));
}

static void
report (const GError *error)
{
  cli_error (SUBCOMMAND, "%s", error->message);
}

/* The measurements file, from --data or the one positional argument, and
 * the options that need checking, in that order; CLI_EXIT_OK or a usage
 * error. */
static int
check_arguments (char * const            *operands,
                 const char             **data_path,
                 const char              *method_text,
                 const char              *format_text,
                 const char              *settings_path,
                 const char              *max_series_text,
                 DosonCtrProgressMethod  *method,
                 DosonCtrDocumentFormat  *format,
                 guint64                 *max_series)
{
  if (*data_path == NULL && operands[0] == NULL)
    {
      cli_error (SUBCOMMAND, _("the measurements file is missing: give --data FILE "
                               "(try \"doson-ctr progress --help\")"));
      return CLI_EXIT_USAGE;
    }
  if (operands[*data_path == NULL ? 1 : 0] != NULL)
    {
      cli_error (SUBCOMMAND, _("unexpected argument \"%s\": give one measurements file "
                               "(try \"doson-ctr progress --help\")"),
                 operands[*data_path == NULL ? 1 : 0]);
      return CLI_EXIT_USAGE;
    }
  if (*data_path == NULL)
    *data_path = operands[0];
  if (method_text == NULL)
    {
      cli_error (SUBCOMMAND, _("--method is required: open-sdg, unsd-ratio or "
                               "expected-value (try \"doson-ctr progress --help\")"));
      return CLI_EXIT_USAGE;
    }
  if (!doson_ctr_progress_method_from_string (method_text, method))
    {
      cli_error (SUBCOMMAND, _("--method: unknown method \"%s\" (use open-sdg, "
                               "unsd-ratio or expected-value)"), method_text);
      return CLI_EXIT_USAGE;
    }
  *format = DOSON_CTR_DOCUMENT_FORMAT_CSV;
  if (format_text != NULL
      && (!doson_ctr_document_format_from_string (format_text, format)
          || *format == DOSON_CTR_DOCUMENT_FORMAT_MARKDOWN
          || *format == DOSON_CTR_DOCUMENT_FORMAT_HTML))
    {
      cli_error (SUBCOMMAND, _("--format: unknown format \"%s\" (use csv, json or text)"),
                 format_text);
      return CLI_EXIT_USAGE;
    }
  if (max_series_text != NULL
      && !g_ascii_string_to_unsigned (max_series_text, 10, 1, 1000000000, max_series, NULL))
    {
      cli_error (SUBCOMMAND, _("--max-series: \"%s\" is not a number from 1 to 1000000000"),
                 max_series_text);
      return CLI_EXIT_USAGE;
    }
  if (settings_path != NULL && strcmp (settings_path, "-") == 0
      && strcmp (*data_path, "-") == 0)
    {
      cli_error (SUBCOMMAND, _("the settings and the measurements cannot both be "
                               "read from standard input"));
      return CLI_EXIT_USAGE;
    }
  return CLI_EXIT_OK;
}

/* Reads the settings, when given, then the measurements into @table. */
static gboolean
load_inputs (DosonCtrProgressTable  *table,
             const char             *settings_path,
             const char             *measurements_path,
             GError                **error)
{
  g_autoptr(GInputStream) input = NULL;
  const char *name;

  if (settings_path != NULL)
    {
      g_autoptr(GInputStream) settings = open_input (settings_path, &name, error);

      if (settings == NULL
          || !doson_ctr_progress_table_load_settings (table, settings, name, NULL, error))
        return FALSE;
    }
  input = open_input (measurements_path, &name, error);
  return input != NULL
         && doson_ctr_progress_table_load_measurements (table, input, name, NULL, error);
}

/* What write_results() needs, for doson_ctr_write_file_atomically_with(). */
typedef struct
{
  DosonCtrProgressTable  *table;
  DosonCtrDocumentFormat  format;
  const char             *lang;
  gboolean                summary;
} OutputJob;

static gboolean
write_job (GOutputStream  *stream,
           gpointer        user_data,
           GError        **error)
{
  const OutputJob *job = user_data;

  return write_results (job->table, stream, job->format, job->lang, job->summary, error);
}

/* Every input has been read and checked: nothing can fail from here on
 * but writing.  To standard output, the results go straight out; to a
 * file, they are written as they are made to a temporary file that then
 * replaces it atomically (or is removed if writing fails). */
static int
write_output (DosonCtrProgressTable  *table,
              const char             *output,
              DosonCtrDocumentFormat  format,
              const char             *lang,
              gboolean                summary)
{
  g_autoptr(GError) error = NULL;
  OutputJob job = { table, format, lang, summary };

  if (output == NULL || strcmp (output, "-") == 0)
    {
      g_autoptr(GOutputStream) stream = g_object_new (CLI_TYPE_STDOUT_STREAM, NULL);

      if (!write_results (table, stream, format, lang, summary, &error)
          || !g_output_stream_flush (stream, NULL, &error))
        {
          cli_error (SUBCOMMAND, _("standard output: %s"), error->message);
          return CLI_EXIT_DATA;
        }
    }
  else if (!doson_ctr_write_file_atomically_with (output, write_job, &job, &error))
    {
      report (error);
      return CLI_EXIT_DATA;
    }
  return CLI_EXIT_OK;
}

int
cli_progress (int    argc,
              char **argv)
{
  g_autofree char *method_text = NULL;
  g_autofree char *settings_path = NULL;
  g_autofree char *format_text = NULL;
  g_autofree char *output = NULL;
  g_autofree char *max_series_text = NULL;
  g_autofree char *jobs_text = NULL;
  guint64 jobs = MIN (g_get_num_processors (), 256);
  g_autofree char *data_option = NULL;
  g_autofree char *lang_text = NULL;
  const char *data_path;
  const char *lang;
  guint64 max_series = 0;
  gboolean summary = FALSE;
  const GOptionEntry entries[] = {
    { "data", 0, 0, G_OPTION_ARG_FILENAME, &data_option, "The measurements", "FILE" },
    { "method", 0, 0, G_OPTION_ARG_STRING, &method_text, "The method", "METHOD" },
    { "settings", 0, 0, G_OPTION_ARG_FILENAME, &settings_path, "The settings", "FILE" },
    { "summary", 0, 0, G_OPTION_ARG_NONE, &summary, "Roll up by group", NULL },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_text, "csv, json or text", "FORMAT" },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &lang_text, "vi or en", "LANG" },
    { "max-series", 0, 0, G_OPTION_ARG_STRING, &max_series_text, "The most series", "N" },
    { "jobs", 0, 0, G_OPTION_ARG_STRING, &jobs_text, "Threads", "N" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write to FILE", "FILE" },
    { NULL, 0, 0, G_OPTION_ARG_NONE, NULL, NULL, NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(DosonCtrProgressTable) table = NULL;
  g_auto(GStrv) operands = NULL;
  DosonCtrProgressMethod method;
  DosonCtrDocumentFormat format;
  int status;

  g_return_val_if_fail (argc >= 1 && argv != NULL, CLI_EXIT_USAGE);

  status = cli_parse_options (SUBCOMMAND, help_text, entries, argc, argv, &operands);
  if (status >= 0)
    return status;

  data_path = data_option;
  status = check_arguments (operands, &data_path, method_text, format_text, settings_path,
                            max_series_text, &method, &format, &max_series);
  if (status != CLI_EXIT_OK)
    return status;
  if (!cli_parse_lang (SUBCOMMAND, lang_text, &lang))
    return CLI_EXIT_USAGE;
  if (jobs_text != NULL && !g_ascii_string_to_unsigned (jobs_text, 10, 1, 256, &jobs, NULL))
    {
      cli_error (SUBCOMMAND, _("--jobs: \"%s\" is not a number from 1 to 256"), jobs_text);
      return CLI_EXIT_USAGE;
    }

  table = doson_ctr_progress_table_new (method);
  if (max_series_text != NULL)
    doson_ctr_progress_table_set_max_series (table, (guint) max_series);
  doson_ctr_progress_table_set_jobs (table, (guint) jobs);
  if (!load_inputs (table, settings_path, data_path, &error))
    {
      report (error);
      return CLI_EXIT_DATA;
    }
  return write_output (table, output, format, lang, summary);
}
