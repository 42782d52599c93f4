/* doson-ctr-usable-check.c: whether measurements can be assessed against
 * a programme
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * An assessment never drops a measurement without a word: a measurement of
 * an indicator the programme lacks, of a year outside its term, of a level
 * it does not have, or whose value does not suit the indicator (a coverage
 * of 955 %) makes the assessment fail, as `doson-ctr validate` would list
 * it; so does progress on a task it lacks. Parts that do not add up to their whole are warnings instead
 * (doson_ctr_assessment_get_warnings()).
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <doson-ctr/doson-ctr-error.h>

#include "model/doson-ctr-measurement-private.h"
#include "model/doson-ctr-task-progress-private.h"
#include "assess/doson-ctr-usable-check-private.h"

/* The problems listed in a message at most; the rest are counted. */
#define MAX_LISTED 10

typedef struct
{
  GString *lines;
  guint    count;
} Collected;

static void
collect (const DosonCtrMeasurement *m,
         const char                *field,
         DosonCtrCheckKind          kind,
         const char                *message,
         gpointer                   user_data)
{
  Collected *collected = user_data;
  const char *origin = m != NULL ? doson_ctr_measurement_get_origin (m) : NULL;
  GString *lines = collected->lines;

  if (kind != DOSON_CTR_CHECK_ERROR)
    return;
  if (++collected->count > MAX_LISTED)
    return;
  if (lines->len > 0)
    g_string_append_c (lines, '\n');
  if (origin != NULL)
    g_string_append_printf (lines, "%s: ", origin);
  if (field != NULL)
    g_string_append_printf (lines, "field \"%s\": ", field);
  g_string_append (lines, message);
}

static void
collect_task (const DosonCtrTaskProgress *p,
              const char                 *field,
              const char                 *message,
              gpointer                    user_data)
{
  Collected *collected = user_data;
  const char *origin = _doson_ctr_task_progress_get_origin (p);
  GString *lines = collected->lines;

  if (++collected->count > MAX_LISTED)
    return;
  if (lines->len > 0)
    g_string_append_c (lines, '\n');
  if (origin != NULL)
    g_string_append_printf (lines, "%s: ", origin);
  g_string_append_printf (lines, "field \"%s\": %s", field, message);
}

gboolean
_doson_ctr_check_usable (DosonCtrProgram         *program,
                         DosonCtrMeasurementSet  *set,
                         GError                 **error)
{
  g_autoptr(GString) lines = g_string_new (NULL);
  Collected collected = { lines, 0 };

  _doson_ctr_measurement_set_check (set, program, collect, &collected);
  _doson_ctr_measurement_set_check_tasks (set, program, collect_task, &collected);
  if (collected.count == 0)
    return TRUE;
  if (collected.count > MAX_LISTED)
    g_string_append_printf (lines, "\n… and %u more problems "
                            "(doson-ctr validate lists them all)",
                            collected.count - MAX_LISTED);
  g_set_error_literal (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA,
                       lines->str);
  return FALSE;
}
