/* doson-ctr-program-private.h: what the programme's writer and its
 * equality need of a programme beyond its public API; never installed
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_PROGRAM_PRIVATE_H
#define DOSON_CTR_PROGRAM_PRIVATE_H

#include <doson-ctr/doson-ctr-program.h>

#include "base/doson-ctr-text-private.h"

G_BEGIN_DECLS

/* The title and issuing body in both languages, as set. */
const DosonCtrLocText *_doson_ctr_program_get_title_raw (DosonCtrProgram *program);
const DosonCtrLocText *_doson_ctr_program_get_issuing_body_raw (DosonCtrProgram *program);

G_END_DECLS

#endif /* DOSON_CTR_PROGRAM_PRIVATE_H */
