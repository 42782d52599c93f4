/* doson-ctr-measurement-private.h: what the loaders and the measurement
 * set need of a measurement beyond its public API; never installed
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_MEASUREMENT_PRIVATE_H
#define DOSON_CTR_MEASUREMENT_PRIVATE_H

#include <glib.h>
#include <doson-ctr/doson-ctr-measurement.h>
#include <doson-ctr/doson-ctr-program.h>

#include "base/doson-ctr-text-private.h"

G_BEGIN_DECLS

/* The measurement set indexes its measurements by indicator, year and
 * level, and looks them up with a measurement on the stack that has only
 * those three. */
struct _DosonCtrMeasurement
{
  char *indicator_id;
  int year;
  double value;
  char *disaggregation_value;   /* the level, an id; NULL for the total */
  char *source;
  char *note;
  char *origin;
};

/* Gives @measurement its origin ("NAME:LINE:COLUMN" or "NAME:LINE"), which
 * it takes (transfer full); for the loaders. */
void  _doson_ctr_measurement_take_origin (DosonCtrMeasurement *measurement,
                                          char                *origin);

/* Adds @measurement to @set as doson_ctr_measurement_set_add() does, but
 * without a copy: @set takes @measurement (transfer full), and frees it
 * when it is refused. For the loaders, which make one a row. */
gboolean _doson_ctr_measurement_set_take (DosonCtrMeasurementSet  *set,
                                          DosonCtrMeasurement     *measurement,
                                          GError                 **error);

/* The description of @set in both languages, as set, without the
 * fallback of doson_ctr_measurement_set_get_description(); for the
 * writers, which write what the set holds. */
const DosonCtrLocText *_doson_ctr_measurement_set_get_description_text (DosonCtrMeasurementSet *set);

/* What @m is a value of, for messages: `indicator "x", year 2026` or
 * `indicator "x", year 2026, level "primary"`. Free with g_free(). */
char *_doson_ctr_measurement_describe (const DosonCtrMeasurement *m);

/* What a problem of the check is: an error, which makes the figures
 * unusable (an indicator the programme lacks, a year outside its term, a
 * level it does not have, a value that does not suit the indicator), or
 * an inconsistency between figures (parts that do not add up to their
 * whole, a subset larger than its whole), which an assessment reports as
 * a warning. */
typedef enum
{
  DOSON_CTR_CHECK_ERROR,
  DOSON_CTR_CHECK_CONSISTENCY
} DosonCtrCheckKind;

/* Checks @set against @program as doson_ctr_measurement_set_validate()
 * does, calling @func for each problem, in order: with the measurement at
 * fault, the field it is in (the name of a measurement CSV column:
 * "indicator", "year", "level" or "value") and "WHAT: MESSAGE" (WHAT from
 * _doson_ctr_measurement_describe()), or with NULL, NULL and the message
 * for a problem of the whole set. */
typedef void (*DosonCtrCheckFunc) (const DosonCtrMeasurement *m,
                                   const char                *field,
                                   DosonCtrCheckKind          kind,
                                   const char                *message,
                                   gpointer                   user_data);
void _doson_ctr_measurement_set_check (DosonCtrMeasurementSet *set,
                                       DosonCtrProgram        *program,
                                       DosonCtrCheckFunc       func,
                                       gpointer                user_data);

/* Adds @progress itself to @set (which owns it from here on, added or
 * not), as doson_ctr_measurement_set_add_task_progress() adds a copy. */
gboolean _doson_ctr_measurement_set_take_task_progress (DosonCtrMeasurementSet  *set,
                                                        DosonCtrTaskProgress    *progress,
                                                        GError                 **error);

/* Checks the progress on tasks of @set against @program: a task the
 * programme does not have (field "task"), a year outside the baseline
 * year to the end of the term ("year"), "done_for_year" for a task that
 * is not yearly ("state"). Every problem is an error. */
typedef void (*DosonCtrTaskCheckFunc) (const DosonCtrTaskProgress *progress,
                                       const char                 *field,
                                       const char                 *message,
                                       gpointer                    user_data);
void _doson_ctr_measurement_set_check_tasks (DosonCtrMeasurementSet *set,
                                             DosonCtrProgram        *program,
                                             DosonCtrTaskCheckFunc   func,
                                             gpointer                user_data);

G_END_DECLS

#endif /* DOSON_CTR_MEASUREMENT_PRIVATE_H */
