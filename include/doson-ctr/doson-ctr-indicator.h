/* doson-ctr-indicator.h: one indicator of a programme
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_INDICATOR_H
#define DOSON_CTR_INDICATOR_H

#if !defined(DOSON_CTR_INSIDE) && !defined(DOSON_CTR_COMPILATION)
#error "Only <doson-ctr/doson-ctr.h> can be included directly."
#endif

#include <glib-object.h>
#include <doson-ctr/doson-ctr-version-macros.h>
#include <doson-ctr/doson-ctr-types.h>
#include <doson-ctr/doson-ctr-target.h>

G_BEGIN_DECLS

/**
 * DosonCtrIndicatorRelation:
 * @DOSON_CTR_INDICATOR_RELATION_NONE: the indicator stands alone ("none")
 * @DOSON_CTR_INDICATOR_RELATION_PART_OF: the indicator is one of the parts
 *   that sum into the related indicator (compulsory and voluntary social
 *   insurance sum into coverage) ("part-of")
 * @DOSON_CTR_INDICATOR_RELATION_SUBSET_OF: the indicator counts a subset of
 *   the related indicator ("trong đó", "of which"), so it can never exceed
 *   it ("subset-of")
 *
 * How an indicator relates to another indicator of the same programme.
 *
 * Since: 0.1
 */
typedef enum {
  DOSON_CTR_INDICATOR_RELATION_NONE = 0,
  DOSON_CTR_INDICATOR_RELATION_PART_OF,
  DOSON_CTR_INDICATOR_RELATION_SUBSET_OF
} DosonCtrIndicatorRelation;

/**
 * DOSON_CTR_TYPE_INDICATOR:
 *
 * The #GType of #DosonCtrIndicator, a final #GObject class; instances are
 * released with g_object_unref().
 *
 * Since: 0.1
 */
#define DOSON_CTR_TYPE_INDICATOR (doson_ctr_indicator_get_type ())
DOSON_CTR_AVAILABLE_IN_0_1
G_DECLARE_FINAL_TYPE (DosonCtrIndicator, doson_ctr_indicator, DOSON_CTR, INDICATOR, GObject)

DOSON_CTR_AVAILABLE_IN_0_1
const char *doson_ctr_indicator_relation_to_string (DosonCtrIndicatorRelation relation);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean    doson_ctr_indicator_relation_from_string (const char                *str,
                                                      DosonCtrIndicatorRelation *relation);

DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrIndicator *doson_ctr_indicator_new (const char *id);

DOSON_CTR_AVAILABLE_IN_0_1
const char *doson_ctr_indicator_get_id (DosonCtrIndicator *indicator);

DOSON_CTR_AVAILABLE_IN_0_1
void        doson_ctr_indicator_set_ref (DosonCtrIndicator *indicator,
                                         const char        *ref);
DOSON_CTR_AVAILABLE_IN_0_1
const char *doson_ctr_indicator_get_ref (DosonCtrIndicator *indicator);

DOSON_CTR_AVAILABLE_IN_0_1
void        doson_ctr_indicator_set_name (DosonCtrIndicator *indicator,
                                          const char        *lang,
                                          const char        *name);
DOSON_CTR_AVAILABLE_IN_0_1
const char *doson_ctr_indicator_get_name (DosonCtrIndicator *indicator,
                                          const char        *lang);

DOSON_CTR_AVAILABLE_IN_0_1
void        doson_ctr_indicator_set_unit (DosonCtrIndicator *indicator,
                                          const char        *lang,
                                          const char        *unit);
DOSON_CTR_AVAILABLE_IN_0_1
const char *doson_ctr_indicator_get_unit (DosonCtrIndicator *indicator,
                                          const char        *lang);

DOSON_CTR_AVAILABLE_IN_0_1
void        doson_ctr_indicator_set_note (DosonCtrIndicator *indicator,
                                          const char        *lang,
                                          const char        *note);
DOSON_CTR_AVAILABLE_IN_0_1
const char *doson_ctr_indicator_get_note (DosonCtrIndicator *indicator,
                                          const char        *lang);

DOSON_CTR_AVAILABLE_IN_0_1
void            doson_ctr_indicator_set_measure (DosonCtrIndicator *indicator,
                                                 DosonCtrMeasure    measure);
DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrMeasure doson_ctr_indicator_get_measure (DosonCtrIndicator *indicator);

DOSON_CTR_AVAILABLE_IN_0_1
void              doson_ctr_indicator_set_direction (DosonCtrIndicator *indicator,
                                                     DosonCtrDirection  direction);
DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrDirection doson_ctr_indicator_get_direction (DosonCtrIndicator *indicator);

DOSON_CTR_AVAILABLE_IN_0_1
void        doson_ctr_indicator_set_goal_id (DosonCtrIndicator *indicator,
                                             const char        *goal_id);
DOSON_CTR_AVAILABLE_IN_0_1
const char *doson_ctr_indicator_get_goal_id (DosonCtrIndicator *indicator);

DOSON_CTR_AVAILABLE_IN_0_1
void       doson_ctr_indicator_add_lead_unit (DosonCtrIndicator *indicator,
                                              const char        *unit_id);
DOSON_CTR_AVAILABLE_IN_0_1
GPtrArray *doson_ctr_indicator_get_lead_unit_ids (DosonCtrIndicator *indicator);
DOSON_CTR_AVAILABLE_IN_0_1
void       doson_ctr_indicator_add_partner_unit (DosonCtrIndicator *indicator,
                                                 const char        *unit_id);
DOSON_CTR_AVAILABLE_IN_0_1
GPtrArray *doson_ctr_indicator_get_partner_unit_ids (DosonCtrIndicator *indicator);

DOSON_CTR_AVAILABLE_IN_0_1
void                      doson_ctr_indicator_set_relation (DosonCtrIndicator         *indicator,
                                                            DosonCtrIndicatorRelation  relation,
                                                            const char                *related_id);
DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrIndicatorRelation doson_ctr_indicator_get_relation (DosonCtrIndicator *indicator);
DOSON_CTR_AVAILABLE_IN_0_1
const char               *doson_ctr_indicator_get_related_id (DosonCtrIndicator *indicator);

DOSON_CTR_AVAILABLE_IN_0_1
void        doson_ctr_indicator_set_disaggregation (DosonCtrIndicator *indicator,
                                                    const char        *dimension,
                                                    const char        *name_vi,
                                                    const char        *name_en);
DOSON_CTR_AVAILABLE_IN_0_1
const char *doson_ctr_indicator_get_disaggregation (DosonCtrIndicator *indicator);
DOSON_CTR_AVAILABLE_IN_0_1
const char *doson_ctr_indicator_get_disaggregation_name (DosonCtrIndicator *indicator,
                                                         const char        *lang);
DOSON_CTR_AVAILABLE_IN_0_1
void        doson_ctr_indicator_add_disaggregation_value (DosonCtrIndicator *indicator,
                                                          const char        *value,
                                                          const char        *name_vi,
                                                          const char        *name_en);
DOSON_CTR_AVAILABLE_IN_0_1
GPtrArray  *doson_ctr_indicator_get_disaggregation_values (DosonCtrIndicator *indicator);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean    doson_ctr_indicator_has_disaggregation_value (DosonCtrIndicator *indicator,
                                                          const char        *value);
DOSON_CTR_AVAILABLE_IN_0_1
const char *doson_ctr_indicator_get_disaggregation_value_name (DosonCtrIndicator *indicator,
                                                               const char        *value,
                                                               const char        *lang);

DOSON_CTR_AVAILABLE_IN_0_1
void       doson_ctr_indicator_add_target (DosonCtrIndicator    *indicator,
                                           const DosonCtrTarget *target);
DOSON_CTR_AVAILABLE_IN_0_1
GPtrArray *doson_ctr_indicator_get_targets (DosonCtrIndicator *indicator);

G_END_DECLS

#endif /* DOSON_CTR_INDICATOR_H */
