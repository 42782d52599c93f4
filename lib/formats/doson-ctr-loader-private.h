/* doson-ctr-loader-private.h: what the public readers of programme and
 * measurement files share in taking their arguments; never installed
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_LOADER_PRIVATE_H
#define DOSON_CTR_LOADER_PRIVATE_H

#include <glib.h>

G_BEGIN_DECLS

/* The arguments of a public *_new_from_data() (its data != NULL or
 * length == 0 checked): a NULL @data reads as "", a @length of -1 as the
 * length of a NUL-terminated @data, a NULL @name as "<data>".  Returns
 * the length. */
gsize _doson_ctr_loader_data (const char **data,
                              gssize       length,
                              const char **name);

/* Reads the file at @path for a public *_new_from_file(); *display (to be
 * freed) is its name in error messages.  NULL with @error set as
 * _doson_ctr_read_file() does. */
char *_doson_ctr_loader_read_file (const char  *path,
                                   gsize       *length,
                                   char       **display,
                                   GError     **error);

G_END_DECLS

#endif /* DOSON_CTR_LOADER_PRIVATE_H */
