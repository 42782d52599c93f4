/* doson-ctr-pages.c: large blocks of zeroed memory, on huge pages where
 * the system has them
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * See doson-ctr-pages-private.h for why.
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

/* mremap() is Linux's own. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1
#endif

#include <string.h>

#ifdef HAVE_SYS_MMAN_H
#include <sys/mman.h>
#endif

#include "base/doson-ctr-pages-private.h"

#if defined(HAVE_SYS_MMAN_H) && defined(MAP_ANONYMOUS)
#define USE_MMAP 1
#endif

/* Blocks from this size up come from mmap(), in whole huge pages. */
#define HUGE_PAGE (2 * 1024 * 1024)
#define MMAP_FROM HUGE_PAGE

#ifdef USE_MMAP
/* @size rounded up to whole huge pages. */
static gsize
mapped_size (gsize size)
{
  return (size + HUGE_PAGE - 1) / HUGE_PAGE * HUGE_PAGE;
}

/* A mapping of @size bytes (whole huge pages) aligned to a huge page: one
 * huge page more is mapped, and what lies before and after the aligned
 * part is unmapped again. */
static gpointer
map_aligned (gsize size)
{
  char *raw, *start;
  gsize lead;

  if (size > G_MAXSIZE - HUGE_PAGE)
    return NULL;
  raw = mmap (NULL, size + HUGE_PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (raw == MAP_FAILED)
    return NULL;
  lead = (HUGE_PAGE - (guintptr) raw % HUGE_PAGE) % HUGE_PAGE;
  start = raw + lead;
  if (lead > 0)
    munmap (raw, lead);
  munmap (start + size, HUGE_PAGE - lead);
#ifdef MADV_HUGEPAGE
  /* Advice only: without transparent huge pages, the block still works
   * with small ones. */
  madvise (start, size, MADV_HUGEPAGE);
#endif
  return start;
}
#endif

gpointer
_doson_ctr_pages_try_alloc (gsize size)
{
  g_return_val_if_fail (size > 0, NULL);

#ifdef USE_MMAP
  if (size >= MMAP_FROM)
    return map_aligned (mapped_size (size));
#endif
  return g_try_malloc0 (size);
}

gpointer
_doson_ctr_pages_alloc (gsize size)
{
  gpointer mem = _doson_ctr_pages_try_alloc (size);

  if (mem == NULL)
    g_error ("%s: failed to allocate %" G_GSIZE_FORMAT " bytes", G_STRLOC, size);
  return mem;
}

gpointer
_doson_ctr_pages_try_grow (gpointer mem,
                           gsize    old_size,
                           gsize    new_size)
{
  gpointer grown;

  g_return_val_if_fail (new_size > old_size, NULL);
  g_return_val_if_fail (mem != NULL || old_size == 0, NULL);

#ifdef USE_MMAP
  /* Within the huge pages the block has already: nothing to do (the
   * mapping is zero beyond what was written). */
  if (old_size >= MMAP_FROM && mapped_size (new_size) == mapped_size (old_size))
    return mem;
#ifdef MREMAP_MAYMOVE
  /* The pages move as they are, without a copy: those never written stay
   * unused. */
  if (old_size >= MMAP_FROM)
    {
      grown = mremap (mem, mapped_size (old_size), mapped_size (new_size), MREMAP_MAYMOVE);
      if (grown == MAP_FAILED)
        return NULL;
#ifdef MADV_HUGEPAGE
      madvise (grown, mapped_size (new_size), MADV_HUGEPAGE);
#endif
      return grown;
    }
#endif
#endif
  if (old_size < MMAP_FROM && new_size < MMAP_FROM)
    {
      return g_try_realloc (mem, new_size);
    }
  grown = _doson_ctr_pages_try_alloc (new_size);
  if (grown == NULL)
    return NULL;
  if (old_size > 0)
    memcpy (grown, mem, old_size);
  _doson_ctr_pages_free (mem, old_size);
  return grown;
}

void
_doson_ctr_pages_free (gpointer mem,
                       gsize    size)
{
  if (mem == NULL)
    return;
#ifdef USE_MMAP
  if (size >= MMAP_FROM)
    {
      munmap (mem, mapped_size (size));
      return;
    }
#endif
  g_free (mem);
}

/* The blocks of an arena: a few strings cost a page, some more sixteen,
 * and from then on a block is a huge page. */
#define ARENA_FIRST 4096
#define ARENA_SECOND (64 * 1024)
#define ARENA_BLOCK HUGE_PAGE

void
_doson_ctr_string_arena_init (DosonCtrStringArena *arena)
{
  arena->blocks = g_ptr_array_new ();
  arena->sizes = g_array_new (FALSE, FALSE, sizeof (gsize));
  arena->next = NULL;
  arena->left = 0;
}

void
_doson_ctr_string_arena_clear (DosonCtrStringArena *arena)
{
  guint i;

  if (arena->blocks == NULL)
    return;
  for (i = 0; i < arena->blocks->len; i++)
    _doson_ctr_pages_free (g_ptr_array_index (arena->blocks, i),
                           g_array_index (arena->sizes, gsize, i));
  g_clear_pointer (&arena->blocks, g_ptr_array_unref);
  g_clear_pointer (&arena->sizes, g_array_unref);
  arena->next = NULL;
  arena->left = 0;
}

const char *
_doson_ctr_string_arena_insert_len (DosonCtrStringArena *arena,
                                    const char          *text,
                                    gsize                len)
{
  char *copy;

  g_return_val_if_fail (len < G_MAXSIZE, NULL);

  if (len + 1 > arena->left)
    {
      guint n = arena->blocks->len;
      gsize size = MAX (n == 0 ? ARENA_FIRST : n == 1 ? ARENA_SECOND : ARENA_BLOCK, len + 1);
      char *block = _doson_ctr_pages_alloc (size);

      g_ptr_array_add (arena->blocks, block);
      g_array_append_val (arena->sizes, size);
      arena->next = block;
      arena->left = size;
    }
  copy = arena->next;
  memcpy (copy, text, len);
  copy[len] = '\0';
  arena->next += len + 1;
  arena->left -= len + 1;
  return copy;
}

void
_doson_ctr_pages_buffer_grow (DosonCtrPagesBuffer *buf,
                              gsize                extra)
{
  gsize want, alloc;
  char *data;

  g_return_if_fail (extra <= G_MAXSIZE - buf->len);

  want = buf->len + extra;
  alloc = MAX (buf->alloc, HUGE_PAGE);
  while (alloc < want)
    alloc = alloc <= G_MAXSIZE / 2 ? alloc * 2 : want;
  if (buf->borrowed)
    {
      data = _doson_ctr_pages_try_alloc (alloc);
      if (data != NULL && buf->len > 0)
        memcpy (data, buf->data, buf->len);
    }
  else
    data = _doson_ctr_pages_try_grow (buf->data, buf->alloc, alloc);
  if (data == NULL)
    g_error ("%s: failed to allocate %" G_GSIZE_FORMAT " bytes", G_STRLOC, alloc);
  buf->data = data;
  buf->alloc = alloc;
  buf->borrowed = FALSE;
}

void
_doson_ctr_pages_buffer_borrow_rest (DosonCtrPagesBuffer       *buf,
                                     const DosonCtrPagesBuffer *owner,
                                     gsize                      used)
{
  gsize start = used <= G_MAXSIZE - 63 ? (used + 63) / 64 * 64 : G_MAXSIZE;

  g_return_if_fail (buf != owner);
  g_return_if_fail (!owner->borrowed);

  buf->len = 0;
  if (buf->alloc > 0 && !buf->borrowed)
    return;
  if (start < owner->alloc)
    {
      buf->data = owner->data + start;
      buf->alloc = owner->alloc - start;
      buf->borrowed = TRUE;
    }
  else
    {
      buf->data = NULL;
      buf->alloc = 0;
      buf->borrowed = FALSE;
    }
}

void
_doson_ctr_pages_buffer_clear (DosonCtrPagesBuffer *buf)
{
  if (!buf->borrowed)
    _doson_ctr_pages_free (buf->data, buf->alloc);
  buf->borrowed = FALSE;
  buf->data = NULL;
  buf->len = 0;
  buf->alloc = 0;
}
