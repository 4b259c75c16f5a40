package org.majlis.report;

import org.jspecify.annotations.Nullable;
import org.majlis.base.NotFoundException;
import org.majlis.base.UserText;
import org.majlis.base.merge.ThreeWayMerge;
import org.majlis.meetings.RoomAccess;
import org.majlis.report.internal.ReportEntity;
import org.majlis.report.internal.ReportRepository;
import org.majlis.report.internal.RevisionEntity;
import org.majlis.report.internal.RevisionRepository;
import org.majlis.security.CurrentUser;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The one way reports change: load with the row lock, check the version the user started from, save, and record the
 * revision. Concurrent saves of one report queue on the lock, so the second one sees the first one's version and is
 * refused with everything needed to merge.
 */
@Component
class ReportRecorder {

    private final ReportRepository reports;
    private final RevisionRepository revisions;
    private final RoomAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;

    ReportRecorder(ReportRepository reports, RevisionRepository revisions, RoomAccess access,
                   CurrentUser currentUser, Clock clock) {
        this.reports = reports;
        this.revisions = revisions;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The acting person's name, as the report's history shows it. */
    String actorName() {
        return access.currentParticipant()
                .map(p -> UserText.displayName(p.fullName(), String.valueOf(p.id())))
                .orElseGet(() -> {
                    var user = currentUser.require();
                    return UserText.displayName(user.displayName(), user.username());
                });
    }

    Instant now() {
        return clock.instant();
    }

    ReportEntity lockForChange(long roomId) {
        return reports.findForChange(roomId).orElseThrow(() -> new NotFoundException("Room report of room", roomId));
    }

    /** Refuses a text change made from a stale version, with what the others changed since. */
    void checkContentVersion(ReportEntity report, long version, ReportTexts mine) {
        if (report.getVersion() == version) {
            return;
        }
        var current = report.texts();
        var base = revisions.findAtVersion(report.getId(), version).map(RevisionEntity::texts).orElse(current);
        var since = revisions.findByReport(report.getId()).stream()
                .filter(r -> r.getReportVersion() > version)
                .map(r -> summary(r, List.of()))
                .toList();
        var fields = ReportTexts.fields(report.record().itemIds(), base, current, mine);
        throw new ReportConflictException(report.getRoomId(), report.getId(), report.getVersion(),
                new ThreeWayMerge<>(base, current, mine, fields), since);
    }

    void checkVersion(ReportEntity report, long version) {
        org.majlis.base.ConcurrentEditException.check("Room report", report.getId(), version, report.getVersion());
    }

    ReportEntity save(ReportEntity report, RevisionKind kind, @Nullable String note, String actor) {
        var saved = reports.saveAndFlush(report);
        revisions.save(new RevisionEntity(saved, kind, actor, now(), note));
        return saved;
    }

    static ReportRevision summary(RevisionEntity r, List<ReportField> changed) {
        return new ReportRevision(r.getNumber(), r.getReportVersion(), r.getKind(), r.getStatus(), r.getAuthorName(),
                r.getCreatedAt(), r.getSummary(), changed);
    }
}
