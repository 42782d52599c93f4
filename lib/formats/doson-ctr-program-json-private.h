/* doson-ctr-program-json-private.h: what the programme file's reader, its
 * writer and the validation share; never installed
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_PROGRAM_JSON_PRIVATE_H
#define DOSON_CTR_PROGRAM_JSON_PRIVATE_H

#include <doson-ctr/doson-ctr-program.h>

#include "formats/doson-ctr-json-private.h"

G_BEGIN_DECLS

#define PROGRAM_FORMAT "doson-ctr-program"
#define PROGRAM_VERSION 1

/* Reads a programme file's text (doc/formats.md, section 2).  Without
 * @problems, the first problem fails the call with @error.  With
 * @problems (a list of DosonCtrDiagnostic), every problem is added to it
 * in one pass: the reader carries on past a bad unit, goal, indicator or
 * target, which is left out, and past a bad member it can do without;
 * what refers to an entry left out is not reported again.  It returns
 * the programme read when it has no problem, else NULL with @error set to
 * the first problem, or to the one that ended the reading. */
DosonCtrProgram *_doson_ctr_program_load (const char  *data,
                                          gsize        length,
                                          const char  *name,
                                          GPtrArray   *problems,
                                          GError     **error);

/* Reads the target at @path of @indicator (doc/formats.md, section 2.7),
 * whose measure is checked unless @measure_known is FALSE; NULL with
 * @error set. */
DosonCtrTarget *_doson_ctr_target_load (DosonCtrJsonDoc    *doc,
                                        DosonCtrProgram    *program,
                                        DosonCtrIndicator  *indicator,
                                        gboolean            measure_known,
                                        JsonObject         *object,
                                        const char         *path,
                                        GError            **error);

G_END_DECLS

#endif /* DOSON_CTR_PROGRAM_JSON_PRIVATE_H */
