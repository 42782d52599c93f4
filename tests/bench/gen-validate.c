/* gen-validate.c: a deterministic measurements file with known mistakes,
 * for benchmarking `doson-ctr validate`
 *
 * SPDX-License-Identifier: CC0-1.0
 *
 * Writes a programme of 20 indicators, each disaggregated by 30 wards,
 * over the years 1901 to 2200 (baseline 1900), and a measurements CSV of
 * ROWS rows (default 200,000) for it in which every tenth row is wrong,
 * in one of five ways in turn:
 *
 *   ind-01,1901,n/a,w01        text where the value belongs
 *   ind-01,19x1,5,w01          text where the year belongs
 *   ind-01,1901,5,w01,extra    one field too many
 *   ind 01,1901,5,w01          an invalid id
 *   ind-01,1901,,w01           no value (never read as 0)
 *
 * Every other row is a distinct, valid measurement of the programme, so
 * that `doson-ctr validate --program PROGRAM --data CSV` finds exactly
 * ROWS / 10 problems, one a bad row.
 *
 * Usage: gen-validate [--rows N] PROGRAM CSV
 *
 * Plain C99 with the standard library only.
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N_INDICATORS 20
#define N_WARDS 30
#define FIRST_YEAR 1901
#define LAST_YEAR 2200
#define N_YEARS (LAST_YEAR - FIRST_YEAR + 1)

static void
write_program (FILE *out)
{
  int i, w;

  fprintf (out,
           "{\n"
           "  \"format\": \"doson-ctr-program\",\n"
           "  \"version\": 1,\n"
           "  \"id\": \"bench\",\n"
           "  \"title\": {\"vi\": \"Chương trình thử\", \"en\": \"Benchmark programme\"},\n"
           "  \"term_start\": %d,\n"
           "  \"term_end\": %d,\n"
           "  \"baseline_year\": %d,\n"
           "  \"units\": [{\"id\": \"u\", \"name\": {\"vi\": \"Đơn vị\"}}],\n"
           "  \"goals\": [{\"id\": \"g\", \"title\": {\"vi\": \"Mục tiêu\"}}],\n"
           "  \"indicators\": [\n",
           FIRST_YEAR, LAST_YEAR, FIRST_YEAR - 1);
  for (i = 1; i <= N_INDICATORS; i++)
    {
      fprintf (out,
               "    {\"id\": \"ind-%02d\", \"name\": {\"vi\": \"Chỉ tiêu %d\"},\n"
               "     \"measure\": \"count\", \"direction\": \"higher\", \"goal\": \"g\",\n"
               "     \"lead_units\": [\"u\"],\n"
               "     \"disaggregation\": {\"dimension\": \"ward\", \"values\": [",
               i, i);
      for (w = 1; w <= N_WARDS; w++)
        fprintf (out, "%s{\"id\": \"w%02d\"}", w > 1 ? ", " : "", w);
      fprintf (out,
               "]},\n"
               "     \"targets\": [{\"kind\": \"level\", \"comparator\": \">=\", \"value\": 0}]}%s\n",
               i < N_INDICATORS ? "," : "");
    }
  fprintf (out, "  ]\n}\n");
}

static void
write_bad_row (FILE *out,
               long  n)
{
  switch (n % 5)
    {
    case 0:
      fputs ("ind-01,1901,n/a,w01\n", out);
      break;
    case 1:
      fputs ("ind-01,19x1,5,w01\n", out);
      break;
    case 2:
      fputs ("ind-01,1901,5,w01,extra\n", out);
      break;
    case 3:
      fputs ("ind 01,1901,5,w01\n", out);
      break;
    default:
      fputs ("ind-01,1901,,w01\n", out);
      break;
    }
}

/* ROWS rows: after every nine good rows, a bad one. */
static int
write_measurements (FILE *out,
                    long  rows)
{
  long good = 0, bad = 0, written;

  fputs ("indicator,year,value,level\n", out);
  for (written = 0; written < rows; written++)
    {
      if (written % 10 == 9)
        {
          write_bad_row (out, bad++);
          continue;
        }
      if (good >= (long) N_INDICATORS * N_WARDS * N_YEARS)
        {
          fprintf (stderr, "gen-validate: at most %ld rows\n",
                   (long) N_INDICATORS * N_WARDS * N_YEARS * 10 / 9);
          return 1;
        }
      fprintf (out, "ind-%02ld,%ld,%ld.%ld,w%02ld\n",
               good / (N_WARDS * N_YEARS) + 1,
               FIRST_YEAR + good % N_YEARS,
               (good * 7919) % 1000, good % 10,
               (good / N_YEARS) % N_WARDS + 1);
      good++;
    }
  return 0;
}

int
main (int    argc,
      char **argv)
{
  long rows = 200000;
  FILE *program, *csv;
  int i = 1, status;

  if (argc > 2 && strcmp (argv[1], "--rows") == 0)
    {
      rows = strtol (argv[2], NULL, 10);
      i = 3;
    }
  if (argc - i != 2 || rows <= 0)
    {
      fprintf (stderr, "usage: gen-validate [--rows N] PROGRAM CSV\n");
      return 2;
    }
  program = fopen (argv[i], "w");
  csv = fopen (argv[i + 1], "w");
  if (program == NULL || csv == NULL)
    {
      perror ("gen-validate");
      return 1;
    }
  write_program (program);
  status = write_measurements (csv, rows);
  if (fclose (program) != 0 || fclose (csv) != 0)
    {
      perror ("gen-validate");
      return 1;
    }
  return status;
}
