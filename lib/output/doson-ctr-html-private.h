/* doson-ctr-html-private.h: what every HTML document of the library
 * shares: escaping, the page around the content with its stylesheet, and
 * the statuses as badges; never installed
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The pages are self-contained (inline CSS, no script, no font or image
 * fetched) and well-formed XML as well as HTML, so that a test can parse
 * them with an XML parser: every element is closed, attributes are
 * quoted, and the only entity references are &amp; &lt; &gt; &quot; and
 * &#39;.
 */

#ifndef DOSON_CTR_HTML_PRIVATE_H
#define DOSON_CTR_HTML_PRIVATE_H

#include <glib.h>
#include <doson-ctr/doson-ctr-task.h>
#include <doson-ctr/doson-ctr-types.h>

#include "base/doson-ctr-text-private.h"

G_BEGIN_DECLS

/* @text with & < > " ' escaped, for element content and attribute
 * values alike. */
void _doson_ctr_html_append_escaped (GString    *out,
                                     const char *text);

/* <@element class="@class_name">@text escaped</@element>; no class
 * attribute when @class_name is NULL. */
void _doson_ctr_html_append_element (GString    *out,
                                     const char *element,
                                     const char *class_name,
                                     const char *text);

/* The doctype, <html lang>, <head> (charset, viewport, @title, the
 * stylesheet) and the opening <body>. */
void _doson_ctr_html_append_page_start (GString      *out,
                                        DosonCtrLang  lang,
                                        const char   *title);

/* The same, with @style (NULL for none) after the shared stylesheet. */
void _doson_ctr_html_append_page_start_styled (GString      *out,
                                               DosonCtrLang  lang,
                                               const char   *title,
                                               const char   *style);

/* The closing </body></html>. */
void _doson_ctr_html_append_page_end (GString *out);

/* The notice of illustrative data as a banner that cannot be missed:
 * <p class="notice" role="note">… */
void _doson_ctr_html_append_notice (GString    *out,
                                    const char *notice);

/* How a status is shown: its class ("status-achieved"), a symbol that
 * tells it apart without colour, and its text and background colours
 * (#rrggbb), whose contrast is at least 4.5:1 (WCAG 2 AA). */
typedef struct
{
  const char *class_name;
  const char *symbol;
  const char *foreground;
  const char *background;
} DosonCtrHtmlStatusStyle;

const DosonCtrHtmlStatusStyle *_doson_ctr_html_status_style (DosonCtrStatus status);

/* <span class="status status-…"><span class="symbol" aria-hidden="true">✓</span> Label</span> */
void _doson_ctr_html_append_status (GString        *out,
                                    DosonCtrStatus  status,
                                    DosonCtrLang    lang);

/* A task's state as a badge in the colours and symbol of the status it
 * is like (done as achieved, overdue as not achieved …), with its label;
 * "Chưa có thông tin" ("Not known") when it is not @known. */
void _doson_ctr_html_append_task_state (GString           *out,
                                        gboolean           known,
                                        DosonCtrTaskState  state,
                                        DosonCtrLang       lang);

/* The contrast ratio of two #rrggbb colours by WCAG 2 (1 to 21); 0 for
 * a spelling that is not #rrggbb. */
double _doson_ctr_html_contrast_ratio (const char *colour1,
                                       const char *colour2);

G_END_DECLS

#endif /* DOSON_CTR_HTML_PRIVATE_H */
