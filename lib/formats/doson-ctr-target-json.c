/* doson-ctr-target-json.c: reading the targets of a programme file
 * (doc/formats.md, section 2.7)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <doson-ctr/doson-ctr-program.h>

#include "model/doson-ctr-target-private.h"
#include "formats/doson-ctr-json-private.h"
#include "formats/doson-ctr-program-json-private.h"

/* Reads the optional year @key of a target, which must fall in the term
 * after the baseline year; *year is left as it is when absent. */
static gboolean
read_target_year (DosonCtrJsonDoc  *doc,
                  DosonCtrProgram  *program,
                  JsonObject       *object,
                  const char       *path,
                  const char       *key,
                  int              *year,
                  GError          **error)
{
  int first = doson_ctr_program_get_baseline_year (program) + 1;
  int last = doson_ctr_program_get_term_end (program);
  gboolean present;

  if (!_doson_ctr_json_read_int (doc, object, path, key, FALSE,
                                 DOSON_CTR_YEAR_MIN, DOSON_CTR_YEAR_MAX,
                                 &present, year, error))
    return FALSE;
  if (present && (*year < first || *year > last))
    return _doson_ctr_json_member_error (doc, error, path, key,
                                         "the year %d is outside the term: "
                                         "targets apply to the years %d to %d "
                                         "(after the baseline year %d)", *year,
                                         first, last, first - 1);
  return TRUE;
}

/* The threshold of a target with the comparator "range": "low" and
 * "high" in numeric order, and the kind of range. */
static DosonCtrTarget *
read_range (DosonCtrJsonDoc     *doc,
            JsonObject          *object,
            const char          *path,
            DosonCtrTargetKind   kind,
            GError             **error)
{
  DosonCtrRangeMode mode = DOSON_CTR_RANGE_MODE_FLOOR_STRETCH;
  GError *local_error = NULL;
  DosonCtrTarget *target;
  const char *mode_str;
  gboolean present;
  double low = 0, high = 0;

  if (!_doson_ctr_json_forbid_key (doc, object, path, "value",
                   "is not used with a range: give \"low\" and \"high\"",
                   error)
      || !_doson_ctr_json_read_number (doc, object, path, "low", TRUE,
                                       FALSE, &present, &low, error)
      || !_doson_ctr_json_read_number (doc, object, path, "high", TRUE,
                                       FALSE, &present, &high, error)
      || !_doson_ctr_json_read_string (doc, object, path, "range", FALSE,
                                       &mode_str, error))
    return NULL;
  if (mode_str != NULL && !doson_ctr_range_mode_from_string (mode_str, &mode))
    {
      _doson_ctr_json_bad_enum (doc, path, "range", "kind of range", mode_str,
                "floor-stretch or band", error);
      return NULL;
    }
  if (kind == DOSON_CTR_TARGET_KIND_MILESTONE)
    {
      _doson_ctr_json_member_error (doc, error, path, "comparator",
                                    "a milestone cannot have a range: use "
                                    "\"=\" with the value 1");
      return NULL;
    }
  if (!(low < high))
    {
      g_autofree char *member = _doson_ctr_json_path_member (path, "low");
      g_autofree char *low_text = _doson_ctr_format_number (low);
      g_autofree char *high_text = _doson_ctr_format_number (high);

      _doson_ctr_json_error (doc, error, DOSON_CTR_ERROR_INVALID_DATA,
                             member, FALSE,
                             "low (%s) is not below high (%s): write the "
                             "range in numeric order (a fall of 7 to 9 %% "
                             "is low -0.09, high -0.07; for a \"lower\" "
                             "indicator the floor is high), or use \"=\"",
                             low_text, high_text);
      return NULL;
    }
  target = doson_ctr_target_new_range (kind, low, high, mode, &local_error);
  if (target == NULL)
    _doson_ctr_json_wrap_error (doc, path, "low", local_error, error);
  return target;
}

/* The threshold of a target with any other comparator: "value". */
static DosonCtrTarget *
read_value (DosonCtrJsonDoc      *doc,
            JsonObject           *object,
            const char           *path,
            DosonCtrTargetKind    kind,
            DosonCtrComparator    comparator,
            GError              **error)
{
  GError *local_error = NULL;
  DosonCtrTarget *target;
  gboolean present;
  double value = 0;

  if (!_doson_ctr_json_forbid_key (doc, object, path, "low",
                   "is only used with the comparator \"range\"", error)
      || !_doson_ctr_json_forbid_key (doc, object, path, "high",
                      "is only used with the comparator \"range\"", error)
      || !_doson_ctr_json_forbid_key (doc, object, path, "range",
                      "is only used with the comparator \"range\"", error)
      || !_doson_ctr_json_read_number (doc, object, path, "value", TRUE,
                                       FALSE, &present, &value, error))
    return NULL;
  if (kind == DOSON_CTR_TARGET_KIND_MILESTONE
      && comparator != DOSON_CTR_COMPARATOR_EQUAL)
    {
      _doson_ctr_json_member_error (doc, error, path, "comparator",
                                    "a milestone uses the comparator \"=\"");
      return NULL;
    }
  target = doson_ctr_target_new (kind, comparator, value, &local_error);
  if (target == NULL)
    _doson_ctr_json_wrap_error (doc, path, "value", local_error, error);
  return target;
}

/* A target's kind, comparator and threshold, which must suit @measure
 * (unless it is unknown: @measure_known FALSE). */
static DosonCtrTarget *
read_threshold (DosonCtrJsonDoc    *doc,
                JsonObject         *object,
                const char         *path,
                DosonCtrMeasure     measure,
                gboolean            measure_known,
                GError            **error)
{
  g_autoptr(DosonCtrTarget) target = NULL;
  DosonCtrTargetKind kind;
  DosonCtrComparator comparator;
  GError *local_error = NULL;
  const char *kind_str, *comparator_str;

  if (!_doson_ctr_json_read_string (doc, object, path, "kind", TRUE, &kind_str, error))
    return NULL;
  if (!doson_ctr_target_kind_from_string (kind_str, &kind))
    {
      _doson_ctr_json_bad_enum (doc, path, "kind", "kind of target", kind_str,
                "every-year, level, average-growth, year-on-year, "
                "cumulative or milestone", error);
      return NULL;
    }
  if (!_doson_ctr_json_read_string (doc, object, path, "comparator", TRUE,
                                    &comparator_str, error))
    return NULL;
  if (!doson_ctr_comparator_from_string (comparator_str, &comparator))
    {
      _doson_ctr_json_bad_enum (doc, path, "comparator", "comparator", comparator_str,
                ">=, >, <=, <, = or range", error);
      return NULL;
    }

  if (comparator == DOSON_CTR_COMPARATOR_RANGE)
    target = read_range (doc, object, path, kind, error);
  else
    target = read_value (doc, object, path, kind, comparator, error);
  if (target == NULL)
    return NULL;
  if (measure_known
      && !_doson_ctr_target_check_measure (target, measure, &local_error))
    {
      _doson_ctr_json_wrap_error (doc, path, comparator == DOSON_CTR_COMPARATOR_RANGE
                             ? "low" : "value", local_error, error);
      return NULL;
    }
  return g_steal_pointer (&target);
}

/* A target's first and deadline years, within the term and in order. */
static gboolean
read_target_years (DosonCtrJsonDoc  *doc,
                   DosonCtrProgram  *program,
                   JsonObject       *object,
                   const char       *path,
                   DosonCtrTarget   *target,
                   GError          **error)
{
  int first_year = 0, deadline_year = 0;

  if (!read_target_year (doc, program, object, path, "first_year",
                         &first_year, error)
      || !read_target_year (doc, program, object, path, "deadline_year",
                            &deadline_year, error))
    return FALSE;
  if (first_year == 0)
    first_year = doson_ctr_program_get_baseline_year (program) + 1;
  if (deadline_year == 0)
    deadline_year = doson_ctr_program_get_term_end (program);
  if (first_year > deadline_year)
    {
      g_autofree char *member = _doson_ctr_json_path_member (path, "first_year");
      _doson_ctr_json_error (doc, error, DOSON_CTR_ERROR_INVALID_DATA, member,
                             json_object_has_member (object, "first_year")
                             ? FALSE : TRUE,
                             "the first year %d is after the deadline year %d",
                             first_year, deadline_year);
      return FALSE;
    }
  doson_ctr_target_set_years (target, first_year, deadline_year);
  return TRUE;
}

DosonCtrTarget *
_doson_ctr_target_load (DosonCtrJsonDoc    *doc,
                        DosonCtrProgram    *program,
                        DosonCtrIndicator  *indicator,
                        gboolean            measure_known,
                        JsonObject         *object,
                        const char         *path,
                        GError            **error)
{
  static const char * const keys[] = {
    "kind", "comparator", "value", "low", "high", "range", "first_year",
    "deadline_year", "per_disaggregation", "text", NULL
  };
  g_autoptr(DosonCtrTarget) target = NULL;
  DosonCtrLocText text = { NULL, NULL };
  gboolean present, per_disaggregation;

  if (!_doson_ctr_json_check_keys (doc, object, path, keys, error))
    return NULL;
  target = read_threshold (doc, object, path,
                           doson_ctr_indicator_get_measure (indicator),
                           measure_known, error);
  if (target == NULL
      || !read_target_years (doc, program, object, path, target, error)
      || !_doson_ctr_json_read_bool (doc, object, path, "per_disaggregation",
                                     FALSE, &present, &per_disaggregation,
                                     error))
    return NULL;
  if (per_disaggregation
      && doson_ctr_indicator_get_disaggregation (indicator) == NULL)
    {
      _doson_ctr_json_member_error (doc, error, path, "per_disaggregation",
                                    "the indicator has no "
                                    "\"disaggregation\"");
      return NULL;
    }
  doson_ctr_target_set_per_disaggregation (target, per_disaggregation);

  if (!_doson_ctr_json_read_loc_text (doc, object, path, "text", FALSE, &text,
                                      error))
    return NULL;
  doson_ctr_target_set_text (target, "vi", text.vi);
  doson_ctr_target_set_text (target, "en", text.en);
  _doson_ctr_loc_text_clear (&text);

  return g_steal_pointer (&target);
}
