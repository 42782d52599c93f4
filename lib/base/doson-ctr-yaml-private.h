/* doson-ctr-yaml-private.h: YAML documents read with libyaml into a tree;
 * never installed
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_YAML_PRIVATE_H
#define DOSON_CTR_YAML_PRIVATE_H

#include <glib.h>

G_BEGIN_DECLS

/* The deepest nesting of sequences and mappings the reader accepts, and
 * the most nodes in one document (DOSON_CTR_ERROR_LIMIT beyond). */
#define DOSON_CTR_YAML_MAX_DEPTH 128
#define DOSON_CTR_YAML_MAX_NODES 1000000

typedef enum
{
  DOSON_CTR_YAML_SCALAR,
  DOSON_CTR_YAML_SEQUENCE,
  DOSON_CTR_YAML_MAPPING
} DosonCtrYamlKind;

/* What a scalar means, by the YAML core schema: plain `~`, `null` or
 * nothing is null; `true`/`false` are booleans (with YAML 1.1 also
 * `yes`/`no`/`on`/`off`); plain decimal numbers are numbers; anything
 * else, and any quoted scalar, is a string. */
typedef enum
{
  DOSON_CTR_YAML_NULL,
  DOSON_CTR_YAML_BOOLEAN,
  DOSON_CTR_YAML_INTEGER,
  DOSON_CTR_YAML_FLOAT,
  DOSON_CTR_YAML_STRING
} DosonCtrYamlType;

typedef struct _DosonCtrYamlNode DosonCtrYamlNode;

struct _DosonCtrYamlNode
{
  DosonCtrYamlKind kind;
  DosonCtrYamlType type;      /* scalars */
  char            *text;      /* scalars: the text, NUL-terminated */
  gboolean         boolean;   /* DOSON_CTR_YAML_BOOLEAN */
  double           number;    /* DOSON_CTR_YAML_INTEGER, _FLOAT */
  guint64          line;      /* where the node starts, from 1 */
  GPtrArray       *items;     /* sequences: the items; mappings: key,
                               * value, key, value… (of DosonCtrYamlNode) */
  gint             ref_count; /* an alias shares the anchored node */
};

/* Reads the first document of @data (@length bytes, UTF-8) into a tree.
 * @name names the input in messages, whose lines count from @first_line
 * (the line of @data's first line in its file). @yaml_1_1 resolves
 * scalars as YAML 1.1 (PyYAML) does, otherwise as YAML 1.2 (ruamel).
 * An empty document is a null scalar. Errors: DOSON_CTR_ERROR_PARSE
 * "NAME:LINE: …" for bad YAML or an unknown alias;
 * DOSON_CTR_ERROR_LIMIT beyond the limits above. */
DosonCtrYamlNode *_doson_ctr_yaml_parse (const char  *data,
                                         gsize        length,
                                         const char  *name,
                                         guint64      first_line,
                                         gboolean     yaml_1_1,
                                         GError     **error);

DosonCtrYamlNode *_doson_ctr_yaml_node_ref   (DosonCtrYamlNode *node);
void              _doson_ctr_yaml_node_unref (DosonCtrYamlNode *node);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DosonCtrYamlNode, _doson_ctr_yaml_node_unref)

/* The value of the last key @key (a scalar whose text is @key) of a
 * mapping, as PyYAML keeps the last of repeated keys; NULL when @node is
 * not a mapping or has no such key. */
DosonCtrYamlNode *_doson_ctr_yaml_lookup (const DosonCtrYamlNode *node,
                                          const char             *key);

/* Whether @node is a scalar of type @type. */
gboolean _doson_ctr_yaml_is (const DosonCtrYamlNode *node,
                             DosonCtrYamlType        type);

/* Whether @node is a number (integer or float). */
gboolean _doson_ctr_yaml_is_number (const DosonCtrYamlNode *node);

/* The text of @node as Python's str() writes the value it loads as:
 * a string as it is, null "None", booleans "True"/"False", an integer
 * in decimal, a float as repr() ("2015.0", "0.5", "1e+20"). Sequences
 * and mappings give NULL. Newly allocated. */
char *_doson_ctr_yaml_to_python_str (const DosonCtrYamlNode *node);

/* The text between the `---` line that opens @data and the next line
 * `---` (or `...`): a Markdown file's front matter. Sets *@start and
 * *@length to where it is in @data and *@first_line to its first line;
 * FALSE when @data does not open with `---`. */
gboolean _doson_ctr_yaml_front_matter (const char *data,
                                       gsize       length,
                                       gsize      *start,
                                       gsize      *matter_length,
                                       guint64    *first_line);

G_END_DECLS

#endif /* DOSON_CTR_YAML_PRIVATE_H */
