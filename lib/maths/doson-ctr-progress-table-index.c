/* doson-ctr-progress-table-index.c: the index of a progress table, from
 * series id to the state of the series
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Open addressing with linear probing, at most three quarters full; the
 * states sit in one array in the order the series were first listed.
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <string.h>

#include <glib.h>

#include "base/doson-ctr-pages-private.h"
#include "maths/doson-ctr-progress-table-private.h"

/* The slot of @id: the one holding it, or the empty one where it goes. */
static inline DosonCtrIndexSlot *
find_slot (DosonCtrProgressTable *table,
           const char            *id,
           gsize                  len,
           guint32                hash)
{
  guint mask = table->n_slots - 1;
  guint i = hash & mask;

  for (;;)
    {
      DosonCtrIndexSlot *slot = &table->slots[i];

      if (slot->state == 0)
        return slot;
      if (slot->hash == hash)
        {
          const DosonCtrSeriesState *state = &table->states[slot->state - 1];

          /* Ids hold no NUL: a shorter stored id differs at its NUL,
           * where strncmp() stops (bytes_equal() would read on). */
          if (strncmp (state->id, id, len) == 0 && state->id[len] == '\0')
            return slot;
        }
      i = (i + 1) & mask;
    }
}

DosonCtrSeriesState *
_doson_ctr_progress_table_find_state (DosonCtrProgressTable *table,
                                      const char            *id,
                                      gsize                  len,
                                      guint32                hash)
{
  DosonCtrIndexSlot *slot = find_slot (table, id, len, hash);

  return slot->state == 0 ? NULL : &table->states[slot->state - 1];
}

DosonCtrSeriesState *
_doson_ctr_progress_table_lookup_state (DosonCtrProgressTable *table,
                                        const char            *id)
{
  gsize len = strlen (id);
  DosonCtrIndexSlot *slot = find_slot (table, id, len, _doson_ctr_progress_table_hash (table, id, len));

  return slot->state == 0 ? NULL : &table->states[slot->state - 1];
}

/* Makes the index @n_slots slots (a power of two, more than now). */
static void
resize_index (DosonCtrProgressTable *table,
              guint                  n_slots)
{
  DosonCtrIndexSlot *old = table->slots;
  guint n_old = table->n_slots;
  guint i;

  table->n_slots = n_slots;
  table->slots = _doson_ctr_pages_alloc (sizeof (DosonCtrIndexSlot) * table->n_slots);
  for (i = 0; i < n_old; i++)
    {
      guint j;

      if (old[i].state == 0)
        continue;
      for (j = old[i].hash & (table->n_slots - 1);
           table->slots[j].state != 0;
           j = (j + 1) & (table->n_slots - 1))
        ;
      table->slots[j] = old[i];
    }
  _doson_ctr_pages_free (old, sizeof (DosonCtrIndexSlot) * n_old);
}

DosonCtrIndexSlot *
_doson_ctr_progress_table_probe (DosonCtrProgressTable *table,
                                 const char            *id,
                                 gsize                  len,
                                 guint32                hash)
{
  return find_slot (table, id, len, hash);
}

/* Makes room for one more state. */
static void
grow_states (DosonCtrProgressTable *table)
{
  guint n_alloc = MAX (table->n_states_alloc * 2, 64);
  DosonCtrSeriesState *states;

  g_return_if_fail (n_alloc > table->n_states_alloc);
  states = _doson_ctr_pages_try_grow (table->states,
                                      sizeof (DosonCtrSeriesState) * table->n_states_alloc,
                                      sizeof (DosonCtrSeriesState) * n_alloc);
  if (states == NULL)
    g_error ("%s: failed to allocate %u series", G_STRLOC, n_alloc);
  table->states = states;
  table->n_states_alloc = n_alloc;
}

DosonCtrSeriesState *
_doson_ctr_progress_table_insert (DosonCtrProgressTable *table,
                                  DosonCtrIndexSlot     *slot,
                                  const char            *id,
                                  gsize                  len,
                                  guint32                hash)
{
  DosonCtrSeriesState *state;

  g_return_val_if_fail (slot->state == 0, NULL);
  /* What the index can hold, whatever the limit. */
  g_return_val_if_fail (table->n_states < DOSON_CTR_PROGRESS_TABLE_MAX_MAX_SERIES, NULL);

  /* At most three quarters full. */
  if ((table->n_states + 1) > table->n_slots / 4 * 3)
    {
      resize_index (table, table->n_slots * 2);
      slot = find_slot (table, id, len, hash);
    }
  if (table->n_states == table->n_states_alloc)
    grow_states (table);

  state = &table->states[table->n_states++];
  memset (state, 0, sizeof *state);
  _doson_ctr_series_summary_init (&state->summary);
  state->id = _doson_ctr_string_arena_insert_len (&table->ids, id, len);
  state->hash = hash;
  state->id_len = (guint16) MIN (len, G_MAXUINT16);
  state->settings.group = -1;
  state->settings.source = -1;
  state->settings.cutoffs = -1;
  slot->hash = hash;
  slot->state = table->n_states;
  _doson_ctr_progress_table_invalidate (table);

  return state;
}

/* The state of series @id (@len bytes, NUL-terminated, hashing to @hash),
 * made if new; NULL when it is new and @limited but may_add_series() is
 * FALSE. */
DosonCtrSeriesState *
_doson_ctr_progress_table_ensure_state (DosonCtrProgressTable *table,
                                        const char            *id,
                                        gsize                  len,
                                        guint32                hash,
                                        gboolean               limited)
{
  DosonCtrIndexSlot *slot = find_slot (table, id, len, hash);

  if (slot->state != 0)
    return &table->states[slot->state - 1];
  if (limited && !_doson_ctr_progress_table_may_add_series (table))
    return NULL;
  return _doson_ctr_progress_table_insert (table, slot, id, len, hash);
}

void
_doson_ctr_progress_table_reserve (DosonCtrProgressTable *table,
                                   guint64                n_series)
{
  guint64 n_slots = table->n_slots;

  n_series = MIN (n_series, (guint64) table->max_series);
  n_series = MAX (n_series, (guint64) table->n_states);
  /* At most three quarters full, as ensure_state() keeps it. */
  while (n_series > n_slots / 4 * 3)
    n_slots *= 2;
  if (n_slots > table->n_slots)
    resize_index (table, (guint) n_slots);

  /* The states are only reserved: the pages that no series uses are
   * never touched.  Without the memory, they grow as they go. */
  if (n_series > table->n_states_alloc)
    {
      DosonCtrSeriesState *states;

      states = _doson_ctr_pages_try_grow (table->states,
                                   sizeof (DosonCtrSeriesState) * table->n_states_alloc,
                                   sizeof (DosonCtrSeriesState) * n_series);

      if (states != NULL)
        {
          table->states = states;
          table->n_states_alloc = (guint) n_series;
        }
    }
}

void
_doson_ctr_progress_table_set_hash_mask (DosonCtrProgressTable *table,
                                         guint32                mask)
{
  g_return_if_fail (table->n_states == 0);

  table->hash_mask = mask;
}

gboolean
_doson_ctr_progress_table_mark_year_far (DosonCtrProgressTable *table,
                                         DosonCtrSeriesState   *state,
                                         int                    year)
{
  guint64 *wide;
  int offset;

  if (state->bits_base != DOSON_CTR_YEARS_WIDE)
    {
      if (state->bits == 0)
        {
          state->bits_base = (gint16) (year - 32);
          state->bits = G_GUINT64_CONSTANT (1) << 32;
          return TRUE;
        }
      offset = year - state->bits_base;
      if (offset >= 0 && offset < 64)
        {
          guint64 bit = G_GUINT64_CONSTANT (1) << offset;

          if (state->bits & bit)
            return FALSE;
          state->bits |= bit;
          return TRUE;
        }

      /* Years more than 31 apart: every possible year gets a bit. */
      wide = g_new0 (guint64, DOSON_CTR_YEAR_WORDS);
      for (offset = 0; offset < 64; offset++)
        if (state->bits & (G_GUINT64_CONSTANT (1) << offset))
          {
            int i = state->bits_base + offset - DOSON_CTR_YEAR_MIN;

            wide[i / 64] |= G_GUINT64_CONSTANT (1) << (i % 64);
          }
      g_hash_table_insert (table->wide, GUINT_TO_POINTER (state - table->states), wide);
      state->bits_base = DOSON_CTR_YEARS_WIDE;
    }
  else
    wide = g_hash_table_lookup (table->wide, GUINT_TO_POINTER (state - table->states));

  offset = year - DOSON_CTR_YEAR_MIN;
  if (wide[offset / 64] & (G_GUINT64_CONSTANT (1) << (offset % 64)))
    return FALSE;
  wide[offset / 64] |= G_GUINT64_CONSTANT (1) << (offset % 64);
  return TRUE;
}

DosonCtrSeriesState *
_doson_ctr_progress_table_ensure_series (DosonCtrProgressTable *table,
                                         const char            *id,
                                         gsize                  len)
{
  return _doson_ctr_progress_table_ensure_state (table, id, len,
                                                 _doson_ctr_progress_table_hash (table, id, len),
                                                 FALSE);
}
