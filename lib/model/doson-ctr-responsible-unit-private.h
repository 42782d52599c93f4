/* doson-ctr-responsible-unit-private.h: what the programme, its writer
 * and its equality need of a unit beyond its public API; never installed
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_RESPONSIBLE_UNIT_PRIVATE_H
#define DOSON_CTR_RESPONSIBLE_UNIT_PRIVATE_H

#include <doson-ctr/doson-ctr-program.h>

#include "base/doson-ctr-text-private.h"

G_BEGIN_DECLS

/* The names in both languages, as set. */
const DosonCtrLocText *_doson_ctr_responsible_unit_get_name_raw (DosonCtrResponsibleUnit *unit);
const DosonCtrLocText *_doson_ctr_responsible_unit_get_short_name_raw (DosonCtrResponsibleUnit *unit);

/* Once added to a programme, a unit is sealed: its setters emit a
 * critical and do nothing. */
void     _doson_ctr_responsible_unit_seal (DosonCtrResponsibleUnit *unit);
gboolean _doson_ctr_responsible_unit_is_sealed (DosonCtrResponsibleUnit *unit);

G_END_DECLS

#endif /* DOSON_CTR_RESPONSIBLE_UNIT_PRIVATE_H */
