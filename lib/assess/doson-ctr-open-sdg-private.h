/* doson-ctr-open-sdg-private.h: the parts of the Open SDG repository
 * reader; never installed
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The rules are those of the design note shared/design/opensdg-repositories.md
 * (sdg-build 2.4.0); doc/formats.md, section 8, says them for users.
 */

#ifndef DOSON_CTR_OPEN_SDG_PRIVATE_H
#define DOSON_CTR_OPEN_SDG_PRIVATE_H

#include <gio/gio.h>
#include <doson-ctr/doson-ctr-open-sdg.h>

#include "base/doson-ctr-yaml-private.h"

G_BEGIN_DECLS

/* sdg-build's defaults (ProgressMeasure.py) */
#define DOSON_CTR_OPEN_SDG_BASE_YEAR 2015
#define DOSON_CTR_OPEN_SDG_TARGET_YEAR 2030
/* Series keys longer than this are cut (sdg-build 2.4.0) */
#define DOSON_CTR_OPEN_SDG_KEY_MAX 122
/* The most series one indicator may configure (groups included) */
#define DOSON_CTR_OPEN_SDG_MAX_SERIES 10000

/* ---- translations (doson-ctr-open-sdg-translations.c) ---- */

typedef struct
{
  GHashTable *keys;   /* "group.key" -> text */
} DosonCtrOpenSdgTranslations;

/* Reads every DIR/<group>.yml (a missing DIR is no translation). */
DosonCtrOpenSdgTranslations *_doson_ctr_open_sdg_translations_load (const char  *dir,
                                                                    GError     **error);
DosonCtrOpenSdgTranslations *_doson_ctr_open_sdg_translations_new (void);
void _doson_ctr_open_sdg_translations_free (DosonCtrOpenSdgTranslations *t);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DosonCtrOpenSdgTranslations, _doson_ctr_open_sdg_translations_free)

/* A metadata string: itself a key, else "data.<text>", else unchanged. */
const char *_doson_ctr_open_sdg_translate (const DosonCtrOpenSdgTranslations *t,
                                           const char                        *text);
/* A data cell of @column: itself a key, else "<column>.<text>", else
 * "data.<text>", else unchanged. */
const char *_doson_ctr_open_sdg_translate_cell (const DosonCtrOpenSdgTranslations *t,
                                                const char                        *column,
                                                const char                        *text);

/* ---- indicator options (doson-ctr-open-sdg-meta.c) ---- */

/* A filter value: a string (translated), null (a blank cell), or another
 * scalar (which no cell equals); @text is Python's str() of it. */
typedef struct
{
  char    *text;
  gboolean is_null;
  gboolean is_string;
} DosonCtrOpenSdgValue;

typedef struct
{
  char                 *field;
  DosonCtrOpenSdgValue  value;
} DosonCtrOpenSdgFilter;

typedef struct _DosonCtrOpenSdgOption DosonCtrOpenSdgOption;

/* One item of progress_calculation_options: a series, or a group of
 * items (@children not NULL). */
struct _DosonCtrOpenSdgOption
{
  GPtrArray            *children;    /* of DosonCtrOpenSdgOption, or NULL */
  gboolean              has_series;
  DosonCtrOpenSdgValue  series;
  gboolean              has_unit;
  DosonCtrOpenSdgValue  unit;
  GArray               *filters;     /* of DosonCtrOpenSdgFilter */
  int                   direction;   /* 1 positive, -1 otherwise */
  gboolean              has_target;
  double                target;      /* as configured */
  int                   target_year;
  int                   base_year;
  gboolean              has_limit;
  double                limit;
};

void _doson_ctr_open_sdg_option_free (DosonCtrOpenSdgOption *option);

/* An indicator's merged metadata, as far as progress goes. */
typedef struct
{
  gboolean   has_meta;          /* some metadata file exists */
  gboolean   auto_progress;     /* auto_progress_calculation is True */
  char      *manual_status;     /* progress_status, or NULL when absent */
  GPtrArray *options;           /* of DosonCtrOpenSdgOption; [{}] by default */
} DosonCtrOpenSdgMeta;

void _doson_ctr_open_sdg_meta_clear (DosonCtrOpenSdgMeta *meta);

/* Merges @node (the metadata of one input file, a mapping) into @merged
 * as sdg-build does: the top-level string "true"/"false" (any case)
 * becomes a boolean, dicts merge, anything else is replaced. @merged is a
 * mapping node (may be empty). */
void _doson_ctr_open_sdg_meta_merge (DosonCtrYamlNode       *merged,
                                     const DosonCtrYamlNode *node);

/* Reads the progress keys of merged metadata, translating the option
 * values. FALSE with @error (DOSON_CTR_ERROR_INVALID_DATA,
 * DOSON_CTR_ERROR_LIMIT) on options that cannot be used. */
gboolean _doson_ctr_open_sdg_meta_read (const DosonCtrYamlNode            *merged,
                                        const DosonCtrOpenSdgTranslations *t,
                                        const char                        *name,
                                        DosonCtrOpenSdgMeta               *meta,
                                        GError                           **error);

/* An empty mapping, to merge metadata into. */
DosonCtrYamlNode *_doson_ctr_open_sdg_meta_new (void);

/* Reads one metadata file: Markdown front matter (YAML 1.2) when
 * @markdown, else a YAML file (YAML 1.1). A file without front matter, or
 * empty, gives an empty mapping. */
DosonCtrYamlNode *_doson_ctr_open_sdg_meta_load (const char  *path,
                                                 gboolean     markdown,
                                                 GError     **error);

/* ---- data (doson-ctr-open-sdg-data.c) ---- */

/* The columns sdg-build sets aside (indicator_options). */
typedef struct
{
  char **non_disaggregation;    /* NULL-terminated */
  char **observation_attributes;
  char  *series_column;
  char  *unit_column;
  char  *progress_column;
} DosonCtrOpenSdgColumns;

void _doson_ctr_open_sdg_columns_init_default (DosonCtrOpenSdgColumns *columns);
void _doson_ctr_open_sdg_columns_clear (DosonCtrOpenSdgColumns *columns);

typedef enum
{
  DOSON_CTR_OPEN_SDG_COL_OTHER = 0,     /* dropped */
  DOSON_CTR_OPEN_SDG_COL_DISAGGREGATION,
  DOSON_CTR_OPEN_SDG_COL_YEAR,
  DOSON_CTR_OPEN_SDG_COL_VALUE,
  DOSON_CTR_OPEN_SDG_COL_SERIES,
  DOSON_CTR_OPEN_SDG_COL_UNITS,
  DOSON_CTR_OPEN_SDG_COL_PROGRESS
} DosonCtrOpenSdgColumnRole;

/* An indicator's data, after the pandas reading and the English
 * translation. */
typedef struct
{
  gsize         n_cols;
  gsize         n_rows;
  char        **columns;     /* translated names */
  DosonCtrOpenSdgColumnRole *roles;
  const char  **cells;       /* n_rows x n_cols; NULL is blank */
  int          *years;
  gboolean     *has_year;
  double       *values;      /* NAN is blank (the Progress column when there is one) */
  guint64      *lines;       /* the line of each row in the file */
  GStringChunk *chunk;
} DosonCtrOpenSdgData;

void _doson_ctr_open_sdg_data_clear (DosonCtrOpenSdgData *data);

/* The first column of @data in @role, or -1 when it has none. */
gssize _doson_ctr_open_sdg_data_find_role (const DosonCtrOpenSdgData *data,
                                           DosonCtrOpenSdgColumnRole  role);

/* Reads an indicator's CSV (@length bytes at @csv, named @name). */
gboolean _doson_ctr_open_sdg_data_read (DosonCtrOpenSdgData               *data,
                                        const char                        *csv,
                                        gsize                              length,
                                        const char                        *name,
                                        const DosonCtrOpenSdgColumns      *columns,
                                        const DosonCtrOpenSdgTranslations *t,
                                        GError                           **error);

/* ---- results (doson-ctr-open-sdg-results.c) ---- */

#define DOSON_CTR_OPEN_SDG_N_FIELDS (DOSON_CTR_OPEN_SDG_FIELD_SCORE + 1)

typedef struct
{
  char    *key;
  char    *status;
  gboolean has[DOSON_CTR_OPEN_SDG_N_FIELDS];
  double   value[DOSON_CTR_OPEN_SDG_N_FIELDS];
  gboolean target_achieved;
} DosonCtrOpenSdgSeries;

typedef struct
{
  char      *id;
  char      *status;
  gboolean   has_score;
  double     score;
  GPtrArray *series;   /* of DosonCtrOpenSdgSeries, in key order of first
                        * appearance; a later record of a key replaces it */
} DosonCtrOpenSdgIndicator;

DosonCtrOpenSdgResults   *_doson_ctr_open_sdg_results_new (void);
/* Adds @indicator (taken); the indicators are kept sorted by id. */
void _doson_ctr_open_sdg_results_add (DosonCtrOpenSdgResults   *results,
                                      DosonCtrOpenSdgIndicator *indicator);
void _doson_ctr_open_sdg_results_sort (DosonCtrOpenSdgResults *results);
const DosonCtrOpenSdgIndicator *_doson_ctr_open_sdg_results_peek (DosonCtrOpenSdgResults *results,
                                                                  guint                   i);
DosonCtrOpenSdgIndicator *_doson_ctr_open_sdg_indicator_new (const char *id);
void _doson_ctr_open_sdg_indicator_free (DosonCtrOpenSdgIndicator *indicator);
void _doson_ctr_open_sdg_series_free (DosonCtrOpenSdgSeries *series);

/* ---- series (doson-ctr-open-sdg-series.c) ---- */

/* Selects the rows of @option from @data and computes its record. */
DosonCtrOpenSdgSeries *_doson_ctr_open_sdg_series_compute (const char                  *id,
                                                           const DosonCtrOpenSdgData   *data,
                                                           const DosonCtrOpenSdgOption *option);

/* The series key of @option, cut to DOSON_CTR_OPEN_SDG_KEY_MAX characters. */
char *_doson_ctr_open_sdg_series_key (const char                  *id,
                                      const DosonCtrOpenSdgOption *option);

/* ---- indicator (doson-ctr-open-sdg-indicator.c) ---- */

/* The indicator's records, score and status from its metadata and data
 * (@data NULL: no data file). */
DosonCtrOpenSdgIndicator *_doson_ctr_open_sdg_indicator_compute (const char                *id,
                                                                 const DosonCtrOpenSdgMeta *meta,
                                                                 const DosonCtrOpenSdgData *data);

G_END_DECLS

#endif /* DOSON_CTR_OPEN_SDG_PRIVATE_H */
