/* doson-ctr-program.c: an action programme, its goals and responsible units
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include <glib/gstdio.h>

#include "model/doson-ctr-program-private.h"

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
 * doson_ctr_program_add_indicator(), in that order, since each checks its
 * references against what the programme already holds. An object added to
 * a programme is kept (with a reference) and becomes read-only.
 *
 * Getters return pointers owned by the programme (transfer none), valid as
 * long as it is. A programme is not thread-safe while it is being built;
 * once built it is only read and may be shared between threads.
 */

/* ---------------------------------------------------------------------- */
/* Ids                                                                     */

/**
 * doson_ctr_id_is_valid:
 * @id: (nullable): a candidate id
 *
 * Checks the rule every id of a programme or measurement set follows
 * (units, goals, indicators, disaggregation dimensions and values): 1 to
 * 64 ASCII characters, a letter or digit first, then letters, digits, '.',
 * '_' or '-'.
 *
 * Returns: %TRUE if @id is a valid id
 *
 * Since: 0.1
 */
gboolean
doson_ctr_id_is_valid (const char *id)
{
  gsize i;

  if (id == NULL || !g_ascii_isalnum (id[0]))
    return FALSE;
  for (i = 1; id[i] != '\0'; i++)
    {
      if (i >= DOSON_CTR_ID_MAX_LENGTH)
        return FALSE;
      if (!g_ascii_isalnum (id[i]) && id[i] != '.' && id[i] != '_'
          && id[i] != '-')
        return FALSE;
    }
  return TRUE;
}

static gboolean
str_array_contains (GPtrArray  *array,
                    const char *str)
{
  guint i;

  for (i = 0; i < array->len; i++)
    if (strcmp (g_ptr_array_index (array, i), str) == 0)
      return TRUE;
  return FALSE;
}

/* ---------------------------------------------------------------------- */
/* Responsible units                                                       */

/**
 * DosonCtrResponsibleUnit:
 *
 * A unit responsible for goals and indicators (Ban Xây dựng Đảng, UBND
 * phường, Công an phường …), with an id, a name and a short name in
 * Vietnamese and English. Read-only once added to a programme.
 *
 * Since: 0.1
 */
struct _DosonCtrResponsibleUnit
{
  GObject parent_instance;

  char *id;
  DosonCtrLocText name;
  DosonCtrLocText short_name;
  gboolean sealed;
};

G_DEFINE_FINAL_TYPE (DosonCtrResponsibleUnit, doson_ctr_responsible_unit, G_TYPE_OBJECT)

static void
doson_ctr_responsible_unit_finalize (GObject *object)
{
  DosonCtrResponsibleUnit *self = DOSON_CTR_RESPONSIBLE_UNIT (object);

  g_free (self->id);
  _doson_ctr_loc_text_clear (&self->name);
  _doson_ctr_loc_text_clear (&self->short_name);

  G_OBJECT_CLASS (doson_ctr_responsible_unit_parent_class)->finalize (object);
}

static void
doson_ctr_responsible_unit_class_init (DosonCtrResponsibleUnitClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = doson_ctr_responsible_unit_finalize;
}

static void
doson_ctr_responsible_unit_init (DosonCtrResponsibleUnit *self)
{
}

/**
 * doson_ctr_responsible_unit_new: (constructor)
 * @id: the unit's id (see doson_ctr_id_is_valid())
 *
 * Creates a responsible unit without a name. It needs a Vietnamese name
 * before it can join a programme.
 *
 * Returns: (transfer full): a new unit; release it with g_object_unref()
 *
 * Since: 0.1
 */
DosonCtrResponsibleUnit *
doson_ctr_responsible_unit_new (const char *id)
{
  DosonCtrResponsibleUnit *self;

  g_return_val_if_fail (doson_ctr_id_is_valid (id), NULL);

  self = g_object_new (DOSON_CTR_TYPE_RESPONSIBLE_UNIT, NULL);
  self->id = g_strdup (id);
  return self;
}

/**
 * doson_ctr_responsible_unit_get_id:
 * @unit: a #DosonCtrResponsibleUnit
 *
 * Gives the id @unit was created with, unique among the units of its
 * programme; goals and indicators name their lead and partner units by it.
 *
 * Returns: (transfer none): the id of @unit, owned by @unit
 *
 * Since: 0.1
 */
const char *
doson_ctr_responsible_unit_get_id (DosonCtrResponsibleUnit *unit)
{
  g_return_val_if_fail (DOSON_CTR_IS_RESPONSIBLE_UNIT (unit), NULL);
  return unit->id;
}

/**
 * doson_ctr_responsible_unit_set_name:
 * @unit: a #DosonCtrResponsibleUnit not yet in a programme
 * @lang: "vi" or "en"
 * @name: (nullable): the full name in @lang, or %NULL to remove it
 *
 * Sets the name of @unit in one language. The text is copied.
 *
 * Since: 0.1
 */
void
doson_ctr_responsible_unit_set_name (DosonCtrResponsibleUnit *unit,
                                     const char              *lang,
                                     const char              *name)
{
  g_return_if_fail (DOSON_CTR_IS_RESPONSIBLE_UNIT (unit));
  g_return_if_fail (!unit->sealed);
  g_return_if_fail (_doson_ctr_lang_is_valid (lang));
  g_return_if_fail (name == NULL || g_utf8_validate (name, -1, NULL));

  _doson_ctr_loc_text_set (&unit->name, lang, name);
}

/**
 * doson_ctr_responsible_unit_get_name:
 * @unit: a #DosonCtrResponsibleUnit
 * @lang: (nullable): "en" for English (falling back to Vietnamese);
 *   %NULL, "vi" or anything else for Vietnamese
 *
 * Gives the full name of @unit in one language, such as "Ủy ban Kiểm tra
 * Đảng ủy".
 *
 * Returns: (transfer none) (nullable): the name of @unit, owned by @unit;
 *   never %NULL for a unit in a programme
 *
 * Since: 0.1
 */
const char *
doson_ctr_responsible_unit_get_name (DosonCtrResponsibleUnit *unit,
                                     const char              *lang)
{
  g_return_val_if_fail (DOSON_CTR_IS_RESPONSIBLE_UNIT (unit), NULL);
  return _doson_ctr_loc_text_get (&unit->name, lang);
}

/**
 * doson_ctr_responsible_unit_set_short_name:
 * @unit: a #DosonCtrResponsibleUnit not yet in a programme
 * @lang: "vi" or "en"
 * @short_name: (nullable): the short name in @lang ("UBND phường"), or
 *   %NULL to remove it
 *
 * Sets the short name of @unit in one language.
 *
 * Since: 0.1
 */
void
doson_ctr_responsible_unit_set_short_name (DosonCtrResponsibleUnit *unit,
                                           const char              *lang,
                                           const char              *short_name)
{
  g_return_if_fail (DOSON_CTR_IS_RESPONSIBLE_UNIT (unit));
  g_return_if_fail (!unit->sealed);
  g_return_if_fail (_doson_ctr_lang_is_valid (lang));
  g_return_if_fail (short_name == NULL || g_utf8_validate (short_name, -1, NULL));

  _doson_ctr_loc_text_set (&unit->short_name, lang, short_name);
}

/**
 * doson_ctr_responsible_unit_get_short_name:
 * @unit: a #DosonCtrResponsibleUnit
 * @lang: (nullable): "en" for English (falling back to the Vietnamese
 *   short name); %NULL, "vi" or anything else for Vietnamese
 *
 * Gives the short name of @unit in one language, such as "UBKT Đảng ủy",
 * which reports use where space is tight.
 *
 * Returns: (transfer none) (nullable): the short name of @unit, owned by
 *   @unit, or %NULL when it has none (use
 *   doson_ctr_responsible_unit_get_name() then)
 *
 * Since: 0.1
 */
const char *
doson_ctr_responsible_unit_get_short_name (DosonCtrResponsibleUnit *unit,
                                           const char              *lang)
{
  g_return_val_if_fail (DOSON_CTR_IS_RESPONSIBLE_UNIT (unit), NULL);
  return _doson_ctr_loc_text_get (&unit->short_name, lang);
}

const DosonCtrLocText *
_doson_ctr_responsible_unit_get_name_raw (DosonCtrResponsibleUnit *unit)
{
  return &unit->name;
}

const DosonCtrLocText *
_doson_ctr_responsible_unit_get_short_name_raw (DosonCtrResponsibleUnit *unit)
{
  return &unit->short_name;
}

void
_doson_ctr_responsible_unit_seal (DosonCtrResponsibleUnit *unit)
{
  unit->sealed = TRUE;
}

gboolean
_doson_ctr_responsible_unit_is_sealed (DosonCtrResponsibleUnit *unit)
{
  return unit->sealed;
}

/* ---------------------------------------------------------------------- */
/* Goals                                                                   */

/**
 * DosonCtrGoal:
 *
 * A goal or section of a programme (II, II.1, III.2.1, IV …): an id, the
 * document's numbering, a title, a parent and children, lead and partner
 * units, the resolutions it implements and the ids of its indicators.
 * Read-only once added to a programme.
 *
 * Since: 0.1
 */
struct _DosonCtrGoal
{
  GObject parent_instance;

  char *id;
  char *ref;
  DosonCtrLocText title;
  char *parent_id;
  DosonCtrGoal *parent;        /* not owned; set when added */
  GPtrArray *children;         /* of DosonCtrGoal*, not owned */
  GPtrArray *lead_units;       /* of char* */
  GPtrArray *partner_units;    /* of char* */
  GPtrArray *resolutions;      /* of char* */
  GPtrArray *indicator_ids;    /* of char* */
  gboolean sealed;
};

G_DEFINE_FINAL_TYPE (DosonCtrGoal, doson_ctr_goal, G_TYPE_OBJECT)

static void
doson_ctr_goal_finalize (GObject *object)
{
  DosonCtrGoal *self = DOSON_CTR_GOAL (object);

  g_free (self->id);
  g_free (self->ref);
  _doson_ctr_loc_text_clear (&self->title);
  g_free (self->parent_id);
  g_ptr_array_unref (self->children);
  g_ptr_array_unref (self->lead_units);
  g_ptr_array_unref (self->partner_units);
  g_ptr_array_unref (self->resolutions);
  g_ptr_array_unref (self->indicator_ids);

  G_OBJECT_CLASS (doson_ctr_goal_parent_class)->finalize (object);
}

static void
doson_ctr_goal_class_init (DosonCtrGoalClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = doson_ctr_goal_finalize;
}

static void
doson_ctr_goal_init (DosonCtrGoal *self)
{
  self->children = g_ptr_array_new ();
  self->lead_units = g_ptr_array_new_with_free_func (g_free);
  self->partner_units = g_ptr_array_new_with_free_func (g_free);
  self->resolutions = g_ptr_array_new_with_free_func (g_free);
  self->indicator_ids = g_ptr_array_new_with_free_func (g_free);
}

/**
 * doson_ctr_goal_new: (constructor)
 * @id: the goal's id (see doson_ctr_id_is_valid())
 *
 * Creates a goal without a title. It needs a Vietnamese title before it
 * can join a programme.
 *
 * Returns: (transfer full): a new goal; release it with g_object_unref()
 *
 * Since: 0.1
 */
DosonCtrGoal *
doson_ctr_goal_new (const char *id)
{
  DosonCtrGoal *self;

  g_return_val_if_fail (doson_ctr_id_is_valid (id), NULL);

  self = g_object_new (DOSON_CTR_TYPE_GOAL, NULL);
  self->id = g_strdup (id);
  return self;
}

#define GOAL_RETURN_IF_SEALED(goal) \
  g_return_if_fail (DOSON_CTR_IS_GOAL (goal)); \
  g_return_if_fail (!(goal)->sealed)

/**
 * doson_ctr_goal_get_id:
 * @goal: a #DosonCtrGoal
 *
 * Gives the id @goal was created with, unique among the goals of its
 * programme; doson_ctr_program_lookup_goal() finds the goal by it.
 *
 * Returns: (transfer none): the id of @goal, owned by @goal
 *
 * Since: 0.1
 */
const char *
doson_ctr_goal_get_id (DosonCtrGoal *goal)
{
  g_return_val_if_fail (DOSON_CTR_IS_GOAL (goal), NULL);
  return goal->id;
}

/**
 * doson_ctr_goal_set_ref:
 * @goal: a #DosonCtrGoal not yet in a programme
 * @ref: (nullable): the document's numbering, such as "II.1"
 *
 * Sets the reference of @goal in the document.
 *
 * Since: 0.1
 */
void
doson_ctr_goal_set_ref (DosonCtrGoal *goal,
                        const char   *ref)
{
  GOAL_RETURN_IF_SEALED (goal);
  g_return_if_fail (ref == NULL || g_utf8_validate (ref, -1, NULL));

  g_free (goal->ref);
  goal->ref = g_strdup (ref);
}

/**
 * doson_ctr_goal_get_ref:
 * @goal: a #DosonCtrGoal
 *
 * Gives the numbering of @goal in the programme's document, such as "II.1".
 *
 * Returns: (transfer none) (nullable): the numbering, owned by @goal, or
 *   %NULL
 *
 * Since: 0.1
 */
const char *
doson_ctr_goal_get_ref (DosonCtrGoal *goal)
{
  g_return_val_if_fail (DOSON_CTR_IS_GOAL (goal), NULL);
  return goal->ref;
}

/**
 * doson_ctr_goal_set_title:
 * @goal: a #DosonCtrGoal not yet in a programme
 * @lang: "vi" or "en"
 * @title: (nullable): the title in @lang, or %NULL to remove it
 *
 * Sets the title of @goal in one language.
 *
 * Since: 0.1
 */
void
doson_ctr_goal_set_title (DosonCtrGoal *goal,
                          const char   *lang,
                          const char   *title)
{
  GOAL_RETURN_IF_SEALED (goal);
  g_return_if_fail (_doson_ctr_lang_is_valid (lang));
  g_return_if_fail (title == NULL || g_utf8_validate (title, -1, NULL));

  _doson_ctr_loc_text_set (&goal->title, lang, title);
}

/**
 * doson_ctr_goal_get_title:
 * @goal: a #DosonCtrGoal
 * @lang: (nullable): "en" for English (falling back to Vietnamese);
 *   %NULL, "vi" or anything else for Vietnamese
 *
 * Gives the title of @goal in one language.
 *
 * Returns: (transfer none) (nullable): the title of @goal, owned by @goal;
 *   never %NULL for a goal in a programme
 *
 * Since: 0.1
 */
const char *
doson_ctr_goal_get_title (DosonCtrGoal *goal,
                          const char   *lang)
{
  g_return_val_if_fail (DOSON_CTR_IS_GOAL (goal), NULL);
  return _doson_ctr_loc_text_get (&goal->title, lang);
}

/**
 * doson_ctr_goal_set_parent_id:
 * @goal: a #DosonCtrGoal not yet in a programme
 * @parent_id: (nullable): the id of the enclosing goal, or %NULL for a
 *   top-level section
 *
 * Sets the parent of @goal. The programme checks, when @goal is added,
 * that the parent was added before.
 *
 * Since: 0.1
 */
void
doson_ctr_goal_set_parent_id (DosonCtrGoal *goal,
                              const char   *parent_id)
{
  GOAL_RETURN_IF_SEALED (goal);
  g_return_if_fail (parent_id == NULL || doson_ctr_id_is_valid (parent_id));

  g_free (goal->parent_id);
  goal->parent_id = g_strdup (parent_id);
}

/**
 * doson_ctr_goal_get_parent_id:
 * @goal: a #DosonCtrGoal
 *
 * Gives the id of the goal @goal is nested in, as set with
 * doson_ctr_goal_set_parent_id().
 *
 * Returns: (transfer none) (nullable): the id of the parent of @goal, owned
 *   by @goal, or %NULL for a top-level goal
 *
 * Since: 0.1
 */
const char *
doson_ctr_goal_get_parent_id (DosonCtrGoal *goal)
{
  g_return_val_if_fail (DOSON_CTR_IS_GOAL (goal), NULL);
  return goal->parent_id;
}

/**
 * doson_ctr_goal_get_parent:
 * @goal: a #DosonCtrGoal
 *
 * Gives the goal @goal is nested in, looked up in the programme @goal
 * belongs to.
 *
 * Returns: (transfer none) (nullable): the parent of @goal, owned by its
 *   programme, or %NULL for a top-level goal or a goal not in a programme
 *
 * Since: 0.1
 */
DosonCtrGoal *
doson_ctr_goal_get_parent (DosonCtrGoal *goal)
{
  g_return_val_if_fail (DOSON_CTR_IS_GOAL (goal), NULL);
  return goal->parent;
}

/**
 * doson_ctr_goal_get_children:
 * @goal: a #DosonCtrGoal
 *
 * Gives the goals nested directly in @goal, one level down. A goal gets its
 * children as they are added to its programme, so a goal not in a programme
 * has none.
 *
 * Returns: (transfer none) (element-type DosonCtrGoal): the goals whose
 *   parent is @goal in its programme, in the order they were added;
 *   owned by @goal
 *
 * Since: 0.1
 */
GPtrArray *
doson_ctr_goal_get_children (DosonCtrGoal *goal)
{
  g_return_val_if_fail (DOSON_CTR_IS_GOAL (goal), NULL);
  return goal->children;
}

/**
 * doson_ctr_goal_add_lead_unit:
 * @goal: a #DosonCtrGoal not yet in a programme
 * @unit_id: the id of a responsible unit
 *
 * Adds a unit that leads the work on @goal.
 *
 * Since: 0.1
 */
void
doson_ctr_goal_add_lead_unit (DosonCtrGoal *goal,
                              const char   *unit_id)
{
  GOAL_RETURN_IF_SEALED (goal);
  g_return_if_fail (doson_ctr_id_is_valid (unit_id));

  g_ptr_array_add (goal->lead_units, g_strdup (unit_id));
}

/**
 * doson_ctr_goal_get_lead_unit_ids:
 * @goal: a #DosonCtrGoal
 *
 * Gives the responsible units that lead the work on @goal
 * (doson_ctr_goal_add_lead_unit()), in the order they were added; find each
 * with doson_ctr_program_lookup_unit().
 *
 * Returns: (transfer none) (element-type utf8): the ids of the units that
 *   lead @goal; owned by @goal
 *
 * Since: 0.1
 */
GPtrArray *
doson_ctr_goal_get_lead_unit_ids (DosonCtrGoal *goal)
{
  g_return_val_if_fail (DOSON_CTR_IS_GOAL (goal), NULL);
  return goal->lead_units;
}

/**
 * doson_ctr_goal_add_partner_unit:
 * @goal: a #DosonCtrGoal not yet in a programme
 * @unit_id: the id of a responsible unit
 *
 * Adds a unit that takes part in the work on @goal.
 *
 * Since: 0.1
 */
void
doson_ctr_goal_add_partner_unit (DosonCtrGoal *goal,
                                 const char   *unit_id)
{
  GOAL_RETURN_IF_SEALED (goal);
  g_return_if_fail (doson_ctr_id_is_valid (unit_id));

  g_ptr_array_add (goal->partner_units, g_strdup (unit_id));
}

/**
 * doson_ctr_goal_get_partner_unit_ids:
 * @goal: a #DosonCtrGoal
 *
 * Gives the responsible units that take part in the work on @goal without
 * leading it, in the order they were added; possibly none.
 *
 * Returns: (transfer none) (element-type utf8): the ids of the partner
 *   units of @goal; owned by @goal
 *
 * Since: 0.1
 */
GPtrArray *
doson_ctr_goal_get_partner_unit_ids (DosonCtrGoal *goal)
{
  g_return_val_if_fail (DOSON_CTR_IS_GOAL (goal), NULL);
  return goal->partner_units;
}

/**
 * doson_ctr_goal_add_resolution:
 * @goal: a #DosonCtrGoal not yet in a programme
 * @resolution: a resolution or decision the goal implements, such as
 *   "57-NQ/TW"
 *
 * Adds a reference to a resolution @goal implements.
 *
 * Since: 0.1
 */
void
doson_ctr_goal_add_resolution (DosonCtrGoal *goal,
                               const char   *resolution)
{
  GOAL_RETURN_IF_SEALED (goal);
  g_return_if_fail (resolution != NULL && resolution[0] != '\0');
  g_return_if_fail (g_utf8_validate (resolution, -1, NULL));

  g_ptr_array_add (goal->resolutions, g_strdup (resolution));
}

/**
 * doson_ctr_goal_get_resolutions:
 * @goal: a #DosonCtrGoal
 *
 * Gives the resolutions and decisions @goal implements, such as "57-NQ/TW",
 * in the order they were added; possibly none.
 *
 * Returns: (transfer none) (element-type utf8): the resolutions @goal
 *   implements; owned by @goal
 *
 * Since: 0.1
 */
GPtrArray *
doson_ctr_goal_get_resolutions (DosonCtrGoal *goal)
{
  g_return_val_if_fail (DOSON_CTR_IS_GOAL (goal), NULL);
  return goal->resolutions;
}

/**
 * doson_ctr_goal_get_indicator_ids:
 * @goal: a #DosonCtrGoal
 *
 * Gives the indicators that name @goal as their goal, in the order they
 * were added to the programme (not those of its children: see
 * doson_ctr_program_get_indicators_for_goal()).
 *
 * Returns: (transfer none) (element-type utf8): indicator ids, owned by
 *   @goal
 *
 * Since: 0.1
 */
GPtrArray *
doson_ctr_goal_get_indicator_ids (DosonCtrGoal *goal)
{
  g_return_val_if_fail (DOSON_CTR_IS_GOAL (goal), NULL);
  return goal->indicator_ids;
}

const DosonCtrLocText *
_doson_ctr_goal_get_title_raw (DosonCtrGoal *goal)
{
  return &goal->title;
}

void
_doson_ctr_goal_seal (DosonCtrGoal *goal,
                      DosonCtrGoal *parent)
{
  goal->sealed = TRUE;
  goal->parent = parent;
  if (parent != NULL)
    g_ptr_array_add (parent->children, goal);
}

gboolean
_doson_ctr_goal_is_sealed (DosonCtrGoal *goal)
{
  return goal->sealed;
}

void
_doson_ctr_goal_append_indicator_id (DosonCtrGoal *goal,
                                     const char   *indicator_id)
{
  g_ptr_array_add (goal->indicator_ids, g_strdup (indicator_id));
}

/* ---------------------------------------------------------------------- */
/* Programmes                                                              */

/**
 * DosonCtrProgram:
 *
 * An action programme: its term, goals, responsible units and indicators.
 *
 * Since: 0.1
 */
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

  GPtrArray *units;        /* of DosonCtrResponsibleUnit*, owned */
  GHashTable *unit_index;  /* id -> unit */
  GPtrArray *goals;        /* of DosonCtrGoal*, owned */
  GHashTable *goal_index;
  GPtrArray *indicators;   /* of DosonCtrIndicator*, owned */
  GHashTable *indicator_index;
};

G_DEFINE_FINAL_TYPE (DosonCtrProgram, doson_ctr_program, G_TYPE_OBJECT)

static void
doson_ctr_program_finalize (GObject *object)
{
  DosonCtrProgram *self = DOSON_CTR_PROGRAM (object);

  g_free (self->id);
  g_free (self->code);
  _doson_ctr_loc_text_clear (&self->title);
  _doson_ctr_loc_text_clear (&self->issuing_body);
  g_free (self->date);
  g_hash_table_unref (self->unit_index);
  g_hash_table_unref (self->goal_index);
  g_hash_table_unref (self->indicator_index);
  g_ptr_array_unref (self->indicators);
  g_ptr_array_unref (self->goals);
  g_ptr_array_unref (self->units);

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
  self->units = g_ptr_array_new_with_free_func (g_object_unref);
  self->goals = g_ptr_array_new_with_free_func (g_object_unref);
  self->indicators = g_ptr_array_new_with_free_func (g_object_unref);
  self->unit_index = g_hash_table_new (g_str_hash, g_str_equal);
  self->goal_index = g_hash_table_new (g_str_hash, g_str_equal);
  self->indicator_index = g_hash_table_new (g_str_hash, g_str_equal);
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

static gboolean
check_unit_lists (DosonCtrProgram  *program,
                  GPtrArray        *lead,
                  GPtrArray        *partners,
                  GError          **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *lists[2] = { lead, partners };
  guint l, i;

  for (l = 0; l < 2; l++)
    for (i = 0; i < lists[l]->len; i++)
      {
        const char *id = g_ptr_array_index (lists[l], i);

        if (!g_hash_table_contains (program->unit_index, id))
          {
            g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA,
                         "unknown unit \"%s\"", id);
            return FALSE;
          }
        if (!g_hash_table_add (seen, (gpointer) id))
          {
            g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA,
                         "unit \"%s\" is named twice", id);
            return FALSE;
          }
      }
  return TRUE;
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
  g_return_val_if_fail (!unit->sealed, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_hash_table_contains (program->unit_index, unit->id))
    {
      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA,
                   "unit \"%s\" is declared twice", unit->id);
      return FALSE;
    }
  if (unit->name.vi == NULL)
    {
      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA,
                   "unit \"%s\" has no Vietnamese name", unit->id);
      return FALSE;
    }

  _doson_ctr_responsible_unit_seal (unit);
  g_ptr_array_add (program->units, g_object_ref (unit));
  g_hash_table_insert (program->unit_index, unit->id, unit);
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
  return program->units;
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
  return g_hash_table_lookup (program->unit_index, id);
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
  DosonCtrGoal *parent = NULL;
  GError *local_error = NULL;
  guint i, j;

  g_return_val_if_fail (DOSON_CTR_IS_PROGRAM (program), FALSE);
  g_return_val_if_fail (DOSON_CTR_IS_GOAL (goal), FALSE);
  g_return_val_if_fail (!goal->sealed, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_hash_table_contains (program->goal_index, goal->id))
    {
      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA,
                   "goal \"%s\" is declared twice", goal->id);
      return FALSE;
    }
  if (goal->title.vi == NULL)
    {
      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA,
                   "goal \"%s\" has no Vietnamese title", goal->id);
      return FALSE;
    }
  if (goal->parent_id != NULL)
    {
      parent = g_hash_table_lookup (program->goal_index, goal->parent_id);
      if (parent == NULL)
        {
          g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA,
                       "goal \"%s\": unknown parent goal \"%s\" (a parent "
                       "must come before its children)", goal->id,
                       goal->parent_id);
          return FALSE;
        }
    }
  if (!check_unit_lists (program, goal->lead_units, goal->partner_units,
                         &local_error))
    {
      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA,
                   "goal \"%s\": %s", goal->id, local_error->message);
      g_error_free (local_error);
      return FALSE;
    }
  for (i = 0; i < goal->resolutions->len; i++)
    for (j = 0; j < i; j++)
      if (strcmp (g_ptr_array_index (goal->resolutions, i),
                  g_ptr_array_index (goal->resolutions, j)) == 0)
        {
          g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA,
                       "goal \"%s\": resolution \"%s\" is named twice",
                       goal->id,
                       (const char *) g_ptr_array_index (goal->resolutions, i));
          return FALSE;
        }

  _doson_ctr_goal_seal (goal, parent);
  g_ptr_array_add (program->goals, g_object_ref (goal));
  g_hash_table_insert (program->goal_index, goal->id, goal);
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
  return program->goals;
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
  return g_hash_table_lookup (program->goal_index, id);
}

static gboolean
check_indicator (DosonCtrProgram    *program,
                 DosonCtrIndicator  *indicator,
                 GError            **error)
{
  DosonCtrIndicatorRelation relation;
  const char *related_id;
  GPtrArray *targets;
  GError *local_error = NULL;
  guint i;

  if (doson_ctr_indicator_get_name (indicator, "vi") == NULL)
    {
      g_set_error_literal (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA,
                           "no Vietnamese name");
      return FALSE;
    }
  if (doson_ctr_indicator_get_goal_id (indicator) == NULL)
    {
      g_set_error_literal (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA,
                           "no goal");
      return FALSE;
    }
  if (!g_hash_table_contains (program->goal_index,
                              doson_ctr_indicator_get_goal_id (indicator)))
    {
      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA,
                   "unknown goal \"%s\"",
                   doson_ctr_indicator_get_goal_id (indicator));
      return FALSE;
    }
  if (doson_ctr_indicator_get_lead_unit_ids (indicator)->len == 0)
    {
      g_set_error_literal (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA,
                           "no lead unit");
      return FALSE;
    }
  if (!check_unit_lists (program,
                         doson_ctr_indicator_get_lead_unit_ids (indicator),
                         doson_ctr_indicator_get_partner_unit_ids (indicator),
                         error))
    return FALSE;

  relation = doson_ctr_indicator_get_relation (indicator);
  related_id = doson_ctr_indicator_get_related_id (indicator);
  if (relation != DOSON_CTR_INDICATOR_RELATION_NONE)
    {
      DosonCtrIndicator *whole;

      if (strcmp (related_id, doson_ctr_indicator_get_id (indicator)) == 0)
        {
          g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA,
                       "the indicator is %s itself",
                       relation == DOSON_CTR_INDICATOR_RELATION_PART_OF
                       ? "part of" : "a subset of");
          return FALSE;
        }
      whole = g_hash_table_lookup (program->indicator_index, related_id);
      if (whole == NULL)
        {
          g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA,
                       "unknown indicator \"%s\" (the whole must come "
                       "before its parts and subsets)", related_id);
          return FALSE;
        }
      if (doson_ctr_indicator_get_measure (whole)
          != doson_ctr_indicator_get_measure (indicator))
        {
          g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA,
                       "its measure \"%s\" differs from the measure \"%s\" "
                       "of \"%s\"",
                       doson_ctr_measure_to_string (doson_ctr_indicator_get_measure (indicator)),
                       doson_ctr_measure_to_string (doson_ctr_indicator_get_measure (whole)),
                       related_id);
          return FALSE;
        }
    }

  if (doson_ctr_indicator_get_disaggregation (indicator) != NULL
      && doson_ctr_indicator_get_disaggregation_values (indicator)->len == 0)
    {
      g_set_error_literal (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA,
                           "the disaggregation has no values");
      return FALSE;
    }

  targets = doson_ctr_indicator_get_targets (indicator);
  if (targets->len == 0)
    {
      g_set_error_literal (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA,
                           "no target");
      return FALSE;
    }
  for (i = 0; i < targets->len; i++)
    {
      const DosonCtrTarget *target = g_ptr_array_index (targets, i);
      int first = doson_ctr_target_get_first_year (target);
      int deadline = doson_ctr_target_get_deadline_year (target);

      if (first == 0)
        first = program->baseline_year + 1;
      if (deadline == 0)
        deadline = program->term_end;

      if (first <= program->baseline_year || first > program->term_end
          || deadline <= program->baseline_year
          || deadline > program->term_end || first > deadline)
        {
          g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA,
                       "target %u: the years %d to %d are not within %d to "
                       "%d (the years after the baseline %d up to the end "
                       "of the term), in order", i + 1, first, deadline,
                       program->baseline_year + 1, program->term_end,
                       program->baseline_year);
          return FALSE;
        }
      if (doson_ctr_target_get_per_disaggregation (target)
          && doson_ctr_indicator_get_disaggregation (indicator) == NULL)
        {
          g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA,
                       "target %u applies to each disaggregation value, but "
                       "the indicator has no disaggregation", i + 1);
          return FALSE;
        }
      if (!_doson_ctr_target_check_measure (target,
                                            doson_ctr_indicator_get_measure (indicator),
                                            &local_error))
        {
          g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA,
                       "target %u: %s", i + 1, local_error->message);
          g_error_free (local_error);
          return FALSE;
        }
    }
  return TRUE;
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
  GError *local_error = NULL;
  const char *id;

  g_return_val_if_fail (DOSON_CTR_IS_PROGRAM (program), FALSE);
  g_return_val_if_fail (DOSON_CTR_IS_INDICATOR (indicator), FALSE);
  g_return_val_if_fail (!_doson_ctr_indicator_is_sealed (indicator), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  id = doson_ctr_indicator_get_id (indicator);
  if (g_hash_table_contains (program->indicator_index, id))
    {
      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA,
                   "indicator \"%s\" is declared twice", id);
      return FALSE;
    }
  if (!check_indicator (program, indicator, &local_error))
    {
      g_set_error (error, local_error->domain, local_error->code,
                   "indicator \"%s\": %s", id, local_error->message);
      g_error_free (local_error);
      return FALSE;
    }

  _doson_ctr_indicator_resolve_years (indicator, program->baseline_year + 1,
                                      program->term_end);
  _doson_ctr_indicator_seal (indicator);
  g_ptr_array_add (program->indicators, g_object_ref (indicator));
  g_hash_table_insert (program->indicator_index, (gpointer) id, indicator);
  _doson_ctr_goal_append_indicator_id (g_hash_table_lookup (program->goal_index,
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
  return program->indicators;
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
  return g_hash_table_lookup (program->indicator_index, id);
}

static gboolean
goal_is_within (DosonCtrGoal *goal,
                DosonCtrGoal *ancestor)
{
  for (; goal != NULL; goal = goal->parent)
    if (goal == ancestor)
      return TRUE;
  return FALSE;
}

/**
 * doson_ctr_program_get_indicators_for_goal:
 * @program: a #DosonCtrProgram
 * @goal_id: a goal id
 * @recursive: whether to include the indicators of the goal's
 *   descendants
 *
 * Gives the indicators of one goal, in the order they were added to
 * @program. An unknown goal has none.
 *
 * Returns: (transfer container) (element-type DosonCtrIndicator): a new
 *   array of indicators owned by @program; free the array with
 *   g_ptr_array_unref()
 *
 * Since: 0.1
 */
GPtrArray *
doson_ctr_program_get_indicators_for_goal (DosonCtrProgram *program,
                                           const char      *goal_id,
                                           gboolean         recursive)
{
  DosonCtrGoal *goal;
  GPtrArray *result;
  guint i;

  g_return_val_if_fail (DOSON_CTR_IS_PROGRAM (program), NULL);
  g_return_val_if_fail (goal_id != NULL, NULL);

  result = g_ptr_array_new ();
  goal = g_hash_table_lookup (program->goal_index, goal_id);
  if (goal == NULL)
    return result;
  for (i = 0; i < program->indicators->len; i++)
    {
      DosonCtrIndicator *indicator = g_ptr_array_index (program->indicators, i);
      DosonCtrGoal *own = g_hash_table_lookup (program->goal_index,
                                               doson_ctr_indicator_get_goal_id (indicator));

      if (own == goal || (recursive && goal_is_within (own, goal)))
        g_ptr_array_add (result, indicator);
    }
  return result;
}

/**
 * doson_ctr_program_get_indicators_for_unit:
 * @program: a #DosonCtrProgram
 * @unit_id: a unit id
 * @include_partners: whether to include the indicators the unit takes
 *   part in besides those it leads
 *
 * Gives the indicators a responsible unit leads (and, optionally, those it
 * is a partner of), in the order they were added to @program.
 *
 * Returns: (transfer container) (element-type DosonCtrIndicator): a new
 *   array of indicators owned by @program; free the array with
 *   g_ptr_array_unref()
 *
 * Since: 0.1
 */
GPtrArray *
doson_ctr_program_get_indicators_for_unit (DosonCtrProgram *program,
                                           const char      *unit_id,
                                           gboolean         include_partners)
{
  GPtrArray *result;
  guint i;

  g_return_val_if_fail (DOSON_CTR_IS_PROGRAM (program), NULL);
  g_return_val_if_fail (unit_id != NULL, NULL);

  result = g_ptr_array_new ();
  for (i = 0; i < program->indicators->len; i++)
    {
      DosonCtrIndicator *indicator = g_ptr_array_index (program->indicators, i);

      if (str_array_contains (doson_ctr_indicator_get_lead_unit_ids (indicator), unit_id)
          || (include_partners
              && str_array_contains (doson_ctr_indicator_get_partner_unit_ids (indicator),
                                     unit_id)))
        g_ptr_array_add (result, indicator);
    }
  return result;
}

/**
 * doson_ctr_program_get_related_indicators:
 * @program: a #DosonCtrProgram
 * @indicator_id: the id of a whole
 * @relation: %DOSON_CTR_INDICATOR_RELATION_PART_OF for its parts,
 *   %DOSON_CTR_INDICATOR_RELATION_SUBSET_OF for its subsets
 *
 * Gives the indicators that declare @relation to @indicator_id: the parts
 * that sum into it, or its subsets ("trong đó").
 *
 * Returns: (transfer container) (element-type DosonCtrIndicator): a new
 *   array of indicators owned by @program, possibly empty; free the array
 *   with g_ptr_array_unref()
 *
 * Since: 0.1
 */
GPtrArray *
doson_ctr_program_get_related_indicators (DosonCtrProgram           *program,
                                          const char                *indicator_id,
                                          DosonCtrIndicatorRelation  relation)
{
  GPtrArray *result;
  guint i;

  g_return_val_if_fail (DOSON_CTR_IS_PROGRAM (program), NULL);
  g_return_val_if_fail (indicator_id != NULL, NULL);
  g_return_val_if_fail (relation == DOSON_CTR_INDICATOR_RELATION_PART_OF
                        || relation == DOSON_CTR_INDICATOR_RELATION_SUBSET_OF,
                        NULL);

  result = g_ptr_array_new ();
  for (i = 0; i < program->indicators->len; i++)
    {
      DosonCtrIndicator *indicator = g_ptr_array_index (program->indicators, i);

      if (doson_ctr_indicator_get_relation (indicator) == relation
          && strcmp (doson_ctr_indicator_get_related_id (indicator), indicator_id) == 0)
        g_ptr_array_add (result, indicator);
    }
  return result;
}

/**
 * doson_ctr_program_equal:
 * @a: a #DosonCtrProgram
 * @b: another #DosonCtrProgram
 *
 * Compares two programmes field by field, through their serialisations
 * (doson_ctr_program_to_data()), which hold every field in a fixed order.
 *
 * Returns: %TRUE if @a and @b hold the same programme
 *
 * Since: 0.1
 */
gboolean
doson_ctr_program_equal (DosonCtrProgram *a,
                         DosonCtrProgram *b)
{
  g_autofree char *da = NULL;
  g_autofree char *db = NULL;

  g_return_val_if_fail (DOSON_CTR_IS_PROGRAM (a), FALSE);
  g_return_val_if_fail (DOSON_CTR_IS_PROGRAM (b), FALSE);

  if (a == b)
    return TRUE;
  da = doson_ctr_program_to_data (a, NULL);
  db = doson_ctr_program_to_data (b, NULL);
  return strcmp (da, db) == 0;
}
