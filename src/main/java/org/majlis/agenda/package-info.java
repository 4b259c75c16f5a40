/**
 * The agenda of each room: items with a title in up to three languages, planned time and optional speaking-time
 * limits; the chair opens (at most one item at a time), closes, defers and reopens them. Everyone in the room sees
 * the current item, planned against actual time, and whether the room is ahead of or behind schedule.
 */
@NullMarked
package org.majlis.agenda;

import org.jspecify.annotations.NullMarked;
