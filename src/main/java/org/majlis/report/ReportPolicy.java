package org.majlis.report;

import org.jspecify.annotations.Nullable;
import org.majlis.meetings.RoomAccess;
import org.majlis.meetings.RoomRole;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a room's report. The room's rapporteur(s) start, edit, submit, take in the record and restore;
 * the chairs read it all the time and adopt or return a submitted report; delegates and observers read it once it
 * is submitted (and adopted); the secretariat may do everything. Whether the status allows a step is the report's
 * own rule. In a read-only room (closed, or of a past edition) nothing changes except by the secretariat: services
 * check the role first, then {@link #requireWritable}.
 */
@Component
class ReportPolicy {

    private final RoomAccess access;

    ReportPolicy(RoomAccess access) {
        this.access = access;
    }

    boolean mayChange(long roomId) {
        return access.mayChange(roomId);
    }

    void requireWritable(long roomId) {
        access.requireWritable(roomId);
    }

    /** The room's rapporteur, or the secretariat. */
    boolean drafts(long roomId) {
        return access.isAdmin() || access.hasRole(roomId, RoomRole.RAPPORTEUR);
    }

    /** A co-chair of the room, or the secretariat. */
    boolean chairs(long roomId) {
        return access.mayChair(roomId);
    }

    boolean mayView(long roomId) {
        return access.mayView(roomId);
    }

    /** Reads the report in this status: drafters and chairs always, everyone else in the room once submitted. */
    boolean mayRead(long roomId, @Nullable ReportStatus status) {
        if (!access.mayView(roomId)) {
            return false;
        }
        return drafts(roomId) || chairs(roomId) || status == ReportStatus.SUBMITTED || status == ReportStatus.ADOPTED;
    }

    ReportPermissions permissions(long roomId, @Nullable ReportStatus status) {
        if (!mayChange(roomId)) {
            return ReportPermissions.none();
        }
        var drafter = drafts(roomId);
        var chair = chairs(roomId);
        var editable = status != null && status.editable();
        var submitted = status == ReportStatus.SUBMITTED;
        return new ReportPermissions(status == null && drafter, editable && drafter, editable && drafter,
                submitted && chair, submitted && chair, editable && drafter, editable && drafter);
    }

    void require(boolean allowed, String what) {
        if (!allowed) {
            throw new AccessDeniedException("Not allowed to " + what);
        }
    }
}
