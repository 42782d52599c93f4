/* doson-ctr-text-private.h: text in two languages, and the language rule; never installed
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_TEXT_PRIVATE_H
#define DOSON_CTR_TEXT_PRIVATE_H

#include <glib.h>

G_BEGIN_DECLS

/* A text in Vietnamese (always set once the owner is complete) and,
 * optionally, English. */
typedef struct
{
  char *vi;
  char *en;
} DosonCtrLocText;

void        _doson_ctr_loc_text_clear (DosonCtrLocText *text);
void        _doson_ctr_loc_text_copy (DosonCtrLocText       *dest,
                                      const DosonCtrLocText *src);
/* lang must be "vi" or "en"; a NULL @value unsets that language. */
gboolean    _doson_ctr_loc_text_set (DosonCtrLocText *text,
                                     const char      *lang,
                                     const char      *value);
/* "en" gives English, falling back to Vietnamese; anything else gives
 * Vietnamese.  May return NULL when nothing is set. */
const char *_doson_ctr_loc_text_get (const DosonCtrLocText *text,
                                     const char            *lang);
gboolean    _doson_ctr_loc_text_equal (const DosonCtrLocText *a,
                                       const DosonCtrLocText *b);
/* Whether @lang is "vi" or "en" (criticals otherwise, for setters). */
gboolean    _doson_ctr_lang_is_valid (const char *lang);

G_END_DECLS

#endif /* DOSON_CTR_TEXT_PRIVATE_H */
