package org.majlis.report;

import org.majlis.base.live.RoomEvent;

/** What happened to a room's report, with ids only; the Report tabs of the room reload after commit. */
public sealed interface ReportEvent extends RoomEvent {

    long reportId();

    record Started(long roomId, long reportId) implements ReportEvent {
    }

    record Saved(long roomId, long reportId) implements ReportEvent {
    }

    record Submitted(long roomId, long reportId) implements ReportEvent {
    }

    record Adopted(long roomId, long reportId) implements ReportEvent {
    }

    record Returned(long roomId, long reportId) implements ReportEvent {
    }
}
