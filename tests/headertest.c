/* headertest.c: the public header compiles on its own, as strict C99
 * (tests/Makefile.am builds this with -std=c99 -pedantic -Werror) and, in
 * check-headertest.sh, as C++.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <doson-ctr/doson-ctr.h>

int
main (void)
{
  return doson_ctr_check_version (DOSON_CTR_MAJOR_VERSION,
                                  DOSON_CTR_MINOR_VERSION,
                                  DOSON_CTR_MICRO_VERSION) ? 0 : 1;
}
