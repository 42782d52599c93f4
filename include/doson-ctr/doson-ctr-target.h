/* doson-ctr-target.h: one target (chỉ tiêu) of an indicator
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_TARGET_H
#define DOSON_CTR_TARGET_H

#if !defined(DOSON_CTR_INSIDE) && !defined(DOSON_CTR_COMPILATION)
#error "Only <doson-ctr/doson-ctr.h> can be included directly."
#endif

#include <glib-object.h>
#include <doson-ctr/doson-ctr-version-macros.h>
#include <doson-ctr/doson-ctr-types.h>

G_BEGIN_DECLS

/**
 * DosonCtrTargetKind:
 * @DOSON_CTR_TARGET_KIND_EVERY_YEAR: each year's value from the first year
 *   to the deadline year must meet the threshold ("every-year")
 * @DOSON_CTR_TARGET_KIND_LEVEL: the value in the deadline year is compared
 *   with the threshold ("level")
 * @DOSON_CTR_TARGET_KIND_AVERAGE_GROWTH: the compound average annual
 *   growth of the indicator from the programme's baseline year must meet
 *   the threshold, a rate written as a fraction (0.10 is 10 %/yr)
 *   ("average-growth")
 * @DOSON_CTR_TARGET_KIND_YEAR_ON_YEAR: each year's change against the year
 *   before must meet the threshold, a rate written as a fraction (-0.05 is
 *   a fall of 5 %) ("year-on-year")
 * @DOSON_CTR_TARGET_KIND_CUMULATIVE: the sum of the yearly amounts from the
 *   first year to the deadline year is compared with the threshold
 *   ("cumulative")
 * @DOSON_CTR_TARGET_KIND_MILESTONE: a yes/no condition (1 met, 0 not met)
 *   that must hold by the deadline year ("milestone")
 *
 * The kind of a target: which figure is compared with the threshold. The
 * strings in brackets are the spellings of doson_ctr_target_kind_to_string()
 * and of the data files.
 *
 * Since: 0.1
 */
typedef enum {
  DOSON_CTR_TARGET_KIND_EVERY_YEAR = 0,
  DOSON_CTR_TARGET_KIND_LEVEL,
  DOSON_CTR_TARGET_KIND_AVERAGE_GROWTH,
  DOSON_CTR_TARGET_KIND_YEAR_ON_YEAR,
  DOSON_CTR_TARGET_KIND_CUMULATIVE,
  DOSON_CTR_TARGET_KIND_MILESTONE
} DosonCtrTargetKind;

/**
 * DosonCtrComparator:
 * @DOSON_CTR_COMPARATOR_AT_LEAST: the figure must be at least the value,
 *   "ít nhất", "tối thiểu", "từ … trở lên" (">=")
 * @DOSON_CTR_COMPARATOR_MORE_THAN: the figure must be above the value,
 *   "trên" (">")
 * @DOSON_CTR_COMPARATOR_AT_MOST: the figure must be at most the value
 *   ("<=")
 * @DOSON_CTR_COMPARATOR_LESS_THAN: the figure must be below the value
 *   ("<")
 * @DOSON_CTR_COMPARATOR_EQUAL: the figure must equal the value, "đạt",
 *   "không còn" with a value of 0 ("=")
 * @DOSON_CTR_COMPARATOR_RANGE: the figure is compared with a range
 *   "từ a đến b", read as set by #DosonCtrRangeMode ("range")
 *
 * How a target compares a figure with its threshold. The strings in
 * brackets are the spellings of doson_ctr_comparator_to_string() and of
 * the data files.
 *
 * Since: 0.1
 */
typedef enum {
  DOSON_CTR_COMPARATOR_AT_LEAST = 0,
  DOSON_CTR_COMPARATOR_MORE_THAN,
  DOSON_CTR_COMPARATOR_AT_MOST,
  DOSON_CTR_COMPARATOR_LESS_THAN,
  DOSON_CTR_COMPARATOR_EQUAL,
  DOSON_CTR_COMPARATOR_RANGE
} DosonCtrComparator;

/**
 * DosonCtrRangeMode:
 * @DOSON_CTR_RANGE_MODE_FLOOR_STRETCH: the end of the range on the worse
 *   side (given the indicator's direction) is the requirement, the
 *   "floor"; the other end is the ambition, the "stretch". A figure at or
 *   beyond the floor meets the target, including one beyond the stretch
 *   ("floor-stretch", the default)
 * @DOSON_CTR_RANGE_MODE_BAND: the figure must lie inside the range, both
 *   ends included ("band")
 *
 * How a range target is read. A range always holds low <= high in numeric
 * order. Under %DOSON_CTR_DIRECTION_HIGHER the floor is low and the
 * stretch is high ("từ 10 % đến 12 %": 10 % is required); under
 * %DOSON_CTR_DIRECTION_LOWER the floor is high and the stretch is low
 * ("giảm bình quân từ 7 % đến 9 %" is low -0.09, high -0.07: -7 %/yr is
 * required, -9 %/yr is the ambition).
 *
 * Since: 0.1
 */
typedef enum {
  DOSON_CTR_RANGE_MODE_FLOOR_STRETCH = 0,
  DOSON_CTR_RANGE_MODE_BAND
} DosonCtrRangeMode;

/**
 * DosonCtrTarget:
 *
 * An opaque boxed value: one target of an indicator. It holds a kind, a
 * comparator with either one threshold value or a range, the years it
 * applies to, whether each disaggregation value must meet it, and the
 * document's wording in Vietnamese and English. Free it with
 * doson_ctr_target_free().
 *
 * Since: 0.1
 */
typedef struct _DosonCtrTarget DosonCtrTarget;

/**
 * DOSON_CTR_TYPE_TARGET:
 *
 * The #GType of #DosonCtrTarget, a boxed type whose copy and free functions
 * are doson_ctr_target_copy() and doson_ctr_target_free().
 *
 * Since: 0.1
 */
#define DOSON_CTR_TYPE_TARGET (doson_ctr_target_get_type ())

DOSON_CTR_AVAILABLE_IN_0_1
const char *doson_ctr_target_kind_to_string (DosonCtrTargetKind kind);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean    doson_ctr_target_kind_from_string (const char         *str,
                                               DosonCtrTargetKind *kind);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean    doson_ctr_target_kind_is_rate (DosonCtrTargetKind kind);

DOSON_CTR_AVAILABLE_IN_0_1
const char *doson_ctr_comparator_to_string (DosonCtrComparator comparator);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean    doson_ctr_comparator_from_string (const char         *str,
                                              DosonCtrComparator *comparator);

DOSON_CTR_AVAILABLE_IN_0_1
const char *doson_ctr_range_mode_to_string (DosonCtrRangeMode mode);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean    doson_ctr_range_mode_from_string (const char        *str,
                                              DosonCtrRangeMode *mode);

DOSON_CTR_AVAILABLE_IN_0_1
GType           doson_ctr_target_get_type (void) G_GNUC_CONST;
DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrTarget *doson_ctr_target_new (DosonCtrTargetKind   kind,
                                      DosonCtrComparator   comparator,
                                      double               value,
                                      GError             **error);
DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrTarget *doson_ctr_target_new_range (DosonCtrTargetKind   kind,
                                            double               low,
                                            double               high,
                                            DosonCtrRangeMode    mode,
                                            GError             **error);
DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrTarget *doson_ctr_target_copy (const DosonCtrTarget *target);
DOSON_CTR_AVAILABLE_IN_0_1
void            doson_ctr_target_free (DosonCtrTarget *target);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean        doson_ctr_target_equal (const DosonCtrTarget *a,
                                        const DosonCtrTarget *b);

DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrTargetKind doson_ctr_target_get_kind (const DosonCtrTarget *target);
DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrComparator doson_ctr_target_get_comparator (const DosonCtrTarget *target);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean           doson_ctr_target_get_value (const DosonCtrTarget *target,
                                               double               *value);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean           doson_ctr_target_get_range (const DosonCtrTarget *target,
                                               double               *low,
                                               double               *high);
DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrRangeMode  doson_ctr_target_get_range_mode (const DosonCtrTarget *target);
DOSON_CTR_AVAILABLE_IN_0_1
double             doson_ctr_target_get_floor (const DosonCtrTarget *target,
                                               DosonCtrDirection     direction);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean           doson_ctr_target_get_stretch (const DosonCtrTarget *target,
                                                 DosonCtrDirection     direction,
                                                 double               *stretch);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean           doson_ctr_target_is_met_by (const DosonCtrTarget *target,
                                               DosonCtrDirection     direction,
                                               double                figure);

DOSON_CTR_AVAILABLE_IN_0_1
void     doson_ctr_target_set_years (DosonCtrTarget *target,
                                     int             first_year,
                                     int             deadline_year);
DOSON_CTR_AVAILABLE_IN_0_1
int      doson_ctr_target_get_first_year (const DosonCtrTarget *target);
DOSON_CTR_AVAILABLE_IN_0_1
int      doson_ctr_target_get_deadline_year (const DosonCtrTarget *target);

DOSON_CTR_AVAILABLE_IN_0_1
void     doson_ctr_target_set_per_disaggregation (DosonCtrTarget *target,
                                                  gboolean        per_disaggregation);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean doson_ctr_target_get_per_disaggregation (const DosonCtrTarget *target);

DOSON_CTR_AVAILABLE_IN_0_1
void        doson_ctr_target_set_text (DosonCtrTarget *target,
                                       const char     *lang,
                                       const char     *text);
DOSON_CTR_AVAILABLE_IN_0_1
const char *doson_ctr_target_get_text (const DosonCtrTarget *target,
                                       const char           *lang);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DosonCtrTarget, doson_ctr_target_free)

G_END_DECLS

#endif /* DOSON_CTR_TARGET_H */
