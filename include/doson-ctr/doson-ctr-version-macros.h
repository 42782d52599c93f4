/* doson-ctr-version-macros.h: export, availability and deprecation macros
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_VERSION_MACROS_H
#define DOSON_CTR_VERSION_MACROS_H

#if !defined(DOSON_CTR_INSIDE) && !defined(DOSON_CTR_COMPILATION)
#error "Only <doson-ctr/doson-ctr.h> can be included directly."
#endif

#include <glib.h>

#if defined(_WIN32) && !defined(__CYGWIN__)
# ifdef DOSON_CTR_COMPILATION
#  define _DOSON_CTR_EXTERN __declspec(dllexport) extern
# else
#  define _DOSON_CTR_EXTERN __declspec(dllimport) extern
# endif
#elif defined(__GNUC__)
# define _DOSON_CTR_EXTERN __attribute__((visibility ("default"))) extern
#else
# define _DOSON_CTR_EXTERN extern
#endif

/**
 * DOSON_CTR_AVAILABLE_IN_ALL:
 *
 * Marks a symbol that is part of the API in every version.
 */
#define DOSON_CTR_AVAILABLE_IN_ALL _DOSON_CTR_EXTERN

/**
 * DOSON_CTR_AVAILABLE_IN_0_1:
 *
 * Marks a symbol that was added in version 0.1.
 */
#define DOSON_CTR_AVAILABLE_IN_0_1 _DOSON_CTR_EXTERN

#endif /* DOSON_CTR_VERSION_MACROS_H */
