/* doson-ctr-progress-table-private.h: the inside of a DosonCtrProgressTable,
 * shared with its readers and writers; never installed
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Names are _doson_ctr_* and never exported.  The table is a data
 * structure of series and their results: an index from series id to a
 * small state, the settings and the groups.  Its CSV readers
 * (doson-ctr-progress-table-csv.c, on the CSV reader of lib/base) and its
 * writers (doson-ctr-progress-table-writer.c) work on it through this
 * header.
 */

#ifndef DOSON_CTR_PROGRESS_TABLE_PRIVATE_H
#define DOSON_CTR_PROGRESS_TABLE_PRIVATE_H

#include <string.h>

#include <glib-object.h>
#include <doson-ctr/doson-ctr-progress-table.h>

#include "base/doson-ctr-private.h"
#include "base/doson-ctr-csv-private.h"
#include "base/doson-ctr-csv-columns-private.h"
#include "base/doson-ctr-pages-private.h"
#include "maths/doson-ctr-progress-private.h"

G_BEGIN_DECLS

/* The most series a table holds unless told otherwise, and the most it can
 * be told (the index holds at most 3/4 of 2^31 slots).  A series costs
 * about 125 bytes (104 of state with its settings, 11 to 21 of index)
 * plus its id: 20 000 000 series are about 2.5 GB plus the ids (3.1 GB
 * with 30-byte ids); unless sized once (_doson_ctr_progress_table_reserve()),
 * the arrays grow by doubling, so allow for up to twice that. */
#define DOSON_CTR_PROGRESS_TABLE_DEFAULT_MAX_SERIES 20000000u
#define DOSON_CTR_PROGRESS_TABLE_MAX_MAX_SERIES 1000000000u

/* The message of a DOSON_CTR_ERROR_LIMIT error for one series too many,
 * after its "NAME:LINE: field "series": " or "series "ID": "; its one
 * argument is the table's max_series. */
#define DOSON_CTR_PROGRESS_TABLE_LIMIT_FORMAT \
  "more than %u series (the table's limit; see doson_ctr_progress_table_set_max_series())"

/* Words of a bit set with a bit for every year the library accepts. */
#define DOSON_CTR_YEAR_WORDS ((DOSON_CTR_YEAR_MAX - DOSON_CTR_YEAR_MIN) / 64 + 1)

/* Which settings of a series were given (by a row of the settings file);
 * the others are the defaults'. */
enum
{
  DOSON_CTR_GIVEN_DIRECTION = 1 << 0,
  DOSON_CTR_GIVEN_TARGET = 1 << 1,
  DOSON_CTR_GIVEN_BASE_YEAR = 1 << 2,
  DOSON_CTR_GIVEN_LIMIT = 1 << 3,
  DOSON_CTR_GIVEN_ALL = 0xff
};

/* Which of the settings of a series are set (the has_ flags of
 * DosonCtrProgressSettings), in DosonCtrSeriesSettings.has. */
enum
{
  DOSON_CTR_HAS_TARGET = 1 << 0,
  DOSON_CTR_HAS_BASE_YEAR = 1 << 1,
  DOSON_CTR_HAS_LIMIT = 1 << 2,
  DOSON_CTR_HAS_CUTOFFS = 1 << 3
};

/* The settings of a series of its own, kept in its state: only what a
 * settings row or the program gives (@given), the rest being the table's
 * defaults when they are read (_doson_ctr_progress_table_settings_of()),
 * so that new defaults apply without a pass over the series.  Cut-offs,
 * which only the program gives, are in the table's @cutoffs. */
typedef struct
{
  /* No two fields copied from a DosonCtrProgressSettings side by side:
   * the compiler would copy them with one load across fields of the
   * settings just written one by one, which waits for the stores (a
   * failed store forwarding: 95 % of _doson_ctr_series_settings_set()'s
   * samples in a profile). */
  double  target;
  guint64 line;        /* of the settings row, for messages */
  double  limit;
  gint32  group;       /* index into group_names, or -1 */
  gint32  target_year;
  gint32  source;      /* index into sources, or -1: the program */
  gint32  base_year;
  gint32  cutoffs;     /* index into the table's cutoffs, or -1 */
  guint8  own;         /* whether the series has settings of its own */
  guint8  given;       /* DOSON_CTR_GIVEN_* */
  guint8  has;         /* DOSON_CTR_HAS_* */
  guint8  direction;   /* a DosonCtrDirection */
} DosonCtrSeriesSettings;

/* The state of one series, kept small: one per series is all the table
 * holds, beside the ids and the index, and its settings are in it.  The years seen are
 * bits of @bits, bit i standing for year bits_base + i, until a year
 * falls outside those 64; from then on (bits_base ==
 * DOSON_CTR_YEARS_WIDE) the table's @wide holds a bit for every possible
 * year. */
#define DOSON_CTR_YEARS_WIDE G_MININT16

typedef struct
{
  DosonCtrSeriesSummary summary;
  const char           *id;          /* in table->ids, NUL-terminated */
  gint16                bits_base;
  guint16               id_len;      /* the id's length, or G_MAXUINT16 from then on */
  guint32               hash;        /* of the id, as in its slot */
  guint64               bits;
  DosonCtrSeriesSettings settings;
} DosonCtrSeriesState;

/* A slot of the index from series id to state: the id's hash and the
 * state's index + 1 (0: an empty slot). */
typedef struct
{
  guint32 hash;
  guint32 state;
} DosonCtrIndexSlot;

typedef struct
{
  const char             *id;          /* NULL: the series without a group */
  guint                   n_series;
  DosonCtrProgressResult  result;
} DosonCtrGroupSummary;

/* The buffers of a piece of a CSV file in flight: its bytes and what its
 * parse made (see DosonCtrPieceReader). */
typedef struct
{
  DosonCtrPagesBuffer data;      /* the piece's bytes */
  DosonCtrPagesBuffer parsed;    /* what its parse made */
} DosonCtrPieceBuffers;

struct _DosonCtrProgressTable
{
  GObject                  parent_instance;

  DosonCtrProgressMethod   method;
  DosonCtrProgressSettings default_settings;

  DosonCtrStringArena      ids;          /* series ids, group names, file names */
  DosonCtrIndexSlot       *slots;        /* open addressing: id -> state */
  guint                    n_slots;      /* a power of two */
  DosonCtrSeriesState     *states;
  guint                    n_states;
  guint                    n_states_alloc;
  guint                    next_run;     /* the state after the last run's: the likely next */
  guint64                  n_observations;
  guint                    max_series;   /* no new series beyond */

  GArray                  *cutoffs;      /* DosonCtrCutoffs the program gave series */
  GPtrArray               *group_names;  /* interned, not owned */
  GHashTable              *group_index;  /* name -> index + 1 */
  GPtrArray               *sources;      /* interned file names, not owned */

  GArray                  *summaries;    /* DosonCtrGroupSummary; NULL when stale */
  guint64                  hash_key[2];  /* SipHash key, random unless DOSON_CTR_HASH_SEED */
  guint32                  hash_mask;    /* all ones, unless a test narrows it */
  guint                    jobs;         /* threads that read measurements */
  GHashTable              *wide;         /* state index -> DOSON_CTR_YEAR_WORDS words */
  DosonCtrPieceBuffers    *piece_buffers; /* kept from one file to the next */
  guint                    n_piece_buffers;
};

/* The index hashes ids with SipHash-1-3 (Aumasson and Bernstein; the
 * variant Python and Rust use for their dictionaries) under a key drawn
 * at random for each table, so that nobody can build a file whose ids
 * all fall on one slot: ids that collide under one key do not under
 * another.  DOSON_CTR_HASH_SEED (a decimal number) fixes the key, for
 * tests and to reproduce a run; the output never depends on it, since
 * series are listed in the order they first appear. */
#define DOSON_CTR_SIP_ROTL(x, b) (((x) << (b)) | ((x) >> (64 - (b))))
#define DOSON_CTR_SIP_ROUND(v0, v1, v2, v3)                                   \
  G_STMT_START {                                                              \
    v0 += v1; v1 = DOSON_CTR_SIP_ROTL (v1, 13); v1 ^= v0;                     \
    v0 = DOSON_CTR_SIP_ROTL (v0, 32);                                         \
    v2 += v3; v3 = DOSON_CTR_SIP_ROTL (v3, 16); v3 ^= v2;                     \
    v0 += v3; v3 = DOSON_CTR_SIP_ROTL (v3, 21); v3 ^= v0;                     \
    v2 += v1; v1 = DOSON_CTR_SIP_ROTL (v1, 17); v1 ^= v2;                     \
    v2 = DOSON_CTR_SIP_ROTL (v2, 32);                                         \
  } G_STMT_END

/* SipHash-1-3 of @len bytes at @id under the key @k0, @k1 (64 bits out,
 * words read little-endian as the reference does). */
static inline guint64
_doson_ctr_siphash13 (guint64     k0,
                      guint64     k1,
                      const char *id,
                      gsize       len)
{
  guint64 v0 = k0 ^ G_GUINT64_CONSTANT (0x736f6d6570736575);
  guint64 v1 = k1 ^ G_GUINT64_CONSTANT (0x646f72616e646f6d);
  guint64 v2 = k0 ^ G_GUINT64_CONSTANT (0x6c7967656e657261);
  guint64 v3 = k1 ^ G_GUINT64_CONSTANT (0x7465646279746573);
  guint64 b = (guint64) len << 56;
  guint64 m;

  for (; len >= 8; id += 8, len -= 8)
    {
      memcpy (&m, id, 8);
      m = GUINT64_FROM_LE (m);
      v3 ^= m;
      DOSON_CTR_SIP_ROUND (v0, v1, v2, v3);
      v0 ^= m;
    }
  /* The last bytes gathered in a register, as the reference does: a copy
   * to memory made of byte stores and read back as one word waits for
   * the stores (a failed store-to-load forwarding, on every id). */
  switch (len)
    {
    case 7: b |= (guint64) (guint8) id[6] << 48; G_GNUC_FALLTHROUGH;
    case 6: b |= (guint64) (guint8) id[5] << 40; G_GNUC_FALLTHROUGH;
    case 5: b |= (guint64) (guint8) id[4] << 32; G_GNUC_FALLTHROUGH;
    case 4: b |= (guint64) (guint8) id[3] << 24; G_GNUC_FALLTHROUGH;
    case 3: b |= (guint64) (guint8) id[2] << 16; G_GNUC_FALLTHROUGH;
    case 2: b |= (guint64) (guint8) id[1] << 8; G_GNUC_FALLTHROUGH;
    case 1: b |= (guint64) (guint8) id[0]; break;
    default: break;
    }
  v3 ^= b;
  DOSON_CTR_SIP_ROUND (v0, v1, v2, v3);
  v0 ^= b;
  v2 ^= 0xff;
  DOSON_CTR_SIP_ROUND (v0, v1, v2, v3);
  DOSON_CTR_SIP_ROUND (v0, v1, v2, v3);
  DOSON_CTR_SIP_ROUND (v0, v1, v2, v3);
  return v0 ^ v1 ^ v2 ^ v3;
}

/* A table's hash key and mask, copied for the threads that parse pieces:
 * reading them in the table, whose other fields the adding thread writes
 * all the time, would pull its cache line from core to core. */
typedef struct
{
  guint64 k0;
  guint64 k1;
  guint32 mask;
} DosonCtrHashKey;

/* The hash of @len bytes at @id under @key. */
static inline guint32
_doson_ctr_hash_key_hash (const DosonCtrHashKey *key,
                          const char            *id,
                          gsize                  len)
{
  guint64 h = _doson_ctr_siphash13 (key->k0, key->k1, id, len);

  return (guint32) (h ^ (h >> 32)) & key->mask;
}

static inline void
_doson_ctr_progress_table_get_hash_key (const DosonCtrProgressTable *table,
                                        DosonCtrHashKey             *key)
{
  key->k0 = table->hash_key[0];
  key->k1 = table->hash_key[1];
  key->mask = table->hash_mask;
}

/* The hash of @len bytes at @id in @table's index, under its key; tests
 * may narrow it with hash_mask to make every id collide. */
static inline guint32
_doson_ctr_progress_table_hash (const DosonCtrProgressTable *table,
                                const char                  *id,
                                gsize                        len)
{
  DosonCtrHashKey key;

  _doson_ctr_progress_table_get_hash_key (table, &key);
  return _doson_ctr_hash_key_hash (&key, id, len);
}

/* A row of a measurements file, kept until its run of rows is added. */
typedef struct
{
  double  value;
  gint32  year;
  guint32 line;        /* of the year field, after the run's first line */
} DosonCtrRunRow;

/* The year in the @len bytes at @text when they are four digits of a year
 * in range, the common case; FALSE for anything else, which the parser
 * reads (or refuses with its message). */
static inline gboolean
_doson_ctr_progress_table_plain_year (const char *text,
                                      gsize       len,
                                      int        *year)
{
  if (G_LIKELY (len == 4
                && g_ascii_isdigit (text[0]) && g_ascii_isdigit (text[1])
                && g_ascii_isdigit (text[2]) && g_ascii_isdigit (text[3])))
    {
      *year = (text[0] - '0') * 1000 + (text[1] - '0') * 100
              + (text[2] - '0') * 10 + (text[3] - '0');
      return *year >= DOSON_CTR_YEAR_MIN && *year <= DOSON_CTR_YEAR_MAX;
    }
  return FALSE;
}

/* The year of a row: four digits inline, anything else through the
 * parser. */
static inline gboolean
_doson_ctr_progress_table_read_year (DosonCtrCsvReader *reader,
                                     DosonCtrCsvField  *fields,
                                     gsize              col_year,
                                     int               *year,
                                     GError           **error)
{
  const DosonCtrCsvField *yf = &fields[col_year];

  if (G_LIKELY (_doson_ctr_progress_table_plain_year (yf->text, yf->len, year)))
    return TRUE;
  return _doson_ctr_csv_reader_parse_year (reader, fields, col_year, year, error);
}

/* The settings series @state is measured with: the defaults, or its own
 * merged with them in @buf. */
static inline const DosonCtrProgressSettings *
_doson_ctr_progress_table_settings_of (DosonCtrProgressTable     *table,
                                       const DosonCtrSeriesState *state,
                                       DosonCtrProgressSettings  *buf)
{
  const DosonCtrSeriesSettings *own = &state->settings;
  const DosonCtrProgressSettings *defaults = &table->default_settings;

  if (!own->own)
    return defaults;
  *buf = *defaults;
  if (own->given & DOSON_CTR_GIVEN_DIRECTION)
    buf->direction = (DosonCtrDirection) own->direction;
  if (own->given & DOSON_CTR_GIVEN_TARGET)
    {
      buf->has_target = (own->has & DOSON_CTR_HAS_TARGET) != 0;
      buf->target = own->target;
      buf->target_year = own->target_year;
    }
  if (own->given & DOSON_CTR_GIVEN_BASE_YEAR)
    {
      buf->has_base_year = (own->has & DOSON_CTR_HAS_BASE_YEAR) != 0;
      buf->base_year = own->base_year;
    }
  if (own->given & DOSON_CTR_GIVEN_LIMIT)
    {
      buf->has_limit = (own->has & DOSON_CTR_HAS_LIMIT) != 0;
      buf->limit = own->limit;
    }
  if (own->given == DOSON_CTR_GIVEN_ALL)
    {
      buf->has_cutoffs = (own->has & DOSON_CTR_HAS_CUTOFFS) != 0;
      if (buf->has_cutoffs)
        buf->cutoffs = g_array_index (table->cutoffs, DosonCtrCutoffs, own->cutoffs);
    }
  return buf;
}

/* Whether the table may make one more series. */
static inline gboolean
_doson_ctr_progress_table_may_add_series (DosonCtrProgressTable *table)
{
  return table->n_states < table->max_series;
}

/* The index (doson-ctr-progress-table-index.c) */

/* The state of series @id, or NULL when it is not listed. */
DosonCtrSeriesState *_doson_ctr_progress_table_lookup_state (DosonCtrProgressTable *table,
                                                             const char            *id);
/* The same for @id of @len bytes (NUL-terminated), hashing to @hash. */
DosonCtrSeriesState *_doson_ctr_progress_table_find_state (DosonCtrProgressTable *table,
                                                           const char            *id,
                                                           gsize                  len,
                                                           guint32                hash);
/* The state of series @id (@len bytes, NUL-terminated, hashing to @hash),
 * made if new; NULL when it is new and @limited but the table may not add
 * a series. */
DosonCtrSeriesState *_doson_ctr_progress_table_ensure_state (DosonCtrProgressTable *table,
                                                             const char            *id,
                                                             gsize                  len,
                                                             guint32                hash,
                                                             gboolean               limited);
/* The slot of @id (@len bytes, NUL-terminated, hashing to @hash): the one
 * that names its state, or the empty one where it goes, which
 * _doson_ctr_progress_table_insert() fills; valid until the next series
 * is made. */
DosonCtrIndexSlot *_doson_ctr_progress_table_probe (DosonCtrProgressTable *table,
                                                    const char            *id,
                                                    gsize                  len,
                                                    guint32                hash);
/* Makes series @id in the empty @slot that _doson_ctr_progress_table_probe()
 * gave for it, whatever the limit. */
DosonCtrSeriesState *_doson_ctr_progress_table_insert (DosonCtrProgressTable *table,
                                                       DosonCtrIndexSlot     *slot,
                                                       const char            *id,
                                                       gsize                  len,
                                                       guint32                hash);
/* The same, made if new whatever the limit: the callers have checked it,
 * or are not limited. */
DosonCtrSeriesState *_doson_ctr_progress_table_ensure_series (DosonCtrProgressTable *table,
                                                              const char            *id,
                                                              gsize                  len);
/* For tests: hashes ids to hash & @mask from now on (0: every id
 * collides); call before the first series. */
void _doson_ctr_progress_table_set_hash_mask (DosonCtrProgressTable *table,
                                              guint32                mask);
/* Makes room for @n_series series in all, so that the index and the
 * states need not grow while they are read: a hint, capped by the
 * table's limit; the tables still grow beyond it if need be. */
void _doson_ctr_progress_table_reserve (DosonCtrProgressTable *table,
                                        guint64                n_series);
/* _doson_ctr_progress_table_mark_year() for the years that do not fall
 * within the 64 of the state's bits. */
gboolean _doson_ctr_progress_table_mark_year_far (DosonCtrProgressTable *table,
                                                  DosonCtrSeriesState   *state,
                                                  int                    year);

/* Marks @year as seen in @state; FALSE if it was already.  Inline for the
 * common case, a year near the others. */
static inline gboolean
_doson_ctr_progress_table_mark_year (DosonCtrProgressTable *table,
                                     DosonCtrSeriesState   *state,
                                     int                    year)
{
  int offset = year - state->bits_base;

  if (G_LIKELY (state->bits != 0 && state->bits_base != DOSON_CTR_YEARS_WIDE
                && offset >= 0 && offset < 64))
    {
      guint64 bit = G_GUINT64_CONSTANT (1) << offset;

      if (state->bits & bit)
        return FALSE;
      state->bits |= bit;
      return TRUE;
    }
  return _doson_ctr_progress_table_mark_year_far (table, state, year);
}

/* Settings and results (doson-ctr-progress-table.c) */

/* The index of group @group in group_names, interned if new; -1 for
 * NULL. */
gint32 _doson_ctr_progress_table_intern_group (DosonCtrProgressTable *table,
                                               const char            *group);
/* The index of file @name in the table's sources, for messages. */
gint32 _doson_ctr_progress_table_add_source (DosonCtrProgressTable *table,
                                             const char            *name);
/* Gives series @state the @given settings of @settings (the rest are the
 * defaults'), the group, and where they come from (@source -1: the
 * program); the caller has checked that it has no observation. */
void   _doson_ctr_progress_table_assign_settings (DosonCtrProgressTable          *table,
                                                  DosonCtrSeriesState            *state,
                                                  const DosonCtrProgressSettings *settings,
                                                  guint                           given,
                                                  gint32                          group,
                                                  gint32                          source,
                                                  guint64                         line);
/* Sets the settings of @own from the @given ones of @settings (the rest
 * being the defaults'), leaving its group, source, line and cut-offs. */
void   _doson_ctr_series_settings_set (DosonCtrSeriesSettings         *own,
                                       const DosonCtrProgressSettings *settings,
                                       guint                           given);
/* Adds the @n_rows rows of a run of series @id (@len bytes, hashing to
 * @hash, first seen on @line) to its series, made if new and if the
 * table may hold one more.  FALSE with @error set, naming @reader's file and
 * header, for a series beyond the limit or a year the series already has
 * (the rows before it are added). */
gboolean _doson_ctr_progress_table_add_run (DosonCtrProgressTable *table,
                                            DosonCtrCsvReader     *reader,
                                            const char            *id,
                                            gsize                  len,
                                            guint32                hash,
                                            guint64                line,
                                            const DosonCtrRunRow  *rows,
                                            guint                  n_rows,
                                            gsize                  col_series,
                                            gsize                  col_year,
                                            GError               **error);
/* The pieces of a CSV file (doson-ctr-progress-table-pieces.c): what a
 * reader of one kind of file does with them.  @parse reads the records of
 * @reader (one piece, with the lines of the file) into @parsed (empty),
 * up to the end or the first fault, which it sets in @error; it runs on
 * any thread, and what it keeps may point into the piece's bytes, which
 * outlive @parsed.  @add adds what @parsed holds to the table, the piece
 * having had @n_bytes bytes; FALSE with @error set at the first fault.
 * One piece is added at a time, in the order of the file.  @piece_size is
 * the bytes read at a time: small enough that a piece and what its parse
 * makes usually share one huge page (2 MiB).  @parse_ahead: whether the
 * jobs get a piece more than there are of them, for files whose pieces
 * take longer to add than to parse, so that a job parses the next while
 * the oldest is added (for the others, that piece more is only memory
 * for the caches to hold). */

typedef struct
{
  gsize      piece_size;
  gboolean   parse_ahead;
  void     (*parse) (gpointer             user_data,
                     DosonCtrPagesBuffer *parsed,
                     DosonCtrCsvReader   *reader,
                     GError             **error);
  gboolean (*add)   (gpointer                   user_data,
                     const DosonCtrPagesBuffer *parsed,
                     gsize                      n_bytes,
                     GError                   **error);
} DosonCtrPieceReader;

/* Reads the rest of @stream, after the header that @reader read, in
 * pieces parsed on table->jobs threads and added in the order of the
 * file by @ops: the result and the errors of a serial read. */
gboolean _doson_ctr_progress_table_read_pieces (DosonCtrProgressTable     *table,
                                                DosonCtrCsvReader         *reader,
                                                GInputStream              *stream,
                                                const DosonCtrPieceReader *ops,
                                                gpointer                   user_data,
                                                GCancellable              *cancellable,
                                                GError                   **error);
/* The size of the file that @stream reads, or 0 when it is not known (a
 * pipe); not while the stream is being read. */
guint64 _doson_ctr_progress_table_stream_size (GInputStream *stream);
/* A reader of @stream (file @name) past its header, in which it finds
 * @columns (_doson_ctr_csv_reader_read_columns()); NULL with @error set
 * when the header is missing or wrong. */
DosonCtrCsvReader *_doson_ctr_progress_table_open_csv (GInputStream            *stream,
                                                       const char              *name,
                                                       const DosonCtrCsvColumn *columns,
                                                       gsize                    n_columns,
                                                       DosonCtrCsvHeaderFlags   flags,
                                                       gssize                  *where,
                                                       GCancellable            *cancellable,
                                                       GError                 **error);
/* After the first piece of a file of @size bytes (0: not known), the
 * piece having had @n_bytes and made @n_new series, after which the table
 * holds (or will, once the piece is added) @n_after: the table made ready
 * for as many new series in the rest of the file, at the same rate. */
void _doson_ctr_progress_table_reserve_for_rest (DosonCtrProgressTable *table,
                                                 guint64                size,
                                                 guint64                n_bytes,
                                                 guint64                n_new,
                                                 guint64                n_after);
/* @value, or the smaller one (from 1) that the environment variable
 * @name gives: the knobs of the tests (HACKING.md), never documented for
 * users. */
guint64 _doson_ctr_progress_table_test_knob (const char *name,
                                             guint64     value);
/* While a piece is added, the index is prefetched this many rows ahead. */
#define DOSON_CTR_PREFETCH_AHEAD 4
/* Forgets the group roll-ups, which new data make stale. */
void   _doson_ctr_progress_table_invalidate (DosonCtrProgressTable *table);
/* The result of series @index, in caller storage. */
void   _doson_ctr_progress_table_evaluate (DosonCtrProgressTable  *table,
                                           guint                   index,
                                           DosonCtrProgressResult *result);

/* The groups (doson-ctr-progress-table-groups.c) */

/* Makes table->summaries, the roll-up of every group, if stale. */
void   _doson_ctr_progress_table_ensure_summaries (DosonCtrProgressTable *table);

G_END_DECLS

#endif /* DOSON_CTR_PROGRESS_TABLE_PRIVATE_H */
