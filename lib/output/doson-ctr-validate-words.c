/* doson-ctr-validate-words.c: the line that says a validation found no
 * problem, in Vietnamese or English
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <doson-ctr/doson-ctr-words.h>

#include "output/doson-ctr-words-private.h"

/**
 * doson_ctr_validation_ok_to_string:
 * @program: the programme that was checked
 * @data_name: (nullable): what to call the measurement file, or %NULL when
 *   none was checked
 * @set: (nullable): the measurements read from it, or %NULL
 * @lang: (nullable): "vi" or "en" (a tag such as "vi-VN" or a locale name
 *   such as "vi_VN.UTF-8" reads as its language); %NULL for Vietnamese
 *
 * Says in one line that a validation found no problem, with what it
 * checked: "ok: programme 03-ctr (42 indicators); figures.csv: 120
 * measurements; no problems" in English, "hợp lệ: chương trình 03-ctr (42
 * chỉ tiêu); figures.csv: 120 số liệu; không có lỗi" in Vietnamese, the
 * counts grouped by thousands as in the reports. The line ends with a
 * newline.
 *
 * Returns: (transfer full): the line, to be freed with g_free()
 *
 * Since: 0.1
 */
char *
doson_ctr_validation_ok_to_string (DosonCtrProgram        *program,
                                   const char             *data_name,
                                   DosonCtrMeasurementSet *set,
                                   const char             *lang)
{
  DosonCtrLang l = _doson_ctr_lang_from_string (lang);
  GString *out;

  g_return_val_if_fail (DOSON_CTR_IS_PROGRAM (program), NULL);

  out = g_string_new (_doson_ctr_words_pick (l, "hợp lệ: chương trình ", "ok: programme "));
  g_string_append_printf (out, "%s (", doson_ctr_program_get_id (program));
  _doson_ctr_words_append_number (out, doson_ctr_program_get_indicators (program)->len, l);
  g_string_append (out, _doson_ctr_words_pick (l, " chỉ tiêu)", " indicators)"));
  if (set != NULL)
    {
      g_string_append_printf (out, "; %s: ", data_name != NULL ? data_name : "");
      _doson_ctr_words_append_number (out, doson_ctr_measurement_set_get_size (set), l);
      g_string_append (out, _doson_ctr_words_pick (l, " số liệu", " measurements"));
    }
  g_string_append (out, _doson_ctr_words_pick (l, "; không có lỗi\n", "; no problems\n"));
  return g_string_free (out, FALSE);
}
