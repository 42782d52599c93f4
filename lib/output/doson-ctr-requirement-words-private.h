/* doson-ctr-requirement-words-private.h: what a target still needs, and
 * where the pace leads, in words; never installed
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_REQUIREMENT_WORDS_PRIVATE_H
#define DOSON_CTR_REQUIREMENT_WORDS_PRIVATE_H

#include <doson-ctr/doson-ctr-indicator.h>
#include <doson-ctr/doson-ctr-requirement.h>

#include "base/doson-ctr-text-private.h"

G_BEGIN_DECLS

/* "cần tăng ≥ 20,4 %/năm giai đoạn 2028–2030", with why a figure is
 * absent or the target can no longer be reached; nothing when @a is
 * achieved. */
void _doson_ctr_words_append_requirement (GString                        *out,
                                          DosonCtrIndicator              *indicator,
                                          const DosonCtrTargetAssessment *a,
                                          DosonCtrLang                    lang);

/* "theo nhịp hiện nay, năm 2030 đạt 2.028,2 tỷ đồng (không đạt mục
 * tiêu)", or why there is no projection; nothing when @a is achieved or
 * nothing can be projected for its kind (a milestone). */
void _doson_ctr_words_append_projection (GString                        *out,
                                         DosonCtrIndicator              *indicator,
                                         const DosonCtrTargetAssessment *a,
                                         DosonCtrLang                    lang);

/* Both, joined by "; ", or NULL when @a is achieved. */
char *_doson_ctr_words_needs (DosonCtrIndicator              *indicator,
                              const DosonCtrTargetAssessment *a,
                              DosonCtrLang                    lang);

G_END_DECLS

#endif /* DOSON_CTR_REQUIREMENT_WORDS_PRIVATE_H */
