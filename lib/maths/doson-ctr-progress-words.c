/* doson-ctr-progress-words.c: the words that explain a progress result
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <glib.h>

#include "maths/doson-ctr-progress-words-private.h"

/* A word in both languages. */
typedef struct
{
  const char *vi;
  const char *en;
} Word;

static const Word words[] = {
  [DOSON_CTR_PROGRESS_WORD_METHOD] = { "Phương pháp", "Method" },
  [DOSON_CTR_PROGRESS_WORD_DIRECTION] = { "Chiều mong muốn", "Direction" },
  [DOSON_CTR_PROGRESS_WORD_BASE] = { "Năm gốc", "Base" },
  [DOSON_CTR_PROGRESS_WORD_CURRENT] = { "Hiện tại", "Current" },
  [DOSON_CTR_PROGRESS_WORD_VALUE] = { "giá trị", "value" },
  [DOSON_CTR_PROGRESS_WORD_TARGET] = { "Mục tiêu", "Target" },
  [DOSON_CTR_PROGRESS_WORD_BY] = { "đến năm", "by" },
  [DOSON_CTR_PROGRESS_WORD_CAGR_ACTUAL] = { "Tốc độ tăng bình quân thực tế",
                                            "Actual growth CAGR_a" },
  [DOSON_CTR_PROGRESS_WORD_CAGR_REQUIRED] = { "Tốc độ tăng bình quân cần đạt",
                                              "Required growth CAGR_r" },
  [DOSON_CTR_PROGRESS_WORD_EXPECTED] = { "Giá trị dự kiến vào năm mục tiêu",
                                         "Expected value in the target year" },
  [DOSON_CTR_PROGRESS_WORD_LIMIT_SCALE] = { "Hệ số giới hạn C", "Limit scale C" },
  [DOSON_CTR_PROGRESS_WORD_LIMIT] = { "giới hạn", "limit" },
  [DOSON_CTR_PROGRESS_WORD_PROGRESS] = { "Giá trị tiến độ", "Progress value" },
  [DOSON_CTR_PROGRESS_WORD_CUTOFFS] = { "Ngưỡng phân loại", "Cut-offs" },
  [DOSON_CTR_PROGRESS_WORD_SCORE] = { "Điểm", "Score" },
  [DOSON_CTR_PROGRESS_WORD_STATUS] = { "Trạng thái", "Status" },
  [DOSON_CTR_PROGRESS_WORD_ABSENT] = { "không có", "absent" },
  [DOSON_CTR_PROGRESS_WORD_NONE] = { "không có", "none" },
  [DOSON_CTR_PROGRESS_WORD_BASE_SUBSTITUTED] = {
    "giá trị năm gốc quan sát được là 0, thay bằng 0.001",
    "the observed base 0 is replaced by 0.001" },
  [DOSON_CTR_PROGRESS_WORD_TARGET_SUBSTITUTED] = {
    "mục tiêu 0 được thay bằng 0.001",
    "the target 0 is replaced by 0.001" },
  [DOSON_CTR_PROGRESS_WORD_MODULUS] = {
    "không phải số thực (mục tiêu và giá trị năm gốc trái dấu); mô-đun của nó, dùng làm giá trị tuyệt đối của tốc độ cần đạt:",
    "not a real number (target and base of opposite signs); its modulus, used as |CAGR_r|:" },
  [DOSON_CTR_PROGRESS_WORD_ROLLUP] = {
    "Số chuỗi số liệu tổng hợp (có điểm / tất cả)",
    "Series rolled up (with a score / given)" },
  [DOSON_CTR_PROGRESS_WORD_ACHIEVED_NOTE] = {
    "giá trị hiện tại đã đạt mục tiêu",
    "the current value meets the target" },
};

/* DOSON_CTR_PROGRESS_REASON_NONE has no word: nothing is absent. */
static const Word reasons[] = {
  [DOSON_CTR_PROGRESS_REASON_NO_DATA] = { "không có số liệu", "no data" },
  [DOSON_CTR_PROGRESS_REASON_NO_BASE] = {
    "không có năm nào từ năm gốc trở đi",
    "no year at or after the base year" },
  [DOSON_CTR_PROGRESS_REASON_MIXED_SIGNS] = {
    "giá trị năm gốc và giá trị hiện tại trái dấu",
    "the base and current values have opposite signs" },
  [DOSON_CTR_PROGRESS_REASON_ONE_YEAR] = {
    "chỉ có một năm số liệu từ năm gốc",
    "only one year of data from the base year" },
  [DOSON_CTR_PROGRESS_REASON_NO_TARGET] = {
    "phương pháp cần có mục tiêu",
    "the method needs a target" },
  [DOSON_CTR_PROGRESS_REASON_TARGET_YEAR] = {
    "năm mục tiêu không sau năm gốc",
    "the target year is not after the base year" },
  [DOSON_CTR_PROGRESS_REASON_BASE_MEETS_TARGET] = {
    "giá trị năm gốc đã đạt mục tiêu",
    "the base value already meets the target" },
  [DOSON_CTR_PROGRESS_REASON_REQUIRED_UNDEFINED] = {
    "mục tiêu và giá trị năm gốc trái dấu nên tốc độ cần đạt không phải số thực",
    "the target and the base have opposite signs, so the required growth is not a real number" },
  [DOSON_CTR_PROGRESS_REASON_REQUIRED_ZERO] = {
    "mục tiêu bằng giá trị năm gốc (tốc độ cần đạt bằng 0)",
    "the target equals the base value (required growth zero)" },
  [DOSON_CTR_PROGRESS_REASON_UNDEFINED] = {
    "giá trị tiến độ không phải số hữu hạn",
    "the progress value is not a finite number" },
  [DOSON_CTR_PROGRESS_REASON_NO_SCORES] = { "không chuỗi nào có điểm", "no series has a score" },
};

static const Word directions[] = {
  [DOSON_CTR_DIRECTION_HIGHER] = { "càng cao càng tốt", "higher is better" },
  [DOSON_CTR_DIRECTION_LOWER] = { "càng thấp càng tốt", "lower is better" },
};

/* Entry @index of @table (@n entries) in @lang, or NULL. */
static const char *
word_in (const Word  *table,
         gsize        n,
         guint        index,
         DosonCtrLang lang)
{
  if (index >= n)
    return NULL;
  return lang == DOSON_CTR_LANG_EN ? table[index].en : table[index].vi;
}

const char *
_doson_ctr_progress_word (DosonCtrProgressWord word,
                          DosonCtrLang         lang)
{
  return word_in (words, G_N_ELEMENTS (words), (guint) word, lang);
}

const char *
_doson_ctr_progress_reason_word (DosonCtrProgressReason reason,
                                 DosonCtrLang           lang)
{
  return word_in (reasons, G_N_ELEMENTS (reasons), (guint) reason, lang);
}

const char *
_doson_ctr_progress_direction_word (DosonCtrDirection direction,
                                    DosonCtrLang      lang)
{
  return word_in (directions, G_N_ELEMENTS (directions), (guint) direction, lang);
}
