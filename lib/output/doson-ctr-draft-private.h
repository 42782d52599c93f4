/* doson-ctr-draft-private.h: the draft of the yearly implementation
 * report as a list of blocks that each format lays out; never installed
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * doson-ctr-draft-items.c chooses where each target goes and says it in
 * plain text; doson-ctr-draft-build.c puts the sections together: the
 * headings, the sentences and the tables. The writers
 * (doson-ctr-draft-markdown.c, doson-ctr-draft-html.c) only lay the
 * blocks out, so that every format says the same words.
 */

#ifndef DOSON_CTR_DRAFT_PRIVATE_H
#define DOSON_CTR_DRAFT_PRIVATE_H

#include <doson-ctr/doson-ctr-draft.h>

#include "output/doson-ctr-report-private.h"

G_BEGIN_DECLS

typedef enum
{
  /* two columns of lines: the issuer on the left, the motto and the
   * place and date on the right */
  DOSON_CTR_DRAFT_BLOCK_LETTERHEAD = 0,
  /* "DỰ THẢO": the draft mark, above the title */
  DOSON_CTR_DRAFT_BLOCK_MARK,
  /* the notice of illustrative data */
  DOSON_CTR_DRAFT_BLOCK_NOTICE,
  /* the title: "BÁO CÁO" as text, the subject as lines */
  DOSON_CTR_DRAFT_BLOCK_TITLE,
  /* a heading of @level 2 (I., II., Phụ lục), 3 (1., 2.) or 4 (a), b)) */
  DOSON_CTR_DRAFT_BLOCK_HEADING,
  DOSON_CTR_DRAFT_BLOCK_PARAGRAPH,
  /* a bulleted item: @lead (emphasised, may be NULL) then @text */
  DOSON_CTR_DRAFT_BLOCK_ITEM,
  /* what the office has to write: @lead is the label ("[Văn phòng
   * viết]"), @text says what */
  DOSON_CTR_DRAFT_BLOCK_EDITOR,
  /* a table: @cells is the header, @rows its rows */
  DOSON_CTR_DRAFT_BLOCK_TABLE,
  /* two columns of lines: the recipients on the left ("Nơi nhận:" is
   * the first line), the signature on the right */
  DOSON_CTR_DRAFT_BLOCK_CLOSING
} DosonCtrDraftBlockKind;

typedef struct
{
  DosonCtrDraftBlockKind kind;
  guint level;          /* a heading's */
  char *lead;
  char *text;
  GPtrArray *left;      /* of char *: letterhead, closing; a title's lines */
  GPtrArray *right;     /* of char *: letterhead, closing */
  GPtrArray *cells;     /* of char *: a table's header */
  GPtrArray *rows;      /* of GPtrArray of char *: a table's rows */
  guint numeric;        /* a table's columns aligned right, as bits */
} DosonCtrDraftBlock;

/* Frees a DosonCtrDraftBlock. */
void _doson_ctr_draft_block_free (gpointer data);

/* Adds a block of @kind with copies of @lead and @text to @blocks. */
DosonCtrDraftBlock *_doson_ctr_draft_add_block (GPtrArray              *blocks,
                                                DosonCtrDraftBlockKind  kind,
                                                const char             *lead,
                                                const char             *text);

/* Where a target goes in the draft, by its status. */
typedef enum
{
  DOSON_CTR_DRAFT_CLASS_DONE = 0,   /* I: achieved */
  DOSON_CTR_DRAFT_CLASS_ON_TRACK,   /* I: on track */
  DOSON_CTR_DRAFT_CLASS_BEHIND,     /* II and III: behind, moving away, not met */
  DOSON_CTR_DRAFT_CLASS_PENDING,    /* III: a milestone not yet due */
  DOSON_CTR_DRAFT_CLASS_NO_DATA     /* II: no data to judge */
} DosonCtrDraftClass;

typedef struct
{
  DosonCtrIndicator *indicator;
  DosonCtrGoal *section;           /* its top-level goal */
  DosonCtrReportLine line;
  DosonCtrDraftClass klass;
  gboolean accelerate;             /* goes in III.1 */
  gboolean have_year;              /* a value of some year exists */
  int latest_year;
} DosonCtrDraftItem;

/* A task of the programme and its state in the as-of year. */
typedef struct
{
  DosonCtrTask *task;              /* the programme's; not owned */
  DosonCtrGoal *section;           /* its top-level goal, or NULL */
  gboolean known;
  DosonCtrTaskState state;
} DosonCtrDraftTask;

typedef struct
{
  DosonCtrReport *report;
  DosonCtrLang lang;
  int year;                        /* the as-of year */
  GPtrArray *items;                /* of DosonCtrDraftItem, in the programme's order */
  GPtrArray *sections;             /* of DosonCtrGoal, the top-level goals */
  GPtrArray *tasks;                /* of DosonCtrDraftTask, in the programme's order */
  char letter;                     /* the next point of II.1: 'a', 'b' … */
  GPtrArray *blocks;
} DosonCtrDraft;

/* @vi or @en by the draft's language; a macro, so that formats stay
 * literal. */
#define _doson_ctr_draft_tr(d, vi, en) ((d)->lang == DOSON_CTR_LANG_VI ? (vi) : (en))

/* Fills @d->items and @d->sections; the items are freed with
 * _doson_ctr_draft_item_free(). */
void _doson_ctr_draft_collect_items (DosonCtrDraft *d);
void _doson_ctr_draft_item_free (gpointer data);

/* The indicator's name, and its reference ("II.1.1 (1)") or NULL. */
const char *_doson_ctr_draft_item_name (DosonCtrDraft           *d,
                                        const DosonCtrDraftItem *item);
const char *_doson_ctr_draft_item_ref (const DosonCtrDraftItem *item);

/* The names of the units that lead @item, joined by ", ", or "…". */
char *_doson_ctr_draft_lead_units (DosonCtrDraft           *d,
                                   const DosonCtrDraftItem *item);

/* The latest value with its unit and year: "1.443 tỷ đồng (2027)"; for
 * an indicator assessed only by disaggregation value, each value's; "chưa
 * có số liệu" when there is none. */
void _doson_ctr_draft_append_values (GString                 *out,
                                     DosonCtrDraft           *d,
                                     const DosonCtrDraftItem *item);

/* Every target of @item in words, joined by "; ". */
void _doson_ctr_draft_append_targets (GString                 *out,
                                      DosonCtrDraft           *d,
                                      const DosonCtrDraftItem *item);

/* " (III.1 (2)): kết quả 1.443 tỷ đồng (2027); mục tiêu: …; đánh giá:
 * Cần đẩy nhanh, mức hoàn thành 70,7 %", without a full stop. */
char *_doson_ctr_draft_describe_result (DosonCtrDraft           *d,
                                        const DosonCtrDraftItem *item);

/* "; để đạt mục tiêu: " and what each target of @item still needs and
 * where its pace leads; nothing when none needs anything. */
void _doson_ctr_draft_append_needs (GString                 *out,
                                    DosonCtrDraft           *d,
                                    const DosonCtrDraftItem *item);

/* " (III.1 (2); chủ trì: …): cần tăng ≥ 20,4 %/năm …." */
char *_doson_ctr_draft_describe_requirement (DosonCtrDraft           *d,
                                             const DosonCtrDraftItem *item);

/* A heading of level 4 with the next letter of II.1: "a) @text". */
void _doson_ctr_draft_add_lettered (DosonCtrDraft *d,
                                    const char    *text);

/* A row of a table: the strings up to NULL, copied. */
GPtrArray *_doson_ctr_draft_cells (const char *first,
                                   ...) G_GNUC_NULL_TERMINATED;

/* Fills @d->tasks, freed with _doson_ctr_draft_task_free(). */
void _doson_ctr_draft_collect_tasks (DosonCtrDraft *d);
void _doson_ctr_draft_task_free (gpointer data);

/* I: "Về nhiệm vụ, giải pháp: 3/8 nhiệm vụ đã hoàn thành:" and those of
 * @section; nothing when it has no task. */
void _doson_ctr_draft_add_tasks_done (DosonCtrDraft *d,
                                      DosonCtrGoal  *section);
/* II.1: the tasks overdue or due and not done, and those whose state is
 * not known. */
void _doson_ctr_draft_add_tasks_late (DosonCtrDraft *d);
/* III.@number: the tasks not done, under each unit that leads them;
 * FALSE (and nothing) when the programme has no task. */
gboolean _doson_ctr_draft_add_tasks_ahead (DosonCtrDraft *d,
                                           guint          number);
/* Phụ lục @number: the table of the tasks. */
void _doson_ctr_draft_add_tasks_table (DosonCtrDraft *d,
                                       guint          number);

/* X of "Ban Chấp hành Đảng bộ X", the programme's issuing body in
 * Vietnamese, whose Party committee is "Đảng ủy X"; NULL when the issuer
 * is not a Party executive committee. */
const char *_doson_ctr_draft_party_place (DosonCtrDraft *d);

/* The draft of @report's assessment, in @report's language: an array
 * of DosonCtrDraftBlock, freed with g_ptr_array_unref(). */
GPtrArray *_doson_ctr_draft_build (DosonCtrReport *report);

/* The title of the page: "Báo cáo kết quả thực hiện Chương trình hành
 * động số 03-CTr/ĐU năm 2027 (dự thảo)". */
char *_doson_ctr_draft_page_title (DosonCtrReport *report);

/* The writers. */
void _doson_ctr_draft_append_markdown (GString   *out,
                                       GPtrArray *blocks);
void _doson_ctr_draft_append_html (GString        *out,
                                   DosonCtrReport *report,
                                   GPtrArray      *blocks);

G_END_DECLS

#endif /* DOSON_CTR_DRAFT_PRIVATE_H */
