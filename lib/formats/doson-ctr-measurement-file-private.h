/* doson-ctr-measurement-file-private.h: the measurement file readers, as
 * the validation uses them; never installed
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_MEASUREMENT_FILE_PRIVATE_H
#define DOSON_CTR_MEASUREMENT_FILE_PRIVATE_H

#include <doson-ctr/doson-ctr-measurement.h>

G_BEGIN_DECLS

/* Where a reader found what it read: the line and column (0 for CSV) of
 * each measurement added, in the order of the set, and of the "program"
 * member (0 when there is none). */
typedef struct
{
  guint line;
  guint column;
} DosonCtrPlace;

typedef struct
{
  GArray        *measurements;   /* of DosonCtrPlace */
  DosonCtrPlace  program;
} DosonCtrPlaces;

/* Read a measurement file's text, JSON (doc/formats.md, section 3) or
 * CSV (section 4).  Without @problems, the first problem fails the call
 * with @error.  With @problems (a list of DosonCtrDiagnostic), every
 * problem is added to it in one pass: the reader carries on past a bad
 * measurement or record, which is left out, and returns the set of the
 * others, with their places in @places (optional); a problem that ends
 * the reading (bad syntax, a bad header) is listed and NULL returned.
 * The CSV reader reads the style @style asked for (a DosonCtrCsvStyle) or
 * DOSON_CTR_CSV_STYLE_ANNOUNCED (doson-ctr-csv-style-private.h). */
DosonCtrMeasurementSet *_doson_ctr_measurement_set_load_json (const char      *data,
                                                              gsize            length,
                                                              const char      *name,
                                                              GPtrArray       *problems,
                                                              DosonCtrPlaces  *places,
                                                              GError         **error);
DosonCtrMeasurementSet *_doson_ctr_measurement_set_load_csv (const char      *data,
                                                             gsize            length,
                                                             const char      *name,
                                                             int              style,
                                                             GPtrArray       *problems,
                                                             DosonCtrPlaces  *places,
                                                             GError         **error);

/* As the public doson_ctr_measurement_set_new_from_csv_data*(), in
 * @style (a DosonCtrCsvStyle or DOSON_CTR_CSV_STYLE_ANNOUNCED). */
DosonCtrMeasurementSet *_doson_ctr_measurement_set_load_csv_data (const char  *data,
                                                                  gssize       length,
                                                                  const char  *name,
                                                                  int          style,
                                                                  GError     **error);

/* As doson_ctr_measurement_set_new_from_file() and
 * doson_ctr_measurement_set_validate_file(), a CSV file in @style. */
DosonCtrMeasurementSet *_doson_ctr_measurement_set_load_file (const char  *path,
                                                              int          style,
                                                              GError     **error);
GPtrArray *_doson_ctr_measurement_set_validate_file (const char              *path,
                                                     int                      style,
                                                     DosonCtrProgram         *program,
                                                     DosonCtrMeasurementSet **set);

/* Whether a measurement file is read as CSV: its name ends in ".csv", in
 * any case. */
gboolean _doson_ctr_is_csv_path (const char *path);

G_END_DECLS

#endif /* DOSON_CTR_MEASUREMENT_FILE_PRIVATE_H */
