/* doson-ctr-file.c: reading whole input files and writing output files atomically
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <errno.h>
#include <stdio.h>
#include <string.h>

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
