/* doson-ctr: track the targets of action programme 03-CTr/ĐU
 *
 * SPDX-License-Identifier: CC0-1.0
 */

#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

typedef struct {
  const char *name;
  int (*run) (int argc, char **argv);
  const char *summary;
} Subcommand;

static const Subcommand subcommands[] = {
  { "growth", cli_growth, "compound growth: rate, projection, required rate" },
  { "progress", cli_progress, "progress of many series by a published method" },
  { "list", cli_list, "the indicators of a programme and their targets" },
  { "report", cli_report, "the status of every target as of a year, with roll-ups" },
  { "validate", cli_validate, "check a programme and its data; list every problem" },
};

static void
print_usage (FILE *out)
{
  gsize i;

  fprintf (out,
           "Usage: doson-ctr SUBCOMMAND [OPTION…]\n"
           "\n"
           "Track the targets of action programme 03-CTr/ĐU (Đồ Sơn ward,\n"
           "2025–2030) and measure progress by published methods.\n"
           "\n"
           "Subcommands:\n");
  for (i = 0; i < G_N_ELEMENTS (subcommands); i++)
    fprintf (out, "  %-10s %s\n", subcommands[i].name, subcommands[i].summary);
  fprintf (out,
           "\n"
           "Run `doson-ctr SUBCOMMAND --help` for the options of each.\n"
           "Exit status: 0 success, 1 bad input, 2 bad usage.\n");
}

int
main (int argc, char **argv)
{
  gsize i;

  setlocale (LC_ALL, "");

  if (argc < 2)
    {
      print_usage (stderr);
      return CLI_EXIT_USAGE;
    }
  if (strcmp (argv[1], "--help") == 0 || strcmp (argv[1], "-h") == 0
      || strcmp (argv[1], "help") == 0)
    {
      print_usage (stdout);
      return CLI_EXIT_OK;
    }
  if (strcmp (argv[1], "--version") == 0)
    {
      printf ("doson-ctr %s\n", doson_ctr_get_version_string ());
      return CLI_EXIT_OK;
    }

  for (i = 0; i < G_N_ELEMENTS (subcommands); i++)
    if (strcmp (argv[1], subcommands[i].name) == 0)
      return subcommands[i].run (argc - 1, argv + 1);

  fprintf (stderr, "doson-ctr: unknown subcommand “%s”\n", argv[1]);
  print_usage (stderr);
  return CLI_EXIT_USAGE;
}
