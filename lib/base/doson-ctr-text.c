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

/* Whether @tag's primary language subtag is @code: "vi" matches "vi",
 * "vi-VN", "vi_VN.UTF-8" and "vi@latin", not "vie" or "video". */
static gboolean
has_primary_subtag (const char *tag,
                    const char *code)
{
  gsize n = strlen (code);

  if (g_ascii_strncasecmp (tag, code, n) != 0)
    return FALSE;
  return tag[n] == '\0' || tag[n] == '-' || tag[n] == '_' || tag[n] == '.'
         || tag[n] == '@';
}

gboolean
_doson_ctr_lang_parse (const char   *lang,
                       DosonCtrLang *out)
{
  if (lang == NULL)
    {
      *out = DOSON_CTR_LANG_DEFAULT;
      return TRUE;
    }
  if (has_primary_subtag (lang, "vi"))
    *out = DOSON_CTR_LANG_VI;
  else if (has_primary_subtag (lang, "en"))
    *out = DOSON_CTR_LANG_EN;
  else
    return FALSE;
  return TRUE;
}

DosonCtrLang
_doson_ctr_lang_from_string (const char *lang)
{
  DosonCtrLang parsed;

  return _doson_ctr_lang_parse (lang, &parsed) ? parsed : DOSON_CTR_LANG_EN;
}

gboolean
_doson_ctr_lang_is_valid (const char *lang)
{
  DosonCtrLang parsed;

  return lang != NULL && _doson_ctr_lang_parse (lang, &parsed);
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
  slot = _doson_ctr_lang_from_string (lang) == DOSON_CTR_LANG_EN ? &text->en : &text->vi;
  g_free (*slot);
  *slot = g_strdup (value);
  return TRUE;
}

const char *
_doson_ctr_loc_text_get (const DosonCtrLocText *text,
                         const char            *lang)
{
  if (_doson_ctr_lang_from_string (lang) == DOSON_CTR_LANG_EN && text->en != NULL)
    return text->en;
  return text->vi;
}

gboolean
_doson_ctr_loc_text_equal (const DosonCtrLocText *a,
                           const DosonCtrLocText *b)
{
  return g_strcmp0 (a->vi, b->vi) == 0 && g_strcmp0 (a->en, b->en) == 0;
}
