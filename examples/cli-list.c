/* cli-list.c: the `doson-ctr list` subcommand, and what the programme
 * subcommands (list, report, validate) share
 *
 * SPDX-License-Identifier: CC0-1.0
 *
 * Lists the indicators of a programme with their targets, in words:
 *
 *   doson-ctr list                          # the built-in programme 03-CTr/ĐU
 *   doson-ctr list --lang en --format json
 *   doson-ctr list --program ward.json --format csv
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "cli.h"

#define SUBCOMMAND "list"

static const char help_text[] =
  "Usage: doson-ctr list [--program FILE] [--format text|json|csv] [--lang vi|en]\n"
  "                      [--output FILE]\n"
  "\n"
  "Lists the indicators of a programme and their targets.\n"
  "\n"
  "Options:\n"
  "  --program=FILE    a programme file (doc/formats.md); without it, the\n"
  "                    programme built into the library, 03-CTr/ĐU\n"
  "  --format=FORMAT   text (the default): a table for people;\n"
  "                    json: an array with one object per indicator;\n"
  "                    csv: one row per target\n"
  "  --lang=LANG       vi or en, the language of names and targets; the\n"
  "                    default comes from the locale (LC_ALL, LC_MESSAGES or\n"
  "                    LANG starting with \"vi\" gives vi, anything else en)\n"
  "  -o, --output=FILE write to FILE, replacing it atomically, instead of to\n"
  "                    standard output (\"-\")\n"
  "  -h, --help        show this help and exit\n"
  "\n"
  "JSON: each indicator has \"id\", \"ref\", \"name\" and \"unit\" ({\"vi\", \"en\"}),\n"
  "\"note\", \"measure\", \"direction\", \"goal\", \"units\" (the lead units),\n"
  "\"partner_units\", \"relation\" and \"related\", \"disaggregation\" (and\n"
  "\"levels\") and \"targets\": \"kind\", \"comparator\", \"value\" or \"low\",\n"
  "\"high\" and \"range\" (as in the programme file, doc/formats.md),\n"
  "\"first_year\", \"deadline_year\", \"per_disaggregation\", \"text\" (the\n"
  "document's wording, or null) and \"summary\" (the target in words). Rates\n"
  "are fractions (0.1 for 10 %/yr).\n"
  "\n"
  "Exit status: 0 success; 1 the programme cannot be loaded or the output\n"
  "cannot be written; 2 bad usage.\n";

/* ------------------------------------------------------------------------
 * Shared by the programme subcommands (declared in cli.h)
 * ------------------------------------------------------------------------ */

const char *
cli_lang_from_locale (void)
{
  static const char * const variables[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
  gsize i;

  /* The first of them that is set and not empty decides, as for
   * setlocale(). */
  for (i = 0; i < G_N_ELEMENTS (variables); i++)
    {
      const char *value = g_getenv (variables[i]);

      if (value != NULL && *value != '\0')
        return g_str_has_prefix (value, "vi") ? "vi" : "en";
    }
  return "en";
}

gboolean
cli_parse_lang (const char  *subcommand,
                const char  *text,
                const char **lang)
{
  if (text == NULL)
    *lang = cli_lang_from_locale ();
  else if (strcmp (text, "vi") == 0)
    *lang = "vi";
  else if (strcmp (text, "en") == 0)
    *lang = "en";
  else
    {
      cli_error (subcommand, "--lang: unknown language \"%s\" (use vi or en)", text);
      return FALSE;
    }
  return TRUE;
}

DosonCtrProgram *
cli_load_program (const char  *path,
                  GError     **error)
{
  if (path == NULL)
    return doson_ctr_program_new_builtin (error);
  return doson_ctr_program_new_from_file (path, error);
}

void
cli_append_number (GString    *out,
                   double      value,
                   const char *lang)
{
  gboolean vi = lang != NULL && strcmp (lang, "vi") == 0;
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  const char *p, *digits, *point;
  gsize n_int;

  if (value == 0)
    value = 0; /* no "-0" */
  g_ascii_formatd (buf, sizeof buf, "%.10g", value);
  if (strpbrk (buf, "eEni") != NULL)
    {
      g_string_append (out, buf);
      return;
    }

  /* Digits grouped by three from 10000 up, with the separators of the
   * language: 5,700,000.5 in English, 5.700.000,5 in Vietnamese. */
  digits = buf[0] == '-' ? buf + 1 : buf;
  point = strchr (digits, '.');
  n_int = point != NULL ? (gsize) (point - digits) : strlen (digits);
  if (buf[0] == '-')
    g_string_append_c (out, '-');
  for (p = digits; p < digits + n_int; p++)
    {
      gsize left = n_int - (gsize) (p - digits);

      if (p > digits && n_int > 4 && left % 3 == 0)
        g_string_append_c (out, vi ? '.' : ',');
      g_string_append_c (out, *p);
    }
  if (point != NULL)
    {
      g_string_append_c (out, vi ? ',' : '.');
      g_string_append (out, point + 1);
    }
}

void
cli_append_csv_field (GString    *out,
                      const char *field)
{
  const char *p;
  gsize len;

  if (field == NULL)
    return;
  len = strlen (field);
  if (strpbrk (field, ",\"\r\n") == NULL
      && (len == 0 || (field[0] != ' ' && field[len - 1] != ' ')))
    {
      g_string_append (out, field);
      return;
    }
  g_string_append_c (out, '"');
  for (p = field; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static const char *
comparator_symbol (DosonCtrComparator comparator)
{
  switch (comparator)
    {
    case DOSON_CTR_COMPARATOR_AT_LEAST:
      return "≥";
    case DOSON_CTR_COMPARATOR_MORE_THAN:
      return ">";
    case DOSON_CTR_COMPARATOR_AT_MOST:
      return "≤";
    case DOSON_CTR_COMPARATOR_LESS_THAN:
      return "<";
    case DOSON_CTR_COMPARATOR_EQUAL:
    case DOSON_CTR_COMPARATOR_RANGE:
    default:
      return "=";
    }
}

/* A threshold, in the unit of the target: rates as percentages. */
static void
append_threshold (GString    *out,
                  double      value,
                  gboolean    rate,
                  const char *unit,
                  const char *lang)
{
  cli_append_number (out, rate ? value * 100 : value, lang);
  if (unit != NULL && *unit != '\0')
    {
      g_string_append_c (out, ' ');
      g_string_append (out, unit);
    }
}

void
cli_append_target_words (GString              *out,
                         DosonCtrIndicator    *indicator,
                         const DosonCtrTarget *target,
                         const char           *lang,
                         gboolean              each_level)
{
  gboolean vi = strcmp (lang, "vi") == 0;
  gboolean rate = doson_ctr_target_is_rate (target);
  DosonCtrTargetKind kind = doson_ctr_target_get_kind (target);
  DosonCtrDirection direction = doson_ctr_indicator_get_direction (indicator);
  int first = doson_ctr_target_get_first_year (target);
  int deadline = doson_ctr_target_get_deadline_year (target);
  g_autoptr (GString) threshold = g_string_new (NULL);
  gboolean fall = FALSE;
  const char *unit;
  double value, low, high;

  if (kind == DOSON_CTR_TARGET_KIND_AVERAGE_GROWTH)
    unit = vi ? "%/năm" : "%/yr";
  else if (rate || doson_ctr_indicator_get_measure (indicator) == DOSON_CTR_MEASURE_PERCENT)
    unit = "%";
  else if (doson_ctr_indicator_get_measure (indicator) == DOSON_CTR_MEASURE_BOOLEAN)
    unit = NULL;
  else
    unit = doson_ctr_indicator_get_unit (indicator, lang);

  if (doson_ctr_target_get_range (target, &low, &high))
    {
      double floor = doson_ctr_target_get_floor (target, direction);
      double stretch = floor;

      doson_ctr_target_get_stretch (target, direction, &stretch);
      /* A falling range of growth ("giảm bình quân từ 7 % đến 9 %") reads
       * best as the size of the fall. */
      if (kind == DOSON_CTR_TARGET_KIND_AVERAGE_GROWTH && high <= 0)
        {
          fall = TRUE;
          low = -low;
          high = -high;
          floor = -floor;
          stretch = -stretch;
        }
      if (doson_ctr_target_get_range_mode (target) == DOSON_CTR_RANGE_MODE_BAND)
        {
          g_string_append (threshold, vi ? "trong khoảng " : "within ");
          cli_append_number (threshold, rate ? MIN (low, high) * 100 : MIN (low, high), lang);
          g_string_append (threshold, "–");
          append_threshold (threshold, MAX (low, high), rate, unit, lang);
        }
      else
        {
          /* The floor is required, the stretch is the ambition. */
          g_string_append (threshold, vi ? "từ " : "");
          cli_append_number (threshold, rate ? floor * 100 : floor, lang);
          g_string_append (threshold, vi ? " đến " : " to ");
          append_threshold (threshold, stretch, rate, unit, lang);
        }
    }
  else if (doson_ctr_target_get_value (target, &value))
    {
      g_string_append (threshold, comparator_symbol (doson_ctr_target_get_comparator (target)));
      g_string_append_c (threshold, ' ');
      append_threshold (threshold, value, rate, unit, lang);
    }

  switch (kind)
    {
    case DOSON_CTR_TARGET_KIND_EVERY_YEAR:
      g_string_append_printf (out, vi ? "%s mỗi năm %d–%d" : "%s every year %d–%d",
                              threshold->str, first, deadline);
      break;
    case DOSON_CTR_TARGET_KIND_LEVEL:
      g_string_append_printf (out, vi ? "%s vào năm %d" : "%s by %d",
                              threshold->str, deadline);
      break;
    case DOSON_CTR_TARGET_KIND_AVERAGE_GROWTH:
      if (fall)
        g_string_append_printf (out, vi ? "giảm bình quân %s đến năm %d"
                                        : "average fall of %s to %d",
                                threshold->str, deadline);
      else
        g_string_append_printf (out, vi ? "tăng bình quân %s đến năm %d"
                                        : "average growth %s to %d",
                                threshold->str, deadline);
      break;
    case DOSON_CTR_TARGET_KIND_YEAR_ON_YEAR:
      g_string_append_printf (out, vi ? "thay đổi so với năm trước %s, mỗi năm %d–%d"
                                      : "change on the year before %s, every year %d–%d",
                              threshold->str, first, deadline);
      break;
    case DOSON_CTR_TARGET_KIND_CUMULATIVE:
      g_string_append_printf (out, vi ? "cộng dồn %d–%d %s" : "total %d–%d %s",
                              first, deadline, threshold->str);
      break;
    case DOSON_CTR_TARGET_KIND_MILESTONE:
    default:
      if (doson_ctr_target_get_value (target, &value) && value == 1)
        g_string_append_printf (out, vi ? "đạt vào năm %d" : "met by %d", deadline);
      else
        g_string_append_printf (out, vi ? "%s vào năm %d" : "%s by %d",
                                threshold->str, deadline);
      break;
    }

  if (each_level && doson_ctr_target_get_per_disaggregation (target))
    {
      const char *dimension = doson_ctr_indicator_get_disaggregation_name (indicator, lang);
      g_autofree char *initial = NULL;

      if (dimension == NULL)
        dimension = doson_ctr_indicator_get_disaggregation (indicator);
      /* "School level" reads "for each school level" inside a sentence. */
      initial = g_utf8_strdown (dimension, g_utf8_next_char (dimension) - dimension);
      g_string_append_printf (out, vi ? ", mỗi %s%s" : ", for each %s%s", initial,
                              g_utf8_next_char (dimension));
    }
}

void
cli_append_padded (GString    *out,
                   const char *text,
                   gsize       width)
{
  glong len = g_utf8_strlen (text, -1);

  g_string_append (out, text);
  for (; len < (glong) width; len++)
    g_string_append_c (out, ' ');
}

/* ------------------------------------------------------------------------
 * doson-ctr list
 * ------------------------------------------------------------------------ */

static void append_json_node (GString *out, JsonNode *node, guint depth);

static void
append_json_string (GString    *out,
                    const char *text)
{
  const char *p;

  g_string_append_c (out, '"');
  for (p = text; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      if (c == '"' || c == '\\')
        {
          g_string_append_c (out, '\\');
          g_string_append_c (out, (char) c);
        }
      else if (c == '\n')
        g_string_append (out, "\\n");
      else if (c == '\r')
        g_string_append (out, "\\r");
      else if (c == '\t')
        g_string_append (out, "\\t");
      else if (c < 0x20)
        g_string_append_printf (out, "\\u%04x", (guint) c);
      else
        g_string_append_c (out, (char) c);
    }
  g_string_append_c (out, '"');
}

static void
append_indent (GString *out,
               guint    depth)
{
  g_string_append_c (out, '\n');
  for (; depth > 0; depth--)
    g_string_append (out, "  ");
}

static void
append_json_node (GString  *out,
                  JsonNode *node,
                  guint     depth)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObject *object = json_node_get_object (node);
        g_autoptr (GList) members = json_object_get_members (object);
        GList *l;

        if (members == NULL)
          {
            g_string_append (out, "{}");
            break;
          }
        g_string_append_c (out, '{');
        for (l = members; l != NULL; l = l->next)
          {
            append_indent (out, depth + 1);
            append_json_string (out, l->data);
            g_string_append (out, ": ");
            append_json_node (out, json_object_get_member (object, l->data), depth + 1);
            if (l->next != NULL)
              g_string_append_c (out, ',');
          }
        append_indent (out, depth);
        g_string_append_c (out, '}');
      }
      break;

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        guint i, n = json_array_get_length (array);

        if (n == 0)
          {
            g_string_append (out, "[]");
            break;
          }
        g_string_append_c (out, '[');
        for (i = 0; i < n; i++)
          {
            append_indent (out, depth + 1);
            append_json_node (out, json_array_get_element (array, i), depth + 1);
            if (i + 1 < n)
              g_string_append_c (out, ',');
          }
        append_indent (out, depth);
        g_string_append_c (out, ']');
      }
      break;

    case JSON_NODE_NULL:
      g_string_append (out, "null");
      break;

    case JSON_NODE_VALUE:
    default:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_BOOLEAN:
          g_string_append (out, json_node_get_boolean (node) ? "true" : "false");
          break;
        case G_TYPE_INT64:
          g_string_append_printf (out, "%" G_GINT64_FORMAT, json_node_get_int (node));
          break;
        case G_TYPE_DOUBLE:
          {
            double value = json_node_get_double (node);

            /* JSON has no NaN or infinity: the builders never add one,
             * and null is the safe reading if one slipped in. */
            if (!isfinite (value))
              g_string_append (out, "null");
            else
              {
                g_autofree char *text = doson_ctr_format_number (value == 0 ? 0 : value);

                g_string_append (out, text);
              }
          }
          break;
        case G_TYPE_STRING:
        default:
          append_json_string (out, json_node_get_string (node));
          break;
        }
      break;
    }
}

/* The JSON text of @builder's root, indented by two spaces, with a final
 * newline. The tree is built with json-glib; it is written here rather
 * than by JsonGenerator so that numbers have the fewest digits that read
 * back as the same double (0.1, not 0.10000000000000001). */
void
cli_append_json (GString     *out,
                 JsonBuilder *builder)
{
  g_autoptr (JsonNode) root = json_builder_get_root (builder);

  append_json_node (out, root, 0);
  g_string_append_c (out, '\n');
}

int
cli_list (int    argc,
          char **argv)
{
  g_autofree char *program_path = NULL;
  g_autofree char *format_text = NULL;
  g_autofree char *lang_text = NULL;
  g_autofree char *output = NULL;
  const GOptionEntry entries[] = {
    { "program", 0, 0, G_OPTION_ARG_FILENAME, &program_path, "A programme file", "FILE" },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_text, "text, json or csv", "FORMAT" },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &lang_text, "vi or en", "LANG" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write to FILE", "FILE" },
    { NULL, 0, 0, G_OPTION_ARG_NONE, NULL, NULL, NULL }
  };
  g_autoptr (DosonCtrProgram) program = NULL;
  g_autofree char *document = NULL;
  g_autoptr (GString) out = NULL;
  g_autoptr (GError) error = NULL;
  DosonCtrDocumentFormat format = DOSON_CTR_DOCUMENT_FORMAT_TEXT;
  const char *lang;
  int status;

  g_return_val_if_fail (argc >= 1 && argv != NULL, CLI_EXIT_USAGE);

  status = cli_parse_options (SUBCOMMAND, help_text, entries, argc, argv, NULL);
  if (status >= 0)
    return status;

  if (format_text != NULL
      && (!doson_ctr_document_format_from_string (format_text, &format)
          || format == DOSON_CTR_DOCUMENT_FORMAT_MARKDOWN))
    {
      cli_error (SUBCOMMAND, "--format: unknown format \"%s\" (use text, json or csv)",
                 format_text);
      return CLI_EXIT_USAGE;
    }
  if (!cli_parse_lang (SUBCOMMAND, lang_text, &lang))
    return CLI_EXIT_USAGE;

  program = cli_load_program (program_path, &error);
  if (program == NULL)
    {
      cli_error (SUBCOMMAND, "%s", error->message);
      return CLI_EXIT_DATA;
    }

  document = doson_ctr_program_list_to_string (program, format, lang);
  out = g_string_new (document);

  if (!cli_write_output (output, out, &error))
    {
      cli_error (SUBCOMMAND, "%s", error->message);
      return CLI_EXIT_DATA;
    }
  return CLI_EXIT_OK;
}
