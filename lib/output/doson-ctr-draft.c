/* doson-ctr-draft.c: the draft of the yearly implementation report: its
 * formats, its settings, its blocks, and the document
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <doson-ctr/doson-ctr-draft.h>

#include <doson-ctr/doson-ctr-error.h>

#include "base/doson-ctr-private.h"
#include "output/doson-ctr-draft-private.h"

/**
 * SECTION:doson-ctr-draft
 * @Title: The draft report
 * @Short_description: the draft of the yearly implementation report of a
 *   programme, for the office to edit and send
 * @Include: doson-ctr/doson-ctr.h
 *
 * doson_ctr_report_draft_to_string() writes the draft of the report the
 * office hands in each year on the implementation of a programme ("Báo
 * cáo kết quả thực hiện Chương trình hành động số 03-CTr/ĐU năm 2027"),
 * from the assessment of a #DosonCtrReport, in its language, in the
 * usual order of such reports:
 *
 * - the letterhead: the superior body
 *   (doson_ctr_report_set_superior_body()) and the issuer, taken from the
 *   programme's issuing body ("Ban Chấp hành Đảng bộ phường Đồ Sơn" is
 *   the "Đảng ủy phường Đồ Sơn"), the number "Số …-BC/ĐU" and the date
 *   left blank to fill, the place, and "DỰ THẢO";
 * - I. Kết quả đạt được: the roll-up of the programme, then for each
 *   section of the programme (its top-level goals) the targets achieved
 *   or on track, each with its value, unit and year, its target and its
 *   attainment, and the tasks done;
 * - II. Hạn chế, nguyên nhân: the targets behind, moving away or not met,
 *   with what each still needs and where the pace leads
 *   (doson_ctr_target_assessment_describe_needs()); the targets without
 *   data for the year, named with their lead units; the consistency
 *   warnings; the tasks overdue or due and not done, and those whose state
 *   in the year is not known; and the causes, left for the office to
 *   write: the library cannot know them and does not make them up;
 * - III. Nhiệm vụ, giải pháp thời gian tới: the targets that need to be
 *   accelerated (those behind, and those on track whose pace since the
 *   baseline does not reach the target) with what each still needs a
 *   year (doson_ctr_target_assessment_get_requirement()) and the units
 *   that lead them; the milestones not yet due; the tasks not yet done,
 *   under each unit that leads them;
 * - Phụ lục: the table of all the targets, and the table of the tasks
 *   with their state and note in the year;
 * - the closing "Nơi nhận" and signature, left to fill.
 *
 * The parts the office has to write are marked "[Văn phòng bổ sung]"
 * ("[For the office to write]"). When the measurements are marked
 * illustrative, the draft says so at its top, above the table and at its
 * end. A target without data is said to have none, never shown as 0.
 */

static const char * const format_names[] = { "markdown", "html" };

/**
 * doson_ctr_draft_format_to_string:
 * @format: a #DosonCtrDraftFormat
 *
 * Gives the stable spelling of @format: "markdown" or "html".
 *
 * Returns: (transfer none) (nullable): a static string, or %NULL for a
 *   value that is not a #DosonCtrDraftFormat
 *
 * Since: 0.1
 */
const char *
doson_ctr_draft_format_to_string (DosonCtrDraftFormat format)
{
  if ((guint) format >= G_N_ELEMENTS (format_names))
    return NULL;
  return format_names[format];
}

/**
 * doson_ctr_draft_format_from_string:
 * @str: (nullable): "markdown" or "html"
 * @format: (out): where to store the format
 *
 * Reads the spelling given by doson_ctr_draft_format_to_string().
 *
 * Returns: %TRUE if @str is a known spelling; otherwise %FALSE and
 *   @format is untouched
 *
 * Since: 0.1
 */
gboolean
doson_ctr_draft_format_from_string (const char          *str,
                                    DosonCtrDraftFormat *format)
{
  int i;

  g_return_val_if_fail (format != NULL, FALSE);

  if (!_doson_ctr_lookup_name (format_names, G_N_ELEMENTS (format_names), str, &i))
    return FALSE;
  *format = (DosonCtrDraftFormat) i;
  return TRUE;
}

/**
 * doson_ctr_report_set_superior_body:
 * @report: a #DosonCtrReport
 * @name: (nullable): the body above the issuer, in the report's language
 *   ("Đảng bộ thành phố Hải Phòng"), or %NULL (the default) to leave its
 *   line of the letterhead blank to fill
 *
 * Sets the first line of the draft's letterhead
 * (doson_ctr_report_draft_to_string()), written in capitals. The
 * programme does not say which body is above its issuer.
 *
 * Since: 0.1
 */
void
doson_ctr_report_set_superior_body (DosonCtrReport *report,
                                    const char     *name)
{
  g_return_if_fail (DOSON_CTR_IS_REPORT (report));
  g_return_if_fail (name == NULL || g_utf8_validate (name, -1, NULL));

  g_free (report->superior_body);
  report->superior_body = g_strdup (name);
}

/**
 * doson_ctr_report_get_superior_body:
 * @report: a #DosonCtrReport
 *
 * Gets the body above the issuer that the draft's letterhead names.
 *
 * Returns: (transfer none) (nullable): the name, or %NULL when the line
 *   is left blank
 *
 * Since: 0.1
 */
const char *
doson_ctr_report_get_superior_body (DosonCtrReport *report)
{
  g_return_val_if_fail (DOSON_CTR_IS_REPORT (report), NULL);

  return report->superior_body;
}

/* ------------------------------------------------------------------------
 * Blocks
 * ------------------------------------------------------------------------ */

void
_doson_ctr_draft_block_free (gpointer data)
{
  DosonCtrDraftBlock *block = data;

  g_free (block->lead);
  g_free (block->text);
  g_clear_pointer (&block->left, g_ptr_array_unref);
  g_clear_pointer (&block->right, g_ptr_array_unref);
  g_clear_pointer (&block->cells, g_ptr_array_unref);
  g_clear_pointer (&block->rows, g_ptr_array_unref);
  g_free (block);
}

DosonCtrDraftBlock *
_doson_ctr_draft_add_block (GPtrArray              *blocks,
           DosonCtrDraftBlockKind  kind,
           const char             *lead,
           const char             *text)
{
  DosonCtrDraftBlock *block = g_new0 (DosonCtrDraftBlock, 1);

  block->kind = kind;
  block->lead = g_strdup (lead);
  block->text = g_strdup (text);
  g_ptr_array_add (blocks, block);
  return block;
}

/* Whether the as-of year of @report is a year of its programme's term;
 * sets @error otherwise. */
static gboolean
check_year (DosonCtrReport  *report,
            GError         **error)
{
  int year = doson_ctr_assessment_get_as_of_year (report->assessment);
  int start = doson_ctr_program_get_term_start (report->program);
  int end = doson_ctr_program_get_term_end (report->program);

  if (year >= start && year <= end)
    return TRUE;
  g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_ARGUMENT,
               "as-of year %d: the draft reports on a year of the programme's term, %d to %d",
               year, start, end);
  return FALSE;
}

/**
 * doson_ctr_report_draft_to_string:
 * @report: a #DosonCtrReport
 * @format: the format of the draft
 * @error: return location for a #GError, or %NULL
 *
 * Writes the draft of the yearly implementation report of @report's
 * assessment, on its as-of year, in @report's language (see the section
 * description above), as markdown or as one self-contained HTML page
 * that is also well-formed XML.
 *
 * Returns: (transfer full) (nullable): the draft, ending with a newline,
 *   to be freed with g_free(); %NULL with %DOSON_CTR_ERROR_INVALID_ARGUMENT
 *   in @error when the as-of year is not a year of the programme's term
 *
 * Since: 0.1
 */
char *
doson_ctr_report_draft_to_string (DosonCtrReport       *report,
                                  DosonCtrDraftFormat   format,
                                  GError              **error)
{
  g_autoptr (GPtrArray) blocks = NULL;
  GString *out;

  g_return_val_if_fail (DOSON_CTR_IS_REPORT (report), NULL);
  g_return_val_if_fail (doson_ctr_draft_format_to_string (format) != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_year (report, error))
    return NULL;
  blocks = _doson_ctr_draft_build (report);
  out = g_string_new (NULL);
  if (format == DOSON_CTR_DRAFT_FORMAT_HTML)
    _doson_ctr_draft_append_html (out, report, blocks);
  else
    _doson_ctr_draft_append_markdown (out, blocks);
  return g_string_free (out, FALSE);
}

/**
 * doson_ctr_report_write_draft:
 * @report: a #DosonCtrReport
 * @format: the format of the draft
 * @path: (type filename): the file to write
 * @error: return location for a #GError, or %NULL
 *
 * Writes doson_ctr_report_draft_to_string() to @path atomically, as
 * doson_ctr_write_file_atomically() does: a reader sees the old file or
 * the whole draft, never half of it.
 *
 * Returns: %TRUE on success; %FALSE with an error of
 *   doson_ctr_report_draft_to_string() in @error, or %DOSON_CTR_ERROR_IO
 *   when the file cannot be written
 *
 * Since: 0.1
 */
gboolean
doson_ctr_report_write_draft (DosonCtrReport       *report,
                              DosonCtrDraftFormat   format,
                              const char           *path,
                              GError              **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (DOSON_CTR_IS_REPORT (report), FALSE);
  g_return_val_if_fail (doson_ctr_draft_format_to_string (format) != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  text = doson_ctr_report_draft_to_string (report, format, error);
  return text != NULL && doson_ctr_write_file_atomically (path, text, -1, error);
}
