/* doson-ctr-csv-private.h: a streaming RFC 4180 CSV reader
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Never installed. Names are _doson_ctr_* and never exported.
 */

#ifndef DOSON_CTR_CSV_PRIVATE_H
#define DOSON_CTR_CSV_PRIVATE_H

#include <gio/gio.h>
#include <doson-ctr/doson-ctr-error.h>

#include "base/doson-ctr-number-private.h"
#include "base/doson-ctr-escape-private.h"
#include "base/doson-ctr-diagnostic-private.h"

G_BEGIN_DECLS

/* How much the reader asks the stream for at a time. */
#define DOSON_CTR_CSV_BLOCK_SIZE (256 * 1024)

/* The longest record the reader accepts, in bytes, counting the line
 * breaks inside quoted fields but not the one that ends the record.  A
 * longer record is a DOSON_CTR_ERROR_LIMIT error. */
#define DOSON_CTR_CSV_MAX_RECORD (1024 * 1024)

/* The most fields a record may have (DOSON_CTR_ERROR_LIMIT beyond). */
#define DOSON_CTR_CSV_MAX_FIELDS 4096

/*
 * DosonCtrCsvField: one field of the current record, a view into the
 * reader's buffer, valid until the next call of _doson_ctr_csv_reader_next().
 *
 *  text    the field's content, quotes removed and "" unescaped, followed
 *          by a NUL (the content itself may hold a NUL byte only if the
 *          input did; len is authoritative);
 *  len     its length in bytes;
 *  line    the physical line (from 1) on which the field starts;
 *  quoted  whether the field was written between double quotes.
 */
typedef struct
{
  char    *text;
  gsize    len;
  guint64  line;
  gboolean quoted;
} DosonCtrCsvField;

typedef struct _DosonCtrCsvReader DosonCtrCsvReader;

typedef enum
{
  DOSON_CTR_CSV_READ_ERROR = -1,   /* @error is set */
  DOSON_CTR_CSV_READ_END = 0,      /* no more records; @error is not set */
  DOSON_CTR_CSV_READ_RECORD = 1    /* a record is in *fields */
} DosonCtrCsvRead;

/*
 * The reader.  The input is UTF-8 (an initial byte order mark is skipped)
 * in RFC 4180 syntax with these readings:
 *  - records end with LF, CRLF or a lone CR; the last record may lack one;
 *  - a line with nothing on it (not even "") is skipped, not a record;
 *  - a field is quoted only when its first byte is a double quote; inside,
 *    "" stands for one quote and line breaks are data;
 *  - a quote inside an unquoted field, or anything but a comma or a line
 *    break after a closing quote, is a DOSON_CTR_ERROR_PARSE error, as are
 *    a quote left open at the end of the input and invalid UTF-8;
 *  - a record longer than max_record bytes or with more than
 *    DOSON_CTR_CSV_MAX_FIELDS fields is a DOSON_CTR_ERROR_LIMIT error.
 *
 * Errors are "NAME:LINE: ..." with the name given to _new(); a field of a
 * record after the first is named by the first record's field (the header)
 * at that position: field "value".  Read errors of the stream become
 * DOSON_CTR_ERROR_IO, except G_IO_ERROR_CANCELLED, which is passed on.
 *
 * Nothing is allocated per record: the buffer grows only for a record that
 * does not fit a block, up to max_record.
 */
DosonCtrCsvReader *_doson_ctr_csv_reader_new (GInputStream *stream,
                                              const char   *name);
/* A reader of the file at @path (named by its display name in messages);
 * NULL with DOSON_CTR_ERROR_IO when it cannot be opened. */
DosonCtrCsvReader *_doson_ctr_csv_reader_new_for_path (const char  *path,
                                                       GError     **error);
void               _doson_ctr_csv_reader_free (DosonCtrCsvReader *reader);

/* For reading a file in parallel pieces: a reader of @stream, a piece of
 * the file that @parent read the header of, starting at a record on line
 * @first_line; it names the file, the fields and its limits as @parent
 * does, and a byte order mark at its start is data. */
DosonCtrCsvReader *_doson_ctr_csv_reader_new_continuation (DosonCtrCsvReader *parent,
                                                           GInputStream      *stream,
                                                           guint64            first_line);
/* The bytes after its data that a reader may read and write: see
 * _doson_ctr_csv_reader_new_for_data(). */
#define DOSON_CTR_CSV_SLACK 64

/* The same for the @len bytes at @data, read in place: the reader writes
 * into them (it ends fields with a NUL, unescapes quotes) and into the
 * DOSON_CTR_CSV_SLACK bytes after them, which must be there; @data must
 * outlive the reader. */
DosonCtrCsvReader *_doson_ctr_csv_reader_new_for_data (DosonCtrCsvReader *parent,
                                                       char              *data,
                                                       gsize              len,
                                                       guint64            first_line);
/* The physical lines that the @len bytes at @data end, as the reader
 * counts them: each LF, CRLF and lone CR (a CR at the very end counts). */
guint64 _doson_ctr_csv_count_lines (const char *data,
                                    gsize       len);
/* In one pass over the @len bytes at @data: how many LFs, and whether a
 * CR or a double quote is among them (without either, the LFs are the
 * line breaks and every one ends a record). */
guint64 _doson_ctr_csv_count_lf (const char *data,
                                 gsize       len,
                                 gboolean   *has_cr,
                                 gboolean   *has_quote);
/* Appends to @rest the bytes @reader has read from its stream but not yet
 * scanned, and gives whether the stream has ended and the line those
 * bytes start on; the caller reads on from the stream itself. */
void _doson_ctr_csv_reader_take_rest (DosonCtrCsvReader *reader,
                                      GByteArray        *rest,
                                      gboolean          *eof,
                                      guint64           *line);
/* The physical line the unread data start on: after the last record, the
 * number of lines the input had plus the first line. */
guint64 _doson_ctr_csv_reader_get_next_line (DosonCtrCsvReader *reader);

/* Makes the reader list its problems in @problems (of DosonCtrDiagnostic)
 * as DosonCtrProblems describes: after a failed check of a record,
 * _doson_ctr_csv_reader_carry_on() lists the problem, clears @error and
 * returns TRUE, or returns FALSE when the reader does not list its
 * problems.  _doson_ctr_csv_reader_stop() lists a problem that ends the
 * reading (the one reported last, else @error). */
void     _doson_ctr_csv_reader_collect  (DosonCtrCsvReader  *reader,
                                         GPtrArray          *problems);
gboolean _doson_ctr_csv_reader_carry_on (DosonCtrCsvReader  *reader,
                                         GError            **error);
void     _doson_ctr_csv_reader_stop     (DosonCtrCsvReader  *reader,
                                         const GError       *error);

/* For tests: the size of each read (>= 1), and the record limit (>= 1).
 * Call before the first read. */
void _doson_ctr_csv_reader_set_block_size (DosonCtrCsvReader *reader,
                                           gsize              block_size);
void _doson_ctr_csv_reader_set_max_record (DosonCtrCsvReader *reader,
                                           gsize              max_record);

/* The line number of the stream's first line (1 unless the caller read
 * lines before it itself, as the measurement CSV's preamble). Call before
 * the first read. */
void _doson_ctr_csv_reader_set_first_line (DosonCtrCsvReader *reader,
                                           guint64            line);

/* The separator the file had before it was rewritten for the reader: ';'
 * for a measurement CSV in the Vietnamese style, ',' (the default)
 * otherwise. Hints name it. */
void _doson_ctr_csv_reader_set_separator (DosonCtrCsvReader *reader,
                                          char               separator);

const char *_doson_ctr_csv_reader_get_name (DosonCtrCsvReader *reader);

/* The physical line on which the current record starts (0 before the
 * first record). */
guint64 _doson_ctr_csv_reader_get_line (DosonCtrCsvReader *reader);

/* The bytes of the stream taken by the records read so far, when the
 * reader has read @n_read bytes of it (g_seekable_tell() on a file). */
guint64 _doson_ctr_csv_reader_get_consumed (DosonCtrCsvReader *reader,
                                            guint64            n_read);

/* Where the current record starts, "NAME:LINE", as a new string; cheap
 * enough to make for every record. */
char *_doson_ctr_csv_reader_locate (DosonCtrCsvReader *reader);

/* Reads the next record into *fields (an array of *n_fields >= 1 fields,
 * owned by the reader). */
DosonCtrCsvRead _doson_ctr_csv_reader_next (DosonCtrCsvReader  *reader,
                                            DosonCtrCsvField  **fields,
                                            gsize              *n_fields,
                                            GCancellable       *cancellable,
                                            GError            **error);

/* A field of a plain record (_doson_ctr_csv_reader_split_plain()): a
 * view into the reader's buffer, not NUL-terminated. */
typedef struct
{
  const char *text;
  gsize       len;
} DosonCtrCsvSpan;

/*
 * For the hot loops that read millions of simple records: splits the
 * plain records at the start of the reader's unread data, at most
 * @max_records of them, without changing the reader or its buffer.  A
 * plain record is one line of ASCII ended by a LF (not the end of the
 * data), shorter than 64 bytes and than the record limit, without quotes,
 * CRs or NULs, with exactly @n_fields (>= 2) fields: what
 * _doson_ctr_csv_reader_next() would read as that many unquoted fields.
 * Record r's fields go to @spans[r * @n_fields ...], and the offset just
 * past its LF, from the unread data's start, to @ends[r].  Stops at the
 * first record that is not plain and returns how many were split; the
 * caller takes as many of them as it likes with
 * _doson_ctr_csv_reader_skip_plain() and reads the next through
 * _doson_ctr_csv_reader_next(), which also says what is wrong with it.
 * Always 0 without SSE2, and before the reader has read a record.
 */
gsize _doson_ctr_csv_reader_split_plain (DosonCtrCsvReader *reader,
                                         gsize              n_fields,
                                         DosonCtrCsvSpan   *spans,
                                         gsize             *ends,
                                         gsize              max_records);

/* Moves the reader past the first @n_records records that
 * _doson_ctr_csv_reader_split_plain() gave, @n_bytes in all (their
 * @ends). */
void _doson_ctr_csv_reader_skip_plain (DosonCtrCsvReader *reader,
                                       gsize              n_bytes,
                                       gsize              n_records);

/* Reads the first record, the header.  An input without any record is a
 * DOSON_CTR_ERROR_INVALID_DATA error "NAME: empty file, expected a
 * header". */
gboolean _doson_ctr_csv_reader_read_header (DosonCtrCsvReader  *reader,
                                            DosonCtrCsvField  **fields,
                                            gsize              *n_fields,
                                            GCancellable       *cancellable,
                                            GError            **error);

/* The number of the header's fields: the width every record must have
 * (0 before the header is read). */
gsize _doson_ctr_csv_reader_get_width (DosonCtrCsvReader *reader);

/* The header's name of column @index (from 0), or NULL when the header has
 * fewer columns. */
const char *_doson_ctr_csv_reader_get_column_name (DosonCtrCsvReader *reader,
                                                   gsize              index);

/* Sets @error to "NAME:LINE: field "COLUMN": MESSAGE", LINE being the line
 * of field @index of the current record. */
void _doson_ctr_csv_reader_field_error (DosonCtrCsvReader *reader,
                                        GError           **error,
                                        gint               code,
                                        gsize              index,
                                        const char        *format,
                                        ...) G_GNUC_PRINTF (5, 6);

/* Sets @error to "NAME:LINE: field "COLUMN": MESSAGE" for field
 * @field_index (from 0) of a record, whose field started on @line (this or
 * an earlier record), or to "NAME:LINE: MESSAGE" for a @field_index of -1,
 * about the whole record. */
void _doson_ctr_csv_reader_problem (DosonCtrCsvReader *reader,
                                    GError           **error,
                                    gint               code,
                                    guint64            line,
                                    gssize             field_index,
                                    const char        *format,
                                    ...) G_GNUC_PRINTF (6, 7);

/* Sets @error to "NAME:LINE: MESSAGE", LINE being where the current record
 * starts. */
void _doson_ctr_csv_reader_record_error (DosonCtrCsvReader *reader,
                                         GError           **error,
                                         gint               code,
                                         const char        *format,
                                         ...) G_GNUC_PRINTF (4, 5);

/* Field @index of the current record as a finite double / a year, with an
 * error naming file, line and column otherwise: an empty field, text that
 * is not a number (DOSON_CTR_ERROR_PARSE), "nan", "inf", or a number too
 * large for a double (DOSON_CTR_ERROR_NOT_FINITE), a year that is not an
 * integer (DOSON_CTR_ERROR_PARSE) or out of DOSON_CTR_YEAR_MIN to
 * DOSON_CTR_YEAR_MAX (DOSON_CTR_ERROR_INVALID_DATA).  *value is untouched
 * on failure. */
gboolean _doson_ctr_csv_reader_parse_double (DosonCtrCsvReader *reader,
                                             DosonCtrCsvField  *fields,
                                             gsize              index,
                                             double            *value,
                                             GError           **error);
gboolean _doson_ctr_csv_reader_parse_year (DosonCtrCsvReader *reader,
                                           DosonCtrCsvField  *fields,
                                           gsize              index,
                                           int               *year,
                                           GError           **error);

/* Whether a field is blank: empty, or only spaces and tabs. */
gboolean _doson_ctr_csv_field_is_blank (const DosonCtrCsvField *field);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DosonCtrCsvReader, _doson_ctr_csv_reader_free)

G_END_DECLS

#endif /* DOSON_CTR_CSV_PRIVATE_H */
