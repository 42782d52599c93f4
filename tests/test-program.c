/* test-program.c: the programme model built in code (programmes, goals,
 * units, indicators, targets, measurement sets) and its enum strings
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>

#ifdef G_OS_UNIX
#include <unistd.h>
#endif

#include "doson-ctr-test.h"

/* Counts criticals instead of aborting on them (the test environment sets
 * G_DEBUG=fatal-criticals). */
static guint n_criticals;
static guint critical_handler;
static GLogLevelFlags saved_fatal_mask;

static void
count_critical (const gchar    *log_domain,
                GLogLevelFlags  log_level,
                const gchar    *message,
                gpointer        user_data)
{
  (void) log_domain;
  (void) log_level;
  (void) message;
  (void) user_data;
  n_criticals++;
}

static void
catch_criticals (void)
{
  n_criticals = 0;
  saved_fatal_mask = g_log_set_always_fatal (G_LOG_FATAL_MASK);
  critical_handler = g_log_set_handler ("DosonCtr", G_LOG_LEVEL_CRITICAL,
                                        count_critical, NULL);
}

/* Undoes catch_criticals(), for runs without fork (CK_FORK=no). */
static void
release_criticals (void)
{
  g_log_remove_handler ("DosonCtr", critical_handler);
  g_log_set_always_fatal (saved_fatal_mask);
}

static DosonCtrTarget *
make_target (DosonCtrTargetKind kind,
             DosonCtrComparator comparator,
             double             value)
{
  GError *error = NULL;
  DosonCtrTarget *target = doson_ctr_target_new (kind, comparator, value, &error);

  ck_assert_msg (target != NULL, "%s", error ? error->message : "");
  return target;
}

static DosonCtrIndicator *
make_indicator (const char      *id,
                DosonCtrMeasure  measure,
                const char      *goal,
                const char      *unit)
{
  DosonCtrIndicator *indicator = doson_ctr_indicator_new (id);
  g_autoptr(DosonCtrTarget) target = NULL;

  doson_ctr_indicator_set_name (indicator, "vi", "Chỉ tiêu");
  doson_ctr_indicator_set_measure (indicator, measure);
  doson_ctr_indicator_set_goal_id (indicator, goal);
  doson_ctr_indicator_add_lead_unit (indicator, unit);
  target = make_target (DOSON_CTR_TARGET_KIND_LEVEL,
                        DOSON_CTR_COMPARATOR_AT_LEAST,
                        measure == DOSON_CTR_MEASURE_BOOLEAN ? 1 : 50);
  doson_ctr_indicator_add_target (indicator, target);
  return indicator;
}

/* One field of the programme make_program() builds, set two ways
 * (variant FALSE and TRUE) that must make the programmes unequal. Each
 * hook, when given, runs on every unit, goal or indicator just before it
 * is added, and picks its object by id; the programme hook runs at the
 * end. */
typedef struct
{
  const char *field;
  void (*unit) (DosonCtrResponsibleUnit *unit, gboolean variant);
  void (*goal) (DosonCtrGoal *goal, gboolean variant);
  void (*indicator) (DosonCtrIndicator *indicator, gboolean variant);
  void (*program) (DosonCtrProgram *program, gboolean variant);
} Change;

/* A programme: units "ubnd" and "ca"; goals "iii" > "iii-1" > "iii-1-a",
 * and "iv"; indicators "whole" (percent, iii-1), "part-1" and "part-2"
 * (part of "whole"), "subset" (subset of "whole", goal iii-1-a), "crime"
 * (count, iv, led by "ca", partner "ubnd"); with @change, when not NULL,
 * made as its @variant says. */
static DosonCtrProgram *
make_program_changed (const Change *change,
                      gboolean      variant)
{
  DosonCtrProgram *program = doson_ctr_program_new ("test-program", 2025, 2030, 2025);
  const char *goal_ids[] = { "iii", "iii-1", "iii-1-a", "iv" };
  const char *goal_parents[] = { NULL, "iii", "iii-1", NULL };
  GError *error = NULL;
  guint i;

  doson_ctr_program_set_title (program, "vi", "Chương trình thử");
  doson_ctr_program_set_title (program, "en", "Test programme");
  {
    g_autoptr(DosonCtrResponsibleUnit) ubnd = doson_ctr_responsible_unit_new ("ubnd");
    g_autoptr(DosonCtrResponsibleUnit) ca = doson_ctr_responsible_unit_new ("ca");

    doson_ctr_responsible_unit_set_name (ubnd, "vi", "Ủy ban nhân dân phường");
    doson_ctr_responsible_unit_set_short_name (ubnd, "vi", "UBND phường");
    doson_ctr_responsible_unit_set_name (ca, "vi", "Công an phường");
    doson_ctr_responsible_unit_set_name (ca, "en", "Ward police");
    if (change != NULL && change->unit != NULL)
      {
        change->unit (ubnd, variant);
        change->unit (ca, variant);
      }
    ck_assert (doson_ctr_program_add_unit (program, ubnd, &error));
    ck_assert (doson_ctr_program_add_unit (program, ca, &error));
  }
  for (i = 0; i < G_N_ELEMENTS (goal_ids); i++)
    {
      g_autoptr(DosonCtrGoal) goal = doson_ctr_goal_new (goal_ids[i]);

      doson_ctr_goal_set_title (goal, "vi", goal_ids[i]);
      doson_ctr_goal_set_parent_id (goal, goal_parents[i]);
      doson_ctr_goal_add_lead_unit (goal, "ubnd");
      if (change != NULL && change->goal != NULL)
        change->goal (goal, variant);
      ck_assert_msg (doson_ctr_program_add_goal (program, goal, &error), "%s",
                     error ? error->message : "");
    }
  {
    g_autoptr(DosonCtrIndicator) whole = make_indicator ("whole", DOSON_CTR_MEASURE_PERCENT, "iii-1", "ubnd");
    g_autoptr(DosonCtrIndicator) part1 = make_indicator ("part-1", DOSON_CTR_MEASURE_PERCENT, "iii-1", "ubnd");
    g_autoptr(DosonCtrIndicator) part2 = make_indicator ("part-2", DOSON_CTR_MEASURE_PERCENT, "iii-1", "ubnd");
    g_autoptr(DosonCtrIndicator) subset = make_indicator ("subset", DOSON_CTR_MEASURE_PERCENT, "iii-1-a", "ubnd");
    g_autoptr(DosonCtrIndicator) crime = make_indicator ("crime", DOSON_CTR_MEASURE_COUNT, "iv", "ca");

    doson_ctr_indicator_set_disaggregation (whole, "level", "Cấp học", "School level");
    doson_ctr_indicator_add_disaggregation_value (whole, "primary", "Tiểu học", "Primary");
    doson_ctr_indicator_add_disaggregation_value (whole, "lower-secondary", "Trung học cơ sở", NULL);
    doson_ctr_indicator_set_relation (part1, DOSON_CTR_INDICATOR_RELATION_PART_OF, "whole");
    doson_ctr_indicator_set_relation (part2, DOSON_CTR_INDICATOR_RELATION_PART_OF, "whole");
    doson_ctr_indicator_set_relation (subset, DOSON_CTR_INDICATOR_RELATION_SUBSET_OF, "whole");
    doson_ctr_indicator_set_direction (crime, DOSON_CTR_DIRECTION_LOWER);
    doson_ctr_indicator_add_partner_unit (crime, "ubnd");
    if (change != NULL && change->indicator != NULL)
      {
        DosonCtrIndicator *all[] = { whole, part1, part2, subset, crime };

        for (i = 0; i < G_N_ELEMENTS (all); i++)
          change->indicator (all[i], variant);
      }
    ck_assert (doson_ctr_program_add_indicator (program, whole, &error));
    ck_assert (doson_ctr_program_add_indicator (program, part1, &error));
    ck_assert (doson_ctr_program_add_indicator (program, part2, &error));
    ck_assert (doson_ctr_program_add_indicator (program, subset, &error));
    ck_assert_msg (doson_ctr_program_add_indicator (program, crime, &error), "%s",
                   error ? error->message : "");
  }
  if (change != NULL && change->program != NULL)
    change->program (program, variant);
  return program;
}

static DosonCtrProgram *
make_program (void)
{
  return make_program_changed (NULL, FALSE);
}

/* ---------------------------------------------------------------------- */

START_TEST (test_build_and_lookup)
{
  g_autoptr(DosonCtrProgram) program = make_program ();
  DosonCtrGoal *iii, *iii1, *iii1a;
  DosonCtrIndicator *whole;
  GPtrArray *ids;
  const DosonCtrTarget *target;

  ck_assert_str_eq (doson_ctr_program_get_id (program), "test-program");
  ck_assert_int_eq (doson_ctr_program_get_term_start (program), 2025);
  ck_assert_int_eq (doson_ctr_program_get_term_end (program), 2030);
  ck_assert_int_eq (doson_ctr_program_get_baseline_year (program), 2025);
  ck_assert_str_eq (doson_ctr_program_get_title (program, "en"), "Test programme");
  ck_assert_str_eq (doson_ctr_program_get_title (program, NULL), "Chương trình thử");
  ck_assert_ptr_null (doson_ctr_program_get_code (program));

  ck_assert_uint_eq (doson_ctr_program_get_units (program)->len, 2);
  ck_assert_str_eq (doson_ctr_responsible_unit_get_name (doson_ctr_program_lookup_unit (program, "ca"), "en"),
                    "Ward police");
  /* English falls back to Vietnamese. */
  ck_assert_str_eq (doson_ctr_responsible_unit_get_name (doson_ctr_program_lookup_unit (program, "ubnd"), "en"),
                    "Ủy ban nhân dân phường");
  ck_assert_str_eq (doson_ctr_responsible_unit_get_short_name (doson_ctr_program_lookup_unit (program, "ubnd"), "vi"),
                    "UBND phường");
  ck_assert_ptr_null (doson_ctr_responsible_unit_get_short_name (doson_ctr_program_lookup_unit (program, "ca"), "vi"));
  ck_assert_ptr_null (doson_ctr_program_lookup_unit (program, "nobody"));

  /* The goal tree. */
  iii = doson_ctr_program_lookup_goal (program, "iii");
  iii1 = doson_ctr_program_lookup_goal (program, "iii-1");
  iii1a = doson_ctr_program_lookup_goal (program, "iii-1-a");
  ck_assert_ptr_nonnull (iii);
  ck_assert_ptr_null (doson_ctr_goal_get_parent (iii));
  ck_assert_ptr_eq (doson_ctr_goal_get_parent (iii1), iii);
  ck_assert_ptr_eq (doson_ctr_goal_get_parent (iii1a), iii1);
  ck_assert_uint_eq (doson_ctr_goal_get_children (iii)->len, 1);
  ck_assert_ptr_eq (g_ptr_array_index (doson_ctr_goal_get_children (iii), 0), iii1);
  ck_assert_uint_eq (doson_ctr_goal_get_children (iii1a)->len, 0);
  ck_assert_uint_eq (doson_ctr_program_get_goals (program)->len, 4);

  /* A goal's own indicators, in order. */
  ids = doson_ctr_goal_get_indicator_ids (iii1);
  ck_assert_uint_eq (ids->len, 3);
  ck_assert_str_eq (g_ptr_array_index (ids, 0), "whole");
  ck_assert_str_eq (g_ptr_array_index (ids, 2), "part-2");
  {
    g_autoptr(GPtrArray) own = doson_ctr_program_get_indicators_for_goal (program, "iii", FALSE);
    g_autoptr(GPtrArray) all = doson_ctr_program_get_indicators_for_goal (program, "iii", TRUE);
    g_autoptr(GPtrArray) none = doson_ctr_program_get_indicators_for_goal (program, "missing", TRUE);

    ck_assert_uint_eq (own->len, 0);
    ck_assert_uint_eq (all->len, 4);
    ck_assert_str_eq (doson_ctr_indicator_get_id (g_ptr_array_index (all, 3)), "subset");
    ck_assert_uint_eq (none->len, 0);
  }
  {
    g_autoptr(GPtrArray) led = doson_ctr_program_get_indicators_for_unit (program, "ubnd", FALSE);
    g_autoptr(GPtrArray) with_partners = doson_ctr_program_get_indicators_for_unit (program, "ubnd", TRUE);
    g_autoptr(GPtrArray) police = doson_ctr_program_get_indicators_for_unit (program, "ca", FALSE);

    ck_assert_uint_eq (led->len, 4);
    ck_assert_uint_eq (with_partners->len, 5);
    ck_assert_uint_eq (police->len, 1);
  }
  {
    g_autoptr(GPtrArray) parts = doson_ctr_program_get_related_indicators (program, "whole",
                                                                           DOSON_CTR_INDICATOR_RELATION_PART_OF);
    g_autoptr(GPtrArray) subsets = doson_ctr_program_get_related_indicators (program, "whole",
                                                                             DOSON_CTR_INDICATOR_RELATION_SUBSET_OF);
    ck_assert_uint_eq (parts->len, 2);
    ck_assert_uint_eq (subsets->len, 1);
    ck_assert_str_eq (doson_ctr_indicator_get_id (g_ptr_array_index (subsets, 0)), "subset");
  }

  /* Indicators, disaggregation, resolved target years. */
  ck_assert_uint_eq (doson_ctr_program_get_indicators (program)->len, 5);
  whole = doson_ctr_program_lookup_indicator (program, "whole");
  ck_assert_str_eq (doson_ctr_indicator_get_disaggregation (whole), "level");
  ck_assert_str_eq (doson_ctr_indicator_get_disaggregation_name (whole, "en"), "School level");
  ck_assert_uint_eq (doson_ctr_indicator_get_disaggregation_values (whole)->len, 2);
  ck_assert (doson_ctr_indicator_has_disaggregation_value (whole, "primary"));
  ck_assert (!doson_ctr_indicator_has_disaggregation_value (whole, "upper"));
  ck_assert_str_eq (doson_ctr_indicator_get_disaggregation_value_name (whole, "lower-secondary", "en"),
                    "Trung học cơ sở");
  ck_assert_ptr_null (doson_ctr_indicator_get_disaggregation_value_name (whole, "upper", "vi"));
  target = g_ptr_array_index (doson_ctr_indicator_get_targets (whole), 0);
  ck_assert_int_eq (doson_ctr_target_get_first_year (target), 2026);
  ck_assert_int_eq (doson_ctr_target_get_deadline_year (target), 2030);
  ck_assert_int_eq (doson_ctr_indicator_get_relation (whole), DOSON_CTR_INDICATOR_RELATION_NONE);
  ck_assert_ptr_null (doson_ctr_indicator_get_related_id (whole));
  ck_assert_str_eq (doson_ctr_indicator_get_related_id (doson_ctr_program_lookup_indicator (program, "subset")),
                    "whole");
  ck_assert_int_eq (doson_ctr_indicator_get_direction (doson_ctr_program_lookup_indicator (program, "crime")),
                    DOSON_CTR_DIRECTION_LOWER);
  ck_assert_ptr_null (doson_ctr_program_lookup_indicator (program, "nothing"));
}
END_TEST

START_TEST (test_program_date)
{
  g_autoptr(DosonCtrProgram) program = doson_ctr_program_new ("p", 2025, 2030, 2025);
  const char *bad[] = { "2025-9-26", "2025-02-30", "26/09/2025", "2025-09-26x", "",
                        "2025-09x26", "2025-0a-26", "0000-01-01", "2025-09-2\xff" };
  GError *error = NULL;
  guint i;

  ck_assert (doson_ctr_program_set_date (program, "2025-09-26", &error));
  ck_assert_str_eq (doson_ctr_program_get_date (program), "2025-09-26");
  ck_assert (doson_ctr_program_set_date (program, "2024-02-29", &error));
  for (i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      ck_assert (!doson_ctr_program_set_date (program, bad[i], &error));
      assert_error (error, DOSON_CTR_ERROR_INVALID_ARGUMENT, "YYYY-MM-DD");
      g_clear_error (&error);
      ck_assert_str_eq (doson_ctr_program_get_date (program), "2024-02-29");
    }
  /* A date that is not UTF-8 is not quoted as it is. */
  ck_assert (!doson_ctr_program_set_date (program, "2025-09-2\xff", &error));
  assert_error (error, DOSON_CTR_ERROR_INVALID_ARGUMENT, "\"(invalid UTF-8)\" is not a date");
  ck_assert (g_utf8_validate (error->message, -1, NULL));
  g_clear_error (&error);
  ck_assert (doson_ctr_program_set_date (program, NULL, &error));
  ck_assert_ptr_null (doson_ctr_program_get_date (program));
}
END_TEST

START_TEST (test_program_equal)
{
  g_autoptr(DosonCtrProgram) a = make_program ();
  g_autoptr(DosonCtrProgram) b = make_program ();
  g_autoptr(DosonCtrProgram) other_years = doson_ctr_program_new ("test-program", 2025, 2031, 2025);
  g_autoptr(DosonCtrProgram) empty = doson_ctr_program_new ("test-program", 2025, 2030, 2025);
  g_autoptr(DosonCtrGoal) goal = doson_ctr_goal_new ("v");
  GError *error = NULL;

  ck_assert (doson_ctr_program_equal (a, a));
  ck_assert (doson_ctr_program_equal (a, b));
  ck_assert (doson_ctr_program_equal (b, a));
  ck_assert (!doson_ctr_program_equal (a, other_years));
  ck_assert (!doson_ctr_program_equal (a, empty));

  /* Each field counts. */
  doson_ctr_program_set_code (b, "03-CTr/ĐU");
  ck_assert (!doson_ctr_program_equal (a, b));
  doson_ctr_program_set_code (a, "03-CTr/ĐU");
  ck_assert (doson_ctr_program_equal (a, b));
  doson_ctr_program_set_title (b, "en", NULL);
  ck_assert (!doson_ctr_program_equal (a, b));
  doson_ctr_program_set_title (a, "en", NULL);
  ck_assert (doson_ctr_program_equal (a, b));
  doson_ctr_program_set_issuing_body (b, "vi", "Ban Chấp hành Đảng bộ phường Đồ Sơn");
  ck_assert (!doson_ctr_program_equal (a, b));
  doson_ctr_program_set_issuing_body (a, "vi", "Ban Chấp hành Đảng bộ phường Đồ Sơn");
  ck_assert (doson_ctr_program_equal (a, b));
  ck_assert (doson_ctr_program_set_date (b, "2025-09-26", &error));
  ck_assert (!doson_ctr_program_equal (a, b));
  ck_assert (doson_ctr_program_set_date (a, "2025-09-26", &error));
  ck_assert (doson_ctr_program_equal (a, b));
  doson_ctr_goal_set_title (goal, "vi", "Mục tiêu V");
  ck_assert (doson_ctr_program_add_goal (b, goal, &error));
  ck_assert (!doson_ctr_program_equal (a, b));
  ck_assert_ptr_null (error);
}
END_TEST

/* The fields a programme is made with (its id, term and baseline), one
 * at a time. */
START_TEST (test_program_equal_made_apart)
{
  g_autoptr(DosonCtrProgram) a = doson_ctr_program_new ("p", 2025, 2030, 2025);
  g_autoptr(DosonCtrProgram) same = doson_ctr_program_new ("p", 2025, 2030, 2025);
  g_autoptr(DosonCtrProgram) id = doson_ctr_program_new ("q", 2025, 2030, 2025);
  g_autoptr(DosonCtrProgram) start = doson_ctr_program_new ("p", 2024, 2030, 2025);
  g_autoptr(DosonCtrProgram) end = doson_ctr_program_new ("p", 2025, 2031, 2025);
  g_autoptr(DosonCtrProgram) baseline = doson_ctr_program_new ("p", 2025, 2030, 2024);
  DosonCtrProgram *others[] = { id, start, end, baseline };
  guint i;

  ck_assert (doson_ctr_program_equal (a, same));
  for (i = 0; i < G_N_ELEMENTS (others); i++)
    {
      ck_assert_msg (!doson_ctr_program_equal (a, others[i]), "%u", i);
      ck_assert_msg (!doson_ctr_program_equal (others[i], a), "%u", i);
    }
}
END_TEST

#define IS(getter, object, id) (strcmp (getter (object), (id)) == 0)

/* The programme's own fields */
static void
program_code (DosonCtrProgram *p, gboolean v)
{
  doson_ctr_program_set_code (p, v ? "03-CTr/ĐU" : "03-CTr");
}

static void
program_title_vi (DosonCtrProgram *p, gboolean v)
{
  doson_ctr_program_set_title (p, "vi", v ? "Chương trình hành động" : "Chương trình thử");
}

static void
program_title_en (DosonCtrProgram *p, gboolean v)
{
  doson_ctr_program_set_title (p, "en", v ? NULL : "Test programme");
}

static void
program_body_vi (DosonCtrProgram *p, gboolean v)
{
  doson_ctr_program_set_issuing_body (p, "vi", v ? "Đảng ủy phường" : "Đảng bộ phường");
}

static void
program_body_en (DosonCtrProgram *p, gboolean v)
{
  doson_ctr_program_set_issuing_body (p, "vi", "Đảng ủy phường");
  doson_ctr_program_set_issuing_body (p, "en", v ? "Ward Party Committee" : NULL);
}

static void
program_date (DosonCtrProgram *p, gboolean v)
{
  ck_assert (doson_ctr_program_set_date (p, v ? "2025-09-26" : "2025-09-25", NULL));
}

/* A unit, a goal and an indicator added last, that differ by id only */
static void
unit_id (DosonCtrProgram *p, gboolean v)
{
  g_autoptr(DosonCtrResponsibleUnit) unit = doson_ctr_responsible_unit_new (v ? "extra-b" : "extra-a");

  doson_ctr_responsible_unit_set_name (unit, "vi", "Đơn vị thêm");
  ck_assert (doson_ctr_program_add_unit (p, unit, NULL));
}

static void
goal_id (DosonCtrProgram *p, gboolean v)
{
  g_autoptr(DosonCtrGoal) goal = doson_ctr_goal_new (v ? "extra-b" : "extra-a");

  doson_ctr_goal_set_title (goal, "vi", "Mục tiêu thêm");
  ck_assert (doson_ctr_program_add_goal (p, goal, NULL));
}

static void
indicator_id (DosonCtrProgram *p, gboolean v)
{
  g_autoptr(DosonCtrIndicator) indicator = make_indicator (v ? "extra-b" : "extra-a",
                                                           DOSON_CTR_MEASURE_COUNT, "iv", "ca");

  ck_assert (doson_ctr_program_add_indicator (p, indicator, NULL));
}

/* Units */
static void
unit_name_vi (DosonCtrResponsibleUnit *u, gboolean v)
{
  if (IS (doson_ctr_responsible_unit_get_id, u, "ubnd"))
    doson_ctr_responsible_unit_set_name (u, "vi", v ? "UBND" : "Ủy ban nhân dân phường");
}

static void
unit_name_en (DosonCtrResponsibleUnit *u, gboolean v)
{
  if (IS (doson_ctr_responsible_unit_get_id, u, "ca"))
    doson_ctr_responsible_unit_set_name (u, "en", v ? "Police" : "Ward police");
}

static void
unit_short_name_vi (DosonCtrResponsibleUnit *u, gboolean v)
{
  if (IS (doson_ctr_responsible_unit_get_id, u, "ca"))
    doson_ctr_responsible_unit_set_short_name (u, "vi", v ? "CA" : "CAP");
}

static void
unit_short_name_en (DosonCtrResponsibleUnit *u, gboolean v)
{
  if (IS (doson_ctr_responsible_unit_get_id, u, "ubnd"))
    doson_ctr_responsible_unit_set_short_name (u, "en", v ? "PC" : NULL);
}

/* Goals */
static void
goal_ref (DosonCtrGoal *g, gboolean v)
{
  if (IS (doson_ctr_goal_get_id, g, "iv"))
    doson_ctr_goal_set_ref (g, v ? "IV" : "IV.");
}

static void
goal_title_vi (DosonCtrGoal *g, gboolean v)
{
  if (IS (doson_ctr_goal_get_id, g, "iv"))
    doson_ctr_goal_set_title (g, "vi", v ? "Quốc phòng, an ninh" : "iv");
}

static void
goal_title_en (DosonCtrGoal *g, gboolean v)
{
  if (IS (doson_ctr_goal_get_id, g, "iv"))
    doson_ctr_goal_set_title (g, "en", v ? "Defence and security" : NULL);
}

static void
goal_parent (DosonCtrGoal *g, gboolean v)
{
  if (IS (doson_ctr_goal_get_id, g, "iii-1-a"))
    doson_ctr_goal_set_parent_id (g, v ? "iii" : "iii-1");
}

static void
goal_lead_units (DosonCtrGoal *g, gboolean v)
{
  if (v && IS (doson_ctr_goal_get_id, g, "iv"))
    doson_ctr_goal_add_lead_unit (g, "ca");
}

static void
goal_partner_units (DosonCtrGoal *g, gboolean v)
{
  if (v && IS (doson_ctr_goal_get_id, g, "iv"))
    doson_ctr_goal_add_partner_unit (g, "ca");
}

static void
goal_resolutions (DosonCtrGoal *g, gboolean v)
{
  if (IS (doson_ctr_goal_get_id, g, "iv"))
    doson_ctr_goal_add_resolution (g, v ? "NQ 02" : "NQ 01");
}

/* Indicators */
#define IS_INDICATOR(i, id) IS (doson_ctr_indicator_get_id, i, id)

static void
indicator_ref (DosonCtrIndicator *i, gboolean v)
{
  if (IS_INDICATOR (i, "crime"))
    doson_ctr_indicator_set_ref (i, v ? "IV.1" : "IV.2");
}

static void
indicator_name_vi (DosonCtrIndicator *i, gboolean v)
{
  if (v && IS_INDICATOR (i, "crime"))
    doson_ctr_indicator_set_name (i, "vi", "Tội phạm");
}

static void
indicator_name_en (DosonCtrIndicator *i, gboolean v)
{
  if (v && IS_INDICATOR (i, "crime"))
    doson_ctr_indicator_set_name (i, "en", "Crime");
}

static void
indicator_unit_vi (DosonCtrIndicator *i, gboolean v)
{
  if (IS_INDICATOR (i, "crime"))
    doson_ctr_indicator_set_unit (i, "vi", v ? "vụ" : "vụ việc");
}

static void
indicator_unit_en (DosonCtrIndicator *i, gboolean v)
{
  if (IS_INDICATOR (i, "crime"))
    doson_ctr_indicator_set_unit (i, "en", v ? "cases" : NULL);
}

static void
indicator_note_vi (DosonCtrIndicator *i, gboolean v)
{
  if (IS_INDICATOR (i, "crime"))
    doson_ctr_indicator_set_note (i, "vi", v ? "ước tính" : NULL);
}

static void
indicator_note_en (DosonCtrIndicator *i, gboolean v)
{
  if (IS_INDICATOR (i, "crime"))
    {
      doson_ctr_indicator_set_note (i, "vi", "ước tính");
      doson_ctr_indicator_set_note (i, "en", v ? "estimate" : NULL);
    }
}

static void
indicator_measure (DosonCtrIndicator *i, gboolean v)
{
  if (IS_INDICATOR (i, "crime"))
    doson_ctr_indicator_set_measure (i, v ? DOSON_CTR_MEASURE_AMOUNT : DOSON_CTR_MEASURE_COUNT);
}

static void
indicator_direction (DosonCtrIndicator *i, gboolean v)
{
  if (IS_INDICATOR (i, "crime"))
    doson_ctr_indicator_set_direction (i, v ? DOSON_CTR_DIRECTION_HIGHER : DOSON_CTR_DIRECTION_LOWER);
}

static void
indicator_goal (DosonCtrIndicator *i, gboolean v)
{
  if (IS_INDICATOR (i, "crime"))
    doson_ctr_indicator_set_goal_id (i, v ? "iii" : "iv");
}

static void
indicator_lead_units (DosonCtrIndicator *i, gboolean v)
{
  if (v && IS_INDICATOR (i, "part-1"))
    doson_ctr_indicator_add_lead_unit (i, "ca");
}

static void
indicator_partner_units (DosonCtrIndicator *i, gboolean v)
{
  if (v && IS_INDICATOR (i, "part-1"))
    doson_ctr_indicator_add_partner_unit (i, "ca");
}

static void
indicator_relation (DosonCtrIndicator *i, gboolean v)
{
  if (IS_INDICATOR (i, "subset"))
    doson_ctr_indicator_set_relation (i, v ? DOSON_CTR_INDICATOR_RELATION_PART_OF
                                           : DOSON_CTR_INDICATOR_RELATION_SUBSET_OF,
                                      "whole");
}

static void
indicator_related_id (DosonCtrIndicator *i, gboolean v)
{
  if (IS_INDICATOR (i, "part-2"))
    doson_ctr_indicator_set_relation (i, DOSON_CTR_INDICATOR_RELATION_PART_OF,
                                      v ? "part-1" : "whole");
}

/* "crime" broken down by a dimension, with one value. */
static void
disaggregate (DosonCtrIndicator *i,
              const char        *dimension,
              const char        *name_vi,
              const char        *name_en,
              const char        *value,
              const char        *value_name_vi,
              const char        *value_name_en)
{
  if (!IS_INDICATOR (i, "crime"))
    return;
  doson_ctr_indicator_set_disaggregation (i, dimension, name_vi, name_en);
  doson_ctr_indicator_add_disaggregation_value (i, value, value_name_vi, value_name_en);
}

static void
indicator_dimension (DosonCtrIndicator *i, gboolean v)
{
  disaggregate (i, v ? "age" : "age-group", "Nhóm tuổi", NULL, "young", NULL, NULL);
}

static void
indicator_dimension_name_vi (DosonCtrIndicator *i, gboolean v)
{
  disaggregate (i, "age", v ? "Độ tuổi" : "Nhóm tuổi", NULL, "young", NULL, NULL);
}

static void
indicator_dimension_name_en (DosonCtrIndicator *i, gboolean v)
{
  disaggregate (i, "age", "Nhóm tuổi", v ? "Age group" : NULL, "young", NULL, NULL);
}

static void
indicator_value (DosonCtrIndicator *i, gboolean v)
{
  disaggregate (i, "age", "Nhóm tuổi", NULL, v ? "old" : "young", NULL, NULL);
}

static void
indicator_value_name_vi (DosonCtrIndicator *i, gboolean v)
{
  disaggregate (i, "age", "Nhóm tuổi", NULL, "young", v ? "Thanh niên" : "Trẻ", NULL);
}

static void
indicator_value_name_en (DosonCtrIndicator *i, gboolean v)
{
  disaggregate (i, "age", "Nhóm tuổi", NULL, "young", "Trẻ", v ? "Young" : NULL);
}

static void
indicator_values (DosonCtrIndicator *i, gboolean v)
{
  if (v && IS_INDICATOR (i, "whole"))
    doson_ctr_indicator_add_disaggregation_value (i, "upper-secondary", NULL, NULL);
}

static void
indicator_targets (DosonCtrIndicator *i, gboolean v)
{
  if (v && IS_INDICATOR (i, "crime"))
    {
      g_autoptr(DosonCtrTarget) target = make_target (DOSON_CTR_TARGET_KIND_EVERY_YEAR,
                                                      DOSON_CTR_COMPARATOR_AT_MOST, 10);
      doson_ctr_indicator_add_target (i, target);
    }
}

static void
indicator_target_text (DosonCtrIndicator *i, gboolean v)
{
  if (IS_INDICATOR (i, "crime"))
    {
      g_autoptr(DosonCtrTarget) target = make_target (DOSON_CTR_TARGET_KIND_EVERY_YEAR,
                                                      DOSON_CTR_COMPARATOR_AT_MOST, 10);
      doson_ctr_target_set_text (target, "vi", "Không quá 10 vụ mỗi năm");
      doson_ctr_target_set_text (target, "en", v ? "At most 10 a year" : "No more than 10");
      doson_ctr_indicator_add_target (i, target);
    }
}

static const Change changes[] = {
  { "program code", .program = program_code },
  { "program title (vi)", .program = program_title_vi },
  { "program title (en)", .program = program_title_en },
  { "program issuing body (vi)", .program = program_body_vi },
  { "program issuing body (en)", .program = program_body_en },
  { "program date", .program = program_date },
  { "unit id", .program = unit_id },
  { "unit name (vi)", .unit = unit_name_vi },
  { "unit name (en)", .unit = unit_name_en },
  { "unit short name (vi)", .unit = unit_short_name_vi },
  { "unit short name (en)", .unit = unit_short_name_en },
  { "goal id", .program = goal_id },
  { "goal ref", .goal = goal_ref },
  { "goal title (vi)", .goal = goal_title_vi },
  { "goal title (en)", .goal = goal_title_en },
  { "goal parent", .goal = goal_parent },
  { "goal lead units", .goal = goal_lead_units },
  { "goal partner units", .goal = goal_partner_units },
  { "goal resolutions", .goal = goal_resolutions },
  { "indicator id", .program = indicator_id },
  { "indicator ref", .indicator = indicator_ref },
  { "indicator name (vi)", .indicator = indicator_name_vi },
  { "indicator name (en)", .indicator = indicator_name_en },
  { "indicator unit (vi)", .indicator = indicator_unit_vi },
  { "indicator unit (en)", .indicator = indicator_unit_en },
  { "indicator note (vi)", .indicator = indicator_note_vi },
  { "indicator note (en)", .indicator = indicator_note_en },
  { "indicator measure", .indicator = indicator_measure },
  { "indicator direction", .indicator = indicator_direction },
  { "indicator goal", .indicator = indicator_goal },
  { "indicator lead units", .indicator = indicator_lead_units },
  { "indicator partner units", .indicator = indicator_partner_units },
  { "indicator relation", .indicator = indicator_relation },
  { "indicator related id", .indicator = indicator_related_id },
  { "disaggregation dimension", .indicator = indicator_dimension },
  { "disaggregation name (vi)", .indicator = indicator_dimension_name_vi },
  { "disaggregation name (en)", .indicator = indicator_dimension_name_en },
  { "disaggregation value", .indicator = indicator_value },
  { "disaggregation value name (vi)", .indicator = indicator_value_name_vi },
  { "disaggregation value name (en)", .indicator = indicator_value_name_en },
  { "disaggregation values", .indicator = indicator_values },
  { "indicator targets", .indicator = indicator_targets },
  { "target text (en)", .indicator = indicator_target_text },
};

/* Each field counts: two programmes that differ in it alone are unequal,
 * both ways, while two made alike are equal. */
START_TEST (test_program_equal_each_field)
{
  const Change *change = &changes[_i];
  g_autoptr(DosonCtrProgram) a = make_program_changed (change, FALSE);
  g_autoptr(DosonCtrProgram) a2 = make_program_changed (change, FALSE);
  g_autoptr(DosonCtrProgram) b = make_program_changed (change, TRUE);
  g_autoptr(DosonCtrProgram) b2 = make_program_changed (change, TRUE);

  ck_assert_msg (doson_ctr_program_equal (a, a2), "%s: made alike", change->field);
  ck_assert_msg (doson_ctr_program_equal (b, b2), "%s: made alike", change->field);
  ck_assert_msg (!doson_ctr_program_equal (a, b), "%s: a != b", change->field);
  ck_assert_msg (!doson_ctr_program_equal (b, a), "%s: b != a", change->field);
}
END_TEST

START_TEST (test_id_rule)
{
  char long_id[66];

  ck_assert (doson_ctr_id_is_valid ("a"));
  ck_assert (doson_ctr_id_is_valid ("03-ctr-du"));
  ck_assert (doson_ctr_id_is_valid ("III.1_x-2"));
  ck_assert (!doson_ctr_id_is_valid (NULL));
  ck_assert (!doson_ctr_id_is_valid (""));
  ck_assert (!doson_ctr_id_is_valid ("-a"));
  ck_assert (!doson_ctr_id_is_valid ("a b"));
  ck_assert (!doson_ctr_id_is_valid ("đồ-sơn"));
  ck_assert (!doson_ctr_id_is_valid ("a/b"));
  memset (long_id, 'a', 64);
  long_id[64] = '\0';
  ck_assert (doson_ctr_id_is_valid (long_id));
  long_id[64] = 'a';
  long_id[65] = '\0';
  ck_assert (!doson_ctr_id_is_valid (long_id));
}
END_TEST

/* ---------------------------------------------------------------------- */
/* Ownership */

START_TEST (test_program_keeps_references)
{
  DosonCtrProgram *program = doson_ctr_program_new ("p", 2025, 2030, 2025);
  DosonCtrResponsibleUnit *unit = doson_ctr_responsible_unit_new ("u");
  DosonCtrGoal *goal = doson_ctr_goal_new ("g");
  DosonCtrIndicator *indicator;
  GWeakRef weak;
  GError *error = NULL;

  doson_ctr_responsible_unit_set_name (unit, "vi", "Đơn vị");
  doson_ctr_goal_set_title (goal, "vi", "Mục tiêu");
  ck_assert (doson_ctr_program_add_unit (program, unit, &error));
  ck_assert (doson_ctr_program_add_goal (program, goal, &error));
  indicator = make_indicator ("i", DOSON_CTR_MEASURE_PERCENT, "g", "u");
  ck_assert (doson_ctr_program_add_indicator (program, indicator, &error));
  g_weak_ref_init (&weak, indicator);

  /* The caller's references can go: the programme holds its own. */
  g_object_unref (unit);
  g_object_unref (goal);
  g_object_unref (indicator);
  ck_assert_str_eq (doson_ctr_responsible_unit_get_id (doson_ctr_program_lookup_unit (program, "u")), "u");
  ck_assert_str_eq (doson_ctr_goal_get_title (doson_ctr_program_lookup_goal (program, "g"), "vi"), "Mục tiêu");
  indicator = g_weak_ref_get (&weak);
  ck_assert_ptr_nonnull (indicator);
  g_object_unref (indicator);

  /* And it releases them with itself. */
  g_object_unref (program);
  ck_assert_ptr_null (g_weak_ref_get (&weak));
  g_weak_ref_clear (&weak);
}
END_TEST

START_TEST (test_indicator_copies_targets)
{
  g_autoptr(DosonCtrIndicator) indicator = doson_ctr_indicator_new ("i");
  DosonCtrTarget *target = make_target (DOSON_CTR_TARGET_KIND_EVERY_YEAR,
                                        DOSON_CTR_COMPARATOR_AT_LEAST, 95);
  const DosonCtrTarget *kept;
  double value = UNTOUCHED;

  doson_ctr_indicator_add_target (indicator, target);
  doson_ctr_target_set_text (target, "vi", "changed after adding");
  doson_ctr_target_free (target);
  kept = g_ptr_array_index (doson_ctr_indicator_get_targets (indicator), 0);
  ck_assert_ptr_null (doson_ctr_target_get_text (kept, "vi"));
  ck_assert (doson_ctr_target_get_value (kept, &value));
  ck_assert_double_eq (value, 95);
}
END_TEST

START_TEST (test_sealed_after_adding)
{
  g_autoptr(DosonCtrProgram) program = make_program ();
  DosonCtrIndicator *indicator = doson_ctr_program_lookup_indicator (program, "whole");
  DosonCtrGoal *goal = doson_ctr_program_lookup_goal (program, "iv");
  DosonCtrResponsibleUnit *unit = doson_ctr_program_lookup_unit (program, "ca");
  GError *error = NULL;

  catch_criticals ();
  doson_ctr_indicator_set_goal_id (indicator, "iv");
  doson_ctr_indicator_set_name (indicator, "vi", "other");
  doson_ctr_goal_set_title (goal, "vi", "other");
  doson_ctr_responsible_unit_set_name (unit, "vi", "other");
  ck_assert_uint_eq (n_criticals, 4);
  ck_assert_str_eq (doson_ctr_indicator_get_goal_id (indicator), "iii-1");
  ck_assert_str_eq (doson_ctr_indicator_get_name (indicator, "vi"), "Chỉ tiêu");
  ck_assert_str_eq (doson_ctr_goal_get_title (goal, "vi"), "iv");

  /* An object already in a programme cannot be added again. */
  ck_assert (!doson_ctr_program_add_indicator (program, indicator, &error));
  ck_assert_ptr_null (error);
  ck_assert_uint_eq (n_criticals, 5);
  release_criticals ();
}
END_TEST

START_TEST (test_free_null)
{
  /* The free functions do nothing with NULL, as documented: no critical.
   * A NULL where an object belongs does give one, so the count is live. */
  catch_criticals ();
  doson_ctr_target_free (NULL);
  doson_ctr_measurement_free (NULL);
  doson_ctr_progress_settings_free (NULL);
  doson_ctr_progress_result_free (NULL);
  doson_ctr_cutoffs_free (NULL);
  doson_ctr_rollup_free (NULL);
  doson_ctr_assessment_options_free (NULL);
  ck_assert_uint_eq (n_criticals, 0);
  ck_assert_ptr_null (doson_ctr_target_copy (NULL));
  ck_assert_uint_eq (n_criticals, 1);
  release_criticals ();
}
END_TEST

/* ---------------------------------------------------------------------- */
/* Errors when building */

typedef void (*Breaker) (DosonCtrIndicator *indicator);

static void break_goal (DosonCtrIndicator *i) { doson_ctr_indicator_set_goal_id (i, "nowhere"); }
static void break_unit (DosonCtrIndicator *i) { doson_ctr_indicator_add_partner_unit (i, "nobody"); }
static void break_unit_twice (DosonCtrIndicator *i) { doson_ctr_indicator_add_partner_unit (i, "ubnd"); }
static void break_self (DosonCtrIndicator *i) { doson_ctr_indicator_set_relation (i, DOSON_CTR_INDICATOR_RELATION_PART_OF, "new"); }
static void break_self_subset (DosonCtrIndicator *i) { doson_ctr_indicator_set_relation (i, DOSON_CTR_INDICATOR_RELATION_SUBSET_OF, "new"); }
static void break_later (DosonCtrIndicator *i) { doson_ctr_indicator_set_relation (i, DOSON_CTR_INDICATOR_RELATION_SUBSET_OF, "later"); }
static void break_measure (DosonCtrIndicator *i) { doson_ctr_indicator_set_relation (i, DOSON_CTR_INDICATOR_RELATION_PART_OF, "crime"); }
static void break_values (DosonCtrIndicator *i) { doson_ctr_indicator_set_disaggregation (i, "level", NULL, NULL); }
static void break_no_goal (DosonCtrIndicator *i) { doson_ctr_indicator_set_goal_id (i, NULL); }
static void
break_years (DosonCtrIndicator *i)
{
  g_autoptr(DosonCtrTarget) t = make_target (DOSON_CTR_TARGET_KIND_LEVEL, DOSON_CTR_COMPARATOR_AT_LEAST, 1);
  doson_ctr_target_set_years (t, 0, 2031);
  doson_ctr_indicator_add_target (i, t);
}
static void
break_baseline_year (DosonCtrIndicator *i)
{
  g_autoptr(DosonCtrTarget) t = make_target (DOSON_CTR_TARGET_KIND_EVERY_YEAR, DOSON_CTR_COMPARATOR_AT_LEAST, 1);
  doson_ctr_target_set_years (t, 2025, 2030);
  doson_ctr_indicator_add_target (i, t);
}
static void
break_start_after_term (DosonCtrIndicator *i)
{
  g_autoptr(DosonCtrTarget) t = make_target (DOSON_CTR_TARGET_KIND_LEVEL, DOSON_CTR_COMPARATOR_AT_LEAST, 1);
  doson_ctr_target_set_years (t, 2031, 0);
  doson_ctr_indicator_add_target (i, t);
}
static void
break_deadline_at_baseline (DosonCtrIndicator *i)
{
  g_autoptr(DosonCtrTarget) t = make_target (DOSON_CTR_TARGET_KIND_LEVEL, DOSON_CTR_COMPARATOR_AT_LEAST, 1);
  doson_ctr_target_set_years (t, 0, 2025);
  doson_ctr_indicator_add_target (i, t);
}
static void
break_per_level (DosonCtrIndicator *i)
{
  g_autoptr(DosonCtrTarget) t = make_target (DOSON_CTR_TARGET_KIND_LEVEL, DOSON_CTR_COMPARATOR_AT_LEAST, 1);
  doson_ctr_target_set_per_disaggregation (t, TRUE);
  doson_ctr_indicator_add_target (i, t);
}
static void
break_percent (DosonCtrIndicator *i)
{
  g_autoptr(DosonCtrTarget) t = make_target (DOSON_CTR_TARGET_KIND_LEVEL, DOSON_CTR_COMPARATOR_AT_LEAST, 120);
  doson_ctr_indicator_add_target (i, t);
}
static void
break_negative_percent (DosonCtrIndicator *i)
{
  g_autoptr(DosonCtrTarget) t = make_target (DOSON_CTR_TARGET_KIND_LEVEL, DOSON_CTR_COMPARATOR_AT_LEAST, -1);
  doson_ctr_indicator_add_target (i, t);
}
static void
add_range (DosonCtrIndicator *i,
           double             low,
           double             high)
{
  GError *error = NULL;
  g_autoptr(DosonCtrTarget) t = doson_ctr_target_new_range (DOSON_CTR_TARGET_KIND_LEVEL, low, high,
                                                            DOSON_CTR_RANGE_MODE_BAND, &error);
  ck_assert_msg (t != NULL, "%s", error ? error->message : "");
  doson_ctr_indicator_add_target (i, t);
}
static void break_range_low (DosonCtrIndicator *i) { add_range (i, -5, 50); }
static void break_range_high (DosonCtrIndicator *i) { add_range (i, 90, 110); }
static void
break_milestone (DosonCtrIndicator *i)
{
  g_autoptr(DosonCtrTarget) t = make_target (DOSON_CTR_TARGET_KIND_MILESTONE, DOSON_CTR_COMPARATOR_EQUAL, 1);
  doson_ctr_indicator_add_target (i, t);
}

static const struct
{
  Breaker breaker;
  const char *needle;
} breakers[] = {
  { break_goal, "unknown goal \"nowhere\"" },
  { break_unit, "unknown unit \"nobody\"" },
  { break_unit_twice, "unit \"ubnd\" is named twice" },
  { break_self, "part of itself" },
  { break_self_subset, "the indicator is a subset of itself" },
  { break_later, "unknown indicator \"later\"" },
  { break_measure, "differs from the measure \"count\"" },
  { break_values, "the disaggregation has no values" },
  { break_no_goal, "no goal" },
  { break_years, "2026 to 2031 are not within 2026 to 2030" },
  { break_baseline_year, "2025 to 2030 are not within 2026 to 2030" },
  { break_start_after_term, "target 2: the years 2031 to 2030 are not within 2026 to 2030" },
  { break_deadline_at_baseline, "target 2: the years 2026 to 2025 are not within 2026 to 2030" },
  { break_per_level, "has no disaggregation" },
  { break_percent, "the value 120 does not suit a \"percent\" indicator" },
  { break_negative_percent, "the value -1 does not suit a \"percent\" indicator" },
  { break_range_low, "target 2: the range -5 to 50 does not suit a \"percent\" indicator (a percentage from 0 to 100)" },
  { break_range_high, "target 2: the range 90 to 110 does not suit a \"percent\" indicator (a percentage from 0 to 100)" },
  { break_milestone, "milestone target belongs to a \"boolean\" indicator" },
};

START_TEST (test_add_indicator_errors)
{
  g_autoptr(DosonCtrProgram) program = make_program ();
  g_autoptr(DosonCtrIndicator) indicator = make_indicator ("new", DOSON_CTR_MEASURE_PERCENT, "iv", "ubnd");
  GError *error = NULL;

  breakers[_i].breaker (indicator);
  ck_assert (!doson_ctr_program_add_indicator (program, indicator, &error));
  assert_error (error, DOSON_CTR_ERROR_INVALID_DATA, breakers[_i].needle);
  ck_assert_msg (g_str_has_prefix (error->message, "indicator \"new\": "), "%s", error->message);
  g_clear_error (&error);
  /* Nothing changed. */
  ck_assert_uint_eq (doson_ctr_program_get_indicators (program)->len, 5);
  ck_assert_ptr_null (doson_ctr_program_lookup_indicator (program, "new"));
  ck_assert_uint_eq (doson_ctr_goal_get_indicator_ids (doson_ctr_program_lookup_goal (program, "iv"))->len, 1);
  ck_assert_int_eq (doson_ctr_target_get_first_year (g_ptr_array_index (doson_ctr_indicator_get_targets (indicator), 0)), 0);
}
END_TEST

START_TEST (test_add_errors_misc)
{
  g_autoptr(DosonCtrProgram) program = make_program ();
  g_autoptr(DosonCtrIndicator) dup = make_indicator ("whole", DOSON_CTR_MEASURE_PERCENT, "iv", "ubnd");
  g_autoptr(DosonCtrIndicator) untargeted = doson_ctr_indicator_new ("untargeted");
  g_autoptr(DosonCtrIndicator) unnamed = make_indicator ("unnamed", DOSON_CTR_MEASURE_PERCENT, "iv", "ubnd");
  g_autoptr(DosonCtrResponsibleUnit) unit = doson_ctr_responsible_unit_new ("ubnd");
  g_autoptr(DosonCtrResponsibleUnit) nameless = doson_ctr_responsible_unit_new ("nameless");
  g_autoptr(DosonCtrGoal) orphan = doson_ctr_goal_new ("orphan");
  g_autoptr(DosonCtrGoal) twice = doson_ctr_goal_new ("twice");
  GError *error = NULL;

  ck_assert (!doson_ctr_program_add_indicator (program, dup, &error));
  assert_error (error, DOSON_CTR_ERROR_INVALID_DATA, "indicator \"whole\" is declared twice");
  g_clear_error (&error);

  doson_ctr_indicator_set_name (untargeted, "vi", "x");
  doson_ctr_indicator_set_goal_id (untargeted, "iv");
  doson_ctr_indicator_add_lead_unit (untargeted, "ubnd");
  ck_assert (!doson_ctr_program_add_indicator (program, untargeted, &error));
  assert_error (error, DOSON_CTR_ERROR_INVALID_DATA, "no target");
  g_clear_error (&error);

  doson_ctr_indicator_set_name (unnamed, "vi", NULL);
  ck_assert (!doson_ctr_program_add_indicator (program, unnamed, &error));
  assert_error (error, DOSON_CTR_ERROR_INVALID_DATA, "no Vietnamese name");
  g_clear_error (&error);

  doson_ctr_responsible_unit_set_name (unit, "vi", "x");
  ck_assert (!doson_ctr_program_add_unit (program, unit, &error));
  assert_error (error, DOSON_CTR_ERROR_INVALID_DATA, "unit \"ubnd\" is declared twice");
  g_clear_error (&error);
  ck_assert (!doson_ctr_program_add_unit (program, nameless, &error));
  assert_error (error, DOSON_CTR_ERROR_INVALID_DATA, "no Vietnamese name");
  g_clear_error (&error);

  doson_ctr_goal_set_title (orphan, "vi", "x");
  doson_ctr_goal_set_parent_id (orphan, "later");
  ck_assert (!doson_ctr_program_add_goal (program, orphan, &error));
  assert_error (error, DOSON_CTR_ERROR_INVALID_DATA, "unknown parent goal \"later\"");
  g_clear_error (&error);

  doson_ctr_goal_set_title (twice, "vi", "x");
  doson_ctr_goal_add_resolution (twice, "57-NQ/TW");
  doson_ctr_goal_add_resolution (twice, "57-NQ/TW");
  ck_assert (!doson_ctr_program_add_goal (program, twice, &error));
  assert_error (error, DOSON_CTR_ERROR_INVALID_DATA, "resolution \"57-NQ/TW\" is named twice");
  g_clear_error (&error);
  ck_assert_uint_eq (doson_ctr_program_get_goals (program)->len, 4);
}
END_TEST

START_TEST (test_add_goal_errors)
{
  g_autoptr(DosonCtrProgram) program = make_program ();
  g_autoptr(DosonCtrGoal) dup = doson_ctr_goal_new ("iii");
  g_autoptr(DosonCtrGoal) untitled = doson_ctr_goal_new ("untitled");
  g_autoptr(DosonCtrGoal) stranger = doson_ctr_goal_new ("stranger");
  g_autoptr(DosonCtrGoal) twice = doson_ctr_goal_new ("twice");
  GError *error = NULL;

  doson_ctr_goal_set_title (dup, "vi", "Trùng");
  ck_assert (!doson_ctr_program_add_goal (program, dup, &error));
  assert_error (error, DOSON_CTR_ERROR_INVALID_DATA, "goal \"iii\" is declared twice");
  g_clear_error (&error);
  ck_assert_str_eq (doson_ctr_goal_get_title (doson_ctr_program_lookup_goal (program, "iii"), "vi"), "iii");

  /* An English title alone is not enough. */
  doson_ctr_goal_set_title (untitled, "en", "Untitled");
  ck_assert (!doson_ctr_program_add_goal (program, untitled, &error));
  assert_error (error, DOSON_CTR_ERROR_INVALID_DATA, "goal \"untitled\" has no Vietnamese title");
  g_clear_error (&error);

  doson_ctr_goal_set_title (stranger, "vi", "x");
  doson_ctr_goal_add_lead_unit (stranger, "ubnd");
  doson_ctr_goal_add_partner_unit (stranger, "nobody");
  ck_assert (!doson_ctr_program_add_goal (program, stranger, &error));
  assert_error (error, DOSON_CTR_ERROR_INVALID_DATA, "goal \"stranger\": unknown unit \"nobody\"");
  g_clear_error (&error);

  /* Lead and partner at once is named twice too. */
  doson_ctr_goal_set_title (twice, "vi", "x");
  doson_ctr_goal_add_lead_unit (twice, "ca");
  doson_ctr_goal_add_partner_unit (twice, "ca");
  ck_assert (!doson_ctr_program_add_goal (program, twice, &error));
  assert_error (error, DOSON_CTR_ERROR_INVALID_DATA, "goal \"twice\": unit \"ca\" is named twice");
  g_clear_error (&error);

  /* Nothing was added, and the refused goals were not sealed. */
  ck_assert_uint_eq (doson_ctr_program_get_goals (program)->len, 4);
  ck_assert_ptr_null (doson_ctr_program_lookup_goal (program, "untitled"));
  ck_assert_ptr_null (doson_ctr_program_lookup_goal (program, "stranger"));
  ck_assert_ptr_null (doson_ctr_program_lookup_goal (program, "twice"));
  doson_ctr_goal_set_title (untitled, "vi", "Có tên");
  ck_assert (doson_ctr_program_add_goal (program, untitled, &error));
  ck_assert_ptr_eq (doson_ctr_program_lookup_goal (program, "untitled"), untitled);
}
END_TEST

START_TEST (test_add_indicator_without_lead_unit)
{
  g_autoptr(DosonCtrProgram) program = make_program ();
  g_autoptr(DosonCtrIndicator) indicator = doson_ctr_indicator_new ("leaderless");
  g_autoptr(DosonCtrTarget) target = make_target (DOSON_CTR_TARGET_KIND_LEVEL,
                                                  DOSON_CTR_COMPARATOR_AT_LEAST, 1);
  GError *error = NULL;

  doson_ctr_indicator_set_name (indicator, "vi", "Chỉ tiêu");
  doson_ctr_indicator_set_goal_id (indicator, "iv");
  doson_ctr_indicator_add_partner_unit (indicator, "ubnd");
  doson_ctr_indicator_add_target (indicator, target);
  ck_assert (!doson_ctr_program_add_indicator (program, indicator, &error));
  assert_error (error, DOSON_CTR_ERROR_INVALID_DATA, "indicator \"leaderless\": no lead unit");
  g_clear_error (&error);
  ck_assert_ptr_null (doson_ctr_program_lookup_indicator (program, "leaderless"));
  ck_assert_uint_eq (doson_ctr_program_get_indicators (program)->len, 5);
}
END_TEST

/* The language of a text is a Vietnamese or an English tag; anything else
 * is a programming error, reported with a critical, that changes nothing. */
START_TEST (test_unknown_language_refused)
{
  g_autoptr(DosonCtrProgram) program = make_program ();
  g_autoptr(DosonCtrTarget) target = make_target (DOSON_CTR_TARGET_KIND_LEVEL,
                                                  DOSON_CTR_COMPARATOR_AT_LEAST, 1);

  catch_criticals ();
  doson_ctr_program_set_title (program, "fr", "Programme d'essai");
  doson_ctr_program_set_title (program, NULL, "Không ngôn ngữ");
  doson_ctr_target_set_text (target, "de", "Obergrenze");
  ck_assert_uint_eq (n_criticals, 3);
  release_criticals ();
  ck_assert_str_eq (doson_ctr_program_get_title (program, "vi"), "Chương trình thử");
  ck_assert_str_eq (doson_ctr_program_get_title (program, "en"), "Test programme");
  ck_assert_ptr_null (doson_ctr_target_get_text (target, "en"));
  ck_assert_ptr_null (doson_ctr_target_get_text (target, "vi"));

  /* locale names and region subtags follow the one language rule */
  doson_ctr_target_set_text (target, "vi_VN.UTF-8", "Trên 1");
  doson_ctr_target_set_text (target, "EN-gb", "Above 1");
  ck_assert_str_eq (doson_ctr_target_get_text (target, "vi-VN"), "Trên 1");
  ck_assert_str_eq (doson_ctr_target_get_text (target, NULL), "Trên 1");
  ck_assert_str_eq (doson_ctr_target_get_text (target, "en_US.UTF-8"), "Above 1");
  ck_assert_str_eq (doson_ctr_target_get_text (target, "video"), "Above 1");
}
END_TEST

/* ---------------------------------------------------------------------- */
/* Targets */

START_TEST (test_target_ranges)
{
  GError *error = NULL;
  /* "giảm bình quân từ 7 % đến 9 %/năm" on a lower-is-better indicator. */
  g_autoptr(DosonCtrTarget) falling =
    doson_ctr_target_new_range (DOSON_CTR_TARGET_KIND_AVERAGE_GROWTH, -0.09, -0.07,
                                DOSON_CTR_RANGE_MODE_FLOOR_STRETCH, &error);
  g_autoptr(DosonCtrTarget) rising =
    doson_ctr_target_new_range (DOSON_CTR_TARGET_KIND_AVERAGE_GROWTH, 0.10, 0.12,
                                DOSON_CTR_RANGE_MODE_FLOOR_STRETCH, &error);
  g_autoptr(DosonCtrTarget) band =
    doson_ctr_target_new_range (DOSON_CTR_TARGET_KIND_EVERY_YEAR, 95, 100,
                                DOSON_CTR_RANGE_MODE_BAND, &error);
  double low = UNTOUCHED, high = UNTOUCHED, stretch = UNTOUCHED, value = UNTOUCHED;

  ck_assert_ptr_nonnull (falling);
  ck_assert_int_eq (doson_ctr_target_get_comparator (falling), DOSON_CTR_COMPARATOR_RANGE);
  ck_assert (doson_ctr_target_get_range (falling, &low, &high));
  ck_assert_double_eq (low, -0.09);
  ck_assert_double_eq (high, -0.07);
  ck_assert (!doson_ctr_target_get_value (falling, &value));
  ck_assert_double_eq (value, UNTOUCHED);
  ck_assert (doson_ctr_target_kind_is_rate (doson_ctr_target_get_kind (falling)));

  /* Lower is better: the floor is the smaller fall, -7 %. */
  ck_assert_double_eq (doson_ctr_target_get_floor (falling, DOSON_CTR_DIRECTION_LOWER), -0.07);
  ck_assert (doson_ctr_target_get_stretch (falling, DOSON_CTR_DIRECTION_LOWER, &stretch));
  ck_assert_double_eq (stretch, -0.09);
  ck_assert (doson_ctr_target_is_met_by (falling, DOSON_CTR_DIRECTION_LOWER, -0.07));
  ck_assert (doson_ctr_target_is_met_by (falling, DOSON_CTR_DIRECTION_LOWER, -0.08));
  ck_assert (doson_ctr_target_is_met_by (falling, DOSON_CTR_DIRECTION_LOWER, -0.12));
  ck_assert (!doson_ctr_target_is_met_by (falling, DOSON_CTR_DIRECTION_LOWER, -0.06));
  ck_assert (!doson_ctr_target_is_met_by (falling, DOSON_CTR_DIRECTION_LOWER, NAN));

  /* Higher is better: 10 % required, beyond 12 % still met. */
  ck_assert_double_eq (doson_ctr_target_get_floor (rising, DOSON_CTR_DIRECTION_HIGHER), 0.10);
  ck_assert (doson_ctr_target_get_stretch (rising, DOSON_CTR_DIRECTION_HIGHER, &stretch));
  ck_assert_double_eq (stretch, 0.12);
  ck_assert (doson_ctr_target_is_met_by (rising, DOSON_CTR_DIRECTION_HIGHER, 0.15));
  ck_assert (!doson_ctr_target_is_met_by (rising, DOSON_CTR_DIRECTION_HIGHER, 0.0999));

  /* A band: both ends bind. */
  ck_assert_int_eq (doson_ctr_target_get_range_mode (band), DOSON_CTR_RANGE_MODE_BAND);
  ck_assert (doson_ctr_target_is_met_by (band, DOSON_CTR_DIRECTION_HIGHER, 95));
  ck_assert (doson_ctr_target_is_met_by (band, DOSON_CTR_DIRECTION_HIGHER, 100));
  ck_assert (!doson_ctr_target_is_met_by (band, DOSON_CTR_DIRECTION_HIGHER, 100.5));
  ck_assert (!doson_ctr_target_is_met_by (band, DOSON_CTR_DIRECTION_HIGHER, 94));
  ck_assert (!doson_ctr_target_kind_is_rate (doson_ctr_target_get_kind (band)));
}
END_TEST

START_TEST (test_target_comparators)
{
  static const struct
  {
    DosonCtrComparator comparator;
    double value;
    double figure;
    gboolean met;
  } cases[] = {
    { DOSON_CTR_COMPARATOR_AT_LEAST, 3, 3, TRUE },
    { DOSON_CTR_COMPARATOR_AT_LEAST, 3, 2.99, FALSE },
    { DOSON_CTR_COMPARATOR_MORE_THAN, 250, 250, FALSE },
    { DOSON_CTR_COMPARATOR_MORE_THAN, 250, 251, TRUE },
    { DOSON_CTR_COMPARATOR_AT_MOST, -0.05, -0.05, TRUE },
    { DOSON_CTR_COMPARATOR_AT_MOST, -0.05, -0.04, FALSE },
    { DOSON_CTR_COMPARATOR_LESS_THAN, 1, 1, FALSE },
    { DOSON_CTR_COMPARATOR_LESS_THAN, 1, 0, TRUE },
    { DOSON_CTR_COMPARATOR_EQUAL, 0, 0, TRUE },
    { DOSON_CTR_COMPARATOR_EQUAL, 0, 1, FALSE },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(DosonCtrTarget) t = make_target (DOSON_CTR_TARGET_KIND_LEVEL,
                                                 cases[i].comparator, cases[i].value);
      double stretch = UNTOUCHED;

      ck_assert_msg (doson_ctr_target_is_met_by (t, DOSON_CTR_DIRECTION_HIGHER, cases[i].figure)
                     == cases[i].met, "case %u", i);
      ck_assert_double_eq (doson_ctr_target_get_floor (t, DOSON_CTR_DIRECTION_LOWER), cases[i].value);
      ck_assert (!doson_ctr_target_get_stretch (t, DOSON_CTR_DIRECTION_LOWER, &stretch));
      ck_assert_double_eq (stretch, UNTOUCHED);
    }
}
END_TEST

START_TEST (test_target_errors)
{
  GError *error = NULL;

  ck_assert_ptr_null (doson_ctr_target_new (DOSON_CTR_TARGET_KIND_LEVEL, DOSON_CTR_COMPARATOR_RANGE, 1, &error));
  assert_error (error, DOSON_CTR_ERROR_INVALID_ARGUMENT, "doson_ctr_target_new_range");
  g_clear_error (&error);
  ck_assert_ptr_null (doson_ctr_target_new (DOSON_CTR_TARGET_KIND_LEVEL, DOSON_CTR_COMPARATOR_AT_LEAST, NAN, &error));
  assert_error (error, DOSON_CTR_ERROR_NOT_FINITE, "not a finite number");
  g_clear_error (&error);
  ck_assert_ptr_null (doson_ctr_target_new (DOSON_CTR_TARGET_KIND_LEVEL, DOSON_CTR_COMPARATOR_AT_LEAST, INFINITY, &error));
  assert_error (error, DOSON_CTR_ERROR_NOT_FINITE, "not a finite number");
  g_clear_error (&error);
  ck_assert_ptr_null (doson_ctr_target_new (DOSON_CTR_TARGET_KIND_YEAR_ON_YEAR, DOSON_CTR_COMPARATOR_AT_MOST, -1, &error));
  assert_error (error, DOSON_CTR_ERROR_INVALID_RATE, "100 %");
  g_clear_error (&error);
  ck_assert_ptr_null (doson_ctr_target_new (DOSON_CTR_TARGET_KIND_MILESTONE, DOSON_CTR_COMPARATOR_AT_LEAST, 1, &error));
  assert_error (error, DOSON_CTR_ERROR_INVALID_ARGUMENT, "milestone");
  g_clear_error (&error);
  ck_assert_ptr_null (doson_ctr_target_new (DOSON_CTR_TARGET_KIND_MILESTONE, DOSON_CTR_COMPARATOR_EQUAL, 2, &error));
  assert_error (error, DOSON_CTR_ERROR_INVALID_ARGUMENT, "milestone");
  g_clear_error (&error);
  ck_assert_ptr_null (doson_ctr_target_new_range (DOSON_CTR_TARGET_KIND_AVERAGE_GROWTH, -0.07, -0.09,
                                                  DOSON_CTR_RANGE_MODE_FLOOR_STRETCH, &error));
  assert_error (error, DOSON_CTR_ERROR_INVALID_ARGUMENT, "numeric order");
  g_clear_error (&error);
  ck_assert_ptr_null (doson_ctr_target_new_range (DOSON_CTR_TARGET_KIND_LEVEL, 1, 1,
                                                  DOSON_CTR_RANGE_MODE_BAND, &error));
  assert_error (error, DOSON_CTR_ERROR_INVALID_ARGUMENT, "is not below");
  g_clear_error (&error);
  ck_assert_ptr_null (doson_ctr_target_new_range (DOSON_CTR_TARGET_KIND_LEVEL, NAN, 1,
                                                  DOSON_CTR_RANGE_MODE_BAND, &error));
  assert_error (error, DOSON_CTR_ERROR_NOT_FINITE, "low end");
  g_clear_error (&error);
  ck_assert_ptr_null (doson_ctr_target_new_range (DOSON_CTR_TARGET_KIND_MILESTONE, 0, 1,
                                                  DOSON_CTR_RANGE_MODE_BAND, &error));
  assert_error (error, DOSON_CTR_ERROR_INVALID_ARGUMENT, "milestone");
  g_clear_error (&error);
  ck_assert_ptr_null (doson_ctr_target_new_range (DOSON_CTR_TARGET_KIND_LEVEL, 1, INFINITY,
                                                  DOSON_CTR_RANGE_MODE_BAND, &error));
  assert_error (error, DOSON_CTR_ERROR_NOT_FINITE, "the high end is not a finite number");
  g_clear_error (&error);
  ck_assert_ptr_null (doson_ctr_target_new_range (DOSON_CTR_TARGET_KIND_CUMULATIVE, 1, NAN,
                                                  DOSON_CTR_RANGE_MODE_FLOOR_STRETCH, &error));
  assert_error (error, DOSON_CTR_ERROR_NOT_FINITE, "the high end is not a finite number");
  g_clear_error (&error);
  /* A fall of exactly 100 % is not a rate either. */
  ck_assert_ptr_null (doson_ctr_target_new_range (DOSON_CTR_TARGET_KIND_YEAR_ON_YEAR, -1, 0.5,
                                                  DOSON_CTR_RANGE_MODE_FLOOR_STRETCH, &error));
  assert_error (error, DOSON_CTR_ERROR_INVALID_RATE, "the low end -1 is a fall of 100 %");
  g_clear_error (&error);
  /* The same bound is fine where it is not a rate. */
  {
    g_autoptr(DosonCtrTarget) t = doson_ctr_target_new_range (DOSON_CTR_TARGET_KIND_CUMULATIVE, -1, 0.5,
                                                              DOSON_CTR_RANGE_MODE_FLOOR_STRETCH, &error);
    ck_assert_msg (t != NULL, "%s", error ? error->message : "");
  }
}
END_TEST

/* The out-parameters of the getters are optional. */
START_TEST (test_target_optional_outs)
{
  g_autoptr(DosonCtrTarget) single = make_target (DOSON_CTR_TARGET_KIND_LEVEL, DOSON_CTR_COMPARATOR_AT_MOST, 7);
  g_autoptr(DosonCtrTarget) range = NULL;
  GError *error = NULL;
  double low = UNTOUCHED, high = UNTOUCHED;

  range = doson_ctr_target_new_range (DOSON_CTR_TARGET_KIND_LEVEL, 3, 5,
                                      DOSON_CTR_RANGE_MODE_FLOOR_STRETCH, &error);
  ck_assert_ptr_nonnull (range);
  ck_assert (doson_ctr_target_get_value (single, NULL));
  ck_assert (!doson_ctr_target_get_range (single, &low, &high));
  ck_assert (doson_ctr_target_get_range (range, NULL, NULL));
  ck_assert (doson_ctr_target_get_range (range, &low, NULL));
  ck_assert_double_eq (low, 3);
  ck_assert_double_eq (high, UNTOUCHED);
  ck_assert (doson_ctr_target_get_range (range, NULL, &high));
  ck_assert_double_eq (high, 5);
  ck_assert (doson_ctr_target_get_stretch (range, DOSON_CTR_DIRECTION_HIGHER, NULL));
  ck_assert (!doson_ctr_target_get_stretch (single, DOSON_CTR_DIRECTION_HIGHER, NULL));
  ck_assert_int_eq (doson_ctr_target_get_kind (range), DOSON_CTR_TARGET_KIND_LEVEL);
  ck_assert_int_eq (doson_ctr_target_get_range_mode (single), DOSON_CTR_RANGE_MODE_FLOOR_STRETCH);
}
END_TEST

/* Every field of a target takes part in doson_ctr_target_equal(). */
START_TEST (test_target_equal_each_field)
{
  g_autoptr(DosonCtrTarget) a = make_target (DOSON_CTR_TARGET_KIND_LEVEL, DOSON_CTR_COMPARATOR_AT_LEAST, 90);
  g_autoptr(DosonCtrTarget) r = NULL;
  g_autoptr(DosonCtrTarget) r_low = NULL;
  g_autoptr(DosonCtrTarget) r_high = NULL;
  g_autoptr(DosonCtrTarget) r_band = NULL;
  GError *error = NULL;

  {
    g_autoptr(DosonCtrTarget) b = doson_ctr_target_copy (a);
    doson_ctr_target_set_years (b, 2027, 0);
    ck_assert (!doson_ctr_target_equal (a, b));
  }
  {
    g_autoptr(DosonCtrTarget) b = doson_ctr_target_copy (a);
    doson_ctr_target_set_years (b, 0, 2028);
    ck_assert (!doson_ctr_target_equal (a, b));
  }
  {
    g_autoptr(DosonCtrTarget) b = doson_ctr_target_copy (a);
    doson_ctr_target_set_per_disaggregation (b, TRUE);
    ck_assert (!doson_ctr_target_equal (a, b));
  }
  {
    g_autoptr(DosonCtrTarget) b = doson_ctr_target_copy (a);
    doson_ctr_target_set_text (b, "vi", "Đạt 90 %");
    ck_assert (!doson_ctr_target_equal (a, b));
    ck_assert (!doson_ctr_target_equal (b, a));
  }
  {
    g_autoptr(DosonCtrTarget) b = make_target (DOSON_CTR_TARGET_KIND_LEVEL, DOSON_CTR_COMPARATOR_AT_LEAST, 91);
    ck_assert (!doson_ctr_target_equal (a, b));
  }
  {
    g_autoptr(DosonCtrTarget) b = make_target (DOSON_CTR_TARGET_KIND_EVERY_YEAR, DOSON_CTR_COMPARATOR_AT_LEAST, 90);
    ck_assert (!doson_ctr_target_equal (a, b));
  }

  /* Ranges: the ends and the mode. */
  r = doson_ctr_target_new_range (DOSON_CTR_TARGET_KIND_LEVEL, 10, 20, DOSON_CTR_RANGE_MODE_FLOOR_STRETCH, &error);
  r_low = doson_ctr_target_new_range (DOSON_CTR_TARGET_KIND_LEVEL, 11, 20, DOSON_CTR_RANGE_MODE_FLOOR_STRETCH, &error);
  r_high = doson_ctr_target_new_range (DOSON_CTR_TARGET_KIND_LEVEL, 10, 21, DOSON_CTR_RANGE_MODE_FLOOR_STRETCH, &error);
  r_band = doson_ctr_target_new_range (DOSON_CTR_TARGET_KIND_LEVEL, 10, 20, DOSON_CTR_RANGE_MODE_BAND, &error);
  ck_assert_ptr_null (error);
  {
    g_autoptr(DosonCtrTarget) copy = doson_ctr_target_copy (r);
    ck_assert (doson_ctr_target_equal (r, copy));
  }
  ck_assert (!doson_ctr_target_equal (r, r_low));
  ck_assert (!doson_ctr_target_equal (r, r_high));
  ck_assert (!doson_ctr_target_equal (r, r_band));
  ck_assert (!doson_ctr_target_equal (r, a));
}
END_TEST

START_TEST (test_target_copy_equal)
{
  g_autoptr(DosonCtrTarget) a = make_target (DOSON_CTR_TARGET_KIND_EVERY_YEAR, DOSON_CTR_COMPARATOR_MORE_THAN, 85);
  g_autoptr(DosonCtrTarget) b = NULL;
  g_autoptr(DosonCtrTarget) c = make_target (DOSON_CTR_TARGET_KIND_EVERY_YEAR, DOSON_CTR_COMPARATOR_AT_LEAST, 85);

  doson_ctr_target_set_years (a, 2026, 2030);
  doson_ctr_target_set_per_disaggregation (a, TRUE);
  doson_ctr_target_set_text (a, "vi", "Trên 85 %");
  doson_ctr_target_set_text (a, "en", "Above 85 %");
  b = doson_ctr_target_copy (a);
  ck_assert (doson_ctr_target_equal (a, b));
  ck_assert_str_eq (doson_ctr_target_get_text (b, "en"), "Above 85 %");
  /* a language the library does not speak reads as English */
  ck_assert_str_eq (doson_ctr_target_get_text (b, "fr"), "Above 85 %");
  ck_assert (doson_ctr_target_get_per_disaggregation (b));
  ck_assert_int_eq (doson_ctr_target_get_first_year (b), 2026);
  doson_ctr_target_set_text (b, "en", NULL);
  ck_assert (!doson_ctr_target_equal (a, b));
  ck_assert_str_eq (doson_ctr_target_get_text (b, "en"), "Trên 85 %");
  ck_assert (!doson_ctr_target_equal (a, c));
}
END_TEST

/* ---------------------------------------------------------------------- */
/* Enum strings */

START_TEST (test_enum_strings)
{
  DosonCtrTargetKind kind = DOSON_CTR_TARGET_KIND_LEVEL;
  DosonCtrComparator comparator = DOSON_CTR_COMPARATOR_EQUAL;
  DosonCtrRangeMode mode = DOSON_CTR_RANGE_MODE_BAND;
  DosonCtrMeasure measure = DOSON_CTR_MEASURE_COUNT;
  DosonCtrIndicatorRelation relation = DOSON_CTR_INDICATOR_RELATION_NONE;
  const char *kinds[] = { "every-year", "level", "average-growth", "year-on-year", "cumulative", "milestone" };
  const char *comparators[] = { ">=", ">", "<=", "<", "=", "range" };
  const char *modes[] = { "floor-stretch", "band" };
  const char *measures[] = { "percent", "count", "amount", "boolean" };
  const char *relations[] = { "none", "part-of", "subset-of" };
  int i;

  for (i = 0; i < (int) G_N_ELEMENTS (kinds); i++)
    {
      ck_assert_str_eq (doson_ctr_target_kind_to_string (i), kinds[i]);
      ck_assert (doson_ctr_target_kind_from_string (kinds[i], &kind));
      ck_assert_int_eq (kind, i);
      ck_assert (doson_ctr_target_kind_is_rate (i)
                 == (i == DOSON_CTR_TARGET_KIND_AVERAGE_GROWTH || i == DOSON_CTR_TARGET_KIND_YEAR_ON_YEAR));
    }
  for (i = 0; i < (int) G_N_ELEMENTS (comparators); i++)
    {
      ck_assert_str_eq (doson_ctr_comparator_to_string (i), comparators[i]);
      ck_assert (doson_ctr_comparator_from_string (comparators[i], &comparator));
      ck_assert_int_eq (comparator, i);
    }
  for (i = 0; i < (int) G_N_ELEMENTS (modes); i++)
    {
      ck_assert_str_eq (doson_ctr_range_mode_to_string (i), modes[i]);
      ck_assert (doson_ctr_range_mode_from_string (modes[i], &mode));
      ck_assert_int_eq (mode, i);
    }
  for (i = 0; i < (int) G_N_ELEMENTS (measures); i++)
    {
      ck_assert_str_eq (doson_ctr_measure_to_string (i), measures[i]);
      ck_assert (doson_ctr_measure_from_string (measures[i], &measure));
      ck_assert_int_eq (measure, i);
    }
  for (i = 0; i < (int) G_N_ELEMENTS (relations); i++)
    {
      ck_assert_str_eq (doson_ctr_indicator_relation_to_string (i), relations[i]);
      ck_assert (doson_ctr_indicator_relation_from_string (relations[i], &relation));
      ck_assert_int_eq (relation, i);
    }

  /* Out of range and unknown: NULL, FALSE, untouched. */
  ck_assert_ptr_null (doson_ctr_target_kind_to_string (G_N_ELEMENTS (kinds)));
  ck_assert_ptr_null (doson_ctr_comparator_to_string (G_N_ELEMENTS (comparators)));
  ck_assert_ptr_null (doson_ctr_range_mode_to_string (G_N_ELEMENTS (modes)));
  ck_assert_ptr_null (doson_ctr_measure_to_string (G_N_ELEMENTS (measures)));
  ck_assert_ptr_null (doson_ctr_indicator_relation_to_string (G_N_ELEMENTS (relations)));
  kind = DOSON_CTR_TARGET_KIND_LEVEL;
  ck_assert (!doson_ctr_target_kind_from_string ("Level", &kind));
  ck_assert (!doson_ctr_target_kind_from_string (NULL, &kind));
  ck_assert_int_eq (kind, DOSON_CTR_TARGET_KIND_LEVEL);
  comparator = DOSON_CTR_COMPARATOR_EQUAL;
  ck_assert (!doson_ctr_comparator_from_string ("=>", &comparator));
  ck_assert (!doson_ctr_comparator_from_string (">= ", &comparator));
  ck_assert_int_eq (comparator, DOSON_CTR_COMPARATOR_EQUAL);
  ck_assert (!doson_ctr_range_mode_from_string ("floor", &mode));
  ck_assert (!doson_ctr_measure_from_string ("percentage", &measure));
  ck_assert (!doson_ctr_measure_from_string (NULL, &measure));
  ck_assert (!doson_ctr_indicator_relation_from_string ("part_of", &relation));
  ck_assert (!doson_ctr_indicator_relation_from_string (NULL, &relation));
  ck_assert_int_eq (mode, DOSON_CTR_RANGE_MODE_BAND);
  ck_assert_int_eq (measure, DOSON_CTR_MEASURE_BOOLEAN);
  ck_assert_int_eq (relation, DOSON_CTR_INDICATOR_RELATION_SUBSET_OF);
}
END_TEST

/* ---------------------------------------------------------------------- */
/* Measurement sets */

START_TEST (test_measurements_core)
{
  g_autoptr(DosonCtrMeasurementSet) set = doson_ctr_measurement_set_new ();
  g_autoptr(DosonCtrMeasurement) m = doson_ctr_measurement_new ("whole", 2027, 61.5);
  g_autofree int *years = NULL;
  g_autofree double *values = NULL;
  g_auto(GStrv) levels = NULL;
  const DosonCtrMeasurement *found;
  GError *error = NULL;
  double value = UNTOUCHED;
  gsize n = 99;

  ck_assert (!doson_ctr_measurement_set_get_illustrative (set));
  ck_assert_ptr_null (doson_ctr_measurement_set_get_description (set, "vi"));
  doson_ctr_measurement_set_set_illustrative (set, TRUE);
  doson_ctr_measurement_set_set_description (set, "vi", "Số liệu minh họa");
  ck_assert (doson_ctr_measurement_set_get_illustrative (set));
  ck_assert_str_eq (doson_ctr_measurement_set_get_description (set, "vi"), "Số liệu minh họa");

  doson_ctr_measurement_set_source (m, "Cục Thống kê");
  doson_ctr_measurement_set_note (m, "sơ bộ");
  ck_assert (doson_ctr_measurement_set_add (set, m, &error));
  ck_assert (doson_ctr_measurement_set_add_value (set, "whole", 2025, NULL, 55, &error));
  ck_assert (doson_ctr_measurement_set_add_value (set, "whole", 2025, "primary", 70, &error));
  ck_assert (doson_ctr_measurement_set_add_value (set, "whole", 2026, "primary", 72, &error));
  ck_assert (doson_ctr_measurement_set_add_value (set, "whole", 2025, "lower-secondary", 40, &error));
  ck_assert (doson_ctr_measurement_set_add_value (set, "crime", 2024, NULL, 0, &error));
  ck_assert_uint_eq (doson_ctr_measurement_set_get_size (set), 6);
  ck_assert_uint_eq (doson_ctr_measurement_set_get_measurements (set)->len, 6);

  /* The set keeps a copy. */
  doson_ctr_measurement_set_note (m, "changed");
  found = doson_ctr_measurement_set_lookup_measurement (set, "whole", 2027, NULL);
  ck_assert_ptr_nonnull (found);
  ck_assert_str_eq (doson_ctr_measurement_get_note (found), "sơ bộ");
  ck_assert_str_eq (doson_ctr_measurement_get_source (found), "Cục Thống kê");
  ck_assert_ptr_null (doson_ctr_measurement_get_disaggregation_value (found));
  ck_assert_ptr_null (doson_ctr_measurement_get_origin (found));

  ck_assert (doson_ctr_measurement_set_lookup (set, "whole", 2025, NULL, &value));
  ck_assert_double_eq (value, 55);
  ck_assert (doson_ctr_measurement_set_lookup (set, "whole", 2025, "primary", &value));
  ck_assert_double_eq (value, 70);
  /* Zero is a value; a missing year is not zero. */
  ck_assert (doson_ctr_measurement_set_lookup (set, "crime", 2024, NULL, &value));
  ck_assert_double_eq (value, 0);
  value = UNTOUCHED;
  ck_assert (!doson_ctr_measurement_set_lookup (set, "whole", 2026, NULL, &value));
  ck_assert (!doson_ctr_measurement_set_lookup (set, "whole", 2027, "primary", &value));
  ck_assert (!doson_ctr_measurement_set_lookup (set, "other", 2025, NULL, &value));
  ck_assert_double_eq (value, UNTOUCHED);

  years = doson_ctr_measurement_set_get_years (set, "whole", &n);
  ck_assert_uint_eq (n, 3);
  ck_assert_int_eq (years[0], 2025);
  ck_assert_int_eq (years[1], 2026);
  ck_assert_int_eq (years[2], 2027);
  g_clear_pointer (&years, g_free);
  years = doson_ctr_measurement_set_get_years (set, NULL, &n);
  ck_assert_uint_eq (n, 4);
  ck_assert_int_eq (years[0], 2024);
  g_clear_pointer (&years, g_free);
  ck_assert_ptr_null (doson_ctr_measurement_set_get_years (set, "other", &n));
  ck_assert_uint_eq (n, 0);

  levels = doson_ctr_measurement_set_get_disaggregation_values (set, "whole");
  ck_assert_uint_eq (g_strv_length (levels), 2);
  ck_assert_str_eq (levels[0], "lower-secondary");
  ck_assert_str_eq (levels[1], "primary");

  doson_ctr_measurement_set_get_series (set, "whole", "primary", &years, &values, &n);
  ck_assert_uint_eq (n, 2);
  ck_assert_int_eq (years[0], 2025);
  ck_assert_double_eq (values[1], 72);
  g_clear_pointer (&years, g_free);
  g_clear_pointer (&values, g_free);
  doson_ctr_measurement_set_get_series (set, "whole", NULL, &years, &values, &n);
  ck_assert_uint_eq (n, 2);
  ck_assert_int_eq (years[1], 2027);
  ck_assert_double_eq (values[1], 61.5);
  g_clear_pointer (&years, g_free);
  g_clear_pointer (&values, g_free);
  doson_ctr_measurement_set_get_series (set, "none", NULL, &years, &values, &n);
  ck_assert_uint_eq (n, 0);
  ck_assert_ptr_null (years);
  ck_assert_ptr_null (values);
}
END_TEST

START_TEST (test_measurements_errors)
{
  g_autoptr(DosonCtrMeasurementSet) set = doson_ctr_measurement_set_new ();
  g_autoptr(DosonCtrMeasurement) nan = doson_ctr_measurement_new ("a", 2026, NAN);
  g_autoptr(DosonCtrMeasurement) inf = doson_ctr_measurement_new ("a", 2026, -INFINITY);
  GError *error = NULL;

  ck_assert (doson_ctr_measurement_set_add_value (set, "a", 2026, NULL, 1, &error));
  ck_assert (!doson_ctr_measurement_set_add_value (set, "a", 2026, NULL, 2, &error));
  assert_error (error, DOSON_CTR_ERROR_INVALID_DATA, "indicator \"a\", year 2026: a value is already given");
  g_clear_error (&error);
  /* Another level, or the total, is another measurement. */
  ck_assert (doson_ctr_measurement_set_add_value (set, "a", 2026, "x", 2, &error));
  ck_assert (!doson_ctr_measurement_set_add_value (set, "a", 2026, "x", 3, &error));
  assert_error (error, DOSON_CTR_ERROR_INVALID_DATA, "level \"x\"");
  g_clear_error (&error);
  ck_assert (!doson_ctr_measurement_set_add (set, nan, &error));
  assert_error (error, DOSON_CTR_ERROR_NOT_FINITE, "not a finite number");
  g_clear_error (&error);
  ck_assert (!doson_ctr_measurement_set_add (set, inf, &error));
  assert_error (error, DOSON_CTR_ERROR_NOT_FINITE, "not a finite number");
  g_clear_error (&error);
  ck_assert (!doson_ctr_measurement_set_add_value (set, "a", 1899, NULL, 1, &error));
  assert_error (error, DOSON_CTR_ERROR_INVALID_DATA, "year");
  g_clear_error (&error);
  ck_assert_uint_eq (doson_ctr_measurement_set_get_size (set), 2);
}
END_TEST

START_TEST (test_measurement_copy_equal)
{
  g_autoptr(DosonCtrMeasurement) a = doson_ctr_measurement_new ("a", 2026, 1.5);
  g_autoptr(DosonCtrMeasurement) b = NULL;
  g_autoptr(DosonCtrMeasurementSet) s1 = doson_ctr_measurement_set_new ();
  g_autoptr(DosonCtrMeasurementSet) s2 = doson_ctr_measurement_set_new ();
  GError *error = NULL;

  doson_ctr_measurement_set_disaggregation_value (a, "primary");
  doson_ctr_measurement_set_source (a, "s");
  b = doson_ctr_measurement_copy (a);
  ck_assert (doson_ctr_measurement_equal (a, b));
  ck_assert_str_eq (doson_ctr_measurement_get_indicator_id (b), "a");
  ck_assert_int_eq (doson_ctr_measurement_get_year (b), 2026);
  ck_assert_double_eq (doson_ctr_measurement_get_value (b), 1.5);
  doson_ctr_measurement_set_note (b, "n");
  ck_assert (!doson_ctr_measurement_equal (a, b));

  ck_assert (doson_ctr_measurement_set_equal (s1, s2));
  ck_assert (doson_ctr_measurement_set_add (s1, a, &error));
  ck_assert (!doson_ctr_measurement_set_equal (s1, s2));
  ck_assert (doson_ctr_measurement_set_add (s2, a, &error));
  ck_assert (doson_ctr_measurement_set_equal (s1, s2));
  doson_ctr_measurement_set_set_illustrative (s2, TRUE);
  ck_assert (!doson_ctr_measurement_set_equal (s1, s2));
}
END_TEST

/* Each compared field of a measurement, and of a set, makes a difference;
 * the origin does not. */
START_TEST (test_measurement_equal_each_field)
{
  g_autoptr(DosonCtrMeasurement) a = doson_ctr_measurement_new ("a", 2026, 1.5);
  g_autoptr(DosonCtrMeasurementSet) s1 = doson_ctr_measurement_set_new ();
  g_autoptr(DosonCtrMeasurementSet) s2 = doson_ctr_measurement_set_new ();
  GError *error = NULL;

  doson_ctr_measurement_set_disaggregation_value (a, "primary");
  doson_ctr_measurement_set_source (a, "s");
  doson_ctr_measurement_set_note (a, "n");
  {
    g_autoptr(DosonCtrMeasurement) b = doson_ctr_measurement_new ("b", 2026, 1.5);
    ck_assert (!doson_ctr_measurement_equal (a, b));
  }
  {
    g_autoptr(DosonCtrMeasurement) b = doson_ctr_measurement_copy (a);
    ck_assert (doson_ctr_measurement_equal (a, b));
    g_clear_pointer (&b, doson_ctr_measurement_free);
    b = doson_ctr_measurement_new ("a", 2027, 1.5);
    doson_ctr_measurement_set_disaggregation_value (b, "primary");
    doson_ctr_measurement_set_source (b, "s");
    doson_ctr_measurement_set_note (b, "n");
    ck_assert (!doson_ctr_measurement_equal (a, b));
  }
  {
    g_autoptr(DosonCtrMeasurement) b = doson_ctr_measurement_new ("a", 2026, 1.25);
    doson_ctr_measurement_set_disaggregation_value (b, "primary");
    doson_ctr_measurement_set_source (b, "s");
    doson_ctr_measurement_set_note (b, "n");
    ck_assert (!doson_ctr_measurement_equal (a, b));
  }
  {
    g_autoptr(DosonCtrMeasurement) b = doson_ctr_measurement_copy (a);
    doson_ctr_measurement_set_disaggregation_value (b, NULL);
    ck_assert (!doson_ctr_measurement_equal (a, b));
  }
  {
    g_autoptr(DosonCtrMeasurement) b = doson_ctr_measurement_copy (a);
    doson_ctr_measurement_set_source (b, "other");
    ck_assert (!doson_ctr_measurement_equal (a, b));
  }

  /* Sets: the description, the programme id, each measurement. */
  ck_assert (doson_ctr_measurement_set_add (s1, a, &error));
  ck_assert (doson_ctr_measurement_set_add_value (s2, "a", 2026, "primary", 1.5, &error));
  ck_assert_uint_eq (doson_ctr_measurement_set_get_size (s1), doson_ctr_measurement_set_get_size (s2));
  ck_assert (!doson_ctr_measurement_set_equal (s1, s2));
  g_clear_object (&s2);
  s2 = doson_ctr_measurement_set_new ();
  ck_assert (doson_ctr_measurement_set_add (s2, a, &error));
  ck_assert (doson_ctr_measurement_set_equal (s1, s2));
  doson_ctr_measurement_set_set_description (s2, "vi", "Số liệu chính thức");
  ck_assert (!doson_ctr_measurement_set_equal (s1, s2));
  doson_ctr_measurement_set_set_description (s1, "vi", "Số liệu chính thức");
  ck_assert (doson_ctr_measurement_set_equal (s1, s2));
  doson_ctr_measurement_set_set_program_id (s1, "03-ctr-du");
  ck_assert (!doson_ctr_measurement_set_equal (s1, s2));
  ck_assert_ptr_null (error);
}
END_TEST

/* The out-parameters for the value, the years and the values are
 * optional; a level repeated among others is listed once. */
START_TEST (test_measurements_optional_outs)
{
  g_autoptr(DosonCtrMeasurementSet) set = doson_ctr_measurement_set_new ();
  g_auto(GStrv) levels = NULL;
  g_autofree int *years = NULL;
  g_autofree double *values = NULL;
  GError *error = NULL;
  gsize n = 0;

  ck_assert (doson_ctr_measurement_set_add_value (set, "a", 2026, "x", 1, &error));
  ck_assert (doson_ctr_measurement_set_add_value (set, "a", 2026, "y", 2, &error));
  ck_assert (doson_ctr_measurement_set_add_value (set, "a", 2025, "x", 3, &error));
  ck_assert (doson_ctr_measurement_set_add_value (set, "a", 2027, "y", 4, &error));
  ck_assert (doson_ctr_measurement_set_add_value (set, "b", 2027, "z", 5, &error));
  ck_assert (doson_ctr_measurement_set_lookup (set, "a", 2026, "y", NULL));
  ck_assert (!doson_ctr_measurement_set_lookup (set, "a", 2026, NULL, NULL));

  levels = doson_ctr_measurement_set_get_disaggregation_values (set, "a");
  ck_assert_uint_eq (g_strv_length (levels), 2);
  ck_assert_str_eq (levels[0], "x");
  ck_assert_str_eq (levels[1], "y");

  doson_ctr_measurement_set_get_series (set, "a", "x", NULL, NULL, &n);
  ck_assert_uint_eq (n, 2);
  n = 0;
  doson_ctr_measurement_set_get_series (set, "a", "x", &years, NULL, &n);
  ck_assert_uint_eq (n, 2);
  ck_assert_int_eq (years[0], 2025);
  ck_assert_int_eq (years[1], 2026);
  n = 0;
  doson_ctr_measurement_set_get_series (set, "a", "y", NULL, &values, &n);
  ck_assert_uint_eq (n, 2);
  ck_assert_double_eq (values[0], 2);
  ck_assert_double_eq (values[1], 4);
  doson_ctr_measurement_set_get_series (set, "a", "w", NULL, NULL, &n);
  ck_assert_uint_eq (n, 0);
}
END_TEST

static gboolean
has_problem (char       **problems,
             const char  *needle)
{
  guint i;

  for (i = 0; problems[i] != NULL; i++)
    if (strstr (problems[i], needle) != NULL)
      return TRUE;
  return FALSE;
}

START_TEST (test_validate)
{
  g_autoptr(DosonCtrProgram) program = make_program ();
  g_autoptr(DosonCtrMeasurementSet) set = doson_ctr_measurement_set_new ();
  g_auto(GStrv) problems = NULL;
  GError *error = NULL;
  guint i;

  /* Consistent: parts add up (within rounding), subset within its whole. */
  ck_assert (doson_ctr_measurement_set_add_value (set, "whole", 2026, NULL, 60.3, &error));
  ck_assert (doson_ctr_measurement_set_add_value (set, "part-1", 2026, NULL, 55.2, &error));
  ck_assert (doson_ctr_measurement_set_add_value (set, "part-2", 2026, NULL, 5.1, &error));
  ck_assert (doson_ctr_measurement_set_add_value (set, "subset", 2026, NULL, 60.3, &error));
  ck_assert (doson_ctr_measurement_set_add_value (set, "whole", 2026, "primary", 70, &error));
  ck_assert (doson_ctr_measurement_set_add_value (set, "crime", 2025, NULL, 12, &error));
  /* Parts incomplete in 2027: not checked. */
  ck_assert (doson_ctr_measurement_set_add_value (set, "whole", 2027, NULL, 61, &error));
  ck_assert (doson_ctr_measurement_set_add_value (set, "part-1", 2027, NULL, 56, &error));
  /* Rounded figures: 44.8 + 15.6 = 60.4 against 60, within the 0.5 that
   * the assessment's consistency warnings allow too. */
  ck_assert (doson_ctr_measurement_set_add_value (set, "whole", 2030, NULL, 60, &error));
  ck_assert (doson_ctr_measurement_set_add_value (set, "part-1", 2030, NULL, 44.8, &error));
  ck_assert (doson_ctr_measurement_set_add_value (set, "part-2", 2030, NULL, 15.6, &error));
  problems = doson_ctr_measurement_set_validate (set, program);
  ck_assert_msg (problems[0] == NULL, "%s", problems[0]);
  g_clear_pointer (&problems, g_strfreev);

  /* Every problem is listed, not just the first. */
  doson_ctr_measurement_set_set_program_id (set, "other-program");
  ck_assert (doson_ctr_measurement_set_add_value (set, "unknown", 2026, NULL, 1, &error));
  ck_assert (doson_ctr_measurement_set_add_value (set, "crime", 2031, NULL, 1, &error));
  ck_assert (doson_ctr_measurement_set_add_value (set, "crime", 2024, NULL, 1, &error));
  ck_assert (doson_ctr_measurement_set_add_value (set, "crime", 2026, "primary", 1, &error));
  ck_assert (doson_ctr_measurement_set_add_value (set, "whole", 2026, "upper", 50, &error));
  ck_assert (doson_ctr_measurement_set_add_value (set, "whole", 2028, NULL, 101, &error));
  ck_assert (doson_ctr_measurement_set_add_value (set, "crime", 2027, NULL, -1, &error));
  ck_assert (doson_ctr_measurement_set_add_value (set, "whole", 2029, NULL, 60, &error));
  ck_assert (doson_ctr_measurement_set_add_value (set, "part-1", 2029, NULL, 50, &error));
  ck_assert (doson_ctr_measurement_set_add_value (set, "part-2", 2029, NULL, 5, &error));
  ck_assert (doson_ctr_measurement_set_add_value (set, "subset", 2029, NULL, 61, &error));
  problems = doson_ctr_measurement_set_validate (set, program);
  for (i = 0; problems[i] != NULL; i++)
    ck_assert (g_utf8_validate (problems[i], -1, NULL));
  ck_assert_msg (g_strv_length (problems) == 10, "%u problems", g_strv_length (problems));
  ck_assert (has_problem (problems, "for programme \"other-program\", not \"test-program\""));
  ck_assert (has_problem (problems, "indicator \"unknown\", year 2026: programme \"test-program\" has no indicator \"unknown\""));
  ck_assert (has_problem (problems, "indicator \"crime\", year 2031: the year is outside"));
  ck_assert (has_problem (problems, "indicator \"crime\", year 2024: the year is outside"));
  ck_assert (has_problem (problems, "level \"primary\": the indicator is not disaggregated"));
  ck_assert (has_problem (problems, "\"upper\" is not a value of the disaggregation \"level\""));
  ck_assert (has_problem (problems, "the value 101 does not suit a \"percent\" indicator"));
  ck_assert (has_problem (problems, "the value -1 does not suit a \"count\" indicator"));
  ck_assert (has_problem (problems, "indicator \"whole\", year 2029: its parts \"part-1\" + \"part-2\" add up to 55, not 60"));
  ck_assert (has_problem (problems, "indicator \"subset\", year 2029: 61 is larger than 60"));
}
END_TEST

/* Parts whose sum is beyond the range of a double do not add up to their
 * whole; the message says so instead of printing a meaningless number. */
START_TEST (test_validate_sum_overflow)
{
  g_autoptr(DosonCtrProgram) program = doson_ctr_program_new ("big", 2025, 2030, 2025);
  g_autoptr(DosonCtrMeasurementSet) set = doson_ctr_measurement_set_new ();
  g_autoptr(DosonCtrResponsibleUnit) unit = doson_ctr_responsible_unit_new ("u");
  g_autoptr(DosonCtrGoal) goal = doson_ctr_goal_new ("g");
  const char *ids[] = { "total", "a", "b" };
  g_auto(GStrv) problems = NULL;
  GError *error = NULL;
  guint i;

  doson_ctr_responsible_unit_set_name (unit, "vi", "Đơn vị");
  doson_ctr_goal_set_title (goal, "vi", "Mục tiêu");
  ck_assert (doson_ctr_program_add_unit (program, unit, &error));
  ck_assert (doson_ctr_program_add_goal (program, goal, &error));
  for (i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(DosonCtrIndicator) indicator = make_indicator (ids[i], DOSON_CTR_MEASURE_AMOUNT, "g", "u");

      if (i > 0)
        doson_ctr_indicator_set_relation (indicator, DOSON_CTR_INDICATOR_RELATION_PART_OF, "total");
      ck_assert_msg (doson_ctr_program_add_indicator (program, indicator, &error), "%s",
                     error ? error->message : "");
    }
  ck_assert (doson_ctr_measurement_set_add_value (set, "total", 2026, NULL, 1e308, &error));
  ck_assert (doson_ctr_measurement_set_add_value (set, "a", 2026, NULL, 1e308, &error));
  ck_assert (doson_ctr_measurement_set_add_value (set, "b", 2026, NULL, 1e308, &error));
  ck_assert (doson_ctr_measurement_set_add_value (set, "total", 2027, NULL, -1e308, &error));
  ck_assert (doson_ctr_measurement_set_add_value (set, "a", 2027, NULL, -1e308, &error));
  ck_assert (doson_ctr_measurement_set_add_value (set, "b", 2027, NULL, -1e308, &error));
  problems = doson_ctr_measurement_set_validate (set, program);
  ck_assert_msg (g_strv_length (problems) == 2, "%u problems", g_strv_length (problems));
  ck_assert_msg (has_problem (problems, "indicator \"total\", year 2026: its parts \"a\" + \"b\" add up to infinity, not 1e+308"),
                 "%s", problems[0]);
  ck_assert_msg (has_problem (problems, "indicator \"total\", year 2027: its parts \"a\" + \"b\" add up to -infinity, not -1e+308"),
                 "%s", problems[1]);
}
END_TEST

/* ---------------------------------------------------------------------- */
/* Reading files */

/* A directory opens but cannot be read: an I/O error naming it, for both
 * kinds of file. */
START_TEST (test_read_directory)
{
  g_autofree char *dir = g_dir_make_tmp ("test-program-XXXXXX", NULL);
  GError *error = NULL;

  ck_assert_ptr_nonnull (dir);
  ck_assert_ptr_null (doson_ctr_program_new_from_file (dir, &error));
  /* (Linux opens a directory and fails to read it; other systems may
   * already fail to open it.) */
  assert_error (error, DOSON_CTR_ERROR_IO, "Failed to ");
  ck_assert_msg (strstr (error->message, dir) != NULL, "%s", error->message);
  g_clear_error (&error);
  ck_assert_ptr_null (doson_ctr_measurement_set_new_from_file (dir, &error));
  assert_error (error, DOSON_CTR_ERROR_IO, "Failed to ");
  g_clear_error (&error);
  ck_assert_int_eq (g_rmdir (dir), 0);
}
END_TEST

#ifdef G_OS_UNIX
/* A file that is not a regular one, such as a pipe (a shell's
 * "<(command)"), is read to its end. */
START_TEST (test_read_pipe)
{
  g_autoptr(DosonCtrProgram) program = make_program ();
  g_autoptr(DosonCtrProgram) loaded = NULL;
  g_autofree char *data = NULL;
  g_autofree char *path = NULL;
  GError *error = NULL;
  gsize length = 0;
  int fds[2];

  data = doson_ctr_program_to_data (program, &length);
  /* It must fit in the pipe's buffer, as nobody reads while we write. */
  ck_assert_uint_lt (length, 4096);
  ck_assert_int_eq (pipe (fds), 0);
  ck_assert_int_eq (write (fds[1], data, length), (gssize) length);
  ck_assert_int_eq (close (fds[1]), 0);
  path = g_strdup_printf ("/dev/fd/%d", fds[0]);
  loaded = doson_ctr_program_new_from_file (path, &error);
  close (fds[0]);
  ck_assert_msg (loaded != NULL, "%s", error ? error->message : "");
  ck_assert (doson_ctr_program_equal (program, loaded));
}
END_TEST
#endif

/* The position of an invalid byte counts "\r\n", "\n" and a lone "\r"
 * each as one line end. */
START_TEST (test_invalid_utf8_position)
{
  static const struct
  {
    const char *data;
    const char *message;
  } cases[] = {
    { "{\r\n\"id\": \"x\",\r\"code\": \"\xff\"}", "p.json:3:10: invalid UTF-8 (byte 0xFF)" },
    { "{\n\r\n\r\xfe", "p.json:4:1: invalid UTF-8 (byte 0xFE)" },
    { "{\r\r\n\xc3(", "p.json:3:1: invalid UTF-8 (byte 0xC3)" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GError *error = NULL;

      ck_assert_ptr_null (doson_ctr_program_new_from_data (cases[i].data, -1, "p.json", &error));
      assert_error (error, DOSON_CTR_ERROR_PARSE, cases[i].message);
      g_clear_error (&error);
    }
}
END_TEST

static Suite *
program_suite (void)
{
  Suite *s = suite_create ("program");
  TCase *tc;

  tc = tcase_create ("core");
  tcase_add_test (tc, test_build_and_lookup);
  tcase_add_test (tc, test_program_date);
  tcase_add_test (tc, test_id_rule);
  tcase_add_test (tc, test_program_equal);
  tcase_add_test (tc, test_program_equal_made_apart);
  tcase_add_loop_test (tc, test_program_equal_each_field, 0, G_N_ELEMENTS (changes));
  suite_add_tcase (s, tc);

  tc = tcase_create ("ownership");
  tcase_add_test (tc, test_program_keeps_references);
  tcase_add_test (tc, test_indicator_copies_targets);
  tcase_add_test (tc, test_sealed_after_adding);
  tcase_add_test (tc, test_free_null);
  suite_add_tcase (s, tc);

  tc = tcase_create ("errors");
  tcase_add_loop_test (tc, test_add_indicator_errors, 0, G_N_ELEMENTS (breakers));
  tcase_add_test (tc, test_add_errors_misc);
  tcase_add_test (tc, test_add_goal_errors);
  tcase_add_test (tc, test_add_indicator_without_lead_unit);
  tcase_add_test (tc, test_unknown_language_refused);
  suite_add_tcase (s, tc);

  tc = tcase_create ("targets");
  tcase_add_test (tc, test_target_ranges);
  tcase_add_test (tc, test_target_comparators);
  tcase_add_test (tc, test_target_errors);
  tcase_add_test (tc, test_target_copy_equal);
  tcase_add_test (tc, test_target_equal_each_field);
  tcase_add_test (tc, test_target_optional_outs);
  suite_add_tcase (s, tc);

  tc = tcase_create ("enums");
  tcase_add_test (tc, test_enum_strings);
  suite_add_tcase (s, tc);

  tc = tcase_create ("measurements");
  tcase_add_test (tc, test_measurements_core);
  tcase_add_test (tc, test_measurements_errors);
  tcase_add_test (tc, test_measurement_copy_equal);
  tcase_add_test (tc, test_measurement_equal_each_field);
  tcase_add_test (tc, test_measurements_optional_outs);
  tcase_add_test (tc, test_validate);
  tcase_add_test (tc, test_validate_sum_overflow);
  suite_add_tcase (s, tc);

  tc = tcase_create ("files");
  tcase_add_test (tc, test_read_directory);
#ifdef G_OS_UNIX
  tcase_add_test (tc, test_read_pipe);
#endif
  tcase_add_test (tc, test_invalid_utf8_position);
  suite_add_tcase (s, tc);

  return s;
}

int
main (void)
{
  return test_run_suite (program_suite ());
}
