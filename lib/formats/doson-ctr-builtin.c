/* doson-ctr-builtin.c: the built-in programme 03-CTr/ĐU
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <gio/gio.h>

#include <doson-ctr/doson-ctr-builtin.h>
#include <doson-ctr/doson-ctr-error.h>
#include <doson-ctr/doson-ctr-program.h>

#include "formats/doson-ctr-resources.h"

#define BUILTIN_PATH "/vn/doson/ctr/03-ctr-du.json"

/**
 * SECTION:doson-ctr-builtin
 * @Title: The built-in programme
 * @Short_description: action programme 03-CTr/ĐU of Đồ Sơn ward,
 *   2025–2030, compiled into the library
 * @Include: doson-ctr/doson-ctr.h
 *
 * The library carries one programme: action programme 03-CTr/ĐU of the
 * Executive Committee of the Đồ Sơn Ward Party Organisation (Hải Phòng),
 * issued on 26 September 2025, which implements the resolution of the
 * ward's first Party congress for the 2025–2030 term. Its id is
 * "03-ctr-du"; its term runs from 2025 to 2030 with 2025 as the baseline
 * year, so its targets apply from 2026 and fall due in 2030 unless the
 * document says otherwise.
 *
 * doson_ctr_program_new_builtin() returns it as a #DosonCtrProgram: 42
 * indicators (#DosonCtrIndicator) with their targets (#DosonCtrTarget),
 * the goals and sections of the document as a tree (#DosonCtrGoal), and
 * the responsible units (#DosonCtrResponsibleUnit), with Vietnamese names
 * in the document's wording and English translations made for the library
 * (not an official translation).
 *
 * The programme holds targets only, never measured values: the document
 * gives no baseline figures. Measurements come from a
 * #DosonCtrMeasurementSet that the caller loads. The sample figures
 * shipped with the examples are invented: their JSON file marks them
 * illustrative (doson_ctr_measurement_set_get_illustrative()), and every
 * report made from them must say so.
 *
 * |[<!-- language="C" -->
 * g_autoptr(GError) error = NULL;
 * g_autoptr(DosonCtrProgram) program = NULL;
 * g_autoptr(DosonCtrMeasurementSet) data = NULL;
 * g_autoptr(DosonCtrAssessment) assessment = NULL;
 *
 * if ((program = doson_ctr_program_new_builtin (&error)) == NULL
 *     || (data = doson_ctr_measurement_set_new_from_file (path, &error)) == NULL
 *     || (assessment = doson_ctr_assessment_new (program, data, 0, NULL,
 *                                                &error)) == NULL)
 *   {
 *     g_printerr ("%s\n", error->message);
 *     return EXIT_FAILURE;
 *   }
 * if (doson_ctr_measurement_set_get_illustrative (data))
 *   g_print ("Số liệu minh họa, không phải số liệu chính thức.\n");
 * ]|
 *
 * The same data are in `data/03-ctr-du.json` of the source tree, in the
 * programme format of doc/formats.md; `data/README.md` gives the source of
 * every figure and how each sentence of the document was read as a target.
 */

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
