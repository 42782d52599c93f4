/* doson-ctr-draft-markdown.c: the draft of the yearly implementation
 * report laid out as markdown
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "output/doson-ctr-draft-private.h"
#include "output/doson-ctr-words-private.h"

static const char *
line_at (GPtrArray *lines,
         guint      i)
{
  return lines != NULL && i < lines->len ? g_ptr_array_index (lines, i) : "";
}

/* The letterhead as a table of two centred columns, the issuer's lines
 * on the left, the motto and the place and date on the right. */
static void
append_letterhead (GString                  *out,
                   const DosonCtrDraftBlock *block)
{
  guint n = MAX (block->left->len, block->right->len);
  guint i;

  for (i = 0; i < n; i++)
    {
      g_string_append (out, "|");
      _doson_ctr_words_append_markdown_cell (out, line_at (block->left, i));
      _doson_ctr_words_append_markdown_cell (out, line_at (block->right, i));
      g_string_append (out, i == 0 ? "\n|:---:|:---:|\n" : "\n");
    }
  g_string_append_c (out, '\n');
}

static void
append_table (GString                  *out,
              const DosonCtrDraftBlock *block)
{
  guint i, j;

  g_string_append (out, "|");
  for (j = 0; j < block->cells->len; j++)
    _doson_ctr_words_append_markdown_cell (out, g_ptr_array_index (block->cells, j));
  g_string_append (out, "\n|");
  for (j = 0; j < block->cells->len; j++)
    g_string_append (out, (block->numeric & (1u << j)) != 0 ? "--:|" : "---|");
  g_string_append_c (out, '\n');
  for (i = 0; i < block->rows->len; i++)
    {
      GPtrArray *row = g_ptr_array_index (block->rows, i);

      g_string_append (out, "|");
      for (j = 0; j < row->len; j++)
        _doson_ctr_words_append_markdown_cell (out, g_ptr_array_index (row, j));
      g_string_append_c (out, '\n');
    }
  g_string_append_c (out, '\n');
}

/* "Nơi nhận:" in bold and the recipients as a list, then the signature. */
static void
append_closing (GString                  *out,
                const DosonCtrDraftBlock *block)
{
  guint i;

  g_string_append_printf (out, "**%s**\n\n", line_at (block->left, 0));
  for (i = 1; i < block->left->len; i++)
    g_string_append_printf (out, "%s\n", line_at (block->left, i));
  g_string_append_printf (out, "\n**%s**\n\n", line_at (block->right, 0));
  for (i = 1; i < block->right->len; i++)
    g_string_append_printf (out, "*%s*\n\n", line_at (block->right, i));
}

static void
append_block (GString                  *out,
              const DosonCtrDraftBlock *block,
              const DosonCtrDraftBlock *next)
{
  guint i;

  switch (block->kind)
    {
    case DOSON_CTR_DRAFT_BLOCK_LETTERHEAD:
      append_letterhead (out, block);
      break;
    case DOSON_CTR_DRAFT_BLOCK_MARK:
      g_string_append_printf (out, "**%s**\n\n", block->text);
      break;
    case DOSON_CTR_DRAFT_BLOCK_NOTICE:
      g_string_append_printf (out, "> **%s**\n\n", block->text);
      break;
    case DOSON_CTR_DRAFT_BLOCK_TITLE:
      g_string_append_printf (out, "# %s\n\n", block->text);
      for (i = 0; i < block->left->len; i++)
        g_string_append_printf (out, "**%s**\n\n", line_at (block->left, i));
      break;
    case DOSON_CTR_DRAFT_BLOCK_HEADING:
      g_string_append_printf (out, "%.*s %s\n\n", (int) block->level, "####", block->text);
      break;
    case DOSON_CTR_DRAFT_BLOCK_ITEM:
      g_string_append (out, "- ");
      if (block->lead != NULL)
        g_string_append_printf (out, "**%s**", block->lead);
      g_string_append_printf (out, "%s\n", block->text);
      /* a run of items is one list */
      if (next == NULL || next->kind != DOSON_CTR_DRAFT_BLOCK_ITEM)
        g_string_append_c (out, '\n');
      break;
    case DOSON_CTR_DRAFT_BLOCK_EDITOR:
      g_string_append_printf (out, "> ***%s*** *%s*\n\n", block->lead, block->text);
      break;
    case DOSON_CTR_DRAFT_BLOCK_TABLE:
      append_table (out, block);
      break;
    case DOSON_CTR_DRAFT_BLOCK_CLOSING:
      append_closing (out, block);
      break;
    case DOSON_CTR_DRAFT_BLOCK_PARAGRAPH:
    default:
      g_string_append_printf (out, "%s\n\n", block->text);
      break;
    }
}

void
_doson_ctr_draft_append_markdown (GString   *out,
                                  GPtrArray *blocks)
{
  guint i;

  for (i = 0; i < blocks->len; i++)
    append_block (out, g_ptr_array_index (blocks, i), i + 1 < blocks->len ? g_ptr_array_index (blocks, i + 1) : NULL);
  /* one newline at the end */
  while (out->len >= 2 && out->str[out->len - 1] == '\n' && out->str[out->len - 2] == '\n')
    g_string_truncate (out, out->len - 1);
}
