/* doson-ctr-task-words.c: the programme's tasks in words: the state of a
 * task and its deadline, in Vietnamese or English
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <doson-ctr/doson-ctr-words.h>

#include "output/doson-ctr-words-private.h"

static const char * const task_state_labels[DOSON_CTR_TASK_N_STATES][2] = {
  [DOSON_CTR_TASK_STATE_NOT_STARTED] = { "Chưa triển khai", "Not started" },
  [DOSON_CTR_TASK_STATE_IN_PROGRESS] = { "Đang triển khai", "In progress" },
  [DOSON_CTR_TASK_STATE_DONE] = { "Đã hoàn thành", "Done" },
  [DOSON_CTR_TASK_STATE_OVERDUE] = { "Quá hạn", "Overdue" },
  [DOSON_CTR_TASK_STATE_DONE_FOR_YEAR] = { "Đã hoàn thành trong năm", "Done for the year" },
};

const char *
_doson_ctr_words_task_state (gboolean           known,
                             DosonCtrTaskState  state,
                             DosonCtrLang       lang)
{
  if (!known || (guint) state >= DOSON_CTR_TASK_N_STATES)
    return _doson_ctr_words_pick (lang, "Chưa có thông tin", "Not known");
  return task_state_labels[state][lang == DOSON_CTR_LANG_VI ? 0 : 1];
}

void
_doson_ctr_words_append_task_deadline (GString      *out,
                                       DosonCtrTask *task,
                                       DosonCtrLang  lang)
{
  int year = doson_ctr_task_get_deadline_year (task);

  if (doson_ctr_task_get_yearly (task))
    g_string_append (out, _doson_ctr_words_pick (lang, "hằng năm", "every year"));
  else if (year > 0)
    g_string_append_printf (out, lang == DOSON_CTR_LANG_VI ? "đến năm %d" : "by %d", year);
  else
    g_string_append (out, _doson_ctr_words_pick (lang, "trong nhiệm kỳ", "within the term"));
}

/**
 * doson_ctr_task_state_get_label:
 * @state: a #DosonCtrTaskState
 * @lang: (nullable): the language, by the library's rule (%NULL for
 *   Vietnamese)
 *
 * Gives the label of @state for people: "Chưa triển khai", "Đang triển
 * khai", "Đã hoàn thành", "Quá hạn", "Đã hoàn thành trong năm" in
 * Vietnamese; "Not started", "In progress", "Done", "Overdue", "Done for
 * the year" in English.
 *
 * Returns: (transfer none) (nullable): a static string, or %NULL for a
 *   value that is not a #DosonCtrTaskState
 *
 * Since: 0.1
 */
const char *
doson_ctr_task_state_get_label (DosonCtrTaskState  state,
                                const char        *lang)
{
  if ((guint) state >= DOSON_CTR_TASK_N_STATES)
    return NULL;
  return _doson_ctr_words_task_state (TRUE, state, _doson_ctr_lang_from_string (lang));
}
