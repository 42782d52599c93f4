/* doson-ctr-builtin.c: the built-in programme 03-CTr/ĐU
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <gio/gio.h>

#include <doson-ctr/doson-ctr.h>

#include "doson-ctr-resources.h"

#define BUILTIN_PATH "/vn/doson/ctr/03-ctr-du.json"

/**
 * doson_ctr_program_new_builtin:
 * @error: return location for a #GError, or %NULL
 *
 * Loads the programme built into the library: action programme
 * 03-CTr/ĐU of the Party Executive Committee of Đồ Sơn ward (Hải Phòng),
 * adopted on 26 September 2025 for the 2025–2030 term, with its 42
 * indicators, goals and responsible units, in Vietnamese and English.
 *
 * The data are compiled into the library from `data/03-ctr-du.json`, in
 * the format of doc/formats.md, so the call needs no file. Each call
 * returns a new, independent #DosonCtrProgram that the caller may change.
 *
 * Returns: (transfer full): a new programme, freed with g_object_unref(),
 *   or %NULL with @error set if the embedded data could not be read (which
 *   means the library was built wrongly)
 *
 * Since: 0.1
 */
DosonCtrProgram *
doson_ctr_program_new_builtin (GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  GError *local_error = NULL;
  const char *data;
  gsize length;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = g_resource_lookup_data (_doson_ctr_get_resource (), BUILTIN_PATH,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, &local_error);
  if (bytes == NULL)
    {
      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_FAILED,
                   "the built-in programme is missing from the library: %s",
                   local_error->message);
      g_error_free (local_error);
      return NULL;
    }

  data = g_bytes_get_data (bytes, &length);
  return doson_ctr_program_new_from_data (data, (gssize) length,
                                          "<built-in 03-ctr-du.json>", error);
}
