/* cli-growth.c: the `doson-ctr growth` subcommand
 *
 * SPDX-License-Identifier: CC0-1.0
 *
 * Compound growth arithmetic from the command line, with the growth
 * functions of the library:
 *
 *   doson-ctr growth --from 100 --to 121 --years 2        # 10.0000 %
 *   doson-ctr growth --from 100 --rate 10% --years 2      # 121
 *   doson-ctr growth --from 100 --target 121 --years 2    # 10.0000 %
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

#define SUBCOMMAND "growth"

static const char * const help_text[] = {
  N_("Usage: doson-ctr growth --from V0 (--to V1 | --rate R | --target VT) --years N\n"
     "                        [--format text|json] [--lang vi|en] [--output FILE]\n"),
  "",
  N_("Compound growth arithmetic, one of:\n"
     "  --from V0 --to V1 --years N\n"
     "      the compound average annual growth rate from V0 to V1 over N years,\n"
     "      (V1/V0)^(1/N) - 1\n"
     "  --from V0 --rate R --years N\n"
     "      the value V0 reaches in N years at a constant yearly rate R,\n"
     "      V0 * (1 + R)^N\n"
     "  --from V0 --target VT --years N\n"
     "      the yearly rate needed to take V0 to VT in N years, (VT/V0)^(1/N) - 1\n"),
  "",
  N_("Options:\n"),
  N_("  --from=V0         the value to start from (the base value, or the current\n"
     "                    value with --target)\n"),
  N_("  --to=V1           the value reached after N years\n"),
  N_("  --rate=R          a yearly growth rate, as a percentage (10%, 10.5%,\n"
     "                    -5 %) or a fraction below 1 (0.1); a bare 10 is\n"
     "                    refused, since it would mean 1000 %\n"),
  N_("  --target=VT       the value to reach\n"),
  N_("  --years=N         the number of years; it may be fractional (2.5); it must\n"
     "                    be positive for a rate and may be 0 for a projection\n"),
  N_("  --format=FORMAT   text (the default) or json\n"),
  N_("  --lang=LANG       vi or en, the language of the text output; the\n"
     "                    default comes from the locale (LC_ALL, LC_MESSAGES,\n"
     "                    LANG), English unless it is Vietnamese\n"),
  N_("  -o, --output=FILE write the result to FILE, replacing it atomically,\n"
     "                    instead of to standard output (\"-\")\n"),
  N_("  -h, --help        show this help and exit\n"),
  "",
  N_("Numbers are written 1234.5, -3 or 1e6: a dot before the decimals and no\n"
     "separator of thousands; 1,000, 10,5 and 1.000.000 are refused. A value may\n"
     "follow its option (--from 100) or be joined to it with \"=\" (--from=100);\n"
     "the joined form reads best for negative values (--rate=-5%), and both work.\n"),
  "",
  N_("Output:\n"
     "  text  one line for people: rates as percentages rounded to 4 decimal\n"
     "        places, values rounded to 10 significant digits and grouped by\n"
     "        thousands: \"10.0000 %\", \"1,331\" in English, \"10,0000 %\",\n"
     "        \"1.331\" in Vietnamese\n"
     "  json  {\"rate\": R} with R a fraction (0.1 for 10 %), or {\"value\": V},\n"
     "        with the fewest digits that read back as exactly the same double\n"),
  "",
  /* Not a format, although "% o" reads as one. */
  /* xgettext:no-c-format */
  N_("Exit status:\n"
     "  0  success\n"
     "  1  the values are outside the domain of the formula (a starting value of\n"
     "     0 or below, a negative value to reach, N of 0 or below for a rate or\n"
     "     below 0 for a projection, a rate of -100 % or below), the result is\n"
     "     too large to represent, or the output cannot be written\n"
     "  2  bad usage: an unknown option, a missing or conflicting option, an\n"
     "     unknown format, or an option value that is not a number\n"),
  NULL
};

/* Text output: a rate as a percentage with 4 decimals, never "-0.0000". */
static void
append_percent (GString    *out,
                double      rate,
                const char *lang)
{
  g_autofree char *text = doson_ctr_format_percentage (rate, 4, lang);

  g_string_append (out, text);
}

/* Text output: a value with up to 10 significant digits, grouped by
 * thousands. */
static void
append_value (GString    *out,
              double      value,
              const char *lang)
{
  g_autofree char *text = doson_ctr_format_figure (value, lang);

  g_string_append (out, text);
}

static void
append_years (GString    *out,
              double      years,
              const char *lang)
{
  append_value (out, years, lang);
  if (strcmp (lang, "vi") == 0)
    g_string_append (out, " năm");
  else
    g_string_append (out, years == 1 ? " year" : " years");
}

/* Parses the value of @option with @parse; a value that is not a number
 * is a usage error. */
static gboolean
parse_option (const char  *option,
              const char  *text,
              gboolean   (*parse) (const char *, double *, GError **),
              double      *value)
{
  g_autoptr (GError) error = NULL;

  if (!parse (text, value, &error))
    {
      cli_error (SUBCOMMAND, "%s: %s", option, error->message);
      return FALSE;
    }
  return TRUE;
}

/* Reports a failed computation, naming the option that holds the value the
 * library rejected (for a code in @codes, the option at the same index in
 * @options); a result too large to represent names no option. */
static void
report_domain_error (const GError      *error,
                     const int         *codes,
                     const char * const *options,
                     gsize              n_codes)
{
  gsize i;

  if (error->domain == DOSON_CTR_ERROR)
    for (i = 0; i < n_codes; i++)
      if (error->code == codes[i])
        {
          cli_error (SUBCOMMAND, "%s: %s", options[i], error->message);
          return;
        }

  cli_error (SUBCOMMAND, "%s", error->message);
}

/* What each of --to, --rate and --target computes, and how it is told. */
typedef struct
{
  const char *option;
  gboolean  (*parse) (const char *, double *, GError **);
  gboolean  (*compute) (double, double, double, double *, GError **);
  /* The option that holds the value rejected with codes[i]. */
  int         codes[3];
  const char *options[3];
  gsize       n_codes;
  /* Text output: words[0] FROM words[1] OTHER words[2] YEARS: RESULT,
   * in English and in Vietnamese. */
  const char *words[3];
  const char *words_vi[3];
  void      (*append_other) (GString *, double, const char *);
  void      (*append_result) (GString *, double, const char *);
  const char *json_key;
} GrowthMode;

static const GrowthMode growth_modes[] = {
  { "--to", cli_parse_number, doson_ctr_growth_cagr,
    { DOSON_CTR_ERROR_NON_POSITIVE_BASE, DOSON_CTR_ERROR_MIXED_SIGNS,
      DOSON_CTR_ERROR_INVALID_SPAN },
    { "--from", "--to", "--years" }, 3,
    { "compound annual growth rate from ", " to ", " over " },
    { "tốc độ tăng trưởng bình quân hằng năm từ ", " đến ", " trong " },
    append_value, append_percent, "rate" },
  { "--rate", cli_parse_rate, doson_ctr_growth_project,
    { DOSON_CTR_ERROR_INVALID_RATE, DOSON_CTR_ERROR_INVALID_SPAN },
    { "--rate", "--years" }, 2,
    { "value projected from ", " at ", " a year over " },
    { "giá trị dự tính từ ", " với tốc độ ", " mỗi năm sau " },
    append_percent, append_value, "value" },
  { "--target", cli_parse_number, doson_ctr_growth_required_rate,
    { DOSON_CTR_ERROR_NON_POSITIVE_BASE, DOSON_CTR_ERROR_MIXED_SIGNS,
      DOSON_CTR_ERROR_INVALID_SPAN },
    { "--from", "--target", "--years" }, 3,
    { "annual growth rate required from ", " to ", " in " },
    { "tốc độ tăng trưởng hằng năm cần đạt từ ", " lên ", " trong " },
    append_value, append_percent, "rate" },
};

/* The one mode whose option (--to, --rate or --target, texts[] in the
 * order of growth_modes) was given, and its text; a usage error when
 * --from or --years is missing or when none or several modes are given. */
static gboolean
choose_mode (const char         *from_text,
             const char         *years_text,
             const char * const  texts[G_N_ELEMENTS (growth_modes)],
             const GrowthMode  **mode,
             const char        **text)
{
  const GrowthMode *second = NULL;
  gsize i;

  *mode = NULL;
  for (i = 0; i < G_N_ELEMENTS (growth_modes); i++)
    {
      if (texts[i] == NULL)
        continue;
      if (*mode == NULL)
        {
          *mode = &growth_modes[i];
          *text = texts[i];
        }
      else if (second == NULL)
        second = &growth_modes[i];
    }

  if (from_text == NULL)
    cli_error (SUBCOMMAND, _("--from is required (try \"doson-ctr growth --help\")"));
  else if (*mode == NULL)
    cli_error (SUBCOMMAND, _("one of --to, --rate or --target is required "
                             "(try \"doson-ctr growth --help\")"));
  else if (second != NULL)
    cli_error (SUBCOMMAND, _("%s and %s cannot be used together: give one of "
                             "--to, --rate or --target"), (*mode)->option, second->option);
  else if (years_text == NULL)
    cli_error (SUBCOMMAND, _("--years is required (try \"doson-ctr growth --help\")"));
  else
    return TRUE;
  return FALSE;
}

/* The result as one line of text in @lang, or JSON. */
static GString *
format_result (const GrowthMode *mode,
               gboolean          json,
               const char       *lang,
               double            from,
               double            other,
               double            years,
               double            result)
{
  GString *out = g_string_new (NULL);

  if (json)
    {
      g_autofree char *text = doson_ctr_format_number (result);

      g_string_append_printf (out, "{\"%s\": %s}", mode->json_key, text);
    }
  else
    {
      const char * const *words = strcmp (lang, "vi") == 0 ? mode->words_vi : mode->words;

      g_string_append (out, words[0]);
      append_value (out, from, lang);
      g_string_append (out, words[1]);
      mode->append_other (out, other, lang);
      g_string_append (out, words[2]);
      append_years (out, years, lang);
      g_string_append (out, ": ");
      mode->append_result (out, result, lang);
    }
  g_string_append_c (out, '\n');
  return out;
}

int
cli_growth (int    argc,
            char **argv)
{
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;
  g_autofree char *rate_text = NULL;
  g_autofree char *target_text = NULL;
  g_autofree char *years_text = NULL;
  g_autofree char *format_text = NULL;
  g_autofree char *output = NULL;
  g_autofree char *lang_text = NULL;
  const GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_STRING, &from_text, "The value to start from", "V0" },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to_text, "The value reached", "V1" },
    { "rate", 0, 0, G_OPTION_ARG_STRING, &rate_text, "A yearly growth rate", "R" },
    { "target", 0, 0, G_OPTION_ARG_STRING, &target_text, "The value to reach", "VT" },
    { "years", 0, 0, G_OPTION_ARG_STRING, &years_text, "The number of years", "N" },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_text, "text or json", "FORMAT" },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &lang_text, "vi or en", "LANG" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write to FILE", "FILE" },
    { NULL, 0, 0, G_OPTION_ARG_NONE, NULL, NULL, NULL }
  };
  g_autoptr (GError) error = NULL;
  g_autoptr (GString) out = NULL;
  const GrowthMode *mode;
  const char *other_text = NULL;
  const char *lang;
  gboolean json;
  double from, years, other, result;
  int status;

  g_return_val_if_fail (argc >= 1 && argv != NULL, CLI_EXIT_USAGE);

  status = cli_parse_options (SUBCOMMAND, help_text, entries, argc, argv, NULL);
  if (status >= 0)
    return status;

  if (!cli_parse_json_format (SUBCOMMAND, format_text, "text", &json)
      || !cli_parse_lang (SUBCOMMAND, lang_text, &lang))
    return CLI_EXIT_USAGE;

  {
    const char *texts[] = { to_text, rate_text, target_text };

    if (!choose_mode (from_text, years_text, texts, &mode, &other_text))
      return CLI_EXIT_USAGE;
  }

  if (!parse_option ("--from", from_text, cli_parse_number, &from)
      || !parse_option ("--years", years_text, cli_parse_number, &years)
      || !parse_option (mode->option, other_text, mode->parse, &other))
    return CLI_EXIT_USAGE;
  if (!mode->compute (from, other, years, &result, &error))
    {
      report_domain_error (error, mode->codes, mode->options, mode->n_codes);
      return CLI_EXIT_DATA;
    }

  out = format_result (mode, json, lang, from, other, years, result);
  return cli_write_output (SUBCOMMAND, output, out);
}
