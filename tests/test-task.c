/* test-task.c: the tasks of a programme: the model, their states, the
 * programme file's "tasks" and their checks
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <string.h>

#include <glib/gstdio.h>

#include "doson-ctr-test.h"

/* A small programme file with two units, two goals, one indicator and
 * the tasks of @tasks (the JSON array's elements, or NULL for no "tasks"
 * member). */
static char *
program_text (const char *tasks)
{
  return g_strdup_printf (
    "{\"format\": \"doson-ctr-program\", \"version\": 1, \"id\": \"p\",\n"
    " \"title\": {\"vi\": \"Chương trình\"},\n"
    " \"term_start\": 2025, \"term_end\": 2030, \"baseline_year\": 2025,\n"
    " \"units\": [{\"id\": \"u1\", \"name\": {\"vi\": \"Đơn vị 1\"}},\n"
    "           {\"id\": \"u2\", \"name\": {\"vi\": \"Đơn vị 2\"}}],\n"
    " \"goals\": [{\"id\": \"g\", \"title\": {\"vi\": \"Mục tiêu\"}},\n"
    "           {\"id\": \"g.1\", \"parent\": \"g\", \"title\": {\"vi\": \"Mục tiêu con\"}}],\n"
    " \"indicators\": [{\"id\": \"i\", \"name\": {\"vi\": \"Chỉ tiêu\"},\n"
    "   \"measure\": \"count\", \"direction\": \"higher\", \"goal\": \"g\", \"lead_units\": [\"u1\"],\n"
    "   \"targets\": [{\"kind\": \"level\", \"comparator\": \">=\", \"value\": 1}]}]%s%s%s\n"
    "}\n",
    tasks != NULL ? ",\n \"tasks\": [" : "", tasks != NULL ? tasks : "",
    tasks != NULL ? "]" : "");
}

#define TASK_A "{\"id\": \"t1\", \"ref\": \"II.1.2 #1\", \"goal\": \"g.1\", " \
  "\"text\": {\"vi\": \"Làm việc A\", \"en\": \"Do A\"}, " \
  "\"lead_units\": [\"u1\"], \"partner_units\": [\"u2\"], \"deadline_year\": 2027}"
#define TASK_B "{\"id\": \"t2\", \"goal\": \"g\", \"text\": {\"vi\": \"Hằng năm B\"}, " \
  "\"lead_units\": [\"u2\"], \"yearly\": true}"

static DosonCtrProgram *
load (const char *tasks,
      GError    **error)
{
  g_autofree char *text = program_text (tasks);

  return doson_ctr_program_new_from_data (text, -1, "p.json", error);
}

/* The programme of program_text() with TASK_A and TASK_B. */
static DosonCtrProgram *
load_two (void)
{
  GError *error = NULL;
  DosonCtrProgram *program = load (TASK_A ", " TASK_B, &error);

  ck_assert_msg (program != NULL, "%s", error != NULL ? error->message : "");
  return program;
}

START_TEST (test_state_strings)
{
  static const char * const names[] = {
    "not_started", "in_progress", "done", "overdue", "done_for_year"
  };
  DosonCtrTaskState state;
  guint i;

  for (i = 0; i < G_N_ELEMENTS (names); i++)
    {
      state = DOSON_CTR_TASK_STATE_OVERDUE;
      ck_assert_str_eq (doson_ctr_task_state_to_string (i), names[i]);
      ck_assert (doson_ctr_task_state_from_string (names[i], &state));
      ck_assert_int_eq (state, i);
    }
  ck_assert_int_eq (G_N_ELEMENTS (names), DOSON_CTR_TASK_N_STATES);
  state = DOSON_CTR_TASK_STATE_DONE;
  ck_assert (!doson_ctr_task_state_from_string ("Done", &state));
  ck_assert (!doson_ctr_task_state_from_string ("finished", &state));
  ck_assert (!doson_ctr_task_state_from_string ("", &state));
  ck_assert (!doson_ctr_task_state_from_string (NULL, &state));
  ck_assert_int_eq (state, DOSON_CTR_TASK_STATE_DONE);
  ck_assert (doson_ctr_task_state_from_string ("done", NULL));
  ck_assert (g_type_is_a (DOSON_CTR_TYPE_TASK_STATE, G_TYPE_ENUM));
}
END_TEST

START_TEST (test_task_fields)
{
  g_autoptr(DosonCtrTask) task = doson_ctr_task_new ("t");

  ck_assert_str_eq (doson_ctr_task_get_id (task), "t");
  ck_assert_ptr_null (doson_ctr_task_get_ref (task));
  ck_assert_ptr_null (doson_ctr_task_get_goal_id (task));
  ck_assert_ptr_null (doson_ctr_task_get_text (task, "vi"));
  ck_assert_int_eq (doson_ctr_task_get_deadline_year (task), 0);
  ck_assert (!doson_ctr_task_get_yearly (task));
  ck_assert_uint_eq (doson_ctr_task_get_lead_unit_ids (task)->len, 0);

  doson_ctr_task_set_ref (task, "C.2");
  doson_ctr_task_set_goal_id (task, "g");
  doson_ctr_task_set_text (task, "vi", "Cụ thể hóa");
  doson_ctr_task_set_text (task, "en", "Make concrete");
  doson_ctr_task_add_lead_unit (task, "u1");
  doson_ctr_task_add_partner_unit (task, "u2");
  doson_ctr_task_set_deadline_year (task, 2027);
  doson_ctr_task_set_yearly (task, 7);

  ck_assert_str_eq (doson_ctr_task_get_ref (task), "C.2");
  ck_assert_str_eq (doson_ctr_task_get_goal_id (task), "g");
  ck_assert_str_eq (doson_ctr_task_get_text (task, "vi"), "Cụ thể hóa");
  ck_assert_str_eq (doson_ctr_task_get_text (task, NULL), "Cụ thể hóa");
  ck_assert_str_eq (doson_ctr_task_get_text (task, "en-GB"), "Make concrete");
  ck_assert_str_eq (g_ptr_array_index (doson_ctr_task_get_lead_unit_ids (task), 0), "u1");
  ck_assert_str_eq (g_ptr_array_index (doson_ctr_task_get_partner_unit_ids (task), 0), "u2");
  ck_assert_int_eq (doson_ctr_task_get_deadline_year (task), 2027);
  ck_assert_int_eq (doson_ctr_task_get_yearly (task), TRUE);

  doson_ctr_task_set_text (task, "en", NULL);
  ck_assert_str_eq (doson_ctr_task_get_text (task, "en"), "Cụ thể hóa");
}
END_TEST

START_TEST (test_progress_boxed)
{
  g_autoptr(DosonCtrTaskProgress) p = NULL;
  g_autoptr(DosonCtrTaskProgress) q = NULL;

  p = doson_ctr_task_progress_new ("t", 2026, DOSON_CTR_TASK_STATE_IN_PROGRESS);
  ck_assert_str_eq (doson_ctr_task_progress_get_task_id (p), "t");
  ck_assert_int_eq (doson_ctr_task_progress_get_year (p), 2026);
  ck_assert_int_eq (doson_ctr_task_progress_get_state (p), DOSON_CTR_TASK_STATE_IN_PROGRESS);
  ck_assert_ptr_null (doson_ctr_task_progress_get_note (p));
  doson_ctr_task_progress_set_note (p, "Đã ban hành kế hoạch");
  ck_assert_str_eq (doson_ctr_task_progress_get_note (p), "Đã ban hành kế hoạch");

  q = doson_ctr_task_progress_copy (p);
  ck_assert (doson_ctr_task_progress_equal (p, q));
  doson_ctr_task_progress_set_note (q, NULL);
  ck_assert (!doson_ctr_task_progress_equal (p, q));
  doson_ctr_task_progress_set_note (q, "Đã ban hành kế hoạch");
  ck_assert (doson_ctr_task_progress_equal (p, q));
  doson_ctr_task_progress_free (q);
  q = doson_ctr_task_progress_new ("t", 2027, DOSON_CTR_TASK_STATE_IN_PROGRESS);
  doson_ctr_task_progress_set_note (q, "Đã ban hành kế hoạch");
  ck_assert (!doson_ctr_task_progress_equal (p, q));
  doson_ctr_task_progress_free (q);
  q = doson_ctr_task_progress_new ("t", 2026, DOSON_CTR_TASK_STATE_DONE);
  doson_ctr_task_progress_set_note (q, "Đã ban hành kế hoạch");
  ck_assert (!doson_ctr_task_progress_equal (p, q));
  doson_ctr_task_progress_free (NULL);
  ck_assert (G_TYPE_IS_BOXED (DOSON_CTR_TYPE_TASK_PROGRESS));
}
END_TEST

/* A new task "t" for goal "g" led by "u1", ready to be added. */
static DosonCtrTask *
good_task (const char *id)
{
  DosonCtrTask *task = doson_ctr_task_new (id);

  doson_ctr_task_set_goal_id (task, "g");
  doson_ctr_task_set_text (task, "vi", "Nhiệm vụ");
  doson_ctr_task_add_lead_unit (task, "u1");
  return task;
}

START_TEST (test_add_task)
{
  g_autoptr(DosonCtrProgram) program = load (NULL, NULL);
  g_autoptr(DosonCtrTask) task = good_task ("t");
  GError *error = NULL;

  ck_assert_uint_eq (doson_ctr_program_get_tasks (program)->len, 0);
  ck_assert (doson_ctr_program_add_task (program, task, &error));
  ck_assert_ptr_null (error);
  ck_assert_ptr_eq (doson_ctr_program_lookup_task (program, "t"), task);
  ck_assert_ptr_null (doson_ctr_program_lookup_task (program, "x"));
  ck_assert_uint_eq (doson_ctr_program_get_tasks (program)->len, 1);
}
END_TEST

typedef void (*Spoil) (DosonCtrTask *task);

static void spoil_text (DosonCtrTask *t) { doson_ctr_task_set_text (t, "vi", NULL); }
static void spoil_goal (DosonCtrTask *t) { doson_ctr_task_set_goal_id (t, NULL); }
static void spoil_goal_unknown (DosonCtrTask *t) { doson_ctr_task_set_goal_id (t, "nope"); }
static void spoil_lead (DosonCtrTask *t)
{
  g_ptr_array_set_size (doson_ctr_task_get_lead_unit_ids (t), 0);
}
static void spoil_unit_unknown (DosonCtrTask *t) { doson_ctr_task_add_partner_unit (t, "u9"); }
static void spoil_unit_twice (DosonCtrTask *t) { doson_ctr_task_add_partner_unit (t, "u1"); }
static void spoil_deadline_early (DosonCtrTask *t) { doson_ctr_task_set_deadline_year (t, 2024); }
static void spoil_deadline_late (DosonCtrTask *t) { doson_ctr_task_set_deadline_year (t, 2031); }

static const struct
{
  Spoil spoil;
  const char *message;
} spoils[] = {
  { spoil_text, "task \"t\": no Vietnamese text" },
  { spoil_goal, "task \"t\": no goal" },
  { spoil_goal_unknown, "task \"t\": unknown goal \"nope\"" },
  { spoil_lead, "task \"t\": no lead unit" },
  { spoil_unit_unknown, "task \"t\": unknown unit \"u9\"" },
  { spoil_unit_twice, "task \"t\": unit \"u1\" is named twice" },
  { spoil_deadline_early, "task \"t\": the deadline 2024 is not within the term 2025 to 2030" },
  { spoil_deadline_late, "task \"t\": the deadline 2031 is not within the term 2025 to 2030" },
};

START_TEST (test_add_task_refused)
{
  g_autoptr(DosonCtrProgram) program = load (NULL, NULL);
  g_autoptr(DosonCtrTask) task = good_task ("t");
  GError *error = NULL;

  spoils[_i].spoil (task);
  ck_assert (!doson_ctr_program_add_task (program, task, &error));
  assert_error_message (error, DOSON_CTR_ERROR_INVALID_DATA, spoils[_i].message);
  g_clear_error (&error);
  ck_assert_uint_eq (doson_ctr_program_get_tasks (program)->len, 0);
  ck_assert_ptr_null (doson_ctr_program_lookup_task (program, "t"));
}
END_TEST

START_TEST (test_add_task_twice)
{
  g_autoptr(DosonCtrProgram) program = load (NULL, NULL);
  g_autoptr(DosonCtrTask) first = good_task ("t");
  g_autoptr(DosonCtrTask) second = good_task ("t");
  GError *error = NULL;

  ck_assert (doson_ctr_program_add_task (program, first, NULL));
  ck_assert (!doson_ctr_program_add_task (program, second, &error));
  assert_error_message (error, DOSON_CTR_ERROR_INVALID_DATA,
                        "task \"t\" is declared twice");
  g_clear_error (&error);
  ck_assert_uint_eq (doson_ctr_program_get_tasks (program)->len, 1);
}
END_TEST

START_TEST (test_queries)
{
  g_autoptr(DosonCtrProgram) program = load_two ();
  g_autoptr(GPtrArray) of_g = doson_ctr_program_get_tasks_for_goal (program, "g", FALSE);
  g_autoptr(GPtrArray) under_g = doson_ctr_program_get_tasks_for_goal (program, "g", TRUE);
  g_autoptr(GPtrArray) unknown = doson_ctr_program_get_tasks_for_goal (program, "x", TRUE);
  g_autoptr(GPtrArray) led_u2 = doson_ctr_program_get_tasks_for_unit (program, "u2", FALSE);
  g_autoptr(GPtrArray) with_u2 = doson_ctr_program_get_tasks_for_unit (program, "u2", TRUE);
  g_autoptr(GPtrArray) none = doson_ctr_program_get_tasks_for_unit (program, "u9", TRUE);

  ck_assert_uint_eq (of_g->len, 1);
  ck_assert_str_eq (doson_ctr_task_get_id (g_ptr_array_index (of_g, 0)), "t2");
  ck_assert_uint_eq (under_g->len, 2);
  ck_assert_str_eq (doson_ctr_task_get_id (g_ptr_array_index (under_g, 0)), "t1");
  ck_assert_uint_eq (unknown->len, 0);
  ck_assert_uint_eq (led_u2->len, 1);
  ck_assert_str_eq (doson_ctr_task_get_id (g_ptr_array_index (led_u2, 0)), "t2");
  ck_assert_uint_eq (with_u2->len, 2);
  ck_assert_uint_eq (none->len, 0);
}
END_TEST

START_TEST (test_read_tasks)
{
  g_autoptr(DosonCtrProgram) program = load_two ();
  DosonCtrTask *a = doson_ctr_program_lookup_task (program, "t1");
  DosonCtrTask *b = doson_ctr_program_lookup_task (program, "t2");

  ck_assert_uint_eq (doson_ctr_program_get_tasks (program)->len, 2);
  ck_assert_ptr_nonnull (a);
  ck_assert_str_eq (doson_ctr_task_get_ref (a), "II.1.2 #1");
  ck_assert_str_eq (doson_ctr_task_get_goal_id (a), "g.1");
  ck_assert_str_eq (doson_ctr_task_get_text (a, "vi"), "Làm việc A");
  ck_assert_str_eq (doson_ctr_task_get_text (a, "en"), "Do A");
  ck_assert_uint_eq (doson_ctr_task_get_lead_unit_ids (a)->len, 1);
  ck_assert_uint_eq (doson_ctr_task_get_partner_unit_ids (a)->len, 1);
  ck_assert_int_eq (doson_ctr_task_get_deadline_year (a), 2027);
  ck_assert (!doson_ctr_task_get_yearly (a));
  ck_assert_ptr_null (doson_ctr_task_get_ref (b));
  ck_assert_int_eq (doson_ctr_task_get_deadline_year (b), 0);
  ck_assert (doson_ctr_task_get_yearly (b));
}
END_TEST

START_TEST (test_round_trip)
{
  g_autoptr(DosonCtrProgram) program = load_two ();
  g_autoptr(DosonCtrProgram) again = NULL;
  g_autoptr(DosonCtrProgram) without = load (NULL, NULL);
  g_autoptr(DosonCtrProgram) without_again = NULL;
  g_autofree char *text = doson_ctr_program_to_data (program, NULL);
  g_autofree char *text_without = doson_ctr_program_to_data (without, NULL);
  g_autofree char *text_again = NULL;
  GError *error = NULL;

  again = doson_ctr_program_new_from_data (text, -1, "again", &error);
  ck_assert_msg (again != NULL, "%s", error != NULL ? error->message : "");
  ck_assert (doson_ctr_program_equal (program, again));
  text_again = doson_ctr_program_to_data (again, NULL);
  ck_assert_str_eq (text, text_again);
  ck_assert_ptr_nonnull (strstr (text, "\"deadline_year\": 2027"));
  ck_assert_ptr_nonnull (strstr (text, "\"yearly\": true"));
  /* No task, no "tasks" member. */
  ck_assert_ptr_null (strstr (text_without, "\"tasks\""));
  ck_assert (!doson_ctr_program_equal (program, without));
  without_again = doson_ctr_program_new_from_data (text_without, -1, NULL, NULL);
  ck_assert (doson_ctr_program_equal (without, without_again));
}
END_TEST

/* Every field of a task counts in doson_ctr_program_equal(). */
START_TEST (test_equal_each_field)
{
  static const char * const variants[] = {
    "{\"id\": \"t1x\", \"goal\": \"g\", \"text\": {\"vi\": \"A\"}, \"lead_units\": [\"u1\"]}",
    "{\"id\": \"t1\", \"ref\": \"x\", \"goal\": \"g\", \"text\": {\"vi\": \"A\"}, \"lead_units\": [\"u1\"]}",
    "{\"id\": \"t1\", \"goal\": \"g.1\", \"text\": {\"vi\": \"A\"}, \"lead_units\": [\"u1\"]}",
    "{\"id\": \"t1\", \"goal\": \"g\", \"text\": {\"vi\": \"B\"}, \"lead_units\": [\"u1\"]}",
    "{\"id\": \"t1\", \"goal\": \"g\", \"text\": {\"vi\": \"A\", \"en\": \"A\"}, \"lead_units\": [\"u1\"]}",
    "{\"id\": \"t1\", \"goal\": \"g\", \"text\": {\"vi\": \"A\"}, \"lead_units\": [\"u2\"]}",
    "{\"id\": \"t1\", \"goal\": \"g\", \"text\": {\"vi\": \"A\"}, \"lead_units\": [\"u1\"], \"partner_units\": [\"u2\"]}",
    "{\"id\": \"t1\", \"goal\": \"g\", \"text\": {\"vi\": \"A\"}, \"lead_units\": [\"u1\"], \"deadline_year\": 2030}",
    "{\"id\": \"t1\", \"goal\": \"g\", \"text\": {\"vi\": \"A\"}, \"lead_units\": [\"u1\"], \"yearly\": true}",
  };
  g_autoptr(DosonCtrProgram) base = load ("{\"id\": \"t1\", \"goal\": \"g\", "
                                          "\"text\": {\"vi\": \"A\"}, \"lead_units\": [\"u1\"]}",
                                          NULL);
  g_autoptr(DosonCtrProgram) other = NULL;
  GError *error = NULL;

  ck_assert_ptr_nonnull (base);
  other = load (variants[_i], &error);
  ck_assert_msg (other != NULL, "%s", error != NULL ? error->message : "");
  ck_assert_msg (!doson_ctr_program_equal (base, other), "variant %d", _i);
  ck_assert_msg (!doson_ctr_program_equal (other, base), "variant %d", _i);
}
END_TEST

static const struct
{
  const char *tasks;
  int code;
  const char *message;
} bad_files[] = {
  { "{\"id\": \"t\", \"goal\": \"g\", \"text\": {\"vi\": \"A\"}, \"lead_units\": [\"u1\"], \"when\": 1}",
    DOSON_CTR_ERROR_INVALID_DATA, "tasks[0].when: unknown key \"when\"" },
  { "{\"goal\": \"g\", \"text\": {\"vi\": \"A\"}, \"lead_units\": [\"u1\"]}",
    DOSON_CTR_ERROR_INVALID_DATA, "tasks[0]: the required key \"id\" is missing" },
  { TASK_B ", " TASK_B,
    DOSON_CTR_ERROR_INVALID_DATA, "tasks[1].id: task \"t2\" is declared twice" },
  { "{\"id\": \"t\", \"text\": {\"vi\": \"A\"}, \"lead_units\": [\"u1\"]}",
    DOSON_CTR_ERROR_INVALID_DATA, "tasks[0]: the required key \"goal\" is missing" },
  { "{\"id\": \"t\", \"goal\": \"nope\", \"text\": {\"vi\": \"A\"}, \"lead_units\": [\"u1\"]}",
    DOSON_CTR_ERROR_INVALID_DATA, "tasks[0].goal: unknown goal \"nope\" (declare it in \"goals\")" },
  { "{\"id\": \"t\", \"goal\": \"g\", \"lead_units\": [\"u1\"]}",
    DOSON_CTR_ERROR_INVALID_DATA, "tasks[0]: the required key \"text\" is missing" },
  { "{\"id\": \"t\", \"goal\": \"g\", \"text\": {\"en\": \"A\"}, \"lead_units\": [\"u1\"]}",
    DOSON_CTR_ERROR_INVALID_DATA, "tasks[0].text" },
  { "{\"id\": \"t\", \"goal\": \"g\", \"text\": {\"vi\": \"A\"}}",
    DOSON_CTR_ERROR_INVALID_DATA, "tasks[0]: the required key \"lead_units\" is missing" },
  { "{\"id\": \"t\", \"goal\": \"g\", \"text\": {\"vi\": \"A\"}, \"lead_units\": []}",
    DOSON_CTR_ERROR_INVALID_DATA, "tasks[0].lead_units: a task needs at least one lead unit" },
  { "{\"id\": \"t\", \"goal\": \"g\", \"text\": {\"vi\": \"A\"}, \"lead_units\": [\"u7\"]}",
    DOSON_CTR_ERROR_INVALID_DATA, "tasks[0].lead_units[0]: unknown unit \"u7\" (declare it in \"units\")" },
  { "{\"id\": \"t\", \"goal\": \"g\", \"text\": {\"vi\": \"A\"}, \"lead_units\": [\"u1\"], \"partner_units\": [\"u1\"]}",
    DOSON_CTR_ERROR_INVALID_DATA, "tasks[0].partner_units[0]: unit \"u1\" is already a lead unit" },
  { "{\"id\": \"t\", \"goal\": \"g\", \"text\": {\"vi\": \"A\"}, \"lead_units\": [\"u1\"], \"deadline_year\": 2031}",
    DOSON_CTR_ERROR_INVALID_DATA, "tasks[0].deadline_year" },
  { "{\"id\": \"t\", \"goal\": \"g\", \"text\": {\"vi\": \"A\"}, \"lead_units\": [\"u1\"], \"deadline_year\": \"2027\"}",
    DOSON_CTR_ERROR_INVALID_DATA, "tasks[0].deadline_year" },
  { "{\"id\": \"t\", \"goal\": \"g\", \"text\": {\"vi\": \"A\"}, \"lead_units\": [\"u1\"], \"yearly\": \"hằng năm\"}",
    DOSON_CTR_ERROR_INVALID_DATA, "tasks[0].yearly" },
  { "\"t\"", DOSON_CTR_ERROR_INVALID_DATA, "tasks[0]" },
};

START_TEST (test_bad_file)
{
  g_autoptr(DosonCtrProgram) program = NULL;
  GError *error = NULL;

  program = load (bad_files[_i].tasks, &error);
  ck_assert_ptr_null (program);
  assert_error (error, bad_files[_i].code, bad_files[_i].message);
  ck_assert_msg (g_str_has_prefix (error->message, "p.json:"), "%s", error->message);
  g_clear_error (&error);
}
END_TEST

START_TEST (test_tasks_not_an_array)
{
  g_autofree char *text = program_text (NULL);
  g_autofree char *bad = NULL;
  g_autoptr(DosonCtrProgram) program = NULL;
  GError *error = NULL;
  char *end = strrchr (text, '}');

  *end = '\0';
  bad = g_strconcat (text, ", \"tasks\": {}}", NULL);
  program = doson_ctr_program_new_from_data (bad, -1, "p.json", &error);
  ck_assert_ptr_null (program);
  assert_error (error, DOSON_CTR_ERROR_INVALID_DATA, "tasks");
  g_clear_error (&error);
}
END_TEST

/* Listing every problem (doson_ctr_validate), a bad task is reported
 * with the others and the reading carries on. */
START_TEST (test_validate_lists_tasks)
{
  g_autofree char *text = program_text (
    "{\"id\": \"t\", \"goal\": \"g\", \"text\": {\"vi\": \"A\"}, \"lead_units\": [\"u1\"]}, "
    "{\"id\": \"t\", \"goal\": \"g\", \"text\": {\"vi\": \"A\"}, \"lead_units\": [\"u1\"]}, "
    "{\"id\": \"t4\", \"goal\": \"nope\", \"text\": {\"vi\": \"A\"}, \"lead_units\": [\"u7\"]}, "
    "{\"id\": \"t3\", \"goal\": \"g\", \"text\": {\"vi\": \"A\"}, \"lead_units\": [\"u1\"], \"yearly\": 1}");
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *dir = g_dir_make_tmp ("doson-ctr-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "p.json", NULL);
  DosonCtrProgram *program = NULL;
  guint i;
  gboolean goal = FALSE, unit = FALSE, twice = FALSE, yearly = FALSE;

  ck_assert (g_file_set_contents (path, text, -1, NULL));
  problems = doson_ctr_program_validate_file (path, &program);
  ck_assert_ptr_null (program);
  for (i = 0; i < problems->len; i++)
    {
      DosonCtrDiagnostic *d = g_ptr_array_index (problems, i);
      const char *m = doson_ctr_diagnostic_get_message (d);
      const char *f = doson_ctr_diagnostic_get_field (d);

      goal |= strstr (m, "unknown goal \"nope\"") != NULL;
      unit |= strstr (m, "unknown unit \"u7\"") != NULL;
      twice |= strstr (m, "task \"t\" is declared twice") != NULL;
      yearly |= f != NULL && strcmp (f, "tasks[3].yearly") == 0;
    }
  g_unlink (path);
  g_rmdir (dir);
  ck_assert (goal);
  ck_assert (unit);
  ck_assert (twice);
  ck_assert (yearly);
}
END_TEST

static Suite *
task_suite (void)
{
  Suite *s = suite_create ("task");
  TCase *tc;

  tc = tcase_create ("model");
  tcase_add_test (tc, test_state_strings);
  tcase_add_test (tc, test_task_fields);
  tcase_add_test (tc, test_progress_boxed);
  suite_add_tcase (s, tc);

  tc = tcase_create ("programme");
  tcase_add_test (tc, test_add_task);
  tcase_add_loop_test (tc, test_add_task_refused, 0, G_N_ELEMENTS (spoils));
  tcase_add_test (tc, test_add_task_twice);
  tcase_add_test (tc, test_queries);
  suite_add_tcase (s, tc);

  tc = tcase_create ("file");
  tcase_add_test (tc, test_read_tasks);
  tcase_add_test (tc, test_round_trip);
  tcase_add_loop_test (tc, test_equal_each_field, 0, 9);
  tcase_add_loop_test (tc, test_bad_file, 0, G_N_ELEMENTS (bad_files));
  tcase_add_test (tc, test_tasks_not_an_array);
  tcase_add_test (tc, test_validate_lists_tasks);
  suite_add_tcase (s, tc);
  return s;
}

int
main (void)
{
  return test_run_suite (task_suite ());
}
