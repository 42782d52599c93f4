/* build-and-assess.c: a programme built in code, its figures, its status
 *
 * SPDX-License-Identifier: CC0-1.0
 *
 * To the extent possible under law, the authors have waived all copyright
 * and related or neighbouring rights to this example: copy it freely.
 *
 * Builds a small programme without any file: one responsible unit, one
 * goal and two indicators, one with a level to reach by a deadline and one
 * with a threshold to meet every year. Then it adds a few made-up
 * measurements, assesses the programme as of 2027 and prints the status
 * of each indicator and the roll-up of the programme.
 *
 *   cc build-and-assess.c $(pkg-config --cflags --libs doson-ctr-1)
 *   ./a.out
 */

#include <stdio.h>
#include <stdlib.h>

#include <doson-ctr/doson-ctr.h>

/* Adds to @program an indicator of goal "social", led by "ubnd", whose
 * figures are percentages that should rise, with one target: at least
 * @value, of @kind, from @first_year to @deadline. */
static gboolean
add_percent_indicator (DosonCtrProgram     *program,
                       const char          *id,
                       const char          *name_vi,
                       const char          *name_en,
                       DosonCtrTargetKind   kind,
                       double               value,
                       int                  first_year,
                       int                  deadline,
                       GError             **error)
{
  DosonCtrIndicator *indicator;
  DosonCtrTarget *target;
  gboolean ok;

  target = doson_ctr_target_new (kind, DOSON_CTR_COMPARATOR_AT_LEAST, value, error);
  if (target == NULL)
    return FALSE;
  doson_ctr_target_set_years (target, first_year, deadline);

  indicator = doson_ctr_indicator_new (id);
  doson_ctr_indicator_set_name (indicator, "vi", name_vi);
  doson_ctr_indicator_set_name (indicator, "en", name_en);
  doson_ctr_indicator_set_unit (indicator, "vi", "%");
  doson_ctr_indicator_set_measure (indicator, DOSON_CTR_MEASURE_PERCENT);
  doson_ctr_indicator_set_direction (indicator, DOSON_CTR_DIRECTION_HIGHER);
  doson_ctr_indicator_set_goal_id (indicator, "social");
  doson_ctr_indicator_add_lead_unit (indicator, "ubnd");
  doson_ctr_indicator_add_target (indicator, target); /* copies it */
  doson_ctr_target_free (target);
  ok = doson_ctr_program_add_indicator (program, indicator, error);
  g_object_unref (indicator);
  return ok;
}

/* Builds the programme; returns NULL with @error set on failure. */
static DosonCtrProgram *
build_program (GError **error)
{
  DosonCtrProgram *program;
  DosonCtrResponsibleUnit *unit;
  DosonCtrGoal *goal;
  gboolean ok;

  /* Term 2025–2030, values of 2025 as the baseline. */
  program = doson_ctr_program_new ("demo-ward", 2025, 2030, 2025);
  doson_ctr_program_set_title (program, "vi", "Chương trình hành động minh họa");
  doson_ctr_program_set_title (program, "en", "Illustrative action programme");

  unit = doson_ctr_responsible_unit_new ("ubnd");
  doson_ctr_responsible_unit_set_name (unit, "vi", "Ủy ban nhân dân phường");
  doson_ctr_responsible_unit_set_name (unit, "en", "Ward People's Committee");
  ok = doson_ctr_program_add_unit (program, unit, error);
  g_object_unref (unit);
  if (!ok)
    goto fail;

  goal = doson_ctr_goal_new ("social");
  doson_ctr_goal_set_title (goal, "vi", "Các chỉ tiêu xã hội");
  doson_ctr_goal_set_title (goal, "en", "Social indicators");
  doson_ctr_goal_add_lead_unit (goal, "ubnd");
  ok = doson_ctr_program_add_goal (program, goal, error);
  g_object_unref (goal);
  if (!ok)
    goto fail;

  /* A level target: at least 97 % by 2030. */
  if (!add_percent_indicator (program, "health-insurance-coverage",
                              "Tỷ lệ dân số tham gia bảo hiểm y tế",
                              "Population with health insurance",
                              DOSON_CTR_TARGET_KIND_LEVEL, 97, 2026, 2030, error))
    goto fail;

  /* An every-year target: 100 % each year from 2026 to 2030. The years
   * 0, 0 stand for the programme's defaults, the year after the baseline
   * to the end of the term. */
  if (!add_percent_indicator (program, "clean-water-access",
                              "Tỷ lệ dân số được sử dụng nước sạch",
                              "Population with clean water",
                              DOSON_CTR_TARGET_KIND_EVERY_YEAR, 100, 0, 0, error))
    goto fail;

  return program;

fail:
  g_object_unref (program);
  return NULL;
}

/* Made-up figures, marked as such. */
static DosonCtrMeasurementSet *
build_measurements (GError **error)
{
  static const struct {
    const char *indicator;
    int year;
    double value;
  } figures[] = {
    { "health-insurance-coverage", 2025, 92.4 },
    { "health-insurance-coverage", 2026, 93.3 },
    { "health-insurance-coverage", 2027, 94.1 },
    { "clean-water-access", 2025, 99.2 },
    { "clean-water-access", 2026, 100 },
    { "clean-water-access", 2027, 99.6 },
  };
  DosonCtrMeasurementSet *set = doson_ctr_measurement_set_new ();
  gsize i;

  doson_ctr_measurement_set_set_program_id (set, "demo-ward");
  doson_ctr_measurement_set_set_illustrative (set, TRUE);
  doson_ctr_measurement_set_set_description (set, "en", "Figures made up for build-and-assess.c");
  for (i = 0; i < G_N_ELEMENTS (figures); i++)
    /* NULL: the indicator's total, not a disaggregation value. */
    if (!doson_ctr_measurement_set_add_value (set, figures[i].indicator, figures[i].year,
                                              NULL, figures[i].value, error))
      {
        g_object_unref (set);
        return NULL;
      }
  return set;
}

int
main (int    argc,
      char **argv)
{
  DosonCtrProgram *program = NULL;
  DosonCtrMeasurementSet *set = NULL;
  DosonCtrAssessment *assessment = NULL;
  DosonCtrRollup *rollup = NULL;
  GPtrArray *indicators;
  GError *error = NULL;
  int exit_status = EXIT_FAILURE;
  double score;
  guint i;

  program = build_program (&error);
  if (program == NULL)
    goto out;
  set = build_measurements (&error);
  if (set == NULL)
    goto out;

  assessment = doson_ctr_assessment_new (program, set, 2027, NULL, &error);
  if (assessment == NULL)
    goto out;

  printf ("%s, as of %d\n", doson_ctr_program_get_title (program, "en"),
          doson_ctr_assessment_get_as_of_year (assessment));
  if (doson_ctr_measurement_set_get_illustrative (set))
    printf ("*** Illustrative data, not official statistics ***\n");

  indicators = doson_ctr_program_get_indicators (program);
  for (i = 0; i < indicators->len; i++)
    {
      DosonCtrIndicator *indicator = g_ptr_array_index (indicators, i);
      const char *id = doson_ctr_indicator_get_id (indicator);
      DosonCtrStatus status = doson_ctr_assessment_get_indicator_status (assessment, id);
      GPtrArray *results = doson_ctr_assessment_get_results_for_indicator (assessment, id);
      guint r;

      printf ("\n%s: %s / %s\n", id, doson_ctr_status_get_label (status, "en"),
              doson_ctr_status_get_label (status, "vi"));
      for (r = 0; r < results->len; r++)
        {
          const DosonCtrTargetAssessment *result = g_ptr_array_index (results, r);
          double attainment, pace;
          guint met, reported, due;

          if (doson_ctr_target_assessment_get_attainment (result, &attainment))
            printf ("  attainment %.1f %%", attainment * 100);
          else
            printf ("  no attainment");
          if (doson_ctr_target_assessment_get_pace (result, &pace))
            printf (", pace %.3f", pace);
          if (doson_ctr_target_assessment_get_years_met (result, &met, &reported, &due))
            printf (", target met in %u of %u years reported (%u due)", met, reported, due);
          printf ("\n");
        }
      g_ptr_array_unref (results);
    }

  rollup = doson_ctr_assessment_get_rollup (assessment, DOSON_CTR_ROLLUP_KIND_PROGRAM, NULL, &error);
  if (rollup == NULL)
    goto out;
  printf ("\nProgramme: %u indicators, %u achieved, %u on track, %u not achieved",
          doson_ctr_rollup_get_n_indicators (rollup),
          doson_ctr_rollup_get_count (rollup, DOSON_CTR_STATUS_ACHIEVED),
          doson_ctr_rollup_get_count (rollup, DOSON_CTR_STATUS_SUBSTANTIAL_PROGRESS),
          doson_ctr_rollup_get_count (rollup, DOSON_CTR_STATUS_NOT_ACHIEVED));
  if (doson_ctr_rollup_get_mean_score (rollup, &score))
    printf ("; mean score %.2f", score);
  printf ("\n");

  exit_status = EXIT_SUCCESS;

out:
  if (error != NULL)
    {
      fprintf (stderr, "%s: %s\n", argc > 0 ? argv[0] : "build-and-assess", error->message);
      g_error_free (error);
    }
  g_clear_pointer (&rollup, doson_ctr_rollup_free);
  g_clear_object (&assessment);
  g_clear_object (&set);
  g_clear_object (&program);
  return exit_status;
}
