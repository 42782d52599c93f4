/* doson-ctr-text-private.h: text in two languages, and the language rule; never installed
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_TEXT_PRIVATE_H
#define DOSON_CTR_TEXT_PRIVATE_H

#include <glib.h>

G_BEGIN_DECLS

/*
 * The language rule, the one the whole library follows wherever a
 * function takes a `lang`:
 *
 *  - a tag whose primary subtag is "vi" (case-insensitive): "vi", "vi-VN",
 *    "vi_VN.UTF-8", "vi@…" means Vietnamese;
 *  - a tag whose primary subtag is "en" ("en", "en-GB", "en_US.UTF-8")
 *    means English;
 *  - NULL means the default, Vietnamese: the programme's own language;
 *  - any other tag means English, the library's only other language, for
 *    a reader (a getter, a label, an explanation); a setter refuses it.
 *
 * An English text that is not set falls back to the Vietnamese one.
 */
typedef enum
{
  DOSON_CTR_LANG_VI = 0,
  DOSON_CTR_LANG_EN
} DosonCtrLang;

#define DOSON_CTR_LANG_DEFAULT DOSON_CTR_LANG_VI

/* @lang as the rule reads it: TRUE and *out set for NULL and for "vi…" or
 * "en…" tags; FALSE, *out untouched, for any other language. */
gboolean     _doson_ctr_lang_parse (const char   *lang,
                                    DosonCtrLang *out);
/* @lang for a reader: any language the rule does not know is English. */
DosonCtrLang _doson_ctr_lang_from_string (const char *lang);

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
/* @lang must be a Vietnamese or English tag; a NULL @value unsets that
 * language. */
gboolean    _doson_ctr_loc_text_set (DosonCtrLocText *text,
                                     const char      *lang,
                                     const char      *value);
/* The text in @lang, as the language rule reads it; English falls back
 * to Vietnamese.  May return NULL when nothing is set. */
const char *_doson_ctr_loc_text_get (const DosonCtrLocText *text,
                                     const char            *lang);
gboolean    _doson_ctr_loc_text_equal (const DosonCtrLocText *a,
                                       const DosonCtrLocText *b);
/* Whether a setter accepts @lang: a Vietnamese or English tag, not NULL
 * (setters emit a critical otherwise). */
gboolean    _doson_ctr_lang_is_valid (const char *lang);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (DosonCtrLocText, _doson_ctr_loc_text_clear)

G_END_DECLS

#endif /* DOSON_CTR_TEXT_PRIVATE_H */
