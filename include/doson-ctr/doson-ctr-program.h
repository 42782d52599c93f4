/* doson-ctr-program.h: an action programme, its goals, units and indicators
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_PROGRAM_H
#define DOSON_CTR_PROGRAM_H

#if !defined(DOSON_CTR_INSIDE) && !defined(DOSON_CTR_COMPILATION)
#error "Only <doson-ctr/doson-ctr.h> can be included directly."
#endif

#include <glib-object.h>
#include <doson-ctr/doson-ctr-version-macros.h>
#include <doson-ctr/doson-ctr-target.h>
#include <doson-ctr/doson-ctr-indicator.h>
#include <doson-ctr/doson-ctr-task.h>

G_BEGIN_DECLS

/**
 * DOSON_CTR_TYPE_RESPONSIBLE_UNIT:
 *
 * The #GType of #DosonCtrResponsibleUnit, a final #GObject class; instances
 * are released with g_object_unref().
 *
 * Since: 0.1
 */
#define DOSON_CTR_TYPE_RESPONSIBLE_UNIT (doson_ctr_responsible_unit_get_type ())
DOSON_CTR_AVAILABLE_IN_0_1
G_DECLARE_FINAL_TYPE (DosonCtrResponsibleUnit, doson_ctr_responsible_unit, DOSON_CTR, RESPONSIBLE_UNIT, GObject)

/**
 * DOSON_CTR_TYPE_GOAL:
 *
 * The #GType of #DosonCtrGoal, a final #GObject class; instances are
 * released with g_object_unref().
 *
 * Since: 0.1
 */
#define DOSON_CTR_TYPE_GOAL (doson_ctr_goal_get_type ())
DOSON_CTR_AVAILABLE_IN_0_1
G_DECLARE_FINAL_TYPE (DosonCtrGoal, doson_ctr_goal, DOSON_CTR, GOAL, GObject)

/**
 * DOSON_CTR_TYPE_PROGRAM:
 *
 * The #GType of #DosonCtrProgram, a final #GObject class; instances are
 * released with g_object_unref().
 *
 * Since: 0.1
 */
#define DOSON_CTR_TYPE_PROGRAM (doson_ctr_program_get_type ())
DOSON_CTR_AVAILABLE_IN_0_1
G_DECLARE_FINAL_TYPE (DosonCtrProgram, doson_ctr_program, DOSON_CTR, PROGRAM, GObject)

DOSON_CTR_AVAILABLE_IN_0_1
gboolean doson_ctr_id_is_valid (const char *id);

/* Responsible units */
DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrResponsibleUnit *doson_ctr_responsible_unit_new (const char *id);
DOSON_CTR_AVAILABLE_IN_0_1
const char *doson_ctr_responsible_unit_get_id (DosonCtrResponsibleUnit *unit);
DOSON_CTR_AVAILABLE_IN_0_1
void        doson_ctr_responsible_unit_set_name (DosonCtrResponsibleUnit *unit,
                                                 const char              *lang,
                                                 const char              *name);
DOSON_CTR_AVAILABLE_IN_0_1
const char *doson_ctr_responsible_unit_get_name (DosonCtrResponsibleUnit *unit,
                                                 const char              *lang);
DOSON_CTR_AVAILABLE_IN_0_1
void        doson_ctr_responsible_unit_set_short_name (DosonCtrResponsibleUnit *unit,
                                                       const char              *lang,
                                                       const char              *short_name);
DOSON_CTR_AVAILABLE_IN_0_1
const char *doson_ctr_responsible_unit_get_short_name (DosonCtrResponsibleUnit *unit,
                                                       const char              *lang);

/* Goals */
DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrGoal *doson_ctr_goal_new (const char *id);
DOSON_CTR_AVAILABLE_IN_0_1
const char   *doson_ctr_goal_get_id (DosonCtrGoal *goal);
DOSON_CTR_AVAILABLE_IN_0_1
void          doson_ctr_goal_set_ref (DosonCtrGoal *goal,
                                      const char   *ref);
DOSON_CTR_AVAILABLE_IN_0_1
const char   *doson_ctr_goal_get_ref (DosonCtrGoal *goal);
DOSON_CTR_AVAILABLE_IN_0_1
void          doson_ctr_goal_set_title (DosonCtrGoal *goal,
                                        const char   *lang,
                                        const char   *title);
DOSON_CTR_AVAILABLE_IN_0_1
const char   *doson_ctr_goal_get_title (DosonCtrGoal *goal,
                                        const char   *lang);
DOSON_CTR_AVAILABLE_IN_0_1
void          doson_ctr_goal_set_parent_id (DosonCtrGoal *goal,
                                            const char   *parent_id);
DOSON_CTR_AVAILABLE_IN_0_1
const char   *doson_ctr_goal_get_parent_id (DosonCtrGoal *goal);
DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrGoal *doson_ctr_goal_get_parent (DosonCtrGoal *goal);
DOSON_CTR_AVAILABLE_IN_0_1
GPtrArray    *doson_ctr_goal_get_children (DosonCtrGoal *goal);
DOSON_CTR_AVAILABLE_IN_0_1
void          doson_ctr_goal_add_lead_unit (DosonCtrGoal *goal,
                                            const char   *unit_id);
DOSON_CTR_AVAILABLE_IN_0_1
GPtrArray    *doson_ctr_goal_get_lead_unit_ids (DosonCtrGoal *goal);
DOSON_CTR_AVAILABLE_IN_0_1
void          doson_ctr_goal_add_partner_unit (DosonCtrGoal *goal,
                                               const char   *unit_id);
DOSON_CTR_AVAILABLE_IN_0_1
GPtrArray    *doson_ctr_goal_get_partner_unit_ids (DosonCtrGoal *goal);
DOSON_CTR_AVAILABLE_IN_0_1
void          doson_ctr_goal_add_resolution (DosonCtrGoal *goal,
                                             const char   *resolution);
DOSON_CTR_AVAILABLE_IN_0_1
GPtrArray    *doson_ctr_goal_get_resolutions (DosonCtrGoal *goal);
DOSON_CTR_AVAILABLE_IN_0_1
GPtrArray    *doson_ctr_goal_get_indicator_ids (DosonCtrGoal *goal);

/* Programmes */
DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrProgram *doson_ctr_program_new (const char *id,
                                        int         term_start,
                                        int         term_end,
                                        int         baseline_year);
DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrProgram *doson_ctr_program_new_from_file (const char  *path,
                                                  GError     **error);
DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrProgram *doson_ctr_program_new_from_data (const char  *data,
                                                  gssize       length,
                                                  const char  *name,
                                                  GError     **error);
DOSON_CTR_AVAILABLE_IN_0_1
char            *doson_ctr_program_to_data (DosonCtrProgram *program,
                                            gsize           *length);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean         doson_ctr_program_save_to_file (DosonCtrProgram  *program,
                                                 const char       *path,
                                                 GError          **error);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean         doson_ctr_program_equal (DosonCtrProgram *a,
                                          DosonCtrProgram *b);

DOSON_CTR_AVAILABLE_IN_0_1
const char *doson_ctr_program_get_id (DosonCtrProgram *program);
DOSON_CTR_AVAILABLE_IN_0_1
int         doson_ctr_program_get_term_start (DosonCtrProgram *program);
DOSON_CTR_AVAILABLE_IN_0_1
int         doson_ctr_program_get_term_end (DosonCtrProgram *program);
DOSON_CTR_AVAILABLE_IN_0_1
int         doson_ctr_program_get_baseline_year (DosonCtrProgram *program);

DOSON_CTR_AVAILABLE_IN_0_1
void        doson_ctr_program_set_code (DosonCtrProgram *program,
                                        const char      *code);
DOSON_CTR_AVAILABLE_IN_0_1
const char *doson_ctr_program_get_code (DosonCtrProgram *program);
DOSON_CTR_AVAILABLE_IN_0_1
void        doson_ctr_program_set_title (DosonCtrProgram *program,
                                         const char      *lang,
                                         const char      *title);
DOSON_CTR_AVAILABLE_IN_0_1
const char *doson_ctr_program_get_title (DosonCtrProgram *program,
                                         const char      *lang);
DOSON_CTR_AVAILABLE_IN_0_1
void        doson_ctr_program_set_issuing_body (DosonCtrProgram *program,
                                                const char      *lang,
                                                const char      *issuing_body);
DOSON_CTR_AVAILABLE_IN_0_1
const char *doson_ctr_program_get_issuing_body (DosonCtrProgram *program,
                                                const char      *lang);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean    doson_ctr_program_set_date (DosonCtrProgram  *program,
                                        const char       *date,
                                        GError          **error);
DOSON_CTR_AVAILABLE_IN_0_1
const char *doson_ctr_program_get_date (DosonCtrProgram *program);

DOSON_CTR_AVAILABLE_IN_0_1
gboolean                 doson_ctr_program_add_unit (DosonCtrProgram          *program,
                                                     DosonCtrResponsibleUnit  *unit,
                                                     GError                  **error);
DOSON_CTR_AVAILABLE_IN_0_1
GPtrArray               *doson_ctr_program_get_units (DosonCtrProgram *program);
DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrResponsibleUnit *doson_ctr_program_lookup_unit (DosonCtrProgram *program,
                                                        const char      *id);

DOSON_CTR_AVAILABLE_IN_0_1
gboolean      doson_ctr_program_add_goal (DosonCtrProgram  *program,
                                          DosonCtrGoal     *goal,
                                          GError          **error);
DOSON_CTR_AVAILABLE_IN_0_1
GPtrArray    *doson_ctr_program_get_goals (DosonCtrProgram *program);
DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrGoal *doson_ctr_program_lookup_goal (DosonCtrProgram *program,
                                             const char      *id);

DOSON_CTR_AVAILABLE_IN_0_1
gboolean           doson_ctr_program_add_indicator (DosonCtrProgram    *program,
                                                    DosonCtrIndicator  *indicator,
                                                    GError            **error);
DOSON_CTR_AVAILABLE_IN_0_1
GPtrArray         *doson_ctr_program_get_indicators (DosonCtrProgram *program);
DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrIndicator *doson_ctr_program_lookup_indicator (DosonCtrProgram *program,
                                                       const char      *id);
DOSON_CTR_AVAILABLE_IN_0_1
GPtrArray         *doson_ctr_program_get_indicators_for_goal (DosonCtrProgram *program,
                                                              const char      *goal_id,
                                                              gboolean         recursive);
DOSON_CTR_AVAILABLE_IN_0_1
GPtrArray         *doson_ctr_program_get_indicators_for_unit (DosonCtrProgram *program,
                                                              const char      *unit_id,
                                                              gboolean         include_partners);
DOSON_CTR_AVAILABLE_IN_0_1
GPtrArray         *doson_ctr_program_get_related_indicators (DosonCtrProgram           *program,
                                                             const char                *indicator_id,
                                                             DosonCtrIndicatorRelation  relation);

DOSON_CTR_AVAILABLE_IN_0_1
gboolean      doson_ctr_program_add_task (DosonCtrProgram  *program,
                                          DosonCtrTask     *task,
                                          GError          **error);
DOSON_CTR_AVAILABLE_IN_0_1
GPtrArray    *doson_ctr_program_get_tasks (DosonCtrProgram *program);
DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrTask *doson_ctr_program_lookup_task (DosonCtrProgram *program,
                                             const char      *id);
DOSON_CTR_AVAILABLE_IN_0_1
GPtrArray    *doson_ctr_program_get_tasks_for_goal (DosonCtrProgram *program,
                                                    const char      *goal_id,
                                                    gboolean         recursive);
DOSON_CTR_AVAILABLE_IN_0_1
GPtrArray    *doson_ctr_program_get_tasks_for_unit (DosonCtrProgram *program,
                                                    const char      *unit_id,
                                                    gboolean         include_partners);

G_END_DECLS

#endif /* DOSON_CTR_PROGRAM_H */
