/* doson-ctr-wrap-private.h: text wrapped to a terminal's width; never
 * installed
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_WRAP_PRIVATE_H
#define DOSON_CTR_WRAP_PRIVATE_H

#include <glib.h>

G_BEGIN_DECLS

/* @text with each line longer than @width characters (ANSI colour
 * sequences not counted) broken at spaces, never between a number and
 * its unit or a sign and its number when another space will do, a word
 * longer than a line cut; a continued line is indented two more than its
 * line. A @width of 0, or
 * one too narrow for the indent, leaves the lines as they are. */
char *_doson_ctr_wrap (const char *text,
                       gsize       width);

G_END_DECLS

#endif /* DOSON_CTR_WRAP_PRIVATE_H */
