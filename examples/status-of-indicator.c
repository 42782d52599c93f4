/* status-of-indicator.c: the status of one indicator of 03-CTr/ĐU
 *
 * SPDX-License-Identifier: CC0-1.0
 *
 * To the extent possible under law, the authors have waived all copyright
 * and related or neighbouring rights to this example: copy it freely.
 *
 * Loads the programme built into the library and a measurement file,
 * assesses the programme as of the latest year with data, and prints the
 * status of one indicator with the explanation of each of its targets.
 *
 *   status-of-indicator [MEASUREMENTS [INDICATOR-ID]]
 *
 * MEASUREMENTS defaults to examples/data/measurements-illustrative.json
 * (run from the top of the source tree), INDICATOR-ID to
 * health-insurance-coverage. Build it with
 *
 *   cc status-of-indicator.c $(pkg-config --cflags --libs doson-ctr-1)
 */

#include <stdio.h>
#include <stdlib.h>

#include <doson-ctr/doson-ctr.h>

int
main (int    argc,
      char **argv)
{
  const char *path = argc > 1 ? argv[1] : "examples/data/measurements-illustrative.json";
  const char *indicator_id = argc > 2 ? argv[2] : "health-insurance-coverage";
  DosonCtrProgram *program = NULL;
  DosonCtrMeasurementSet *set = NULL;
  DosonCtrAssessment *assessment = NULL;
  DosonCtrIndicator *indicator;
  GPtrArray *results = NULL;
  DosonCtrStatus status;
  GError *error = NULL;
  int exit_status = EXIT_FAILURE;
  double score;
  guint i;

  if (argc > 3)
    {
      fprintf (stderr, "usage: %s [MEASUREMENTS [INDICATOR-ID]]\n", argv[0]);
      return EXIT_FAILURE;
    }

  /* The programme 03-CTr/ĐU, compiled into the library. */
  program = doson_ctr_program_new_builtin (&error);
  if (program == NULL)
    goto out;

  indicator = doson_ctr_program_lookup_indicator (program, indicator_id);
  if (indicator == NULL)
    {
      fprintf (stderr, "%s: the programme has no indicator \"%s\"\n", argv[0], indicator_id);
      goto out;
    }

  /* The measurements: JSON, or CSV for a name ending in .csv. */
  set = doson_ctr_measurement_set_new_from_file (path, &error);
  if (set == NULL)
    goto out;

  /* 0: as of the latest year in which any indicator has a value; NULL:
   * the default options (the open-sdg method for level targets). */
  assessment = doson_ctr_assessment_new (program, set, 0, NULL, &error);
  if (assessment == NULL)
    goto out;

  if (doson_ctr_measurement_set_get_illustrative (set))
    printf ("*** Số liệu minh họa, không phải số liệu chính thức / "
            "Illustrative data, not official statistics ***\n\n");

  status = doson_ctr_assessment_get_indicator_status (assessment, indicator_id);
  printf ("%s (%s)\n", doson_ctr_indicator_get_name (indicator, "en"), indicator_id);
  printf ("%s\n", doson_ctr_indicator_get_name (indicator, "vi"));
  printf ("As of %d: %s (%s)", doson_ctr_assessment_get_as_of_year (assessment),
          doson_ctr_status_get_label (status, "en"),
          doson_ctr_status_get_label (status, "vi"));
  if (doson_ctr_assessment_get_indicator_score (assessment, indicator_id, &score))
    printf (", score %.2f on a scale from -5 to +5", score);
  printf ("\n");

  /* One assessment per target (and per disaggregation value for a target
   * each value must meet), each able to explain itself. */
  results = doson_ctr_assessment_get_results_for_indicator (assessment, indicator_id);
  for (i = 0; i < results->len; i++)
    {
      const DosonCtrTargetAssessment *result = g_ptr_array_index (results, i);
      char *explanation = doson_ctr_target_assessment_explain (result, "en");
      double attainment;

      printf ("\n");
      if (doson_ctr_target_assessment_get_attainment (result, &attainment))
        printf ("Attainment: %.1f %% of the target\n", attainment * 100);
      printf ("%s%s", explanation, g_str_has_suffix (explanation, "\n") ? "" : "\n");
      g_free (explanation);
    }

  exit_status = EXIT_SUCCESS;

out:
  if (error != NULL)
    {
      fprintf (stderr, "%s: %s\n", argv[0], error->message);
      g_error_free (error);
    }
  if (results != NULL)
    g_ptr_array_unref (results);
  g_clear_object (&assessment);
  g_clear_object (&set);
  g_clear_object (&program);
  return exit_status;
}
