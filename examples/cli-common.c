/* cli-common.c: what the subcommands of the doson-ctr program share
 *
 * SPDX-License-Identifier: CC0-1.0
 *
 * Parsing numbers and rates written by people, printing errors and
 * writing the output. See cli.h.
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

void
cli_error (const char *subcommand,
           const char *format,
           ...)
{
  va_list args;

  fprintf (stderr, "doson-ctr %s: ", subcommand);
  va_start (args, format);
  vfprintf (stderr, format, args);
  va_end (args);
  fputc ('\n', stderr);
}

int
cli_print_help (const char         *subcommand,
                const char * const *help)
{
  g_autoptr (GString) text = g_string_new (NULL);
  gsize i;

  for (i = 0; help[i] != NULL; i++)
    g_string_append (text, help[i][0] == '\0' ? "\n" : _(help[i]));
  return cli_write_output (subcommand, NULL, text);
}

int
cli_parse_options (const char          *subcommand,
                   const char * const  *help,
                   const GOptionEntry  *entries,
                   int                  argc,
                   char               **argv,
                   char              ***operands)
{
  gboolean show_help = FALSE;
  const GOptionEntry help_entries[] = {
    { "help", 'h', 0, G_OPTION_ARG_NONE, &show_help, "Show this help", NULL },
    { NULL, 0, 0, G_OPTION_ARG_NONE, NULL, NULL, NULL }
  };
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) args = NULL;
  int i;

  /* Parse a copy: GOption removes what it reads from the vector. */
  args = g_new0 (char *, argc + 1);
  for (i = 0; i < argc; i++)
    args[i] = g_strdup (argv[i]);

  /* The help texts describe the options; GOption's own help is turned off
   * so that they can say more. */
  context = g_option_context_new (NULL);
  g_option_context_set_help_enabled (context, FALSE);
  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_add_main_entries (context, help_entries, NULL);
  if (!g_option_context_parse_strv (context, &args, &error))
    {
      cli_error (subcommand, _("%s (try \"doson-ctr %s --help\")"), error->message,
                 subcommand);
      return CLI_EXIT_USAGE;
    }

  if (show_help)
    return cli_print_help (subcommand, help);

  /* What GOption left: the subcommand name, perhaps a "--", and the
   * positional arguments. */
  if (operands != NULL)
    {
      i = args[1] != NULL && strcmp (args[1], "--") == 0 ? 2 : 1;
      *operands = g_strdupv (&args[i]);
      return -1;
    }
  for (i = 1; args[i] != NULL; i++)
    if (strcmp (args[i], "--") != 0)
      {
        cli_error (subcommand, _("unexpected argument \"%s\" (try \"doson-ctr %s --help\")"),
                   args[i], subcommand);
        return CLI_EXIT_USAGE;
      }

  return -1;
}

/* Splits @text (already stripped) into a mantissa and a decimal exponent,
 * after checking that it reads [+-] digits [. digits] [(e|E) [+-] digits]
 * with at least one digit in the mantissa. Returns FALSE when it does not:
 * a comma, a second dot or a blank between digits is a separator of
 * thousands or a decimal comma, which could be read in part (see
 * explain_syntax()). */
static gboolean
split_number (const char  *text,
              GString     *mantissa,
              gint64      *exponent)
{
  const char *p = text;
  gboolean digits = FALSE;

  g_string_truncate (mantissa, 0);
  *exponent = 0;

  if (*p == '+' || *p == '-')
    g_string_append_c (mantissa, *p++);
  for (; g_ascii_isdigit (*p); p++, digits = TRUE)
    g_string_append_c (mantissa, *p);
  if (*p == '.')
    {
      g_string_append_c (mantissa, '.');
      for (p++; g_ascii_isdigit (*p); p++, digits = TRUE)
        g_string_append_c (mantissa, *p);
    }
  if (!digits)
    return FALSE;

  if (*p == 'e' || *p == 'E')
    {
      const char *start = ++p;
      char *end;

      if (*p == '+' || *p == '-')
        p++;
      if (!g_ascii_isdigit (*p))
        return FALSE;
      while (g_ascii_isdigit (*p))
        p++;
      /* An exponent beyond the range of gint64 is clamped, which still
       * overflows or underflows the double. */
      *exponent = g_ascii_strtoll (start, &end, 10);
      if (end != p)
        return FALSE;
    }

  return *p == '\0';
}

/* Parses @text as mantissa · 10^(exponent + @shift), correctly rounded,
 * so that "7.3%" gives the double nearest 0.073, not 7.3 / 100. */
static gboolean
parse_scaled (const char  *text,
              int          shift,
              double      *value,
              GError     **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  g_autoptr (GString) mantissa = g_string_new (NULL);
  g_autofree char *normal = NULL;
  gint64 exponent;
  double result;
  char *end;

  if (!split_number (stripped, mantissa, &exponent))
    return FALSE;

  exponent = CLAMP (exponent, -100000, 100000) + shift;
  normal = g_strdup_printf ("%se%" G_GINT64_FORMAT, mantissa->str, exponent);

  result = g_ascii_strtod (normal, &end);
  if (*end != '\0')
    return FALSE;
  if (!isfinite (result))
    {
      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_PARSE,
                   _("\"%s\" is too large for a number"), stripped);
      return FALSE;
    }

  /* An underflow is not an error: like any decimal, the text rounds to
   * the nearest double, here 0 or a subnormal. */
  *value = result;
  return TRUE;
}

gboolean
cli_parse_json_format (const char *subcommand,
                       const char *text,
                       const char *other,
                       gboolean   *json)
{
  if (text == NULL || strcmp (text, other) == 0)
    *json = FALSE;
  else if (strcmp (text, "json") == 0)
    *json = TRUE;
  else
    {
      cli_error (subcommand, _("--format: unknown format \"%s\" (use %s or json)"),
                 text, other);
      return FALSE;
    }
  return TRUE;
}

/* TRUE when @text has a comma, a second dot, or a blank between two
 * digits: a separator of thousands ("1,000", "1.000.000", "1 000") or a
 * decimal comma ("10,5"), which the options do not take. */
static gboolean
has_separator (const char *text)
{
  const char *p;
  guint dots = 0;

  for (p = text; *p != '\0'; p++)
    {
      if (*p == ',')
        return TRUE;
      if (*p == '.' && ++dots > 1)
        return TRUE;
      if ((*p == ' ' || *p == '\'') && p > text && g_ascii_isdigit (p[-1])
          && g_ascii_isdigit (p[1]))
        return TRUE;
    }
  return FALSE;
}

/* parse_scaled() on @stripped, failing with "TEXT is not WHAT" when it
 * says nothing itself, with a hint when @text holds a separator; @text is
 * the value as the user wrote it, @what is marked with N_() and
 * translated here. */
static gboolean
parse_or_explain (const char  *text,
                  const char  *stripped,
                  int          shift,
                  const char  *what,
                  double      *value,
                  GError     **error)
{
  GError *local_error = NULL;
  double result;

  if (!parse_scaled (stripped, shift, &result, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, local_error);
      else if (has_separator (stripped))
        g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_PARSE,
                     _("\"%s\" is not %s: write it without a separator of "
                       "thousands, with a dot before the decimals (1000, 10.5)"),
                     text, _(what));
      else
        g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_PARSE,
                     _("\"%s\" is not %s"), text, _(what));
      return FALSE;
    }

  *value = result;
  return TRUE;
}

gboolean
cli_parse_number (const char  *text,
                  double      *value,
                  GError     **error)
{
  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  return parse_or_explain (text, text, 0, N_("a number"), value, error);
}

gboolean
cli_parse_rate (const char  *text,
                double      *rate,
                GError     **error)
{
  g_autofree char *stripped = NULL;
  double value;
  gsize len;
  int shift = 0;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (rate != NULL, FALSE);

  stripped = g_strstrip (g_strdup (text));
  len = strlen (stripped);
  if (len > 0 && stripped[len - 1] == '%')
    {
      stripped[len - 1] = '\0';
      shift = -2;
    }

  if (!parse_or_explain (text, stripped, shift,
                         N_("a rate (write a fraction such as 0.1 or a "
                            "percentage such as 10%)"), &value, error))
    return FALSE;
  /* A bare rate is a fraction, so "10" would be 1000 %: that is nearly
   * always a percentage without its sign, refused rather than guessed. */
  if (shift == 0 && fabs (value) >= 1)
    {
      char percent[G_ASCII_DTOSTR_BUF_SIZE];
      char fraction[G_ASCII_DTOSTR_BUF_SIZE];

      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_PARSE,
                   _("\"%s\" without %% is a fraction, a rate of %s %%: write "
                     "%s%% for a percentage, or the fraction %s"), text,
                   g_ascii_formatd (percent, sizeof percent, "%.10g", value * 100),
                   stripped,
                   g_ascii_formatd (fraction, sizeof fraction, "%.10g", value / 100));
      return FALSE;
    }
  *rate = value;
  return TRUE;
}

/* Writes @contents to @path or standard output; on failure, says so. */
static gboolean
write_contents (const char     *path,
                const GString  *contents,
                GError        **error)
{
  if (path == NULL || strcmp (path, "-") == 0)
    {
      if (fwrite (contents->str, 1, contents->len, stdout) != contents->len
          || fflush (stdout) != 0)
        {
          int saved_errno = errno;

          g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_IO,
                       _("cannot write to standard output: %s"),
                       g_strerror (saved_errno));
          return FALSE;
        }
      return TRUE;
    }
  /* Replaced whole or not at all. */
  return doson_ctr_write_file_atomically (path, contents->str, (gssize) contents->len, error);
}

int
cli_write_output (const char    *subcommand,
                  const char    *path,
                  const GString *contents)
{
  g_autoptr (GError) error = NULL;

  g_return_val_if_fail (contents != NULL, CLI_EXIT_DATA);

  if (!write_contents (path, contents, &error))
    {
      cli_error (subcommand, "%s", error->message);
      return CLI_EXIT_DATA;
    }
  return CLI_EXIT_OK;
}
