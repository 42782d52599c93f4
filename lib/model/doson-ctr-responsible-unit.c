/* doson-ctr-responsible-unit.c: a unit responsible for goals and indicators
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <doson-ctr/doson-ctr-program.h>

#include "base/doson-ctr-text-private.h"
#include "model/doson-ctr-responsible-unit-private.h"

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
