/* doson-ctr.h: the one header users of libdoson-ctr include
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Anything not declared through <doson-ctr/doson-ctr.h> is not public API.
 */

#ifndef DOSON_CTR_H
#define DOSON_CTR_H

#define DOSON_CTR_INSIDE

#include <doson-ctr/doson-ctr-version-macros.h>
#include <doson-ctr/doson-ctr-version.h>
#include <doson-ctr/doson-ctr-error.h>
#include <doson-ctr/doson-ctr-types.h>
#include <doson-ctr/doson-ctr-growth.h>
#include <doson-ctr/doson-ctr-progress.h>
#include <doson-ctr/doson-ctr-progress-table.h>
#include <doson-ctr/doson-ctr-target.h>
#include <doson-ctr/doson-ctr-indicator.h>
#include <doson-ctr/doson-ctr-task.h>
#include <doson-ctr/doson-ctr-program.h>
#include <doson-ctr/doson-ctr-measurement.h>
#include <doson-ctr/doson-ctr-assessment.h>
#include <doson-ctr/doson-ctr-requirement.h>
#include <doson-ctr/doson-ctr-builtin.h>
#include <doson-ctr/doson-ctr-output.h>
#include <doson-ctr/doson-ctr-words.h>
#include <doson-ctr/doson-ctr-diagnostic.h>
#include <doson-ctr/doson-ctr-validate.h>
#include <doson-ctr/doson-ctr-report.h>
#include <doson-ctr/doson-ctr-draft.h>
#include <doson-ctr/doson-ctr-open-sdg.h>
#include <doson-ctr/doson-ctr-enum-types.h>

#undef DOSON_CTR_INSIDE

#endif /* DOSON_CTR_H */
