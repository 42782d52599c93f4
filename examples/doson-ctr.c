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
           "Options:\n"
           "  -h, --help     show this help and exit\n"
           "  -V, --version  show the version and exit\n"
           "\n"
           "Run `doson-ctr SUBCOMMAND --help` or `doson-ctr help SUBCOMMAND` for\n"
           "the options of each; `man doson-ctr` tells more.\n"
           "Exit status: 0 success, 1 bad input, 2 bad usage.\n");
}

/* The subcommand called @name, or NULL. */
static const Subcommand *
find_subcommand (const char *name)
{
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (subcommands); i++)
    if (strcmp (name, subcommands[i].name) == 0)
      return &subcommands[i];
  return NULL;
}

/* `doson-ctr help [SUBCOMMAND]`: the global help, or the subcommand's. */
static int
run_help (int    argc,
          char **argv)
{
  const Subcommand *subcommand;
  char *help_argv[] = { NULL, (char *) "--help", NULL };

  if (argc < 3)
    {
      print_usage (stdout);
      return CLI_EXIT_OK;
    }
  subcommand = find_subcommand (argv[2]);
  if (subcommand == NULL || argc > 3)
    {
      fprintf (stderr, "doson-ctr help: %s “%s” (try \"doson-ctr --help\")\n",
               subcommand == NULL ? "unknown subcommand" : "unexpected argument",
               argv[subcommand == NULL ? 2 : 3]);
      return CLI_EXIT_USAGE;
    }
  help_argv[0] = argv[2];
  return subcommand->run (2, help_argv);
}

int
main (int argc, char **argv)
{
  const Subcommand *subcommand;

  setlocale (LC_ALL, "");

  if (argc < 2)
    {
      print_usage (stderr);
      return CLI_EXIT_USAGE;
    }
  if (strcmp (argv[1], "--help") == 0 || strcmp (argv[1], "-h") == 0)
    {
      print_usage (stdout);
      return CLI_EXIT_OK;
    }
  if (strcmp (argv[1], "help") == 0)
    return run_help (argc, argv);
  if (strcmp (argv[1], "--version") == 0 || strcmp (argv[1], "-V") == 0)
    {
      printf ("doson-ctr %s\n", doson_ctr_get_version_string ());
      return CLI_EXIT_OK;
    }

  subcommand = find_subcommand (argv[1]);
  if (subcommand != NULL)
    return subcommand->run (argc - 1, argv + 1);

  fprintf (stderr, "doson-ctr: unknown subcommand “%s”\n", argv[1]);
  print_usage (stderr);
  return CLI_EXIT_USAGE;
}
