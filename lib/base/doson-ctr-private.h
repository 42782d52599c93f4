/* doson-ctr-private.h: what the library's files share; never installed
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_PRIVATE_H
#define DOSON_CTR_PRIVATE_H

#include <string.h>

#include <glib.h>
#include <doson-ctr/doson-ctr-types.h>

G_BEGIN_DECLS

/* Years the library accepts anywhere: a year outside is an input error. */
#define DOSON_CTR_YEAR_MIN 1900
#define DOSON_CTR_YEAR_MAX 2200

/* How far the parts of a whole may add up from it, in the whole's unit
 * (half a percentage point: figures are often rounded before entry).
 * `doson-ctr validate` and the assessment's consistency warnings share
 * it, so that they agree; a subset larger than its whole is always
 * reported, without a tolerance. */
#define DOSON_CTR_SUM_TOLERANCE 0.5

/* The index of @str in @names (the stable spellings of an enumeration,
 * indexed by value): TRUE and *index set when found; FALSE, *index
 * untouched, when @str is NULL or unknown. */
static inline gboolean
_doson_ctr_lookup_name (const char * const *names,
                        gsize               n_names,
                        const char         *str,
                        int                *index)
{
  gsize i;

  if (str == NULL)
    return FALSE;
  for (i = 0; i < n_names; i++)
    if (strcmp (names[i], str) == 0)
      {
        *index = (int) i;
        return TRUE;
      }
  return FALSE;
}

/* Whether a finite @value suits @measure (percent 0..100, count >= 0,
 * boolean 0 or 1); when not, *why says what is expected. */
gboolean _doson_ctr_measure_accepts (DosonCtrMeasure   measure,
                                     double            value,
                                     const char      **why);

G_END_DECLS

#endif /* DOSON_CTR_PRIVATE_H */
