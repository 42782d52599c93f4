/* cli-list.c: the `doson-ctr list` subcommand, and what the programme
 * subcommands (list, report, validate) share
 *
 * SPDX-License-Identifier: CC0-1.0
 *
 * Lists the indicators of a programme with their targets, in words:
 *
 *   doson-ctr list                          # the built-in programme 03-CTr/ĐU
 *   doson-ctr list --lang en --format json
 *   doson-ctr list --program ward.json --format csv
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <stdio.h>
#include <string.h>

#include "cli.h"

#define SUBCOMMAND "list"

static const char * const help_text[] = {
  N_("Usage: doson-ctr list [--program FILE] [--format text|json|csv] [--lang vi|en]\n"
     "                      [--output FILE]\n"),
  "",
  N_("Lists the indicators of a programme and their targets.\n"),
  "",
  N_("Options:\n"),
  N_("  --program=FILE    a programme file (doc/formats.md); without it, the\n"
     "                    programme built into the library, 03-CTr/ĐU\n"),
  N_("  --format=FORMAT   text (the default): a table for people;\n"
     "                    json: an array with one object per indicator;\n"
     "                    csv: one row per target\n"),
  N_("  --lang=LANG       vi or en, the language of names and targets; the\n"
     "                    default comes from the locale (LC_ALL, LC_MESSAGES,\n"
     "                    LANG): vi when its language is vi (vi_VN.UTF-8), en\n"
     "                    otherwise\n"),
  N_("  -o, --output=FILE write to FILE, replacing it atomically, instead of to\n"
     "                    standard output (\"-\")\n"),
  N_("  -h, --help        show this help and exit\n"),
  "",
  N_("JSON: each indicator has \"id\", \"ref\", \"name\" and \"unit\" ({\"vi\", \"en\"}),\n"
     "\"note\", \"measure\", \"direction\", \"goal\", \"units\" (the lead units),\n"
     "\"partner_units\", \"relation\" and \"related\", \"disaggregation\" (and\n"
     "\"levels\") and \"targets\": \"kind\", \"comparator\", \"value\" or \"low\",\n"
     "\"high\" and \"range\" (as in the programme file, doc/formats.md),\n"
     "\"first_year\", \"deadline_year\", \"per_disaggregation\", \"text\" (the\n"
     "document's wording, or null) and \"summary\" (the target in words). Rates\n"
     "are fractions (0.1 for 10 %/yr).\n"),
  "",
  N_("Exit status: 0 success; 1 the programme cannot be loaded or the output\n"
     "cannot be written; 2 bad usage.\n"),
  NULL
};

/* ------------------------------------------------------------------------
 * Shared by the programme subcommands (declared in cli.h)
 * ------------------------------------------------------------------------ */

const char *
cli_lang_from_locale (void)
{
  static const char * const variables[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
  gsize i;

  /* The first of them that is set and not empty decides, as for
   * setlocale(). */
  for (i = 0; i < G_N_ELEMENTS (variables); i++)
    {
      const char *value = g_getenv (variables[i]);

      if (value != NULL && *value != '\0')
        return g_strcmp0 (doson_ctr_lang_normalize (value), "vi") == 0 ? "vi" : "en";
    }
  return "en";
}

gboolean
cli_parse_lang (const char  *subcommand,
                const char  *text,
                const char **lang)
{
  if (text == NULL)
    *lang = cli_lang_from_locale ();
  else if ((*lang = doson_ctr_lang_normalize (text)) == NULL)
    {
      cli_error (subcommand, _("--lang: unknown language \"%s\" (use vi or en)"), text);
      return FALSE;
    }
  return TRUE;
}

gboolean
cli_parse_data_csv_style (const char       *subcommand,
                          const char       *text,
                          gboolean         *asked,
                          DosonCtrCsvStyle *style)
{
  *asked = text != NULL && strcmp (text, "auto") != 0;
  *style = DOSON_CTR_CSV_STYLE_PLAIN;
  if (*asked && !doson_ctr_csv_style_from_string (text, style))
    {
      cli_error (subcommand, _("--data-csv-style: unknown style \"%s\" (use auto, plain or vi)"),
                 text);
      return FALSE;
    }
  return TRUE;
}

DosonCtrProgram *
cli_load_program (const char  *path,
                  GError     **error)
{
  if (path == NULL)
    return doson_ctr_program_new_builtin (error);
  return doson_ctr_program_new_from_file (path, error);
}

/* ------------------------------------------------------------------------
 * doson-ctr list
 * ------------------------------------------------------------------------ */

int
cli_list (int    argc,
          char **argv)
{
  g_autofree char *program_path = NULL;
  g_autofree char *format_text = NULL;
  g_autofree char *lang_text = NULL;
  g_autofree char *output = NULL;
  const GOptionEntry entries[] = {
    { "program", 0, 0, G_OPTION_ARG_FILENAME, &program_path, "A programme file", "FILE" },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_text, "text, json or csv", "FORMAT" },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &lang_text, "vi or en", "LANG" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write to FILE", "FILE" },
    { NULL, 0, 0, G_OPTION_ARG_NONE, NULL, NULL, NULL }
  };
  g_autoptr (DosonCtrProgram) program = NULL;
  g_autofree char *document = NULL;
  g_autoptr (GString) out = NULL;
  g_autoptr (GError) error = NULL;
  DosonCtrDocumentFormat format = DOSON_CTR_DOCUMENT_FORMAT_TEXT;
  const char *lang;
  int status;

  g_return_val_if_fail (argc >= 1 && argv != NULL, CLI_EXIT_USAGE);

  status = cli_parse_options (SUBCOMMAND, help_text, entries, argc, argv, NULL);
  if (status >= 0)
    return status;

  if (format_text != NULL
      && (!doson_ctr_document_format_from_string (format_text, &format)
          || format == DOSON_CTR_DOCUMENT_FORMAT_MARKDOWN
          || format == DOSON_CTR_DOCUMENT_FORMAT_HTML))
    {
      cli_error (SUBCOMMAND, _("--format: unknown format \"%s\" (use text, json or csv)"),
                 format_text);
      return CLI_EXIT_USAGE;
    }
  if (!cli_parse_lang (SUBCOMMAND, lang_text, &lang))
    return CLI_EXIT_USAGE;

  program = cli_load_program (program_path, &error);
  if (program == NULL)
    {
      cli_error (SUBCOMMAND, "%s", error->message);
      return CLI_EXIT_DATA;
    }

  document = doson_ctr_program_list_to_string (program, format, lang);
  out = g_string_new (document);

  return cli_write_output (SUBCOMMAND, output, out);
}
