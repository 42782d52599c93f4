/* doson-ctr-svg-panel.c: one panel of an indicator's chart: the values
 * of one target assessment by year, its target, the path from the
 * baseline to the target and the projection at the current pace
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A panel draws what the assessment holds and nothing it does not: values
 * are those of the measurement set (a cumulative target's running totals
 * from its first year), the target is the assessment's floor and stretch,
 * the path runs from the assessment's base value to the floor by the
 * deadline (a straight line for a level, compound growth for a rate), and
 * the projection is doson_ctr_target_assessment_get_projection()'s.
 * Every mark carries its figure in data-year and data-value attributes,
 * the shortest spelling that reads back as the same double, so that a
 * program (and test-svg-chart) can check the chart against the
 * assessment.
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <math.h>

#include <doson-ctr/doson-ctr-growth.h>
#include <doson-ctr/doson-ctr-requirement.h>

#include "base/doson-ctr-number-private.h"
#include "output/doson-ctr-html-private.h"
#include "output/doson-ctr-svg-chart-private.h"
#include "output/doson-ctr-words-private.h"
#include "output/doson-ctr-wrap-private.h"

#define PLOT_LEFT 78.0
#define PLOT_RIGHT 540.0
#define PLOT_TOP 62.0      /* from the top of the panel: below three lines of heading and the unit */
#define PLOT_BOTTOM 186.0

typedef struct
{
  int year;
  double value;
} Point;

/* What one panel draws, in the indicator's unit. */
typedef struct
{
  DosonCtrReport *report;
  DosonCtrIndicator *indicator;
  const DosonCtrTargetAssessment *a;
  DosonCtrTargetKind kind;
  GArray *observed;               /* of Point */
  gboolean have_line;             /* a horizontal target: level, every year, cumulative */
  double floor;
  gboolean have_stretch;
  double stretch;
  GArray *path;                   /* of Point: to the floor */
  GArray *path_stretch;           /* of Point: to the stretch of a rate */
  gboolean have_projection;
  Point projection_from;
  Point projection_to;
  int x0, x1;                     /* the years on the x axis */
  double y0, y1, step;            /* the values on the y axis */
  double top;                     /* of the panel in the chart */
} Panel;

static void
panel_clear (Panel *p)
{
  g_clear_pointer (&p->observed, g_array_unref);
  g_clear_pointer (&p->path, g_array_unref);
  g_clear_pointer (&p->path_stretch, g_array_unref);
}

static void
add_point (GArray *points,
           int     year,
           double  value)
{
  Point point = { year, value };

  g_array_append_val (points, point);
}

static DosonCtrLang
panel_lang (const Panel *p)
{
  return p->report->lang;
}

/* The values of the series the assessment reads; for a cumulative
 * target, the running total from its first year up to the first year
 * without an amount. */
static void
collect_observed (Panel *p)
{
  const char *level = doson_ctr_target_assessment_get_disaggregation_value (p->a);
  const DosonCtrTarget *target = doson_ctr_target_assessment_get_target (p->a);
  int first = doson_ctr_target_get_first_year (target);
  int as_of = doson_ctr_target_assessment_get_as_of_year (p->a);
  g_autofree int *years = NULL;
  g_autofree double *values = NULL;
  gsize n = 0, i;
  double total = 0;

  doson_ctr_measurement_set_get_series (p->report->set, doson_ctr_indicator_get_id (p->indicator), level,
                                        &years, &values, &n);
  for (i = 0; i < n; i++)
    {
      if (years[i] > as_of)
        break;
      if (p->kind != DOSON_CTR_TARGET_KIND_CUMULATIVE)
        add_point (p->observed, years[i], values[i]);
      else if (years[i] >= first)
        {
          if (years[i] != first + (int) p->observed->len)
            break;
          total += values[i];
          add_point (p->observed, years[i], total);
        }
    }
}

/* The path of a rate from the base value: base × (1 + @rate)^t. */
static void
collect_growth_path (GArray *path,
                     int     base_year,
                     double  base,
                     double  rate,
                     int     deadline)
{
  int year;

  for (year = base_year; year <= deadline; year++)
    {
      double value;

      if (!doson_ctr_growth_project (base, rate, (double) (year - base_year), &value, NULL))
        {
          g_array_set_size (path, 0);
          return;
        }
      add_point (path, year, value);
    }
}

static void
collect_target (Panel *p)
{
  const DosonCtrTarget *target = doson_ctr_target_assessment_get_target (p->a);
  int deadline = doson_ctr_target_get_deadline_year (target);
  int base_year, first = doson_ctr_target_get_first_year (target);
  double base;

  p->floor = doson_ctr_target_assessment_get_floor (p->a);
  p->have_stretch = doson_ctr_target_assessment_get_stretch (p->a, &p->stretch);
  switch (p->kind)
    {
    case DOSON_CTR_TARGET_KIND_AVERAGE_GROWTH:
    case DOSON_CTR_TARGET_KIND_YEAR_ON_YEAR:
      /* the target is a rate: it shows as the values it leads to */
      if (doson_ctr_target_assessment_get_base (p->a, &base_year, &base))
        {
          collect_growth_path (p->path, base_year, base, p->floor, deadline);
          if (p->have_stretch)
            collect_growth_path (p->path_stretch, base_year, base, p->stretch, deadline);
        }
      break;
    case DOSON_CTR_TARGET_KIND_CUMULATIVE:
      p->have_line = TRUE;
      add_point (p->path, first - 1, 0);
      add_point (p->path, deadline, p->floor);
      break;
    case DOSON_CTR_TARGET_KIND_LEVEL:
      p->have_line = TRUE;
      if (doson_ctr_target_assessment_get_base (p->a, &base_year, &base) && base_year < deadline)
        {
          add_point (p->path, base_year, base);
          add_point (p->path, deadline, p->floor);
        }
      break;
    case DOSON_CTR_TARGET_KIND_EVERY_YEAR:
    default:
      /* every year must meet the line itself: it is its own path */
      p->have_line = TRUE;
      break;
    }
}

static void
collect_projection (Panel *p)
{
  const DosonCtrProjection *projection = doson_ctr_target_assessment_get_projection (p->a);
  double value;

  if (projection == NULL || !doson_ctr_projection_get_value (projection, &value))
    return;
  if (p->kind == DOSON_CTR_TARGET_KIND_CUMULATIVE)
    {
      if (!doson_ctr_target_assessment_get_running_total (p->a, &p->projection_from.value)
          || p->observed->len == 0)
        return;
      p->projection_from.year = g_array_index (p->observed, Point, p->observed->len - 1).year;
    }
  else if (!doson_ctr_target_assessment_get_current (p->a, &p->projection_from.year,
                                                     &p->projection_from.value))
    return;
  p->projection_to.year = doson_ctr_projection_get_year (projection);
  p->projection_to.value = value;
  p->have_projection = TRUE;
}

static void
widen (double *lo,
       double *hi,
       double  value)
{
  *lo = MIN (*lo, value);
  *hi = MAX (*hi, value);
}

static void
widen_points (const GArray *points,
              int          *x0,
              int          *x1,
              double       *lo,
              double       *hi)
{
  guint i;

  for (i = 0; i < points->len; i++)
    {
      const Point *point = &g_array_index (points, Point, i);

      *x0 = MIN (*x0, point->year);
      *x1 = MAX (*x1, point->year);
      widen (lo, hi, point->value);
    }
}

/* A round step that cuts @span into about four. */
static double
nice_step (double span)
{
  double raw = span / 4;
  double magnitude = pow (10, floor (log10 (raw)));
  double f = raw / magnitude;

  return magnitude * (f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10);
}

static void
compute_scales (Panel *p)
{
  const DosonCtrTarget *target = doson_ctr_target_assessment_get_target (p->a);
  DosonCtrMeasure measure = doson_ctr_indicator_get_measure (p->indicator);
  double lo = INFINITY, hi = -INFINITY, span;

  p->x0 = MIN (doson_ctr_target_get_first_year (target), doson_ctr_target_assessment_get_as_of_year (p->a));
  p->x1 = doson_ctr_target_get_deadline_year (target);
  widen_points (p->observed, &p->x0, &p->x1, &lo, &hi);
  widen_points (p->path, &p->x0, &p->x1, &lo, &hi);
  widen_points (p->path_stretch, &p->x0, &p->x1, &lo, &hi);
  if (p->have_line)
    widen (&lo, &hi, p->floor);
  if (p->have_line && p->have_stretch)
    widen (&lo, &hi, p->stretch);
  if (p->have_projection)
    widen (&lo, &hi, p->projection_to.value);
  if (p->x1 <= p->x0)
    p->x0 = p->x1 - 1;

  span = hi - lo;
  if (span <= 0)
    span = fabs (hi) > 0 ? fabs (hi) * 0.2 : 1;
  p->step = nice_step (span * 1.1);
  /* no half a thing on the axis of a count */
  if (measure == DOSON_CTR_MEASURE_COUNT && p->step < 1)
    p->step = 1;
  p->y0 = floor ((lo - span * 0.05) / p->step) * p->step;
  p->y1 = ceil ((hi + span * 0.05) / p->step) * p->step;
  /* no axis below what the measure can hold */
  if (lo >= 0 && p->y0 < 0)
    p->y0 = 0;
  if (measure == DOSON_CTR_MEASURE_PERCENT && hi <= 100 && p->y1 > 100)
    p->y1 = 100;
  if (p->y1 <= p->y0)
    p->y1 = p->y0 + p->step;
}

static double
sx (const Panel *p,
    double       year)
{
  return PLOT_LEFT + (year - p->x0) / (double) (p->x1 - p->x0) * (PLOT_RIGHT - PLOT_LEFT);
}

static double
sy (const Panel *p,
    double       value)
{
  return p->top + PLOT_BOTTOM - (value - p->y0) / (p->y1 - p->y0) * (PLOT_BOTTOM - PLOT_TOP);
}

/* A coordinate with one decimal, whatever the locale. */
static void
append_coord (GString *out,
              double   coord)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append (out, g_ascii_formatd (buf, sizeof buf, "%.1f", coord));
}

static void
append_xy (GString     *out,
           const char  *x_name,
           double       x,
           const char  *y_name,
           double       y)
{
  g_string_append_printf (out, " %s=\"", x_name);
  append_coord (out, x);
  g_string_append_printf (out, "\" %s=\"", y_name);
  append_coord (out, y);
  g_string_append_c (out, '"');
}

/* data-year="Y" data-value="V", V read back as the same double. */
static void
append_data (GString *out,
             int      year,
             double   value)
{
  g_autofree char *number = _doson_ctr_format_number (value);

  g_string_append_printf (out, " data-year=\"%d\" data-value=\"%s\"", year, number);
}

static void
append_text (GString    *out,
             double      x,
             double      y,
             const char *attributes,
             const char *text)
{
  g_string_append (out, "<text");
  append_xy (out, "x", x, "y", y);
  g_string_append_printf (out, " %s>", attributes);
  _doson_ctr_html_append_escaped (out, text);
  g_string_append (out, "</text>\n");
}

static char *
format_number (const Panel *p,
               double       value)
{
  GString *text = g_string_new (NULL);

  _doson_ctr_words_append_number (text, value, panel_lang (p));
  return g_string_free (text, FALSE);
}

/* "Đơn vị: tỷ đồng", "Unit: %". */
static char *
axis_unit (const Panel *p)
{
  const char *unit;

  if (doson_ctr_indicator_get_measure (p->indicator) == DOSON_CTR_MEASURE_PERCENT)
    unit = "%";
  else
    unit = doson_ctr_indicator_get_unit (p->indicator, _doson_ctr_words_tag (panel_lang (p)));
  if (unit == NULL || *unit == '\0')
    return NULL;
  return g_strdup_printf ("%s: %s", _doson_ctr_words_pick (panel_lang (p), "Đơn vị", "Unit"), unit);
}

static void
append_axes (GString     *out,
             const Panel *p)
{
  g_autofree char *unit = axis_unit (p);
  int year, every = p->x1 - p->x0 > 12 ? 2 : 1;
  double tick;

  for (tick = p->y0; tick <= p->y1 + p->step / 2; tick += p->step)
    {
      double value = round (tick / p->step) * p->step;
      g_autofree char *label = format_number (p, value);

      g_string_append_printf (out, "<line stroke=\"%s\" stroke-width=\"1\"", SVG_GRID);
      append_xy (out, "x1", PLOT_LEFT, "y1", sy (p, value));
      append_xy (out, "x2", PLOT_RIGHT, "y2", sy (p, value));
      g_string_append (out, "/>\n");
      append_text (out, PLOT_LEFT - 6, sy (p, value) + 4, "text-anchor=\"end\" font-size=\"11\"", label);
    }
  g_string_append_printf (out, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"1\" points=\"", SVG_AXIS);
  append_coord (out, PLOT_LEFT);
  g_string_append_c (out, ',');
  append_coord (out, p->top + PLOT_TOP);
  g_string_append_c (out, ' ');
  append_coord (out, PLOT_LEFT);
  g_string_append_c (out, ',');
  append_coord (out, p->top + PLOT_BOTTOM);
  g_string_append_c (out, ' ');
  append_coord (out, PLOT_RIGHT);
  g_string_append_c (out, ',');
  append_coord (out, p->top + PLOT_BOTTOM);
  g_string_append (out, "\"/>\n");
  for (year = p->x0; year <= p->x1; year += every)
    {
      g_autofree char *label = g_strdup_printf ("%d", year);

      append_text (out, sx (p, year), p->top + PLOT_BOTTOM + 16, "text-anchor=\"middle\" font-size=\"11\"", label);
    }
  append_text (out, PLOT_RIGHT, p->top + PLOT_BOTTOM + 32, "text-anchor=\"end\" font-size=\"11\"",
               _doson_ctr_words_pick (panel_lang (p), "Năm", "Year"));
  if (unit != NULL)
    append_text (out, 8, p->top + PLOT_TOP - 8, "font-size=\"11\"", unit);
}

static void
append_points (GString      *out,
               const Panel  *p,
               const GArray *points)
{
  guint i;

  for (i = 0; i < points->len; i++)
    {
      const Point *point = &g_array_index (points, Point, i);

      if (i > 0)
        g_string_append_c (out, ' ');
      append_coord (out, sx (p, point->year));
      g_string_append_c (out, ',');
      append_coord (out, sy (p, point->value));
    }
}

/* A line through @points; its class names what it is, and its last point
 * carries its figure. */
static void
append_polyline (GString      *out,
                 const Panel  *p,
                 const GArray *points,
                 const char   *class_name,
                 const char   *style)
{
  const Point *last = &g_array_index (points, Point, points->len - 1);

  g_string_append_printf (out, "<polyline class=\"%s\"", class_name);
  append_data (out, last->year, last->value);
  g_string_append_printf (out, " fill=\"none\" %s points=\"", style);
  append_points (out, p, points);
  g_string_append (out, "\"/>\n");
}

/* The band between a rate's two paths, or a range's two lines. */
static void
append_band (GString     *out,
             const Panel *p)
{
  guint i;

  if (p->path_stretch->len > 0 && p->path_stretch->len == p->path->len)
    {
      g_string_append_printf (out, "<polygon class=\"band\" fill=\"%s\" stroke=\"none\" points=\"", SVG_BAND);
      append_points (out, p, p->path);
      for (i = p->path_stretch->len; i-- > 0;)
        {
          const Point *point = &g_array_index (p->path_stretch, Point, i);

          g_string_append_c (out, ' ');
          append_coord (out, sx (p, point->year));
          g_string_append_c (out, ',');
          append_coord (out, sy (p, point->value));
        }
      g_string_append (out, "\"/>\n");
    }
  else if (p->have_line && p->have_stretch)
    {
      double a = sy (p, p->floor), b = sy (p, p->stretch);

      g_string_append_printf (out, "<rect class=\"band\" fill=\"%s\" stroke=\"none\"", SVG_BAND);
      append_xy (out, "x", PLOT_LEFT, "y", MIN (a, b));
      append_xy (out, "width", PLOT_RIGHT - PLOT_LEFT, "height", MAX (fabs (a - b), 1));
      g_string_append (out, "/>\n");
    }
}

/* A horizontal target: from its first year for an every-year target,
 * across the whole plot otherwise, labelled with its figure. */
static void
append_target_line (GString     *out,
                    const Panel *p,
                    const char  *class_name,
                    double       value)
{
  const DosonCtrTarget *target = doson_ctr_target_assessment_get_target (p->a);
  int deadline = doson_ctr_target_get_deadline_year (target);
  double from = p->kind == DOSON_CTR_TARGET_KIND_EVERY_YEAR
                  ? sx (p, MAX (doson_ctr_target_get_first_year (target), p->x0)) : PLOT_LEFT;
  g_autofree char *label = format_number (p, value);

  g_string_append_printf (out, "<line class=\"%s\"", class_name);
  append_data (out, deadline, value);
  append_xy (out, "x1", from, "y1", sy (p, value));
  append_xy (out, "x2", PLOT_RIGHT, "y2", sy (p, value));
  g_string_append_printf (out, " stroke=\"%s\" stroke-width=\"2\" stroke-dasharray=\"7 4\"/>\n", SVG_TARGET);
  g_string_append_printf (out, "<text fill=\"%s\" text-anchor=\"end\" font-size=\"11\" stroke=\"#ffffff\" stroke-width=\"3\" "
                          "paint-order=\"stroke\"", SVG_TARGET);
  append_xy (out, "x", PLOT_RIGHT, "y", sy (p, value) - 4);
  g_string_append_c (out, '>');
  _doson_ctr_html_append_escaped (out, label);
  g_string_append (out, "</text>\n");
}

/* A rate's target: a diamond at the value its floor leads to by the
 * deadline. */
static void
append_target_mark (GString     *out,
                    const Panel *p)
{
  const Point *end = &g_array_index (p->path, Point, p->path->len - 1);
  double x = sx (p, end->year), y = sy (p, end->value);

  g_string_append (out, "<path class=\"target\"");
  append_data (out, end->year, end->value);
  g_string_append (out, " d=\"M");
  append_coord (out, x);
  g_string_append_c (out, ' ');
  append_coord (out, y - 6);
  g_string_append (out, " l6 6 -6 6 -6 -6 z\"");
  g_string_append_printf (out, " fill=\"%s\" stroke=\"#ffffff\" stroke-width=\"1\"/>\n", SVG_TARGET);
}

static void
append_target (GString     *out,
               const Panel *p)
{
  append_band (out, p);
  if (p->path->len >= 2)
    append_polyline (out, p, p->path, "path",
                     "stroke=\"" SVG_PATH "\" stroke-width=\"1.5\" stroke-dasharray=\"10 3 2 3\"");
  if (p->path_stretch->len >= 2)
    append_polyline (out, p, p->path_stretch, "path-stretch",
                     "stroke=\"" SVG_PATH "\" stroke-width=\"1\" stroke-dasharray=\"10 3 2 3\"");
  if (p->have_line)
    {
      append_target_line (out, p, "target", p->floor);
      if (p->have_stretch)
        append_target_line (out, p, "target-stretch", p->stretch);
    }
  else if (p->path->len >= 2)
    append_target_mark (out, p);
}

static void
append_projection (GString     *out,
                   const Panel *p)
{
  if (!p->have_projection)
    return;
  g_string_append (out, "<line class=\"projection\"");
  append_data (out, p->projection_to.year, p->projection_to.value);
  append_xy (out, "x1", sx (p, p->projection_from.year), "y1", sy (p, p->projection_from.value));
  append_xy (out, "x2", sx (p, p->projection_to.year), "y2", sy (p, p->projection_to.value));
  g_string_append_printf (out, " stroke=\"%s\" stroke-width=\"2\" stroke-dasharray=\"2 3\"/>\n", SVG_PROJECTION);
  g_string_append (out, "<circle");
  append_xy (out, "cx", sx (p, p->projection_to.year), "cy", sy (p, p->projection_to.value));
  g_string_append_printf (out, " r=\"4\" fill=\"#ffffff\" stroke=\"%s\" stroke-width=\"2\"/>\n",
                          SVG_PROJECTION);
}

static void
append_observed (GString     *out,
                 const Panel *p)
{
  const Point *last;
  g_autofree char *label = NULL;
  guint i;

  if (p->observed->len >= 2)
    append_polyline (out, p, p->observed, "values",
                     "stroke=\"" SVG_VALUE "\" stroke-width=\"2.5\"");
  for (i = 0; i < p->observed->len; i++)
    {
      const Point *point = &g_array_index (p->observed, Point, i);

      g_string_append (out, "<circle class=\"value\"");
      append_data (out, point->year, point->value);
      append_xy (out, "cx", sx (p, point->year), "cy", sy (p, point->value));
      g_string_append_printf (out, " r=\"4\" fill=\"%s\"/>\n", SVG_VALUE);
    }
  last = &g_array_index (p->observed, Point, p->observed->len - 1);
  label = format_number (p, last->value);
  g_string_append_printf (out, "<text fill=\"%s\" font-size=\"11\" font-weight=\"bold\" text-anchor=\"middle\""
                          " stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\"",
                          SVG_VALUE);
  append_xy (out, "x", sx (p, last->year), "y", sy (p, last->value) - 9);
  g_string_append_c (out, '>');
  _doson_ctr_html_append_escaped (out, label);
  g_string_append (out, "</text>\n");
}

/* Without a value there is nothing to draw, not a line at zero. */
static void
append_no_data (GString     *out,
                const Panel *p)
{
  g_string_append (out, "<rect class=\"no-data\"");
  append_xy (out, "x", PLOT_LEFT, "y", p->top + PLOT_TOP);
  append_xy (out, "width", PLOT_RIGHT - PLOT_LEFT, "height", PLOT_BOTTOM - PLOT_TOP);
  g_string_append_printf (out, " fill=\"#f7f7f7\" stroke=\"%s\" stroke-dasharray=\"4 4\"/>\n", SVG_AXIS);
  append_text (out, (PLOT_LEFT + PLOT_RIGHT) / 2, p->top + (PLOT_TOP + PLOT_BOTTOM) / 2 + 5,
               "text-anchor=\"middle\" font-size=\"15\" fill=\"#3b3b3b\"",
               _doson_ctr_words_pick (panel_lang (p), "Chưa có số liệu", "No data yet"));
}

/* The middle of @year's cell in a row of cells, one a year. */
static double
strip_x (const Panel *p,
         int          year)
{
  return PLOT_LEFT + (year - p->x0 + 0.5) / (double) (p->x1 - p->x0 + 1) * (PLOT_RIGHT - PLOT_LEFT);
}

/* A yes-or-no target: a cell a year, "✓" for yes, "✗" for no, an empty
 * dashed cell for a year without a value; the deadline's year in bold. */
static void
append_strip (GString     *out,
              const Panel *p)
{
  int deadline = doson_ctr_target_get_deadline_year (doson_ctr_target_assessment_get_target (p->a));
  double middle = p->top + (PLOT_TOP + PLOT_BOTTOM) / 2;
  int year;
  guint i = 0;

  for (year = p->x0; year <= p->x1; year++)
    {
      const Point *point = NULL;
      g_autofree char *label = NULL;

      while (i < p->observed->len && g_array_index (p->observed, Point, i).year < year)
        i++;
      if (i < p->observed->len && g_array_index (p->observed, Point, i).year == year)
        point = &g_array_index (p->observed, Point, i);
      g_string_append (out, "<rect");
      if (point != NULL)
        {
          g_string_append (out, " class=\"value\"");
          append_data (out, point->year, point->value);
        }
      append_xy (out, "x", strip_x (p, year) - 15, "y", middle - 15);
      g_string_append (out, " width=\"30\" height=\"30\" rx=\"4\"");
      if (point == NULL)
        g_string_append_printf (out, " fill=\"#ffffff\" stroke=\"%s\" stroke-dasharray=\"3 3\"/>\n", SVG_AXIS);
      else if (point->value != 0)
        g_string_append_printf (out, " fill=\"%s\" stroke=\"%s\"/>\n", SVG_TARGET, SVG_TARGET);
      else
        g_string_append (out, " fill=\"#ffffff\" stroke=\"#8a1c1c\" stroke-width=\"2\"/>\n");
      if (point != NULL)
        append_text (out, strip_x (p, year), middle + 6,
                     point->value != 0 ? "text-anchor=\"middle\" font-size=\"17\" fill=\"#ffffff\""
                                       : "text-anchor=\"middle\" font-size=\"17\" fill=\"#8a1c1c\"",
                     point->value != 0 ? "✓" : "✗");
      label = year == deadline ? g_strdup_printf ("%d (%s)", year,
                                                  _doson_ctr_words_pick (panel_lang (p), "hạn", "deadline"))
                               : g_strdup_printf ("%d", year);
      append_text (out, strip_x (p, year), middle + 34,
                   year == deadline ? "text-anchor=\"middle\" font-size=\"11\" font-weight=\"bold\""
                                    : "text-anchor=\"middle\" font-size=\"11\"",
                   label);
    }
}

static gboolean
panel_is_strip (const Panel *p)
{
  return p->kind == DOSON_CTR_TARGET_KIND_MILESTONE
         || doson_ctr_indicator_get_measure (p->indicator) == DOSON_CTR_MEASURE_BOOLEAN;
}

/* The panel's heading: its status (symbol and label) and its target in
 * words, on up to three lines, the third ending in "…" when more is cut
 * (the whole is in the chart's <desc>). */
static void
append_heading (GString     *out,
                const Panel *p)
{
  DosonCtrStatus status = doson_ctr_target_assessment_get_status (p->a);
  g_autofree char *words = _doson_ctr_report_describe_assessment (p->report, p->indicator, p->a);
  g_autofree char *line = g_strdup_printf ("%s %s — %s", _doson_ctr_html_status_style (status)->symbol,
                                           doson_ctr_status_get_label (status, _doson_ctr_words_tag (panel_lang (p))),
                                           words);
  g_autofree char *wrapped = _doson_ctr_wrap (line, 84);
  g_auto (GStrv) lines = g_strsplit (wrapped, "\n", -1);
  guint i;

  g_string_append_printf (out, "<text font-size=\"12\" fill=\"%s\"", SVG_TEXT);
  append_xy (out, "x", 8, "y", p->top + 2);
  g_string_append_c (out, '>');
  for (i = 0; lines[i] != NULL && i < 3; i++)
    {
      g_string_append (out, "<tspan x=\"8\" dy=\"13\"");
      if (i == 0)
        g_string_append (out, " font-weight=\"bold\"");
      g_string_append_c (out, '>');
      _doson_ctr_html_append_escaped (out, g_strstrip (lines[i]));
      if (i == 2 && lines[3] != NULL)
        g_string_append (out, " …");
      g_string_append (out, "</tspan>");
    }
  g_string_append (out, "</text>\n");
}

static void
append_panel_marks (GString     *out,
                    const Panel *p)
{
  const char *level = doson_ctr_target_assessment_get_disaggregation_value (p->a);

  g_string_append_printf (out, "<g class=\"panel\" data-target-index=\"%u\" data-kind=\"%s\" data-status=\"%s\"",
                          doson_ctr_target_assessment_get_target_index (p->a),
                          doson_ctr_target_kind_to_string (p->kind),
                          doson_ctr_status_to_string (doson_ctr_target_assessment_get_status (p->a)));
  if (level != NULL)
    {
      g_string_append (out, " data-level=\"");
      _doson_ctr_html_append_escaped (out, level);
      g_string_append_c (out, '"');
    }
  g_string_append (out, ">\n");
  append_heading (out, p);
  if (p->observed->len == 0)
    append_no_data (out, p);
  else if (panel_is_strip (p))
    append_strip (out, p);
  else
    {
      append_axes (out, p);
      append_target (out, p);
      append_projection (out, p);
      append_observed (out, p);
    }
  g_string_append (out, "</g>\n");
}

static void
panel_init (Panel                          *p,
            DosonCtrReport                 *report,
            DosonCtrIndicator              *indicator,
            const DosonCtrTargetAssessment *a,
            double                          top)
{
  p->report = report;
  p->indicator = indicator;
  p->a = a;
  p->top = top;
  p->kind = doson_ctr_target_get_kind (doson_ctr_target_assessment_get_target (a));
  p->observed = g_array_new (FALSE, FALSE, sizeof (Point));
  p->path = g_array_new (FALSE, FALSE, sizeof (Point));
  p->path_stretch = g_array_new (FALSE, FALSE, sizeof (Point));
  collect_observed (p);
  collect_target (p);
  collect_projection (p);
  compute_scales (p);
}


void
_doson_ctr_svg_panel_append (GString                        *out,
                             DosonCtrReport                 *report,
                             DosonCtrIndicator              *indicator,
                             const DosonCtrTargetAssessment *a,
                             double                          top,
                             gboolean                       *plot,
                             gboolean                       *strip)
{
  Panel p = { 0 };

  panel_init (&p, report, indicator, a, top);
  append_panel_marks (out, &p);
  if (p.observed->len > 0 && panel_is_strip (&p))
    *strip = TRUE;
  else if (p.observed->len > 0)
    *plot = TRUE;
  panel_clear (&p);
}
