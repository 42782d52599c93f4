/* doson-ctr-text.c: text in Vietnamese and English, and the language rule
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <string.h>

#include <glib.h>

#include "base/doson-ctr-text-private.h"

gboolean
_doson_ctr_lang_is_valid (const char *lang)
{
  return lang != NULL && (strcmp (lang, "vi") == 0 || strcmp (lang, "en") == 0);
}

void
_doson_ctr_loc_text_clear (DosonCtrLocText *text)
{
  g_clear_pointer (&text->vi, g_free);
  g_clear_pointer (&text->en, g_free);
}

void
_doson_ctr_loc_text_copy (DosonCtrLocText       *dest,
                          const DosonCtrLocText *src)
{
  dest->vi = g_strdup (src->vi);
  dest->en = g_strdup (src->en);
}

gboolean
_doson_ctr_loc_text_set (DosonCtrLocText *text,
                         const char      *lang,
                         const char      *value)
{
  char **slot;

  if (!_doson_ctr_lang_is_valid (lang))
    return FALSE;
  slot = strcmp (lang, "en") == 0 ? &text->en : &text->vi;
  g_free (*slot);
  *slot = g_strdup (value);
  return TRUE;
}

const char *
_doson_ctr_loc_text_get (const DosonCtrLocText *text,
                         const char            *lang)
{
  if (lang != NULL && strcmp (lang, "en") == 0 && text->en != NULL)
    return text->en;
  return text->vi;
}

gboolean
_doson_ctr_loc_text_equal (const DosonCtrLocText *a,
                           const DosonCtrLocText *b)
{
  return g_strcmp0 (a->vi, b->vi) == 0 && g_strcmp0 (a->en, b->en) == 0;
}
