/* doson-ctr-diagnostic.c: one problem found in an input file, and the
 * list of the problems a loader finds
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <doson-ctr/doson-ctr-diagnostic.h>

#include "base/doson-ctr-diagnostic-private.h"

/**
 * SECTION:doson-ctr-diagnostic
 * @Title: DosonCtrDiagnostic
 * @Short_description: one problem of an input file, with its position
 *
 * A #DosonCtrDiagnostic is one problem found in a programme or
 * measurement file: the file, the line and column where it is, the JSON
 * path or the CSV column of the value at fault, an error code of the
 * %DOSON_CTR_ERROR domain and a message. The validation functions
 * (doson_ctr_program_validate_file(),
 * doson_ctr_measurement_set_validate_file()) return every problem of a
 * file as a list of them, in one pass.
 *
 * doson_ctr_diagnostic_to_string() writes one as the loaders write their
 * errors: `FILE:LINE:COLUMN: PATH: MESSAGE` for JSON,
 * `FILE:LINE: field "COLUMN": MESSAGE` for CSV.
 */

struct _DosonCtrDiagnostic
{
  gint              ref_count;
  DosonCtrError     code;
  char             *file;
  guint             line;
  guint             column;
  DosonCtrFieldKind field_kind;
  char             *field;
  char             *message;
};

G_DEFINE_BOXED_TYPE (DosonCtrDiagnostic, doson_ctr_diagnostic,
                     doson_ctr_diagnostic_ref, doson_ctr_diagnostic_unref)

static char *
valid_utf8 (const char *text)
{
  if (text == NULL)
    return NULL;
  if (g_utf8_validate (text, -1, NULL))
    return g_strdup (text);
  return g_utf8_make_valid (text, -1);
}

DosonCtrDiagnostic *
_doson_ctr_diagnostic_new (DosonCtrError      code,
                           const char        *file,
                           guint              line,
                           guint              column,
                           DosonCtrFieldKind  field_kind,
                           const char        *field,
                           const char        *message)
{
  DosonCtrDiagnostic *diagnostic = g_new0 (DosonCtrDiagnostic, 1);

  diagnostic->ref_count = 1;
  diagnostic->code = code;
  diagnostic->file = valid_utf8 (file);
  diagnostic->line = line;
  diagnostic->column = line != 0 ? column : 0;
  diagnostic->field_kind = field != NULL ? field_kind : DOSON_CTR_FIELD_NONE;
  diagnostic->field = diagnostic->field_kind != DOSON_CTR_FIELD_NONE
                      ? valid_utf8 (field) : NULL;
  diagnostic->message = valid_utf8 (message != NULL ? message : "");
  return diagnostic;
}

/**
 * doson_ctr_diagnostic_ref:
 * @diagnostic: a #DosonCtrDiagnostic
 *
 * Takes a reference.
 *
 * Returns: (transfer full): @diagnostic
 *
 * Since: 0.1
 */
DosonCtrDiagnostic *
doson_ctr_diagnostic_ref (DosonCtrDiagnostic *diagnostic)
{
  g_return_val_if_fail (diagnostic != NULL, NULL);

  g_atomic_int_inc (&diagnostic->ref_count);
  return diagnostic;
}

/**
 * doson_ctr_diagnostic_unref:
 * @diagnostic: (transfer full): a #DosonCtrDiagnostic
 *
 * Releases a reference; the last one frees @diagnostic.
 *
 * Since: 0.1
 */
void
doson_ctr_diagnostic_unref (DosonCtrDiagnostic *diagnostic)
{
  g_return_if_fail (diagnostic != NULL);

  if (!g_atomic_int_dec_and_test (&diagnostic->ref_count))
    return;
  g_free (diagnostic->file);
  g_free (diagnostic->field);
  g_free (diagnostic->message);
  g_free (diagnostic);
}

/**
 * doson_ctr_diagnostic_get_file:
 * @diagnostic: a #DosonCtrDiagnostic
 *
 * Gives the name of the file (as given to the loader, for display).
 *
 * Returns: (transfer none) (nullable): the file's name, or %NULL when
 *   the problem is not in a file
 *
 * Since: 0.1
 */
const char *
doson_ctr_diagnostic_get_file (const DosonCtrDiagnostic *diagnostic)
{
  g_return_val_if_fail (diagnostic != NULL, NULL);
  return diagnostic->file;
}

/**
 * doson_ctr_diagnostic_get_line:
 * @diagnostic: a #DosonCtrDiagnostic
 *
 * Gives the line of the problem, counted from 1.
 *
 * Returns: the line, or 0 for a problem of the whole file (one that
 *   cannot be read, or is too large)
 *
 * Since: 0.1
 */
guint
doson_ctr_diagnostic_get_line (const DosonCtrDiagnostic *diagnostic)
{
  g_return_val_if_fail (diagnostic != NULL, 0);
  return diagnostic->line;
}

/**
 * doson_ctr_diagnostic_get_column:
 * @diagnostic: a #DosonCtrDiagnostic
 *
 * Gives the column of the problem, counted in characters from 1. JSON
 * problems have one; CSV problems name a field instead.
 *
 * Returns: the column, or 0 when there is none
 *
 * Since: 0.1
 */
guint
doson_ctr_diagnostic_get_column (const DosonCtrDiagnostic *diagnostic)
{
  g_return_val_if_fail (diagnostic != NULL, 0);
  return diagnostic->column;
}

/**
 * doson_ctr_diagnostic_get_field:
 * @diagnostic: a #DosonCtrDiagnostic
 *
 * Gives what the problem is about: in a JSON file, the path of the value
 * (`indicators[2].targets[0].comparator`; doc/formats.md); in a CSV file,
 * the column's name in the header (`value`), or its number from 1 when
 * the header has no name for it.
 *
 * Returns: (transfer none) (nullable): the field, or %NULL for a problem
 *   of a whole record, a whole measurement or the whole file
 *
 * Since: 0.1
 */
const char *
doson_ctr_diagnostic_get_field (const DosonCtrDiagnostic *diagnostic)
{
  g_return_val_if_fail (diagnostic != NULL, NULL);
  return diagnostic->field;
}

/**
 * doson_ctr_diagnostic_get_code:
 * @diagnostic: a #DosonCtrDiagnostic
 *
 * Gives the kind of problem, the code the loaders fail with in a #GError
 * of the %DOSON_CTR_ERROR domain.
 *
 * Returns: the code
 *
 * Since: 0.1
 */
DosonCtrError
doson_ctr_diagnostic_get_code (const DosonCtrDiagnostic *diagnostic)
{
  g_return_val_if_fail (diagnostic != NULL, DOSON_CTR_ERROR_FAILED);
  return diagnostic->code;
}

/**
 * doson_ctr_diagnostic_get_message:
 * @diagnostic: a #DosonCtrDiagnostic
 *
 * Gives the message, in English, without the file, position and field.
 *
 * Returns: (transfer none): the message
 *
 * Since: 0.1
 */
const char *
doson_ctr_diagnostic_get_message (const DosonCtrDiagnostic *diagnostic)
{
  g_return_val_if_fail (diagnostic != NULL, NULL);
  return diagnostic->message;
}

/**
 * doson_ctr_diagnostic_to_string:
 * @diagnostic: a #DosonCtrDiagnostic
 *
 * Writes @diagnostic on one line as the loaders' error messages read:
 * `FILE:LINE:COLUMN: FIELD: MESSAGE`, the parts that are unknown left out
 * (a CSV field is written `field "value"`).
 *
 * Returns: (transfer full): the text; free it with g_free()
 *
 * Since: 0.1
 */
char *
doson_ctr_diagnostic_to_string (const DosonCtrDiagnostic *diagnostic)
{
  GString *out;

  g_return_val_if_fail (diagnostic != NULL, NULL);

  out = g_string_new (NULL);
  if (diagnostic->file != NULL)
    {
      g_string_append (out, diagnostic->file);
      if (diagnostic->line != 0)
        g_string_append_printf (out, ":%u", diagnostic->line);
      if (diagnostic->column != 0)
        g_string_append_printf (out, ":%u", diagnostic->column);
      g_string_append (out, ": ");
    }
  switch (diagnostic->field_kind)
    {
    case DOSON_CTR_FIELD_JSON_PATH:
      g_string_append_printf (out, "%s: ", diagnostic->field);
      break;
    case DOSON_CTR_FIELD_CSV_COLUMN:
      g_string_append_printf (out, "field \"%s\": ", diagnostic->field);
      break;
    case DOSON_CTR_FIELD_CSV_NUMBER:
      g_string_append_printf (out, "field %s: ", diagnostic->field);
      break;
    case DOSON_CTR_FIELD_NONE:
    default:
      break;
    }
  g_string_append (out, diagnostic->message);
  return g_string_free (out, FALSE);
}

void
_doson_ctr_diagnostic_set_error (const DosonCtrDiagnostic  *diagnostic,
                                 GError                   **error)
{
  g_autofree char *text = NULL;

  if (error == NULL)
    return;
  text = doson_ctr_diagnostic_to_string (diagnostic);
  g_set_error_literal (error, DOSON_CTR_ERROR, diagnostic->code, text);
}

void
_doson_ctr_problems_report (DosonCtrProblems    *problems,
                            GError             **error,
                            DosonCtrDiagnostic  *diagnostic)
{
  _doson_ctr_diagnostic_set_error (diagnostic, error);
  if (problems == NULL)
    {
      doson_ctr_diagnostic_unref (diagnostic);
      return;
    }
  g_clear_pointer (&problems->last, doson_ctr_diagnostic_unref);
  problems->last = diagnostic;
}

gboolean
_doson_ctr_problems_carry_on (DosonCtrProblems  *problems,
                              GError           **error)
{
  if (problems == NULL || problems->list == NULL || problems->last == NULL)
    return FALSE;
  g_ptr_array_add (problems->list, g_steal_pointer (&problems->last));
  problems->count++;
  g_clear_error (error);
  return TRUE;
}

void
_doson_ctr_problems_stop (DosonCtrProblems *problems,
                          const char       *file,
                          const GError     *error)
{
  if (problems->list == NULL)
    return;
  if (problems->last != NULL)
    g_ptr_array_add (problems->list, g_steal_pointer (&problems->last));
  else if (error != NULL)
    g_ptr_array_add (problems->list,
                     _doson_ctr_diagnostic_new (error->domain == DOSON_CTR_ERROR
                                                ? error->code
                                                : DOSON_CTR_ERROR_FAILED,
                                                file, 0, 0,
                                                DOSON_CTR_FIELD_NONE, NULL,
                                                error->message));
  else
    return;
  problems->count++;
}

void
_doson_ctr_problems_clear (DosonCtrProblems *problems)
{
  g_clear_pointer (&problems->last, doson_ctr_diagnostic_unref);
}
