/* doson-ctr-explain-words.c: the words of the explanations in Vietnamese and English
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Each table is keyed by enum value and language, never by position, so
 * that a word left out is NULL there and tests/test-explain-words.c finds
 * it.
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "output/doson-ctr-explain-words-private.h"

#define N_LANGS (DOSON_CTR_LANG_EN + 1)
#define N_REASONS (DOSON_CTR_ASSESSMENT_REASON_PAST_TARGET + 1)

#define VI DOSON_CTR_LANG_VI
#define EN DOSON_CTR_LANG_EN

static const char * const words[N_WORDS][N_LANGS] = {
  [WORD_INDICATOR] = {
    [VI] = "Chỉ tiêu",
    [EN] = "Indicator",
  },
  [WORD_TARGET] = {
    [VI] = "Mục tiêu",
    [EN] = "Target",
  },
  [WORD_OF] = {
    [VI] = "trên",
    [EN] = "of",
  },
  [WORD_FIRST_YEAR] = {
    [VI] = "năm đầu",
    [EN] = "first year",
  },
  [WORD_DEADLINE] = {
    [VI] = "hạn",
    [EN] = "deadline",
  },
  [WORD_WORDING] = {
    [VI] = "Nguyên văn",
    [EN] = "Wording",
  },
  [WORD_LEVEL] = {
    [VI] = "Giá trị phân tổ",
    [EN] = "Disaggregation value",
  },
  [WORD_DIRECTION] = {
    [VI] = "Chiều mong muốn",
    [EN] = "Direction",
  },
  [WORD_HIGHER] = {
    [VI] = "càng cao càng tốt",
    [EN] = "higher is better",
  },
  [WORD_LOWER] = {
    [VI] = "càng thấp càng tốt",
    [EN] = "lower is better",
  },
  [WORD_AS_OF] = {
    [VI] = "Tính đến năm",
    [EN] = "As of",
  },
  [WORD_BEFORE_DEADLINE] = {
    [VI] = "trước hạn",
    [EN] = "before the deadline",
  },
  [WORD_IN_DEADLINE] = {
    [VI] = "năm đến hạn",
    [EN] = "the deadline year",
  },
  [WORD_AFTER_DEADLINE] = {
    [VI] = "sau hạn",
    [EN] = "after the deadline",
  },
  [WORD_RULE] = {
    [VI] = "Cách đánh giá",
    [EN] = "Rule",
  },
  [WORD_FLOOR] = {
    [VI] = "Mức sàn (yêu cầu)",
    [EN] = "Floor (requirement)",
  },
  [WORD_STRETCH] = {
    [VI] = "mức phấn đấu",
    [EN] = "stretch",
  },
  [WORD_BAND] = {
    [VI] = "khoảng, phải nằm giữa hai đầu",
    [EN] = "band, both ends required",
  },
  [WORD_NOT_RANGE] = {
    [VI] = "không phải khoảng",
    [EN] = "not a range",
  },
  [WORD_BASE] = {
    [VI] = "Năm gốc",
    [EN] = "Base",
  },
  [WORD_CURRENT] = {
    [VI] = "Hiện tại",
    [EN] = "Current",
  },
  [WORD_VALUE] = {
    [VI] = "giá trị",
    [EN] = "value",
  },
  [WORD_YEARS] = {
    [VI] = "Các năm",
    [EN] = "Years",
  },
  [WORD_MET] = {
    [VI] = "đạt",
    [EN] = "met",
  },
  [WORD_NOT_MET] = {
    [VI] = "không đạt",
    [EN] = "not met",
  },
  [WORD_RUNNING_TOTAL] = {
    [VI] = "lũy kế",
    [EN] = "running total",
  },
  [WORD_CHANGE] = {
    [VI] = "thay đổi",
    [EN] = "change",
  },
  [WORD_FIGURE] = {
    [VI] = "Số liệu so sánh",
    [EN] = "Figure compared",
  },
  [WORD_EXCEEDS] = {
    [VI] = "Vượt mức phấn đấu",
    [EN] = "Beyond the stretch",
  },
  [WORD_YES] = {
    [VI] = "có",
    [EN] = "yes",
  },
  [WORD_NO] = {
    [VI] = "không",
    [EN] = "no",
  },
  [WORD_ATTAINMENT] = {
    [VI] = "Mức độ hoàn thành",
    [EN] = "Attainment",
  },
  [WORD_CAGR] = {
    [VI] = "Tốc độ tăng bình quân thực tế từ năm gốc",
    [EN] = "Compound growth CAGR_a",
  },
  [WORD_TOTAL] = {
    [VI] = "Lũy kế",
    [EN] = "Running total",
  },
  [WORD_ELAPSED] = {
    [VI] = "Tỷ lệ thời gian đã qua",
    [EN] = "Elapsed share",
  },
  [WORD_PACE] = {
    [VI] = "Tiến độ",
    [EN] = "Pace",
  },
  [WORD_CUTOFFS] = {
    [VI] = "Ngưỡng phân loại",
    [EN] = "Cut-offs",
  },
  [WORD_SCORE] = {
    [VI] = "Điểm",
    [EN] = "Score",
  },
  [WORD_YEARS_MET] = {
    [VI] = "Số năm đạt",
    [EN] = "Years met",
  },
  [WORD_YEARS_REPORTED] = {
    [VI] = "năm có số liệu",
    [EN] = "reported",
  },
  [WORD_YEARS_DUE] = {
    [VI] = "năm phải đạt",
    [EN] = "years due",
  },
  [WORD_STATUS] = {
    [VI] = "Trạng thái",
    [EN] = "Status",
  },
  [WORD_REASON] = {
    [VI] = "Lý do",
    [EN] = "Reason",
  },
  [WORD_ABSENT] = {
    [VI] = "không có",
    [EN] = "absent",
  },
  [WORD_NOT_USED] = {
    [VI] = "không dùng",
    [EN] = "not used",
  },
  [WORD_PROGRESS] = {
    [VI] = "Phương pháp đo tiến độ",
    [EN] = "Progress method",
  },
  [WORD_REQUIRED] = {
    [VI] = "Còn cần",
    [EN] = "Still needed",
  },
  [WORD_PER_YEAR] = {
    [VI] = "mỗi năm",
    [EN] = "per year",
  },
  [WORD_REQUIRED_TOTAL] = {
    [VI] = "tổng",
    [EN] = "total",
  },
  /* What is still needed, by DosonCtrRequirementKind. */
  [WORD_NEED_GROWTH_RATE] = {
    [VI] = "tốc độ tăng bình quân",
    [EN] = "average growth",
  },
  [WORD_NEED_YEARLY_CHANGE] = {
    [VI] = "mức thay đổi mỗi năm",
    [EN] = "change each year",
  },
  [WORD_NEED_AMOUNT] = {
    [VI] = "lượng còn lại",
    [EN] = "amount left",
  },
  [WORD_NEED_LEVEL] = {
    [VI] = "mức cần đạt",
    [EN] = "level to reach",
  },
  [WORD_NEED_EACH_YEAR] = {
    [VI] = "mức cần đạt mỗi năm",
    [EN] = "level each year",
  },
  [WORD_NEED_MILESTONE] = {
    [VI] = "mốc cần đạt",
    [EN] = "milestone to reach",
  },
  /* Labels the stable id of a rule, a status or a reason, for
   * developers: "(mã: growth-floor)". */
  [WORD_ID] = {
    [VI] = "mã",
    [EN] = "id",
  },
  [WORD_PROJECTION] = {
    [VI] = "Theo nhịp hiện nay",
    [EN] = "At the current pace",
  },
  [WORD_FIGURE_COMPARED] = {
    [VI] = "số liệu so sánh",
    [EN] = "figure compared",
  },
  [WORD_MEETS_TARGET] = {
    [VI] = "đạt mục tiêu",
    [EN] = "meets the target",
  },
  [WORD_RULE_NOT_STARTED] = {
    [VI] = "năm đánh giá trước năm đầu của mục tiêu: chưa đến hạn",
    [EN] = "the as-of year is before the target's first year: not yet due",
  },
  [WORD_RULE_EVERY_YEAR] = {
    [VI] = "giá trị từng năm so với ngưỡng; năm đánh giá quyết định",
    [EN] = "each year's value against the threshold; the year assessed decides",
  },
  [WORD_RULE_YEAR_ON_YEAR] = {
    [VI] = "mức thay đổi so với năm trước so với ngưỡng; năm đánh giá quyết định",
    [EN] = "each year's change on the year before against the threshold; the year assessed decides",
  },
  [WORD_RULE_GROWTH_DUE] = {
    [VI] = "tốc độ tăng bình quân từ năm gốc đến năm đến hạn so với mức sàn",
    [EN] = "compound growth from the baseline to the deadline year against the floor",
  },
  [WORD_RULE_GROWTH_PACE] = {
    [VI] = "tiến độ = tốc độ tăng bình quân thực tế từ năm gốc / mức sàn",
    [EN] = "pace = CAGR_a / floor (compound growth from the baseline against the floor)",
  },
  [WORD_RULE_LEVEL_DUE] = {
    [VI] = "giá trị năm đến hạn so với mục tiêu",
    [EN] = "the value of the deadline year against the target",
  },
  [WORD_RULE_LEVEL_MET] = {
    [VI] = "giá trị mới nhất đã đạt mục tiêu",
    [EN] = "the latest value already meets the target",
  },
  [WORD_RULE_LEVEL_METHOD] = {
    [VI] = "tiến độ theo phương pháp công bố, từ năm gốc đến mục tiêu vào năm đến hạn",
    [EN] = "pace by a published progress method from the baseline towards the target in the deadline year",
  },
  [WORD_RULE_ZERO_LINEAR] = {
    [VI] = "mục tiêu bằng 0, tiến độ tuyến tính = (phần khoảng cách năm gốc đã thu hẹp) / tỷ lệ thời gian đã qua",
    [EN] = "zero target, linear pace = (share of the baseline gap closed) / elapsed share",
  },
  [WORD_RULE_ZERO_OPEN_SDG] = {
    [VI] = "mục tiêu bằng 0, theo phương pháp open-sdg: mục tiêu 0 được thay bằng 0,001",
    [EN] = "zero target, open-sdg method by name: the target 0 is replaced by 0.001",
  },
  [WORD_RULE_ZERO_BASE] = {
    [VI] = "xuất phát từ 0, tiến độ tuyến tính = (giá trị / mục tiêu) / tỷ lệ thời gian đã qua",
    [EN] = "from a base of 0, linear pace = (value / target) / elapsed share",
  },
  [WORD_RULE_LEVEL_PAST] = {
    [VI] = "giá trị đã vượt ra ngoài khoảng (hoặc con số \"=\") của mục tiêu: tiến độ tuyến tính "
           "trở lại = (phần vượt của năm gốc đã thu hẹp) / tỷ lệ thời gian đã qua; "
           "xấu đi nếu năm gốc chưa vượt",
    [EN] = "the value is past the band (or the \"=\" figure) of the target: linear pace back = "
           "(share of the base's excess removed) / elapsed share; moving away when the base "
           "was not past it",
  },
  [WORD_RULE_CUMULATIVE_PAST] = {
    [VI] = "lũy kế đã vượt ra ngoài khoảng (hoặc con số \"=\") của mục tiêu: xấu đi",
    [EN] = "the running total is past the band (or the \"=\" figure) of the target: moving away",
  },
  [WORD_STRICT_NO_PACE] = {
    [VI] = "các phương pháp công bố tính giá trị bằng mức mục tiêu là đã đạt nên không cho tỷ số tiến độ",
    [EN] = "the published methods count a value equal to the target as met, so they give no pace ratio",
  },
  [WORD_RULE_CUMULATIVE_DUE] = {
    [VI] = "lũy kế các giá trị hằng năm đến năm đến hạn so với mục tiêu",
    [EN] = "running total of the yearly amounts to the deadline year against the target",
  },
  [WORD_RULE_CUMULATIVE_MET] = {
    [VI] = "lũy kế đã đạt mục tiêu",
    [EN] = "the running total already meets the target",
  },
  [WORD_RULE_CUMULATIVE_PACE] = {
    [VI] = "tiến độ = (lũy kế / mục tiêu) / tỷ lệ thời gian đã qua",
    [EN] = "pace = (running total / target) / elapsed share",
  },
  [WORD_RULE_CUMULATIVE_CAP] = {
    [VI] = "mức trần của lũy kế: không đạt khi vượt trần, còn lại đánh giá khi đến hạn",
    [EN] = "a cap on a running total: broken once exceeded, otherwise judged at the deadline",
  },
  [WORD_RULE_MILESTONE] = {
    [VI] = "đạt (1) hay không (0) đến năm đến hạn; đạt khi đã đạt",
    [EN] = "met (1) or not (0) by the deadline year; achieved once met",
  },
  [WORD_WARNING_LEVEL] = {
    [VI] = ", phân tổ ",
    [EN] = ", level ",
  },
  [WORD_WARNING_PARTS] = {
    [VI] = "tổng các thành phần ",
    [EN] = "the parts ",
  },
  [WORD_WARNING_SUM_TO] = {
    [VI] = " là ",
    [EN] = " sum to ",
  },
  [WORD_WARNING_NOT] = {
    [VI] = ", không phải ",
    [EN] = ", not ",
  },
  [WORD_WARNING_DIFFERENCE] = {
    [VI] = " (chênh lệch ",
    [EN] = " (difference ",
  },
  [WORD_WARNING_TOLERANCE] = {
    [VI] = ", dung sai ",
    [EN] = ", tolerance ",
  },
  [WORD_WARNING_SUBSET] = {
    [VI] = "tập con ",
    [EN] = "the subset ",
  },
  [WORD_WARNING_IS] = {
    [VI] = " là ",
    [EN] = " is ",
  },
  [WORD_WARNING_MORE_THAN_WHOLE] = {
    [VI] = ", lớn hơn tổng thể ",
    [EN] = ", more than its whole ",
  },
};

/* DOSON_CTR_ASSESSMENT_REASON_NONE has no words: nothing is absent. */
static const char * const reasons[N_REASONS][N_LANGS] = {
  [DOSON_CTR_ASSESSMENT_REASON_NOT_STARTED] = {
    [VI] = "mục tiêu chưa bắt đầu",
    [EN] = "the target has not started",
  },
  [DOSON_CTR_ASSESSMENT_REASON_NO_DATA] = {
    [VI] = "không có số liệu đến năm đánh giá",
    [EN] = "no value up to the as-of year",
  },
  [DOSON_CTR_ASSESSMENT_REASON_MISSING_YEAR] = {
    [VI] = "thiếu số liệu của một năm cần dùng",
    [EN] = "a year the rule needs has no value",
  },
  [DOSON_CTR_ASSESSMENT_REASON_NO_BASE] = {
    [VI] = "không có số liệu năm gốc",
    [EN] = "no value in the baseline year",
  },
  [DOSON_CTR_ASSESSMENT_REASON_ONE_YEAR] = {
    [VI] = "chỉ có số liệu năm gốc",
    [EN] = "only the base year has a value",
  },
  [DOSON_CTR_ASSESSMENT_REASON_NON_POSITIVE_BASE] = {
    [VI] = "giá trị gốc bằng 0 hoặc âm",
    [EN] = "the base value is zero or negative",
  },
  [DOSON_CTR_ASSESSMENT_REASON_MIXED_SIGNS] = {
    [VI] = "giá trị gốc và giá trị hiện tại trái dấu",
    [EN] = "the base and current values have opposite signs",
  },
  [DOSON_CTR_ASSESSMENT_REASON_BASE_MET] = {
    [VI] = "giá trị gốc đã đạt mục tiêu nên không còn khoảng cách",
    [EN] = "the base value already met the target, so there is no gap to close",
  },
  [DOSON_CTR_ASSESSMENT_REASON_PACE_UNDEFINED] = {
    [VI] = "tiến độ không có giá trị hữu hạn",
    [EN] = "the pace ratio has no finite value",
  },
  [DOSON_CTR_ASSESSMENT_REASON_AT_STRICT_TARGET] = {
    [VI] = "bằng mức mục tiêu; cần vượt mức này",
    [EN] = "equal to the target; more is needed",
  },
  [DOSON_CTR_ASSESSMENT_REASON_PAST_TARGET] = {
    [VI] = "đã vượt ra ngoài khoảng (hoặc con số \"=\") của mục tiêu nên chưa đạt",
    [EN] = "past the band (or the \"=\" figure) of the target, so not met",
  },
};

const char *
_doson_ctr_explain_word (DosonCtrLang lang,
                         DosonCtrWord word)
{
  if ((guint) word >= N_WORDS || (guint) lang >= N_LANGS)
    return NULL;
  return words[word][lang];
}

const char *
_doson_ctr_explain_reason (DosonCtrLang             lang,
                           DosonCtrAssessmentReason reason)
{
  if ((guint) reason >= N_REASONS || (guint) lang >= N_LANGS)
    return NULL;
  return reasons[reason][lang];
}
