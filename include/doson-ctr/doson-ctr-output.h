/* doson-ctr-output.h: writing documents: numbers and whole files
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_OUTPUT_H
#define DOSON_CTR_OUTPUT_H

#if !defined(DOSON_CTR_INSIDE) && !defined(DOSON_CTR_COMPILATION)
#error "Only <doson-ctr/doson-ctr.h> can be included directly."
#endif

#include <glib.h>
#include <doson-ctr/doson-ctr-version-macros.h>

G_BEGIN_DECLS

DOSON_CTR_AVAILABLE_IN_0_1
char     *doson_ctr_format_number (double value);

DOSON_CTR_AVAILABLE_IN_0_1
gboolean  doson_ctr_write_file_atomically (const char  *path,
                                           const char  *contents,
                                           gssize       length,
                                           GError     **error);

G_END_DECLS

#endif /* DOSON_CTR_OUTPUT_H */
