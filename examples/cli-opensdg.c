/* cli-opensdg.c: the `doson-ctr opensdg` subcommand
 *
 * SPDX-License-Identifier: CC0-1.0
 *
 * Computes the progress of every indicator of an Open SDG data repository,
 * as the Open SDG build tool sdg-build 2.4.0 does:
 *
 *   doson-ctr opensdg path/to/data-repository
 *   doson-ctr opensdg path/to/data-repository --format json -o components.json
 *   doson-ctr opensdg path/to/data-repository --indicator 3-9-1 --format csv
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <stdio.h>
#include <string.h>

#include "cli.h"

#define SUBCOMMAND "opensdg"

static const char * const help_text[] = {
  N_("Usage: doson-ctr opensdg DIR [--format text|json|csv] [--indicator ID]...\n"
     "                         [--output FILE]\n"),
  "",
  N_("Reads an Open SDG data repository (DIR holds config_data.yml, data/,\n"
     "meta/ or indicator-config/, translations/) and computes the progress of\n"
     "every indicator configured for it, as sdg-build 2.4.0 does: its\n"
     "auto_progress_calculation and progress_calculation_options, the series\n"
     "they select, their scores, and the score and status of each indicator.\n"),
  "",
  N_("Options:\n"),
  N_("  --format=FORMAT   text (the default): each indicator and its series, for\n"
     "                    people; json: an object keyed by indicator id, in the\n"
     "                    shape of indicator_calculation_components.yml; csv: one\n"
     "                    row per series\n"),
  N_("  --indicator=ID    compute this indicator only (\"3-9-1\"); may be repeated\n"),
  N_("  -o, --output=FILE write to FILE, replacing it atomically, instead of to\n"
     "                    standard output (\"-\")\n"),
  N_("  -h, --help        show this help and exit\n"),
  "",
  N_("JSON: {\"1-1-1\": {\"progress_status\": ..., \"score\": ..., \"series\": {\"1-1-1\":\n"
     "{\"base_year\", \"base_value\", \"current_year\", \"current_value\", \"direction\",\n"
     "\"sign\", \"target\", \"target_year\", \"limit\", \"progress_value\", \"score\",\n"
     "\"status\"}}}}; years are integers, a figure that does not exist is null.\n"
     "The rules, and what differs from sdg-build: doc/formats.md, section 8.\n"),
  "",
  N_("Exit status: 0 success; 1 the repository cannot be read or the output\n"
     "cannot be written; 2 bad usage.\n"),
  NULL
};

int
cli_opensdg (int    argc,
             char **argv)
{
  g_autofree char *format_text = NULL;
  g_auto (GStrv) indicators = NULL;
  g_auto (GStrv) operands = NULL;
  g_autofree char *output = NULL;
  const GOptionEntry entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_text, "text, json or csv", "FORMAT" },
    { "indicator", 0, 0, G_OPTION_ARG_STRING_ARRAY, &indicators, "An indicator id", "ID" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write to FILE", "FILE" },
    { NULL, 0, 0, G_OPTION_ARG_NONE, NULL, NULL, NULL }
  };
  g_autoptr (DosonCtrOpenSdgResults) results = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GString) out = NULL;
  DosonCtrDocumentFormat format = DOSON_CTR_DOCUMENT_FORMAT_TEXT;
  char *document;
  gsize length;
  int status;

  g_return_val_if_fail (argc >= 1 && argv != NULL, CLI_EXIT_USAGE);

  status = cli_parse_options (SUBCOMMAND, help_text, entries, argc, argv, &operands);
  if (status >= 0)
    return status;
  if (operands == NULL || operands[0] == NULL || operands[1] != NULL)
    {
      cli_error (SUBCOMMAND, _("expected one repository folder (try \"doson-ctr %s --help\")"),
                 SUBCOMMAND);
      return CLI_EXIT_USAGE;
    }
  if (format_text != NULL
      && (!doson_ctr_document_format_from_string (format_text, &format)
          || (format != DOSON_CTR_DOCUMENT_FORMAT_TEXT && format != DOSON_CTR_DOCUMENT_FORMAT_JSON
              && format != DOSON_CTR_DOCUMENT_FORMAT_CSV)))
    {
      cli_error (SUBCOMMAND, _("--format: unknown format \"%s\" (use text, json or csv)"),
                 format_text);
      return CLI_EXIT_USAGE;
    }

  results = doson_ctr_open_sdg_read_repository (operands[0], (const char * const *) indicators,
                                                NULL, &error);
  if (results == NULL)
    {
      cli_error (SUBCOMMAND, "%s", error->message);
      return CLI_EXIT_DATA;
    }
  document = doson_ctr_open_sdg_results_to_data (results, format, &length, &error);
  g_assert (document != NULL);
  out = g_string_new_len (document, (gssize) length);
  g_free (document);
  return cli_write_output (SUBCOMMAND, output, out);
}
