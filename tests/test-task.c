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


/* A measurement set with values and progress, as JSON (@tasks the
 * elements of "tasks"). */
static char *
set_json (const char *tasks)
{
  return g_strdup_printf (
    "{\"format\": \"doson-ctr-measurements\", \"version\": 1, \"program\": \"p\",\n"
    " \"measurements\": [{\"indicator\": \"i\", \"year\": 2026, \"value\": 2}],\n"
    " \"tasks\": [%s]}\n", tasks);
}

#define PROGRESS_JSON \
  "{\"task\": \"t1\", \"year\": 2026, \"state\": \"in_progress\", \"note\": \"Đã có kế hoạch; đang làm\"},\n" \
  " {\"task\": \"t2\", \"year\": 2026, \"state\": \"done_for_year\"},\n" \
  " {\"task\": \"t1\", \"year\": 2027, \"state\": \"done\"}"

START_TEST (test_set_add_lookup)
{
  g_autoptr(DosonCtrMeasurementSet) set = doson_ctr_measurement_set_new ();
  g_autoptr(DosonCtrTaskProgress) p = doson_ctr_task_progress_new ("t1", 2026, DOSON_CTR_TASK_STATE_DONE);
  g_autoptr(DosonCtrTaskProgress) bad_year = doson_ctr_task_progress_new ("t1", 1800, DOSON_CTR_TASK_STATE_DONE);
  const DosonCtrTaskProgress *found;
  GError *error = NULL;

  doson_ctr_task_progress_set_note (p, "xong");
  ck_assert (doson_ctr_measurement_set_add_task_progress (set, p, &error));
  ck_assert_ptr_null (error);
  found = doson_ctr_measurement_set_lookup_task_progress (set, "t1", 2026);
  ck_assert_ptr_nonnull (found);
  ck_assert_ptr_ne (found, p);
  ck_assert (doson_ctr_task_progress_equal (found, p));
  ck_assert_ptr_null (doson_ctr_measurement_set_lookup_task_progress (set, "t1", 2027));
  ck_assert_ptr_null (doson_ctr_measurement_set_lookup_task_progress (set, "t2", 2026));
  ck_assert_uint_eq (doson_ctr_measurement_set_get_task_progress (set)->len, 1);

  ck_assert (!doson_ctr_measurement_set_add_task_progress (set, p, &error));
  assert_error_message (error, DOSON_CTR_ERROR_INVALID_DATA,
                        "task \"t1\", year 2026: a state is already given");
  g_clear_error (&error);
  ck_assert (!doson_ctr_measurement_set_add_task_progress (set, bad_year, &error));
  assert_error_message (error, DOSON_CTR_ERROR_INVALID_DATA,
                        "task \"t1\", year 1800: the year is outside 1900 to 2200");
  g_clear_error (&error);
  ck_assert_uint_eq (doson_ctr_measurement_set_get_task_progress (set)->len, 1);
  /* Progress on tasks is no measurement. */
  ck_assert_uint_eq (doson_ctr_measurement_set_get_size (set), 0);
}
END_TEST

START_TEST (test_set_json)
{
  g_autofree char *text = set_json (PROGRESS_JSON);
  g_autoptr(DosonCtrMeasurementSet) set = NULL;
  g_autoptr(DosonCtrMeasurementSet) again = NULL;
  g_autoptr(DosonCtrMeasurementSet) from_csv = NULL;
  g_autofree char *written = NULL;
  g_autofree char *csv = NULL;
  const DosonCtrTaskProgress *p;
  GError *error = NULL;

  set = doson_ctr_measurement_set_new_from_json_data (text, -1, "m.json", &error);
  ck_assert_msg (set != NULL, "%s", error != NULL ? error->message : "");
  ck_assert_uint_eq (doson_ctr_measurement_set_get_task_progress (set)->len, 3);
  p = doson_ctr_measurement_set_lookup_task_progress (set, "t1", 2026);
  ck_assert_int_eq (doson_ctr_task_progress_get_state (p), DOSON_CTR_TASK_STATE_IN_PROGRESS);
  ck_assert_str_eq (doson_ctr_task_progress_get_note (p), "Đã có kế hoạch; đang làm");
  p = doson_ctr_measurement_set_lookup_task_progress (set, "t2", 2026);
  ck_assert_int_eq (doson_ctr_task_progress_get_state (p), DOSON_CTR_TASK_STATE_DONE_FOR_YEAR);
  ck_assert_ptr_null (doson_ctr_task_progress_get_note (p));

  written = doson_ctr_measurement_set_to_json_data (set, NULL);
  ck_assert_ptr_nonnull (strstr (written, "\"tasks\": ["));
  again = doson_ctr_measurement_set_new_from_json_data (written, -1, "again", &error);
  ck_assert_msg (again != NULL, "%s", error != NULL ? error->message : "");
  ck_assert (doson_ctr_measurement_set_equal (set, again));

  csv = doson_ctr_measurement_set_to_csv_data (set, NULL);
  ck_assert_ptr_nonnull (strstr (csv, "# task: t1; 2026; in_progress; Đã có kế hoạch; đang làm\n"));
  ck_assert_ptr_nonnull (strstr (csv, "# task: t2; 2026; done_for_year\n"));
  from_csv = doson_ctr_measurement_set_new_from_csv_data (csv, -1, "m.csv", &error);
  ck_assert_msg (from_csv != NULL, "%s", error != NULL ? error->message : "");
  ck_assert (doson_ctr_measurement_set_equal (set, from_csv));

  /* A different state or note makes the sets differ. */
  g_clear_object (&again);
  g_free (written);
  written = set_json ("{\"task\": \"t1\", \"year\": 2026, \"state\": \"done\", \"note\": \"Đã có kế hoạch; đang làm\"},\n"
                      " {\"task\": \"t2\", \"year\": 2026, \"state\": \"done_for_year\"},\n"
                      " {\"task\": \"t1\", \"year\": 2027, \"state\": \"done\"}");
  again = doson_ctr_measurement_set_new_from_json_data (written, -1, NULL, NULL);
  ck_assert (!doson_ctr_measurement_set_equal (set, again));
}
END_TEST

START_TEST (test_set_without_tasks)
{
  g_autoptr(DosonCtrMeasurementSet) set = doson_ctr_measurement_set_new ();
  g_autofree char *json = NULL;
  g_autofree char *csv = NULL;

  ck_assert (doson_ctr_measurement_set_add_value (set, "i", 2026, NULL, 1, NULL));
  json = doson_ctr_measurement_set_to_json_data (set, NULL);
  csv = doson_ctr_measurement_set_to_csv_data (set, NULL);
  ck_assert_ptr_null (strstr (json, "tasks"));
  ck_assert_ptr_null (strstr (csv, "task"));
}
END_TEST

static const struct
{
  const char *tasks;
  const char *message;
} bad_progress_json[] = {
  { "{\"task\": \"t1\", \"year\": 2026, \"state\": \"finished\"}",
    "m.json:3:50: tasks[0].state: unknown state \"finished\" (expected not_started, in_progress, done, overdue or done_for_year)" },
  { "{\"task\": \"t1\", \"year\": 2026}", "tasks[0]: the required key \"state\" is missing" },
  { "{\"year\": 2026, \"state\": \"done\"}", "tasks[0]: the required key \"task\" is missing" },
  { "{\"task\": \"t1\", \"year\": 2026, \"state\": \"done\", \"by\": \"x\"}", "tasks[0].by: unknown key \"by\"" },
  { "{\"task\": \"t 1\", \"year\": 2026, \"state\": \"done\"}", "tasks[0].task" },
  { "{\"task\": \"t1\", \"year\": 12026, \"state\": \"done\"}", "tasks[0].year" },
  { "{\"task\": \"t1\", \"year\": 2026, \"state\": \"done\"}, {\"task\": \"t1\", \"year\": 2026, \"state\": \"overdue\"}",
    "tasks[1]: task \"t1\", year 2026: a state is already given, at m.json:3:12" },
  { "7", "tasks[0]" },
};

START_TEST (test_set_json_bad)
{
  g_autofree char *text = set_json (bad_progress_json[_i].tasks);
  g_autoptr(DosonCtrMeasurementSet) set = NULL;
  GError *error = NULL;

  set = doson_ctr_measurement_set_new_from_json_data (text, -1, "m.json", &error);
  ck_assert_ptr_null (set);
  assert_error (error, DOSON_CTR_ERROR_INVALID_DATA, bad_progress_json[_i].message);
  g_clear_error (&error);
}
END_TEST

static const struct
{
  const char *line;
  const char *message;
} bad_progress_csv[] = {
  { "# task: t1; 2026", "m.csv:2: task: \"t1; 2026\": expected \"ID; YEAR; STATE\" and an optional \"; NOTE\"" },
  { "# task: t 1; 2026; done", "m.csv:2: task: \"t 1\" is not a valid id" },
  { "# task: t1; 20x6; done", "m.csv:2: task \"t1\": \"20x6\" is not a year from 1900 to 2200" },
  { "# task: t1; 2026; xong", "m.csv:2: task \"t1\": unknown state \"xong\" (expected not_started, in_progress, done, overdue or done_for_year)" },
  { "# task: t1; 2026; done\n# task: t1; 2026; overdue", "m.csv:3: task \"t1\", year 2026: a state is already given, at m.csv:2" },
  { "# tasks: t1; 2026; done", "m.csv:2: unknown key \"tasks\"" },
};

START_TEST (test_set_csv_bad)
{
  g_autofree char *text = g_strdup_printf ("# program: p\n%s\nindicator,year,value\ni,2026,1\n",
                                           bad_progress_csv[_i].line);
  g_autoptr(DosonCtrMeasurementSet) set = NULL;
  GError *error = NULL;

  set = doson_ctr_measurement_set_new_from_csv_data (text, -1, "m.csv", &error);
  ck_assert_ptr_null (set);
  assert_error (error, DOSON_CTR_ERROR_INVALID_DATA, bad_progress_csv[_i].message);
  g_clear_error (&error);
}
END_TEST

START_TEST (test_set_validate)
{
  g_autoptr(DosonCtrProgram) program = load_two ();
  g_autofree char *text = set_json (
    "{\"task\": \"t9\", \"year\": 2026, \"state\": \"done\"},\n"
    " {\"task\": \"t1\", \"year\": 2031, \"state\": \"in_progress\"},\n"
    " {\"task\": \"t1\", \"year\": 2026, \"state\": \"done_for_year\"},\n"
    " {\"task\": \"t2\", \"year\": 2026, \"state\": \"done_for_year\"}");
  g_autoptr(DosonCtrMeasurementSet) set = NULL;
  g_auto(GStrv) problems = NULL;
  g_autofree char *dir = g_dir_make_tmp ("doson-ctr-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "m.json", NULL);
  g_autoptr(GPtrArray) diagnostics = NULL;
  DosonCtrMeasurementSet *validated = NULL;

  set = doson_ctr_measurement_set_new_from_json_data (text, -1, "m.json", NULL);
  ck_assert_ptr_nonnull (set);
  problems = doson_ctr_measurement_set_validate (set, program);
  ck_assert_uint_eq (g_strv_length (problems), 3);
  ck_assert_str_eq (problems[0], "m.json:3:12: task \"t9\", year 2026: programme \"p\" has no task \"t9\"");
  ck_assert_str_eq (problems[1], "m.json:4:2: task \"t1\", year 2031: the year is outside the programme's years 2025 (baseline) to 2030");
  ck_assert_str_eq (problems[2], "m.json:5:2: task \"t1\", year 2026: the state \"done_for_year\" is for yearly tasks only (use \"done\")");

  ck_assert (g_file_set_contents (path, text, -1, NULL));
  diagnostics = doson_ctr_measurement_set_validate_file (path, program, &validated);
  ck_assert_ptr_null (validated);
  ck_assert_uint_eq (diagnostics->len, 3);
  ck_assert_uint_eq (doson_ctr_diagnostic_get_line (g_ptr_array_index (diagnostics, 0)), 3);
  ck_assert_uint_eq (doson_ctr_diagnostic_get_column (g_ptr_array_index (diagnostics, 0)), 12);
  ck_assert_str_eq (doson_ctr_diagnostic_get_message (g_ptr_array_index (diagnostics, 2)),
                    "task \"t1\", year 2026: the state \"done_for_year\" is for yearly tasks only (use \"done\")");
  g_unlink (path);
  g_rmdir (dir);
}
END_TEST

/* Tasks for the state rule: t1 once, deadline 2027 (goal g.1, led by
 * u1); t2 yearly (goal g, u2); t3 once without deadline (goal g, u1). */
#define RULE_TASKS TASK_A ", " TASK_B ", " \
  "{\"id\": \"t3\", \"goal\": \"g\", \"text\": {\"vi\": \"C\"}, \"lead_units\": [\"u1\"]}"

static DosonCtrAssessment *
assess (const char *progress,
        int         year,
        GError    **error)
{
  g_autoptr(DosonCtrProgram) program = load (RULE_TASKS, NULL);
  g_autofree char *text = set_json (progress);
  g_autoptr(DosonCtrMeasurementSet) set = NULL;

  ck_assert_ptr_nonnull (program);
  set = doson_ctr_measurement_set_new_from_json_data (text, -1, "m.json", NULL);
  ck_assert_ptr_nonnull (set);
  return doson_ctr_assessment_new (program, set, year, NULL, error);
}

static const struct
{
  const char *progress;
  int year;
  const char *task;
  int state;   /* -1: not known */
  gboolean from_report;
} rule_cases[] = {
  /* 1: the state reported for the year. */
  { "{\"task\": \"t1\", \"year\": 2026, \"state\": \"in_progress\"}", 2026, "t1", DOSON_CTR_TASK_STATE_IN_PROGRESS, TRUE },
  { "{\"task\": \"t2\", \"year\": 2026, \"state\": \"done_for_year\"}", 2026, "t2", DOSON_CTR_TASK_STATE_DONE_FOR_YEAR, TRUE },
  { "{\"task\": \"t3\", \"year\": 2027, \"state\": \"not_started\"}", 2027, "t3", DOSON_CTR_TASK_STATE_NOT_STARTED, TRUE },
  /* ... up to its deadline year included; after it, not done is overdue. */
  { "{\"task\": \"t1\", \"year\": 2027, \"state\": \"in_progress\"}", 2027, "t1", DOSON_CTR_TASK_STATE_IN_PROGRESS, TRUE },
  { "{\"task\": \"t1\", \"year\": 2028, \"state\": \"in_progress\"}", 2028, "t1", DOSON_CTR_TASK_STATE_OVERDUE, TRUE },
  { "{\"task\": \"t1\", \"year\": 2028, \"state\": \"not_started\"}", 2028, "t1", DOSON_CTR_TASK_STATE_OVERDUE, TRUE },
  { "{\"task\": \"t1\", \"year\": 2028, \"state\": \"done\"}", 2028, "t1", DOSON_CTR_TASK_STATE_DONE, TRUE },
  /* 2: done in an earlier year stays done, for a task done once. */
  { "{\"task\": \"t1\", \"year\": 2026, \"state\": \"done\"}", 2029, "t1", DOSON_CTR_TASK_STATE_DONE, TRUE },
  { "{\"task\": \"t3\", \"year\": 2026, \"state\": \"done\"}", 2027, "t3", DOSON_CTR_TASK_STATE_DONE, TRUE },
  { "{\"task\": \"t2\", \"year\": 2026, \"state\": \"done\"}", 2027, "t2", -1, FALSE },
  /* 3: no report, deadline passed: overdue. */
  { "{\"task\": \"t1\", \"year\": 2026, \"state\": \"in_progress\"}", 2028, "t1", DOSON_CTR_TASK_STATE_OVERDUE, FALSE },
  { "", 2028, "t1", DOSON_CTR_TASK_STATE_OVERDUE, FALSE },
  /* 4: not known otherwise: missing data is not "not started". */
  { "", 2027, "t1", -1, FALSE },
  { "{\"task\": \"t3\", \"year\": 2026, \"state\": \"in_progress\"}", 2027, "t3", -1, FALSE },
  { "{\"task\": \"t2\", \"year\": 2026, \"state\": \"done_for_year\"}", 2027, "t2", -1, FALSE },
  { "", 2027, "nope", -1, FALSE },
};

START_TEST (test_state_rule)
{
  g_autoptr(DosonCtrAssessment) a = NULL;
  DosonCtrTaskState state = 99;
  GError *error = NULL;
  gboolean known;

  a = assess (rule_cases[_i].progress, rule_cases[_i].year, &error);
  ck_assert_msg (a != NULL, "%s", error != NULL ? error->message : "");
  known = doson_ctr_assessment_get_task_state (a, rule_cases[_i].task, &state);
  if (rule_cases[_i].state < 0)
    {
      ck_assert_msg (!known, "case %d: state %d", _i, state);
      ck_assert_int_eq (state, 99);
    }
  else
    {
      ck_assert_msg (known, "case %d", _i);
      ck_assert_int_eq (state, rule_cases[_i].state);
    }
  ck_assert_int_eq (doson_ctr_assessment_get_task_progress (a, rule_cases[_i].task) != NULL,
                    rule_cases[_i].from_report);
  ck_assert (doson_ctr_assessment_get_task_state (a, "t3", NULL)
             == doson_ctr_assessment_get_task_state (a, "t3", &state));
}
END_TEST

START_TEST (test_rollups)
{
  g_autoptr(DosonCtrAssessment) a = NULL;
  g_autoptr(DosonCtrRollup) program = NULL;
  g_autoptr(DosonCtrRollup) goal = NULL;
  g_autoptr(DosonCtrRollup) sub = NULL;
  g_autoptr(DosonCtrRollup) unit = NULL;
  g_autoptr(DosonCtrRollup) copy = NULL;
  GError *error = NULL;

  a = assess ("{\"task\": \"t2\", \"year\": 2028, \"state\": \"done_for_year\"},"
              " {\"task\": \"t3\", \"year\": 2028, \"state\": \"in_progress\"}", 2028, &error);
  ck_assert_msg (a != NULL, "%s", error != NULL ? error->message : "");
  program = doson_ctr_assessment_get_rollup (a, DOSON_CTR_ROLLUP_KIND_PROGRAM, NULL, NULL);
  ck_assert_uint_eq (doson_ctr_rollup_get_n_tasks (program), 3);
  ck_assert_uint_eq (doson_ctr_rollup_get_task_count (program, DOSON_CTR_TASK_STATE_OVERDUE), 1);
  ck_assert_uint_eq (doson_ctr_rollup_get_task_count (program, DOSON_CTR_TASK_STATE_DONE_FOR_YEAR), 1);
  ck_assert_uint_eq (doson_ctr_rollup_get_task_count (program, DOSON_CTR_TASK_STATE_IN_PROGRESS), 1);
  ck_assert_uint_eq (doson_ctr_rollup_get_task_count (program, DOSON_CTR_TASK_STATE_DONE), 0);
  ck_assert_uint_eq (doson_ctr_rollup_get_task_count (program, DOSON_CTR_TASK_STATE_NOT_STARTED), 0);
  ck_assert_uint_eq (doson_ctr_rollup_get_n_tasks_unknown (program), 0);

  goal = doson_ctr_assessment_get_rollup (a, DOSON_CTR_ROLLUP_KIND_GOAL, "g", NULL);
  sub = doson_ctr_assessment_get_rollup (a, DOSON_CTR_ROLLUP_KIND_GOAL, "g.1", NULL);
  unit = doson_ctr_assessment_get_rollup (a, DOSON_CTR_ROLLUP_KIND_UNIT, "u1", NULL);
  ck_assert_uint_eq (doson_ctr_rollup_get_n_tasks (goal), 3);
  ck_assert_uint_eq (doson_ctr_rollup_get_n_tasks (sub), 1);
  ck_assert_uint_eq (doson_ctr_rollup_get_task_count (sub, DOSON_CTR_TASK_STATE_OVERDUE), 1);
  ck_assert_uint_eq (doson_ctr_rollup_get_n_tasks (unit), 2);
  ck_assert_uint_eq (doson_ctr_rollup_get_task_count (unit, DOSON_CTR_TASK_STATE_IN_PROGRESS), 1);
  ck_assert_uint_eq (doson_ctr_rollup_get_task_count (unit, DOSON_CTR_TASK_STATE_DONE_FOR_YEAR), 0);
  copy = doson_ctr_rollup_copy (unit);
  ck_assert_uint_eq (doson_ctr_rollup_get_n_tasks (copy), 2);
  ck_assert_uint_eq (doson_ctr_rollup_get_task_count (copy, DOSON_CTR_TASK_STATE_OVERDUE), 1);
  g_clear_object (&a);

  /* Without reports: every task not known but the overdue one. */
  a = assess ("", 2027, NULL);
  g_clear_pointer (&program, doson_ctr_rollup_free);
  program = doson_ctr_assessment_get_rollup (a, DOSON_CTR_ROLLUP_KIND_PROGRAM, NULL, NULL);
  ck_assert_uint_eq (doson_ctr_rollup_get_n_tasks_unknown (program), 3);
  ck_assert_uint_eq (doson_ctr_rollup_get_task_count (program, DOSON_CTR_TASK_STATE_NOT_STARTED), 0);
}
END_TEST

START_TEST (test_assessment_refuses)
{
  g_autoptr(DosonCtrAssessment) a = NULL;
  GError *error = NULL;

  a = assess ("{\"task\": \"t9\", \"year\": 2026, \"state\": \"done\"}", 2026, &error);
  ck_assert_ptr_null (a);
  assert_error_message (error, DOSON_CTR_ERROR_INVALID_DATA,
                        "m.json:3:12: field \"task\": task \"t9\", year 2026: programme \"p\" has no task \"t9\"");
  g_clear_error (&error);
}
END_TEST

START_TEST (test_state_labels)
{
  ck_assert_str_eq (doson_ctr_task_state_get_label (DOSON_CTR_TASK_STATE_IN_PROGRESS, "vi"), "Đang triển khai");
  ck_assert_str_eq (doson_ctr_task_state_get_label (DOSON_CTR_TASK_STATE_IN_PROGRESS, NULL), "Đang triển khai");
  ck_assert_str_eq (doson_ctr_task_state_get_label (DOSON_CTR_TASK_STATE_DONE_FOR_YEAR, "vi_VN.UTF-8"),
                    "Đã hoàn thành trong năm");
  ck_assert_str_eq (doson_ctr_task_state_get_label (DOSON_CTR_TASK_STATE_OVERDUE, "en"), "Overdue");
  ck_assert_str_eq (doson_ctr_task_state_get_label (DOSON_CTR_TASK_STATE_NOT_STARTED, "fr"), "Not started");
  ck_assert_str_eq (doson_ctr_task_state_get_label (DOSON_CTR_TASK_STATE_DONE, "vi"), "Đã hoàn thành");
}
END_TEST

/* Every report format shows the tasks next to the targets: t1 overdue
 * (past its 2027 deadline), t2 done for the year with a note, t3 not
 * reported. */
START_TEST (test_reports)
{
  g_autoptr(DosonCtrAssessment) a = NULL;
  g_autoptr(DosonCtrReport) report = NULL;
  g_autofree char *text = NULL;
  g_autofree char *markdown = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *json = NULL;
  g_autofree char *text_vi = NULL;
  GError *error = NULL;

  a = assess ("{\"task\": \"t2\", \"year\": 2028, \"state\": \"done_for_year\", \"note\": \"Đối thoại | ngày 5/6\"}",
              2028, &error);
  ck_assert_msg (a != NULL, "%s", error != NULL ? error->message : "");
  report = doson_ctr_report_new (a, &error);
  ck_assert_ptr_nonnull (report);
  doson_ctr_report_set_lang (report, "en");
  doson_ctr_report_set_width (report, 200);
  text = doson_ctr_report_to_string (report, DOSON_CTR_DOCUMENT_FORMAT_TEXT);
  ck_assert_ptr_nonnull (strstr (text, "Tasks and measures (2028)\n"));
  ck_assert_ptr_nonnull (strstr (text, "  II.1.2 #1 · Overdue · Đơn vị 1\n    Do A\n"));
  ck_assert_ptr_nonnull (strstr (text, "  t2 · Done for the year · Đơn vị 2\n    Hằng năm B\n    Note: Đối thoại | ngày 5/6\n"));
  ck_assert_ptr_nonnull (strstr (text, "  t3 · Not known · Đơn vị 1\n"));
  ck_assert_ptr_nonnull (strstr (text, "3 tasks: 1 Overdue, 1 Done for the year, 1 not known"));

  markdown = doson_ctr_report_to_string (report, DOSON_CTR_DOCUMENT_FORMAT_MARKDOWN);
  ck_assert_ptr_nonnull (strstr (markdown, "## Tasks and measures (2028)\n\n| Ref | Task | Lead units | State | Note |\n"));
  ck_assert_ptr_nonnull (strstr (markdown, "| II.1.2 #1 | Do A | Đơn vị 1 | Overdue | — |\n"));
  ck_assert_ptr_nonnull (strstr (markdown, "Đối thoại \\| ngày 5/6"));

  csv = doson_ctr_report_to_string (report, DOSON_CTR_DOCUMENT_FORMAT_CSV);
  ck_assert_ptr_nonnull (strstr (csv, "\ntask,,2028,g.1,u1,t1,II.1.2 #1,Do A,,,,,overdue,Overdue,"));
  ck_assert_ptr_nonnull (strstr (csv, "\ntask,,2028,g,u1,t3,,C,,,,,,Not known,"));
  ck_assert_ptr_nonnull (strstr (csv, ",Đối thoại | ngày 5/6\n"));

  json = doson_ctr_report_to_string (report, DOSON_CTR_DOCUMENT_FORMAT_JSON);
  ck_assert_ptr_nonnull (strstr (json, "\"state\": \"overdue\""));
  ck_assert_ptr_nonnull (strstr (json, "\"state\": null"));
  ck_assert_ptr_nonnull (strstr (json, "\"n_tasks_unknown\": 1"));
  ck_assert_ptr_nonnull (strstr (json, "\"done_for_year\": 1"));

  doson_ctr_report_set_lang (report, "vi");
  text_vi = doson_ctr_report_to_string (report, DOSON_CTR_DOCUMENT_FORMAT_TEXT);
  ck_assert_ptr_nonnull (strstr (text_vi, "Nhiệm vụ, giải pháp (năm 2028)\n"));
  ck_assert_ptr_nonnull (strstr (text_vi, "  t3 · Chưa có thông tin · Đơn vị 1\n"));
  ck_assert_ptr_nonnull (strstr (text_vi, "3 nhiệm vụ: 1 Quá hạn, 1 Đã hoàn thành trong năm, 1 chưa có thông tin"));
}
END_TEST

START_TEST (test_excerpt_in_report)
{
  g_autoptr(DosonCtrProgram) program = NULL;
  g_autoptr(DosonCtrMeasurementSet) set = doson_ctr_measurement_set_new ();
  g_autoptr(DosonCtrAssessment) a = NULL;
  g_autoptr(DosonCtrReport) report = NULL;
  g_autofree char *markdown = NULL;
  GError *error = NULL;

  program = doson_ctr_program_new_builtin (&error);
  ck_assert_ptr_nonnull (program);
  a = doson_ctr_assessment_new (program, set, 2026, NULL, &error);
  ck_assert_msg (a != NULL, "%s", error != NULL ? error->message : "");
  report = doson_ctr_report_new (a, NULL);
  markdown = doson_ctr_report_to_string (report, DOSON_CTR_DOCUMENT_FORMAT_MARKDOWN);
  /* The first sentence of a task ... */
  ck_assert_ptr_nonnull (strstr (markdown, "| II.1.2 #3 | Xây dựng các tổ chức đảng trực thuộc vững mạnh toàn diện, "
                                           "phát huy đầy đủ vai trò lãnh đạo, cầm quyền của Đảng. |"));
  /* ... or its first words when that is long. */
  ck_assert_ptr_nonnull (strstr (markdown, "| II.1.2 #1 | Tiếp tục thực hiện có hiệu lực, hiệu quả mô hình tổ chức "
                                           "bộ máy của hệ thống chính trị phường; thực hiện nghiêm công tác "
                                           "quản lý biên chế gắn với cơ cấu lại … |"));
  ck_assert_ptr_nonnull (strstr (markdown, "77 nhiệm vụ: 77 chưa có thông tin"));
}
END_TEST

/* Every task of the built-in programme has an excerpt of its own in the
 * text report, in Vietnamese and in English: tasks that share a lead-in
 * (III.2.2 ¶4, III.2.7) differ in their item, which the excerpt keeps. */
START_TEST (test_excerpts_distinct)
{
  static const char *const langs[] = { "vi", "en" };
  g_autoptr(DosonCtrProgram) program = NULL;
  g_autoptr(DosonCtrMeasurementSet) set = doson_ctr_measurement_set_new ();
  g_autoptr(DosonCtrAssessment) a = NULL;
  g_autoptr(DosonCtrReport) report = NULL;
  GPtrArray *tasks;
  GError *error = NULL;
  guint l, i;

  program = doson_ctr_program_new_builtin (&error);
  ck_assert_ptr_nonnull (program);
  tasks = doson_ctr_program_get_tasks (program);
  a = doson_ctr_assessment_new (program, set, 2026, NULL, &error);
  ck_assert_msg (a != NULL, "%s", error != NULL ? error->message : "");
  report = doson_ctr_report_new (a, NULL);
  for (l = 0; l < G_N_ELEMENTS (langs); l++)
    {
      g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_autofree char *text = NULL;

      doson_ctr_report_set_lang (report, langs[l]);
      text = doson_ctr_report_to_string (report, DOSON_CTR_DOCUMENT_FORMAT_TEXT);
      for (i = 0; i < tasks->len; i++)
        {
          DosonCtrTask *task = g_ptr_array_index (tasks, i);
          g_autofree char *head = g_strdup_printf ("\n  %s \u00b7 ", doson_ctr_task_get_ref (task));
          const char *line = strstr (text, head);
          const char *start, *end;
          char *excerpt;

          ck_assert_msg (line != NULL, "%s: task %s is not in the report", langs[l],
                         doson_ctr_task_get_ref (task));
          start = strstr (line + 1, "\n    ");
          ck_assert_ptr_nonnull (start);
          start += strlen ("\n    ");
          /* The text report wraps the excerpt: its lines go on indented
           * by six spaces. */
          end = strchr (start, '\n');
          while (end != NULL && g_str_has_prefix (end, "\n      "))
            end = strchr (end + 1, '\n');
          ck_assert_ptr_nonnull (end);
          excerpt = g_strndup (start, end - start);
          ck_assert_msg (!g_hash_table_contains (seen, excerpt),
                         "%s: task %s has the excerpt of task %s: %s", langs[l],
                         doson_ctr_task_get_ref (task),
                         (const char *) g_hash_table_lookup (seen, excerpt), excerpt);
          g_hash_table_insert (seen, excerpt, (gpointer) doson_ctr_task_get_ref (task));
        }
    }
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

  tc = tcase_create ("progress");
  tcase_add_test (tc, test_set_add_lookup);
  tcase_add_test (tc, test_set_json);
  tcase_add_test (tc, test_set_without_tasks);
  tcase_add_loop_test (tc, test_set_json_bad, 0, G_N_ELEMENTS (bad_progress_json));
  tcase_add_loop_test (tc, test_set_csv_bad, 0, G_N_ELEMENTS (bad_progress_csv));
  tcase_add_test (tc, test_set_validate);
  suite_add_tcase (s, tc);

  tc = tcase_create ("assessment");
  tcase_add_loop_test (tc, test_state_rule, 0, G_N_ELEMENTS (rule_cases));
  tcase_add_test (tc, test_rollups);
  tcase_add_test (tc, test_assessment_refuses);
  suite_add_tcase (s, tc);

  tc = tcase_create ("report");
  tcase_add_test (tc, test_state_labels);
  tcase_add_test (tc, test_reports);
  tcase_add_test (tc, test_excerpt_in_report);
  tcase_add_test (tc, test_excerpts_distinct);
  suite_add_tcase (s, tc);
  return s;
}

int
main (void)
{
  return test_run_suite (task_suite ());
}
