/* doson-ctr: track the targets of action programme 03-CTr/ĐU
 *
 * SPDX-License-Identifier: CC0-1.0
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

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
  { "growth", cli_growth, N_("compound growth: rate, projection, required rate") },
  { "progress", cli_progress, N_("progress of many series by a published method") },
  { "list", cli_list, N_("the indicators of a programme and their targets") },
  { "report", cli_report, N_("the status of every target as of a year, with roll-ups") },
  { "validate", cli_validate, N_("check a programme and its data; list every problem") },
  { "opensdg", cli_opensdg, N_("the progress of an Open SDG data repository, as sdg-build") },
};

static void
print_usage (FILE *out)
{
  gsize i;

  fputs (_("Usage: doson-ctr SUBCOMMAND [OPTION…]\n"
           "\n"
           "Track the targets of action programme 03-CTr/ĐU (Đồ Sơn ward,\n"
           "2025–2030) and measure progress by published methods.\n"), out);
  fputc ('\n', out);
  fputs (_("Subcommands:\n"), out);
  for (i = 0; i < G_N_ELEMENTS (subcommands); i++)
    fprintf (out, "  %-10s %s\n", subcommands[i].name, _(subcommands[i].summary));
  fputc ('\n', out);
  fputs (_("Options:\n"
           "  -h, --help     show this help and exit\n"
           "  -V, --version  show the version and exit\n"), out);
  fputc ('\n', out);
  fputs (_("Run `doson-ctr SUBCOMMAND --help` or `doson-ctr help SUBCOMMAND` for\n"
           "the options of each; `man doson-ctr` tells more.\n"
           "Exit status: 0 success, 1 bad input, 2 bad usage.\n"), out);
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
      fprintf (stderr, "doson-ctr help: ");
      fprintf (stderr,
               subcommand == NULL ? _("unknown subcommand “%s” (try \"doson-ctr --help\")")
                                  : _("unexpected argument “%s” (try \"doson-ctr --help\")"),
               argv[subcommand == NULL ? 2 : 3]);
      fputc ('\n', stderr);
      return CLI_EXIT_USAGE;
    }
  help_argv[0] = argv[2];
  return subcommand->run (2, help_argv);
}

/* The locale of the environment, and the program's catalogues: those of
 * DOSON_CTR_LOCALEDIR when it is set and not empty (the tests use the
 * catalogue of the build tree so), else the installed ones in LOCALEDIR.
 * Messages are UTF-8 whatever the locale's charset, like the reports. */
static void
init_i18n (void)
{
  const char *localedir = g_getenv ("DOSON_CTR_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE,
                  localedir != NULL && *localedir != '\0' ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

int
main (int argc, char **argv)
{
  const Subcommand *subcommand;

  init_i18n ();

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

  fprintf (stderr, "doson-ctr: ");
  fprintf (stderr, _("unknown subcommand “%s”"), argv[1]);
  fputc ('\n', stderr);
  print_usage (stderr);
  return CLI_EXIT_USAGE;
}
