/* doson-ctr-file-private.h: reading input files and writing output files; never installed
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_FILE_PRIVATE_H
#define DOSON_CTR_FILE_PRIVATE_H

#include <gio/gio.h>

#include "base/doson-ctr-diagnostic-private.h"

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

/* Writes all of @data to @stream: a cancellation stays G_IO_ERROR_CANCELLED,
 * any other failure is DOSON_CTR_ERROR_IO "cannot write: …". */
gboolean _doson_ctr_write_stream (GOutputStream  *stream,
                                  const char     *data,
                                  gsize           length,
                                  GCancellable   *cancellable,
                                  GError        **error);

/* Writes what @func writes to the stream it is given, through a temporary
 * file beside @path (mode 0666 less the umask) that is synced and renamed
 * over @path when @func succeeds: a reader sees the old file or the whole
 * new one.  When @func fails, its error is passed on, the temporary file
 * is removed and @path is untouched; the other failures (creating,
 * syncing, renaming) are DOSON_CTR_ERROR_IO.  Nothing of the output is
 * held in memory. */
typedef gboolean (*DosonCtrStreamWriteFunc) (GOutputStream  *stream,
                                             gpointer        user_data,
                                             GError        **error);
gboolean _doson_ctr_write_file_streaming (const char             *path,
                                          DosonCtrStreamWriteFunc  func,
                                          gpointer                 user_data,
                                          GError                 **error);

/* A loader's first check of the data it is given: FALSE with @error set
 * (and the problem added to @problems, of DosonCtrDiagnostic, when not
 * NULL) for data larger than DOSON_CTR_FILE_MAX_SIZE
 * (DOSON_CTR_ERROR_LIMIT, "NAME: the data are larger than 64 MiB") or
 * not UTF-8 (DOSON_CTR_ERROR_PARSE, "NAME:LINE:COLUMN: invalid UTF-8 ..."
 * at the first invalid byte). */
gboolean _doson_ctr_check_input (const char  *data,
                                 gsize        length,
                                 const char  *name,
                                 GPtrArray   *problems,
                                 GError     **error);

G_END_DECLS

#endif /* DOSON_CTR_FILE_PRIVATE_H */
