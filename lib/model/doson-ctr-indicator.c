/* doson-ctr-indicator.c: one indicator of a programme
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include <doson-ctr/doson-ctr-program.h>
#include <doson-ctr/doson-ctr-indicator.h>

#include "base/doson-ctr-text-private.h"
#include "model/doson-ctr-indicator-private.h"

/**
 * SECTION:doson-ctr-indicator
 * @Title: DosonCtrIndicator
 * @Short_description: one indicator of a programme, with its targets
 *
 * A #DosonCtrIndicator is something the programme measures: its id and
 * reference in the document, names and unit in Vietnamese and English, the
 * kind of number it is (#DosonCtrMeasure), which way is better
 * (#DosonCtrDirection), the goal it belongs to, the units responsible, an
 * optional relation to another indicator (#DosonCtrIndicatorRelation), an
 * optional disaggregation (a dimension such as "level" with its allowed
 * values) and one or more targets (#DosonCtrTarget).
 *
 * Build one with doson_ctr_indicator_new() and the setters, then hand it to
 * doson_ctr_program_add_indicator(), which checks it against the programme.
 * From then on the indicator belongs to the programme and is read-only:
 * its setters emit a critical warning and change nothing.
 *
 * Getters return pointers owned by the indicator, valid as long as it is.
 */

typedef struct
{
  char *id;
  DosonCtrLocText name;
} DisaggregationValue;

/**
 * DosonCtrIndicator:
 *
 * An indicator of a programme with its targets. Read-only once added to a
 * programme.
 *
 * Since: 0.1
 */
struct _DosonCtrIndicator
{
  GObject parent_instance;

  char *id;
  char *ref;
  DosonCtrLocText name;
  DosonCtrLocText unit;
  DosonCtrLocText note;
  DosonCtrMeasure measure;
  DosonCtrDirection direction;
  char *goal_id;
  GPtrArray *lead_units;     /* of char* */
  GPtrArray *partner_units;  /* of char* */
  DosonCtrIndicatorRelation relation;
  char *related_id;
  char *dimension;
  DosonCtrLocText dimension_name;
  GPtrArray *values;         /* of DisaggregationValue* */
  GPtrArray *value_ids;      /* of char*, borrowed from values */
  GPtrArray *targets;        /* of DosonCtrTarget* */
  gboolean sealed;
};

G_DEFINE_FINAL_TYPE (DosonCtrIndicator, doson_ctr_indicator, G_TYPE_OBJECT)

static const char * const relation_names[] = {
  "none", "part-of", "subset-of"
};

static void
disaggregation_value_free (gpointer data)
{
  DisaggregationValue *value = data;

  g_free (value->id);
  _doson_ctr_loc_text_clear (&value->name);
  g_free (value);
}

static void
doson_ctr_indicator_finalize (GObject *object)
{
  DosonCtrIndicator *self = DOSON_CTR_INDICATOR (object);

  g_free (self->id);
  g_free (self->ref);
  _doson_ctr_loc_text_clear (&self->name);
  _doson_ctr_loc_text_clear (&self->unit);
  _doson_ctr_loc_text_clear (&self->note);
  g_free (self->goal_id);
  g_ptr_array_unref (self->lead_units);
  g_ptr_array_unref (self->partner_units);
  g_free (self->related_id);
  g_free (self->dimension);
  _doson_ctr_loc_text_clear (&self->dimension_name);
  g_ptr_array_unref (self->value_ids);
  g_ptr_array_unref (self->values);
  g_ptr_array_unref (self->targets);

  G_OBJECT_CLASS (doson_ctr_indicator_parent_class)->finalize (object);
}

static void
doson_ctr_indicator_class_init (DosonCtrIndicatorClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = doson_ctr_indicator_finalize;
}

static void
doson_ctr_indicator_init (DosonCtrIndicator *self)
{
  self->lead_units = g_ptr_array_new_with_free_func (g_free);
  self->partner_units = g_ptr_array_new_with_free_func (g_free);
  self->values = g_ptr_array_new_with_free_func (disaggregation_value_free);
  self->value_ids = g_ptr_array_new ();
  self->targets = g_ptr_array_new_with_free_func ((GDestroyNotify) doson_ctr_target_free);
  self->measure = DOSON_CTR_MEASURE_AMOUNT;
  self->direction = DOSON_CTR_DIRECTION_HIGHER;
  self->relation = DOSON_CTR_INDICATOR_RELATION_NONE;
}

/**
 * doson_ctr_indicator_relation_to_string:
 * @relation: a #DosonCtrIndicatorRelation
 *
 * Gives the stable spelling of @relation: "none", "part-of" or
 * "subset-of". (The programme files write a relation as a "part_of" or
 * "subset_of" key instead.)
 *
 * Returns: (transfer none): a static string, or %NULL for a value that is
 *   not a #DosonCtrIndicatorRelation
 *
 * Since: 0.1
 */
const char *
doson_ctr_indicator_relation_to_string (DosonCtrIndicatorRelation relation)
{
  if ((guint) relation >= G_N_ELEMENTS (relation_names))
    return NULL;
  return relation_names[relation];
}

/**
 * doson_ctr_indicator_relation_from_string:
 * @str: (nullable): a spelling such as "part-of"
 * @relation: (out): where to store the relation
 *
 * Reads the spelling given by doson_ctr_indicator_relation_to_string().
 *
 * Returns: %TRUE if @str is a known spelling; otherwise %FALSE and
 *   @relation is untouched
 *
 * Since: 0.1
 */
gboolean
doson_ctr_indicator_relation_from_string (const char                *str,
                                          DosonCtrIndicatorRelation *relation)
{
  guint i;

  g_return_val_if_fail (relation != NULL, FALSE);

  if (str == NULL)
    return FALSE;
  for (i = 0; i < G_N_ELEMENTS (relation_names); i++)
    if (strcmp (str, relation_names[i]) == 0)
      {
        *relation = (DosonCtrIndicatorRelation) i;
        return TRUE;
      }
  return FALSE;
}

/**
 * doson_ctr_indicator_new: (constructor)
 * @id: the indicator's id (see doson_ctr_id_is_valid())
 *
 * Creates an empty indicator: measure %DOSON_CTR_MEASURE_AMOUNT, direction
 * %DOSON_CTR_DIRECTION_HIGHER, no relation, no disaggregation, no targets.
 * Before it can join a programme it needs a Vietnamese name, a goal, a lead
 * unit and a target.
 *
 * Returns: (transfer full): a new indicator; release it with
 *   g_object_unref()
 *
 * Since: 0.1
 */
DosonCtrIndicator *
doson_ctr_indicator_new (const char *id)
{
  DosonCtrIndicator *self;

  g_return_val_if_fail (doson_ctr_id_is_valid (id), NULL);

  self = g_object_new (DOSON_CTR_TYPE_INDICATOR, NULL);
  self->id = g_strdup (id);
  return self;
}

#define RETURN_IF_SEALED(self) \
  g_return_if_fail (DOSON_CTR_IS_INDICATOR (self)); \
  g_return_if_fail (!(self)->sealed)

/**
 * doson_ctr_indicator_get_id:
 * @indicator: a #DosonCtrIndicator
 *
 * Gives the id @indicator was created with, unique in its programme;
 * measurements name the indicator they are for by it.
 *
 * Returns: (transfer none): the id of @indicator, owned by @indicator
 *
 * Since: 0.1
 */
const char *
doson_ctr_indicator_get_id (DosonCtrIndicator *indicator)
{
  g_return_val_if_fail (DOSON_CTR_IS_INDICATOR (indicator), NULL);
  return indicator->id;
}

/**
 * doson_ctr_indicator_set_ref:
 * @indicator: a #DosonCtrIndicator not yet in a programme
 * @ref: (nullable): the document's numbering, such as "III.1 (4)"
 *
 * Sets the reference of @indicator in the document. The text is copied.
 *
 * Since: 0.1
 */
void
doson_ctr_indicator_set_ref (DosonCtrIndicator *indicator,
                             const char        *ref)
{
  RETURN_IF_SEALED (indicator);
  g_return_if_fail (ref == NULL || g_utf8_validate (ref, -1, NULL));

  g_free (indicator->ref);
  indicator->ref = g_strdup (ref);
}

/**
 * doson_ctr_indicator_get_ref:
 * @indicator: a #DosonCtrIndicator
 *
 * Gives the numbering of @indicator in the programme's document, such as
 * "III.1 (4)".
 *
 * Returns: (transfer none) (nullable): the numbering, owned by @indicator,
 *   or %NULL
 *
 * Since: 0.1
 */
const char *
doson_ctr_indicator_get_ref (DosonCtrIndicator *indicator)
{
  g_return_val_if_fail (DOSON_CTR_IS_INDICATOR (indicator), NULL);
  return indicator->ref;
}

/**
 * doson_ctr_indicator_set_name:
 * @indicator: a #DosonCtrIndicator not yet in a programme
 * @lang: "vi" or "en"
 * @name: (nullable): the name in @lang, or %NULL to remove it
 *
 * Sets the name of @indicator in one language. The text is copied.
 *
 * Since: 0.1
 */
void
doson_ctr_indicator_set_name (DosonCtrIndicator *indicator,
                              const char        *lang,
                              const char        *name)
{
  RETURN_IF_SEALED (indicator);
  g_return_if_fail (_doson_ctr_lang_is_valid (lang));
  g_return_if_fail (name == NULL || g_utf8_validate (name, -1, NULL));

  _doson_ctr_loc_text_set (&indicator->name, lang, name);
}

/**
 * doson_ctr_indicator_get_name:
 * @indicator: a #DosonCtrIndicator
 * @lang: (nullable): "en" for English (falling back to Vietnamese);
 *   %NULL, "vi" or anything else for Vietnamese
 *
 * Gives the name of @indicator in one language, such as "Tỷ lệ cấp ủy viên
 * nữ".
 *
 * Returns: (transfer none) (nullable): the name of @indicator, owned by
 *   @indicator; never %NULL for an indicator in a programme
 *
 * Since: 0.1
 */
const char *
doson_ctr_indicator_get_name (DosonCtrIndicator *indicator,
                              const char        *lang)
{
  g_return_val_if_fail (DOSON_CTR_IS_INDICATOR (indicator), NULL);
  return _doson_ctr_loc_text_get (&indicator->name, lang);
}

/**
 * doson_ctr_indicator_set_unit:
 * @indicator: a #DosonCtrIndicator not yet in a programme
 * @lang: "vi" or "en"
 * @unit: (nullable): the unit label in @lang ("%", "doanh nghiệp"), or
 *   %NULL to remove it
 *
 * Sets the label of the unit the values of @indicator are in.
 *
 * Since: 0.1
 */
void
doson_ctr_indicator_set_unit (DosonCtrIndicator *indicator,
                              const char        *lang,
                              const char        *unit)
{
  RETURN_IF_SEALED (indicator);
  g_return_if_fail (_doson_ctr_lang_is_valid (lang));
  g_return_if_fail (unit == NULL || g_utf8_validate (unit, -1, NULL));

  _doson_ctr_loc_text_set (&indicator->unit, lang, unit);
}

/**
 * doson_ctr_indicator_get_unit:
 * @indicator: a #DosonCtrIndicator
 * @lang: (nullable): "en" for English (falling back to Vietnamese);
 *   %NULL, "vi" or anything else for Vietnamese
 *
 * Gives the label of the unit the values of @indicator are in, in one
 * language, such as "%" or "doanh nghiệp".
 *
 * Returns: (transfer none) (nullable): the unit label, owned by @indicator,
 *   or %NULL
 *
 * Since: 0.1
 */
const char *
doson_ctr_indicator_get_unit (DosonCtrIndicator *indicator,
                              const char        *lang)
{
  g_return_val_if_fail (DOSON_CTR_IS_INDICATOR (indicator), NULL);
  return _doson_ctr_loc_text_get (&indicator->unit, lang);
}

/**
 * doson_ctr_indicator_set_note:
 * @indicator: a #DosonCtrIndicator not yet in a programme
 * @lang: "vi" or "en"
 * @note: (nullable): a condition or remark in @lang, or %NULL to remove it
 *
 * Sets a note on @indicator, such as "(khi được thành phố phân cấp)".
 *
 * Since: 0.1
 */
void
doson_ctr_indicator_set_note (DosonCtrIndicator *indicator,
                              const char        *lang,
                              const char        *note)
{
  RETURN_IF_SEALED (indicator);
  g_return_if_fail (_doson_ctr_lang_is_valid (lang));
  g_return_if_fail (note == NULL || g_utf8_validate (note, -1, NULL));

  _doson_ctr_loc_text_set (&indicator->note, lang, note);
}

/**
 * doson_ctr_indicator_get_note:
 * @indicator: a #DosonCtrIndicator
 * @lang: (nullable): "en" for English (falling back to Vietnamese);
 *   %NULL, "vi" or anything else for Vietnamese
 *
 * Gives the note on @indicator in one language: a condition or remark from
 * the document, such as "(khi được thành phố phân cấp)".
 *
 * Returns: (transfer none) (nullable): the note, owned by @indicator, or
 *   %NULL
 *
 * Since: 0.1
 */
const char *
doson_ctr_indicator_get_note (DosonCtrIndicator *indicator,
                              const char        *lang)
{
  g_return_val_if_fail (DOSON_CTR_IS_INDICATOR (indicator), NULL);
  return _doson_ctr_loc_text_get (&indicator->note, lang);
}

/**
 * doson_ctr_indicator_set_measure:
 * @indicator: a #DosonCtrIndicator not yet in a programme
 * @measure: what kind of number its values are
 *
 * Sets the measure of @indicator.
 *
 * Since: 0.1
 */
void
doson_ctr_indicator_set_measure (DosonCtrIndicator *indicator,
                                 DosonCtrMeasure    measure)
{
  RETURN_IF_SEALED (indicator);
  g_return_if_fail (doson_ctr_measure_to_string (measure) != NULL);

  indicator->measure = measure;
}

/**
 * doson_ctr_indicator_get_measure:
 * @indicator: a #DosonCtrIndicator
 *
 * Gives what kind of number the values of @indicator are;
 * %DOSON_CTR_MEASURE_AMOUNT until set.
 *
 * Returns: the measure of @indicator
 *
 * Since: 0.1
 */
DosonCtrMeasure
doson_ctr_indicator_get_measure (DosonCtrIndicator *indicator)
{
  g_return_val_if_fail (DOSON_CTR_IS_INDICATOR (indicator), DOSON_CTR_MEASURE_AMOUNT);
  return indicator->measure;
}

/**
 * doson_ctr_indicator_set_direction:
 * @indicator: a #DosonCtrIndicator not yet in a programme
 * @direction: which way is better
 *
 * Sets the direction of @indicator. It also decides which end of a
 * floor-stretch range is the floor (see doson_ctr_target_get_floor()).
 *
 * Since: 0.1
 */
void
doson_ctr_indicator_set_direction (DosonCtrIndicator *indicator,
                                   DosonCtrDirection  direction)
{
  RETURN_IF_SEALED (indicator);
  g_return_if_fail (direction == DOSON_CTR_DIRECTION_HIGHER
                    || direction == DOSON_CTR_DIRECTION_LOWER);

  indicator->direction = direction;
}

/**
 * doson_ctr_indicator_get_direction:
 * @indicator: a #DosonCtrIndicator
 *
 * Gives which way @indicator should move: %DOSON_CTR_DIRECTION_HIGHER (the
 * default) when higher values are better. The direction decides which end
 * of a range target is the floor and whether a rise or a fall is progress.
 *
 * Returns: the direction of @indicator
 *
 * Since: 0.1
 */
DosonCtrDirection
doson_ctr_indicator_get_direction (DosonCtrIndicator *indicator)
{
  g_return_val_if_fail (DOSON_CTR_IS_INDICATOR (indicator), DOSON_CTR_DIRECTION_HIGHER);
  return indicator->direction;
}

/**
 * doson_ctr_indicator_set_goal_id:
 * @indicator: a #DosonCtrIndicator not yet in a programme
 * @goal_id: (nullable): the id of the goal it belongs to
 *
 * Sets the goal of @indicator. The programme checks that the goal exists
 * when the indicator is added.
 *
 * Since: 0.1
 */
void
doson_ctr_indicator_set_goal_id (DosonCtrIndicator *indicator,
                                 const char        *goal_id)
{
  RETURN_IF_SEALED (indicator);
  g_return_if_fail (goal_id == NULL || doson_ctr_id_is_valid (goal_id));

  g_free (indicator->goal_id);
  indicator->goal_id = g_strdup (goal_id);
}

/**
 * doson_ctr_indicator_get_goal_id:
 * @indicator: a #DosonCtrIndicator
 *
 * Gives the id of the goal @indicator belongs to; find the goal with
 * doson_ctr_program_lookup_goal().
 *
 * Returns: (transfer none) (nullable): the id of the goal, owned by
 *   @indicator; never %NULL for an indicator in a programme
 *
 * Since: 0.1
 */
const char *
doson_ctr_indicator_get_goal_id (DosonCtrIndicator *indicator)
{
  g_return_val_if_fail (DOSON_CTR_IS_INDICATOR (indicator), NULL);
  return indicator->goal_id;
}

/**
 * doson_ctr_indicator_add_lead_unit:
 * @indicator: a #DosonCtrIndicator not yet in a programme
 * @unit_id: the id of a responsible unit
 *
 * Adds a unit that leads the work on @indicator. The programme checks the
 * id, and that no unit is named twice, when the indicator is added.
 *
 * Since: 0.1
 */
void
doson_ctr_indicator_add_lead_unit (DosonCtrIndicator *indicator,
                                   const char        *unit_id)
{
  RETURN_IF_SEALED (indicator);
  g_return_if_fail (doson_ctr_id_is_valid (unit_id));

  g_ptr_array_add (indicator->lead_units, g_strdup (unit_id));
}

/**
 * doson_ctr_indicator_get_lead_unit_ids:
 * @indicator: a #DosonCtrIndicator
 *
 * Gives the responsible units that lead the work on @indicator. A roll-up
 * by unit (%DOSON_CTR_ROLLUP_KIND_UNIT) counts an indicator for each of its lead
 * units.
 *
 * Returns: (transfer none) (element-type utf8): the ids of the units that
 *   lead @indicator, in the order they were added; owned by @indicator
 *
 * Since: 0.1
 */
GPtrArray *
doson_ctr_indicator_get_lead_unit_ids (DosonCtrIndicator *indicator)
{
  g_return_val_if_fail (DOSON_CTR_IS_INDICATOR (indicator), NULL);
  return indicator->lead_units;
}

/**
 * doson_ctr_indicator_add_partner_unit:
 * @indicator: a #DosonCtrIndicator not yet in a programme
 * @unit_id: the id of a responsible unit
 *
 * Adds a unit that takes part in the work on @indicator.
 *
 * Since: 0.1
 */
void
doson_ctr_indicator_add_partner_unit (DosonCtrIndicator *indicator,
                                      const char        *unit_id)
{
  RETURN_IF_SEALED (indicator);
  g_return_if_fail (doson_ctr_id_is_valid (unit_id));

  g_ptr_array_add (indicator->partner_units, g_strdup (unit_id));
}

/**
 * doson_ctr_indicator_get_partner_unit_ids:
 * @indicator: a #DosonCtrIndicator
 *
 * Gives the responsible units that take part in the work on @indicator
 * without leading it, in the order they were added.
 *
 * Returns: (transfer none) (element-type utf8): the ids of the partner
 *   units of @indicator, possibly none; owned by @indicator
 *
 * Since: 0.1
 */
GPtrArray *
doson_ctr_indicator_get_partner_unit_ids (DosonCtrIndicator *indicator)
{
  g_return_val_if_fail (DOSON_CTR_IS_INDICATOR (indicator), NULL);
  return indicator->partner_units;
}

/**
 * doson_ctr_indicator_set_relation:
 * @indicator: a #DosonCtrIndicator not yet in a programme
 * @relation: how @indicator relates to another one
 * @related_id: (nullable): the id of that other indicator; %NULL exactly
 *   when @relation is %DOSON_CTR_INDICATOR_RELATION_NONE
 *
 * Declares @indicator a part or a subset of another indicator. The
 * programme checks, when @indicator is added, that the other indicator
 * was added before and has the same measure.
 *
 * Since: 0.1
 */
void
doson_ctr_indicator_set_relation (DosonCtrIndicator         *indicator,
                                  DosonCtrIndicatorRelation  relation,
                                  const char                *related_id)
{
  RETURN_IF_SEALED (indicator);
  g_return_if_fail ((guint) relation < G_N_ELEMENTS (relation_names));
  g_return_if_fail ((relation == DOSON_CTR_INDICATOR_RELATION_NONE)
                    == (related_id == NULL));
  g_return_if_fail (related_id == NULL || doson_ctr_id_is_valid (related_id));

  indicator->relation = relation;
  g_free (indicator->related_id);
  indicator->related_id = g_strdup (related_id);
}

/**
 * doson_ctr_indicator_get_relation:
 * @indicator: a #DosonCtrIndicator
 *
 * Tells whether @indicator is a part or a subset of another indicator,
 * which the consistency checks of doson_ctr_assessment_get_warnings() use;
 * %DOSON_CTR_INDICATOR_RELATION_NONE by default.
 *
 * Returns: how @indicator relates to the indicator named by
 *   doson_ctr_indicator_get_related_id()
 *
 * Since: 0.1
 */
DosonCtrIndicatorRelation
doson_ctr_indicator_get_relation (DosonCtrIndicator *indicator)
{
  g_return_val_if_fail (DOSON_CTR_IS_INDICATOR (indicator), DOSON_CTR_INDICATOR_RELATION_NONE);
  return indicator->relation;
}

/**
 * doson_ctr_indicator_get_related_id:
 * @indicator: a #DosonCtrIndicator
 *
 * Gives the indicator @indicator is a part or a subset of
 * (doson_ctr_indicator_set_relation()).
 *
 * Returns: (transfer none) (nullable): the id of the whole @indicator is a
 *   part or subset of, owned by @indicator, or %NULL when it stands alone
 *
 * Since: 0.1
 */
const char *
doson_ctr_indicator_get_related_id (DosonCtrIndicator *indicator)
{
  g_return_val_if_fail (DOSON_CTR_IS_INDICATOR (indicator), NULL);
  return indicator->related_id;
}

/**
 * doson_ctr_indicator_set_disaggregation:
 * @indicator: a #DosonCtrIndicator not yet in a programme and without a
 *   disaggregation yet
 * @dimension: what the values are broken down by, an id such as "level"
 * @name_vi: (nullable): the dimension's name in Vietnamese ("Cấp học")
 * @name_en: (nullable): its name in English ("School level")
 *
 * Declares that the values of @indicator are broken down by @dimension.
 * Add the allowed values with doson_ctr_indicator_add_disaggregation_value().
 *
 * Since: 0.1
 */
void
doson_ctr_indicator_set_disaggregation (DosonCtrIndicator *indicator,
                                        const char        *dimension,
                                        const char        *name_vi,
                                        const char        *name_en)
{
  RETURN_IF_SEALED (indicator);
  g_return_if_fail (indicator->dimension == NULL);
  g_return_if_fail (doson_ctr_id_is_valid (dimension));
  g_return_if_fail (name_vi == NULL || g_utf8_validate (name_vi, -1, NULL));
  g_return_if_fail (name_en == NULL || g_utf8_validate (name_en, -1, NULL));

  indicator->dimension = g_strdup (dimension);
  _doson_ctr_loc_text_set (&indicator->dimension_name, "vi", name_vi);
  _doson_ctr_loc_text_set (&indicator->dimension_name, "en", name_en);
}

/**
 * doson_ctr_indicator_get_disaggregation:
 * @indicator: a #DosonCtrIndicator
 *
 * Gives the id of the dimension the values of @indicator are broken down
 * by, such as "level" for school levels.
 *
 * Returns: (transfer none) (nullable): the dimension, owned by @indicator,
 *   or %NULL when the values are not broken down
 *
 * Since: 0.1
 */
const char *
doson_ctr_indicator_get_disaggregation (DosonCtrIndicator *indicator)
{
  g_return_val_if_fail (DOSON_CTR_IS_INDICATOR (indicator), NULL);
  return indicator->dimension;
}

/**
 * doson_ctr_indicator_get_disaggregation_name:
 * @indicator: a #DosonCtrIndicator
 * @lang: (nullable): "en" for English (falling back to Vietnamese);
 *   %NULL, "vi" or anything else for Vietnamese
 *
 * Gives the name of the disaggregation dimension in one language, such as
 * "Cấp học" or "School level".
 *
 * Returns: (transfer none) (nullable): the name of the dimension, owned by
 *   @indicator, or %NULL
 *
 * Since: 0.1
 */
const char *
doson_ctr_indicator_get_disaggregation_name (DosonCtrIndicator *indicator,
                                             const char        *lang)
{
  g_return_val_if_fail (DOSON_CTR_IS_INDICATOR (indicator), NULL);
  return _doson_ctr_loc_text_get (&indicator->dimension_name, lang);
}

static DisaggregationValue *
find_value (DosonCtrIndicator *indicator,
            const char        *value)
{
  guint i;

  for (i = 0; i < indicator->values->len; i++)
    {
      DisaggregationValue *v = g_ptr_array_index (indicator->values, i);
      if (strcmp (v->id, value) == 0)
        return v;
    }
  return NULL;
}

/**
 * doson_ctr_indicator_add_disaggregation_value:
 * @indicator: a #DosonCtrIndicator not yet in a programme, with a
 *   disaggregation
 * @value: an allowed value, an id such as "primary", not added before
 * @name_vi: (nullable): its name in Vietnamese ("Tiểu học")
 * @name_en: (nullable): its name in English ("Primary")
 *
 * Adds an allowed value of the disaggregation of @indicator.
 *
 * Since: 0.1
 */
void
doson_ctr_indicator_add_disaggregation_value (DosonCtrIndicator *indicator,
                                              const char        *value,
                                              const char        *name_vi,
                                              const char        *name_en)
{
  DisaggregationValue *v;

  RETURN_IF_SEALED (indicator);
  g_return_if_fail (indicator->dimension != NULL);
  g_return_if_fail (doson_ctr_id_is_valid (value));
  g_return_if_fail (find_value (indicator, value) == NULL);
  g_return_if_fail (name_vi == NULL || g_utf8_validate (name_vi, -1, NULL));
  g_return_if_fail (name_en == NULL || g_utf8_validate (name_en, -1, NULL));

  v = g_new0 (DisaggregationValue, 1);
  v->id = g_strdup (value);
  _doson_ctr_loc_text_set (&v->name, "vi", name_vi);
  _doson_ctr_loc_text_set (&v->name, "en", name_en);
  g_ptr_array_add (indicator->values, v);
  g_ptr_array_add (indicator->value_ids, v->id);
}

/**
 * doson_ctr_indicator_get_disaggregation_values:
 * @indicator: a #DosonCtrIndicator
 *
 * Gives the ids of the allowed disaggregation values, such as "primary";
 * the level of a measurement of @indicator must be one of them.
 *
 * Returns: (transfer none) (element-type utf8): the allowed values of the
 *   disaggregation, in the order they were added (empty without a
 *   disaggregation); owned by @indicator
 *
 * Since: 0.1
 */
GPtrArray *
doson_ctr_indicator_get_disaggregation_values (DosonCtrIndicator *indicator)
{
  g_return_val_if_fail (DOSON_CTR_IS_INDICATOR (indicator), NULL);
  return indicator->value_ids;
}

/**
 * doson_ctr_indicator_has_disaggregation_value:
 * @indicator: a #DosonCtrIndicator
 * @value: a disaggregation value
 *
 * Checks whether @value may be the level of a measurement of @indicator. An
 * indicator without a disaggregation has no allowed values.
 *
 * Returns: whether @value is one of the allowed values of the
 *   disaggregation of @indicator
 *
 * Since: 0.1
 */
gboolean
doson_ctr_indicator_has_disaggregation_value (DosonCtrIndicator *indicator,
                                              const char        *value)
{
  g_return_val_if_fail (DOSON_CTR_IS_INDICATOR (indicator), FALSE);
  g_return_val_if_fail (value != NULL, FALSE);
  return find_value (indicator, value) != NULL;
}

/**
 * doson_ctr_indicator_get_disaggregation_value_name:
 * @indicator: a #DosonCtrIndicator
 * @value: a disaggregation value
 * @lang: (nullable): "en" for English (falling back to Vietnamese);
 *   %NULL, "vi" or anything else for Vietnamese
 *
 * Gives the name of one allowed disaggregation value in one language, such
 * as "Tiểu học" or "Primary" for "primary".
 *
 * Returns: (transfer none) (nullable): the name of @value, owned by
 *   @indicator, or %NULL when it has none or is not an allowed value
 *
 * Since: 0.1
 */
const char *
doson_ctr_indicator_get_disaggregation_value_name (DosonCtrIndicator *indicator,
                                                   const char        *value,
                                                   const char        *lang)
{
  DisaggregationValue *v;

  g_return_val_if_fail (DOSON_CTR_IS_INDICATOR (indicator), NULL);
  g_return_val_if_fail (value != NULL, NULL);

  v = find_value (indicator, value);
  return v != NULL ? _doson_ctr_loc_text_get (&v->name, lang) : NULL;
}

/**
 * doson_ctr_indicator_add_target:
 * @indicator: a #DosonCtrIndicator not yet in a programme
 * @target: a target; @indicator keeps a copy
 *
 * Adds a target to @indicator. An indicator may have several, such as a
 * threshold every year and a level by a deadline. The programme checks
 * the target's years and its fit with the measure when @indicator is
 * added.
 *
 * Since: 0.1
 */
void
doson_ctr_indicator_add_target (DosonCtrIndicator    *indicator,
                                const DosonCtrTarget *target)
{
  RETURN_IF_SEALED (indicator);
  g_return_if_fail (target != NULL);

  g_ptr_array_add (indicator->targets, doson_ctr_target_copy (target));
}

/**
 * doson_ctr_indicator_get_targets:
 * @indicator: a #DosonCtrIndicator
 *
 * Gives the targets of @indicator. The index of a target assessment
 * (doson_ctr_target_assessment_get_target_index()) is a position in this
 * array.
 *
 * Returns: (transfer none) (element-type DosonCtrTarget): the targets of
 *   @indicator, in the order they were added; owned by @indicator
 *
 * Since: 0.1
 */
GPtrArray *
doson_ctr_indicator_get_targets (DosonCtrIndicator *indicator)
{
  g_return_val_if_fail (DOSON_CTR_IS_INDICATOR (indicator), NULL);
  return indicator->targets;
}

const DosonCtrLocText *
_doson_ctr_indicator_get_name_raw (DosonCtrIndicator *indicator)
{
  return &indicator->name;
}

const DosonCtrLocText *
_doson_ctr_indicator_get_unit_raw (DosonCtrIndicator *indicator)
{
  return &indicator->unit;
}

const DosonCtrLocText *
_doson_ctr_indicator_get_note_raw (DosonCtrIndicator *indicator)
{
  return &indicator->note;
}

const DosonCtrLocText *
_doson_ctr_indicator_get_disaggregation_name_raw (DosonCtrIndicator *indicator)
{
  return &indicator->dimension_name;
}

const DosonCtrLocText *
_doson_ctr_indicator_get_disaggregation_value_name_raw (DosonCtrIndicator *indicator,
                                                        guint              index)
{
  DisaggregationValue *v = g_ptr_array_index (indicator->values, index);
  return &v->name;
}

void
_doson_ctr_indicator_seal (DosonCtrIndicator *indicator)
{
  indicator->sealed = TRUE;
}

gboolean
_doson_ctr_indicator_is_sealed (DosonCtrIndicator *indicator)
{
  return indicator->sealed;
}

void
_doson_ctr_indicator_resolve_years (DosonCtrIndicator *indicator,
                                    int                first_year,
                                    int                deadline_year)
{
  guint i;

  for (i = 0; i < indicator->targets->len; i++)
    {
      DosonCtrTarget *target = g_ptr_array_index (indicator->targets, i);
      int first = doson_ctr_target_get_first_year (target);
      int deadline = doson_ctr_target_get_deadline_year (target);

      doson_ctr_target_set_years (target,
                                  first != 0 ? first : first_year,
                                  deadline != 0 ? deadline : deadline_year);
    }
}
