/* doson-ctr-output.c: the formats of the library's documents, numbers as
 * they write them, and whole files written atomically
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <string.h>

#include <doson-ctr/doson-ctr-output.h>

#include "base/doson-ctr-file-private.h"
#include "base/doson-ctr-number-private.h"
#include "base/doson-ctr-private.h"

/**
 * SECTION:doson-ctr-output
 * @Title: Output
 * @Short_description: the formats of documents, numbers as the library
 *   writes them, and files written atomically
 * @Include: doson-ctr/doson-ctr.h
 *
 * The library writes its documents (the list of a programme's targets,
 * the report of an assessment) in one of the #DosonCtrDocumentFormat
 * formats.
 *
 * Two rules every document of the library follows are public, for
 * programs that write documents of their own beside it: a number is
 * written with the
 * fewest digits that read back as the same double, whatever the locale
 * (doson_ctr_format_number()), and a file is replaced whole or not at all
 * (doson_ctr_write_file_atomically(), or
 * doson_ctr_write_file_atomically_with() for a document written as a
 * stream).
 */

static const char * const format_names[] = { "text", "markdown", "json", "csv", "html" };

/**
 * doson_ctr_document_format_to_string:
 * @format: a #DosonCtrDocumentFormat
 *
 * Gives the stable spelling of @format: "text", "markdown", "json",
 * "csv" or "html".
 *
 * Returns: (transfer none) (nullable): a static string, or %NULL for a
 *   value that is not a #DosonCtrDocumentFormat
 *
 * Since: 0.1
 */
const char *
doson_ctr_document_format_to_string (DosonCtrDocumentFormat format)
{
  if ((guint) format >= G_N_ELEMENTS (format_names))
    return NULL;
  return format_names[format];
}

/**
 * doson_ctr_document_format_from_string:
 * @str: (nullable): "text", "markdown", "json", "csv" or "html"
 * @format: (out): where to store the format
 *
 * Reads the spelling given by doson_ctr_document_format_to_string().
 *
 * Returns: %TRUE if @str is a known spelling; otherwise %FALSE and
 *   @format is untouched
 *
 * Since: 0.1
 */
gboolean
doson_ctr_document_format_from_string (const char             *str,
                                       DosonCtrDocumentFormat *format)
{
  int i;

  g_return_val_if_fail (format != NULL, FALSE);

  if (!_doson_ctr_lookup_name (format_names, G_N_ELEMENTS (format_names), str, &i))
    return FALSE;
  *format = (DosonCtrDocumentFormat) i;
  return TRUE;
}

/**
 * doson_ctr_format_number:
 * @value: any double
 *
 * Formats @value with the fewest significant digits that read back as the
 * same double, with a dot whatever the locale: "0.1" (not
 * "0.10000000000000001"), "3", "1234.5", "0.00001", "-0". Plain notation
 * is used for decimal exponents from -5 to 16, "1.5e+20" and "2e-07"
 * beyond. A NaN is "NaN" and an infinity "infinity" or "-infinity", which
 * no reader of the library accepts as a number.
 *
 * This is how the library writes numbers into programme, measurement,
 * progress and report files.
 *
 * Returns: (transfer full): the text, to be freed with g_free()
 *
 * Since: 0.1
 */
char *
doson_ctr_format_number (double value)
{
  return _doson_ctr_format_number (value);
}

/**
 * doson_ctr_write_file_atomically:
 * @path: (type filename): the file to write
 * @contents: (array length=length) (element-type guint8): the bytes to write
 * @length: the number of bytes in @contents, or -1 when @contents is a
 *   NUL-terminated string
 * @error: return location for a #GError, or %NULL
 *
 * Writes @contents to @path through a temporary file in the same
 * directory that is then renamed over @path, so that a reader sees either
 * the old file or the whole new one, never half of it. A new file is
 * created with mode 0666 less the umask.
 *
 * Returns: %TRUE on success; %FALSE with %DOSON_CTR_ERROR_IO in @error,
 *   and @path untouched, when the file cannot be written
 *
 * Since: 0.1
 */
gboolean
doson_ctr_write_file_atomically (const char  *path,
                                 const char  *contents,
                                 gssize       length,
                                 GError     **error)
{
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (contents != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (length < 0)
    length = (gssize) strlen (contents);
  return _doson_ctr_write_file (path, contents != NULL ? contents : "",
                                (gsize) length, error);
}

/**
 * doson_ctr_write_file_atomically_with:
 * @path: (type filename): the file to write
 * @func: (scope call) (closure user_data): the function that writes the
 *   file's contents to the stream it is given
 * @user_data: the data to give @func
 * @error: return location for a #GError, or %NULL
 *
 * Writes what @func writes to @path as doson_ctr_write_file_atomically()
 * does, without holding it in memory: @func writes to a temporary file in
 * the same directory, which is synced to the disk and renamed over @path
 * once @func has succeeded, so that a reader sees either the old file or
 * the whole new one. When @func fails, the temporary file is removed and
 * @path is untouched. A new file is created with mode 0666 less the umask.
 *
 * Returns: %TRUE on success; %FALSE with @func's error when it fails, or
 *   with %DOSON_CTR_ERROR_IO when the file cannot be created, written,
 *   synced or renamed; @path is then untouched and no temporary file is
 *   left
 *
 * Since: 0.1
 */
gboolean
doson_ctr_write_file_atomically_with (const char         *path,
                                      DosonCtrWriteFunc   func,
                                      gpointer            user_data,
                                      GError            **error)
{
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (func != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return _doson_ctr_write_file_streaming (path, func, user_data, error);
}
