/* doson-ctr-report-private.h: what the writers of a #DosonCtrReport
 * share; never installed
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_REPORT_PRIVATE_H
#define DOSON_CTR_REPORT_PRIVATE_H

#include <doson-ctr/doson-ctr-report.h>
#include <doson-ctr/doson-ctr-program.h>

#include "base/doson-ctr-text-private.h"

G_BEGIN_DECLS

/* One group of the report: a goal or a unit, and its indicators. */
typedef struct
{
  DosonCtrRollupKind kind;
  const char *id;
  DosonCtrGoal *goal;              /* for a goal; not owned */
  DosonCtrResponsibleUnit *unit;   /* for a unit; not owned */
  GPtrArray *indicators;           /* of DosonCtrIndicator, not owned */
  DosonCtrRollup *rollup;
} DosonCtrReportGroup;

struct _DosonCtrReport
{
  GObject parent_instance;

  DosonCtrAssessment *assessment;
  DosonCtrProgram *program;          /* the assessment's; not owned */
  DosonCtrMeasurementSet *set;       /* the assessment's; not owned */
  DosonCtrReportGrouping grouping;
  DosonCtrLang lang;
  char *data_name;
  gboolean colour;
  guint width;
  DosonCtrCsvStyle csv_style;
  char *superior_body;               /* the draft's letterhead */
  GPtrArray *by_goal;                /* of DosonCtrReportGroup */
  GPtrArray *by_unit;                /* of DosonCtrReportGroup */
  DosonCtrRollup *program_rollup;
};

/* The statuses in the order a roll-up lists them. */
extern const DosonCtrStatus _doson_ctr_report_status_order[9];

/* The indicator @id of the report's programme; sets
 * %DOSON_CTR_ERROR_INVALID_ARGUMENT naming both when there is none. */
DosonCtrIndicator *_doson_ctr_report_lookup_indicator (DosonCtrReport  *report,
                                                       const char      *id,
                                                       GError         **error);

/* The groups of the report's grouping. */
GPtrArray *_doson_ctr_report_groups (DosonCtrReport *report);

/* The tag the getters are asked with: "vi" or "en". */
const char *_doson_ctr_report_tag (DosonCtrReport *report);
/* @vi or @en, by the report's language. */
const char *_doson_ctr_report_tr (DosonCtrReport *report,
                                  const char     *vi,
                                  const char     *en);

/* "CODE — Title" of the programme, in the report's language. */
char *_doson_ctr_report_title (DosonCtrReport *report);

/* The group's heading: "III.1 Title" for a goal, the unit's name. */
char *_doson_ctr_report_group_title (DosonCtrReport            *report,
                                     const DosonCtrReportGroup *group);

/* "Illustrative data, not official statistics", in the report's
 * language, or NULL when the measurements are not illustrative. */
const char *_doson_ctr_report_notice (DosonCtrReport *report);

/* What an indicator shows on its own line: the value of its total (none
 * when only disaggregation values are assessed) and the lowest
 * attainment of its target assessments. */
typedef struct
{
  gboolean have_value;
  double value;
  int year;
  gboolean have_attainment;
  double attainment;
  gboolean at_strict;              /* the lowest is on a strict threshold */
} DosonCtrReportSummary;

void _doson_ctr_report_summarise (GPtrArray             *results,
                                  DosonCtrReportSummary *summary);

/* "93.5 % (2027)", or "—" without a value. */
char *_doson_ctr_report_format_value_year (DosonCtrReport    *report,
                                           DosonCtrIndicator *indicator,
                                           gboolean           have,
                                           double             value,
                                           int                year);
/* "96.4 %", or "—" without an attainment; "< 100 %" when @at_strict
 * (the figure equals the threshold of a strict target, "> 90 %" and 90 %,
 * which it does not meet, so that 100 % would read as met). */
char *_doson_ctr_report_format_attainment (DosonCtrReport *report,
                                           gboolean        have,
                                           double          attainment,
                                           gboolean        at_strict);
/* Whether @a stands on the threshold of a strict target. */
gboolean _doson_ctr_report_is_at_strict (const DosonCtrTargetAssessment *a);

/* An indicator as a report shows it: its target assessments, its status,
 * their summary and the summary in words.  Filled by
 * _doson_ctr_report_line_init(), freed by _doson_ctr_report_line_clear(). */
typedef struct
{
  const char *id;                  /* the indicator's; not owned */
  DosonCtrStatus status;
  GPtrArray *results;              /* of DosonCtrTargetAssessment */
  DosonCtrReportSummary summary;
  char *value;                     /* _doson_ctr_report_format_value_year() */
  char *attainment;                /* _doson_ctr_report_format_attainment() */
} DosonCtrReportLine;

void _doson_ctr_report_line_init (DosonCtrReportLine *line,
                                  DosonCtrReport     *report,
                                  DosonCtrIndicator  *indicator);
void _doson_ctr_report_line_clear (DosonCtrReportLine *line);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (DosonCtrReportLine, _doson_ctr_report_line_clear)

/* "Primary: ", the name of the disaggregation value @a is for, or
 * nothing for the totals. */
void _doson_ctr_report_append_level (GString                        *out,
                                     DosonCtrReport                 *report,
                                     DosonCtrIndicator              *indicator,
                                     const DosonCtrTargetAssessment *a);

/* The target of @a in words, with its disaggregation value first, the
 * stretch exceeded and a cumulative target's running total. */
char *_doson_ctr_report_describe_assessment (DosonCtrReport                 *report,
                                             DosonCtrIndicator              *indicator,
                                             const DosonCtrTargetAssessment *a);

/* The targets of @line in words, joined by "; ", appended to @targets,
 * and what each still needs, with its disaggregation value first, joined
 * by " / ", appended to @still_needed (nothing when every target is
 * achieved). */
void _doson_ctr_report_append_line_targets (GString            *targets,
                                            GString            *still_needed,
                                            DosonCtrReport     *report,
                                            DosonCtrIndicator  *indicator,
                                            DosonCtrReportLine *line);

/* A score with two decimals, in the report's number style: "4.32",
 * "4,32". */
void _doson_ctr_report_append_score (GString        *out,
                                     DosonCtrReport *report,
                                     double          score);

/* "7 indicators: 2 Achieved, 1 On track …; mean score 1.25 (5 scored)". */
void _doson_ctr_report_append_rollup_words (GString              *out,
                                            DosonCtrReport       *report,
                                            const DosonCtrRollup *rollup);

/* @prefix and "12 tasks: 10 In progress, 1 Done, 1 not known" for the
 * tasks of @rollup; nothing when it has none. */
void _doson_ctr_report_append_task_counts (GString              *out,
                                           DosonCtrReport       *report,
                                           const DosonCtrRollup *rollup,
                                           const char           *prefix);
/* The state of @task in the report's year, in words ("Đang triển khai",
 * or "Chưa có thông tin" when it is not known), and the note of the report
 * it comes from (NULL for none). */
const char *_doson_ctr_report_task_state (DosonCtrReport  *report,
                                          DosonCtrTask    *task,
                                          const char     **note);
/* The lead units of @task by their short names (or names), joined by
 * ", "; newly allocated. */
char *_doson_ctr_report_task_units (DosonCtrReport *report,
                                    DosonCtrTask   *task);
/* @text whole when it holds up to 160 characters; else its first
 * sentence; when that is longer, for a task that is a shortened lead-in,
 * " … " and one item (III.2.7), the lead-in's first words, " … " and the
 * item's first sentence or words, so that tasks sharing a lead-in keep
 * distinct excerpts, and for others its first words with " …". Newly
 * allocated. */
char *_doson_ctr_report_task_excerpt (const char *text);
/* The heading of the task section: "Nhiệm vụ, giải pháp (năm 2027)". */
char *_doson_ctr_report_task_heading (DosonCtrReport *report);
/* The tasks of the programme as a section of the text and the markdown
 * report. */
void _doson_ctr_report_append_tasks_text (GString        *out,
                                          DosonCtrReport *report);
void _doson_ctr_report_append_tasks_markdown (GString        *out,
                                              DosonCtrReport *report);

/* @prefix, "Roll-up: " and the roll-up of @group in words, then
 * @suffix. */
void _doson_ctr_report_append_group_rollup (GString                   *out,
                                            DosonCtrReport            *report,
                                            const DosonCtrReportGroup *group,
                                            const char                *prefix,
                                            const char                *suffix);

/* "Assessed as of 2027" and "Data: FILE (N measurements) — description",
 * each followed by @line_end, the words between @bold_start and
 * @bold_end. */
void _doson_ctr_report_append_header_lines (GString        *out,
                                            DosonCtrReport *report,
                                            const char     *bold_start,
                                            const char     *bold_end,
                                            const char     *line_end);

/* The consistency warnings in words, one a line after @bullet, or a line
 * saying there is none. */
void _doson_ctr_report_append_warnings (GString        *out,
                                        DosonCtrReport *report,
                                        const char     *bullet);

/* The writers, one per format. */
void _doson_ctr_report_append_text (GString        *out,
                                    DosonCtrReport *report);
void _doson_ctr_report_append_markdown (GString        *out,
                                        DosonCtrReport *report);
void _doson_ctr_report_append_json (GString        *out,
                                    DosonCtrReport *report);
void _doson_ctr_report_append_csv (GString        *out,
                                   DosonCtrReport *report);
void _doson_ctr_report_append_html (GString        *out,
                                    DosonCtrReport *report);

G_END_DECLS

#endif /* DOSON_CTR_REPORT_PRIVATE_H */
