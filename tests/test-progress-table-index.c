/* test-progress-table-index.c: the index of a progress table, from series
 * id to series, when ids collide, and the key of its hash (white-box:
 * private API)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <string.h>

#include "doson-ctr-test.h"

#include "maths/doson-ctr-progress-table-private.h"

static GInputStream *
stream_of (const char *text)
{
  gsize len = strlen (text);

  return g_memory_input_stream_new_from_data (g_memdup2 (text, len), len, g_free);
}

/* A table whose index hashes every id to 0: every lookup goes through
 * every series before it. */
static DosonCtrProgressTable *
colliding_table (void)
{
  DosonCtrProgressTable *table = doson_ctr_progress_table_new (DOSON_CTR_PROGRESS_METHOD_OPEN_SDG);

  _doson_ctr_progress_table_set_hash_mask (table, 0);
  return table;
}

/* Ids that are prefixes of each other, of 7, 8, 9 and 16 bytes, all with
 * one hash: each is its own series, through add(), the measurements and
 * the settings, and is found again by its text. */
START_TEST (test_every_id_collides)
{
  static const char * const ids[] = {
    "prefixed", "prefixed1Gxk(ohk", "prefixe", "prefixed1", "ward-07", "series-A",
  };
  g_autoptr(DosonCtrProgressTable) table = colliding_table ();
  g_autoptr(GString) settings = g_string_new ("series,group\n");
  g_autoptr(GString) csv = g_string_new ("series,year,value\n");
  g_autoptr(GInputStream) s1 = NULL;
  g_autoptr(GInputStream) s2 = NULL;
  g_autoptr(GError) error = NULL;
  guint i, index;

  for (i = 0; i < 200; i++)
    g_string_append_printf (settings, "S%u,G%u\n", i, i % 3);
  for (i = 0; i < G_N_ELEMENTS (ids); i++)
    ck_assert_msg (doson_ctr_progress_table_add (table, ids[i], 2015, i + 1, &error),
                   "%s", error->message);
  s1 = stream_of (settings->str);
  ck_assert_msg (doson_ctr_progress_table_load_settings (table, s1, "s.csv", NULL, &error),
                 "%s", error->message);
  /* Rows of one series apart, so that each starts a run of its own. */
  for (i = 0; i < G_N_ELEMENTS (ids); i++)
    g_string_append_printf (csv, "%s,2016,%u\n", ids[i], 10 + i);
  for (i = 0; i < 200; i++)
    g_string_append_printf (csv, "S%u,2016,%u\nS%u,2017,%u\n", 199 - i, i, 199 - i, i + 1);
  s2 = stream_of (csv->str);
  ck_assert_msg (doson_ctr_progress_table_load_measurements (table, s2, "m.csv", NULL, &error),
                 "%s", error->message);

  ck_assert_uint_eq (doson_ctr_progress_table_get_n_series (table), G_N_ELEMENTS (ids) + 200);
  ck_assert_uint_eq (doson_ctr_progress_table_get_n_observations (table),
                     2 * G_N_ELEMENTS (ids) + 400);
  for (i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(DosonCtrProgressResult) r = NULL;
      int year;
      double value;

      ck_assert (doson_ctr_progress_table_lookup (table, ids[i], &index));
      ck_assert_uint_eq (index, i);
      r = doson_ctr_progress_table_get_result (table, index);
      ck_assert (doson_ctr_progress_result_get_base (r, &year, &value));
      ck_assert (year == 2015 && value == i + 1);
      ck_assert (doson_ctr_progress_result_get_current (r, &year, &value));
      ck_assert (year == 2016 && value == 10 + i);
    }
  for (i = 0; i < 200; i++)
    {
      g_autofree char *id = g_strdup_printf ("S%u", i);
      g_autofree char *group = g_strdup_printf ("G%u", i % 3);

      ck_assert (doson_ctr_progress_table_lookup (table, id, &index));
      ck_assert_uint_eq (index, G_N_ELEMENTS (ids) + i);
      ck_assert_str_eq (doson_ctr_progress_table_get_group (table, index), group);
    }
  ck_assert (!doson_ctr_progress_table_lookup (table, "prefix", NULL));
  ck_assert (!doson_ctr_progress_table_lookup (table, "prefixed1G", NULL));
  ck_assert_uint_eq (doson_ctr_progress_table_get_n_groups (table), 4);
}
END_TEST

/* DOSON_CTR_HASH_SEED gives every table the same key, another seed
 * another key; without it, each table draws its own. */
START_TEST (test_hash_seed)
{
  g_autoptr(DosonCtrProgressTable) a = NULL;
  g_autoptr(DosonCtrProgressTable) b = NULL;
  g_autoptr(DosonCtrProgressTable) c = NULL;
  g_autoptr(DosonCtrProgressTable) d = NULL;
  g_autoptr(DosonCtrProgressTable) e = NULL;
  guint i, differ_c = 0, differ_e = 0;

  g_setenv ("DOSON_CTR_HASH_SEED", "42", TRUE);
  a = doson_ctr_progress_table_new (DOSON_CTR_PROGRESS_METHOD_OPEN_SDG);
  b = doson_ctr_progress_table_new (DOSON_CTR_PROGRESS_METHOD_OPEN_SDG);
  g_setenv ("DOSON_CTR_HASH_SEED", "43", TRUE);
  c = doson_ctr_progress_table_new (DOSON_CTR_PROGRESS_METHOD_OPEN_SDG);
  /* Not a decimal number: a random key, as without it. */
  g_setenv ("DOSON_CTR_HASH_SEED", "0x2a", TRUE);
  d = doson_ctr_progress_table_new (DOSON_CTR_PROGRESS_METHOD_OPEN_SDG);
  g_unsetenv ("DOSON_CTR_HASH_SEED");
  e = doson_ctr_progress_table_new (DOSON_CTR_PROGRESS_METHOD_OPEN_SDG);

  ck_assert (a->hash_key[0] == b->hash_key[0] && a->hash_key[1] == b->hash_key[1]);
  ck_assert (a->hash_key[0] == 42);
  ck_assert (a->hash_key[0] != c->hash_key[0]);
  ck_assert (d->hash_key[0] != 42 && d->hash_key[0] != e->hash_key[0]);
  for (i = 0; i < 64; i++)
    {
      g_autofree char *id = g_strdup_printf ("W%05u-party-admission-rate", i);
      gsize len = strlen (id);
      guint32 h = _doson_ctr_progress_table_hash (a, id, len);

      ck_assert_uint_eq (h, _doson_ctr_progress_table_hash (b, id, len));
      differ_c += h != _doson_ctr_progress_table_hash (c, id, len);
      differ_e += _doson_ctr_progress_table_hash (d, id, len)
                  != _doson_ctr_progress_table_hash (e, id, len);
    }
  /* A 32-bit hash agrees by chance once in 4 billion. */
  ck_assert_uint_ge (differ_c, 60);
  ck_assert_uint_ge (differ_e, 60);
}
END_TEST

/* The hash is SipHash-1-3: with the key 00 01 ... 0f and the message
 * 00 01 ... n-1, the low 32 bits of its output are the vectors the Linux
 * kernel checks its SipHash-1-3 (hsiphash() on 64-bit machines) against,
 * lib/test_siphash.c, test_vectors_hsiphash: lengths 0 to 23 (every
 * tail after no word, one and two) and 63. */
START_TEST (test_siphash13)
{
  static const guint32 expected[] = {
    0x050fc4dc, 0x7d57ca93, 0x4dc7d44d, 0xe7ddf7fb, 0x88d38328, 0x49533b67,
    0xc59f22a7, 0x9bb11140, 0x8d299a8e, 0x6c063de4, 0x92ff097f, 0xf94dc352,
    0x57b4d9a2, 0x1229ffa7, 0xc0f95d34, 0x2a519956, 0x7d908b66, 0x63dbd80c,
    0xb473e63e, 0x8d297d1c, 0xa6cce040, 0x2b45f844, 0xa320872e, 0xdae6c123,
  };
  guint64 k0 = G_GUINT64_CONSTANT (0x0706050403020100);
  guint64 k1 = G_GUINT64_CONSTANT (0x0f0e0d0c0b0a0908);
  char msg[64];
  guint i;

  for (i = 0; i < sizeof msg; i++)
    msg[i] = (char) i;
  for (i = 0; i < G_N_ELEMENTS (expected); i++)
    ck_assert_uint_eq ((guint32) _doson_ctr_siphash13 (k0, k1, msg, i), expected[i]);
  ck_assert_uint_eq ((guint32) _doson_ctr_siphash13 (k0, k1, msg, 63), 0xb7bbb3a8);
}
END_TEST

static Suite *
index_suite (void)
{
  Suite *s = suite_create ("progress-table-index");
  TCase *tc = tcase_create ("index");

  tcase_add_test (tc, test_every_id_collides);
  tcase_add_test (tc, test_hash_seed);
  tcase_add_test (tc, test_siphash13);
  suite_add_tcase (s, tc);
  return s;
}

int
main (void)
{
  return test_run_suite (index_suite ());
}
