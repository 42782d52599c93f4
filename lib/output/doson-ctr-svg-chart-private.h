/* doson-ctr-svg-chart-private.h: the chart of an indicator as SVG, for
 * the HTML report; never installed
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_SVG_CHART_PRIVATE_H
#define DOSON_CTR_SVG_CHART_PRIVATE_H

#include "output/doson-ctr-report-private.h"

G_BEGIN_DECLS

/* The size of a chart, in pixels: a panel per target assessment, then
 * the legend; and its colours, each dark enough on white for text. */
#define SVG_WIDTH 560.0
#define SVG_PANEL_HEIGHT 236.0
#define SVG_LEGEND_HEIGHT 44.0
#define SVG_FONT "font-family=\"Noto Sans, Segoe UI, Roboto, Arial, Liberation Sans, DejaVu Sans, sans-serif\""

#define SVG_TEXT "#1a1a1a"
#define SVG_AXIS "#59636e"
#define SVG_GRID "#d5dbe1"
#define SVG_VALUE "#1f4e79"
#define SVG_TARGET "#145a24"
#define SVG_BAND "#cfeeda"
#define SVG_PATH "#5f6b77"
#define SVG_PROJECTION "#a34700"

/* The chart doson_ctr_report_indicator_to_svg() gives, of @indicator of
 * the report's programme, appended to @out (an <svg> element, no XML
 * declaration, so that it can stand inside an HTML page). */
void _doson_ctr_svg_chart_append (GString           *out,
                                  DosonCtrReport    *report,
                                  DosonCtrIndicator *indicator);

/* The panel of @a at @top, in the chart of @indicator; sets *@plot when
 * it plots values on axes, *@strip when it shows a yes-or-no row, for the
 * legend (neither without a value). */
void _doson_ctr_svg_panel_append (GString                        *out,
                                  DosonCtrReport                 *report,
                                  DosonCtrIndicator              *indicator,
                                  const DosonCtrTargetAssessment *a,
                                  double                          top,
                                  gboolean                       *plot,
                                  gboolean                       *strip);

G_END_DECLS

#endif /* DOSON_CTR_SVG_CHART_PRIVATE_H */
