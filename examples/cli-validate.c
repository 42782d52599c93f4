/* cli-validate.c: the `doson-ctr validate` subcommand
 *
 * SPDX-License-Identifier: CC0-1.0
 *
 * Checks a programme file and a measurement file and lists every problem:
 *
 *   doson-ctr validate --program ward.json --data figures.json
 *   doson-ctr validate --data figures.csv --format json --max-problems 50
 *
 * The library finds the problems, in one pass over each file
 * (doson_ctr_program_validate_file(),
 * doson_ctr_measurement_set_validate_file()); this subcommand only prints
 * them.
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <string.h>

#include <json-glib/json-glib.h>

#include "cli.h"

#define SUBCOMMAND "validate"

static const char * const help_text[] = {
  N_("Usage: doson-ctr validate [--program FILE] [--data FILE] [--format text|json]\n"
     "                          [--max-problems N] [--lang vi|en] [--output FILE]\n"
     "                          [--data-csv-style auto|plain|vi]\n"),
  "",
  N_("Checks a programme and its measurements and lists every problem, one per\n"
     "line on standard output, as FILE:LINE:COLUMN: PATH: message for a JSON\n"
     "file and FILE:LINE: field \"COLUMN\": message for a CSV file: every check\n"
     "of the loaders (doc/formats.md), measurements of indicators the programme\n"
     "does not have, years outside the term, levels and values that do not suit\n"
     "the indicator, and parts that do not add up to their whole or a subset\n"
     "larger than its whole.\n"),
  "",
  N_("Options:\n"),
  N_("  --program=FILE    a programme file; without it, the programme built into\n"
     "                    the library, 03-CTr/ĐU\n"),
  N_("  --data=FILE       a measurement file, JSON or (for a name ending in .csv)\n"
     "                    CSV; without it, only the programme is checked\n"),
  CLI_DATA_CSV_STYLE_HELP,
  N_("  --format=FORMAT   text (the default) or json: an object whose \"problems\"\n"
     "                    lists each problem's file, line, column, field (a JSON\n"
     "                    path or a CSV column), code and message (null for what\n"
     "                    a problem does not have), with \"count\" and \"not_shown\"\n"),
  N_("  --max-problems=N  print at most N problems (all are counted)\n"),
  N_("  --lang=LANG       vi or en, the language of the line printed when there\n"
     "                    is no problem; the default comes from the locale\n"),
  N_("  -o, --output=FILE write the problems to FILE, replacing it atomically,\n"
     "                    instead of to standard output (\"-\")\n"),
  N_("  -h, --help        show this help and exit\n"),
  "",
  N_("Each file is read once; a bad entry or record is listed and the reading\n"
     "goes on. After a syntax error (malformed JSON or CSV, invalid UTF-8)\n"
     "nothing more of that file can be checked. When the programme has problems,\n"
     "the measurements are checked on their own but not against it.\n"),
  "",
  N_("Exit status: 0 no problem (with --format text, one line \"ok: ...\" is\n"
     "printed); 1 at least one problem; 2 bad usage.\n"),
  NULL
};

/* The options, once parsed. */
typedef struct
{
  char *program_path;
  char *data_path;
  char *format;
  char *max_problems_text;
  char *output;
  char *data_style_text;
  gboolean json;
  gboolean data_style_asked;
  DosonCtrCsvStyle data_style;
  guint max_problems;
  char *lang_text;
  const char *lang;
} Options;

static void
options_clear (Options *options)
{
  g_free (options->program_path);
  g_free (options->data_path);
  g_free (options->format);
  g_free (options->max_problems_text);
  g_free (options->output);
  g_free (options->data_style_text);
  g_free (options->lang_text);
}

/* Parses argv; -1 to go on, else the exit status. */
static int
parse_options (Options  *options,
               int       argc,
               char    **argv)
{
  const GOptionEntry entries[] = {
    { "program", 0, 0, G_OPTION_ARG_FILENAME, &options->program_path, "A programme file", "FILE" },
    { "data", 0, 0, G_OPTION_ARG_FILENAME, &options->data_path, "A measurement file", "FILE" },
    { "format", 0, 0, G_OPTION_ARG_STRING, &options->format, "text or json", "FORMAT" },
    { "max-problems", 0, 0, G_OPTION_ARG_STRING, &options->max_problems_text,
      "Print at most N problems", "N" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &options->output, "Write to FILE", "FILE" },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &options->lang_text, "vi or en", "LANG" },
    { "data-csv-style", 0, 0, G_OPTION_ARG_STRING, &options->data_style_text,
      "auto, plain or vi", "STYLE" },
    { NULL, 0, 0, G_OPTION_ARG_NONE, NULL, NULL, NULL }
  };
  int status;

  status = cli_parse_options (SUBCOMMAND, help_text, entries, argc, argv, NULL);
  if (status >= 0)
    return status;
  if (options->format != NULL && strcmp (options->format, "json") != 0
      && strcmp (options->format, "text") != 0)
    {
      cli_error (SUBCOMMAND, _("--format: unknown format \"%s\" (use text or json)"),
                 options->format);
      return CLI_EXIT_USAGE;
    }
  options->json = g_strcmp0 (options->format, "json") == 0;
  if (!cli_parse_lang (SUBCOMMAND, options->lang_text, &options->lang))
    return CLI_EXIT_USAGE;
  if (!cli_parse_data_csv_style (SUBCOMMAND, options->data_style_text,
                                 &options->data_style_asked, &options->data_style))
    return CLI_EXIT_USAGE;
  options->max_problems = G_MAXUINT;
  if (options->max_problems_text != NULL)
    {
      guint64 n;

      if (!g_ascii_string_to_unsigned (options->max_problems_text, 10, 0, G_MAXUINT, &n, NULL))
        {
          cli_error (SUBCOMMAND, _("--max-problems: \"%s\" is not a number of problems"),
                     options->max_problems_text);
          return CLI_EXIT_USAGE;
        }
      options->max_problems = (guint) n;
    }
  return -1;
}

/* Appends the problems of @more to @all. */
static void
take_problems (GPtrArray *all,
               GPtrArray *more)
{
  guint i;

  for (i = 0; i < more->len; i++)
    g_ptr_array_add (all, doson_ctr_diagnostic_ref (g_ptr_array_index (more, i)));
  g_ptr_array_unref (more);
}

/* Adds member @key to @builder: @value, or null when it is 0. */
static void
add_count_or_null (JsonBuilder *builder,
                   const char  *key,
                   guint        value)
{
  json_builder_set_member_name (builder, key);
  if (value == 0)
    json_builder_add_null_value (builder);
  else
    json_builder_add_int_value (builder, value);
}

static void
add_string_or_null (JsonBuilder *builder,
                    const char  *key,
                    const char  *value)
{
  json_builder_set_member_name (builder, key);
  if (value == NULL)
    json_builder_add_null_value (builder);
  else
    json_builder_add_string_value (builder, value);
}

static void
add_problem (JsonBuilder              *builder,
             const DosonCtrDiagnostic *problem)
{
  GEnumClass *codes = g_type_class_ref (DOSON_CTR_TYPE_ERROR);
  GEnumValue *code = g_enum_get_value (codes, doson_ctr_diagnostic_get_code (problem));

  json_builder_begin_object (builder);
  add_string_or_null (builder, "file", doson_ctr_diagnostic_get_file (problem));
  add_count_or_null (builder, "line", doson_ctr_diagnostic_get_line (problem));
  add_count_or_null (builder, "column", doson_ctr_diagnostic_get_column (problem));
  add_string_or_null (builder, "field", doson_ctr_diagnostic_get_field (problem));
  add_string_or_null (builder, "code", code != NULL ? code->value_nick : NULL);
  add_string_or_null (builder, "message", doson_ctr_diagnostic_get_message (problem));
  json_builder_end_object (builder);
  g_type_class_unref (codes);
}

/* The problems as a JSON document (see the help). */
static void
append_json (GString   *out,
             GPtrArray *problems,
             guint      n_shown)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  g_autoptr (JsonNode) root = NULL;
  g_autofree char *text = NULL;
  guint i;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "problems");
  json_builder_begin_array (builder);
  for (i = 0; i < n_shown; i++)
    add_problem (builder, g_ptr_array_index (problems, i));
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "count");
  json_builder_add_int_value (builder, problems->len);
  json_builder_set_member_name (builder, "not_shown");
  json_builder_add_int_value (builder, problems->len - n_shown);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);
  g_string_append (out, text);
  g_string_append_c (out, '\n');
}

/* The problems, one a line. */
static void
append_text (GString   *out,
             GPtrArray *problems,
             guint      n_shown)
{
  guint i;

  for (i = 0; i < n_shown; i++)
    {
      g_autofree char *line = doson_ctr_diagnostic_to_string (g_ptr_array_index (problems, i));

      g_string_append (out, line);
      g_string_append_c (out, '\n');
    }
}

/* The programme of @options, its problems added to @problems; NULL when
 * it has any. */
static DosonCtrProgram *
check_program (const Options *options,
               GPtrArray     *problems)
{
  g_autoptr (GError) error = NULL;
  DosonCtrProgram *program = NULL;

  if (options->program_path != NULL)
    {
      take_problems (problems, doson_ctr_program_validate_file (options->program_path, &program));
      return program;
    }
  program = doson_ctr_program_new_builtin (&error);
  if (program == NULL)
    cli_error (SUBCOMMAND, _("the built-in programme: %s"), error->message);
  return program;
}

int
cli_validate (int    argc,
              char **argv)
{
  Options options = { NULL, NULL, NULL, NULL, NULL, NULL, FALSE, FALSE,
                      DOSON_CTR_CSV_STYLE_PLAIN, G_MAXUINT, NULL, NULL };
  g_autoptr (DosonCtrProgram) program = NULL;
  g_autoptr (DosonCtrMeasurementSet) set = NULL;
  g_autoptr (GPtrArray) problems = NULL;
  g_autoptr (GString) out = g_string_new (NULL);
  gboolean program_broken;
  guint n_shown;
  int status;

  g_return_val_if_fail (argc >= 1 && argv != NULL, CLI_EXIT_USAGE);

  status = parse_options (&options, argc, argv);
  if (status >= 0)
    {
      options_clear (&options);
      return status;
    }

  problems = g_ptr_array_new_with_free_func ((GDestroyNotify) doson_ctr_diagnostic_unref);
  program = check_program (&options, problems);
  program_broken = program == NULL;
  if (options.data_path != NULL)
    {
      take_problems (problems,
                     options.data_style_asked
                     ? doson_ctr_measurement_set_validate_file_in_style (options.data_path,
                                                                         options.data_style,
                                                                         program, &set)
                     : doson_ctr_measurement_set_validate_file (options.data_path, program,
                                                                &set));
      if (program_broken && options.program_path != NULL)
        cli_error (SUBCOMMAND, _("%s: not checked against the programme, which has problems"),
                   options.data_path);
    }

  n_shown = MIN (problems->len, options.max_problems);
  if (options.json)
    append_json (out, problems, n_shown);
  else if (problems->len > 0)
    append_text (out, problems, n_shown);
  else if (!program_broken)
    {
      g_autofree char *line = doson_ctr_validation_ok_to_string (program, options.data_path, set,
                                                                 options.lang);

      g_string_append (out, line);
    }
  status = problems->len > 0 || program_broken ? CLI_EXIT_DATA : CLI_EXIT_OK;
  if (cli_write_output (SUBCOMMAND, options.output, out) != CLI_EXIT_OK)
    status = CLI_EXIT_DATA;
  if (problems->len > n_shown)
    cli_error (SUBCOMMAND,
               ngettext ("%u problem found, %u not printed (--max-problems %u)",
                         "%u problems found, %u not printed (--max-problems %u)", problems->len),
               problems->len, problems->len - n_shown, n_shown);
  else if (problems->len > 0)
    cli_error (SUBCOMMAND, ngettext ("%u problem found", "%u problems found", problems->len),
               problems->len);
  options_clear (&options);
  return status;
}
