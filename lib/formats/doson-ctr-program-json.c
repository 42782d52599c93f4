/* doson-ctr-program-json.c: programme files (doc/formats.md, section 2)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include <doson-ctr/doson-ctr-program.h>

#include "model/doson-ctr-target-private.h"
#include "model/doson-ctr-indicator-private.h"
#include "model/doson-ctr-responsible-unit-private.h"
#include "model/doson-ctr-goal-private.h"
#include "model/doson-ctr-program-private.h"
#include "formats/doson-ctr-json-private.h"

#define PROGRAM_FORMAT "doson-ctr-program"
#define PROGRAM_VERSION 1

/* Wraps the error of an add function with the position of @path. */
static gboolean
add_failed (DosonCtrJsonDoc  *doc,
            const char       *path,
            GError           *local_error,
            GError          **error)
{
  _doson_ctr_json_error (doc, error, local_error->code, path, FALSE, "%s",
                         local_error->message);
  g_error_free (local_error);
  return FALSE;
}

static gboolean
element_object (DosonCtrJsonDoc  *doc,
                JsonArray        *array,
                guint             index,
                const char       *path,
                JsonObject      **object,
                GError          **error)
{
  return _doson_ctr_json_expect_object (doc, json_array_get_element (array, index),
                                        path, object, error);
}

static gboolean
check_units_known (DosonCtrJsonDoc  *doc,
                   DosonCtrProgram  *program,
                   GPtrArray        *ids,
                   GPtrArray        *other,
                   const char       *path,
                   const char       *key,
                   GError          **error)
{
  g_autofree char *member = _doson_ctr_json_path_member (path, key);
  guint i, j;

  if (ids == NULL)
    return TRUE;
  for (i = 0; i < ids->len; i++)
    {
      const char *id = g_ptr_array_index (ids, i);
      g_autofree char *element = _doson_ctr_json_path_index (member, i);

      if (doson_ctr_program_lookup_unit (program, id) == NULL)
        {
          _doson_ctr_json_error (doc, error, DOSON_CTR_ERROR_INVALID_DATA,
                                 element, FALSE,
                                 "unknown unit \"%s\" (declare it in \"units\")",
                                 id);
          return FALSE;
        }
      if (other != NULL)
        for (j = 0; j < other->len; j++)
          if (strcmp (g_ptr_array_index (other, j), id) == 0)
            {
              _doson_ctr_json_error (doc, error, DOSON_CTR_ERROR_INVALID_DATA,
                                     element, FALSE,
                                     "unit \"%s\" is already a lead unit", id);
              return FALSE;
            }
    }
  return TRUE;
}

static gboolean
load_units (DosonCtrJsonDoc  *doc,
            DosonCtrProgram  *program,
            JsonArray        *units,
            GError          **error)
{
  static const char * const keys[] = { "id", "name", "short_name", NULL };
  guint i;

  for (i = 0; i < json_array_get_length (units); i++)
    {
      g_autofree char *path = _doson_ctr_json_path_index ("units", i);
      g_autofree char *id_path = _doson_ctr_json_path_member (path, "id");
      g_autoptr(DosonCtrResponsibleUnit) unit = NULL;
      DosonCtrLocText name = { NULL, NULL }, short_name = { NULL, NULL };
      GError *local_error = NULL;
      JsonObject *object;
      const char *id;
      gboolean ok;

      if (!element_object (doc, units, i, path, &object, error)
          || !_doson_ctr_json_check_keys (doc, object, path, keys, error)
          || !_doson_ctr_json_read_id (doc, object, path, "id", TRUE, &id, error))
        return FALSE;
      if (doson_ctr_program_lookup_unit (program, id) != NULL)
        {
          _doson_ctr_json_error (doc, error, DOSON_CTR_ERROR_INVALID_DATA,
                                 id_path, FALSE,
                                 "unit \"%s\" is declared twice", id);
          return FALSE;
        }
      unit = doson_ctr_responsible_unit_new (id);
      ok = _doson_ctr_json_read_loc_text (doc, object, path, "name", TRUE,
                                          &name, error)
           && _doson_ctr_json_read_loc_text (doc, object, path, "short_name",
                                             FALSE, &short_name, error);
      if (ok)
        {
          doson_ctr_responsible_unit_set_name (unit, "vi", name.vi);
          doson_ctr_responsible_unit_set_name (unit, "en", name.en);
          doson_ctr_responsible_unit_set_short_name (unit, "vi", short_name.vi);
          doson_ctr_responsible_unit_set_short_name (unit, "en", short_name.en);
        }
      _doson_ctr_loc_text_clear (&name);
      _doson_ctr_loc_text_clear (&short_name);
      if (!ok)
        return FALSE;
      if (!doson_ctr_program_add_unit (program, unit, &local_error))
        return add_failed (doc, path, local_error, error);
    }
  return TRUE;
}

static gboolean
load_goals (DosonCtrJsonDoc  *doc,
            DosonCtrProgram  *program,
            JsonArray        *goals,
            GError          **error)
{
  static const char * const keys[] = {
    "id", "ref", "title", "parent", "lead_units", "partner_units",
    "resolutions", NULL
  };
  guint i, j;

  for (i = 0; i < json_array_get_length (goals); i++)
    {
      g_autofree char *path = _doson_ctr_json_path_index ("goals", i);
      g_autofree char *id_path = _doson_ctr_json_path_member (path, "id");
      g_autofree char *parent_path = _doson_ctr_json_path_member (path, "parent");
      g_autoptr(DosonCtrGoal) goal = NULL;
      g_autoptr(GPtrArray) lead = NULL;
      g_autoptr(GPtrArray) partners = NULL;
      g_autoptr(GPtrArray) resolutions = NULL;
      DosonCtrLocText title = { NULL, NULL };
      GError *local_error = NULL;
      JsonObject *object;
      const char *id, *ref, *parent;

      if (!element_object (doc, goals, i, path, &object, error)
          || !_doson_ctr_json_check_keys (doc, object, path, keys, error)
          || !_doson_ctr_json_read_id (doc, object, path, "id", TRUE, &id, error))
        return FALSE;
      if (doson_ctr_program_lookup_goal (program, id) != NULL)
        {
          _doson_ctr_json_error (doc, error, DOSON_CTR_ERROR_INVALID_DATA,
                                 id_path, FALSE,
                                 "goal \"%s\" is declared twice", id);
          return FALSE;
        }
      if (!_doson_ctr_json_read_string (doc, object, path, "ref", FALSE, &ref, error)
          || !_doson_ctr_json_read_id (doc, object, path, "parent", FALSE,
                                       &parent, error)
          || !_doson_ctr_json_read_string_array (doc, object, path, "lead_units",
                                                 FALSE, TRUE, &lead, error)
          || !_doson_ctr_json_read_string_array (doc, object, path,
                                                 "partner_units", FALSE, TRUE,
                                                 &partners, error)
          || !_doson_ctr_json_read_string_array (doc, object, path,
                                                 "resolutions", FALSE, FALSE,
                                                 &resolutions, error))
        return FALSE;
      if (parent != NULL && doson_ctr_program_lookup_goal (program, parent) == NULL)
        {
          _doson_ctr_json_error (doc, error, DOSON_CTR_ERROR_INVALID_DATA,
                                 parent_path, FALSE,
                                 strcmp (parent, id) == 0
                                 ? "goal \"%s\" cannot be its own parent"
                                 : "unknown goal \"%s\" (a parent must come "
                                   "before its children)", parent);
          return FALSE;
        }
      if (!check_units_known (doc, program, lead, NULL, path, "lead_units", error)
          || !check_units_known (doc, program, partners, lead, path,
                                 "partner_units", error))
        return FALSE;
      if (!_doson_ctr_json_read_loc_text (doc, object, path, "title", TRUE,
                                          &title, error))
        return FALSE;

      goal = doson_ctr_goal_new (id);
      doson_ctr_goal_set_ref (goal, ref);
      doson_ctr_goal_set_title (goal, "vi", title.vi);
      doson_ctr_goal_set_title (goal, "en", title.en);
      _doson_ctr_loc_text_clear (&title);
      doson_ctr_goal_set_parent_id (goal, parent);
      for (j = 0; lead != NULL && j < lead->len; j++)
        doson_ctr_goal_add_lead_unit (goal, g_ptr_array_index (lead, j));
      for (j = 0; partners != NULL && j < partners->len; j++)
        doson_ctr_goal_add_partner_unit (goal, g_ptr_array_index (partners, j));
      for (j = 0; resolutions != NULL && j < resolutions->len; j++)
        doson_ctr_goal_add_resolution (goal, g_ptr_array_index (resolutions, j));
      if (!doson_ctr_program_add_goal (program, goal, &local_error))
        return add_failed (doc, path, local_error, error);
    }
  return TRUE;
}

static gboolean
bad_enum (DosonCtrJsonDoc  *doc,
          const char       *path,
          const char       *key,
          const char       *what,
          const char       *value,
          const char       *allowed,
          GError          **error)
{
  g_autofree char *member = _doson_ctr_json_path_member (path, key);

  _doson_ctr_json_error (doc, error, DOSON_CTR_ERROR_INVALID_DATA, member,
                         FALSE, "unknown %s \"%s\" (expected %s)", what, value,
                         allowed);
  return FALSE;
}

static gboolean
forbid_key (DosonCtrJsonDoc  *doc,
            JsonObject       *object,
            const char       *path,
            const char       *key,
            const char       *why,
            GError          **error)
{
  g_autofree char *member = NULL;

  if (!json_object_has_member (object, key))
    return TRUE;
  member = _doson_ctr_json_path_member (path, key);
  _doson_ctr_json_error (doc, error, DOSON_CTR_ERROR_INVALID_DATA, member,
                         TRUE, "\"%s\" %s", key, why);
  return FALSE;
}

static gboolean
check_target_year (DosonCtrJsonDoc  *doc,
                   DosonCtrProgram  *program,
                   const char       *path,
                   const char       *key,
                   int               year,
                   GError          **error)
{
  int first = doson_ctr_program_get_baseline_year (program) + 1;
  int last = doson_ctr_program_get_term_end (program);

  if (year < first || year > last)
    {
      g_autofree char *member = _doson_ctr_json_path_member (path, key);
      _doson_ctr_json_error (doc, error, DOSON_CTR_ERROR_INVALID_DATA, member,
                             FALSE, "the year %d is outside the term: targets "
                             "apply to the years %d to %d (after the baseline "
                             "year %d)", year, first, last, first - 1);
      return FALSE;
    }
  return TRUE;
}

static DosonCtrTarget *
load_target (DosonCtrJsonDoc    *doc,
             DosonCtrProgram    *program,
             DosonCtrIndicator  *indicator,
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
  DosonCtrTargetKind kind;
  DosonCtrComparator comparator;
  DosonCtrRangeMode mode = DOSON_CTR_RANGE_MODE_FLOOR_STRETCH;
  GError *local_error = NULL;
  const char *kind_str, *comparator_str, *mode_str;
  const char *threshold_key;
  gboolean present, per_disaggregation;
  double value = 0, low = 0, high = 0;
  int first_year = 0, deadline_year = 0;

  if (!_doson_ctr_json_check_keys (doc, object, path, keys, error)
      || !_doson_ctr_json_read_string (doc, object, path, "kind", TRUE, &kind_str, error))
    return NULL;
  if (!doson_ctr_target_kind_from_string (kind_str, &kind))
    {
      bad_enum (doc, path, "kind", "kind of target", kind_str,
                "every-year, level, average-growth, year-on-year, "
                "cumulative or milestone", error);
      return NULL;
    }
  if (!_doson_ctr_json_read_string (doc, object, path, "comparator", TRUE,
                                    &comparator_str, error))
    return NULL;
  if (!doson_ctr_comparator_from_string (comparator_str, &comparator))
    {
      bad_enum (doc, path, "comparator", "comparator", comparator_str,
                ">=, >, <=, <, = or range", error);
      return NULL;
    }

  if (comparator == DOSON_CTR_COMPARATOR_RANGE)
    {
      if (!forbid_key (doc, object, path, "value",
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
          bad_enum (doc, path, "range", "kind of range", mode_str,
                    "floor-stretch or band", error);
          return NULL;
        }
      if (kind == DOSON_CTR_TARGET_KIND_MILESTONE)
        {
          g_autofree char *member = _doson_ctr_json_path_member (path, "comparator");
          _doson_ctr_json_error (doc, error, DOSON_CTR_ERROR_INVALID_DATA,
                                 member, FALSE,
                                 "a milestone cannot have a range: use \"=\" "
                                 "with the value 1");
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
      threshold_key = "low";
      target = doson_ctr_target_new_range (kind, low, high, mode, &local_error);
    }
  else
    {
      if (!forbid_key (doc, object, path, "low",
                       "is only used with the comparator \"range\"", error)
          || !forbid_key (doc, object, path, "high",
                          "is only used with the comparator \"range\"", error)
          || !forbid_key (doc, object, path, "range",
                          "is only used with the comparator \"range\"", error)
          || !_doson_ctr_json_read_number (doc, object, path, "value", TRUE,
                                           FALSE, &present, &value, error))
        return NULL;
      if (kind == DOSON_CTR_TARGET_KIND_MILESTONE
          && comparator != DOSON_CTR_COMPARATOR_EQUAL)
        {
          g_autofree char *member = _doson_ctr_json_path_member (path, "comparator");
          _doson_ctr_json_error (doc, error, DOSON_CTR_ERROR_INVALID_DATA,
                                 member, FALSE,
                                 "a milestone uses the comparator \"=\"");
          return NULL;
        }
      threshold_key = "value";
      target = doson_ctr_target_new (kind, comparator, value, &local_error);
    }
  if (target == NULL)
    {
      g_autofree char *member = _doson_ctr_json_path_member (path, threshold_key);
      add_failed (doc, member, local_error, error);
      return NULL;
    }
  if (!_doson_ctr_target_check_measure (target,
                                        doson_ctr_indicator_get_measure (indicator),
                                        &local_error))
    {
      g_autofree char *member = _doson_ctr_json_path_member (path, threshold_key);
      add_failed (doc, member, local_error, error);
      return NULL;
    }

  if (!_doson_ctr_json_read_int (doc, object, path, "first_year", FALSE,
                                 DOSON_CTR_YEAR_MIN, DOSON_CTR_YEAR_MAX,
                                 &present, &first_year, error))
    return NULL;
  if (present && !check_target_year (doc, program, path, "first_year",
                                     first_year, error))
    return NULL;
  if (!_doson_ctr_json_read_int (doc, object, path, "deadline_year", FALSE,
                                 DOSON_CTR_YEAR_MIN, DOSON_CTR_YEAR_MAX,
                                 &present, &deadline_year, error))
    return NULL;
  if (present && !check_target_year (doc, program, path, "deadline_year",
                                     deadline_year, error))
    return NULL;
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
      return NULL;
    }
  doson_ctr_target_set_years (target, first_year, deadline_year);

  if (!_doson_ctr_json_read_bool (doc, object, path, "per_disaggregation",
                                  FALSE, &present, &per_disaggregation, error))
    return NULL;
  if (per_disaggregation
      && doson_ctr_indicator_get_disaggregation (indicator) == NULL)
    {
      g_autofree char *member = _doson_ctr_json_path_member (path, "per_disaggregation");
      _doson_ctr_json_error (doc, error, DOSON_CTR_ERROR_INVALID_DATA, member,
                             FALSE, "the indicator has no \"disaggregation\"");
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

static gboolean
load_disaggregation (DosonCtrJsonDoc    *doc,
                     DosonCtrIndicator  *indicator,
                     JsonObject         *object,
                     const char         *path,
                     GError            **error)
{
  static const char * const keys[] = { "dimension", "name", "values", NULL };
  static const char * const value_keys[] = { "id", "name", NULL };
  g_autofree char *values_path = _doson_ctr_json_path_member (path, "values");
  DosonCtrLocText name = { NULL, NULL };
  JsonArray *values;
  const char *dimension;
  guint i;

  if (!_doson_ctr_json_check_keys (doc, object, path, keys, error)
      || !_doson_ctr_json_read_id (doc, object, path, "dimension", TRUE,
                                   &dimension, error)
      || !_doson_ctr_json_read_array (doc, object, path, "values", TRUE,
                                      &values, error))
    return FALSE;
  if (json_array_get_length (values) == 0)
    {
      _doson_ctr_json_error (doc, error, DOSON_CTR_ERROR_INVALID_DATA,
                             values_path, FALSE,
                             "a disaggregation needs at least one value");
      return FALSE;
    }
  if (!_doson_ctr_json_read_loc_text (doc, object, path, "name", FALSE, &name,
                                      error))
    return FALSE;
  doson_ctr_indicator_set_disaggregation (indicator, dimension, name.vi,
                                          name.en);
  _doson_ctr_loc_text_clear (&name);

  for (i = 0; i < json_array_get_length (values); i++)
    {
      g_autofree char *value_path = _doson_ctr_json_path_index (values_path, i);
      g_autofree char *id_path = _doson_ctr_json_path_member (value_path, "id");
      DosonCtrLocText value_name = { NULL, NULL };
      JsonObject *value;
      const char *id;

      if (!element_object (doc, values, i, value_path, &value, error)
          || !_doson_ctr_json_check_keys (doc, value, value_path, value_keys,
                                          error)
          || !_doson_ctr_json_read_id (doc, value, value_path, "id", TRUE, &id,
                                       error))
        return FALSE;
      if (doson_ctr_indicator_has_disaggregation_value (indicator, id))
        {
          _doson_ctr_json_error (doc, error, DOSON_CTR_ERROR_INVALID_DATA,
                                 id_path, FALSE,
                                 "the value \"%s\" is listed twice", id);
          return FALSE;
        }
      if (!_doson_ctr_json_read_loc_text (doc, value, value_path, "name",
                                          FALSE, &value_name, error))
        return FALSE;
      doson_ctr_indicator_add_disaggregation_value (indicator, id,
                                                    value_name.vi,
                                                    value_name.en);
      _doson_ctr_loc_text_clear (&value_name);
    }
  return TRUE;
}

static gboolean
load_relation (DosonCtrJsonDoc    *doc,
               DosonCtrProgram    *program,
               DosonCtrIndicator  *indicator,
               JsonObject         *object,
               const char         *path,
               GError            **error)
{
  const char *part_of, *subset_of, *related, *key;
  g_autofree char *member = NULL;
  DosonCtrIndicator *whole;

  if (!_doson_ctr_json_read_id (doc, object, path, "part_of", FALSE, &part_of,
                                error)
      || !_doson_ctr_json_read_id (doc, object, path, "subset_of", FALSE,
                                   &subset_of, error))
    return FALSE;
  if (part_of != NULL && subset_of != NULL)
    return forbid_key (doc, object, path, "subset_of",
                       "cannot be given with \"part_of\": an indicator is "
                       "either a part or a subset of another", error);
  if (part_of == NULL && subset_of == NULL)
    return TRUE;

  related = part_of != NULL ? part_of : subset_of;
  key = part_of != NULL ? "part_of" : "subset_of";
  member = _doson_ctr_json_path_member (path, key);
  if (strcmp (related, doson_ctr_indicator_get_id (indicator)) == 0)
    {
      _doson_ctr_json_error (doc, error, DOSON_CTR_ERROR_INVALID_DATA, member,
                             FALSE, "an indicator cannot be %s itself",
                             part_of != NULL ? "part of" : "a subset of");
      return FALSE;
    }
  whole = doson_ctr_program_lookup_indicator (program, related);
  if (whole == NULL)
    {
      _doson_ctr_json_error (doc, error, DOSON_CTR_ERROR_INVALID_DATA, member,
                             FALSE, "unknown indicator \"%s\" (the whole must "
                             "come before its parts and subsets)", related);
      return FALSE;
    }
  if (doson_ctr_indicator_get_measure (whole)
      != doson_ctr_indicator_get_measure (indicator))
    {
      _doson_ctr_json_error (doc, error, DOSON_CTR_ERROR_INVALID_DATA, member,
                             FALSE, "\"%s\" is measured as \"%s\", this "
                             "indicator as \"%s\": they must be the same",
                             related,
                             doson_ctr_measure_to_string (doson_ctr_indicator_get_measure (whole)),
                             doson_ctr_measure_to_string (doson_ctr_indicator_get_measure (indicator)));
      return FALSE;
    }
  doson_ctr_indicator_set_relation (indicator,
                                    part_of != NULL
                                    ? DOSON_CTR_INDICATOR_RELATION_PART_OF
                                    : DOSON_CTR_INDICATOR_RELATION_SUBSET_OF,
                                    related);
  return TRUE;
}

static gboolean
load_indicator (DosonCtrJsonDoc  *doc,
                DosonCtrProgram  *program,
                JsonObject       *object,
                const char       *path,
                GError          **error)
{
  static const char * const keys[] = {
    "id", "ref", "name", "unit", "note", "measure", "direction", "goal",
    "lead_units", "partner_units", "part_of", "subset_of", "disaggregation",
    "targets", NULL
  };
  g_autofree char *id_path = _doson_ctr_json_path_member (path, "id");
  g_autofree char *goal_path = _doson_ctr_json_path_member (path, "goal");
  g_autofree char *lead_path = _doson_ctr_json_path_member (path, "lead_units");
  g_autofree char *targets_path = _doson_ctr_json_path_member (path, "targets");
  g_autoptr(DosonCtrIndicator) indicator = NULL;
  g_autoptr(GPtrArray) lead = NULL;
  g_autoptr(GPtrArray) partners = NULL;
  DosonCtrLocText name = { NULL, NULL }, unit = { NULL, NULL }, note = { NULL, NULL };
  DosonCtrMeasure measure;
  DosonCtrDirection direction;
  GError *local_error = NULL;
  JsonObject *disaggregation;
  JsonArray *targets;
  const char *id, *ref, *measure_str, *direction_str, *goal;
  gboolean ok;
  guint j;

  if (!_doson_ctr_json_check_keys (doc, object, path, keys, error)
      || !_doson_ctr_json_read_id (doc, object, path, "id", TRUE, &id, error))
    return FALSE;
  if (doson_ctr_program_lookup_indicator (program, id) != NULL)
    {
      _doson_ctr_json_error (doc, error, DOSON_CTR_ERROR_INVALID_DATA, id_path,
                             FALSE, "indicator \"%s\" is declared twice", id);
      return FALSE;
    }
  indicator = doson_ctr_indicator_new (id);

  if (!_doson_ctr_json_read_string (doc, object, path, "ref", FALSE, &ref, error))
    return FALSE;
  doson_ctr_indicator_set_ref (indicator, ref);

  ok = _doson_ctr_json_read_loc_text (doc, object, path, "name", TRUE, &name, error)
       && _doson_ctr_json_read_loc_text (doc, object, path, "unit", FALSE, &unit, error)
       && _doson_ctr_json_read_loc_text (doc, object, path, "note", FALSE, &note, error);
  if (ok)
    {
      doson_ctr_indicator_set_name (indicator, "vi", name.vi);
      doson_ctr_indicator_set_name (indicator, "en", name.en);
      doson_ctr_indicator_set_unit (indicator, "vi", unit.vi);
      doson_ctr_indicator_set_unit (indicator, "en", unit.en);
      doson_ctr_indicator_set_note (indicator, "vi", note.vi);
      doson_ctr_indicator_set_note (indicator, "en", note.en);
    }
  _doson_ctr_loc_text_clear (&name);
  _doson_ctr_loc_text_clear (&unit);
  _doson_ctr_loc_text_clear (&note);
  if (!ok)
    return FALSE;

  if (!_doson_ctr_json_read_string (doc, object, path, "measure", TRUE,
                                    &measure_str, error))
    return FALSE;
  if (!doson_ctr_measure_from_string (measure_str, &measure))
    return bad_enum (doc, path, "measure", "measure", measure_str,
                     "percent, count, amount or boolean", error);
  doson_ctr_indicator_set_measure (indicator, measure);

  if (!_doson_ctr_json_read_string (doc, object, path, "direction", TRUE,
                                    &direction_str, error))
    return FALSE;
  if (!doson_ctr_direction_from_string (direction_str, &direction))
    return bad_enum (doc, path, "direction", "direction", direction_str,
                     "higher or lower", error);
  doson_ctr_indicator_set_direction (indicator, direction);

  if (!_doson_ctr_json_read_id (doc, object, path, "goal", TRUE, &goal, error))
    return FALSE;
  if (doson_ctr_program_lookup_goal (program, goal) == NULL)
    {
      _doson_ctr_json_error (doc, error, DOSON_CTR_ERROR_INVALID_DATA,
                             goal_path, FALSE,
                             "unknown goal \"%s\" (declare it in \"goals\")",
                             goal);
      return FALSE;
    }
  doson_ctr_indicator_set_goal_id (indicator, goal);

  if (!_doson_ctr_json_read_string_array (doc, object, path, "lead_units",
                                          TRUE, TRUE, &lead, error)
      || !_doson_ctr_json_read_string_array (doc, object, path,
                                             "partner_units", FALSE, TRUE,
                                             &partners, error))
    return FALSE;
  if (lead->len == 0)
    {
      _doson_ctr_json_error (doc, error, DOSON_CTR_ERROR_INVALID_DATA,
                             lead_path, FALSE,
                             "an indicator needs at least one lead unit");
      return FALSE;
    }
  if (!check_units_known (doc, program, lead, NULL, path, "lead_units", error)
      || !check_units_known (doc, program, partners, lead, path,
                             "partner_units", error))
    return FALSE;
  for (j = 0; j < lead->len; j++)
    doson_ctr_indicator_add_lead_unit (indicator, g_ptr_array_index (lead, j));
  for (j = 0; partners != NULL && j < partners->len; j++)
    doson_ctr_indicator_add_partner_unit (indicator,
                                          g_ptr_array_index (partners, j));

  if (!load_relation (doc, program, indicator, object, path, error))
    return FALSE;

  if (!_doson_ctr_json_read_object (doc, object, path, "disaggregation",
                                    FALSE, &disaggregation, error))
    return FALSE;
  if (disaggregation != NULL)
    {
      g_autofree char *member = _doson_ctr_json_path_member (path, "disaggregation");
      if (!load_disaggregation (doc, indicator, disaggregation, member, error))
        return FALSE;
    }

  if (!_doson_ctr_json_read_array (doc, object, path, "targets", TRUE,
                                   &targets, error))
    return FALSE;
  if (json_array_get_length (targets) == 0)
    {
      _doson_ctr_json_error (doc, error, DOSON_CTR_ERROR_INVALID_DATA,
                             targets_path, FALSE,
                             "an indicator needs at least one target");
      return FALSE;
    }
  for (j = 0; j < json_array_get_length (targets); j++)
    {
      g_autofree char *target_path = _doson_ctr_json_path_index (targets_path, j);
      g_autoptr(DosonCtrTarget) target = NULL;
      JsonObject *target_object;

      if (!element_object (doc, targets, j, target_path, &target_object, error))
        return FALSE;
      target = load_target (doc, program, indicator, target_object,
                            target_path, error);
      if (target == NULL)
        return FALSE;
      doson_ctr_indicator_add_target (indicator, target);
    }

  if (!doson_ctr_program_add_indicator (program, indicator, &local_error))
    return add_failed (doc, path, local_error, error);
  return TRUE;
}

static DosonCtrProgram *
load_program (DosonCtrJsonDoc  *doc,
              GError          **error)
{
  static const char * const keys[] = {
    "format", "version", "id", "code", "title", "issuing_body", "date",
    "term_start", "term_end", "baseline_year", "units", "goals",
    "indicators", NULL
  };
  g_autoptr(DosonCtrProgram) program = NULL;
  DosonCtrLocText title = { NULL, NULL }, issuing_body = { NULL, NULL };
  JsonObject *root;
  JsonArray *units, *goals, *indicators;
  const char *format, *id, *code, *date;
  gboolean present;
  int version, term_start, term_end, baseline_year;
  guint i;
  gboolean ok;

  if (!_doson_ctr_json_expect_object (doc, _doson_ctr_json_doc_get_root (doc),
                                      "", &root, error)
      || !_doson_ctr_json_read_string (doc, root, "", "format", TRUE, &format,
                                       error))
    return NULL;
  if (strcmp (format, PROGRAM_FORMAT) != 0)
    {
      _doson_ctr_json_error (doc, error, DOSON_CTR_ERROR_INVALID_DATA, "format",
                             FALSE, "this is not a programme file: the format "
                             "is \"%s\", expected \"" PROGRAM_FORMAT "\"",
                             format);
      return NULL;
    }
  if (!_doson_ctr_json_read_int (doc, root, "", "version", TRUE, 0, G_MAXINT,
                                 &present, &version, error))
    return NULL;
  if (version != PROGRAM_VERSION)
    {
      _doson_ctr_json_error (doc, error, DOSON_CTR_ERROR_INVALID_DATA,
                             "version", FALSE, "version %d is not supported "
                             "(this library reads version %d)", version,
                             PROGRAM_VERSION);
      return NULL;
    }
  if (!_doson_ctr_json_check_keys (doc, root, "", keys, error)
      || !_doson_ctr_json_read_id (doc, root, "", "id", TRUE, &id, error)
      || !_doson_ctr_json_read_int (doc, root, "", "term_start", TRUE,
                                    DOSON_CTR_YEAR_MIN, DOSON_CTR_YEAR_MAX - 1,
                                    &present, &term_start, error)
      || !_doson_ctr_json_read_int (doc, root, "", "term_end", TRUE,
                                    term_start + 1, DOSON_CTR_YEAR_MAX,
                                    &present, &term_end, error)
      || !_doson_ctr_json_read_int (doc, root, "", "baseline_year", FALSE,
                                    term_start - 1, term_end - 1, &present,
                                    &baseline_year, error))
    return NULL;
  if (!present)
    baseline_year = term_start;

  program = doson_ctr_program_new (id, term_start, term_end, baseline_year);

  if (!_doson_ctr_json_read_string (doc, root, "", "code", FALSE, &code, error)
      || !_doson_ctr_json_read_string (doc, root, "", "date", FALSE, &date, error))
    return NULL;
  doson_ctr_program_set_code (program, code);
  if (date != NULL && !doson_ctr_program_set_date (program, date, NULL))
    {
      _doson_ctr_json_error (doc, error, DOSON_CTR_ERROR_INVALID_DATA, "date",
                             FALSE, "\"%s\" is not a valid date written "
                             "YYYY-MM-DD", date);
      return NULL;
    }

  ok = _doson_ctr_json_read_loc_text (doc, root, "", "title", TRUE, &title, error)
       && _doson_ctr_json_read_loc_text (doc, root, "", "issuing_body", FALSE,
                                         &issuing_body, error);
  if (ok)
    {
      doson_ctr_program_set_title (program, "vi", title.vi);
      doson_ctr_program_set_title (program, "en", title.en);
      doson_ctr_program_set_issuing_body (program, "vi", issuing_body.vi);
      doson_ctr_program_set_issuing_body (program, "en", issuing_body.en);
    }
  _doson_ctr_loc_text_clear (&title);
  _doson_ctr_loc_text_clear (&issuing_body);
  if (!ok)
    return NULL;

  if (!_doson_ctr_json_read_array (doc, root, "", "units", TRUE, &units, error)
      || !_doson_ctr_json_read_array (doc, root, "", "goals", TRUE, &goals, error)
      || !_doson_ctr_json_read_array (doc, root, "", "indicators", TRUE,
                                      &indicators, error))
    return NULL;
  if (!load_units (doc, program, units, error)
      || !load_goals (doc, program, goals, error))
    return NULL;
  for (i = 0; i < json_array_get_length (indicators); i++)
    {
      g_autofree char *path = _doson_ctr_json_path_index ("indicators", i);
      JsonObject *object;

      if (!element_object (doc, indicators, i, path, &object, error)
          || !load_indicator (doc, program, object, path, error))
        return NULL;
    }
  return g_steal_pointer (&program);
}

/**
 * doson_ctr_program_new_from_data: (constructor)
 * @data: the text of a programme file (doc/formats.md, section 2)
 * @length: the length of @data in bytes, or -1 when it is NUL-terminated
 * @name: (nullable): the name used in error messages, such as a file
 *   name; %NULL for "&lt;data&gt;"
 * @error: return location for a #GError, or %NULL
 *
 * Reads a programme from JSON text and checks everything doc/formats.md
 * lists. The first problem found fails the call with an error whose
 * message reads "NAME:LINE:COLUMN: PATH: MESSAGE": %DOSON_CTR_ERROR_PARSE
 * for invalid UTF-8 and JSON syntax, %DOSON_CTR_ERROR_INVALID_DATA for
 * content (a wrong JSON type, a missing or unknown key, an unknown or
 * repeated id, a year outside the term, a range out of order …),
 * %DOSON_CTR_ERROR_NOT_FINITE for a number too large for a double and
 * %DOSON_CTR_ERROR_LIMIT for data beyond the limits of doc/formats.md,
 * section 5 (over 64 MiB, nested deeper than 128 levels, more than
 * 1 000 000 JSON values, a value's path over 256 bytes).
 *
 * Returns: (transfer full): the programme, to be released with
 *   g_object_unref(), or %NULL with @error set
 *
 * Since: 0.1
 */
DosonCtrProgram *
doson_ctr_program_new_from_data (const char  *data,
                                 gssize       length,
                                 const char  *name,
                                 GError     **error)
{
  g_autoptr(DosonCtrJsonDoc) doc = NULL;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length < 0)
    length = (gssize) strlen (data);
  doc = _doson_ctr_json_doc_new (data != NULL ? data : "", (gsize) length,
                                 name != NULL ? name : "<data>", error);
  if (doc == NULL)
    return NULL;
  return load_program (doc, error);
}

/**
 * doson_ctr_program_new_from_file: (constructor)
 * @path: (type filename): the path of a programme file
 * @error: return location for a #GError, or %NULL
 *
 * Reads a programme file, as doson_ctr_program_new_from_data() does, with
 * @path as the name in error messages. A file that cannot be read fails
 * with %DOSON_CTR_ERROR_IO; one over 64 MiB with %DOSON_CTR_ERROR_LIMIT.
 *
 * Returns: (transfer full): the programme, to be released with
 *   g_object_unref(), or %NULL with @error set
 *
 * Since: 0.1
 */
DosonCtrProgram *
doson_ctr_program_new_from_file (const char  *path,
                                 GError     **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *display = NULL;
  gsize length;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_doson_ctr_read_file (path, &contents, &length, error))
    return NULL;
  display = g_filename_display_name (path);
  return doson_ctr_program_new_from_data (contents, (gssize) length, display,
                                          error);
}

/* ---------------------------------------------------------------------- */
/* Writer                                                                  */

static void
indent (GString *out,
        guint    level)
{
  guint i;

  for (i = 0; i < level; i++)
    g_string_append (out, "  ");
}

/* Starts a member: a comma and newline unless it is the first. */
static void
member (GString     *out,
        guint        level,
        gboolean    *first,
        const char  *key)
{
  if (!*first)
    g_string_append_c (out, ',');
  g_string_append_c (out, '\n');
  *first = FALSE;
  indent (out, level);
  _doson_ctr_json_append_string (out, key);
  g_string_append (out, ": ");
}

static void
member_string (GString     *out,
               guint        level,
               gboolean    *first,
               const char  *key,
               const char  *value)
{
  if (value == NULL)
    return;
  member (out, level, first, key);
  _doson_ctr_json_append_string (out, value);
}

static void
member_loc_text (GString               *out,
                 guint                  level,
                 gboolean              *first,
                 const char            *key,
                 const DosonCtrLocText *text)
{
  if (text->vi == NULL)
    return;
  member (out, level, first, key);
  _doson_ctr_json_append_loc_text (out, text);
}

static void
member_int (GString     *out,
            guint        level,
            gboolean    *first,
            const char  *key,
            int          value)
{
  member (out, level, first, key);
  g_string_append_printf (out, "%d", value);
}

static void
member_number (GString     *out,
               guint        level,
               gboolean    *first,
               const char  *key,
               double       value)
{
  member (out, level, first, key);
  _doson_ctr_append_double (out, value);
}

static void
member_strings (GString     *out,
                guint        level,
                gboolean    *first,
                const char  *key,
                GPtrArray   *values)
{
  guint i;

  if (values->len == 0)
    return;
  member (out, level, first, key);
  g_string_append_c (out, '[');
  for (i = 0; i < values->len; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      _doson_ctr_json_append_string (out, g_ptr_array_index (values, i));
    }
  g_string_append_c (out, ']');
}

static void
close_object (GString *out,
              guint    level)
{
  g_string_append_c (out, '\n');
  indent (out, level);
  g_string_append_c (out, '}');
}

static void
write_target (GString              *out,
              guint                 level,
              const DosonCtrTarget *target)
{
  DosonCtrComparator comparator = doson_ctr_target_get_comparator (target);
  gboolean first = TRUE;
  double value, low, high;

  indent (out, level);
  g_string_append_c (out, '{');
  member_string (out, level + 1, &first, "kind",
                 doson_ctr_target_kind_to_string (doson_ctr_target_get_kind (target)));
  member_string (out, level + 1, &first, "comparator",
                 doson_ctr_comparator_to_string (comparator));
  if (doson_ctr_target_get_range (target, &low, &high))
    {
      member_number (out, level + 1, &first, "low", low);
      member_number (out, level + 1, &first, "high", high);
      member_string (out, level + 1, &first, "range",
                     doson_ctr_range_mode_to_string (doson_ctr_target_get_range_mode (target)));
    }
  else if (doson_ctr_target_get_value (target, &value))
    member_number (out, level + 1, &first, "value", value);
  member_int (out, level + 1, &first, "first_year",
              doson_ctr_target_get_first_year (target));
  member_int (out, level + 1, &first, "deadline_year",
              doson_ctr_target_get_deadline_year (target));
  if (doson_ctr_target_get_per_disaggregation (target))
    {
      member (out, level + 1, &first, "per_disaggregation");
      g_string_append (out, "true");
    }
  member_loc_text (out, level + 1, &first, "text",
                   _doson_ctr_target_get_text_raw (target));
  close_object (out, level);
}

static void
write_indicator (GString           *out,
                 guint              level,
                 DosonCtrIndicator *indicator)
{
  gboolean first = TRUE;
  GPtrArray *targets;
  guint i;

  indent (out, level);
  g_string_append_c (out, '{');
  member_string (out, level + 1, &first, "id", doson_ctr_indicator_get_id (indicator));
  member_string (out, level + 1, &first, "ref", doson_ctr_indicator_get_ref (indicator));
  member_loc_text (out, level + 1, &first, "name", _doson_ctr_indicator_get_name_raw (indicator));
  member_loc_text (out, level + 1, &first, "unit", _doson_ctr_indicator_get_unit_raw (indicator));
  member_loc_text (out, level + 1, &first, "note", _doson_ctr_indicator_get_note_raw (indicator));
  member_string (out, level + 1, &first, "measure",
                 doson_ctr_measure_to_string (doson_ctr_indicator_get_measure (indicator)));
  member_string (out, level + 1, &first, "direction",
                 doson_ctr_direction_to_string (doson_ctr_indicator_get_direction (indicator)));
  member_string (out, level + 1, &first, "goal", doson_ctr_indicator_get_goal_id (indicator));
  member_strings (out, level + 1, &first, "lead_units",
                  doson_ctr_indicator_get_lead_unit_ids (indicator));
  member_strings (out, level + 1, &first, "partner_units",
                  doson_ctr_indicator_get_partner_unit_ids (indicator));
  switch (doson_ctr_indicator_get_relation (indicator))
    {
    case DOSON_CTR_INDICATOR_RELATION_PART_OF:
      member_string (out, level + 1, &first, "part_of",
                     doson_ctr_indicator_get_related_id (indicator));
      break;
    case DOSON_CTR_INDICATOR_RELATION_SUBSET_OF:
      member_string (out, level + 1, &first, "subset_of",
                     doson_ctr_indicator_get_related_id (indicator));
      break;
    case DOSON_CTR_INDICATOR_RELATION_NONE:
    default:
      break;
    }
  if (doson_ctr_indicator_get_disaggregation (indicator) != NULL)
    {
      GPtrArray *values = doson_ctr_indicator_get_disaggregation_values (indicator);
      gboolean dfirst = TRUE;

      member (out, level + 1, &first, "disaggregation");
      g_string_append_c (out, '{');
      member_string (out, level + 2, &dfirst, "dimension",
                     doson_ctr_indicator_get_disaggregation (indicator));
      member_loc_text (out, level + 2, &dfirst, "name",
                       _doson_ctr_indicator_get_disaggregation_name_raw (indicator));
      member (out, level + 2, &dfirst, "values");
      g_string_append_c (out, '[');
      for (i = 0; i < values->len; i++)
        {
          const DosonCtrLocText *name =
            _doson_ctr_indicator_get_disaggregation_value_name_raw (indicator, i);

          g_string_append (out, i > 0 ? ",\n" : "\n");
          indent (out, level + 3);
          g_string_append (out, "{\"id\": ");
          _doson_ctr_json_append_string (out, g_ptr_array_index (values, i));
          if (name->vi != NULL)
            {
              g_string_append (out, ", \"name\": ");
              _doson_ctr_json_append_loc_text (out, name);
            }
          g_string_append_c (out, '}');
        }
      g_string_append_c (out, '\n');
      indent (out, level + 2);
      g_string_append_c (out, ']');
      close_object (out, level + 1);
    }
  targets = doson_ctr_indicator_get_targets (indicator);
  member (out, level + 1, &first, "targets");
  g_string_append_c (out, '[');
  for (i = 0; i < targets->len; i++)
    {
      g_string_append (out, i > 0 ? ",\n" : "\n");
      write_target (out, level + 2, g_ptr_array_index (targets, i));
    }
  g_string_append_c (out, '\n');
  indent (out, level + 1);
  g_string_append_c (out, ']');
  close_object (out, level);
}

static void
write_array_start (GString     *out,
                   guint        level,
                   gboolean    *first,
                   const char  *key,
                   guint        n)
{
  member (out, level, first, key);
  g_string_append_c (out, '[');
  if (n == 0)
    g_string_append_c (out, ']');
}

static void
write_array_end (GString *out,
                 guint    level,
                 guint    n)
{
  if (n == 0)
    return;
  g_string_append_c (out, '\n');
  indent (out, level);
  g_string_append_c (out, ']');
}

/**
 * doson_ctr_program_to_data:
 * @program: a #DosonCtrProgram
 * @length: (out) (optional): where to store the length of the text in
 *   bytes
 *
 * Writes @program as a programme file (doc/formats.md, section 2): UTF-8
 * JSON, indented by two spaces, keys in a fixed order, optional keys left
 * out when unset, target years written in full, numbers with the fewest
 * digits that read back exactly, a final newline. Reading the text back
 * with doson_ctr_program_new_from_data() gives an equal programme (see
 * doson_ctr_program_equal()), provided @program has a Vietnamese title.
 *
 * Returns: (transfer full): the text, NUL-terminated; free it with g_free()
 *
 * Since: 0.1
 */
char *
doson_ctr_program_to_data (DosonCtrProgram *program,
                           gsize           *length)
{
  GString *out;
  GPtrArray *units, *goals, *indicators;
  gboolean first = TRUE;
  guint i;

  g_return_val_if_fail (DOSON_CTR_IS_PROGRAM (program), NULL);

  out = g_string_new ("{");
  member_string (out, 1, &first, "format", PROGRAM_FORMAT);
  member_int (out, 1, &first, "version", PROGRAM_VERSION);
  member_string (out, 1, &first, "id", doson_ctr_program_get_id (program));
  member_string (out, 1, &first, "code", doson_ctr_program_get_code (program));
  member_loc_text (out, 1, &first, "title", _doson_ctr_program_get_title_raw (program));
  member_loc_text (out, 1, &first, "issuing_body",
                   _doson_ctr_program_get_issuing_body_raw (program));
  member_string (out, 1, &first, "date", doson_ctr_program_get_date (program));
  member_int (out, 1, &first, "term_start", doson_ctr_program_get_term_start (program));
  member_int (out, 1, &first, "term_end", doson_ctr_program_get_term_end (program));
  member_int (out, 1, &first, "baseline_year",
              doson_ctr_program_get_baseline_year (program));

  units = doson_ctr_program_get_units (program);
  write_array_start (out, 1, &first, "units", units->len);
  for (i = 0; i < units->len; i++)
    {
      DosonCtrResponsibleUnit *unit = g_ptr_array_index (units, i);
      gboolean ufirst = TRUE;

      g_string_append (out, i > 0 ? ",\n" : "\n");
      indent (out, 2);
      g_string_append_c (out, '{');
      member_string (out, 3, &ufirst, "id", doson_ctr_responsible_unit_get_id (unit));
      member_loc_text (out, 3, &ufirst, "name",
                       _doson_ctr_responsible_unit_get_name_raw (unit));
      member_loc_text (out, 3, &ufirst, "short_name",
                       _doson_ctr_responsible_unit_get_short_name_raw (unit));
      close_object (out, 2);
    }
  write_array_end (out, 1, units->len);

  goals = doson_ctr_program_get_goals (program);
  write_array_start (out, 1, &first, "goals", goals->len);
  for (i = 0; i < goals->len; i++)
    {
      DosonCtrGoal *goal = g_ptr_array_index (goals, i);
      gboolean gfirst = TRUE;

      g_string_append (out, i > 0 ? ",\n" : "\n");
      indent (out, 2);
      g_string_append_c (out, '{');
      member_string (out, 3, &gfirst, "id", doson_ctr_goal_get_id (goal));
      member_string (out, 3, &gfirst, "ref", doson_ctr_goal_get_ref (goal));
      member_loc_text (out, 3, &gfirst, "title", _doson_ctr_goal_get_title_raw (goal));
      member_string (out, 3, &gfirst, "parent", doson_ctr_goal_get_parent_id (goal));
      member_strings (out, 3, &gfirst, "lead_units", doson_ctr_goal_get_lead_unit_ids (goal));
      member_strings (out, 3, &gfirst, "partner_units",
                      doson_ctr_goal_get_partner_unit_ids (goal));
      member_strings (out, 3, &gfirst, "resolutions", doson_ctr_goal_get_resolutions (goal));
      close_object (out, 2);
    }
  write_array_end (out, 1, goals->len);

  indicators = doson_ctr_program_get_indicators (program);
  write_array_start (out, 1, &first, "indicators", indicators->len);
  for (i = 0; i < indicators->len; i++)
    {
      g_string_append (out, i > 0 ? ",\n" : "\n");
      write_indicator (out, 2, g_ptr_array_index (indicators, i));
    }
  write_array_end (out, 1, indicators->len);

  g_string_append (out, "\n}\n");
  if (length != NULL)
    *length = out->len;
  return g_string_free (out, FALSE);
}

/**
 * doson_ctr_program_save_to_file:
 * @program: a #DosonCtrProgram
 * @path: (type filename): where to write
 * @error: return location for a #GError, or %NULL
 *
 * Writes doson_ctr_program_to_data() to @path atomically: the file is
 * either replaced whole or left as it was. Fails with
 * %DOSON_CTR_ERROR_INVALID_DATA when @program has no Vietnamese title
 * (the file could not be read back), and with %DOSON_CTR_ERROR_IO when
 * the file cannot be written.
 *
 * Returns: %TRUE on success
 *
 * Since: 0.1
 */
gboolean
doson_ctr_program_save_to_file (DosonCtrProgram  *program,
                                const char       *path,
                                GError          **error)
{
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (DOSON_CTR_IS_PROGRAM (program), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (doson_ctr_program_get_title (program, "vi") == NULL)
    {
      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA,
                   "programme \"%s\" has no Vietnamese title",
                   doson_ctr_program_get_id (program));
      return FALSE;
    }
  data = doson_ctr_program_to_data (program, &length);
  return _doson_ctr_write_file (path, data, length, error);
}
