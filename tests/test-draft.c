/* test-draft.c: the draft of the yearly implementation report: its
 * sections, its figures against the assessment's, the notice of
 * illustrative data, a programme without data, the letterhead, and
 * writing it to a file
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <string.h>
#include <glib/gstdio.h>

#include "doson-ctr-test.h"

#define NOTICE_VI "Số liệu minh họa, không phải số liệu chính thức"
#define NOTICE_EN "Illustrative data, not official statistics"

/* The built-in programme assessed as of @year on the illustrative sample
 * data (or on none), reported in @lang. */
static DosonCtrReport *
builtin_report (gboolean    with_data,
                int         year,
                const char *lang)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DosonCtrProgram) program = doson_ctr_program_new_builtin (&error);
  g_autoptr (DosonCtrMeasurementSet) set = NULL;
  g_autoptr (DosonCtrAssessment) assessment = NULL;
  g_autofree char *path = srcdir_path ("..", "examples", "data", "measurements-illustrative.json", NULL);
  DosonCtrReport *report;

  ck_assert_msg (program != NULL, "%s", error != NULL ? error->message : "");
  set = with_data ? doson_ctr_measurement_set_new_from_file (path, &error) : doson_ctr_measurement_set_new ();
  ck_assert_msg (set != NULL, "%s", error != NULL ? error->message : "");
  assessment = doson_ctr_assessment_new (program, set, year, NULL, &error);
  ck_assert_msg (assessment != NULL, "%s", error != NULL ? error->message : "");
  report = doson_ctr_report_new (assessment, &error);
  ck_assert_msg (report != NULL, "%s", error != NULL ? error->message : "");
  doson_ctr_report_set_lang (report, lang);
  return report;
}

/* The text of @draft from @start up to @end (or its end), newly
 * allocated; @start must be there, and @end after it. */
static char *
section (const char *draft,
         const char *start,
         const char *end)
{
  const char *from = strstr (draft, start);
  const char *to;

  ck_assert_msg (from != NULL, "no \"%s\" in the draft", start);
  to = end != NULL ? strstr (from, end) : NULL;
  ck_assert_msg (end == NULL || to != NULL, "no \"%s\" after \"%s\"", end, start);
  return to != NULL ? g_strndup (from, to - from) : g_strdup (from);
}

/* Whether the draft being checked is HTML: figures and names are looked
 * for escaped, items as <li>. */
static gboolean html_mode;

/* @text as the draft writes it: escaped in HTML, an apostrophe as
 * "&#39;" (GLib writes "&apos;"). */
static char *
as_written (const char *text)
{
  g_autofree char *escaped = NULL;
  g_auto (GStrv) parts = NULL;

  if (!html_mode)
    return g_strdup (text);
  escaped = g_markup_escape_text (text, -1);
  parts = g_strsplit (escaped, "&apos;", -1);
  return g_strjoinv ("&#39;", parts);
}

/* The item of @text about @name: its line "- **@name**…" in markdown, its
 * <li><strong>@name</strong>…</li> in HTML; newly allocated, or NULL. */
static char *
item_line (const char *text,
           const char *name)
{
  g_autofree char *written = as_written (name);
  g_autofree char *lead = g_strdup_printf (html_mode ? "<li><strong>%s</strong>" : "\n- **%s**", written);
  const char *start = strstr (text, lead);
  const char *end;

  if (start == NULL)
    return NULL;
  if (!html_mode)
    start++;
  end = strstr (start, html_mode ? "</li>" : "\n");
  return g_strndup (start, end != NULL ? (gsize) (end - start) : strlen (start));
}

/* Asserts that @a and @b are found and @a comes first. */
#define assert_before(a, b)                                                   \
  do {                                                                        \
    const char *a_ = (a), *b_ = (b);                                          \
    ck_assert_msg (a_ != NULL && b_ != NULL && a_ < b_, "%s is not before %s", \
                   #a, #b);                                                   \
  } while (0)

static guint
count (const char *haystack,
       const char *needle)
{
  guint n = 0;

  for (haystack = strstr (haystack, needle); haystack != NULL; haystack = strstr (haystack + 1, needle))
    n++;
  return n;
}

/* ---------------------------------------------------------------------- */
/* Sections */

typedef struct
{
  const char *lang;
  const char *headings[4];
  const char *title;
  const char *mark;
  const char *letterhead[3];
  const char *causes;
  const char *closing;
} Sections;

static const Sections sections[] = {
  { "vi",
    { "## I. KẾT QUẢ ĐẠT ĐƯỢC", "## II. HẠN CHẾ, NGUYÊN NHÂN", "## III. NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI",
      "## PHỤ LỤC" },
    "Kết quả thực hiện Chương trình hành động số 03-CTr/ĐU năm 2027", "**DỰ THẢO**",
    { "ĐẢNG ỦY PHƯỜNG ĐỒ SƠN", "Số ……-BC/ĐU", "Đồ Sơn, ngày …… tháng …… năm ……" },
    "### 2. Nguyên nhân\n\n> ***[Văn phòng bổ sung]***", "**Nơi nhận:**" },
  { "en",
    { "## I. RESULTS ACHIEVED", "## II. SHORTCOMINGS AND THEIR CAUSES", "## III. TASKS AND MEASURES AHEAD",
      "## APPENDIX" },
    "On the implementation of Action programme No. 03-CTr/ĐU in 2027", "**DRAFT**",
    { "EXECUTIVE COMMITTEE OF THE ĐỒ SƠN WARD PARTY ORGANISATION", "No. ……-BC/ĐU", "Đồ Sơn, ……/……/……" },
    "### 2. Causes\n\n> ***[For the office to write]***", "**Recipients:**" },
};

START_TEST (test_sections)
{
  const Sections *s = &sections[_i];
  g_autoptr (DosonCtrReport) report = builtin_report (TRUE, 2027, s->lang);
  g_autofree char *draft = doson_ctr_report_draft_to_string (report, DOSON_CTR_DRAFT_FORMAT_MARKDOWN, NULL);
  const char *previous = draft;
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (s->headings); i++)
    {
      const char *at = strstr (draft, s->headings[i]);

      ck_assert_msg (at != NULL, "%s: no \"%s\"", s->lang, s->headings[i]);
      ck_assert_msg (at > previous, "%s: \"%s\" out of order", s->lang, s->headings[i]);
      ck_assert_uint_eq (count (draft, s->headings[i]), 1);
      previous = at;
    }
  ck_assert_ptr_nonnull (strstr (draft, s->title));
  ck_assert_ptr_nonnull (strstr (draft, s->mark));
  assert_before (strstr (draft, s->mark), strstr (draft, s->headings[0]));
  for (i = 0; i < G_N_ELEMENTS (s->letterhead); i++)
    ck_assert_msg (strstr (draft, s->letterhead[i]) != NULL, "%s: no \"%s\"", s->lang, s->letterhead[i]);
  /* the causes are the office's, and the closing ends the report before
   * the appendix */
  ck_assert_ptr_nonnull (strstr (draft, s->causes));
  assert_before (strstr (draft, s->headings[1]), strstr (draft, s->causes));
  assert_before (strstr (draft, s->causes), strstr (draft, s->headings[2]));
  ck_assert_ptr_nonnull (strstr (draft, s->closing));
  assert_before (strstr (draft, s->closing), strstr (draft, s->headings[3]));
  ck_assert (g_str_has_suffix (draft, "\n") && !g_str_has_suffix (draft, "\n\n"));
  /* one table row per indicator in the appendix, after the header */
  {
    g_autofree char *appendix = section (draft, s->headings[3], "\n### 2. ");

    ck_assert_uint_eq (count (appendix, "\n| "), 42 + 1);
  }
}
END_TEST

/* ---------------------------------------------------------------------- */
/* The figures are the assessment's */

/* Checks the line of @indicator in the draft's section for its status. */
static void
check_indicator (DosonCtrReport    *report,
                 DosonCtrIndicator *indicator,
                 const char        *results_text,
                 const char        *shortcomings_text,
                 const char        *ahead_text)
{
  DosonCtrAssessment *assessment = doson_ctr_report_get_assessment (report);
  const char *lang = doson_ctr_report_get_lang (report);
  const char *id = doson_ctr_indicator_get_id (indicator);
  DosonCtrStatus status = doson_ctr_assessment_get_indicator_status (assessment, id);
  g_autoptr (GPtrArray) results = doson_ctr_assessment_get_results_for_indicator (assessment, id);
  gboolean first = status == DOSON_CTR_STATUS_ACHIEVED || status == DOSON_CTR_STATUS_TARGET_ACHIEVED
                   || status == DOSON_CTR_STATUS_SUBSTANTIAL_PROGRESS;
  gboolean behind = status == DOSON_CTR_STATUS_MODERATE_PROGRESS || status == DOSON_CTR_STATUS_LIMITED_PROGRESS
                    || status == DOSON_CTR_STATUS_DETERIORATION || status == DOSON_CTR_STATUS_NOT_ACHIEVED;
  const char *name = doson_ctr_indicator_get_name (indicator, lang);
  g_autofree char *line = item_line (first ? results_text : shortcomings_text, name);
  g_autofree char *other = item_line (first ? shortcomings_text : results_text, name);
  guint k;

  if (!first && !behind)
    return;
  ck_assert_msg (line != NULL, "%s (%s) is not in its section", id, doson_ctr_status_to_string (status));
  ck_assert_msg (other == NULL, "%s is in I and in II", id);
  {
    g_autofree char *label = as_written (doson_ctr_status_get_label (status, lang));

    ck_assert_ptr_nonnull (strstr (line, label));
  }
  for (k = 0; k < results->len; k++)
    {
      const DosonCtrTargetAssessment *a = g_ptr_array_index (results, k);
      g_autofree char *value = NULL;
      g_autofree char *needs = NULL;
      const DosonCtrRequirement *r = doson_ctr_target_assessment_get_requirement (a);
      double v, attainment, rate;
      int year;

      if (doson_ctr_target_assessment_get_current (a, &year, &v))
        {
          g_autofree char *with_year = NULL;

          g_autofree char *formatted = doson_ctr_indicator_format_value (indicator, v, lang);

          value = as_written (formatted);
          with_year = g_strdup_printf ("%s (%d)", value, year);
          ck_assert_msg (strstr (line, with_year) != NULL, "%s: no \"%s\" in \"%s\"", id, with_year, line);
        }
      if (doson_ctr_target_assessment_get_attainment (a, &attainment)
          && doson_ctr_target_assessment_get_reason (a) != DOSON_CTR_ASSESSMENT_REASON_AT_STRICT_TARGET
          && results->len == 1)
        {
          g_autofree char *formatted = doson_ctr_format_percentage (attainment, 1, lang);
          g_autofree char *pct = as_written (formatted);

          ck_assert_msg (strstr (line, pct) != NULL, "%s: no attainment \"%s\" in \"%s\"", id, pct, line);
        }
      if (!behind)
        continue;
      /* II says what is still needed, in the requirement API's words */
      {
        g_autofree char *words = doson_ctr_target_assessment_describe_needs (a, indicator, lang);

        needs = words != NULL ? as_written (words) : NULL;
      }
      if (needs != NULL)
        ck_assert_msg (strstr (line, needs) != NULL, "%s: no \"%s\" in \"%s\"", id, needs, line);
      /* III gives the yearly rate still required */
      if (r != NULL && doson_ctr_requirement_get_kind (r) == DOSON_CTR_REQUIREMENT_KIND_GROWTH_RATE
          && doson_ctr_requirement_get_per_year (r, &rate))
        {
          g_autofree char *ahead = item_line (ahead_text, name);
          g_autofree char *pct = doson_ctr_format_percentage (rate, 1, lang);

          ck_assert_msg (ahead != NULL, "%s is not in III", id);
          ck_assert_msg (strstr (ahead, pct) != NULL, "%s: no rate \"%s\" in \"%s\"", id, pct, ahead);
        }
    }
}

/* The headings of @s as the draft writes them: "## I. …" in markdown,
 * "<h2>I. …</h2>" in HTML; newly allocated. */
static char *
heading (const Sections *s,
         guint           i)
{
  return html_mode ? g_strdup_printf ("<h2>%s</h2>", s->headings[i] + 3) : g_strdup (s->headings[i]);
}

START_TEST (test_figures)
{
  const Sections *s = &sections[_i % G_N_ELEMENTS (sections)];
  g_autoptr (DosonCtrReport) report = builtin_report (TRUE, 2027, s->lang);
  DosonCtrAssessment *assessment = doson_ctr_report_get_assessment (report);
  GPtrArray *indicators = doson_ctr_program_get_indicators (doson_ctr_assessment_get_program (assessment));
  g_autofree char *draft = NULL;
  g_autofree char *h0 = NULL, *h1 = NULL, *h2 = NULL, *h3 = NULL;
  g_autofree char *results = NULL, *shortcomings = NULL, *ahead = NULL;

  html_mode = _i >= (int) G_N_ELEMENTS (sections);
  draft = doson_ctr_report_draft_to_string (report, html_mode ? DOSON_CTR_DRAFT_FORMAT_HTML
                                                              : DOSON_CTR_DRAFT_FORMAT_MARKDOWN, NULL);
  h0 = heading (s, 0), h1 = heading (s, 1), h2 = heading (s, 2), h3 = heading (s, 3);
  results = section (draft, h0, h1);
  shortcomings = section (draft, h1, h2);
  ahead = section (draft, h2, h3);
  g_autoptr (GError) error = NULL;
  g_autoptr (DosonCtrRollup) rollup = doson_ctr_assessment_get_rollup (assessment, DOSON_CTR_ROLLUP_KIND_PROGRAM,
                                                                       NULL, &error);
  g_autofree char *achieved = NULL;
  guint i;

  for (i = 0; i < indicators->len; i++)
    check_indicator (report, g_ptr_array_index (indicators, i), results, shortcomings, ahead);

  /* the roll-up of the programme opens I */
  ck_assert_ptr_nonnull (rollup);
  achieved = g_strdup_printf ("%u %s", doson_ctr_rollup_get_count (rollup, DOSON_CTR_STATUS_ACHIEVED),
                              doson_ctr_status_get_label (DOSON_CTR_STATUS_ACHIEVED, s->lang));
  ck_assert_msg (strstr (results, achieved) != NULL, "no \"%s\" in I", achieved);
}
END_TEST

START_TEST (test_figures_in_words)
{
  /* What the office reads, for one target behind and one on track. */
  g_autoptr (DosonCtrReport) report = builtin_report (TRUE, 2027, "vi");
  g_autofree char *draft = doson_ctr_report_draft_to_string (report, DOSON_CTR_DRAFT_FORMAT_MARKDOWN, NULL);

  ck_assert_ptr_nonnull (strstr (draft, "- **Giá trị sản phẩm khu vực Công nghiệp - Xây dựng** (III.1 (2)): "
                                        "kết quả 1.443 tỷ đồng (2027); mục tiêu: tăng bình quân 17–19 %/năm "
                                        "đến năm 2030; đánh giá: Cần đẩy nhanh, mức hoàn thành 70,7 %; để đạt "
                                        "mục tiêu: cần tăng ≥ 20,4 %/năm giai đoạn 2028–2030 để đạt 2.521,3 tỷ "
                                        "đồng vào năm 2030; theo nhịp hiện nay (tăng 12,0 %/năm), năm 2030 đạt "
                                        "2.028,2 tỷ đồng (không đạt mục tiêu).\n"));
  ck_assert_ptr_nonnull (strstr (draft, "- **Giá trị sản phẩm khu vực Công nghiệp - Xây dựng** (III.1 (2); "
                                        "chủ trì: Ủy ban nhân dân phường): cần tăng ≥ 20,4 %/năm giai đoạn "
                                        "2028–2030 để đạt 2.521,3 tỷ đồng vào năm 2030.\n"));
  /* on track, but the pace since the baseline falls short: in I and in
   * III.1 */
  ck_assert_ptr_nonnull (strstr (draft, "- **Tổng giá trị sản phẩm trên địa bàn** (III.1 (2)): kết quả 6.368 tỷ "
                                        "đồng (2027); mục tiêu: tăng bình quân 17–19 %/năm đến năm 2030; đánh "
                                        "giá: Đúng tiến độ, mức hoàn thành 96,5 %.\n"));
  ck_assert_ptr_nonnull (strstr (draft, "- **Tổng giá trị sản phẩm trên địa bàn** (III.1 (2); chủ trì: Ủy ban "
                                        "nhân dân phường): cần tăng ≥ 17,4 %/năm"));
  /* a milestone not yet due */
  ck_assert_ptr_nonnull (strstr (draft, "### 2. Các chỉ tiêu chưa đến hạn\n\n- **Có cán bộ nữ trong Ban Thường "
                                        "vụ cấp ủy** (II.1.1 (4); chủ trì: Ban Xây dựng Đảng): cần hoàn thành "
                                        "đến năm 2030.\n"));
  /* every target has 2027 data: said, and no item III.3 */
  ck_assert_ptr_nonnull (strstr (draft, "Tất cả các chỉ tiêu đều có số liệu năm 2027."));
  ck_assert_ptr_null (strstr (draft, "4. Bổ sung số liệu"));
}
END_TEST

/* ---------------------------------------------------------------------- */
/* Illustrative data, and none */

START_TEST (test_illustrative)
{
  g_autoptr (DosonCtrReport) vi = builtin_report (TRUE, 2027, "vi");
  g_autoptr (DosonCtrReport) en = builtin_report (TRUE, 2027, "en");
  g_autoptr (DosonCtrReport) none = builtin_report (FALSE, 2027, "vi");
  g_autofree char *vi_draft = doson_ctr_report_draft_to_string (vi, DOSON_CTR_DRAFT_FORMAT_MARKDOWN, NULL);
  g_autofree char *en_draft = doson_ctr_report_draft_to_string (en, DOSON_CTR_DRAFT_FORMAT_MARKDOWN, NULL);
  g_autofree char *none_draft = doson_ctr_report_draft_to_string (none, DOSON_CTR_DRAFT_FORMAT_MARKDOWN, NULL);
  g_autofree char *appendix = section (vi_draft, "## PHỤ LỤC", NULL);

  /* at the top, at the end of the report and above the table */
  ck_assert_uint_eq (count (vi_draft, "> **" NOTICE_VI "**"), 3);
  ck_assert_uint_eq (count (en_draft, "> **" NOTICE_EN "**"), 3);
  assert_before (strstr (vi_draft, NOTICE_VI), strstr (vi_draft, "## I."));
  ck_assert_ptr_nonnull (strstr (appendix, NOTICE_VI));
  ck_assert_ptr_null (strstr (vi_draft, NOTICE_EN));
  ck_assert_ptr_null (strstr (en_draft, NOTICE_VI));
  /* an empty set is not illustrative */
  ck_assert_ptr_null (strstr (none_draft, NOTICE_VI));
}
END_TEST

START_TEST (test_no_data)
{
  g_autoptr (DosonCtrReport) vi = builtin_report (FALSE, 2027, "vi");
  g_autoptr (DosonCtrReport) en = builtin_report (FALSE, 2027, "en");
  g_autofree char *draft = doson_ctr_report_draft_to_string (vi, DOSON_CTR_DRAFT_FORMAT_MARKDOWN, NULL);
  g_autofree char *en_draft = doson_ctr_report_draft_to_string (en, DOSON_CTR_DRAFT_FORMAT_MARKDOWN, NULL);
  g_autofree char *results = section (draft, "## I.", "## II.");
  g_autofree char *missing = section (draft, "#### b) Các chỉ tiêu chưa có số liệu năm 2027", "### 2. Nguyên nhân");
  g_autofree char *appendix = section (draft, "## PHỤ LỤC", NULL);

  ck_assert_str_eq (results, "## I. KẾT QUẢ ĐẠT ĐƯỢC\n\nChưa có số liệu của chỉ tiêu nào để đánh giá kết quả "
                             "thực hiện năm 2027.\n\n");
  /* every target named with its lead unit, none said to be 0; the two
   * milestones not yet due are not yet due even without data */
  ck_assert_uint_eq (count (missing, ": chưa có số liệu"), 42);
  ck_assert_uint_eq (count (missing, ": chưa có số liệu, chưa đánh giá được; đơn vị chủ trì: "), 40);
  ck_assert_ptr_nonnull (strstr (missing, "- **Phường không ma túy** (IV.2): chưa có số liệu; đơn vị chủ trì: "
                                          "Công an phường.\n"));
  ck_assert_ptr_nonnull (strstr (missing, "- **Thu ngân sách nhà nước trên địa bàn** (III.1 (1)): chưa có số "
                                          "liệu, chưa đánh giá được; đơn vị chủ trì: Ủy ban nhân dân phường.\n"));
  ck_assert_uint_eq (count (appendix, "| chưa có số liệu | — | "), 42);
  ck_assert_uint_eq (count (appendix, "| chưa có số liệu | — | Chưa đủ số liệu |"), 40);
  ck_assert_ptr_null (strstr (appendix, "| 0 "));
  ck_assert_ptr_null (strstr (appendix, "0,0 %"));
  ck_assert_ptr_nonnull (strstr (draft, "### 4. Bổ sung số liệu\n\nCác đơn vị chủ trì thu thập, cung cấp số "
                                        "liệu năm 2027 của 42 chỉ tiêu"));
  ck_assert_ptr_nonnull (strstr (en_draft, "No target has data from which to assess the results of 2027."));
  ck_assert_ptr_nonnull (strstr (en_draft, "| no data | — | Insufficient data |"));
}
END_TEST

START_TEST (test_stale_data)
{
  /* As of 2028 the sample has no figure of the year: each target says
   * which year its latest figure is of. */
  g_autoptr (DosonCtrReport) report = builtin_report (TRUE, 2028, "vi");
  g_autofree char *draft = doson_ctr_report_draft_to_string (report, DOSON_CTR_DRAFT_FORMAT_MARKDOWN, NULL);

  ck_assert_ptr_nonnull (strstr (draft, "- **Thu ngân sách nhà nước trên địa bàn** (III.1 (1)): chưa có số liệu "
                                        "năm 2028 (số liệu gần nhất: năm 2027); đơn vị chủ trì: Ủy ban nhân dân "
                                        "phường.\n"));
  ck_assert_ptr_nonnull (strstr (draft, "### 4. Bổ sung số liệu"));
}
END_TEST

/* ---------------------------------------------------------------------- */
/* The letterhead */

START_TEST (test_letterhead)
{
  g_autoptr (DosonCtrReport) report = builtin_report (TRUE, 2027, "vi");
  g_autofree char *blank = NULL;
  g_autofree char *set = NULL;

  ck_assert_ptr_null (doson_ctr_report_get_superior_body (report));
  blank = doson_ctr_report_draft_to_string (report, DOSON_CTR_DRAFT_FORMAT_MARKDOWN, NULL);
  ck_assert (g_str_has_prefix (blank, "| ĐẢNG BỘ …… | ĐẢNG CỘNG SẢN VIỆT NAM |\n|:---:|:---:|\n"
                                      "| ĐẢNG ỦY PHƯỜNG ĐỒ SƠN | Đồ Sơn, ngày …… tháng …… năm …… |\n"
                                      "| * |  |\n| Số ……-BC/ĐU |  |\n"));
  doson_ctr_report_set_superior_body (report, "Đảng bộ thành phố Hải Phòng");
  ck_assert_str_eq (doson_ctr_report_get_superior_body (report), "Đảng bộ thành phố Hải Phòng");
  set = doson_ctr_report_draft_to_string (report, DOSON_CTR_DRAFT_FORMAT_MARKDOWN, NULL);
  ck_assert (g_str_has_prefix (set, "| ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG | ĐẢNG CỘNG SẢN VIỆT NAM |\n"));
  doson_ctr_report_set_superior_body (report, NULL);
  ck_assert_ptr_null (doson_ctr_report_get_superior_body (report));
}
END_TEST

START_TEST (test_letterhead_other_issuer)
{
  /* A programme without an issuing body or a Party issuer: the lines
   * the library cannot know are left to fill, and the title comes from
   * the programme's code. */
  static const char program_json[] =
    "{\"format\": \"doson-ctr-program\", \"version\": 1, \"id\": \"hoa-sen\", \"code\": \"07-KH/UBND\","
    " \"title\": {\"vi\": \"Kế hoạch phường Hoa Sen\", \"en\": \"Plan of Hoa Sen ward\"},"
    " \"term_start\": 2025, \"term_end\": 2030,"
    " \"units\": [{\"id\": \"ubnd\", \"name\": {\"vi\": \"Ủy ban nhân dân phường\"}}],"
    " \"goals\": [{\"id\": \"g\", \"ref\": \"I\", \"title\": {\"vi\": \"Kinh tế\"}}],"
    " \"indicators\": [{\"id\": \"revenue\", \"name\": {\"vi\": \"Thu ngân sách\"},"
    "   \"unit\": {\"vi\": \"tỷ đồng\"}, \"measure\": \"amount\", \"direction\": \"higher\","
    "   \"goal\": \"g\", \"lead_units\": [\"ubnd\"],"
    "   \"targets\": [{\"kind\": \"level\", \"comparator\": \">=\", \"value\": 100, \"deadline_year\": 2030}]}]}";
  g_autoptr (GError) error = NULL;
  g_autoptr (DosonCtrProgram) program = doson_ctr_program_new_from_data (program_json, -1, "p.json", &error);
  g_autoptr (DosonCtrMeasurementSet) set = doson_ctr_measurement_set_new ();
  g_autoptr (DosonCtrAssessment) assessment = NULL;
  g_autoptr (DosonCtrReport) report = NULL;
  g_autofree char *draft = NULL;

  ck_assert_msg (program != NULL, "%s", error != NULL ? error->message : "");
  assessment = doson_ctr_assessment_new (program, set, 2026, NULL, &error);
  ck_assert_ptr_nonnull (assessment);
  report = doson_ctr_report_new (assessment, &error);
  ck_assert_ptr_nonnull (report);
  draft = doson_ctr_report_draft_to_string (report, DOSON_CTR_DRAFT_FORMAT_MARKDOWN, NULL);
  ck_assert (g_str_has_prefix (draft, "| …… | ……, ngày …… tháng …… năm …… |\n|:---:|:---:|\n| …… |  |\n"
                                      "| * |  |\n| Số ……-BC/UBND |  |\n"));
  ck_assert_ptr_null (strstr (draft, "ĐẢNG CỘNG SẢN"));
  ck_assert_ptr_nonnull (strstr (draft, "**Kết quả thực hiện Kế hoạch phường Hoa Sen số 07-KH/UBND năm 2026**"));
  ck_assert_ptr_nonnull (strstr (draft, "Thực hiện Kế hoạch phường Hoa Sen (số 07-KH/UBND), Đảng ủy báo cáo"));
  ck_assert_ptr_nonnull (strstr (draft, "**Nơi nhận:**\n\n- …… [Văn phòng bổ sung],\n- Lưu ……."));
}
END_TEST

/* ---------------------------------------------------------------------- */
/* Formats and files */

START_TEST (test_format_names)
{
  DosonCtrDraftFormat format = (DosonCtrDraftFormat) 99;

  ck_assert_str_eq (doson_ctr_draft_format_to_string (DOSON_CTR_DRAFT_FORMAT_MARKDOWN), "markdown");
  ck_assert_str_eq (doson_ctr_draft_format_to_string (DOSON_CTR_DRAFT_FORMAT_HTML), "html");
  ck_assert (doson_ctr_draft_format_from_string ("html", &format));
  ck_assert_int_eq (format, DOSON_CTR_DRAFT_FORMAT_HTML);
  ck_assert_ptr_null (doson_ctr_draft_format_to_string ((DosonCtrDraftFormat) 99));
  ck_assert (doson_ctr_draft_format_from_string ("markdown", &format));
  ck_assert_int_eq (format, DOSON_CTR_DRAFT_FORMAT_MARKDOWN);
  format = (DosonCtrDraftFormat) 99;
  ck_assert (!doson_ctr_draft_format_from_string ("pdf", &format));
  ck_assert (!doson_ctr_draft_format_from_string (NULL, &format));
  ck_assert_int_eq (format, 99);
}
END_TEST

START_TEST (test_write_draft)
{
  g_autoptr (DosonCtrReport) report = builtin_report (TRUE, 2027, "vi");
  g_autofree char *dir = g_dir_make_tmp ("doson-ctr-draft-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "draft.md", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-dir", "draft.md", NULL);
  g_autofree char *expected = doson_ctr_report_draft_to_string (report, DOSON_CTR_DRAFT_FORMAT_MARKDOWN, NULL);
  g_autofree char *text = NULL;
  g_autoptr (GError) error = NULL;

  ck_assert (doson_ctr_report_write_draft (report, DOSON_CTR_DRAFT_FORMAT_MARKDOWN, path, &error));
  ck_assert_ptr_null (error);
  text = test_read_file (path, NULL);
  ck_assert_str_eq (text, expected);

  ck_assert (!doson_ctr_report_write_draft (report, DOSON_CTR_DRAFT_FORMAT_MARKDOWN, missing, &error));
  assert_error (error, DOSON_CTR_ERROR_IO, "no-such-dir");
  ck_assert (!g_file_test (missing, G_FILE_TEST_EXISTS));

  g_unlink (path);
  g_rmdir (dir);
}
END_TEST

START_TEST (test_year_outside_term)
{
  /* A programme of 2025–2030 can be assessed as of 2031 (its deadlines
   * have passed), but it has no report of 2031's implementation. */
  g_autoptr (DosonCtrReport) report = builtin_report (TRUE, 2031, "vi");
  g_autofree char *dir = g_dir_make_tmp ("doson-ctr-draft-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "draft.md", NULL);
  g_autoptr (GError) error = NULL;
  char *draft;

  draft = doson_ctr_report_draft_to_string (report, DOSON_CTR_DRAFT_FORMAT_MARKDOWN, &error);
  ck_assert_ptr_null (draft);
  assert_error_message (error, DOSON_CTR_ERROR_INVALID_ARGUMENT,
                        "as-of year 2031: the draft reports on a year of the programme's term, 2025 to 2030");
  g_clear_error (&error);
  ck_assert (!doson_ctr_report_write_draft (report, DOSON_CTR_DRAFT_FORMAT_MARKDOWN, path, &error));
  test_assert_error (error, DOSON_CTR_ERROR_INVALID_ARGUMENT, "2031", G_STRLOC);
  ck_assert (!g_file_test (path, G_FILE_TEST_EXISTS));
  g_rmdir (dir);
}
END_TEST

/* ---------------------------------------------------------------------- */
/* HTML */

/* Parses @text as XML; fails the test on an error. */
static void
assert_well_formed (const char *text,
                    const char *what)
{
  static const GMarkupParser parser = { NULL, NULL, NULL, NULL, NULL };
  GMarkupParseContext *context = g_markup_parse_context_new (&parser, 0, NULL, NULL);
  GError *error = NULL;
  gboolean ok = g_markup_parse_context_parse (context, text, -1, &error)
                && g_markup_parse_context_end_parse (context, &error);

  ck_assert_msg (ok, "%s is not well-formed: %s", what, error != NULL ? error->message : "");
  g_markup_parse_context_free (context);
}

START_TEST (test_html)
{
  const Sections *s = &sections[_i];
  g_autoptr (DosonCtrReport) report = builtin_report (TRUE, 2027, s->lang);
  g_autoptr (DosonCtrReport) none = builtin_report (FALSE, 2027, s->lang);
  g_autofree char *html = doson_ctr_report_draft_to_string (report, DOSON_CTR_DRAFT_FORMAT_HTML, NULL);
  g_autofree char *empty = doson_ctr_report_draft_to_string (none, DOSON_CTR_DRAFT_FORMAT_HTML, NULL);
  g_autofree char *mark = g_strdup_printf ("<p class=\"mark\">%s</p>", s->mark + 2);
  gsize i;

  html_mode = TRUE;
  assert_well_formed (html, "the draft");
  assert_well_formed (empty, "the draft without data");
  ck_assert (g_str_has_prefix (html, "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\""));
  mark[strlen (mark) - 6] = '\0';
  ck_assert_msg (strstr (html, mark) != NULL, "no %s", mark);
  for (i = 0; i < G_N_ELEMENTS (s->headings); i++)
    {
      g_autofree char *h = heading (s, i);

      ck_assert_msg (strstr (html, h) != NULL, "%s: no \"%s\"", s->lang, h);
    }
  ck_assert_ptr_nonnull (strstr (html, "<table class=\"letterhead\" role=\"presentation\">"));
  ck_assert_ptr_nonnull (strstr (html, "<table class=\"closing\" role=\"presentation\">"));
  ck_assert_ptr_nonnull (strstr (html, "<p class=\"editor\" role=\"note\">"));
  /* the notice three times with illustrative data, never without */
  ck_assert_uint_eq (count (html, "<p class=\"notice\" role=\"note\">"), 3);
  ck_assert_uint_eq (count (empty, "<p class=\"notice\" role=\"note\">"), 0);
  /* 42 rows in the appendix, no data said in words */
  ck_assert_uint_eq (count (html, "<tr><td class=\"number\">"), 42 + 77);
  ck_assert_uint_eq (count (empty, _i == 0 ? "<td>chưa có số liệu</td>" : "<td>no data</td>"), 42);
  /* self-contained: no script, nothing fetched */
  ck_assert_ptr_null (strstr (html, "<script"));
  ck_assert_ptr_null (strstr (html, "src="));
  ck_assert_ptr_null (strstr (html, "<link"));
}
END_TEST

/* ---------------------------------------------------------------------- */
/* Tasks */

START_TEST (test_tasks)
{
  const Sections *s = &sections[_i];
  g_autoptr (DosonCtrReport) report = builtin_report (TRUE, 2027, s->lang);
  DosonCtrAssessment *assessment = doson_ctr_report_get_assessment (report);
  GPtrArray *tasks = doson_ctr_program_get_tasks (doson_ctr_assessment_get_program (assessment));
  g_autofree char *draft = doson_ctr_report_draft_to_string (report, DOSON_CTR_DRAFT_FORMAT_MARKDOWN, NULL);
  g_autofree char *results = section (draft, s->headings[0], s->headings[1]);
  g_autofree char *shortcomings = section (draft, s->headings[1], s->headings[2]);
  g_autofree char *ahead = section (draft, s->headings[2], s->headings[3]);
  g_autofree char *table = section (draft, "\n### 2. ", NULL);
  guint i, done = 0, unknown = 0, open = 0;

  ck_assert_uint_eq (tasks->len, 77);
  for (i = 0; i < tasks->len; i++)
    {
      DosonCtrTask *task = g_ptr_array_index (tasks, i);
      DosonCtrTaskState state;
      gboolean known = doson_ctr_assessment_get_task_state (assessment, doson_ctr_task_get_id (task), &state);
      const char *label = known ? doson_ctr_task_state_get_label (state, s->lang)
                                : (_i == 0 ? "Chưa có thông tin" : "Not known");
      g_autofree char *row = g_strdup_printf ("| %s | %s |", doson_ctr_task_get_ref (task),
                                              doson_ctr_task_get_text (task, s->lang));
      const char *at = strstr (table, row);
      g_autofree char *ref = g_strdup_printf ("(%s; ", doson_ctr_task_get_ref (task));

      /* the appendix row has the task's text and its state in the year */
      ck_assert_msg (at != NULL, "no row for %s", doson_ctr_task_get_id (task));
      at = strstr (at, label);
      ck_assert_msg (at != NULL && strchr (strstr (table, row), '\n') > at, "%s: no state \"%s\"",
                     doson_ctr_task_get_id (task), label);
      if (known && (state == DOSON_CTR_TASK_STATE_DONE || state == DOSON_CTR_TASK_STATE_DONE_FOR_YEAR))
        {
          /* done: in I, not in III */
          ck_assert_msg (strstr (results, ref) != NULL, "%s is not in I", doson_ctr_task_get_id (task));
          ck_assert_msg (strstr (ahead, ref) == NULL, "%s is in III", doson_ctr_task_get_id (task));
          done++;
        }
      else
        {
          g_autofree char *in_ahead = g_strdup_printf ("(%s; ", doson_ctr_task_get_ref (task));

          ck_assert_msg (strstr (ahead, in_ahead) != NULL, "%s is not in III", doson_ctr_task_get_id (task));
          ck_assert_msg (strstr (results, ref) == NULL, "%s is in I", doson_ctr_task_get_id (task));
          open++;
        }
      if (!known)
        {
          /* named in II, never called not started */
          ck_assert_msg (strstr (shortcomings, ref) != NULL, "%s is not in II", doson_ctr_task_get_id (task));
          unknown++;
        }
    }
  ck_assert_uint_gt (done, 0);
  ck_assert_uint_gt (open, 0);
  ck_assert_uint_gt (unknown, 0);
}
END_TEST

static Suite *
draft_suite (void)
{
  Suite *s = suite_create ("draft");
  TCase *tc;

  tc = tcase_create ("sections");
  tcase_add_loop_test (tc, test_sections, 0, G_N_ELEMENTS (sections));
  suite_add_tcase (s, tc);

  tc = tcase_create ("figures");
  tcase_add_loop_test (tc, test_figures, 0, 2 * G_N_ELEMENTS (sections));
  tcase_add_test (tc, test_figures_in_words);
  suite_add_tcase (s, tc);

  tc = tcase_create ("tasks");
  tcase_add_loop_test (tc, test_tasks, 0, G_N_ELEMENTS (sections));
  suite_add_tcase (s, tc);

  tc = tcase_create ("html");
  tcase_add_loop_test (tc, test_html, 0, G_N_ELEMENTS (sections));
  suite_add_tcase (s, tc);

  tc = tcase_create ("data");
  tcase_add_test (tc, test_illustrative);
  tcase_add_test (tc, test_no_data);
  tcase_add_test (tc, test_stale_data);
  suite_add_tcase (s, tc);

  tc = tcase_create ("letterhead");
  tcase_add_test (tc, test_letterhead);
  tcase_add_test (tc, test_letterhead_other_issuer);
  suite_add_tcase (s, tc);

  tc = tcase_create ("files");
  tcase_add_test (tc, test_format_names);
  tcase_add_test (tc, test_write_draft);
  tcase_add_test (tc, test_year_outside_term);
  suite_add_tcase (s, tc);

  return s;
}

int
main (void)
{
  return test_run_suite (draft_suite ());
}
