/* doson-ctr-draft-html.c: the draft of the yearly implementation report
 * laid out as one self-contained HTML page, well-formed XML as well
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "output/doson-ctr-draft-private.h"
#include "output/doson-ctr-html-private.h"

/* What the draft adds to the shared stylesheet: the look of an
 * administrative document, its letterhead and closing in two columns
 * without borders, the draft mark and the notes for the office. */
static const char draft_style[] =
  ".draft { font-family: \"Times New Roman\", \"Liberation Serif\", \"DejaVu Serif\", \"Noto Serif\", serif; "
  "font-size: 13pt; line-height: 1.45; }\n"
  ".draft p, .draft li { text-align: justify; }\n"
  ".draft h2 { font-size: 13pt; border: none; margin: 1.2rem 0 0.4rem; }\n"
  ".draft h3, .draft h4 { font-size: 13pt; margin: 0.8rem 0 0.3rem; }\n"
  ".draft h4 { font-style: italic; }\n"
  "table.letterhead, table.closing { border: none; margin: 0 0 1rem; font-size: 12.5pt; }\n"
  "table.letterhead td, table.closing td { border: none; width: 50%; text-align: center; padding: 0 0.5rem; }\n"
  "table.closing td.recipients { text-align: left; font-size: 11pt; }\n"
  ".issuer, .motto, .signer { font-weight: bold; }\n"
  ".place-date, .sign-note { font-style: italic; }\n"
  ".mark { display: table; margin: 0.6rem auto; padding: 0.1rem 1.2rem; border: 2px solid #1a1a1a; "
  "font-weight: bold; letter-spacing: 0.15em; }\n"
  "h1.title { text-align: center; font-size: 14pt; margin: 0.6rem 0 0; }\n"
  "p.subject { text-align: center; font-weight: bold; margin: 0 0 1rem; }\n"
  ".editor { border-left: 4px solid #6b4400; background: #fdefc8; color: #3d2700; padding: 0.4rem 0.7rem; "
  "font-style: italic; }\n"
  ".editor .label { font-weight: bold; font-style: normal; }\n"
  ".draft table { font-size: 10.5pt; }\n"
  "@media print { .draft { font-size: 13pt; } }\n";

static const char *
line_at (GPtrArray *lines,
         guint      i)
{
  return lines != NULL && i < lines->len ? g_ptr_array_index (lines, i) : "";
}

/* The lines of one column, each a <div>, the class of the first and of
 * the others given. */
static void
append_column (GString    *out,
               GPtrArray  *lines,
               const char *td_class,
               const char *first_class,
               const char *other_class,
               const char *last_class)
{
  guint i;

  g_string_append (out, td_class != NULL ? "<td class=\"" : "<td");
  if (td_class != NULL)
    g_string_append_printf (out, "%s\"", td_class);
  g_string_append_c (out, '>');
  for (i = 0; i < lines->len; i++)
    {
      const char *class_name = i + 1 == lines->len && last_class != NULL ? last_class
                               : i == 0 ? first_class : other_class;

      _doson_ctr_html_append_element (out, "div", class_name, line_at (lines, i));
    }
  g_string_append (out, "</td>");
}

/* The letterhead: the superior body, the issuer in bold, "*" and the
 * number on the left; the motto in bold and the place and date in
 * italics on the right. */
static void
append_letterhead (GString                  *out,
                   const DosonCtrDraftBlock *block)
{
  guint i;

  g_string_append (out, "<table class=\"letterhead\" role=\"presentation\"><tbody><tr><td>");
  for (i = 0; i < block->left->len; i++)
    _doson_ctr_html_append_element (out, "div", i == 1 ? "issuer" : NULL, line_at (block->left, i));
  g_string_append (out, "</td>");
  append_column (out, block->right, NULL, "motto", "motto", "place-date");
  g_string_append (out, "</tr></tbody></table>\n");
}

static void
append_closing (GString                  *out,
                const DosonCtrDraftBlock *block)
{
  g_string_append (out, "<table class=\"closing\" role=\"presentation\"><tbody><tr>");
  append_column (out, block->left, "recipients", "issuer", NULL, NULL);
  append_column (out, block->right, NULL, "signer", "sign-note", NULL);
  g_string_append (out, "</tr></tbody></table>\n");
}

static void
append_row (GString   *out,
            GPtrArray *cells,
            guint      numeric,
            const char *element)
{
  guint j;

  g_string_append (out, "<tr>");
  for (j = 0; j < cells->len; j++)
    _doson_ctr_html_append_element (out, element,
                                    (numeric & (1u << j)) != 0 && element[1] == 'd' ? "number" : NULL,
                                    g_ptr_array_index (cells, j));
  g_string_append (out, "</tr>\n");
}

static void
append_table (GString                  *out,
              const DosonCtrDraftBlock *block)
{
  guint i;

  g_string_append (out, "<table>\n<thead>");
  append_row (out, block->cells, block->numeric, "th");
  g_string_append (out, "</thead>\n<tbody>\n");
  for (i = 0; i < block->rows->len; i++)
    append_row (out, g_ptr_array_index (block->rows, i), block->numeric, "td");
  g_string_append (out, "</tbody>\n</table>\n");
}

static void
append_block (GString                  *out,
              const DosonCtrDraftBlock *block,
              const DosonCtrDraftBlock *previous,
              const DosonCtrDraftBlock *next)
{
  g_autofree char *heading = NULL;
  guint i;

  switch (block->kind)
    {
    case DOSON_CTR_DRAFT_BLOCK_LETTERHEAD:
      append_letterhead (out, block);
      break;
    case DOSON_CTR_DRAFT_BLOCK_MARK:
      _doson_ctr_html_append_element (out, "p", "mark", block->text);
      g_string_append_c (out, '\n');
      break;
    case DOSON_CTR_DRAFT_BLOCK_NOTICE:
      _doson_ctr_html_append_notice (out, block->text);
      break;
    case DOSON_CTR_DRAFT_BLOCK_TITLE:
      _doson_ctr_html_append_element (out, "h1", "title", block->text);
      for (i = 0; i < block->left->len; i++)
        _doson_ctr_html_append_element (out, "p", "subject", line_at (block->left, i));
      g_string_append_c (out, '\n');
      break;
    case DOSON_CTR_DRAFT_BLOCK_HEADING:
      heading = g_strdup_printf ("h%u", block->level);
      _doson_ctr_html_append_element (out, heading, NULL, block->text);
      g_string_append_c (out, '\n');
      break;
    case DOSON_CTR_DRAFT_BLOCK_ITEM:
      /* a run of items is one list */
      if (previous == NULL || previous->kind != DOSON_CTR_DRAFT_BLOCK_ITEM)
        g_string_append (out, "<ul>\n");
      g_string_append (out, "<li>");
      if (block->lead != NULL)
        _doson_ctr_html_append_element (out, "strong", NULL, block->lead);
      _doson_ctr_html_append_escaped (out, block->text);
      g_string_append (out, "</li>\n");
      if (next == NULL || next->kind != DOSON_CTR_DRAFT_BLOCK_ITEM)
        g_string_append (out, "</ul>\n");
      break;
    case DOSON_CTR_DRAFT_BLOCK_EDITOR:
      g_string_append (out, "<p class=\"editor\" role=\"note\">");
      _doson_ctr_html_append_element (out, "span", "label", block->lead);
      g_string_append_c (out, ' ');
      _doson_ctr_html_append_escaped (out, block->text);
      g_string_append (out, "</p>\n");
      break;
    case DOSON_CTR_DRAFT_BLOCK_TABLE:
      append_table (out, block);
      break;
    case DOSON_CTR_DRAFT_BLOCK_CLOSING:
      append_closing (out, block);
      break;
    case DOSON_CTR_DRAFT_BLOCK_PARAGRAPH:
    default:
      _doson_ctr_html_append_element (out, "p", NULL, block->text);
      g_string_append_c (out, '\n');
      break;
    }
}

void
_doson_ctr_draft_append_html (GString        *out,
                              DosonCtrReport *report,
                              GPtrArray      *blocks)
{
  g_autofree char *title = _doson_ctr_draft_page_title (report);
  guint i;

  _doson_ctr_html_append_page_start_styled (out, report->lang, title, draft_style);
  g_string_append (out, "<main class=\"draft\">\n");
  for (i = 0; i < blocks->len; i++)
    append_block (out, g_ptr_array_index (blocks, i), i > 0 ? g_ptr_array_index (blocks, i - 1) : NULL,
                  i + 1 < blocks->len ? g_ptr_array_index (blocks, i + 1) : NULL);
  g_string_append (out, "</main>\n");
  _doson_ctr_html_append_page_end (out);
}
