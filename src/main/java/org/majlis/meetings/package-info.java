/**
 * Meetings: editions of the UN–OIC General Meeting, their rooms (opening plenary and working sessions),
 * organisations, participants and the role each participant holds in each room.
 * <p>
 * {@link org.majlis.meetings.RoomAccess} answers the central question of room-scoped authorisation:
 * "may the current user act as CHAIR in room R?".
 */
@NullMarked
package org.majlis.meetings;

import org.jspecify.annotations.NullMarked;
