/* doson-ctr-id.c: the rule every id of a programme or measurement set follows
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <doson-ctr/doson-ctr-program.h>

#include "model/doson-ctr-id-private.h"

/**
 * doson_ctr_id_is_valid:
 * @id: (nullable): a candidate id
 *
 * Checks the rule every id of a programme or measurement set follows
 * (units, goals, indicators, disaggregation dimensions and values): 1 to
 * 64 ASCII characters, a letter or digit first, then letters, digits, '.',
 * '_' or '-'.
 *
 * Returns: %TRUE if @id is a valid id
 *
 * Since: 0.1
 */
gboolean
doson_ctr_id_is_valid (const char *id)
{
  gsize i;

  if (id == NULL || !g_ascii_isalnum (id[0]))
    return FALSE;
  for (i = 1; id[i] != '\0'; i++)
    {
      if (i >= DOSON_CTR_ID_MAX_LENGTH)
        return FALSE;
      if (!g_ascii_isalnum (id[i]) && id[i] != '.' && id[i] != '_'
          && id[i] != '-')
        return FALSE;
    }
  return TRUE;
}
