/* doson-ctr-diagnostic.h: one problem found in an input file
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_DIAGNOSTIC_H
#define DOSON_CTR_DIAGNOSTIC_H

#if !defined(DOSON_CTR_INSIDE) && !defined(DOSON_CTR_COMPILATION)
#error "Only <doson-ctr/doson-ctr.h> can be included directly."
#endif

#include <glib-object.h>

#include <doson-ctr/doson-ctr-version-macros.h>
#include <doson-ctr/doson-ctr-error.h>

G_BEGIN_DECLS

/**
 * DOSON_CTR_TYPE_DIAGNOSTIC:
 *
 * The #GType of #DosonCtrDiagnostic.
 *
 * Since: 0.1
 */
#define DOSON_CTR_TYPE_DIAGNOSTIC (doson_ctr_diagnostic_get_type ())

/**
 * DosonCtrDiagnostic:
 *
 * An opaque, reference-counted boxed value: one problem found in an input
 * file, with its file, line, column, field, error code and message. Take
 * a reference with doson_ctr_diagnostic_ref(), release it with
 * doson_ctr_diagnostic_unref().
 *
 * Since: 0.1
 */
typedef struct _DosonCtrDiagnostic DosonCtrDiagnostic;

DOSON_CTR_AVAILABLE_IN_0_1
GType               doson_ctr_diagnostic_get_type    (void) G_GNUC_CONST;

DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrDiagnostic *doson_ctr_diagnostic_ref         (DosonCtrDiagnostic       *diagnostic);
DOSON_CTR_AVAILABLE_IN_0_1
void                doson_ctr_diagnostic_unref       (DosonCtrDiagnostic       *diagnostic);

DOSON_CTR_AVAILABLE_IN_0_1
const char         *doson_ctr_diagnostic_get_file    (const DosonCtrDiagnostic *diagnostic);
DOSON_CTR_AVAILABLE_IN_0_1
guint               doson_ctr_diagnostic_get_line    (const DosonCtrDiagnostic *diagnostic);
DOSON_CTR_AVAILABLE_IN_0_1
guint               doson_ctr_diagnostic_get_column  (const DosonCtrDiagnostic *diagnostic);
DOSON_CTR_AVAILABLE_IN_0_1
const char         *doson_ctr_diagnostic_get_field   (const DosonCtrDiagnostic *diagnostic);
DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrError       doson_ctr_diagnostic_get_code    (const DosonCtrDiagnostic *diagnostic);
DOSON_CTR_AVAILABLE_IN_0_1
const char         *doson_ctr_diagnostic_get_message (const DosonCtrDiagnostic *diagnostic);
DOSON_CTR_AVAILABLE_IN_0_1
char               *doson_ctr_diagnostic_to_string   (const DosonCtrDiagnostic *diagnostic);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DosonCtrDiagnostic, doson_ctr_diagnostic_unref)

G_END_DECLS

#endif /* DOSON_CTR_DIAGNOSTIC_H */
