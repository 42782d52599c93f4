/* doson-ctr-diagnostic-private.h: making diagnostics, and the list of the
 * problems a loader finds; never installed
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_DIAGNOSTIC_PRIVATE_H
#define DOSON_CTR_DIAGNOSTIC_PRIVATE_H

#include <doson-ctr/doson-ctr-diagnostic.h>

G_BEGIN_DECLS

/* What the field of a diagnostic names, which decides how
 * doson_ctr_diagnostic_to_string() writes it. */
typedef enum
{
  DOSON_CTR_FIELD_NONE,          /* no field */
  DOSON_CTR_FIELD_JSON_PATH,     /* indicators[2].goal, written as is */
  DOSON_CTR_FIELD_CSV_COLUMN,    /* a header's name, written field "value" */
  DOSON_CTR_FIELD_CSV_NUMBER     /* a column without a name, written field 3 */
} DosonCtrFieldKind;

/* A new diagnostic; @file, @field and @message are copied (and made valid
 * UTF-8: a message may quote invalid input), @line and @column are 0 when
 * unknown. */
DosonCtrDiagnostic *_doson_ctr_diagnostic_new (DosonCtrError      code,
                                               const char        *file,
                                               guint              line,
                                               guint              column,
                                               DosonCtrFieldKind  field_kind,
                                               const char        *field,
                                               const char        *message);

/* Sets @error (DOSON_CTR_ERROR, the diagnostic's code) to
 * doson_ctr_diagnostic_to_string(). */
void _doson_ctr_diagnostic_set_error (const DosonCtrDiagnostic  *diagnostic,
                                      GError                   **error);

/*
 * DosonCtrProblems: where a loader reports its problems.
 *
 * A loader that stops at the first problem has no list: each problem sets
 * the caller's GError, and the loader returns.  A loader that lists every
 * problem (the validation API) has one: after a failed check, the loader
 * calls _doson_ctr_problems_carry_on(), which moves the problem reported
 * last into the list, clears the GError and lets the loader carry on past
 * the bad part; without a list it returns FALSE and the error stands.
 * Either way the same code checks the input.
 */
typedef struct
{
  GPtrArray          *list;     /* of DosonCtrDiagnostic, or NULL */
  DosonCtrDiagnostic *last;     /* reported, not yet listed */
  guint               count;    /* problems listed so far */
} DosonCtrProblems;

/* Reports @diagnostic (taken): sets @error from it and keeps it as the
 * last problem. */
void     _doson_ctr_problems_report   (DosonCtrProblems    *problems,
                                       GError             **error,
                                       DosonCtrDiagnostic  *diagnostic);
/* See above.  FALSE, @error untouched, when there is no list or no
 * problem was reported since the last call. */
gboolean _doson_ctr_problems_carry_on (DosonCtrProblems    *problems,
                                       GError             **error);
/* After a problem that ends the reading: lists the problem reported last,
 * or, when there is none, one made from @error (named @file, at no line)
 * if @error is set. */
void     _doson_ctr_problems_stop     (DosonCtrProblems    *problems,
                                       const char          *file,
                                       const GError        *error);
void     _doson_ctr_problems_clear    (DosonCtrProblems    *problems);

G_END_DECLS

#endif /* DOSON_CTR_DIAGNOSTIC_PRIVATE_H */
