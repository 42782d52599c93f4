/* doson-ctr-version.c: the version of the library at run time
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <doson-ctr/doson-ctr-version.h>

/**
 * SECTION:doson-ctr-version
 * @Title: Versions
 * @Short_description: the version of the headers and of the library
 *
 * The macros give the version of the headers a program was compiled
 * against; the functions give the version of the library it runs with.
 * A binding, which has no headers, uses the functions only.
 */

/**
 * doson_ctr_get_major_version:
 *
 * Gives the major version of the library the program runs with, which may
 * differ from %DOSON_CTR_MAJOR_VERSION, that of the headers it was compiled
 * against.
 *
 * Returns: the major version of the library in use, such as 0 in 0.1.2
 *
 * Since: 0.1
 */
guint
doson_ctr_get_major_version (void)
{
  return DOSON_CTR_MAJOR_VERSION;
}

/**
 * doson_ctr_get_minor_version:
 *
 * Gives the minor version of the library the program runs with, which may
 * differ from %DOSON_CTR_MINOR_VERSION, that of the headers it was compiled
 * against.
 *
 * Returns: the minor version of the library in use, such as 1 in 0.1.2
 *
 * Since: 0.1
 */
guint
doson_ctr_get_minor_version (void)
{
  return DOSON_CTR_MINOR_VERSION;
}

/**
 * doson_ctr_get_micro_version:
 *
 * Gives the micro version of the library the program runs with, which may
 * differ from %DOSON_CTR_MICRO_VERSION, that of the headers it was compiled
 * against.
 *
 * Returns: the micro version of the library in use, such as 2 in 0.1.2
 *
 * Since: 0.1
 */
guint
doson_ctr_get_micro_version (void)
{
  return DOSON_CTR_MICRO_VERSION;
}

/**
 * doson_ctr_get_version_string:
 *
 * Gives the version of the library the program runs with, as text; compare
 * %DOSON_CTR_VERSION_S, the version of the headers.
 *
 * Returns: (transfer none): the version of the library in use, such as
 *   "0.1.2"; a static string that must not be freed
 *
 * Since: 0.1
 */
const char *
doson_ctr_get_version_string (void)
{
  return DOSON_CTR_VERSION_S;
}

/**
 * doson_ctr_check_version:
 * @major: the major version required
 * @minor: the minor version required
 * @micro: the micro version required
 *
 * Checks at run time that the library in use is version
 * @major.@minor.@micro or a later, compatible one: the same major version
 * and a minor and micro version at least as high.
 *
 * Returns: %TRUE when the library in use is compatible
 *
 * Since: 0.1
 */
gboolean
doson_ctr_check_version (guint major,
                         guint minor,
                         guint micro)
{
  if (major != DOSON_CTR_MAJOR_VERSION)
    return FALSE;
  if (minor != DOSON_CTR_MINOR_VERSION)
    return minor < DOSON_CTR_MINOR_VERSION;
  return micro <= DOSON_CTR_MICRO_VERSION;
}
