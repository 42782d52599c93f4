/* doson-ctr-file.c: reading whole input files and writing output files atomically
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#ifndef O_CLOEXEC
#define O_CLOEXEC 0
#endif
#ifdef G_OS_WIN32
#include <io.h>
#else
#include <unistd.h>
#endif

#include <glib.h>
#include <glib/gstdio.h>

#include <doson-ctr/doson-ctr-error.h>

#include "base/doson-ctr-file-private.h"

gboolean
_doson_ctr_read_file (const char  *path,
                      char       **contents,
                      gsize       *length,
                      GError     **error)
{
  g_autofree char *display = g_filename_display_name (path);
  GError *local_error = NULL;
  GStatBuf st;
  GString *data;
  FILE *file;
  char block[64 * 1024];
  gsize n;

  if (g_stat (path, &st) == 0 && S_ISREG (st.st_mode))
    {
      if ((guint64) st.st_size > DOSON_CTR_FILE_MAX_SIZE)
        {
          g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_LIMIT,
                       "%s: the file is larger than %d MiB", display,
                       DOSON_CTR_FILE_MAX_SIZE / (1024 * 1024));
          return FALSE;
        }
      if (!g_file_get_contents (path, contents, length, &local_error))
        {
          g_set_error_literal (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_IO,
                               local_error->message);
          g_error_free (local_error);
          return FALSE;
        }
      /* It may have grown since. */
      if (*length > DOSON_CTR_FILE_MAX_SIZE)
        {
          g_clear_pointer (contents, g_free);
          g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_LIMIT,
                       "%s: the file is larger than %d MiB", display,
                       DOSON_CTR_FILE_MAX_SIZE / (1024 * 1024));
          return FALSE;
        }
      return TRUE;
    }

  /* Not a regular file (a pipe, a device) or none: its size is unknown,
   * so read it a block at a time, never beyond the limit. */
  file = g_fopen (path, "rb");
  if (file == NULL)
    {
      int saved_errno = errno;

      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_IO,
                   "Failed to open file “%s”: %s", display, g_strerror (saved_errno));
      return FALSE;
    }
  data = g_string_new (NULL);
  while ((n = fread (block, 1, sizeof block, file)) > 0)
    {
      if (n > DOSON_CTR_FILE_MAX_SIZE - data->len)
        {
          fclose (file);
          g_string_free (data, TRUE);
          g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_LIMIT,
                       "%s: the file is larger than %d MiB", display,
                       DOSON_CTR_FILE_MAX_SIZE / (1024 * 1024));
          return FALSE;
        }
      g_string_append_len (data, block, (gssize) n);
    }
  if (ferror (file))
    {
      int saved_errno = errno;

      fclose (file);
      g_string_free (data, TRUE);
      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_IO,
                   "Failed to read from file “%s”: %s", display, g_strerror (saved_errno));
      return FALSE;
    }
  fclose (file);
  *length = data->len;
  *contents = g_string_free (data, FALSE);
  return TRUE;
}

gboolean
_doson_ctr_write_file (const char  *path,
                       const char  *contents,
                       gsize        length,
                       GError     **error)
{
  GError *local_error = NULL;

  if (!g_file_set_contents_full (path, contents, (gssize) length,
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0666,
                                 &local_error))
    {
      g_set_error_literal (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_IO,
                           local_error->message);
      g_error_free (local_error);
      return FALSE;
    }
  return TRUE;
}

/* The first invalid byte of @data as a diagnostic, or NULL. */
static DosonCtrDiagnostic *
find_invalid_utf8 (const char *data,
                   gsize       length,
                   const char *name)
{
  g_autofree char *message = NULL;
  const char *end = NULL;
  const char *p;
  guint line = 1, column = 1;

  if (g_utf8_validate_len (data, length, &end))
    return NULL;

  for (p = data; p < end; p++)
    {
      guchar c = (guchar) *p;

      if (c == '\n' || (c == '\r' && (p + 1 >= end || p[1] != '\n')))
        {
          line++;
          column = 1;
        }
      else if (c == '\r')
        continue;
      else if ((c & 0xC0) != 0x80)
        column++;
    }
  if (*end == '\0')
    message = g_strdup ("a NUL byte; the file must be UTF-8 text");
  else
    message = g_strdup_printf ("invalid UTF-8 (byte 0x%02X); the file must be "
                               "encoded in UTF-8", (guint) (guchar) *end);
  return _doson_ctr_diagnostic_new (DOSON_CTR_ERROR_PARSE, name, line, column,
                                    DOSON_CTR_FIELD_NONE, NULL, message);
}

/* The problem of data a loader is given, or NULL: larger than
 * DOSON_CTR_FILE_MAX_SIZE, or not UTF-8. */
static DosonCtrDiagnostic *
check_data (const char *data,
            gsize       length,
            const char *name)
{
  if (length > DOSON_CTR_FILE_MAX_SIZE)
    {
      g_autofree char *message =
        g_strdup_printf ("the data are larger than %d MiB",
                         DOSON_CTR_FILE_MAX_SIZE / (1024 * 1024));

      return _doson_ctr_diagnostic_new (DOSON_CTR_ERROR_LIMIT, name, 0, 0,
                                        DOSON_CTR_FIELD_NONE, NULL, message);
    }
  return find_invalid_utf8 (data, length, name);
}

gboolean
_doson_ctr_check_input (const char  *data,
                        gsize        length,
                        const char  *name,
                        GPtrArray   *problems,
                        GError     **error)
{
  DosonCtrProblems early = { problems, NULL, 0 };
  DosonCtrDiagnostic *diagnostic = check_data (data, length, name);

  if (diagnostic == NULL)
    return TRUE;
  _doson_ctr_problems_report (&early, error, diagnostic);
  _doson_ctr_problems_stop (&early, name, NULL);
  _doson_ctr_problems_clear (&early);
  return FALSE;
}

gboolean
_doson_ctr_write_stream (GOutputStream  *stream,
                         const char     *data,
                         gsize           length,
                         GCancellable   *cancellable,
                         GError        **error)
{
  g_autoptr(GError) local_error = NULL;

  if (g_output_stream_write_all (stream, data, length, NULL, cancellable, &local_error))
    return TRUE;
  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_propagate_error (error, g_steal_pointer (&local_error));
  else
    g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_IO,
                 "cannot write: %s", local_error->message);
  return FALSE;
}

/* A GOutputStream over a file descriptor it does not own, for the
 * temporary file of _doson_ctr_write_file_streaming(): plain write(2),
 * without the buffering or the sync-on-close rules of GLib's file
 * streams, which the caller does itself. */
#define DOSON_CTR_TYPE_FD_OUTPUT_STREAM (doson_ctr_fd_output_stream_get_type ())
G_DECLARE_FINAL_TYPE (DosonCtrFdOutputStream, doson_ctr_fd_output_stream,
                      DOSON_CTR, FD_OUTPUT_STREAM, GOutputStream)

struct _DosonCtrFdOutputStream
{
  GOutputStream parent_instance;
  int           fd;
  char         *display;    /* the file written, for messages */
};

G_DEFINE_FINAL_TYPE (DosonCtrFdOutputStream, doson_ctr_fd_output_stream, G_TYPE_OUTPUT_STREAM)

static gssize
fd_output_stream_write (GOutputStream  *stream,
                        const void     *buffer,
                        gsize           count,
                        GCancellable   *cancellable,
                        GError        **error)
{
  DosonCtrFdOutputStream *self = DOSON_CTR_FD_OUTPUT_STREAM (stream);
  gssize n;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return -1;
  do
    n = write (self->fd, buffer, MIN (count, (gsize) G_MAXINT));
  while (n < 0 && errno == EINTR);
  if (n < 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   "Failed to write file “%s”: %s", self->display, g_strerror (saved_errno));
    }
  return n;
}

static void
fd_output_stream_finalize (GObject *object)
{
  g_free (DOSON_CTR_FD_OUTPUT_STREAM (object)->display);
  G_OBJECT_CLASS (doson_ctr_fd_output_stream_parent_class)->finalize (object);
}

static void
doson_ctr_fd_output_stream_class_init (DosonCtrFdOutputStreamClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fd_output_stream_finalize;
  G_OUTPUT_STREAM_CLASS (klass)->write_fn = fd_output_stream_write;
}

static void
doson_ctr_fd_output_stream_init (DosonCtrFdOutputStream *self)
{
  self->fd = -1;
}

/* Sets @error to DOSON_CTR_ERROR_IO "@what “@path”: the system's words". */
static void
set_io_error (GError     **error,
              const char  *what,
              const char  *path,
              int          saved_errno)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_IO, "%s “%s”: %s",
               what, display, g_strerror (saved_errno));
}

/* Flushes @stream, syncs @fd to the disk and closes both; FALSE with
 * @error set when any step fails (the descriptor is closed all the same). */
static gboolean
finish_temporary (GOutputStream  *stream,
                  int             fd,
                  const char     *tmp,
                  GError        **error)
{
  gboolean ok = TRUE;

  if (!g_output_stream_close (stream, NULL, error))
    ok = FALSE;
  else if (g_fsync (fd) != 0)
    {
      set_io_error (error, "Failed to write file", tmp, errno);
      ok = FALSE;
    }
  if (!g_close (fd, ok ? error : NULL) && ok)
    ok = FALSE;
  return ok;
}

gboolean
_doson_ctr_write_file_streaming (const char             *path,
                                 DosonCtrStreamWriteFunc  func,
                                 gpointer                 user_data,
                                 GError                 **error)
{
  g_autofree char *tmp = g_strconcat (path, ".XXXXXX", NULL);
  g_autoptr(DosonCtrFdOutputStream) stream = NULL;
  GError *local_error = NULL;
  int fd;

  fd = g_mkstemp_full (tmp, O_RDWR | O_CLOEXEC, 0666);
  if (fd < 0)
    {
      set_io_error (error, "Failed to create file", tmp, errno);
      return FALSE;
    }
  stream = g_object_new (DOSON_CTR_TYPE_FD_OUTPUT_STREAM, NULL);
  stream->fd = fd;
  stream->display = g_filename_display_name (path);

  if (!func (G_OUTPUT_STREAM (stream), user_data, &local_error))
    {
      g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, NULL);
      g_close (fd, NULL);
      g_unlink (tmp);
      g_propagate_error (error, local_error);
      return FALSE;
    }
  if (!finish_temporary (G_OUTPUT_STREAM (stream), fd, tmp, &local_error))
    {
      g_unlink (tmp);
      if (local_error->domain == DOSON_CTR_ERROR)
        g_propagate_error (error, local_error);
      else
        {
          g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_IO, "cannot write: %s",
                       local_error->message);
          g_error_free (local_error);
        }
      return FALSE;
    }
  if (g_rename (tmp, path) != 0)
    {
      int saved_errno = errno;

      g_unlink (tmp);
      set_io_error (error, "Failed to rename file to", path, saved_errno);
      return FALSE;
    }
  return TRUE;
}
