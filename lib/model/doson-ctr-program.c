/* doson-ctr-program.c: an action programme, holding its responsible
 * units, goals and indicators
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include <doson-ctr/doson-ctr-error.h>
#include <doson-ctr/doson-ctr-indicator.h>
#include <doson-ctr/doson-ctr-program.h>

#include "base/doson-ctr-private.h"
#include "base/doson-ctr-text-private.h"
#include "model/doson-ctr-responsible-unit-private.h"
#include "model/doson-ctr-goal-private.h"
#include "model/doson-ctr-indicator-private.h"
#include "model/doson-ctr-task-private.h"
#include "model/doson-ctr-program-private.h"
#include "model/doson-ctr-program-check-private.h"

/**
 * SECTION:doson-ctr-program
 * @Title: DosonCtrProgram
 * @Short_description: an action programme with its goals, responsible
 *   units and indicators
 *
 * A #DosonCtrProgram is an action programme such as 03-CTr/ĐU: its id,
 * title, issuing body and date, its term (2025–2030) and baseline year,
 * the responsible units (#DosonCtrResponsibleUnit), the goals and sections
 * as a tree (#DosonCtrGoal) and the indicators (#DosonCtrIndicator) with
 * their targets.
 *
 * Load one with doson_ctr_program_new_from_file() (the format is in
 * doc/formats.md), or build one in code: doson_ctr_program_new(), then
 * doson_ctr_program_add_unit(), doson_ctr_program_add_goal() and
 * doson_ctr_program_add_indicator() and doson_ctr_program_add_task(), in
 * that order, since each checks its
 * references against what the programme already holds. An object added to
 * a programme is kept (with a reference) and becomes read-only.
 *
 * Getters return pointers owned by the programme (transfer none), valid as
 * long as it is. A programme is not thread-safe while it is being built;
 * once built it is only read and may be shared between threads.
 */

/**
 * DosonCtrProgram:
 *
 * An action programme: its term, goals, responsible units and indicators.
 *
 * Since: 0.1
 */
/* The units, goals or indicators of a programme: in the order they were
 * added, and by id. */
typedef struct
{
  GPtrArray *list;     /* owned references */
  GHashTable *index;   /* id -> member, both owned by the member */
} Members;

struct _DosonCtrProgram
{
  GObject parent_instance;

  char *id;
  char *code;
  DosonCtrLocText title;
  DosonCtrLocText issuing_body;
  char *date;
  int term_start;
  int term_end;
  int baseline_year;

  Members units;        /* of DosonCtrResponsibleUnit* */
  Members goals;        /* of DosonCtrGoal* */
  Members indicators;   /* of DosonCtrIndicator* */
  Members tasks;        /* of DosonCtrTask* */
};

G_DEFINE_FINAL_TYPE (DosonCtrProgram, doson_ctr_program, G_TYPE_OBJECT)

static void
members_init (Members *members)
{
  members->list = g_ptr_array_new_with_free_func (g_object_unref);
  members->index = g_hash_table_new (g_str_hash, g_str_equal);
}

static void
members_clear (Members *members)
{
  g_hash_table_unref (members->index);
  g_ptr_array_unref (members->list);
}

/* Takes a reference to @member, whose id @id it owns, and adds it last. */
static void
members_add (Members    *members,
             const char *id,
             gpointer    member)
{
  g_ptr_array_add (members->list, g_object_ref (member));
  g_hash_table_insert (members->index, (gpointer) id, member);
}

static void
doson_ctr_program_finalize (GObject *object)
{
  DosonCtrProgram *self = DOSON_CTR_PROGRAM (object);

  g_free (self->id);
  g_free (self->code);
  _doson_ctr_loc_text_clear (&self->title);
  _doson_ctr_loc_text_clear (&self->issuing_body);
  g_free (self->date);
  members_clear (&self->tasks);
  members_clear (&self->indicators);
  members_clear (&self->goals);
  members_clear (&self->units);

  G_OBJECT_CLASS (doson_ctr_program_parent_class)->finalize (object);
}

static void
doson_ctr_program_class_init (DosonCtrProgramClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = doson_ctr_program_finalize;
}

static void
doson_ctr_program_init (DosonCtrProgram *self)
{
  members_init (&self->units);
  members_init (&self->goals);
  members_init (&self->indicators);
  members_init (&self->tasks);
}

/**
 * doson_ctr_program_new: (constructor)
 * @id: the programme's id (see doson_ctr_id_is_valid())
 * @term_start: the first year of the term, from 1900 to 2200
 * @term_end: the last year of the term, after @term_start, up to 2200
 * @baseline_year: the year whose values are the baseline, from
 *   @term_start - 1 to @term_end - 1 (usually @term_start)
 *
 * Creates an empty programme. The term and baseline are fixed for the
 * programme's life, since the targets' years are checked against them.
 * Set a Vietnamese title before saving it.
 *
 * Returns: (transfer full): a new programme; release it with
 *   g_object_unref()
 *
 * Since: 0.1
 */
DosonCtrProgram *
doson_ctr_program_new (const char *id,
                       int         term_start,
                       int         term_end,
                       int         baseline_year)
{
  DosonCtrProgram *self;

  g_return_val_if_fail (doson_ctr_id_is_valid (id), NULL);
  g_return_val_if_fail (term_start >= DOSON_CTR_YEAR_MIN
                        && term_start <= DOSON_CTR_YEAR_MAX, NULL);
  g_return_val_if_fail (term_end > term_start
                        && term_end <= DOSON_CTR_YEAR_MAX, NULL);
  g_return_val_if_fail (baseline_year >= term_start - 1
                        && baseline_year <= term_end - 1, NULL);

  self = g_object_new (DOSON_CTR_TYPE_PROGRAM, NULL);
  self->id = g_strdup (id);
  self->term_start = term_start;
  self->term_end = term_end;
  self->baseline_year = baseline_year;
  return self;
}

/**
 * doson_ctr_program_get_id:
 * @program: a #DosonCtrProgram
 *
 * Gives the id @program was created with, such as "03-ctr-du" for the
 * built-in programme; a measurement set names the programme it is for by
 * this id (doson_ctr_measurement_set_get_program_id()).
 *
 * Returns: (transfer none): the id of @program, owned by @program
 *
 * Since: 0.1
 */
const char *
doson_ctr_program_get_id (DosonCtrProgram *program)
{
  g_return_val_if_fail (DOSON_CTR_IS_PROGRAM (program), NULL);
  return program->id;
}

/**
 * doson_ctr_program_get_term_start:
 * @program: a #DosonCtrProgram
 *
 * Gives the first year of the term of @program, such as 2025, fixed when it
 * was created.
 *
 * Returns: the first year of the term of @program
 *
 * Since: 0.1
 */
int
doson_ctr_program_get_term_start (DosonCtrProgram *program)
{
  g_return_val_if_fail (DOSON_CTR_IS_PROGRAM (program), 0);
  return program->term_start;
}

/**
 * doson_ctr_program_get_term_end:
 * @program: a #DosonCtrProgram
 *
 * Gives the last year of the term of @program, such as 2030, fixed when it
 * was created; it is the default deadline of the targets.
 *
 * Returns: the last year of the term of @program
 *
 * Since: 0.1
 */
int
doson_ctr_program_get_term_end (DosonCtrProgram *program)
{
  g_return_val_if_fail (DOSON_CTR_IS_PROGRAM (program), 0);
  return program->term_end;
}

/**
 * doson_ctr_program_get_baseline_year:
 * @program: a #DosonCtrProgram
 *
 * Gives the year whose values are the baseline of @program, fixed when it
 * was created. Targets apply by default from the year after it, and
 * average-growth targets are measured from its value.
 *
 * Returns: the baseline year of @program; targets apply to the years
 *   after it
 *
 * Since: 0.1
 */
int
doson_ctr_program_get_baseline_year (DosonCtrProgram *program)
{
  g_return_val_if_fail (DOSON_CTR_IS_PROGRAM (program), 0);
  return program->baseline_year;
}

/**
 * doson_ctr_program_set_code:
 * @program: a #DosonCtrProgram
 * @code: (nullable): the document's number, such as "03-CTr/ĐU"
 *
 * Sets the number of the programme's document.
 *
 * Since: 0.1
 */
void
doson_ctr_program_set_code (DosonCtrProgram *program,
                            const char      *code)
{
  g_return_if_fail (DOSON_CTR_IS_PROGRAM (program));
  g_return_if_fail (code == NULL || g_utf8_validate (code, -1, NULL));

  g_free (program->code);
  program->code = g_strdup (code);
}

/**
 * doson_ctr_program_get_code:
 * @program: a #DosonCtrProgram
 *
 * Gives the number of the programme's document, such as "03-CTr/ĐU".
 *
 * Returns: (transfer none) (nullable): the document's number, owned by
 *   @program, or %NULL
 *
 * Since: 0.1
 */
const char *
doson_ctr_program_get_code (DosonCtrProgram *program)
{
  g_return_val_if_fail (DOSON_CTR_IS_PROGRAM (program), NULL);
  return program->code;
}

/**
 * doson_ctr_program_set_title:
 * @program: a #DosonCtrProgram
 * @lang: "vi" or "en"
 * @title: (nullable): the title in @lang, or %NULL to remove it
 *
 * Sets the title of @program in one language.
 *
 * Since: 0.1
 */
void
doson_ctr_program_set_title (DosonCtrProgram *program,
                             const char      *lang,
                             const char      *title)
{
  g_return_if_fail (DOSON_CTR_IS_PROGRAM (program));
  g_return_if_fail (_doson_ctr_lang_is_valid (lang));
  g_return_if_fail (title == NULL || g_utf8_validate (title, -1, NULL));

  _doson_ctr_loc_text_set (&program->title, lang, title);
}

/**
 * doson_ctr_program_get_title:
 * @program: a #DosonCtrProgram
 * @lang: (nullable): "en" for English (falling back to Vietnamese);
 *   %NULL, "vi" or anything else for Vietnamese
 *
 * Gives the title of @program in one language.
 *
 * Returns: (transfer none) (nullable): the title, owned by @program, or
 *   %NULL when none is set (a loaded programme always has one)
 *
 * Since: 0.1
 */
const char *
doson_ctr_program_get_title (DosonCtrProgram *program,
                             const char      *lang)
{
  g_return_val_if_fail (DOSON_CTR_IS_PROGRAM (program), NULL);
  return _doson_ctr_loc_text_get (&program->title, lang);
}

/**
 * doson_ctr_program_set_issuing_body:
 * @program: a #DosonCtrProgram
 * @lang: "vi" or "en"
 * @issuing_body: (nullable): who issued the programme, in @lang
 *
 * Sets the issuing body of @program in one language.
 *
 * Since: 0.1
 */
void
doson_ctr_program_set_issuing_body (DosonCtrProgram *program,
                                    const char      *lang,
                                    const char      *issuing_body)
{
  g_return_if_fail (DOSON_CTR_IS_PROGRAM (program));
  g_return_if_fail (_doson_ctr_lang_is_valid (lang));
  g_return_if_fail (issuing_body == NULL || g_utf8_validate (issuing_body, -1, NULL));

  _doson_ctr_loc_text_set (&program->issuing_body, lang, issuing_body);
}

/**
 * doson_ctr_program_get_issuing_body:
 * @program: a #DosonCtrProgram
 * @lang: (nullable): "en" for English (falling back to Vietnamese);
 *   %NULL, "vi" or anything else for Vietnamese
 *
 * Gives who issued @program in one language, such as "Ban Chấp hành Đảng bộ
 * phường Đồ Sơn".
 *
 * Returns: (transfer none) (nullable): the issuing body, owned by @program,
 *   or %NULL
 *
 * Since: 0.1
 */
const char *
doson_ctr_program_get_issuing_body (DosonCtrProgram *program,
                                    const char      *lang)
{
  g_return_val_if_fail (DOSON_CTR_IS_PROGRAM (program), NULL);
  return _doson_ctr_loc_text_get (&program->issuing_body, lang);
}

static gboolean
parse_iso_date (const char *text)
{
  guint y, m, d;
  gsize i;

  if (strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;
  y = (guint) g_ascii_strtoull (text, NULL, 10);
  m = (guint) g_ascii_strtoull (text + 5, NULL, 10);
  d = (guint) g_ascii_strtoull (text + 8, NULL, 10);
  return y >= 1 && g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y);
}

/**
 * doson_ctr_program_set_date:
 * @program: a #DosonCtrProgram
 * @date: (nullable): the date of issue as "YYYY-MM-DD", or %NULL to remove
 *   it
 * @error: return location for a #GError, or %NULL
 *
 * Sets the date the programme was issued. Fails with
 * %DOSON_CTR_ERROR_INVALID_ARGUMENT, leaving the date unchanged, when
 * @date is not a valid calendar date in that form.
 *
 * Returns: %TRUE on success
 *
 * Since: 0.1
 */
gboolean
doson_ctr_program_set_date (DosonCtrProgram  *program,
                            const char       *date,
                            GError          **error)
{
  g_return_val_if_fail (DOSON_CTR_IS_PROGRAM (program), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (date != NULL && !parse_iso_date (date))
    {
      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_ARGUMENT,
                   "\"%s\" is not a date written YYYY-MM-DD",
                   g_utf8_validate (date, -1, NULL) ? date : "(invalid UTF-8)");
      return FALSE;
    }
  g_free (program->date);
  program->date = g_strdup (date);
  return TRUE;
}

/**
 * doson_ctr_program_get_date:
 * @program: a #DosonCtrProgram
 *
 * Gives the date @program was issued (doson_ctr_program_set_date()).
 *
 * Returns: (transfer none) (nullable): the date of issue as "YYYY-MM-DD",
 *   owned by @program, or %NULL
 *
 * Since: 0.1
 */
const char *
doson_ctr_program_get_date (DosonCtrProgram *program)
{
  g_return_val_if_fail (DOSON_CTR_IS_PROGRAM (program), NULL);
  return program->date;
}

const DosonCtrLocText *
_doson_ctr_program_get_title_raw (DosonCtrProgram *program)
{
  return &program->title;
}

const DosonCtrLocText *
_doson_ctr_program_get_issuing_body_raw (DosonCtrProgram *program)
{
  return &program->issuing_body;
}

/**
 * doson_ctr_program_add_unit:
 * @program: a #DosonCtrProgram
 * @unit: a #DosonCtrResponsibleUnit not in a programme yet
 * @error: return location for a #GError, or %NULL
 *
 * Adds @unit to @program, which takes a reference to it. The unit becomes
 * read-only. Fails with %DOSON_CTR_ERROR_INVALID_DATA, adding nothing,
 * when @program already has a unit with that id or @unit has no
 * Vietnamese name.
 *
 * Returns: %TRUE on success
 *
 * Since: 0.1
 */
gboolean
doson_ctr_program_add_unit (DosonCtrProgram          *program,
                            DosonCtrResponsibleUnit  *unit,
                            GError                  **error)
{
  g_return_val_if_fail (DOSON_CTR_IS_PROGRAM (program), FALSE);
  g_return_val_if_fail (DOSON_CTR_IS_RESPONSIBLE_UNIT (unit), FALSE);
  g_return_val_if_fail (!_doson_ctr_responsible_unit_is_sealed (unit), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_doson_ctr_program_check_unit (program, unit, error))
    return FALSE;

  _doson_ctr_responsible_unit_seal (unit);
  members_add (&program->units, doson_ctr_responsible_unit_get_id (unit), unit);
  return TRUE;
}

/**
 * doson_ctr_program_get_units:
 * @program: a #DosonCtrProgram
 *
 * Gives every responsible unit of @program (doson_ctr_program_add_unit()).
 *
 * Returns: (transfer none) (element-type DosonCtrResponsibleUnit): the
 *   units of @program in the order they were added; owned by @program
 *
 * Since: 0.1
 */
GPtrArray *
doson_ctr_program_get_units (DosonCtrProgram *program)
{
  g_return_val_if_fail (DOSON_CTR_IS_PROGRAM (program), NULL);
  return program->units.list;
}

/**
 * doson_ctr_program_lookup_unit:
 * @program: a #DosonCtrProgram
 * @id: a unit id
 *
 * Finds a responsible unit of @program by its id.
 *
 * Returns: (transfer none) (nullable): the unit with id @id, owned by
 *   @program, or %NULL when there is none
 *
 * Since: 0.1
 */
DosonCtrResponsibleUnit *
doson_ctr_program_lookup_unit (DosonCtrProgram *program,
                               const char      *id)
{
  g_return_val_if_fail (DOSON_CTR_IS_PROGRAM (program), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  return g_hash_table_lookup (program->units.index, id);
}

/**
 * doson_ctr_program_add_goal:
 * @program: a #DosonCtrProgram
 * @goal: a #DosonCtrGoal not in a programme yet
 * @error: return location for a #GError, or %NULL
 *
 * Adds @goal to @program, which takes a reference to it; the goal becomes
 * read-only and, when it has a parent, one of the parent's children.
 * Fails with %DOSON_CTR_ERROR_INVALID_DATA, adding nothing, when the id is
 * taken, the goal has no Vietnamese title, its parent has not been added,
 * a unit it names is not in @program or is named twice, or a resolution is
 * named twice.
 *
 * Returns: %TRUE on success
 *
 * Since: 0.1
 */
gboolean
doson_ctr_program_add_goal (DosonCtrProgram  *program,
                            DosonCtrGoal     *goal,
                            GError          **error)
{
  const char *parent_id;

  g_return_val_if_fail (DOSON_CTR_IS_PROGRAM (program), FALSE);
  g_return_val_if_fail (DOSON_CTR_IS_GOAL (goal), FALSE);
  g_return_val_if_fail (!_doson_ctr_goal_is_sealed (goal), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_doson_ctr_program_check_goal (program, goal, error))
    return FALSE;

  parent_id = doson_ctr_goal_get_parent_id (goal);
  _doson_ctr_goal_seal (goal, parent_id != NULL
                              ? g_hash_table_lookup (program->goals.index, parent_id)
                              : NULL);
  members_add (&program->goals, doson_ctr_goal_get_id (goal), goal);
  return TRUE;
}

/**
 * doson_ctr_program_get_goals:
 * @program: a #DosonCtrProgram
 *
 * Gives every goal of @program, at every depth, in the order they were
 * added. The top-level goals are those without a parent
 * (doson_ctr_goal_get_parent()); walk down with doson_ctr_goal_get_children().
 *
 * Returns: (transfer none) (element-type DosonCtrGoal): the goals, owned
 *   by @program
 *
 * Since: 0.1
 */
GPtrArray *
doson_ctr_program_get_goals (DosonCtrProgram *program)
{
  g_return_val_if_fail (DOSON_CTR_IS_PROGRAM (program), NULL);
  return program->goals.list;
}

/**
 * doson_ctr_program_lookup_goal:
 * @program: a #DosonCtrProgram
 * @id: a goal id
 *
 * Finds a goal of @program, at any depth, by its id.
 *
 * Returns: (transfer none) (nullable): the goal with id @id, owned by
 *   @program, or %NULL when there is none
 *
 * Since: 0.1
 */
DosonCtrGoal *
doson_ctr_program_lookup_goal (DosonCtrProgram *program,
                               const char      *id)
{
  g_return_val_if_fail (DOSON_CTR_IS_PROGRAM (program), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  return g_hash_table_lookup (program->goals.index, id);
}

/**
 * doson_ctr_program_add_indicator:
 * @program: a #DosonCtrProgram
 * @indicator: a #DosonCtrIndicator not in a programme yet
 * @error: return location for a #GError, or %NULL
 *
 * Adds @indicator to @program, which takes a reference to it. On success
 * the indicator becomes read-only, the unset years of its targets get the
 * programme's defaults (first year: the year after the baseline; deadline:
 * the end of the term), and its id joins its goal's indicator ids.
 *
 * Fails with %DOSON_CTR_ERROR_INVALID_DATA, changing nothing, when: the id
 * is taken; the indicator has no Vietnamese name, no goal, no lead unit or
 * no target; its goal or a unit is not in @program, or a unit is named
 * twice; it is part or subset of itself, of an indicator not added before,
 * or of one with another measure; its disaggregation has no values; a
 * target's years are not within the years after the baseline up to the
 * end of the term; a target applies per disaggregation value without a
 * disaggregation; or a threshold does not suit the measure (see
 * doc/formats.md, section 2.7).
 *
 * Returns: %TRUE on success
 *
 * Since: 0.1
 */
gboolean
doson_ctr_program_add_indicator (DosonCtrProgram    *program,
                                 DosonCtrIndicator  *indicator,
                                 GError            **error)
{
  const char *id;

  g_return_val_if_fail (DOSON_CTR_IS_PROGRAM (program), FALSE);
  g_return_val_if_fail (DOSON_CTR_IS_INDICATOR (indicator), FALSE);
  g_return_val_if_fail (!_doson_ctr_indicator_is_sealed (indicator), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_doson_ctr_program_check_indicator (program, indicator, error))
    return FALSE;

  id = doson_ctr_indicator_get_id (indicator);

  _doson_ctr_indicator_resolve_years (indicator, program->baseline_year + 1,
                                      program->term_end);
  _doson_ctr_indicator_seal (indicator);
  members_add (&program->indicators, id, indicator);
  _doson_ctr_goal_append_indicator_id (g_hash_table_lookup (program->goals.index,
                                                            doson_ctr_indicator_get_goal_id (indicator)),
                                       id);
  return TRUE;
}

/**
 * doson_ctr_program_get_indicators:
 * @program: a #DosonCtrProgram
 *
 * Gives every indicator of @program (doson_ctr_program_add_indicator());
 * the built-in programme has 42.
 *
 * Returns: (transfer none) (element-type DosonCtrIndicator): the
 *   indicators of @program in the order they were added; owned by
 *   @program
 *
 * Since: 0.1
 */
GPtrArray *
doson_ctr_program_get_indicators (DosonCtrProgram *program)
{
  g_return_val_if_fail (DOSON_CTR_IS_PROGRAM (program), NULL);
  return program->indicators.list;
}

/**
 * doson_ctr_program_lookup_indicator:
 * @program: a #DosonCtrProgram
 * @id: an indicator id
 *
 * Finds an indicator of @program by its id, the id measurements name it by.
 *
 * Returns: (transfer none) (nullable): the indicator with id @id, owned by
 *   @program, or %NULL when there is none
 *
 * Since: 0.1
 */
DosonCtrIndicator *
doson_ctr_program_lookup_indicator (DosonCtrProgram *program,
                                    const char      *id)
{
  g_return_val_if_fail (DOSON_CTR_IS_PROGRAM (program), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  return g_hash_table_lookup (program->indicators.index, id);
}

/**
 * doson_ctr_program_add_task:
 * @program: a #DosonCtrProgram
 * @task: a #DosonCtrTask not in a programme yet
 * @error: return location for a #GError, or %NULL
 *
 * Adds @task to @program, which takes a reference to it; the task becomes
 * read-only. Fails with %DOSON_CTR_ERROR_INVALID_DATA, adding nothing,
 * when the id is taken, the task has no Vietnamese text, no goal or no
 * lead unit, its goal or a unit is not in @program, a unit is named twice,
 * or its deadline is not within the term.
 *
 * Returns: %TRUE on success
 *
 * Since: 0.1
 */
gboolean
doson_ctr_program_add_task (DosonCtrProgram  *program,
                            DosonCtrTask     *task,
                            GError          **error)
{
  g_return_val_if_fail (DOSON_CTR_IS_PROGRAM (program), FALSE);
  g_return_val_if_fail (DOSON_CTR_IS_TASK (task), FALSE);
  g_return_val_if_fail (!_doson_ctr_task_is_sealed (task), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_doson_ctr_program_check_task (program, task, error))
    return FALSE;

  _doson_ctr_task_seal (task);
  members_add (&program->tasks, doson_ctr_task_get_id (task), task);
  return TRUE;
}

/**
 * doson_ctr_program_get_tasks:
 * @program: a #DosonCtrProgram
 *
 * Gives every task of @program (doson_ctr_program_add_task()).
 *
 * Returns: (transfer none) (element-type DosonCtrTask): the tasks of
 *   @program in the order they were added; owned by @program
 *
 * Since: 0.1
 */
GPtrArray *
doson_ctr_program_get_tasks (DosonCtrProgram *program)
{
  g_return_val_if_fail (DOSON_CTR_IS_PROGRAM (program), NULL);
  return program->tasks.list;
}

/**
 * doson_ctr_program_lookup_task:
 * @program: a #DosonCtrProgram
 * @id: a task id
 *
 * Finds a task of @program by its id, the id task progress names it by.
 *
 * Returns: (transfer none) (nullable): the task with id @id, owned by
 *   @program, or %NULL when there is none
 *
 * Since: 0.1
 */
DosonCtrTask *
doson_ctr_program_lookup_task (DosonCtrProgram *program,
                               const char      *id)
{
  g_return_val_if_fail (DOSON_CTR_IS_PROGRAM (program), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  return g_hash_table_lookup (program->tasks.index, id);
}
