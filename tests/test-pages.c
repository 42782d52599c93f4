/* test-pages.c: large blocks on huge pages, the growing buffer and the
 * string arena (white-box: private API)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <string.h>

#include "doson-ctr-test.h"

#include "base/doson-ctr-pages-private.h"

#define MIB (1024 * 1024)

/* Whether the @len bytes at @mem are all @byte. */
static gboolean
all_bytes (const char *mem,
           gsize       len,
           char        byte)
{
  gsize i;

  for (i = 0; i < len; i++)
    if (mem[i] != byte)
      return FALSE;
  return TRUE;
}

/* Small blocks (malloc) and large ones (mapped) come zeroed, whole. */
START_TEST (test_alloc_zeroed)
{
  static const gsize sizes[] = { 1, 4096, 2 * MIB - 1, 2 * MIB, 2 * MIB + 1, 5 * MIB };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      char *mem = _doson_ctr_pages_alloc (sizes[i]);

      ck_assert_msg (all_bytes (mem, sizes[i], 0), "size %zu", sizes[i]);
      memset (mem, 0x5a, sizes[i]);
      _doson_ctr_pages_free (mem, sizes[i]);
    }
  _doson_ctr_pages_free (NULL, 0);
}
END_TEST

/* Growing keeps the contents, from small to small, small to large, large
 * within its huge pages and beyond them. */
START_TEST (test_grow_keeps_contents)
{
  static const gsize steps[] = { 100, 5000, 3 * MIB, 3 * MIB + 100, 9 * MIB };
  char *mem = NULL;
  gsize size = 0, i;

  for (i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      char *grown = _doson_ctr_pages_try_grow (mem, size, steps[i]);

      ck_assert_ptr_nonnull (grown);
      ck_assert_msg (all_bytes (grown, size, (char) i), "step %zu", i);
      memset (grown, (char) (i + 1), steps[i]);
      mem = grown;
      size = steps[i];
    }
  _doson_ctr_pages_free (mem, size);
}
END_TEST

/* No memory for a block: NULL from the try_ functions, the old block
 * untouched. */
START_TEST (test_no_memory)
{
  char *mem = _doson_ctr_pages_alloc (3 * MIB);

  memset (mem, 7, 3 * MIB);
  ck_assert_ptr_null (_doson_ctr_pages_try_alloc (G_MAXSIZE / 2));
  ck_assert_ptr_null (_doson_ctr_pages_try_grow (mem, 3 * MIB, G_MAXSIZE / 2));
  ck_assert (all_bytes (mem, 3 * MIB, 7));
  _doson_ctr_pages_free (mem, 3 * MIB);
}
END_TEST

START_TEST (test_buffer)
{
  DosonCtrPagesBuffer buf = { 0 };
  guint32 i;

  /* Past the first huge page, one word at a time. */
  for (i = 0; i < MIB; i++)
    _doson_ctr_pages_buffer_append (&buf, &i, sizeof i);
  ck_assert_uint_eq (buf.len, 4 * MIB);
  ck_assert_uint_ge (buf.alloc, buf.len);
  for (i = 0; i < MIB; i++)
    ck_assert_uint_eq (((guint32 *) (gpointer) buf.data)[i], i);
  /* Nothing appended for nothing (data may be NULL). */
  _doson_ctr_pages_buffer_append (&buf, NULL, 0);
  ck_assert_uint_eq (buf.len, 4 * MIB);
  /* Emptied, the memory is kept; cleared, it is not. */
  buf.len = 0;
  _doson_ctr_pages_buffer_append (&buf, "x", 1);
  ck_assert_int_eq (buf.data[0], 'x');
  _doson_ctr_pages_buffer_clear (&buf);
  ck_assert_ptr_null (buf.data);
  ck_assert_uint_eq (buf.alloc, 0);
  _doson_ctr_pages_buffer_append (&buf, "yz", 2);
  ck_assert_uint_eq (buf.len, 2);
  _doson_ctr_pages_buffer_clear (&buf);
}
END_TEST

/* A buffer that borrows the end of another's block writes there until it
 * needs more, then moves to a block of its own with its contents, for
 * good; the owner's bytes are never touched. */
START_TEST (test_buffer_borrow_rest)
{
  DosonCtrPagesBuffer owner = { 0 };
  DosonCtrPagesBuffer buf = { 0 };
  guint32 i;
  char *own;

  _doson_ctr_pages_buffer_append (&owner, "abc", 3);
  memset (owner.data + 3, 'o', 1000 - 3);
  /* From the next multiple of 64 after the first 1000 bytes. */
  _doson_ctr_pages_buffer_borrow_rest (&buf, &owner, 1000);
  ck_assert (buf.borrowed);
  ck_assert_ptr_eq (buf.data, owner.data + 1024);
  ck_assert_uint_eq (buf.alloc, owner.alloc - 1024);
  ck_assert_uint_eq (buf.len, 0);
  _doson_ctr_pages_buffer_append (&buf, "xyz", 3);
  ck_assert_int_eq (memcmp (owner.data + 1024, "xyz", 3), 0);

  /* Past the rest of the block: its own, the words kept. */
  buf.len = 0;
  for (i = 0; i < MIB; i++)
    _doson_ctr_pages_buffer_append (&buf, &i, sizeof i);
  ck_assert (!buf.borrowed);
  ck_assert (buf.data < owner.data || buf.data >= owner.data + owner.alloc);
  for (i = 0; i < MIB; i++)
    ck_assert_uint_eq (((guint32 *) (gpointer) buf.data)[i], i);
  ck_assert (all_bytes (owner.data + 3, 1000 - 3, 'o'));

  /* Having a block of its own, it keeps it, emptied. */
  own = buf.data;
  _doson_ctr_pages_buffer_borrow_rest (&buf, &owner, 0);
  ck_assert_ptr_eq (buf.data, own);
  ck_assert_uint_eq (buf.len, 0);
  ck_assert (!buf.borrowed);
  _doson_ctr_pages_buffer_clear (&buf);

  /* No room left in the owner's block: nothing borrowed. */
  _doson_ctr_pages_buffer_borrow_rest (&buf, &owner, owner.alloc - 10);
  ck_assert_ptr_null (buf.data);
  ck_assert (!buf.borrowed);
  _doson_ctr_pages_buffer_append (&buf, "q", 1);
  ck_assert (!buf.borrowed);
  _doson_ctr_pages_buffer_clear (&buf);

  /* Clearing a borrowing buffer leaves the owner's block alone. */
  _doson_ctr_pages_buffer_borrow_rest (&buf, &owner, 3);
  ck_assert (buf.borrowed);
  _doson_ctr_pages_buffer_clear (&buf);
  ck_assert_ptr_null (buf.data);
  ck_assert (!buf.borrowed);
  ck_assert_int_eq (memcmp (owner.data, "abc", 3), 0);
  _doson_ctr_pages_buffer_clear (&owner);
}
END_TEST

/* Every string stays as inserted, NUL-terminated, across blocks, with one
 * longer than a block among them. */
START_TEST (test_arena)
{
  DosonCtrStringArena arena;
  GPtrArray *copies = g_ptr_array_new ();
  g_autofree char *long_text = g_malloc (3 * MIB);
  guint i;

  memset (long_text, 'L', 3 * MIB);
  _doson_ctr_string_arena_init (&arena);
  for (i = 0; i < 200000; i++)
    {
      g_autofree char *text = g_strdup_printf ("W%05u-series-%u", i, i * 7);

      g_ptr_array_add (copies, (gpointer) _doson_ctr_string_arena_insert_len (&arena, text,
                                                                              strlen (text)));
      if (i == 1000)
        g_ptr_array_add (copies, (gpointer) _doson_ctr_string_arena_insert_len (&arena, long_text,
                                                                                3 * MIB));
    }
  for (i = 0; i < 200000; i++)
    {
      g_autofree char *text = g_strdup_printf ("W%05u-series-%u", i, i * 7);
      const char *copy = g_ptr_array_index (copies, i <= 1000 ? i : i + 1);

      ck_assert_str_eq (copy, text);
    }
  ck_assert_uint_eq (strlen (g_ptr_array_index (copies, 1001)), 3 * MIB);
  _doson_ctr_string_arena_clear (&arena);
  _doson_ctr_string_arena_clear (&arena);
  g_ptr_array_unref (copies);
}
END_TEST

static Suite *
pages_suite (void)
{
  Suite *s = suite_create ("pages");
  TCase *tc;

  tc = tcase_create ("blocks");
  tcase_add_test (tc, test_alloc_zeroed);
  tcase_add_test (tc, test_grow_keeps_contents);
  tcase_add_test (tc, test_no_memory);
  suite_add_tcase (s, tc);

  tc = tcase_create ("buffer");
  tcase_add_test (tc, test_buffer);
  tcase_add_test (tc, test_buffer_borrow_rest);
  suite_add_tcase (s, tc);

  tc = tcase_create ("arena");
  tcase_add_test (tc, test_arena);
  suite_add_tcase (s, tc);

  return s;
}

int
main (void)
{
  return test_run_suite (pages_suite ());
}
