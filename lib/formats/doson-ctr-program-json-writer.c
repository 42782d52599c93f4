/* doson-ctr-program-json-writer.c: writing programme files
 * (doc/formats.md, section 2)
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
#include "model/doson-ctr-task-private.h"
#include "formats/doson-ctr-json-private.h"
#include "formats/doson-ctr-program-json-private.h"

/* A localised text on one line. */
static void
append_loc_text (GString               *out,
                 const DosonCtrLocText *text)
{
  g_string_append (out, "{\"vi\": ");
  _doson_ctr_json_append_string (out, text->vi != NULL ? text->vi : "");
  if (text->en != NULL)
    {
      g_string_append (out, ", \"en\": ");
      _doson_ctr_json_append_string (out, text->en);
    }
  g_string_append_c (out, '}');
}

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
  append_loc_text (out, text);
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
write_indicator (GString  *out,
                 guint     level,
                 gpointer  entry)
{
  DosonCtrIndicator *indicator = entry;
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
              append_loc_text (out, name);
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

static void
write_unit (GString  *out,
            guint     level,
            gpointer  entry)
{
  DosonCtrResponsibleUnit *unit = entry;
  gboolean first = TRUE;

  indent (out, level);
  g_string_append_c (out, '{');
  member_string (out, level + 1, &first, "id",
                 doson_ctr_responsible_unit_get_id (unit));
  member_loc_text (out, level + 1, &first, "name",
                   _doson_ctr_responsible_unit_get_name_raw (unit));
  member_loc_text (out, level + 1, &first, "short_name",
                   _doson_ctr_responsible_unit_get_short_name_raw (unit));
  close_object (out, level);
}

static void
write_goal (GString  *out,
            guint     level,
            gpointer  entry)
{
  DosonCtrGoal *goal = entry;
  gboolean first = TRUE;

  indent (out, level);
  g_string_append_c (out, '{');
  member_string (out, level + 1, &first, "id", doson_ctr_goal_get_id (goal));
  member_string (out, level + 1, &first, "ref", doson_ctr_goal_get_ref (goal));
  member_loc_text (out, level + 1, &first, "title",
                   _doson_ctr_goal_get_title_raw (goal));
  member_string (out, level + 1, &first, "parent",
                 doson_ctr_goal_get_parent_id (goal));
  member_strings (out, level + 1, &first, "lead_units",
                  doson_ctr_goal_get_lead_unit_ids (goal));
  member_strings (out, level + 1, &first, "partner_units",
                  doson_ctr_goal_get_partner_unit_ids (goal));
  member_strings (out, level + 1, &first, "resolutions",
                  doson_ctr_goal_get_resolutions (goal));
  close_object (out, level);
}

static void
write_task (GString  *out,
            guint     level,
            gpointer  entry)
{
  DosonCtrTask *task = entry;
  gboolean first = TRUE;

  indent (out, level);
  g_string_append_c (out, '{');
  member_string (out, level + 1, &first, "id", doson_ctr_task_get_id (task));
  member_string (out, level + 1, &first, "ref", doson_ctr_task_get_ref (task));
  member_string (out, level + 1, &first, "goal", doson_ctr_task_get_goal_id (task));
  member_loc_text (out, level + 1, &first, "text",
                   _doson_ctr_task_get_text_raw (task));
  member_strings (out, level + 1, &first, "lead_units",
                  doson_ctr_task_get_lead_unit_ids (task));
  member_strings (out, level + 1, &first, "partner_units",
                  doson_ctr_task_get_partner_unit_ids (task));
  if (doson_ctr_task_get_deadline_year (task) != 0)
    member_int (out, level + 1, &first, "deadline_year",
                doson_ctr_task_get_deadline_year (task));
  if (doson_ctr_task_get_yearly (task))
    {
      member (out, level + 1, &first, "yearly");
      g_string_append (out, "true");
    }
  close_object (out, level);
}

/* The member @key of the root: an array of @entries, each written by
 * @write. */
static void
write_entries (GString     *out,
               gboolean    *first,
               const char  *key,
               GPtrArray   *entries,
               void       (*write) (GString *, guint, gpointer))
{
  guint i;

  write_array_start (out, 1, first, key, entries->len);
  for (i = 0; i < entries->len; i++)
    {
      g_string_append (out, i > 0 ? ",\n" : "\n");
      write (out, 2, g_ptr_array_index (entries, i));
    }
  write_array_end (out, 1, entries->len);
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
  gboolean first = TRUE;

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

  write_entries (out, &first, "units", doson_ctr_program_get_units (program),
                 write_unit);
  write_entries (out, &first, "goals", doson_ctr_program_get_goals (program),
                 write_goal);
  write_entries (out, &first, "indicators",
                 doson_ctr_program_get_indicators (program), write_indicator);
  /* Written only when there are tasks: a file without them is read as
   * before tasks existed. */
  if (doson_ctr_program_get_tasks (program)->len > 0)
    write_entries (out, &first, "tasks", doson_ctr_program_get_tasks (program),
                   write_task);

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
