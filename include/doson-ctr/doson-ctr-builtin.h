/* doson-ctr-builtin.h: the programme built into the library
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_BUILTIN_H
#define DOSON_CTR_BUILTIN_H

#if !defined(DOSON_CTR_INSIDE) && !defined(DOSON_CTR_COMPILATION)
#error "Only <doson-ctr/doson-ctr.h> can be included directly."
#endif

#include <doson-ctr/doson-ctr-version-macros.h>
#include <doson-ctr/doson-ctr-program.h>

G_BEGIN_DECLS

DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrProgram *doson_ctr_program_new_builtin (GError **error);

G_END_DECLS

#endif /* DOSON_CTR_BUILTIN_H */
