/* doson-ctr-program-json.c: reading programme files (doc/formats.md,
 * section 2)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The reader checks each unit, goal, indicator and target.  Listing every
 * problem (_doson_ctr_program_load() with a list), a problem of a member
 * the reader can do without (an unknown key, an unknown reference, an
 * unknown measure) is listed and the reading of the entry goes on; any
 * other problem ends the entry's reading.  An entry with a problem is not
 * added, and what refers to it is not reported again.
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
#include "formats/doson-ctr-loader-private.h"
#include "formats/doson-ctr-program-json-private.h"

/* Reads one entry of an array, the object at @path; sets *id (borrowed
 * from the document) once it is known.  @mark is the document's mark
 * before the entry: the entry is added to @program only if it is the mark
 * still. */
typedef gboolean (*LoadEntry) (DosonCtrJsonDoc  *doc,
                               DosonCtrProgram  *program,
                               JsonObject       *object,
                               const char       *path,
                               guint             mark,
                               const char      **id,
                               GError          **error);

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

/* The units of @ids must be declared, and none of them be in @other. */
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
  guint i;

  if (ids == NULL)
    return TRUE;
  for (i = 0; i < ids->len; i++)
    {
      const char *id = g_ptr_array_index (ids, i);
      g_autofree char *element = _doson_ctr_json_path_index (member, i);

      if (doson_ctr_program_lookup_unit (program, id) == NULL)
        {
          if (_doson_ctr_json_doc_refers_to_set_aside (doc, "unit", id))
            continue;
          if (!_doson_ctr_json_list_problem (doc, error, element, FALSE,
                                             "unknown unit \"%s\" (declare "
                                             "it in \"units\")", id))
            return FALSE;
          continue;
        }
      if (other != NULL
          && g_ptr_array_find_with_equal_func (other, id, g_str_equal, NULL)
          && !_doson_ctr_json_list_problem (doc, error, element, FALSE,
                                            "unit \"%s\" is already a lead "
                                            "unit", id))
        return FALSE;
    }
  return TRUE;
}

/* Reads the required array @key of @path, which must not be empty
 * (@message when it is). */
static gboolean
read_filled_array (DosonCtrJsonDoc  *doc,
                   JsonObject       *object,
                   const char       *path,
                   const char       *key,
                   const char       *message,
                   JsonArray       **array,
                   GError          **error)
{
  if (!_doson_ctr_json_read_array (doc, object, path, key, TRUE, array, error))
    return FALSE;
  if (json_array_get_length (*array) == 0)
    return _doson_ctr_json_member_error (doc, error, path, key, "%s", message);
  return TRUE;
}

/* Reads each element of @array (the member @key of the root) with @load;
 * listing every problem, an entry with problems is left out and its id
 * set aside (@what names the kind of entry). */
static gboolean
load_entries (DosonCtrJsonDoc  *doc,
              DosonCtrProgram  *program,
              JsonArray        *array,
              const char       *key,
              const char       *what,
              LoadEntry         load,
              GError          **error)
{
  guint i;

  for (i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *path = _doson_ctr_json_path_index (key, i);
      guint mark = _doson_ctr_json_doc_mark (doc);
      const char *id = NULL;
      JsonObject *object;

      if ((!element_object (doc, array, i, path, &object, error)
           || !load (doc, program, object, path, mark, &id, error))
          && !_doson_ctr_json_doc_carry_on (doc, error))
        return FALSE;
      if (_doson_ctr_json_doc_mark (doc) != mark)
        _doson_ctr_json_doc_set_aside (doc, what, id);
    }
  return TRUE;
}

/* Reads the id of an entry, which must not be declared yet. */
static gboolean
read_new_id (DosonCtrJsonDoc  *doc,
             JsonObject       *object,
             const char       *path,
             const char       *what,
             gboolean          taken (DosonCtrProgram *, const char *),
             DosonCtrProgram  *program,
             const char      **id,
             GError          **error)
{
  g_autofree char *id_path = _doson_ctr_json_path_member (path, "id");

  if (!_doson_ctr_json_read_id (doc, object, path, "id", TRUE, id, error))
    return FALSE;
  if (taken (program, *id))
    {
      _doson_ctr_json_error (doc, error, DOSON_CTR_ERROR_INVALID_DATA,
                             id_path, FALSE, "%s \"%s\" is declared twice",
                             what, *id);
      *id = NULL;
      return FALSE;
    }
  return TRUE;
}

static gboolean
unit_taken (DosonCtrProgram *program,
            const char      *id)
{
  return doson_ctr_program_lookup_unit (program, id) != NULL;
}

static gboolean
goal_taken (DosonCtrProgram *program,
            const char      *id)
{
  return doson_ctr_program_lookup_goal (program, id) != NULL;
}

static gboolean
indicator_taken (DosonCtrProgram *program,
                 const char      *id)
{
  return doson_ctr_program_lookup_indicator (program, id) != NULL;
}

static gboolean
task_taken (DosonCtrProgram *program,
            const char      *id)
{
  return doson_ctr_program_lookup_task (program, id) != NULL;
}

static gboolean
load_unit (DosonCtrJsonDoc  *doc,
           DosonCtrProgram  *program,
           JsonObject       *object,
           const char       *path,
           guint             mark,
           const char      **id,
           GError          **error)
{
  static const char * const keys[] = { "id", "name", "short_name", NULL };
  g_autoptr(DosonCtrResponsibleUnit) unit = NULL;
  DosonCtrLocText name = { NULL, NULL }, short_name = { NULL, NULL };
  GError *local_error = NULL;
  gboolean ok;

  if (!_doson_ctr_json_check_keys (doc, object, path, keys, error)
      || !read_new_id (doc, object, path, "unit", unit_taken, program, id,
                       error))
    return FALSE;
  unit = doson_ctr_responsible_unit_new (*id);
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
  /* An entry with problems is not added. */
  return _doson_ctr_json_doc_mark (doc) != mark
         || doson_ctr_program_add_unit (program, unit, &local_error)
         || _doson_ctr_json_wrap_error (doc, path, NULL, local_error, error);
}

/* A goal's parent must be declared before it: listing every problem, an
 * unknown parent is listed and left out. */
static gboolean
check_parent (DosonCtrJsonDoc  *doc,
              DosonCtrProgram  *program,
              const char       *path,
              const char       *id,
              const char      **parent,
              GError          **error)
{
  g_autofree char *parent_path = NULL;

  if (*parent == NULL || doson_ctr_program_lookup_goal (program, *parent) != NULL)
    return TRUE;
  if (!_doson_ctr_json_doc_refers_to_set_aside (doc, "goal", *parent))
    {
      parent_path = _doson_ctr_json_path_member (path, "parent");
      if (!_doson_ctr_json_list_problem (doc, error, parent_path, FALSE,
                                         strcmp (*parent, id) == 0
                                         ? "goal \"%s\" cannot be its own "
                                           "parent"
                                         : "unknown goal \"%s\" (a parent "
                                           "must come before its children)",
                                         *parent))
        return FALSE;
    }
  *parent = NULL;
  return TRUE;
}

static gboolean
load_goal (DosonCtrJsonDoc  *doc,
           DosonCtrProgram  *program,
           JsonObject       *object,
           const char       *path,
           guint             mark,
           const char      **id,
           GError          **error)
{
  static const char * const keys[] = {
    "id", "ref", "title", "parent", "lead_units", "partner_units",
    "resolutions", NULL
  };
  g_autoptr(DosonCtrGoal) goal = NULL;
  g_autoptr(GPtrArray) lead = NULL;
  g_autoptr(GPtrArray) partners = NULL;
  g_autoptr(GPtrArray) resolutions = NULL;
  DosonCtrLocText title = { NULL, NULL };
  GError *local_error = NULL;
  const char *ref, *parent;
  guint j;

  if (!_doson_ctr_json_check_keys (doc, object, path, keys, error)
      || !read_new_id (doc, object, path, "goal", goal_taken, program, id,
                       error)
      || !_doson_ctr_json_read_string (doc, object, path, "ref", FALSE, &ref, error)
      || !_doson_ctr_json_read_id (doc, object, path, "parent", FALSE,
                                   &parent, error)
      || !_doson_ctr_json_read_string_array (doc, object, path, "lead_units",
                                             FALSE, TRUE, &lead, error)
      || !_doson_ctr_json_read_string_array (doc, object, path,
                                             "partner_units", FALSE, TRUE,
                                             &partners, error)
      || !_doson_ctr_json_read_string_array (doc, object, path,
                                             "resolutions", FALSE, FALSE,
                                             &resolutions, error)
      || !check_parent (doc, program, path, *id, &parent, error)
      || !check_units_known (doc, program, lead, NULL, path, "lead_units", error)
      || !check_units_known (doc, program, partners, lead, path,
                             "partner_units", error)
      || !_doson_ctr_json_read_loc_text (doc, object, path, "title", TRUE,
                                         &title, error))
    return FALSE;

  goal = doson_ctr_goal_new (*id);
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
  /* An entry with problems is not added. */
  return _doson_ctr_json_doc_mark (doc) != mark
         || doson_ctr_program_add_goal (program, goal, &local_error)
         || _doson_ctr_json_wrap_error (doc, path, NULL, local_error, error);
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
      || !read_filled_array (doc, object, path, "values",
                             "a disaggregation needs at least one value",
                             &values, error)
      || !_doson_ctr_json_read_loc_text (doc, object, path, "name", FALSE,
                                         &name, error))
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
               gboolean            measure_known,
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
    return _doson_ctr_json_forbid_key (doc, object, path, "subset_of",
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
  if (whole == NULL
      && _doson_ctr_json_doc_refers_to_set_aside (doc, "indicator", related))
    return TRUE;
  if (whole == NULL)
    {
      _doson_ctr_json_error (doc, error, DOSON_CTR_ERROR_INVALID_DATA, member,
                             FALSE, "unknown indicator \"%s\" (the whole must "
                             "come before its parts and subsets)", related);
      return FALSE;
    }
  if (measure_known
      && doson_ctr_indicator_get_measure (whole)
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

/* The texts of an indicator: its reference, name, unit and note. */
static gboolean
read_indicator_texts (DosonCtrJsonDoc    *doc,
                      DosonCtrIndicator  *indicator,
                      JsonObject         *object,
                      const char         *path,
                      GError            **error)
{
  DosonCtrLocText name = { NULL, NULL }, unit = { NULL, NULL }, note = { NULL, NULL };
  const char *ref;
  gboolean ok;

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
  return ok;
}

/* The measure, direction and goal of an indicator; listing every
 * problem, an unknown one is listed and the reading goes on
 * (*measure_known FALSE for an unknown measure). */
static gboolean
read_indicator_kind (DosonCtrJsonDoc    *doc,
                     DosonCtrProgram    *program,
                     DosonCtrIndicator  *indicator,
                     JsonObject         *object,
                     const char         *path,
                     gboolean           *measure_known,
                     GError            **error)
{
  DosonCtrMeasure measure;
  DosonCtrDirection direction;
  const char *measure_str, *direction_str, *goal;

  if (!_doson_ctr_json_read_string (doc, object, path, "measure", TRUE,
                                    &measure_str, error))
    return FALSE;
  *measure_known = doson_ctr_measure_from_string (measure_str, &measure);
  if (*measure_known)
    doson_ctr_indicator_set_measure (indicator, measure);
  else if (!_doson_ctr_json_bad_enum (doc, path, "measure", "measure", measure_str,
                      "percent, count, amount or boolean", error)
           && !_doson_ctr_json_doc_carry_on (doc, error))
    return FALSE;

  if (!_doson_ctr_json_read_string (doc, object, path, "direction", TRUE,
                                    &direction_str, error))
    return FALSE;
  if (doson_ctr_direction_from_string (direction_str, &direction))
    doson_ctr_indicator_set_direction (indicator, direction);
  else if (!_doson_ctr_json_bad_enum (doc, path, "direction", "direction", direction_str,
                      "higher or lower", error)
           && !_doson_ctr_json_doc_carry_on (doc, error))
    return FALSE;

  if (!_doson_ctr_json_read_id (doc, object, path, "goal", TRUE, &goal, error))
    return FALSE;
  doson_ctr_indicator_set_goal_id (indicator, goal);
  if (doson_ctr_program_lookup_goal (program, goal) == NULL
      && !_doson_ctr_json_doc_refers_to_set_aside (doc, "goal", goal))
    {
      g_autofree char *goal_path = _doson_ctr_json_path_member (path, "goal");

      if (!_doson_ctr_json_list_problem (doc, error, goal_path, FALSE,
                                         "unknown goal \"%s\" (declare it "
                                         "in \"goals\")", goal))
        return FALSE;
    }
  return TRUE;
}

/* The "lead_units" (at least one) and "partner_units" of the member at
 * @path, all units of @program; @what names the member in the message
 * ("an indicator"). The arrays are @program's ids, to be added by the
 * caller. */
static gboolean
read_units (DosonCtrJsonDoc  *doc,
            DosonCtrProgram  *program,
            JsonObject       *object,
            const char       *path,
            const char       *what,
            GPtrArray       **lead_out,
            GPtrArray       **partners_out,
            GError          **error)
{
  g_autoptr(GPtrArray) lead = NULL;
  g_autoptr(GPtrArray) partners = NULL;

  if (!_doson_ctr_json_read_string_array (doc, object, path, "lead_units",
                                          TRUE, TRUE, &lead, error)
      || !_doson_ctr_json_read_string_array (doc, object, path,
                                             "partner_units", FALSE, TRUE,
                                             &partners, error))
    return FALSE;
  if (lead->len == 0)
    return _doson_ctr_json_member_error (doc, error, path, "lead_units",
                                         "%s needs at least one lead unit",
                                         what);
  if (!check_units_known (doc, program, lead, NULL, path, "lead_units", error)
      || !check_units_known (doc, program, partners, lead, path,
                             "partner_units", error))
    return FALSE;
  *lead_out = g_steal_pointer (&lead);
  *partners_out = g_steal_pointer (&partners);
  return TRUE;
}

/* The lead and partner units of an indicator. */
static gboolean
read_indicator_units (DosonCtrJsonDoc    *doc,
                      DosonCtrProgram    *program,
                      DosonCtrIndicator  *indicator,
                      JsonObject         *object,
                      const char         *path,
                      GError            **error)
{
  g_autoptr(GPtrArray) lead = NULL;
  g_autoptr(GPtrArray) partners = NULL;
  guint j;

  if (!read_units (doc, program, object, path, "an indicator", &lead,
                   &partners, error))
    return FALSE;
  for (j = 0; j < lead->len; j++)
    doson_ctr_indicator_add_lead_unit (indicator, g_ptr_array_index (lead, j));
  for (j = 0; partners != NULL && j < partners->len; j++)
    doson_ctr_indicator_add_partner_unit (indicator,
                                          g_ptr_array_index (partners, j));
  return TRUE;
}

/* The targets of an indicator, at least one; listing every problem, a
 * target with a problem is listed and the next one read. */
static gboolean
read_indicator_targets (DosonCtrJsonDoc    *doc,
                        DosonCtrProgram    *program,
                        DosonCtrIndicator  *indicator,
                        gboolean            measure_known,
                        JsonObject         *object,
                        const char         *path,
                        GError            **error)
{
  g_autofree char *targets_path = _doson_ctr_json_path_member (path, "targets");
  JsonArray *targets;
  guint j;

  if (!read_filled_array (doc, object, path, "targets",
                          "an indicator needs at least one target", &targets,
                          error))
    return FALSE;
  for (j = 0; j < json_array_get_length (targets); j++)
    {
      g_autofree char *target_path = _doson_ctr_json_path_index (targets_path, j);
      g_autoptr(DosonCtrTarget) target = NULL;
      JsonObject *target_object;

      if (element_object (doc, targets, j, target_path, &target_object, error))
        target = _doson_ctr_target_load (doc, program, indicator, measure_known,
                              target_object, target_path, error);
      if (target != NULL)
        doson_ctr_indicator_add_target (indicator, target);
      else if (!_doson_ctr_json_doc_carry_on (doc, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
load_indicator (DosonCtrJsonDoc  *doc,
                DosonCtrProgram  *program,
                JsonObject       *object,
                const char       *path,
                guint             mark,
                const char      **id,
                GError          **error)
{
  static const char * const keys[] = {
    "id", "ref", "name", "unit", "note", "measure", "direction", "goal",
    "lead_units", "partner_units", "part_of", "subset_of", "disaggregation",
    "targets", NULL
  };
  g_autoptr(DosonCtrIndicator) indicator = NULL;
  GError *local_error = NULL;
  JsonObject *disaggregation;
  gboolean measure_known;

  if (!_doson_ctr_json_check_keys (doc, object, path, keys, error)
      || !read_new_id (doc, object, path, "indicator", indicator_taken,
                       program, id, error))
    return FALSE;
  indicator = doson_ctr_indicator_new (*id);

  if (!read_indicator_texts (doc, indicator, object, path, error)
      || !read_indicator_kind (doc, program, indicator, object, path,
                               &measure_known, error)
      || !read_indicator_units (doc, program, indicator, object, path, error)
      || !load_relation (doc, program, indicator, measure_known, object, path,
                         error)
      || !_doson_ctr_json_read_object (doc, object, path, "disaggregation",
                                       FALSE, &disaggregation, error))
    return FALSE;
  if (disaggregation != NULL)
    {
      g_autofree char *member = _doson_ctr_json_path_member (path, "disaggregation");
      if (!load_disaggregation (doc, indicator, disaggregation, member, error))
        return FALSE;
    }
  if (!read_indicator_targets (doc, program, indicator, measure_known, object,
                               path, error))
    return FALSE;

  /* An entry with problems is not added. */
  return _doson_ctr_json_doc_mark (doc) != mark
         || doson_ctr_program_add_indicator (program, indicator, &local_error)
         || _doson_ctr_json_wrap_error (doc, path, NULL, local_error, error);
}

/* The goal of a task must be declared: listing every problem, an unknown
 * goal is listed. */
static gboolean
check_task_goal (DosonCtrJsonDoc  *doc,
                 DosonCtrProgram  *program,
                 const char       *path,
                 const char       *goal,
                 GError          **error)
{
  g_autofree char *goal_path = NULL;

  if (doson_ctr_program_lookup_goal (program, goal) != NULL
      || _doson_ctr_json_doc_refers_to_set_aside (doc, "goal", goal))
    return TRUE;
  goal_path = _doson_ctr_json_path_member (path, "goal");
  return _doson_ctr_json_list_problem (doc, error, goal_path, FALSE,
                                       "unknown goal \"%s\" (declare it in "
                                       "\"goals\")", goal);
}

/* The units of a task, added to @task. */
static gboolean
read_task_units (DosonCtrJsonDoc  *doc,
                 DosonCtrProgram  *program,
                 DosonCtrTask     *task,
                 JsonObject       *object,
                 const char       *path,
                 GError          **error)
{
  g_autoptr(GPtrArray) lead = NULL;
  g_autoptr(GPtrArray) partners = NULL;
  guint j;

  if (!read_units (doc, program, object, path, "a task", &lead, &partners,
                   error))
    return FALSE;
  for (j = 0; j < lead->len; j++)
    doson_ctr_task_add_lead_unit (task, g_ptr_array_index (lead, j));
  for (j = 0; partners != NULL && j < partners->len; j++)
    doson_ctr_task_add_partner_unit (task, g_ptr_array_index (partners, j));
  return TRUE;
}

static gboolean
load_task (DosonCtrJsonDoc  *doc,
           DosonCtrProgram  *program,
           JsonObject       *object,
           const char       *path,
           guint             mark,
           const char      **id,
           GError          **error)
{
  static const char * const keys[] = {
    "id", "ref", "goal", "text", "lead_units", "partner_units",
    "deadline_year", "yearly", NULL
  };
  g_autoptr(DosonCtrTask) task = NULL;
  DosonCtrLocText text = { NULL, NULL };
  GError *local_error = NULL;
  const char *ref, *goal;
  gboolean present, yearly = FALSE;
  int deadline = 0;

  if (!_doson_ctr_json_check_keys (doc, object, path, keys, error)
      || !read_new_id (doc, object, path, "task", task_taken, program, id,
                       error)
      || !_doson_ctr_json_read_string (doc, object, path, "ref", FALSE, &ref, error)
      || !_doson_ctr_json_read_id (doc, object, path, "goal", TRUE, &goal, error)
      || !_doson_ctr_json_read_int (doc, object, path, "deadline_year", FALSE,
                                    doson_ctr_program_get_term_start (program),
                                    doson_ctr_program_get_term_end (program),
                                    &present, &deadline, error)
      || !_doson_ctr_json_read_bool (doc, object, path, "yearly", FALSE,
                                     &present, &yearly, error)
      || !check_task_goal (doc, program, path, goal, error))
    return FALSE;
  task = doson_ctr_task_new (*id);
  if (!read_task_units (doc, program, task, object, path, error)
      || !_doson_ctr_json_read_loc_text (doc, object, path, "text", TRUE,
                                         &text, error))
    return FALSE;
  doson_ctr_task_set_ref (task, ref);
  doson_ctr_task_set_goal_id (task, goal);
  doson_ctr_task_set_text (task, "vi", text.vi);
  doson_ctr_task_set_text (task, "en", text.en);
  _doson_ctr_loc_text_clear (&text);
  doson_ctr_task_set_deadline_year (task, deadline);
  doson_ctr_task_set_yearly (task, yearly);
  /* An entry with problems is not added. */
  return _doson_ctr_json_doc_mark (doc) != mark
         || doson_ctr_program_add_task (program, task, &local_error)
         || _doson_ctr_json_wrap_error (doc, path, NULL, local_error, error);
}

/* The format, version, id and term of a programme file, as a new empty
 * programme. */
static DosonCtrProgram *
read_program_header (DosonCtrJsonDoc  *doc,
                     JsonObject      **root_out,
                     GError          **error)
{
  static const char * const keys[] = {
    "format", "version", "id", "code", "title", "issuing_body", "date",
    "term_start", "term_end", "baseline_year", "units", "goals",
    "indicators", "tasks", NULL
  };
  JsonObject *root;
  const char *id;
  gboolean present;
  int term_start, term_end, baseline_year;

  if (!_doson_ctr_json_read_root (doc, "programme", PROGRAM_FORMAT,
                                  PROGRAM_VERSION, &root, error)
      || !_doson_ctr_json_check_keys (doc, root, "", keys, error)
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

  *root_out = root;
  return doson_ctr_program_new (id, term_start, term_end, baseline_year);
}

static DosonCtrProgram *
load_program (DosonCtrJsonDoc  *doc,
              GError          **error)
{
  g_autoptr(DosonCtrProgram) program = NULL;
  DosonCtrLocText title = { NULL, NULL }, issuing_body = { NULL, NULL };
  JsonObject *root;
  JsonArray *units, *goals, *indicators, *tasks = NULL;
  const char *code, *date;
  gboolean ok;

  program = read_program_header (doc, &root, error);
  if (program == NULL)
    return NULL;

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
                                      &indicators, error)
      || !_doson_ctr_json_read_array (doc, root, "", "tasks", FALSE, &tasks,
                                      error))
    return NULL;
  if (!load_entries (doc, program, units, "units", "unit", load_unit, error)
      || !load_entries (doc, program, goals, "goals", "goal", load_goal, error)
      || !load_entries (doc, program, indicators, "indicators", "indicator",
                        load_indicator, error)
      || (tasks != NULL
          && !load_entries (doc, program, tasks, "tasks", "task", load_task,
                            error)))
    return NULL;
  return g_steal_pointer (&program);
}

DosonCtrProgram *
_doson_ctr_program_load (const char  *data,
                         gsize        length,
                         const char  *name,
                         GPtrArray   *problems,
                         GError     **error)
{
  g_autoptr(DosonCtrJsonDoc) doc = NULL;
  g_autoptr(DosonCtrProgram) program = NULL;
  guint n_before = problems != NULL ? problems->len : 0;

  doc = _doson_ctr_json_doc_new (data, length, name, problems, error);
  if (doc == NULL)
    return NULL;
  program = load_program (doc, error);
  if (problems == NULL)
    return g_steal_pointer (&program);
  if (program == NULL)
    _doson_ctr_json_doc_stop (doc);
  if (problems->len != n_before)
    return NULL;
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
  gsize n;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  n = _doson_ctr_loader_data (&data, length, &name);
  return _doson_ctr_program_load (data, n, name, NULL, error);
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

  contents = _doson_ctr_loader_read_file (path, &length, &display, error);
  if (contents == NULL)
    return NULL;
  return doson_ctr_program_new_from_data (contents, (gssize) length, display,
                                          error);
}

