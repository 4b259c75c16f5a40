package org.majlis.floor;

import org.majlis.base.live.RoomEvent;

/**
 * A big-screen link of the room was revoked: every big screen open on the room checks its link again at once, so the
 * one on the revoked link stops showing the room (ADR 0048).
 */
public record ScreenLinkRevoked(long roomId, long linkId) implements RoomEvent {
}
