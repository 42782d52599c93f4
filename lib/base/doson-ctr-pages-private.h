/* doson-ctr-pages-private.h: large blocks of zeroed memory for the tables
 * of the hot paths; never installed
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A table of a million series is tens of megabytes that are filled once,
 * front to back.  Taken from malloc(), each of its 4 KiB pages costs a
 * page fault when first written, and on a virtual machine a fault is
 * dear: 10 000 of them were a third of the time of a national roll-up.
 * These blocks come straight from mmap(), aligned to 2 MiB and marked
 * for transparent huge pages (madvise(MADV_HUGEPAGE)) where the system
 * has them, so that a fault maps 2 MiB at once; small blocks, and systems
 * without mmap(), use g_malloc0().  The memory is only reserved until
 * written: a block larger than its use costs address space, not memory.
 */

#ifndef DOSON_CTR_PAGES_PRIVATE_H
#define DOSON_CTR_PAGES_PRIVATE_H

#include <string.h>

#include <glib.h>

G_BEGIN_DECLS

/* A zeroed block of @size bytes (at least 1), or NULL when there is no
 * memory for it; released with _doson_ctr_pages_free() and the same
 * @size. */
gpointer _doson_ctr_pages_try_alloc (gsize size);

/* The same, aborting as g_malloc() does when there is no memory. */
gpointer _doson_ctr_pages_alloc (gsize size);

/* @mem (a block of @old_size bytes, or NULL with 0) made @new_size bytes
 * (more than @old_size): the first @old_size bytes kept, the rest
 * undefined (not written, so that its pages stay unused until the caller
 * writes them).  NULL when there is no memory, @mem then being
 * untouched. */
gpointer _doson_ctr_pages_try_grow (gpointer mem,
                                    gsize    old_size,
                                    gsize    new_size);

/* Releases @mem, a block of @size bytes; nothing for NULL. */
void _doson_ctr_pages_free (gpointer mem,
                            gsize    size);

/* A growing buffer in such memory, for the arrays of the readers that
 * are filled and emptied again many times: its pages are mapped once.
 * It starts at one huge page (2 MiB, used as far as it is written) and
 * doubles.  It may instead borrow the unused end of another buffer's
 * block (_doson_ctr_pages_buffer_borrow_rest()), as long as that is
 * enough. */
typedef struct
{
  char     *data;
  gsize     len;         /* bytes used */
  gsize     alloc;       /* bytes allocated */
  gboolean  borrowed;    /* data is in another buffer's block */
} DosonCtrPagesBuffer;

/* Frees the buffer's memory, unless borrowed; it may be used again,
 * empty. */
void _doson_ctr_pages_buffer_clear (DosonCtrPagesBuffer *buf);

/* Grows the buffer to hold @extra bytes more than buf->len, doubling it
 * as GArray does (a borrowed buffer moves to a block of its own, with
 * its contents); aborts without memory. */
void _doson_ctr_pages_buffer_grow (DosonCtrPagesBuffer *buf,
                                   gsize                extra);

/* Empties @buf and, unless it has a block of its own, makes it use the
 * bytes of @owner's block after its first @used (from a multiple of 64):
 * two arrays that usually fit in one huge page then take one, not two.
 * Valid while @owner keeps its block and its first @used bytes; should
 * @buf outgrow the rest, it moves to a block of its own for good. */
void _doson_ctr_pages_buffer_borrow_rest (DosonCtrPagesBuffer       *buf,
                                          const DosonCtrPagesBuffer *owner,
                                          gsize                      used);

/* Makes room for @extra bytes after buf->len and returns where they
 * start. */
static inline gpointer
_doson_ctr_pages_buffer_room (DosonCtrPagesBuffer *buf,
                              gsize                extra)
{
  if (G_UNLIKELY (buf->alloc - buf->len < extra))
    _doson_ctr_pages_buffer_grow (buf, extra);
  return buf->data + buf->len;
}

/* Appends the @len bytes at @data. */
static inline void
_doson_ctr_pages_buffer_append (DosonCtrPagesBuffer *buf,
                                gconstpointer        data,
                                gsize                len)
{
  if (len == 0)
    return;
  memcpy (_doson_ctr_pages_buffer_room (buf, len), data, len);
  buf->len += len;
}

/* Strings copied into blocks of such memory, kept until the arena is
 * freed: GStringChunk's job, without a page fault every 4 KiB. */
typedef struct
{
  GPtrArray *blocks;    /* the blocks, each BLOCK bytes or one string's */
  GArray    *sizes;     /* their sizes, for _doson_ctr_pages_free() */
  char      *next;      /* where the next string goes in the last block */
  gsize      left;      /* bytes free there */
} DosonCtrStringArena;

void        _doson_ctr_string_arena_init  (DosonCtrStringArena *arena);
void        _doson_ctr_string_arena_clear (DosonCtrStringArena *arena);
/* A copy of the @len bytes at @text with a NUL after them, valid until
 * the arena is cleared. */
const char *_doson_ctr_string_arena_insert_len (DosonCtrStringArena *arena,
                                                const char          *text,
                                                gsize                len);

G_END_DECLS

#endif /* DOSON_CTR_PAGES_PRIVATE_H */
