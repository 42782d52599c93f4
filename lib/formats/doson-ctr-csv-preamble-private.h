/* doson-ctr-csv-preamble-private.h: the "# KEY: VALUE" lines before the
 * header of a measurement CSV; never installed
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_CSV_PREAMBLE_PRIVATE_H
#define DOSON_CTR_CSV_PREAMBLE_PRIVATE_H

#include <doson-ctr/doson-ctr-measurement.h>

#include "base/doson-ctr-text-private.h"

G_BEGIN_DECLS

/* What the lines before the header say of the whole data set
 * (doc/formats.md, section 4.3), and where the header starts. */
typedef struct
{
  gboolean         illustrative;
  DosonCtrLocText  description;
  char            *program;
  gsize            offset;  /* bytes before the header (and its BOM) */
  gboolean         vi;      /* the header announces the Vietnamese style
                             * (doson-ctr-csv-style-private.h); set by the
                             * measurement CSV loader */
  guint            line;    /* the header's line, from 1 */
  GPtrArray       *tasks;   /* of DosonCtrTaskProgress*, "# task:" lines;
                             * NULL when there are none */
} DosonCtrCsvPreamble;

/* Reads the preamble of @data (@length bytes, named @name): an optional
 * UTF-8 byte order mark, then lines that start with "#", each empty or
 * "# KEY: VALUE" with KEY illustrative (true or false), description
 * (Vietnamese), description[vi], description[en] or program (an id), each
 * at most once (description and description[vi] are one key), and task
 * ("ID; YEAR; STATE; NOTE", the progress on a task, any number); blank
 * lines may come between them.
 * A bad line is a DOSON_CTR_ERROR_INVALID_DATA error "NAME:LINE: ...",
 * also listed in @problems when it is not NULL. */
gboolean _doson_ctr_csv_preamble_read  (const char           *data,
                                        gsize                 length,
                                        const char           *name,
                                        GPtrArray            *problems,
                                        DosonCtrCsvPreamble  *preamble,
                                        GError              **error);
/* Fails with a DOSON_CTR_ERROR_INVALID_DATA error "NAME:LINE: MESSAGE",
 * listed in @problems too when it is not NULL; returns FALSE. */
gboolean _doson_ctr_csv_preamble_fail  (const char           *name,
                                        guint                 line,
                                        GPtrArray            *problems,
                                        GError              **error,
                                        const char           *format,
                                        ...) G_GNUC_PRINTF (5, 6);
/* Gives @set the illustrative mark, the description, the programme id and
 * the progress on tasks of @preamble. */
void     _doson_ctr_csv_preamble_apply (const DosonCtrCsvPreamble *preamble,
                                        DosonCtrMeasurementSet    *set);
void     _doson_ctr_csv_preamble_clear (DosonCtrCsvPreamble  *preamble);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (DosonCtrCsvPreamble, _doson_ctr_csv_preamble_clear)

G_END_DECLS

#endif /* DOSON_CTR_CSV_PREAMBLE_PRIVATE_H */
