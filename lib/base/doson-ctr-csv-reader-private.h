/* doson-ctr-csv-reader-private.h: the CSV reader's state, which its
 * scanner (doson-ctr-csv-scan.c) and the reader (doson-ctr-csv.c) share;
 * never installed
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_CSV_READER_PRIVATE_H
#define DOSON_CTR_CSV_READER_PRIVATE_H

#include "base/doson-ctr-csv-private.h"

G_BEGIN_DECLS

/* Bytes after the data that the scanner may read: a sentinel and, for the
 * 64-byte window of scan_plain_record(), 63 more. */
#define SLACK DOSON_CTR_CSV_SLACK

/* The first buffer holds this much (or a block, if that is smaller).  It
 * doubles while reads fill it, up to a block, so that a short input costs
 * a short buffer and a long one is soon read a whole block at a time. */
#define FIRST_CAP 4096

struct _DosonCtrCsvReader
{
  GInputStream     *stream;
  char             *name;
  char              separator;    /* as the file had it, for hints */

  char             *buf;          /* cap + SLACK bytes */
  gboolean          borrowed;     /* buf is the caller's (_new_for_data()) */
  gsize             cap;
  gsize             pos;          /* start of the unread data */
  gsize             end;          /* end of the data read */
  gboolean          eof;
  gboolean          last_read_filled;
  gboolean          bom_checked;
  guint64           line;         /* physical line at pos */
  guint64           record_line;  /* where the current record starts */

  gsize             block_size;
  gsize             max_record;

  DosonCtrCsvField *fields;
  gsize             n_fields_alloc;
  gsize             n_fields;     /* of the current record */

  char            **header;       /* the first record's fields */
  gsize             n_header;

  DosonCtrProblems  problems;
};

typedef enum
{
  SCAN_RECORD,
  SCAN_END,
  SCAN_NEED_MORE,
  SCAN_ERROR
} ScanResult;

/* Sets up the scanner's byte classes, once. */
void _doson_ctr_csv_scan_init (void);
/* Moves the unread data to the start of the buffer, grows the buffer when
 * it is full, and reads one block. */
gboolean _doson_ctr_csv_scan_refill (DosonCtrCsvReader *reader,
                                     GCancellable      *cancellable,
                                     GError           **error);
/* Scans one record from reader->pos: SCAN_RECORD with its fields in
 * reader->fields, SCAN_NEED_MORE when the buffer ends inside it. */
ScanResult _doson_ctr_csv_scan_record (DosonCtrCsvReader *reader,
                                       GError           **error);

G_END_DECLS

#endif /* DOSON_CTR_CSV_READER_PRIVATE_H */
