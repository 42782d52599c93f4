/* doson-ctr-measurement-check.c: a measurement set checked against a
 * programme
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include <doson-ctr/doson-ctr-indicator.h>
#include <doson-ctr/doson-ctr-program.h>
#include <doson-ctr/doson-ctr-measurement.h>

#include "base/doson-ctr-private.h"
#include "base/doson-ctr-number-private.h"
#include "model/doson-ctr-measurement-private.h"
#include "model/doson-ctr-task-progress-private.h"
#include "model/doson-ctr-consistency-rule-private.h"

/* Where the problems go. */
typedef struct
{
  DosonCtrCheckFunc func;
  gpointer          user_data;
} Sink;

/* The parts and the subsets of one indicator, looked up in the programme
 * once per check rather than once per measurement. */
typedef struct
{
  GPtrArray *parts;
  GPtrArray *subsets;
} Relations;

static void
relations_free (gpointer data)
{
  Relations *r = data;

  g_ptr_array_unref (r->parts);
  g_ptr_array_unref (r->subsets);
  g_free (r);
}

/* The relations of @indicator_id, from @cache (indicator id, owned by
 * @program, to Relations) or found and kept there. */
static const Relations *
lookup_relations (GHashTable      *cache,
                  DosonCtrProgram *program,
                  const char      *indicator_id)
{
  Relations *r = g_hash_table_lookup (cache, indicator_id);

  if (r == NULL)
    {
      r = g_new (Relations, 1);
      r->parts = doson_ctr_program_get_related_indicators (program, indicator_id,
                                                           DOSON_CTR_INDICATOR_RELATION_PART_OF);
      r->subsets = doson_ctr_program_get_related_indicators (program, indicator_id,
                                                             DOSON_CTR_INDICATOR_RELATION_SUBSET_OF);
      g_hash_table_insert (cache, (gpointer) indicator_id, r);
    }
  return r;
}

/* A problem of @m in its @field (a column of the measurement CSV: see
 * DosonCtrCheckFunc). */
static void G_GNUC_PRINTF (5, 6)
problem (Sink                      *problems,
         const DosonCtrMeasurement *m,
         const char                *field,
         DosonCtrCheckKind          kind,
         const char                *format,
         ...)
{
  g_autofree char *message = NULL;
  g_autofree char *what = _doson_ctr_measurement_describe (m);
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  text = g_strdup_printf ("%s: %s", what, message);
  problems->func (m, field, kind, text, problems->user_data);
}

/* Checks that the parts of @whole_m's indicator add up to it, in the same
 * year and level. */
static void
check_parts (DosonCtrMeasurementSet    *set,
             GPtrArray                 *parts,
             const DosonCtrMeasurement *whole_m,
             Sink                      *problems)
{
  g_autoptr(GString) names = NULL;
  g_autofree char *sum_text = NULL;
  g_autofree char *whole_text = NULL;
  double whole = doson_ctr_measurement_get_value (whole_m);
  double sum;
  guint i;

  if (!_doson_ctr_parts_sum (set, parts, doson_ctr_measurement_get_year (whole_m),
                             doson_ctr_measurement_get_disaggregation_value (whole_m), &sum)
      || !_doson_ctr_parts_differ_from_whole (sum, whole, DOSON_CTR_SUM_TOLERANCE))
    return;

  names = g_string_new (NULL);
  for (i = 0; i < parts->len; i++)
    g_string_append_printf (names, "%s\"%s\"", i > 0 ? " + " : "",
                            doson_ctr_indicator_get_id (g_ptr_array_index (parts, i)));
  sum_text = _doson_ctr_format_number (sum);
  whole_text = _doson_ctr_format_number (whole);
  problem (problems, whole_m, "value", DOSON_CTR_CHECK_CONSISTENCY,
           "its parts %s add up to %s, not %s",
           names->str, sum_text, whole_text);
}

/* Checks that no subset of @whole_m's indicator is larger than it, in the
 * same year and level. */
static void
check_subsets (DosonCtrMeasurementSet    *set,
               GPtrArray                 *subsets,
               const DosonCtrMeasurement *whole_m,
               Sink                      *problems)
{
  const char *whole_id = doson_ctr_measurement_get_indicator_id (whole_m);
  double whole = doson_ctr_measurement_get_value (whole_m);
  guint i;

  for (i = 0; i < subsets->len; i++)
    {
      const char *sub_id = doson_ctr_indicator_get_id (g_ptr_array_index (subsets, i));
      const DosonCtrMeasurement *sub;
      g_autofree char *sub_text = NULL;
      g_autofree char *whole_text = NULL;

      sub = doson_ctr_measurement_set_lookup_measurement (set, sub_id,
                                                          doson_ctr_measurement_get_year (whole_m),
                                                          doson_ctr_measurement_get_disaggregation_value (whole_m));
      if (sub == NULL
          || !_doson_ctr_subset_exceeds_whole (doson_ctr_measurement_get_value (sub),
                                               whole))
        continue;
      sub_text = _doson_ctr_format_number (doson_ctr_measurement_get_value (sub));
      whole_text = _doson_ctr_format_number (whole);
      problem (problems, sub, "value", DOSON_CTR_CHECK_CONSISTENCY,
               "%s is larger than %s, the value of \"%s\" it is a subset of", sub_text, whole_text, whole_id);
    }
}

/* Checks the level of @m against the disaggregation of @indicator. */
static void
check_level (DosonCtrIndicator         *indicator,
             const DosonCtrMeasurement *m,
             Sink                      *problems)
{
  const char *level = doson_ctr_measurement_get_disaggregation_value (m);
  const char *dimension = doson_ctr_indicator_get_disaggregation (indicator);
  GPtrArray *values;
  g_autoptr(GString) list = NULL;
  guint j;

  if (level == NULL)
    return;
  if (dimension == NULL)
    {
      problem (problems, m, "level", DOSON_CTR_CHECK_ERROR,
               "the indicator is not disaggregated, so a measurement cannot "
               "have a level");
      return;
    }
  if (doson_ctr_indicator_has_disaggregation_value (indicator, level))
    return;

  values = doson_ctr_indicator_get_disaggregation_values (indicator);
  list = g_string_new (NULL);
  for (j = 0; j < values->len; j++)
    g_string_append_printf (list, "%s\"%s\"", j > 0 ? ", " : "",
                            (const char *) g_ptr_array_index (values, j));
  problem (problems, m, "level", DOSON_CTR_CHECK_ERROR,
           "\"%s\" is not a value of the disaggregation \"%s\" (expected %s)", level, dimension, list->str);
}

/* Checks one measurement of @set against @program. */
static void
check_measurement (DosonCtrMeasurementSet    *set,
                   DosonCtrProgram           *program,
                   GHashTable                *relations,
                   const DosonCtrMeasurement *m,
                   Sink                      *problems)
{
  const char *indicator_id = doson_ctr_measurement_get_indicator_id (m);
  int year = doson_ctr_measurement_get_year (m);
  double value = doson_ctr_measurement_get_value (m);
  int first_year = doson_ctr_program_get_baseline_year (program);
  int last_year = doson_ctr_program_get_term_end (program);
  DosonCtrIndicator *indicator;
  const Relations *related;
  DosonCtrMeasure measure;
  const char *why;

  indicator = doson_ctr_program_lookup_indicator (program, indicator_id);
  if (indicator == NULL)
    {
      problem (problems, m, "indicator", DOSON_CTR_CHECK_ERROR,
               "programme \"%s\" has no indicator \"%s\"",
               doson_ctr_program_get_id (program), indicator_id);
      return;
    }
  if (year < first_year || year > last_year)
    problem (problems, m, "year", DOSON_CTR_CHECK_ERROR,
             "the year is outside the programme's years %d (baseline) to %d", first_year, last_year);
  check_level (indicator, m, problems);
  measure = doson_ctr_indicator_get_measure (indicator);
  if (!_doson_ctr_measure_accepts (measure, value, &why))
    {
      g_autofree char *text = _doson_ctr_format_number (value);

      problem (problems, m, "value", DOSON_CTR_CHECK_ERROR,
               "the value %s does not suit a \"%s\" indicator (expected %s)", text, doson_ctr_measure_to_string (measure),
               why);
    }
  related = lookup_relations (relations, program,
                              doson_ctr_indicator_get_id (indicator));
  check_parts (set, related->parts, m, problems);
  check_subsets (set, related->subsets, m, problems);
}

void
_doson_ctr_measurement_set_check (DosonCtrMeasurementSet *set,
                                  DosonCtrProgram        *program,
                                  DosonCtrCheckFunc       func,
                                  gpointer                user_data)
{
  Sink sink = { func, user_data };
  g_autoptr(GHashTable) relations = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                           NULL, relations_free);
  const char *program_id;
  GPtrArray *measurements;
  guint i;

  program_id = doson_ctr_measurement_set_get_program_id (set);
  if (program_id != NULL
      && strcmp (program_id, doson_ctr_program_get_id (program)) != 0)
    {
      g_autofree char *message =
        g_strdup_printf ("the measurements are for programme \"%s\", not "
                         "\"%s\"", program_id,
                         doson_ctr_program_get_id (program));

      func (NULL, NULL, DOSON_CTR_CHECK_ERROR, message, user_data);
    }

  measurements = doson_ctr_measurement_set_get_measurements (set);
  for (i = 0; i < measurements->len; i++)
    check_measurement (set, program, relations,
                       g_ptr_array_index (measurements, i), &sink);
}

/* Checks one progress of @set against @program. */
static void
check_task_progress (DosonCtrProgram             *program,
                     const DosonCtrTaskProgress  *p,
                     DosonCtrTaskCheckFunc        func,
                     gpointer                     user_data)
{
  const char *task_id = doson_ctr_task_progress_get_task_id (p);
  int year = doson_ctr_task_progress_get_year (p);
  int first_year = doson_ctr_program_get_baseline_year (program);
  int last_year = doson_ctr_program_get_term_end (program);
  DosonCtrTask *task = doson_ctr_program_lookup_task (program, task_id);
  g_autofree char *what = _doson_ctr_task_progress_describe (p);
  g_autofree char *message = NULL;

  if (task == NULL)
    {
      message = g_strdup_printf ("%s: programme \"%s\" has no task \"%s\"",
                                 what, doson_ctr_program_get_id (program), task_id);
      func (p, "task", message, user_data);
      return;
    }
  if (year < first_year || year > last_year)
    {
      message = g_strdup_printf ("%s: the year is outside the programme's "
                                 "years %d (baseline) to %d", what, first_year,
                                 last_year);
      func (p, "year", message, user_data);
      g_clear_pointer (&message, g_free);
    }
  if (doson_ctr_task_progress_get_state (p) == DOSON_CTR_TASK_STATE_DONE_FOR_YEAR
      && !doson_ctr_task_get_yearly (task))
    {
      message = g_strdup_printf ("%s: the state \"done_for_year\" is for "
                                 "yearly tasks only (use \"done\")", what);
      func (p, "state", message, user_data);
    }
}

void
_doson_ctr_measurement_set_check_tasks (DosonCtrMeasurementSet *set,
                                        DosonCtrProgram        *program,
                                        DosonCtrTaskCheckFunc   func,
                                        gpointer                user_data)
{
  GPtrArray *progress = doson_ctr_measurement_set_get_task_progress (set);
  guint i;

  for (i = 0; i < progress->len; i++)
    check_task_progress (program, g_ptr_array_index (progress, i), func,
                         user_data);
}

/* Adds a problem of a task's progress to a GPtrArray of lines, after its
 * origin. */
static void
add_task_line (const DosonCtrTaskProgress *p,
               const char                 *field,
               const char                 *message,
               gpointer                    user_data)
{
  GPtrArray *problems = user_data;
  const char *origin = _doson_ctr_task_progress_get_origin (p);

  if (origin != NULL)
    g_ptr_array_add (problems, g_strdup_printf ("%s: %s", origin, message));
  else
    g_ptr_array_add (problems, g_strdup (message));
}

/* Adds a problem to a GPtrArray of lines, after the measurement's origin. */
static void
add_line (const DosonCtrMeasurement *m,
          const char                *field,
          DosonCtrCheckKind          kind,
          const char                *message,
          gpointer                   user_data)
{
  GPtrArray *problems = user_data;
  const char *origin = m != NULL ? doson_ctr_measurement_get_origin (m) : NULL;

  if (origin != NULL)
    g_ptr_array_add (problems, g_strdup_printf ("%s: %s", origin, message));
  else
    g_ptr_array_add (problems, g_strdup (message));
}

/**
 * doson_ctr_measurement_set_validate:
 * @set: a #DosonCtrMeasurementSet
 * @program: the #DosonCtrProgram the figures are for
 *
 * Checks @set against @program and lists every problem (doc/formats.md,
 * section 3.4): a programme id that differs; a measurement of an unknown
 * indicator; a year before the baseline or after the end of the term; a
 * level on an indicator without disaggregation or not among its values; a
 * value that does not suit the indicator's measure (outside 0–100 for a
 * percentage, negative for a count, not 0 or 1 for yes/no); parts that do
 * not add up to their whole; a subset larger than its whole; progress on
 * a task the programme does not have, in a year outside the programme's
 * years, or "done_for_year" for a task that is not yearly (these last,
 * after the problems of the measurements). Each problem
 * is one line that starts with the measurement's origin when it was
 * loaded from a file.
 *
 * Returns: (transfer full) (array zero-terminated=1): a %NULL-terminated
 *   array of problems, in the order of the measurements; empty (its first
 *   element %NULL) when @set is consistent with @program. Free it with
 *   g_strfreev().
 *
 * Since: 0.1
 */
char **
doson_ctr_measurement_set_validate (DosonCtrMeasurementSet *set,
                                    DosonCtrProgram        *program)
{
  GPtrArray *problems;

  g_return_val_if_fail (DOSON_CTR_IS_MEASUREMENT_SET (set), NULL);
  g_return_val_if_fail (DOSON_CTR_IS_PROGRAM (program), NULL);

  problems = g_ptr_array_new ();
  _doson_ctr_measurement_set_check (set, program, add_line, problems);
  _doson_ctr_measurement_set_check_tasks (set, program, add_task_line, problems);
  g_ptr_array_add (problems, NULL);
  return (char **) g_ptr_array_free (problems, FALSE);
}
