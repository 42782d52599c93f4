/* test-csv.c: the streaming CSV reader (white-box: private API)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "doson-ctr-test.h"

#include "base/doson-ctr-private.h"
#include "base/doson-ctr-csv-private.h"

/* ------------------------------------------------------------------ */
/* Helpers                                                             */
/* ------------------------------------------------------------------ */

static DosonCtrCsvReader *
reader_for (const char *data,
            gssize      len,
            gsize       block_size)
{
  g_autoptr(GInputStream) stream = NULL;
  DosonCtrCsvReader *reader;

  if (len < 0)
    len = strlen (data);
  stream = g_memory_input_stream_new_from_data (g_memdup2 (data, len), len, g_free);
  reader = _doson_ctr_csv_reader_new (stream, "in.csv");
  if (block_size > 0)
    _doson_ctr_csv_reader_set_block_size (reader, block_size);
  return reader;
}

/* Reads every record and renders them as "LINE:f1|f2|...\n" with each
 * field as "TEXT@LINE" (TEXT with \n and \r shown as \\n, \\r, and a
 * quoted field in brackets).  Returns NULL and sets @error on failure. */
static char *
render (const char  *data,
        gssize       len,
        gsize        block_size,
        GError     **error)
{
  g_autoptr(DosonCtrCsvReader) reader = reader_for (data, len, block_size);
  g_autoptr(GString) out = g_string_new (NULL);
  DosonCtrCsvField *fields;
  gsize n, i, j;
  DosonCtrCsvRead status;

  while ((status = _doson_ctr_csv_reader_next (reader, &fields, &n, NULL, error))
         == DOSON_CTR_CSV_READ_RECORD)
    {
      g_string_append_printf (out, "%" G_GUINT64_FORMAT ":",
                              _doson_ctr_csv_reader_get_line (reader));
      for (i = 0; i < n; i++)
        {
          ck_assert_int_eq (fields[i].text[fields[i].len], '\0');
          if (i > 0)
            g_string_append_c (out, '|');
          if (fields[i].quoted)
            g_string_append_c (out, '[');
          for (j = 0; j < fields[i].len; j++)
            {
              char c = fields[i].text[j];

              if (c == '\n')
                g_string_append (out, "\\n");
              else if (c == '\r')
                g_string_append (out, "\\r");
              else
                g_string_append_c (out, c);
            }
          if (fields[i].quoted)
            g_string_append_c (out, ']');
          g_string_append_printf (out, "@%" G_GUINT64_FORMAT, fields[i].line);
        }
      g_string_append_c (out, '\n');
    }

  if (status == DOSON_CTR_CSV_READ_ERROR)
    return NULL;
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Renders @data with the default block size and with every block size
 * from 1 to 19, and asserts the same outcome each time. */
static void
assert_render (const char *data,
               gssize      len,
               const char *expected)
{
  gsize block;

  for (block = 0; block < 20; block++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *got = render (data, len, block, &error);

      ck_assert_msg (got != NULL, "block size %zu: %s", block,
                     error != NULL ? error->message : "?");
      ck_assert_msg (strcmp (got, expected) == 0,
                     "block size %zu:\n got: %s\nwant: %s", block, got, expected);
    }
}

/* Asserts that reading @data fails with @code and the message @message,
 * whatever the block size. */
static void
assert_render_error (const char *data,
                     gssize      len,
                     int         code,
                     const char *message)
{
  gsize block;

  for (block = 0; block < 20; block++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *got = render (data, len, block, &error);

      ck_assert_msg (got == NULL, "block size %zu: no error, got %s", block, got);
      ck_assert_msg (g_error_matches (error, DOSON_CTR_ERROR, code),
                     "block size %zu: wrong error %s (%d)", block, error->message, error->code);
      ck_assert_msg (strcmp (error->message, message) == 0,
                     "block size %zu:\n got: %s\nwant: %s", block, error->message, message);
    }
}

/* ------------------------------------------------------------------ */
/* core                                                                */
/* ------------------------------------------------------------------ */

START_TEST (test_simple)
{
  assert_render ("a,b,c\n1,2,3\n", -1,
                 "1:a@1|b@1|c@1\n"
                 "2:1@2|2@2|3@2\n");
}
END_TEST

START_TEST (test_no_final_newline)
{
  assert_render ("a,b\n1,2", -1,
                 "1:a@1|b@1\n"
                 "2:1@2|2@2\n");
  assert_render ("a,b\n\"1\",\"2\"", -1,
                 "1:a@1|b@1\n"
                 "2:[1]@2|[2]@2\n");
}
END_TEST

START_TEST (test_crlf_and_cr)
{
  assert_render ("a,b\r\n1,2\r\n3,4\r\n", -1,
                 "1:a@1|b@1\n"
                 "2:1@2|2@2\n"
                 "3:3@3|4@3\n");
  assert_render ("a,b\r1,2\r3,4", -1,
                 "1:a@1|b@1\n"
                 "2:1@2|2@2\n"
                 "3:3@3|4@3\n");
}
END_TEST

START_TEST (test_quotes)
{
  assert_render ("s,v\n\"a,b\",\"say \"\"hi\"\"\"\n\"\"\"\",\"\"\n", -1,
                 "1:s@1|v@1\n"
                 "2:[a,b]@2|[say \"hi\"]@2\n"
                 "3:[\"]@3|[]@3\n");
}
END_TEST

START_TEST (test_embedded_newlines)
{
  /* A field spanning lines: the record starts on line 2, its second field
   * on line 2, its third on line 4; the next record on line 5. */
  assert_render ("a,b,c\n1,\"x\ny\nz\",3\n4,5,6\n", -1,
                 "1:a@1|b@1|c@1\n"
                 "2:1@2|[x\\ny\\nz]@2|3@4\n"
                 "5:4@5|5@5|6@5\n");
  assert_render ("a,b\r\n\"p\r\nq\",\"r\rs\"\r\n7,8\r\n", -1,
                 "1:a@1|b@1\n"
                 "2:[p\\r\\nq]@2|[r\\rs]@3\n"
                 "5:7@5|8@5\n");
}
END_TEST

START_TEST (test_bom)
{
  assert_render ("\xEF\xBB\xBFseries,year\nA,2015\n", -1,
                 "1:series@1|year@1\n"
                 "2:A@2|2015@2\n");
  /* Only at the very start. */
  assert_render ("a\n\xEF\xBB\xBFx\n", -1,
                 "1:a@1\n"
                 "2:\xEF\xBB\xBFx@2\n");
}
END_TEST

START_TEST (test_empty_fields_and_blank_lines)
{
  assert_render ("a,,c\n,,\n\n\r\n\nx,\n", -1,
                 "1:a@1|@1|c@1\n"
                 "2:@2|@2|@2\n"
                 "6:x@6|@6\n");
  assert_render ("\n\na\n", -1, "3:a@3\n");
  assert_render ("a,b\nc,", -1,
                 "1:a@1|b@1\n"
                 "2:c@2|@2\n");
}
END_TEST

START_TEST (test_utf8)
{
  assert_render ("chỉ tiêu,giá trị\n\"Đồ Sơn, Hải Phòng\",tăng\n", -1,
                 "1:chỉ tiêu@1|giá trị@1\n"
                 "2:[Đồ Sơn, Hải Phòng]@2|tăng@2\n");
}
END_TEST

START_TEST (test_empty_input)
{
  static const char * const inputs[] = { "", "\n\n", "\xEF\xBB\xBF", "\r\n" };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr(DosonCtrCsvReader) reader = reader_for (inputs[i], -1, 0);
      g_autoptr(GError) error = NULL;
      DosonCtrCsvField *fields = NULL;
      gsize n = 42;

      ck_assert_int_eq (_doson_ctr_csv_reader_next (reader, &fields, &n, NULL, &error),
                        DOSON_CTR_CSV_READ_END);
      ck_assert_ptr_null (error);
    }

  {
    g_autoptr(DosonCtrCsvReader) reader = reader_for ("", 0, 0);
    g_autoptr(GError) error = NULL;
    DosonCtrCsvField *fields;
    gsize n;

    ck_assert (!_doson_ctr_csv_reader_read_header (reader, &fields, &n, NULL, &error));
    ck_assert (g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA));
    ck_assert_str_eq (error->message, "in.csv: empty file, expected a header");
  }
}
END_TEST

START_TEST (test_long_record_across_blocks)
{
  g_autoptr(GString) data = g_string_new ("h\n");
  g_autoptr(GString) expected = g_string_new ("1:h@1\n2:");
  g_autoptr(GError) error = NULL;
  g_autofree char *got = NULL;
  int i;

  for (i = 0; i < 10000; i++)
    g_string_append_c (data, 'a' + i % 26);
  g_string_append (expected, data->str + 2);
  g_string_append (expected, "@2\n");
  g_string_append (data, "\n");

  got = render (data->str, data->len, 7, &error);
  ck_assert_msg (got != NULL, "%s", error != NULL ? error->message : "?");
  ck_assert_str_eq (got, expected->str);
}
END_TEST

/* A long input is read in blocks that grow from a short first buffer to
 * the default block: every record comes out the same as when it is read
 * a few bytes at a time. */
START_TEST (test_many_records_growing_buffer)
{
  static const gsize blocks[] = { 0, 4095, 4097, 100000, 13 };
  g_autoptr(GString) data = g_string_new ("a,b\n");
  g_autofree char *first = NULL;
  gsize i;

  for (i = 0; data->len < 700 * 1024; i++)
    {
      g_string_append_printf (data, "%zu,", i);
      if (i % 7 == 0)
        g_string_append_printf (data, "\"q\n%zu\"\"x\"", i * 31);
      else
        g_string_append_len (data, "abcdefghijklmnopqrstuvwxyz", (gssize) (i % 27));
      g_string_append (data, i % 5 == 0 ? "\r\n" : "\n");
    }

  for (i = 0; i < G_N_ELEMENTS (blocks); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *got = render (data->str, data->len, blocks[i], &error);

      ck_assert_msg (got != NULL, "block %zu: %s", blocks[i],
                     error != NULL ? error->message : "?");
      if (first == NULL)
        first = g_steal_pointer (&got);
      else
        ck_assert_msg (strcmp (got, first) == 0, "block %zu differs", blocks[i]);
    }
  ck_assert_ptr_nonnull (strstr (first, "\n2:0@2|[q\\n0\"x]@2\n"));
}
END_TEST

START_TEST (test_field_names_in_messages)
{
  g_autoptr(DosonCtrCsvReader) reader = reader_for ("series,year,value\nA,2015,x\n", -1, 0);
  g_autoptr(GError) error = NULL;
  DosonCtrCsvField *fields;
  gsize n;
  double v = 42;

  ck_assert (_doson_ctr_csv_reader_read_header (reader, &fields, &n, NULL, &error));
  ck_assert_str_eq (_doson_ctr_csv_reader_get_column_name (reader, 2), "value");
  ck_assert_ptr_null (_doson_ctr_csv_reader_get_column_name (reader, 3));
  ck_assert_int_eq (_doson_ctr_csv_reader_next (reader, &fields, &n, NULL, &error),
                    DOSON_CTR_CSV_READ_RECORD);
  ck_assert (!_doson_ctr_csv_reader_parse_double (reader, fields, 2, &v, &error));
  ck_assert (g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_PARSE));
  ck_assert_str_eq (error->message, "in.csv:2: field \"value\": not a number: \"x\"");
  ck_assert (v == 42);
}
END_TEST

/* "NAME:LINE" of the current record, its digits made by hand. */
START_TEST (test_locate)
{
  g_autoptr(GString) data = g_string_new ("a\n\"");
  g_autoptr(DosonCtrCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  DosonCtrCsvField *fields;
  gsize n;
  char *where;
  int i;

  /* Records on lines 1, 2 (a quoted field over 98 lines) and 100. */
  for (i = 0; i < 97; i++)
    g_string_append_c (data, '\n');
  g_string_append (data, "\"\nc\n");
  reader = reader_for (data->str, (gssize) data->len, 0);

  where = _doson_ctr_csv_reader_locate (reader);
  ck_assert_str_eq (where, "in.csv:0");
  g_free (where);
  ck_assert_int_eq (_doson_ctr_csv_reader_next (reader, &fields, &n, NULL, &error),
                    DOSON_CTR_CSV_READ_RECORD);
  where = _doson_ctr_csv_reader_locate (reader);
  ck_assert_str_eq (where, "in.csv:1");
  g_free (where);
  ck_assert_int_eq (_doson_ctr_csv_reader_next (reader, &fields, &n, NULL, &error),
                    DOSON_CTR_CSV_READ_RECORD);
  where = _doson_ctr_csv_reader_locate (reader);
  ck_assert_str_eq (where, "in.csv:2");
  g_free (where);
  ck_assert_int_eq (_doson_ctr_csv_reader_next (reader, &fields, &n, NULL, &error),
                    DOSON_CTR_CSV_READ_RECORD);
  ck_assert_str_eq (fields[0].text, "c");
  where = _doson_ctr_csv_reader_locate (reader);
  ck_assert_str_eq (where, "in.csv:100");
  g_free (where);
}
END_TEST

START_TEST (test_field_parsers)
{
  g_autoptr(DosonCtrCsvReader) reader =
    reader_for ("y,v\n2015, 12.5 \n1899,nan\n20x5,\n 2200 ,-1e999\n", -1, 0);
  g_autoptr(GError) error = NULL;
  DosonCtrCsvField *fields;
  gsize n;
  int year = 0;
  double v = 0;

  ck_assert (_doson_ctr_csv_reader_read_header (reader, &fields, &n, NULL, &error));

  ck_assert_int_eq (_doson_ctr_csv_reader_next (reader, &fields, &n, NULL, &error),
                    DOSON_CTR_CSV_READ_RECORD);
  ck_assert (_doson_ctr_csv_reader_parse_year (reader, fields, 0, &year, &error));
  ck_assert_int_eq (year, 2015);
  ck_assert (_doson_ctr_csv_reader_parse_double (reader, fields, 1, &v, &error));
  ck_assert (v == 12.5);

  ck_assert_int_eq (_doson_ctr_csv_reader_next (reader, &fields, &n, NULL, &error),
                    DOSON_CTR_CSV_READ_RECORD);
  ck_assert (!_doson_ctr_csv_reader_parse_year (reader, fields, 0, &year, &error));
  ck_assert (g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA));
  ck_assert_str_eq (error->message,
                    "in.csv:3: field \"y\": year out of range (1900 to 2200): \"1899\"");
  g_clear_error (&error);
  ck_assert (!_doson_ctr_csv_reader_parse_double (reader, fields, 1, &v, &error));
  ck_assert (g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_NOT_FINITE));
  ck_assert_str_eq (error->message, "in.csv:3: field \"v\": not a finite number: \"nan\"");
  g_clear_error (&error);

  ck_assert_int_eq (_doson_ctr_csv_reader_next (reader, &fields, &n, NULL, &error),
                    DOSON_CTR_CSV_READ_RECORD);
  ck_assert (!_doson_ctr_csv_reader_parse_year (reader, fields, 0, &year, &error));
  ck_assert (g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_PARSE));
  ck_assert_str_eq (error->message, "in.csv:4: field \"y\": not a year: \"20x5\"");
  g_clear_error (&error);
  ck_assert (_doson_ctr_csv_field_is_blank (&fields[1]));
  ck_assert (!_doson_ctr_csv_reader_parse_double (reader, fields, 1, &v, &error));
  ck_assert (g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_PARSE));
  ck_assert_str_eq (error->message, "in.csv:4: field \"v\": empty, expected a number");
  g_clear_error (&error);

  ck_assert_int_eq (_doson_ctr_csv_reader_next (reader, &fields, &n, NULL, &error),
                    DOSON_CTR_CSV_READ_RECORD);
  ck_assert (_doson_ctr_csv_reader_parse_year (reader, fields, 0, &year, &error));
  ck_assert_int_eq (year, 2200);
  ck_assert (!_doson_ctr_csv_reader_parse_double (reader, fields, 1, &v, &error));
  ck_assert (g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_NOT_FINITE));
  ck_assert (v == 12.5);
}
END_TEST

START_TEST (test_new_for_path)
{
  g_autofree char *dir = g_dir_make_tmp ("test-csv-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "in.csv", NULL);
  g_autoptr(GError) error = NULL;
  DosonCtrCsvField *fields;
  gsize n;

  ck_assert (g_file_set_contents (path, "a,b\n1,2\n", -1, NULL));
  {
    g_autoptr(DosonCtrCsvReader) reader = _doson_ctr_csv_reader_new_for_path (path, &error);

    ck_assert_ptr_nonnull (reader);
    ck_assert_str_eq (_doson_ctr_csv_reader_get_name (reader), path);
    ck_assert (_doson_ctr_csv_reader_read_header (reader, &fields, &n, NULL, &error));
    ck_assert_int_eq (_doson_ctr_csv_reader_next (reader, &fields, &n, NULL, &error),
                      DOSON_CTR_CSV_READ_RECORD);
    ck_assert_str_eq (fields[1].text, "2");
    ck_assert_int_eq (_doson_ctr_csv_reader_next (reader, &fields, &n, NULL, &error),
                      DOSON_CTR_CSV_READ_END);
  }
  ck_assert_int_eq (g_remove (path), 0);
  ck_assert_int_eq (g_rmdir (dir), 0);

  ck_assert_ptr_null (_doson_ctr_csv_reader_new_for_path (path, &error));
  ck_assert (g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_IO));
  ck_assert (g_str_has_prefix (error->message, path));
}
END_TEST

/* ------------------------------------------------------------------ */
/* errors                                                              */
/* ------------------------------------------------------------------ */

START_TEST (test_unterminated_quote)
{
  assert_render_error ("a,b\n1,\"open\n2,3\n", -1, DOSON_CTR_ERROR_PARSE,
                       "in.csv:2: field \"b\": unterminated quoted field");
  assert_render_error ("\"", -1, DOSON_CTR_ERROR_PARSE,
                       "in.csv:1: field 1: unterminated quoted field");
}
END_TEST

START_TEST (test_stray_quote)
{
  assert_render_error ("a,b\n1,2\n3,4\"5\n", -1, DOSON_CTR_ERROR_PARSE,
                       "in.csv:3: field \"b\": a quote inside an unquoted field "
                       "(quote the whole field and double the quote)");
  assert_render_error ("a,b\n\"x\"y,2\n", -1, DOSON_CTR_ERROR_PARSE,
                       "in.csv:2: field \"a\": unexpected text after the closing quote");
  /* The line is where the stray quote is, in a record spanning lines. */
  assert_render_error ("a,b\n\"1\n\",x\"\n", -1, DOSON_CTR_ERROR_PARSE,
                       "in.csv:3: field \"b\": a quote inside an unquoted field "
                       "(quote the whole field and double the quote)");
}
END_TEST

START_TEST (test_invalid_utf8)
{
  assert_render_error ("a,b\n1,2\n3,\xC3\x28\n", -1, DOSON_CTR_ERROR_PARSE,
                       "in.csv:3: field \"b\": invalid UTF-8");
  assert_render_error ("a,b\n\"x\ny\xFF\",2\n", -1, DOSON_CTR_ERROR_PARSE,
                       "in.csv:3: field \"a\": invalid UTF-8");
  /* A sequence cut short by the end of the input. */
  assert_render_error ("a\n\xE1\xBA", -1, DOSON_CTR_ERROR_PARSE,
                       "in.csv:2: field \"a\": invalid UTF-8");
  assert_render_error ("a,b\n1,x\0y\n", 10, DOSON_CTR_ERROR_PARSE,
                       "in.csv:2: field \"b\": a NUL byte");
}
END_TEST

START_TEST (test_cancelled)
{
  g_autoptr(DosonCtrCsvReader) reader = reader_for ("a\n1\n", -1, 0);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  DosonCtrCsvField *fields;
  gsize n;

  g_cancellable_cancel (cancellable);
  ck_assert_int_eq (_doson_ctr_csv_reader_next (reader, &fields, &n, cancellable, &error),
                    DOSON_CTR_CSV_READ_ERROR);
  ck_assert (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED));
}
END_TEST

/* ------------------------------------------------------------------ */
/* limits                                                              */
/* ------------------------------------------------------------------ */

static void
assert_limit (const char *data,
              gsize       max_record,
              gsize       block_size,
              const char *message)
{
  g_autoptr(DosonCtrCsvReader) reader = reader_for (data, -1, block_size);
  g_autoptr(GError) error = NULL;
  DosonCtrCsvField *fields;
  gsize n;
  DosonCtrCsvRead status;

  _doson_ctr_csv_reader_set_max_record (reader, max_record);
  while ((status = _doson_ctr_csv_reader_next (reader, &fields, &n, NULL, &error))
         == DOSON_CTR_CSV_READ_RECORD)
    ;
  ck_assert_int_eq (status, DOSON_CTR_CSV_READ_ERROR);
  assert_error_message (error, DOSON_CTR_ERROR_LIMIT, message);
}

START_TEST (test_record_limit)
{
  gsize block;

  /* 10 bytes are allowed, 11 are not, whatever the block size. */
  for (block = 1; block < 24; block++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *got = render ("h\n0123456789\nx\n", -1, block, &error);

      ck_assert_ptr_nonnull (got);
      assert_limit ("h\n0123456789\n\n0123456789a\nx\n", 10, block,
                    "in.csv:4: record longer than 10 bytes");
      assert_limit ("h\n\"01234\n56789\"\n", 10, block,
                    "in.csv:2: record longer than 10 bytes");
    }
  /* Without a limit of its own, a reader allows 1 MiB. */
  {
    g_autoptr(GString) data = g_string_new ("h\n");
    g_autoptr(GError) error = NULL;
    g_autofree char *got = NULL;

    g_string_set_size (data, 2 + DOSON_CTR_CSV_MAX_RECORD);
    memset (data->str + 2, 'x', DOSON_CTR_CSV_MAX_RECORD);
    g_string_append (data, "\n");
    got = render (data->str, data->len, 0, &error);
    ck_assert_ptr_nonnull (got);
    g_free (g_steal_pointer (&got));

    g_string_insert_c (data, 2, 'y');
    got = render (data->str, data->len, 0, &error);
    ck_assert_ptr_null (got);
    ck_assert (g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_LIMIT));
    ck_assert_str_eq (error->message, "in.csv:2: record longer than 1048576 bytes");
  }
}
END_TEST

START_TEST (test_field_limit)
{
  g_autoptr(GString) data = g_string_new ("a");
  g_autoptr(GError) error = NULL;
  g_autofree char *got = NULL;
  int i;

  for (i = 1; i < DOSON_CTR_CSV_MAX_FIELDS; i++)
    g_string_append (data, ",a");
  g_string_append_c (data, '\n');
  got = render (data->str, data->len, 0, &error);
  ck_assert_ptr_nonnull (got);

  g_string_insert (data, 0, "b,");
  g_free (got);
  got = render (data->str, data->len, 0, &error);
  ck_assert_ptr_null (got);
  ck_assert (g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_LIMIT));
  ck_assert_str_eq (error->message, "in.csv:1: more than 4096 fields in a record");
}
END_TEST

/* The field limit whatever the block size, on a record that starts after
 * the first line and spans two: the message names its first line. */
START_TEST (test_field_limit_any_block)
{
  g_autoptr(GString) data = g_string_new ("h\n\"a\nb\"");
  g_autoptr(GString) fine = NULL;
  int i;

  for (i = 1; i < DOSON_CTR_CSV_MAX_FIELDS; i++)
    g_string_append (data, ",x");
  g_string_append_c (data, '\n');
  fine = g_string_new (data->str);
  g_string_append (data, "\"c\nd\",x");
  for (i = 1; i < DOSON_CTR_CSV_MAX_FIELDS; i++)
    g_string_append (data, ",x");
  g_string_append_c (data, '\n');

  /* 4096 fields on lines 2 and 3 are read; 4097 on lines 4 and 5 are not. */
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *got = render (fine->str, fine->len, 7, &error);

    ck_assert_msg (got != NULL, "%s", error->message);
  }
  assert_render_error (data->str, data->len, DOSON_CTR_ERROR_LIMIT,
                       "in.csv:4: more than 4096 fields in a record");
}
END_TEST

/* ------------------------------------------------------------------ */
/* pieces: a reader over bytes in memory, and the line count           */
/* ------------------------------------------------------------------ */

/* A reader of @body in place, as a piece after the header "h1,h2,h3"
 * (line 1) of a file, with the record limit @max_record (0: the
 * default); *@data holds the bytes. */
static DosonCtrCsvReader *
piece_reader (const char  *body,
              gsize        max_record,
              char       **data)
{
  g_autoptr(DosonCtrCsvReader) parent = reader_for ("h1,h2,h3\n", -1, 0);
  DosonCtrCsvField *fields;
  gsize n;

  if (max_record > 0)
    _doson_ctr_csv_reader_set_max_record (parent, max_record);
  ck_assert (_doson_ctr_csv_reader_read_header (parent, &fields, &n, NULL, NULL));
  ck_assert_uint_eq (_doson_ctr_csv_reader_get_width (parent), 3);
  *data = g_malloc (strlen (body) + DOSON_CTR_CSV_SLACK);
  memcpy (*data, body, strlen (body));
  return _doson_ctr_csv_reader_new_for_data (parent, *data, strlen (body), 2);
}

/* Appends the current record of @reader as render() does. */
static void
render_record (GString                *out,
               DosonCtrCsvReader      *reader,
               const DosonCtrCsvField *fields,
               gsize                   n)
{
  gsize i;

  g_string_append_printf (out, "%" G_GUINT64_FORMAT ":", _doson_ctr_csv_reader_get_line (reader));
  for (i = 0; i < n; i++)
    g_string_append_printf (out, "%s%s%s%s@%" G_GUINT64_FORMAT, i > 0 ? "|" : "",
                            fields[i].quoted ? "[" : "", fields[i].text,
                            fields[i].quoted ? "]" : "", fields[i].line);
  g_string_append_c (out, '\n');
}

/* Renders the records of @body read in place by piece_reader(), as
 * render() renders them. */
static char *
render_piece (const char  *body,
              gsize        max_record,
              GError     **error)
{
  g_autofree char *data = NULL;
  g_autoptr(DosonCtrCsvReader) reader = piece_reader (body, max_record, &data);
  g_autoptr(GString) out = g_string_new (NULL);
  DosonCtrCsvField *fields;
  DosonCtrCsvRead status;
  gsize n;

  while ((status = _doson_ctr_csv_reader_next (reader, &fields, &n, NULL, error))
         == DOSON_CTR_CSV_READ_RECORD)
    render_record (out, reader, fields, n);
  if (status == DOSON_CTR_CSV_READ_ERROR)
    return NULL;
  ck_assert_uint_eq (_doson_ctr_csv_reader_get_next_line (reader),
                     2 + _doson_ctr_csv_count_lines (body, strlen (body)));
  return g_string_free (g_steal_pointer (&out), FALSE);
}

START_TEST (test_piece_in_place)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *got = NULL;

  got = render_piece ("a,b,c\r\n\"x\ny\",\"q\"\"\",3\n\nd,e,f", 0, &error);
  ck_assert_msg (got != NULL, "%s", error->message);
  ck_assert_str_eq (got, "2:a@2|b@2|c@2\n3:[x\ny]@3|[q\"]@4|3@4\n6:d@6|e@6|f@6\n");
  g_clear_pointer (&got, g_free);

  /* Errors name the file's lines and the header's fields. */
  got = render_piece ("a,b,c\nd,e\"f,g\n", 0, &error);
  ck_assert_ptr_null (got);
  ck_assert_str_eq (error->message,
                    "in.csv:3: field \"h2\": a quote inside an unquoted field "
                    "(quote the whole field and double the quote)");
  g_clear_error (&error);

  /* The record limit is the reader's, whatever the size of the piece. */
  got = render_piece ("abcd,e,f\nabcde,f,g\n", 8, &error);
  ck_assert_ptr_null (got);
  ck_assert_str_eq (error->message, "in.csv:3: record longer than 8 bytes");
}
END_TEST

/* Renders the records of @body as render_piece() does, the plain ones
 * split @batch at a time by _doson_ctr_csv_reader_split_plain() (as
 * records of 3 fields), each other one read by _doson_ctr_csv_reader_next();
 * *@n_plain counts the plain ones. */
static char *
render_piece_plain (const char  *body,
                    gsize        max_record,
                    gsize        batch,
                    gsize       *n_plain,
                    GError     **error)
{
  g_autofree char *data = NULL;
  g_autoptr(DosonCtrCsvReader) reader = piece_reader (body, max_record, &data);
  g_autoptr(GString) out = g_string_new (NULL);
  DosonCtrCsvSpan spans[3 * 128];
  gsize ends[128];
  DosonCtrCsvField *fields;
  DosonCtrCsvRead status;
  gsize n, i;

  ck_assert_uint_le (batch, 128);
  *n_plain = 0;
  for (;;)
    {
      guint64 line = _doson_ctr_csv_reader_get_next_line (reader);
      gsize split = _doson_ctr_csv_reader_split_plain (reader, 3, spans, ends, batch);

      for (i = 0; i < split; i++)
        {
          const DosonCtrCsvSpan *f = spans + 3 * i;

          g_string_append_printf (out, "%" G_GUINT64_FORMAT ":%.*s@%" G_GUINT64_FORMAT
                                  "|%.*s@%" G_GUINT64_FORMAT "|%.*s@%" G_GUINT64_FORMAT "\n",
                                  line + i, (int) f[0].len, f[0].text, line + i,
                                  (int) f[1].len, f[1].text, line + i,
                                  (int) f[2].len, f[2].text, line + i);
        }
      if (split > 0)
        _doson_ctr_csv_reader_skip_plain (reader, ends[split - 1], split);
      *n_plain += split;
      if (split == batch)
        continue;
      status = _doson_ctr_csv_reader_next (reader, &fields, &n, NULL, error);
      if (status != DOSON_CTR_CSV_READ_RECORD)
        break;
      render_record (out, reader, fields, n);
    }
  if (status == DOSON_CTR_CSV_READ_ERROR)
    return NULL;
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The records split plain are those the reader reads as three unquoted
 * fields on one line ended by LF, and the others are read as before, on
 * the same lines, whatever the batches: CRLF, quotes, blank lines (the
 * record after one is read by the reader, which skips them), a
 * record of another width, bytes >= 0x80 and NUL, a record of 64 bytes
 * or more, one over the record limit, the last record without its LF;
 * the same errors at the same lines. */
START_TEST (test_split_plain)
{
  static const struct
  {
    const char *body;
    gsize       max_record;
    gsize       n_plain;
  } cases[] = {
    { "a,b,c\nd,e,f\n", 0, 2 },
    { "a,b,c\r\nd,e,f\n\"x\",y,z\n\ng,h,i\nj,k\nl,m,n,o\n,,\np\tq,r,s\n", 0, 3 },
    { "a,b,c\nĐồ,Sơn,1\nd,e,f\n", 0, 2 },
    { "a,b,c\nd,e\"f,g\nh,i,j\n", 0, 1 },
    { "a,b,c\nd,e,f", 0, 1 },
    /* 64 bytes before the LF, then 63 */
    { "a,b,c\n012345678901234567890123456789012345678901234567890123456789,b,c\nd,e,f\n", 0, 2 },
    { "a,b,c\n01234567890123456789012345678901234567890123456789012345678,b,c\nd,e,f\n", 0, 3 },
    { "abcd,e,f\nabcde,f,g\nh,i,j\n", 8, 1 },
    { "a,b,c\nd,\001,f\n", 0, 2 },
  };
  static const gsize batches[] = { 1, 2, 3, 128 };
  gsize c, b;

  for (c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(GError) expected_error = NULL;
      g_autofree char *expected = render_piece (cases[c].body, cases[c].max_record,
                                                &expected_error);

      for (b = 0; b < G_N_ELEMENTS (batches); b++)
        {
          g_autoptr(GError) error = NULL;
          gsize n_plain;
          g_autofree char *got = render_piece_plain (cases[c].body, cases[c].max_record,
                                                     batches[b], &n_plain, &error);

          if (expected == NULL)
            {
              ck_assert_msg (got == NULL, "case %" G_GSIZE_FORMAT ": %s", c, got);
              ck_assert_str_eq (error->message, expected_error->message);
            }
          else
            ck_assert_msg (got != NULL && strcmp (got, expected) == 0,
                           "case %" G_GSIZE_FORMAT ", batch %" G_GSIZE_FORMAT ":\n%s\n%s",
                           c, batches[b], got ? got : error->message, expected);
          ck_assert_msg (n_plain == cases[c].n_plain, "case %" G_GSIZE_FORMAT ": %" G_GSIZE_FORMAT
                         " plain", c, n_plain);
        }
    }
}
END_TEST

/* The line count and the single pass against byte-by-byte ones, on
 * mixes of LF, CR, quotes and other bytes, around the 16-byte blocks and
 * the 255-block sums. */
START_TEST (test_count_lines)
{
  static const gsize lengths[] = { 0, 1, 15, 16, 17, 255 * 16 - 1, 255 * 16, 255 * 16 + 17,
                                   3 * 255 * 16 + 5, 70000 };
  GRand *rand = g_rand_new_with_seed (12);
  gsize k, i;

  for (k = 0; k < G_N_ELEMENTS (lengths); k++)
    {
      gsize len = lengths[k];
      g_autofree char *data = g_malloc (len + 1);
      int mix;

      /* 0: LF only; 1: with CR; 2: with a quote at the end. */
      for (mix = 0; mix < 3; mix++)
        {
          guint64 want = 0, lfs = 0;
          gboolean cr, quote;

          for (i = 0; i < len; i++)
            {
              guint32 r = g_rand_int_range (rand, 0, 10);

              data[i] = r < 4 ? '\n' : (mix == 1 && r < 6) ? '\r' : 'x';
            }
          if (mix == 2 && len > 0)
            data[len - 1] = '"';
          for (i = 0; i < len; i++)
            {
              lfs += data[i] == '\n';
              if (data[i] == '\n' || (data[i] == '\r' && !(i + 1 < len && data[i + 1] == '\n')))
                want++;
            }
          ck_assert_msg (_doson_ctr_csv_count_lines (data, len) == want,
                         "length %zu, mix %d: %" G_GUINT64_FORMAT " lines, counted %" G_GUINT64_FORMAT,
                         len, mix, want, _doson_ctr_csv_count_lines (data, len));
          ck_assert_uint_eq (_doson_ctr_csv_count_lf (data, len, &cr, &quote), lfs);
          ck_assert_int_eq (cr, memchr (data, '\r', len) != NULL);
          ck_assert_int_eq (quote, memchr (data, '"', len) != NULL);
        }
    }
  g_rand_free (rand);
}
END_TEST

static Suite *
csv_suite (void)
{
  Suite *s = suite_create ("csv");
  TCase *tc;

  tc = tcase_create ("core");
  tcase_add_test (tc, test_simple);
  tcase_add_test (tc, test_no_final_newline);
  tcase_add_test (tc, test_crlf_and_cr);
  tcase_add_test (tc, test_quotes);
  tcase_add_test (tc, test_embedded_newlines);
  tcase_add_test (tc, test_bom);
  tcase_add_test (tc, test_empty_fields_and_blank_lines);
  tcase_add_test (tc, test_utf8);
  tcase_add_test (tc, test_empty_input);
  tcase_add_test (tc, test_long_record_across_blocks);
  tcase_add_test (tc, test_many_records_growing_buffer);
  tcase_add_test (tc, test_field_names_in_messages);
  tcase_add_test (tc, test_locate);
  tcase_add_test (tc, test_field_parsers);
  tcase_add_test (tc, test_new_for_path);
  suite_add_tcase (s, tc);

  tc = tcase_create ("errors");
  tcase_add_test (tc, test_unterminated_quote);
  tcase_add_test (tc, test_stray_quote);
  tcase_add_test (tc, test_invalid_utf8);
  tcase_add_test (tc, test_cancelled);
  suite_add_tcase (s, tc);

  tc = tcase_create ("pieces");
  tcase_add_test (tc, test_piece_in_place);
  tcase_add_test (tc, test_split_plain);
  tcase_add_test (tc, test_count_lines);
  suite_add_tcase (s, tc);

  tc = tcase_create ("limits");
  tcase_add_test (tc, test_record_limit);
  tcase_add_test (tc, test_field_limit);
  tcase_add_test (tc, test_field_limit_any_block);
  suite_add_tcase (s, tc);

  return s;
}

int
main (void)
{
  return test_run_suite (csv_suite ());
}
