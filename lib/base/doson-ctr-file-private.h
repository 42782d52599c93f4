/* doson-ctr-file-private.h: reading input files and writing output files; never installed
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_FILE_PRIVATE_H
#define DOSON_CTR_FILE_PRIVATE_H

#include <glib.h>

G_BEGIN_DECLS

/* The largest file the loaders read, in bytes (DOSON_CTR_ERROR_LIMIT). */
#define DOSON_CTR_FILE_MAX_SIZE (64 * 1024 * 1024)

/* Reads a whole file for a loader: DOSON_CTR_ERROR_IO when it cannot be
 * read, DOSON_CTR_ERROR_LIMIT beyond DOSON_CTR_FILE_MAX_SIZE. */
gboolean _doson_ctr_read_file (const char  *path,
                               char       **contents,
                               gsize       *length,
                               GError     **error);
/* Writes atomically (G_FILE_SET_CONTENTS_CONSISTENT), DOSON_CTR_ERROR_IO. */
gboolean _doson_ctr_write_file (const char  *path,
                                const char  *contents,
                                gsize        length,
                                GError     **error);

/* Checks that @data is UTF-8; otherwise a DOSON_CTR_ERROR_PARSE error
 * "NAME:LINE:COLUMN: invalid UTF-8 ..." at the first invalid byte. */
gboolean _doson_ctr_check_utf8 (const char  *data,
                                gsize        length,
                                const char  *name,
                                GError     **error);

G_END_DECLS

#endif /* DOSON_CTR_FILE_PRIVATE_H */
