/* gen-national.c: a deterministic national-scale measurements file for
 * benchmarking `doson-ctr progress`
 *
 * SPDX-License-Identifier: CC0-1.0
 *
 * Every ward of the country (3,321 by default) reporting the 42 indicators
 * of programme 03-CTr/ĐU yearly from 2015 to 2025, in the long format that
 * `doson-ctr progress` reads:
 *
 *   series,year,value
 *   W00001-party-admission-rate,2015,3.41
 *
 * about 1.5 million series and 16 million rows (≈ 600 MB). Each series has
 * a plausible positive base value for its kind of indicator, a yearly trend
 * between -4 % and +8 % and noise of ±2 %, and about 3 % of its years
 * missing (the first year never is). The numbers come from a fixed-seed
 * xorshift generator, so every run writes the same bytes on every
 * platform.
 *
 * Usage: gen-national [--wards N] [--indicators N] [--by-year]
 *                     [--settings FILE] OUTPUT
 *
 *   --wards N        number of wards (default 3321)
 *   --indicators N   number of indicators per ward, 1 to 42 (default 42)
 *   --by-year        write all series of a year before the next year
 *                    (default: all years of a series together)
 *   --settings FILE  also write a settings file for the same series:
 *                    direction, a target due in 2030 and the indicator as
 *                    the group
 *   OUTPUT           the measurements file, "-" for standard output
 *
 * Plain C99 with the standard library only, so that it builds anywhere.
 */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FIRST_YEAR 2015
#define LAST_YEAR 2025
#define N_YEARS (LAST_YEAR - FIRST_YEAR + 1)

enum { PERCENT, COUNT, MONEY };

typedef struct
{
  const char *id;
  int         kind;
  int         lower_is_better;
} Indicator;

/* The 42 indicators of shared/design/indicators.md. */
static const Indicator indicators[] = {
  { "party-admission-rate", PERCENT, 0 },
  { "party-orgs-nonstate", COUNT, 0 },
  { "party-orgs-rated-good", PERCENT, 0 },
  { "party-members-rated-good", PERCENT, 0 },
  { "committee-women-share", PERCENT, 0 },
  { "standing-committee-woman", COUNT, 0 },
  { "committee-young-share", PERCENT, 0 },
  { "party-orgs-inspected", PERCENT, 0 },
  { "budget-revenue", MONEY, 0 },
  { "grdp", MONEY, 0 },
  { "grdp-agriculture", MONEY, 1 },
  { "grdp-industry", MONEY, 0 },
  { "grdp-services", MONEY, 0 },
  { "public-investment-disbursement", PERCENT, 0 },
  { "enterprises-active", COUNT, 0 },
  { "households-converted", COUNT, 0 },
  { "tourist-arrivals", COUNT, 0 },
  { "income-per-capita", MONEY, 0 },
  { "poor-households", COUNT, 1 },
  { "cultural-families", PERCENT, 0 },
  { "cultural-residential-groups", PERCENT, 0 },
  { "schools-national-standard", PERCENT, 0 },
  { "schools-standard-level-2", PERCENT, 0 },
  { "multipurpose-halls", COUNT, 0 },
  { "smart-classrooms", PERCENT, 0 },
  { "health-insurance-coverage", PERCENT, 0 },
  { "social-insurance-coverage", PERCENT, 0 },
  { "social-insurance-compulsory", PERCENT, 0 },
  { "social-insurance-voluntary", PERCENT, 0 },
  { "health-stations-standard", PERCENT, 0 },
  { "clean-water-access", PERCENT, 0 },
  { "waste-collection", PERCENT, 0 },
  { "admin-on-time", PERCENT, 0 },
  { "admin-online", PERCENT, 0 },
  { "innovative-enterprises", COUNT, 0 },
  { "friendly-government", PERCENT, 0 },
  { "shopping-centres", COUNT, 0 },
  { "military-police-recruitment", PERCENT, 0 },
  { "criminal-offences", COUNT, 1 },
  { "crime-clearance-rate", PERCENT, 0 },
  { "crime-reports-handled", PERCENT, 0 },
  { "drug-free-ward", PERCENT, 0 },
};

#define N_INDICATORS ((int) (sizeof indicators / sizeof indicators[0]))

static uint64_t rng = UINT64_C (0x2545F4914F6CDD1D);

static uint64_t
next_random (void)
{
  rng ^= rng << 13;
  rng ^= rng >> 7;
  rng ^= rng << 17;
  return rng;
}

/* A uniform double in [0, 1). */
static double
uniform (void)
{
  return (double) (next_random () >> 11) * (1.0 / 9007199254740992.0);
}

/* One series: its values (0 where missing) and whether each year is there. */
typedef struct
{
  double values[N_YEARS];
  int    present[N_YEARS];
  double target;
} Series;

static void
make_series (const Indicator *ind,
             Series          *s)
{
  double base, trend, v;
  int y;

  switch (ind->kind)
    {
    case PERCENT:
      base = 20 + 60 * uniform ();
      break;
    case COUNT:
      base = 5 + 495 * uniform ();
      break;
    default:
      base = 50 + 4950 * uniform ();
      break;
    }
  trend = -0.04 + 0.12 * uniform ();
  if (ind->lower_is_better)
    trend = -trend;

  v = base;
  for (y = 0; y < N_YEARS; y++)
    {
      double noisy = v * (0.98 + 0.04 * uniform ());

      if (ind->kind == PERCENT && noisy > 100)
        noisy = 100;
      s->values[y] = noisy;
      s->present[y] = y == 0 || uniform () >= 0.03;
      v *= 1 + trend;
    }

  if (ind->lower_is_better)
    s->target = base * (0.3 + 0.4 * uniform ());
  else if (ind->kind == PERCENT)
    s->target = base + (100 - base) * (0.5 + 0.5 * uniform ());
  else
    s->target = base * (1.5 + uniform ());
}

static int
write_row (FILE       *out,
           int         ward,
           const char *indicator,
           int         year,
           double      value)
{
  return fprintf (out, "W%05d-%s,%d,%.2f\n", ward, indicator, year, value) < 0 ? -1 : 0;
}

static void
usage (void)
{
  fprintf (stderr, "Usage: gen-national [--wards N] [--indicators N] [--by-year] "
                   "[--settings FILE] OUTPUT\n");
  exit (2);
}

int
main (int    argc,
      char **argv)
{
  int n_wards = 3321;
  int n_indicators = N_INDICATORS;
  int by_year = 0;
  const char *settings_path = NULL;
  const char *output = NULL;
  FILE *out, *settings = NULL;
  Series *all = NULL;
  Series one;
  int i, w, k, y;

  for (i = 1; i < argc; i++)
    {
      if (strcmp (argv[i], "--wards") == 0 && i + 1 < argc)
        n_wards = atoi (argv[++i]);
      else if (strcmp (argv[i], "--indicators") == 0 && i + 1 < argc)
        n_indicators = atoi (argv[++i]);
      else if (strcmp (argv[i], "--by-year") == 0)
        by_year = 1;
      else if (strcmp (argv[i], "--settings") == 0 && i + 1 < argc)
        settings_path = argv[++i];
      else if (argv[i][0] == '-' && argv[i][1] != '\0')
        usage ();
      else if (output == NULL)
        output = argv[i];
      else
        usage ();
    }
  if (output == NULL || n_wards < 1 || n_wards > 99999
      || n_indicators < 1 || n_indicators > N_INDICATORS)
    usage ();

  out = strcmp (output, "-") == 0 ? stdout : fopen (output, "w");
  if (out == NULL)
    {
      perror (output);
      return 1;
    }
  if (settings_path != NULL)
    {
      settings = fopen (settings_path, "w");
      if (settings == NULL)
        {
          perror (settings_path);
          return 1;
        }
      fprintf (settings, "series,direction,target,target_year,group\n");
    }

  fprintf (out, "series,year,value\n");

  if (by_year)
    {
      all = malloc (sizeof (Series) * (size_t) n_wards * n_indicators);
      if (all == NULL)
        {
          fprintf (stderr, "gen-national: out of memory\n");
          return 1;
        }
    }

  for (w = 1; w <= n_wards; w++)
    for (k = 0; k < n_indicators; k++)
      {
        Series *s = by_year ? &all[(size_t) (w - 1) * n_indicators + k] : &one;

        make_series (&indicators[k], s);
        if (settings != NULL)
          fprintf (settings, "W%05d-%s,%s,%.2f,2030,%s\n", w, indicators[k].id,
                   indicators[k].lower_is_better ? "lower" : "higher", s->target,
                   indicators[k].id);
        if (!by_year)
          for (y = 0; y < N_YEARS; y++)
            if (s->present[y]
                && write_row (out, w, indicators[k].id, FIRST_YEAR + y, s->values[y]) < 0)
              {
                perror (output);
                return 1;
              }
      }

  if (by_year)
    for (y = 0; y < N_YEARS; y++)
      for (w = 1; w <= n_wards; w++)
        for (k = 0; k < n_indicators; k++)
          {
            const Series *s = &all[(size_t) (w - 1) * n_indicators + k];

            if (s->present[y]
                && write_row (out, w, indicators[k].id, FIRST_YEAR + y, s->values[y]) < 0)
              {
                perror (output);
                return 1;
              }
          }

  free (all);
  if (settings != NULL && fclose (settings) != 0)
    {
      perror (settings_path);
      return 1;
    }
  if (fclose (out) != 0)
    {
      perror (output);
      return 1;
    }
  return 0;
}
