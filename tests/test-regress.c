/* test-regress.c: the inputs the fuzzers found, and their seeds, through
 * the fuzz targets' own code (public API)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Every file in tests/data/regress/ is named TARGET--WHAT, TARGET being
 * one of the targets of tests/fuzz/ without its "fuzz-" prefix
 * (progress-csv--empty-group.csv goes through fuzz-progress-csv).  Each
 * file, and each seed in tests/fuzz/corpus/fuzz-TARGET/, is fed to the
 * target's fuzz_TARGET_one (), compiled here from the target's source
 * with the libFuzzer entry points left out, so that it runs the very
 * checks the fuzzer ran: the call either succeeds or fails with a proper
 * DOSON_CTR_ERROR, outputs hang together, round trips give back what went
 * in.  A broken check fails the test with its message (FUZZ_FAIL); a
 * crash fails it too.
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <stdlib.h>
#include <string.h>

#include "doson-ctr-test.h"

/* The input being fed, for the messages. */
static const char *current_input = "(no input)";

static void G_GNUC_NORETURN
regress_fail (char *message)
{
  ck_abort_msg ("%s: %s", current_input, message);
  g_assert_not_reached ();
}

#define DOSON_CTR_FUZZ_NO_MAIN 1
#define FUZZ_FAIL(...) regress_fail (g_strdup_printf (__VA_ARGS__))

#include "fuzz/fuzz-common.h"
#include "fuzz/fuzz-progress-csv.c"
#include "fuzz/fuzz-progress-settings.c"
#include "fuzz/fuzz-program-json.c"
#include "fuzz/fuzz-measurements-json.c"
#include "fuzz/fuzz-measurements-csv.c"
#include "fuzz/fuzz-growth.c"
#include "fuzz/fuzz-progress.c"
#include "fuzz/fuzz-open-sdg.c"

typedef struct
{
  const char *name;
  void      (*one) (const guint8 *data, gsize size);
} RegressTarget;

static const RegressTarget regress_targets[] = {
  { "progress-csv", fuzz_progress_csv_one },
  { "progress-settings", fuzz_progress_settings_one },
  { "program-json", fuzz_program_json_one },
  { "measurements-json", fuzz_measurements_json_one },
  { "measurements-csv", fuzz_measurements_csv_one },
  { "growth", fuzz_growth_one },
  { "progress", fuzz_progress_one },
  { "open-sdg", fuzz_open_sdg_one },
};

#define N_TARGETS ((int) G_N_ELEMENTS (regress_targets))

/* The names of the files in @dir, sorted; the README is not an input. */
static GPtrArray *
list_inputs (const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) d = g_dir_open (dir, 0, &error);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  ck_assert_msg (d != NULL, "cannot list %s: %s", dir, error != NULL ? error->message : "");
  while ((name = g_dir_read_name (d)) != NULL)
    if (strcmp (name, "README.md") != 0)
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  return names;
}

/* Feeds @path to @target, from a buffer of exactly the file's size, so
 * that a read past its end is caught by valgrind or AddressSanitizer. */
static void
feed (const RegressTarget *target,
      const char          *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree guint8 *data = NULL;
  gsize len = 0;

  ck_assert_msg (g_file_get_contents (path, &contents, &len, &error),
                 "cannot read %s: %s", path, error != NULL ? error->message : "");
  data = g_malloc (MAX (len, 1));
  memcpy (data, contents, len);
  current_input = path;
  target->one (data, len);
  current_input = "(no input)";
}

/* Every regression input goes through its target, and every target has
 * some. */
START_TEST (test_regress_inputs)
{
  const RegressTarget *target = &regress_targets[_i];
  g_autofree char *dir = srcdir_path ("data", "regress", NULL);
  g_autofree char *prefix = g_strconcat (target->name, "--", NULL);
  g_autoptr(GPtrArray) names = list_inputs (dir);
  guint n_fed = 0;
  guint i;

  for (i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      g_autofree char *path = NULL;

      if (!g_str_has_prefix (name, prefix))
        continue;
      path = g_build_filename (dir, name, NULL);
      feed (target, path);
      n_fed++;
    }
  ck_assert_msg (n_fed > 0, "no input named %s* in %s", prefix, dir);
}
END_TEST

/* Every seed goes through its target, and every target has seeds. */
START_TEST (test_regress_seeds)
{
  const RegressTarget *target = &regress_targets[_i];
  g_autofree char *corpus = g_strconcat ("fuzz-", target->name, NULL);
  g_autofree char *dir = srcdir_path ("fuzz", "corpus", corpus, NULL);
  g_autoptr(GPtrArray) names = list_inputs (dir);
  guint i;

  ck_assert_msg (names->len > 0, "no seeds in %s", dir);
  for (i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir, g_ptr_array_index (names, i), NULL);

      feed (target, path);
    }
}
END_TEST

/* A file named after no target would never be run: refuse it. */
START_TEST (test_regress_names)
{
  g_autofree char *dir = srcdir_path ("data", "regress", NULL);
  g_autoptr(GPtrArray) names = list_inputs (dir);
  guint i;

  for (i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      const char *sep = strstr (name, "--");
      gboolean known = FALSE;
      int t;

      ck_assert_msg (sep != NULL && sep > name,
                     "tests/data/regress/%s: the name is not TARGET--WHAT", name);
      for (t = 0; t < N_TARGETS; t++)
        known |= strlen (regress_targets[t].name) == (gsize) (sep - name)
                 && strncmp (name, regress_targets[t].name, sep - name) == 0;
      ck_assert_msg (known, "tests/data/regress/%s: no target of that name", name);
    }
}
END_TEST

static Suite *
regress_suite (void)
{
  Suite *s = suite_create ("regress");
  TCase *tc;

  tc = tcase_create ("inputs");
  tcase_add_loop_test (tc, test_regress_inputs, 0, N_TARGETS);
  tcase_add_test (tc, test_regress_names);
  suite_add_tcase (s, tc);

  tc = tcase_create ("seeds");
  tcase_add_loop_test (tc, test_regress_seeds, 0, N_TARGETS);
  suite_add_tcase (s, tc);

  return s;
}

int
main (void)
{
  fuzz_init ();
  return test_run_suite (regress_suite ());
}
