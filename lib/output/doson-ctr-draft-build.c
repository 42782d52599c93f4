/* doson-ctr-draft-build.c: the draft of the yearly implementation
 * report put together: letterhead, title, sections I to III, closing
 * and appendix, as blocks
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <stdio.h>
#include <stdarg.h>
#include <string.h>

#include "output/doson-ctr-draft-private.h"
#include "output/doson-ctr-words-private.h"

#define tr _doson_ctr_draft_tr

static void
add_heading (GPtrArray  *blocks,
             guint       level,
             const char *text)
{
  _doson_ctr_draft_add_block (blocks, DOSON_CTR_DRAFT_BLOCK_HEADING, NULL, text)->level = level;
}

static void
add_paragraph (GPtrArray  *blocks,
               const char *text)
{
  _doson_ctr_draft_add_block (blocks, DOSON_CTR_DRAFT_BLOCK_PARAGRAPH, NULL, text);
}

/* Adds @text (taken) to @lines. */
static void
take_line (GPtrArray *lines,
           char      *text)
{
  g_ptr_array_add (lines, text);
}

static GPtrArray *
new_lines (void)
{
  return g_ptr_array_new_with_free_func (g_free);
}

/* ------------------------------------------------------------------------
 * The letterhead and the closing
 * ------------------------------------------------------------------------ */

#define FILL "……"

/* "Đồ Sơn" of "phường Đồ Sơn": the name after the kind of place. */
static const char *
place_name (const char *place)
{
  static const char * const kinds[] = { "phường ", "xã ", "thị trấn ", "đặc khu ", "quận ", "huyện ",
                                        "thị xã ", "thành phố ", "tỉnh " };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_str_has_prefix (place, kinds[i]))
      return place + strlen (kinds[i]);
  return place;
}

/* "Số …-BC/ĐU", the office's sign taken from the programme's code. */
static char *
number_line (DosonCtrDraft *d)
{
  const char *code = doson_ctr_program_get_code (d->report->program);
  const char *slash = code != NULL ? strrchr (code, '/') : NULL;

  return g_strdup_printf (tr (d, "Số %s-BC%s", "No. %s-BC%s"), FILL, slash != NULL ? slash : "");
}

static void
add_letterhead (DosonCtrDraft *d)
{
  DosonCtrDraftBlock *block = _doson_ctr_draft_add_block (d->blocks, DOSON_CTR_DRAFT_BLOCK_LETTERHEAD, NULL, NULL);
  const char *place = _doson_ctr_draft_party_place (d);
  const char *superior = d->report->superior_body;
  const char *body = doson_ctr_program_get_issuing_body (d->report->program, _doson_ctr_words_tag (d->lang));
  g_autofree char *issuer = NULL;

  block->left = new_lines ();
  block->right = new_lines ();
  if (superior == NULL)
    superior = place != NULL ? tr (d, "Đảng bộ " FILL, "Party Organisation of " FILL) : FILL;
  if (place != NULL && d->lang == DOSON_CTR_LANG_VI)
    issuer = g_strdup_printf ("Đảng ủy %s", place);
  else
    issuer = g_strdup (body != NULL ? body : FILL);
  take_line (block->left, g_utf8_strup (superior, -1));
  take_line (block->left, g_utf8_strup (issuer, -1));
  take_line (block->left, g_strdup ("*"));
  take_line (block->left, number_line (d));
  if (place != NULL)
    take_line (block->right, g_strdup (tr (d, "ĐẢNG CỘNG SẢN VIỆT NAM", "COMMUNIST PARTY OF VIET NAM")));
  take_line (block->right, g_strdup_printf (tr (d, "%s, ngày %s tháng %s năm %s", "%s, %s/%s/%s"),
                                            place != NULL ? place_name (place) : FILL, FILL, FILL, FILL));
}

static void
add_closing (DosonCtrDraft *d)
{
  DosonCtrDraftBlock *block = _doson_ctr_draft_add_block (d->blocks, DOSON_CTR_DRAFT_BLOCK_CLOSING, NULL, NULL);
  gboolean party = _doson_ctr_draft_party_place (d) != NULL;

  block->left = new_lines ();
  block->right = new_lines ();
  take_line (block->left, g_strdup (tr (d, "Nơi nhận:", "Recipients:")));
  /* Part C of a programme names those the results are reported to; the
   * office completes the list. */
  if (party)
    {
      take_line (block->left, g_strdup (tr (d, "- Ban Thường vụ Đảng ủy (để báo cáo),",
                                            "- the Standing Committee of the Party Committee (for report),")));
      take_line (block->left, g_strdup (tr (d, "- Các đồng chí Ủy viên Ban Chấp hành Đảng bộ,",
                                            "- the members of the Executive Committee,")));
    }
  take_line (block->left, g_strdup_printf ("- %s [%s],", FILL,
                                           tr (d, "Văn phòng bổ sung", "for the office to write")));
  take_line (block->left, g_strdup (party ? tr (d, "- Lưu Văn phòng Đảng ủy.", "- Party Committee Office, file.")
                                          : tr (d, "- Lưu " FILL ".", "- File: " FILL ".")));
  take_line (block->right, g_strdup_printf (tr (d, "T/M %s", "On behalf of %s"), FILL));
  take_line (block->right, g_strdup (tr (d, "(Ký, ghi rõ họ tên)", "(signature, full name)")));
}

/* ------------------------------------------------------------------------
 * The title and the opening
 * ------------------------------------------------------------------------ */

/* What kind of document the programme is, from its title: the words
 * before " của " or " thực hiện " ("Chương trình hành động"), before " of
 * " or " implementing " in English; the whole title without them. */
static char *
title_kind (const char   *title,
            DosonCtrLang  lang)
{
  static const char * const vi[] = { " của ", " thực hiện " };
  static const char * const en[] = { " of ", " implementing " };
  const char * const *cuts = lang == DOSON_CTR_LANG_VI ? vi : en;
  const char *end = NULL;
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (vi); i++)
    {
      const char *at = strstr (title, cuts[i]);

      if (at != NULL && (end == NULL || at < end))
        end = at;
    }
  return end != NULL ? g_strndup (title, end - title) : g_strdup (title);
}

/* "kết quả thực hiện Chương trình hành động số 03-CTr/ĐU năm 2027": the
 * kind of document and the code of the programme. */
static char *
subject (DosonCtrReport *report,
         DosonCtrLang    lang,
         int             year)
{
  const char *code = doson_ctr_program_get_code (report->program);
  const char *title = doson_ctr_program_get_title (report->program, _doson_ctr_words_tag (lang));
  g_autofree char *kind = title_kind (title, lang);

  if (code != NULL)
    return g_strdup_printf (lang == DOSON_CTR_LANG_VI ? "kết quả thực hiện %s số %s năm %d"
                                                      : "on the implementation of %s No. %s in %d",
                            kind, code, year);
  return g_strdup_printf (lang == DOSON_CTR_LANG_VI ? "kết quả thực hiện %s năm %d"
                                                    : "on the implementation of %s in %d",
                          title, year);
}

char *
_doson_ctr_draft_page_title (DosonCtrReport *report)
{
  g_autofree char *what = subject (report, report->lang, doson_ctr_assessment_get_as_of_year (report->assessment));

  return g_strdup_printf (report->lang == DOSON_CTR_LANG_VI ? "Báo cáo %s (dự thảo)" : "Report %s (draft)",
                          what);
}

/* "26/9/2025" of the programme's date, or NULL. */
static char *
programme_date (DosonCtrDraft *d)
{
  const char *date = doson_ctr_program_get_date (d->report->program);
  int y, m, day;

  if (date == NULL || sscanf (date, "%4d-%2d-%2d", &y, &m, &day) != 3)
    return NULL;
  return g_strdup_printf ("%d/%d/%d", day, m, y);
}

static void
add_title (DosonCtrDraft *d)
{
  DosonCtrDraftBlock *block;
  g_autofree char *what = subject (d->report, d->lang, d->year);

  _doson_ctr_draft_add_block (d->blocks, DOSON_CTR_DRAFT_BLOCK_MARK, NULL, tr (d, "DỰ THẢO", "DRAFT"));
  block = _doson_ctr_draft_add_block (d->blocks, DOSON_CTR_DRAFT_BLOCK_TITLE, NULL, tr (d, "BÁO CÁO", "REPORT"));
  block->left = new_lines ();
  what[0] = g_ascii_toupper (what[0]);
  take_line (block->left, g_steal_pointer (&what));
}

/* What the draft is, where its figures come from, and the opening
 * sentence. */
static void
add_opening (DosonCtrDraft *d)
{
  const char *notice = _doson_ctr_report_notice (d->report);
  const char *title = doson_ctr_program_get_title (d->report->program, _doson_ctr_words_tag (d->lang));
  const char *code = doson_ctr_program_get_code (d->report->program);
  const char *place = _doson_ctr_draft_party_place (d);
  g_autofree char *date = programme_date (d);
  g_autofree char *issuer = NULL;
  g_autoptr (GString) text = g_string_new (NULL);
  g_autoptr (GString) header = g_string_new (NULL);
  g_auto (GStrv) lines = NULL;
  guint i;

  if (notice != NULL)
    _doson_ctr_draft_add_block (d->blocks, DOSON_CTR_DRAFT_BLOCK_NOTICE, NULL, notice);
  _doson_ctr_report_append_header_lines (header, d->report, "", "", "\n");
  lines = g_strsplit (header->str, "\n", 3);
  /* each line ends a sentence of the note: no second full stop */
  for (i = 0; i < 2; i++)
    if (g_str_has_suffix (lines[i], "."))
      lines[i][strlen (lines[i]) - 1] = '\0';
  g_string_append_printf (text, tr (d, "Dự thảo do phần mềm (libdoson-ctr) lập từ kết quả đánh giá các chỉ tiêu. "
                                       "%s. %s. Văn phòng rà soát số liệu, viết các phần ghi [Văn phòng bổ sung], "
                                       "điền số, ngày văn bản và bỏ các ghi chú này trước khi trình ký.",
                                       "A draft made by software (libdoson-ctr) from the assessment of the targets. "
                                       "%s. %s. The office checks the figures, writes the parts marked [For the "
                                       "office to write], fills in the number and date, and removes these notes "
                                       "before signature."),
                          lines[0], lines[1]);
  _doson_ctr_draft_add_block (d->blocks, DOSON_CTR_DRAFT_BLOCK_EDITOR, tr (d, "[Ghi chú dự thảo]", "[Note on the draft]"), text->str);

  if (place != NULL && d->lang == DOSON_CTR_LANG_VI)
    issuer = g_strdup_printf ("Đảng ủy %s", place);
  else
    issuer = g_strdup (tr (d, "Đảng ủy", "the Party Committee"));
  g_string_assign (text, tr (d, "Thực hiện ", "In implementation of the "));
  g_string_append (text, title);
  if (code != NULL || date != NULL)
    g_string_append_printf (text, " (%s%s%s%s%s)", code != NULL ? tr (d, "số ", "No. ") : "",
                            code != NULL ? code : "", code != NULL && date != NULL ? ", " : "",
                            date != NULL ? tr (d, "ngày ", "of ") : "", date != NULL ? date : "");
  g_string_append_printf (text, tr (d, ", %s báo cáo kết quả thực hiện năm %d như sau:",
                                       ", %s reports on its implementation in %d as follows:"),
                          issuer, d->year);
  add_paragraph (d->blocks, text->str);
}

/* ------------------------------------------------------------------------
 * I. Kết quả đạt được
 * ------------------------------------------------------------------------ */

static void
add_item (DosonCtrDraft      *d,
          const DosonCtrDraftItem *item,
          char       *text)
{
  _doson_ctr_draft_add_block (d->blocks, DOSON_CTR_DRAFT_BLOCK_ITEM, _doson_ctr_draft_item_name (d, item), text);
  g_free (text);
}

/* The section title with its number: "1. Chương trình về công tác xây
 * dựng Đảng, … (mục II)". */
static char *
section_heading (DosonCtrDraft        *d,
                 guint         number,
                 DosonCtrGoal *goal)
{
  const char *ref = doson_ctr_goal_get_ref (goal);
  const char *title = doson_ctr_goal_get_title (goal, _doson_ctr_words_tag (d->lang));

  if (ref == NULL)
    return g_strdup_printf ("%u. %s", number, title);
  return g_strdup_printf (tr (d, "%u. %s (mục %s)", "%u. %s (part %s)"), number, title, ref);
}

static gboolean
section_has_targets (DosonCtrDraft *d,
                     DosonCtrGoal  *section)
{
  guint i;

  for (i = 0; i < d->items->len; i++)
    if (((DosonCtrDraftItem *) g_ptr_array_index (d->items, i))->section == section)
      return TRUE;
  return FALSE;
}

void
_doson_ctr_draft_add_lettered (DosonCtrDraft *d,
                               const char    *text)
{
  g_autofree char *heading = g_strdup_printf ("%c) %s", d->letter++, text);

  add_heading (d->blocks, 4, heading);
}

static void
add_results (DosonCtrDraft *d)
{
  g_autoptr (GString) text = g_string_new (NULL);
  guint i, j;

  add_heading (d->blocks, 2, tr (d, "I. KẾT QUẢ ĐẠT ĐƯỢC", "I. RESULTS ACHIEVED"));
  if (doson_ctr_measurement_set_get_size (d->report->set) == 0)
    {
      g_string_printf (text, tr (d, "Chưa có số liệu của chỉ tiêu nào để đánh giá kết quả thực hiện năm %d.",
                                 "No target has data from which to assess the results of %d."),
                       d->year);
      add_paragraph (d->blocks, text->str);
      return;
    }
  g_string_printf (text, tr (d, "Đánh giá đến năm %d, ", "Assessed as of %d, "), d->year);
  _doson_ctr_report_append_rollup_words (text, d->report, d->report->program_rollup);
  g_string_append_c (text, '.');
  add_paragraph (d->blocks, text->str);

  for (i = 0; i < d->sections->len; i++)
    {
      DosonCtrGoal *section = g_ptr_array_index (d->sections, i);
      g_autofree char *heading = section_heading (d, i + 1, section);
      guint n = 0;

      add_heading (d->blocks, 3, heading);
      for (j = 0; j < d->items->len; j++)
        {
          const DosonCtrDraftItem *item = g_ptr_array_index (d->items, j);
          g_autofree char *result = NULL;

          if (item->section != section || (item->klass != DOSON_CTR_DRAFT_CLASS_DONE && item->klass != DOSON_CTR_DRAFT_CLASS_ON_TRACK))
            continue;
          result = _doson_ctr_draft_describe_result (d, item);
          add_item (d, item, g_strconcat (result, ".", NULL));
          n++;
        }
      if (n == 0 && section_has_targets (d, section))
        add_paragraph (d->blocks, tr (d, "Chưa có chỉ tiêu nào của phần này đạt hoặc đúng tiến độ.",
                                      "No target of this part is achieved or on track."));
      _doson_ctr_draft_add_tasks_done (d, section);
    }
}

/* ------------------------------------------------------------------------
 * II. Hạn chế, nguyên nhân
 * ------------------------------------------------------------------------ */

static void
add_behind (DosonCtrDraft *d)
{
  guint i, n = 0;

  _doson_ctr_draft_add_lettered (d, tr (d, "Các chỉ tiêu chậm tiến độ, xấu đi hoặc không đạt",
                                       "Targets behind, moving away or not met"));
  for (i = 0; i < d->items->len; i++)
    {
      const DosonCtrDraftItem *item = g_ptr_array_index (d->items, i);
      g_autofree char *result = NULL;
      GString *text;

      if (item->klass != DOSON_CTR_DRAFT_CLASS_BEHIND)
        continue;
      result = _doson_ctr_draft_describe_result (d, item);
      text = g_string_new (result);
      _doson_ctr_draft_append_needs (text, d, item);
      g_string_append_c (text, '.');
      add_item (d, item, g_string_free (text, FALSE));
      n++;
    }
  if (n == 0)
    add_paragraph (d->blocks, tr (d, "Không có chỉ tiêu nào chậm tiến độ, xấu đi hoặc không đạt.",
                                  "No target is behind, moving away or not met."));
}

/* The targets without data, or without data of the as-of year. */
static void
add_missing (DosonCtrDraft *d)
{
  g_autoptr (GString) text = g_string_new (NULL);
  guint i, n = 0;

  g_string_printf (text, tr (d, "Các chỉ tiêu chưa có số liệu năm %d", "Targets without data for %d"), d->year);
  _doson_ctr_draft_add_lettered (d, text->str);
  for (i = 0; i < d->items->len; i++)
    {
      const DosonCtrDraftItem *item = g_ptr_array_index (d->items, i);
      g_autofree char *units = NULL;
      const char *ref = _doson_ctr_draft_item_ref (item);

      if (item->klass != DOSON_CTR_DRAFT_CLASS_NO_DATA && item->have_year && item->latest_year >= d->year)
        continue;
      units = _doson_ctr_draft_lead_units (d, item);
      g_string_truncate (text, 0);
      if (ref != NULL)
        g_string_append_printf (text, " (%s)", ref);
      if (!item->have_year)
        g_string_append (text, tr (d, ": chưa có số liệu", ": no data"));
      else
        g_string_append_printf (text, tr (d, ": chưa có số liệu năm %d (số liệu gần nhất: năm %d)",
                                          ": no data for %d (the latest is of %d)"),
                                d->year, item->latest_year);
      if (item->klass == DOSON_CTR_DRAFT_CLASS_NO_DATA)
        g_string_append (text, tr (d, ", chưa đánh giá được", ", not assessed"));
      g_string_append_printf (text, tr (d, "; đơn vị chủ trì: %s.", "; lead unit: %s."), units);
      _doson_ctr_draft_add_block (d->blocks, DOSON_CTR_DRAFT_BLOCK_ITEM, _doson_ctr_draft_item_name (d, item), text->str);
      n++;
    }
  if (n == 0)
    {
      g_string_printf (text, tr (d, "Tất cả các chỉ tiêu đều có số liệu năm %d.",
                                 "Every target has data for %d."), d->year);
      add_paragraph (d->blocks, text->str);
    }
}

/* The figures that do not agree with one another, when there are. */
static void
add_warnings (DosonCtrDraft *d)
{
  GPtrArray *warnings = doson_ctr_assessment_get_warnings (d->report->assessment);
  guint i;

  if (warnings->len == 0)
    return;
  _doson_ctr_draft_add_lettered (d, tr (d, "Số liệu cần kiểm tra lại", "Figures to check again"));
  for (i = 0; i < warnings->len; i++)
    {
      g_autofree char *text = doson_ctr_consistency_warning_to_string (g_ptr_array_index (warnings, i),
                                                                        _doson_ctr_words_tag (d->lang));

      _doson_ctr_draft_add_block (d->blocks, DOSON_CTR_DRAFT_BLOCK_ITEM, NULL, text);
    }
}

static void
add_shortcomings (DosonCtrDraft *d)
{
  add_heading (d->blocks, 2, tr (d, "II. HẠN CHẾ, NGUYÊN NHÂN", "II. SHORTCOMINGS AND THEIR CAUSES"));
  add_heading (d->blocks, 3, tr (d, "1. Hạn chế", "1. Shortcomings"));
  add_behind (d);
  add_missing (d);
  add_warnings (d);
  _doson_ctr_draft_add_tasks_late (d);
  add_heading (d->blocks, 3, tr (d, "2. Nguyên nhân", "2. Causes"));
  _doson_ctr_draft_add_block (d->blocks, DOSON_CTR_DRAFT_BLOCK_EDITOR, tr (d, "[Văn phòng bổ sung]", "[For the office to write]"),
             tr (d, "Phần mềm chỉ tổng hợp số liệu, không biết được nguyên nhân và không tự đưa ra nguyên nhân. "
                    "Văn phòng viết nguyên nhân khách quan, nguyên nhân chủ quan của từng hạn chế nêu tại mục 1, "
                    "trên cơ sở báo cáo của các đơn vị chủ trì.",
                    "The software only compiles the figures: it cannot know the causes and does not make them up. "
                    "The office writes the objective and subjective causes of each shortcoming of item 1, from "
                    "the reports of the lead units."));
}

/* ------------------------------------------------------------------------
 * III. Nhiệm vụ, giải pháp thời gian tới
 * ------------------------------------------------------------------------ */

static guint
add_requirements (DosonCtrDraft     *d,
                  DosonCtrDraftClass  klass)
{
  guint i, n = 0;

  for (i = 0; i < d->items->len; i++)
    {
      const DosonCtrDraftItem *item = g_ptr_array_index (d->items, i);

      if (klass == DOSON_CTR_DRAFT_CLASS_PENDING ? item->klass != DOSON_CTR_DRAFT_CLASS_PENDING : !item->accelerate)
        continue;
      add_item (d, item, _doson_ctr_draft_describe_requirement (d, item));
      n++;
    }
  return n;
}

static void
add_tasks_ahead (DosonCtrDraft *d)
{
  g_autoptr (GString) text = g_string_new (NULL);
  guint i, n_missing = 0;
  gboolean tasks;

  add_heading (d->blocks, 2, tr (d, "III. NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI", "III. TASKS AND MEASURES AHEAD"));
  add_heading (d->blocks, 3, tr (d, "1. Các chỉ tiêu cần tập trung đẩy nhanh tiến độ",
                                 "1. Targets to accelerate"));
  add_paragraph (d->blocks, tr (d, "Các chỉ tiêu chậm tiến độ, xấu đi, không đạt, hoặc đúng tiến độ nhưng theo "
                                   "nhịp tăng từ năm gốc đến nay chưa đạt mục tiêu; với mỗi chỉ tiêu, mức còn "
                                   "cần đạt trong các năm còn lại:",
                                "The targets behind, moving away or not met, or on track but not reaching the "
                                "target at the pace since the baseline; for each, what it still needs over the "
                                "years left:"));
  if (add_requirements (d, DOSON_CTR_DRAFT_CLASS_BEHIND) == 0)
    add_paragraph (d->blocks, tr (d, "Không có chỉ tiêu nào cần đẩy nhanh tiến độ.", "No target needs to be accelerated."));

  add_heading (d->blocks, 3, tr (d, "2. Các chỉ tiêu chưa đến hạn", "2. Targets not yet due"));
  if (add_requirements (d, DOSON_CTR_DRAFT_CLASS_PENDING) == 0)
    add_paragraph (d->blocks, tr (d, "Không có chỉ tiêu nào chưa đến hạn.", "No target is still to come."));

  tasks = _doson_ctr_draft_add_tasks_ahead (d, 3);
  for (i = 0; i < d->items->len; i++)
    {
      const DosonCtrDraftItem *item = g_ptr_array_index (d->items, i);

      if (item->klass == DOSON_CTR_DRAFT_CLASS_NO_DATA || !item->have_year || item->latest_year < d->year)
        n_missing++;
    }
  if (n_missing == 0)
    return;
  g_string_printf (text, tr (d, "%u. Bổ sung số liệu", "%u. Data to collect"), tasks ? 4u : 3u);
  add_heading (d->blocks, 3, text->str);
  g_string_printf (text, tr (d, "Các đơn vị chủ trì thu thập, cung cấp số liệu năm %d của %u chỉ tiêu nêu tại "
                                "điểm b mục II.1 để đánh giá đầy đủ.",
                                "The lead units collect and send the %d figures of the %u targets of item II.1 b, "
                                "so that every target can be assessed."),
                   d->year, n_missing);
  add_paragraph (d->blocks, text->str);
}

/* ------------------------------------------------------------------------
 * Phụ lục
 * ------------------------------------------------------------------------ */

GPtrArray *
_doson_ctr_draft_cells (const char *first,
                        ...)
{
  GPtrArray *row = new_lines ();
  const char *cell;
  va_list args;

  va_start (args, first);
  for (cell = first; cell != NULL; cell = va_arg (args, const char *))
    g_ptr_array_add (row, g_strdup (cell));
  va_end (args);
  return row;
}

static void
add_appendix (DosonCtrDraft *d)
{
  const char *notice = _doson_ctr_report_notice (d->report);
  g_autoptr (GString) text = g_string_new (NULL);
  DosonCtrDraftBlock *table;
  guint i;

  add_heading (d->blocks, 2, tr (d, "PHỤ LỤC", "APPENDIX"));
  g_string_printf (text, tr (d, "1. Kết quả thực hiện các chỉ tiêu, đánh giá đến năm %d",
                             "1. The targets, assessed as of %d"), d->year);
  add_heading (d->blocks, 3, text->str);
  if (notice != NULL)
    _doson_ctr_draft_add_block (d->blocks, DOSON_CTR_DRAFT_BLOCK_NOTICE, NULL, notice);
  table = _doson_ctr_draft_add_block (d->blocks, DOSON_CTR_DRAFT_BLOCK_TABLE, NULL, NULL);
  table->cells = _doson_ctr_draft_cells (tr (d, "STT", "No."), tr (d, "Mục", "Ref."), tr (d, "Chỉ tiêu", "Indicator"),
                        tr (d, "Mục tiêu", "Target"), tr (d, "Kết quả (năm)", "Result (year)"),
                        tr (d, "Mức hoàn thành", "Attainment"), tr (d, "Đánh giá", "Assessment"),
                        tr (d, "Đơn vị chủ trì", "Lead unit"), NULL);
  table->numeric = 1u << 0 | 1u << 5;
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  for (i = 0; i < d->items->len; i++)
    {
      const DosonCtrDraftItem *item = g_ptr_array_index (d->items, i);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autofree char *units = _doson_ctr_draft_lead_units (d, item);
      g_autoptr (GString) targets = g_string_new (NULL);
      g_autoptr (GString) values = g_string_new (NULL);
      const char *ref = _doson_ctr_draft_item_ref (item);

      _doson_ctr_draft_append_targets (targets, d, item);
      _doson_ctr_draft_append_values (values, d, item);
      g_ptr_array_add (table->rows,
                       _doson_ctr_draft_cells (number, ref != NULL ? ref : "", _doson_ctr_draft_item_name (d, item), targets->str, values->str,
                              item->line.attainment,
                              doson_ctr_status_get_label (item->line.status, _doson_ctr_words_tag (d->lang)),
                              units, NULL));
    }
}

/* ------------------------------------------------------------------------
 * The draft
 * ------------------------------------------------------------------------ */

GPtrArray *
_doson_ctr_draft_build (DosonCtrReport *report)
{
  const char *notice = _doson_ctr_report_notice (report);
  DosonCtrDraft d = { 0 };

  d.report = report;
  d.lang = report->lang;
  d.year = doson_ctr_assessment_get_as_of_year (report->assessment);
  d.items = g_ptr_array_new_with_free_func (_doson_ctr_draft_item_free);
  d.sections = g_ptr_array_new ();
  d.tasks = g_ptr_array_new_with_free_func (_doson_ctr_draft_task_free);
  d.letter = 'a';
  d.blocks = g_ptr_array_new_with_free_func (_doson_ctr_draft_block_free);
  _doson_ctr_draft_collect_items (&d);

  add_letterhead (&d);
  add_title (&d);
  add_opening (&d);
  add_results (&d);
  add_shortcomings (&d);
  add_tasks_ahead (&d);
  if (notice != NULL)
    _doson_ctr_draft_add_block (d.blocks, DOSON_CTR_DRAFT_BLOCK_NOTICE, NULL, notice);
  add_closing (&d);
  add_appendix (&d);
  _doson_ctr_draft_add_tasks_table (&d, 2);

  g_ptr_array_unref (d.items);
  g_ptr_array_unref (d.sections);
  g_ptr_array_unref (d.tasks);
  return d.blocks;
}
