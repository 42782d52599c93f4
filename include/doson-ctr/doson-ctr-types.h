/* doson-ctr-types.h: the enumerations every layer shares
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_TYPES_H
#define DOSON_CTR_TYPES_H

#if !defined(DOSON_CTR_INSIDE) && !defined(DOSON_CTR_COMPILATION)
#error "Only <doson-ctr/doson-ctr.h> can be included directly."
#endif

#include <glib-object.h>
#include <doson-ctr/doson-ctr-version-macros.h>

G_BEGIN_DECLS

/**
 * DosonCtrStatus:
 * @DOSON_CTR_STATUS_NOT_AVAILABLE: not enough data to judge
 *   ("Chưa đủ số liệu", "Insufficient data")
 * @DOSON_CTR_STATUS_TARGET_ACHIEVED: the target is met, as the `open-sdg`
 *   method names it ("Đạt", "Achieved")
 * @DOSON_CTR_STATUS_SUBSTANTIAL_PROGRESS: on track ("Đúng tiến độ")
 * @DOSON_CTR_STATUS_MODERATE_PROGRESS: progress that needs to be
 *   accelerated ("Cần đẩy nhanh")
 * @DOSON_CTR_STATUS_LIMITED_PROGRESS: little or no progress
 *   ("Tiến triển chậm")
 * @DOSON_CTR_STATUS_DETERIORATION: moving away from the target ("Xấu đi")
 * @DOSON_CTR_STATUS_ACHIEVED: the target is met, in programme reports
 *   ("Đạt", "Achieved")
 * @DOSON_CTR_STATUS_NOT_ACHIEVED: the target was due and is not met
 *   ("Không đạt")
 * @DOSON_CTR_STATUS_PENDING: a milestone that is not yet due and not yet
 *   met ("Chưa đến hạn")
 *
 * The status words shared by the progress methods and the programme's own
 * assessment. Their string ids (doson_ctr_status_to_string()) are stable
 * and appear in every output format: "not_achieved". The nicks of the
 * #GEnumValue that bindings show (Python's `value_nick`) are spelt with
 * hyphens, "not-achieved", as GLib makes them; use
 * doson_ctr_status_to_string() and doson_ctr_status_from_string() (in
 * Python `DosonCtr.status_to_string()`) to read and write the ids of the
 * files.
 *
 * Since: 0.1
 */
typedef enum {
  DOSON_CTR_STATUS_NOT_AVAILABLE = 0,
  DOSON_CTR_STATUS_TARGET_ACHIEVED,
  DOSON_CTR_STATUS_SUBSTANTIAL_PROGRESS,
  DOSON_CTR_STATUS_MODERATE_PROGRESS,
  DOSON_CTR_STATUS_LIMITED_PROGRESS,
  DOSON_CTR_STATUS_DETERIORATION,
  DOSON_CTR_STATUS_ACHIEVED,
  DOSON_CTR_STATUS_NOT_ACHIEVED,
  DOSON_CTR_STATUS_PENDING
} DosonCtrStatus;

/**
 * DosonCtrDirection:
 * @DOSON_CTR_DIRECTION_HIGHER: higher values are better
 * @DOSON_CTR_DIRECTION_LOWER: lower values are better
 *
 * Which way an indicator should move.
 *
 * Since: 0.1
 */
typedef enum {
  DOSON_CTR_DIRECTION_HIGHER = 0,
  DOSON_CTR_DIRECTION_LOWER
} DosonCtrDirection;

/**
 * DosonCtrMeasure:
 * @DOSON_CTR_MEASURE_PERCENT: a share in percent, 0 to 100 ("percent")
 * @DOSON_CTR_MEASURE_COUNT: a count of things, never negative ("count")
 * @DOSON_CTR_MEASURE_AMOUNT: an amount of money or another quantity
 *   ("amount")
 * @DOSON_CTR_MEASURE_BOOLEAN: yes (1) or no (0) ("boolean")
 *
 * What kind of number an indicator's values are. The strings in brackets
 * are the spellings of doson_ctr_measure_to_string() and of the data files.
 *
 * Since: 0.1
 */
typedef enum {
  DOSON_CTR_MEASURE_PERCENT = 0,
  DOSON_CTR_MEASURE_COUNT,
  DOSON_CTR_MEASURE_AMOUNT,
  DOSON_CTR_MEASURE_BOOLEAN
} DosonCtrMeasure;

/**
 * DosonCtrCsvStyle:
 * @DOSON_CTR_CSV_STYLE_PLAIN: commas between fields, a decimal point, no
 *   byte order mark: RFC 4180, for programs ("plain")
 * @DOSON_CTR_CSV_STYLE_EXCEL: as @DOSON_CTR_CSV_STYLE_PLAIN, after a UTF-8
 *   byte order mark, so that Excel shows the Vietnamese letters ("excel")
 * @DOSON_CTR_CSV_STYLE_VI: as Excel or LibreOffice save a CSV in a
 *   Vietnamese locale: semicolons between fields, a decimal comma, after a
 *   UTF-8 byte order mark ("vi")
 *
 * How a CSV file separates its fields and writes its numbers. Numbers
 * are never grouped by thousands in any style, so that a spreadsheet
 * reads them as numbers.
 *
 * Since: 0.1
 */
typedef enum {
  DOSON_CTR_CSV_STYLE_PLAIN = 0,
  DOSON_CTR_CSV_STYLE_EXCEL,
  DOSON_CTR_CSV_STYLE_VI
} DosonCtrCsvStyle;

DOSON_CTR_AVAILABLE_IN_0_1
const char     *doson_ctr_status_to_string (DosonCtrStatus status);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean        doson_ctr_status_from_string (const char     *str,
                                              DosonCtrStatus *status);
DOSON_CTR_AVAILABLE_IN_0_1
const char     *doson_ctr_status_get_label (DosonCtrStatus status,
                                            const char    *lang);

DOSON_CTR_AVAILABLE_IN_0_1
const char     *doson_ctr_lang_normalize (const char *lang);

DOSON_CTR_AVAILABLE_IN_0_1
const char     *doson_ctr_direction_to_string (DosonCtrDirection direction);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean        doson_ctr_direction_from_string (const char        *str,
                                                 DosonCtrDirection *direction);

DOSON_CTR_AVAILABLE_IN_0_1
const char *doson_ctr_measure_to_string (DosonCtrMeasure measure);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean    doson_ctr_measure_from_string (const char      *str,
                                           DosonCtrMeasure *measure);

DOSON_CTR_AVAILABLE_IN_0_1
const char *doson_ctr_csv_style_to_string (DosonCtrCsvStyle style);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean    doson_ctr_csv_style_from_string (const char       *str,
                                             DosonCtrCsvStyle *style);

G_END_DECLS

#endif /* DOSON_CTR_TYPES_H */
