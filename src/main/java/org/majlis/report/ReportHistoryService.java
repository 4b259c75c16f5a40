package org.majlis.report;

import org.majlis.base.NotFoundException;
import org.majlis.base.merge.ThreeWayMerge;
import org.majlis.report.internal.ReportEntity;
import org.majlis.report.internal.ReportRepository;
import org.majlis.report.internal.RevisionEntity;
import org.majlis.report.internal.RevisionRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;

/**
 * The history of a room's report: every revision with who, when and which texts changed; the difference between any
 * two; and restoring an old revision's texts (as a new revision; nothing is rewritten, the record stays as it is).
 * Whoever may read the report reads its history; the rapporteur (or the secretariat) restores while it is drafted.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ReportHistoryService {

    private final ReportRepository reports;
    private final RevisionRepository revisions;
    private final ReportRecorder recorder;
    private final ReportPolicy policy;
    private final ApplicationEventPublisher events;

    ReportHistoryService(ReportRepository reports, RevisionRepository revisions, ReportRecorder recorder,
                         ReportPolicy policy, ApplicationEventPublisher events) {
        this.reports = reports;
        this.revisions = revisions;
        this.recorder = recorder;
        this.policy = policy;
        this.events = events;
    }

    /** Every revision, newest first, each with the texts it changed. */
    public List<ReportRevision> revisions(long roomId) {
        var report = readable(roomId);
        var itemIds = report.record().itemIds();
        var result = new ArrayList<ReportRevision>();
        ReportTexts previous = null;
        for (var revision : revisions.findByReport(report.getId())) {
            var texts = revision.texts();
            result.add(ReportRecorder.summary(revision, previous == null ? List.of()
                    : ThreeWayMerge.changed(ReportTexts.fields(itemIds, previous, texts), previous, texts)));
            previous = texts;
        }
        return result.reversed();
    }

    /** Two revisions' texts side by side, with the texts in which they differ. */
    public ReportDiff diff(long roomId, int left, int right) {
        var report = readable(roomId);
        var a = load(report, left).texts();
        var b = load(report, right).texts();
        var fields = ReportTexts.fields(report.record().itemIds(), a, b);
        return new ReportDiff(left, right, a, b, fields, ThreeWayMerge.changed(fields, a, b));
    }

    /** Makes an old revision's texts the report's texts again, as a new revision. */
    @Transactional
    public ReportRevision restore(long roomId, long version, int number) {
        policy.require(policy.drafts(roomId), "restore a revision of the report of room " + roomId);
        policy.requireWritable(roomId);
        var report = recorder.lockForChange(roomId);
        recorder.checkVersion(report, version);
        var old = load(report, number).texts();
        var actor = recorder.actorName();
        report.edit(old, RecordComparison.withoutDeleted(report.record(), old), actor, recorder.now());
        var saved = recorder.save(report, RevisionKind.RESTORED, String.valueOf(number), actor);
        events.publishEvent(new ReportEvent.Saved(roomId, saved.getId()));
        return revisions(roomId).getFirst();
    }

    private ReportEntity readable(long roomId) {
        var report = reports.findByRoom(roomId)
                .orElseThrow(() -> new NotFoundException("Room report of room", roomId));
        policy.require(policy.mayRead(roomId, report.getStatus()), "read the report of room " + roomId);
        return report;
    }

    private RevisionEntity load(ReportEntity report, int number) {
        return revisions.findByReportAndNumber(report.getId(), number)
                .orElseThrow(() -> new NotFoundException("Revision " + number + " of room report", report.getId()));
    }
}
