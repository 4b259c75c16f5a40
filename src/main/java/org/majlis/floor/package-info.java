/**
 * The floor of a room's current agenda item: delegates ask for the floor for their organisation, the chair gives
 * it (to the next speaker or a chosen one), refuses, reorders, ends interventions and adds time; speaking timers
 * are computed from stored start times; delegates attach written statements; the record keeps everything.
 */
@NullMarked
package org.majlis.floor;

import org.jspecify.annotations.NullMarked;
