/* doson-ctr-loader.c: what the public readers of programme and measurement
 * files share in taking their arguments
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "base/doson-ctr-file-private.h"
#include "formats/doson-ctr-loader-private.h"

gsize
_doson_ctr_loader_data (const char **data,
                        gssize       length,
                        const char **name)
{
  if (length < 0)
    length = (gssize) strlen (*data);
  if (*data == NULL)
    *data = "";
  if (*name == NULL)
    *name = "<data>";
  return (gsize) length;
}

char *
_doson_ctr_loader_read_file (const char  *path,
                             gsize       *length,
                             char       **display,
                             GError     **error)
{
  char *contents = NULL;

  if (!_doson_ctr_read_file (path, &contents, length, error))
    return NULL;
  *display = g_filename_display_name (path);
  return contents;
}
