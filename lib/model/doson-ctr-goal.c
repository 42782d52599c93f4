/* doson-ctr-goal.c: a goal or section of a programme
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <doson-ctr/doson-ctr-program.h>

#include "base/doson-ctr-text-private.h"
#include "model/doson-ctr-goal-private.h"

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
