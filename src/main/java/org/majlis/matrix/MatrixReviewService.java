package org.majlis.matrix;

import org.majlis.base.ConcurrentEditException;
import org.majlis.base.InvalidInputException;
import org.majlis.base.Validation;
import org.majlis.matrix.internal.ImplementationReportEntity;
import org.majlis.matrix.internal.ImplementationReview;
import org.majlis.matrix.internal.ImplementationReviewRepository;
import org.majlis.matrix.internal.MatrixEntry;
import org.majlis.matrix.internal.MatrixEntryRepository;
import org.majlis.meetings.RoomService;
import org.majlis.meetings.RoomSummary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The review, in a room of the current edition, of what the same room of the previous edition adopted: the lead
 * organisations' delegates report each entry's implementation status, progress and a note; the chairs see the
 * summary; the rapporteur or a chair carries an entry over into the new matrix (keeping the link to its origin).
 * These actions are checked against the <em>reviewing</em> room (it must be writable), never against the reviewed
 * entry's room, which belongs to a past edition and is read-only: {@code roomId} is trusted only because the entry
 * must be an adopted entry of that room's previous-edition room.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class MatrixReviewService {

    private final MatrixEntryRepository entries;
    private final ImplementationReviewRepository reviews;
    private final EntryRecorder recorder;
    private final MatrixPolicy policy;
    private final RoomService rooms;
    private final ApplicationEventPublisher events;
    private final MatrixService matrix;

    MatrixReviewService(MatrixEntryRepository entries, ImplementationReviewRepository reviews, EntryRecorder recorder,
                        MatrixPolicy policy, RoomService rooms, ApplicationEventPublisher events,
                        MatrixService matrix) {
        this.matrix = matrix;
        this.entries = entries;
        this.reviews = reviews;
        this.recorder = recorder;
        this.policy = policy;
        this.rooms = rooms;
        this.events = events;
    }

    @PreAuthorize("@roomAccess.mayView(#roomId)")
    public RoomReview review(long roomId) {
        var previousRoom = rooms.previousEditionRoom(roomId);
        if (previousRoom.isEmpty()) {
            return new RoomReview(null, null, List.of(), emptyCounts(), 0, null);
        }
        var editionId = editionOf(roomId);
        var adopted = entries.findAdoptedByRoom(previousRoom.get().id());
        var ids = adopted.stream().map(MatrixEntry::getId).toList();
        var byEntry = ids.isEmpty() ? Map.<Long, ImplementationReview>of() : reviews.findFor(editionId, ids).stream()
                .collect(Collectors.toMap(ImplementationReview::getEntryId, Function.identity()));
        var reportCounts = byEntry.isEmpty() ? Map.<Long, Integer>of() : reviews.countReports(byEntry.values().stream()
                .map(ImplementationReview::getId).toList()).stream().collect(Collectors.toMap(
                ImplementationReviewRepository.ReportCount::getReviewId,
                ImplementationReviewRepository.ReportCount::getReports));
        var carried = ids.isEmpty() ? Map.<Long, MatrixEntry>of() : entries.findCarriedOver(editionId, ids).stream()
                .collect(Collectors.toMap(MatrixEntry::getOriginEntryId, Function.identity(), (a, b) -> a));
        var organisation = recorder.actor().organisationId();
        // the reviewing room decides, not the reviewed entry's (a past edition's room is always read-only)
        var mayChange = policy.mayChange(roomId);
        var delegate = mayChange && policy.isDelegate(roomId);
        var mayCarry = mayChange && (policy.isRapporteur(roomId) || policy.mayChair(roomId));
        var list = adopted.stream().map(entry -> {
            var review = byEntry.get(entry.getId());
            var into = carried.get(entry.getId());
            var data = entry.toData();
            var lead = organisation != null && (organisation.equals(data.leadUnId())
                    || organisation.equals(data.leadOicId()));
            var latest = review == null ? null : review.latest();
            return new ReviewSummary(entry.toSummary(null), review == null ? null : review.getId(),
                    review == null ? -1 : review.getVersion(), latest == null ? null : latest.status(),
                    latest == null ? null : latest.progress(), latest == null ? null : latest.note(),
                    latest == null ? null : latest.reportedBy(), latest == null ? null : latest.reportedAt(),
                    review == null ? 0 : reportCounts.getOrDefault(review.getId(), 0), delegate && lead,
                    mayCarry && into == null, into == null ? null : into.getId(),
                    into == null ? null : into.getCode());
        }).toList();
        var counts = emptyCounts();
        list.stream().filter(r -> r.status() != null).forEach(r -> counts.merge(r.status(), 1L, Long::sum));
        var reported = list.stream().filter(r -> r.progress() != null).mapToInt(ReviewSummary::progress).toArray();
        Integer average = reported.length == 0 ? null
                : (int) Math.round(java.util.Arrays.stream(reported).average().orElse(0));
        return new RoomReview(previousRoom.get().id(), previousEditionNumber(roomId), list, counts,
                list.size() - reported.length, average);
    }

    /**
     * A lead organisation's delegate in this room reports on an adopted entry of the previous edition's room.
     * {@code reviewVersion} is the version of the report they saw (-1 when there was none).
     */
    @Transactional
    public void report(long roomId, long entryId, long reviewVersion, ReviewReport report) {
        // The entry's row lock makes reports on one entry queue up: of two first reports made at once, the second
        // meets the first one's version and is refused, instead of failing on the unique key.
        var entry = checkUnderReview(roomId, recorder.lockForChange(entryId));
        var actor = recorder.actor();
        var data = entry.toData();
        var lead = actor.organisationId() != null && (actor.organisationId().equals(data.leadUnId())
                || actor.organisationId().equals(data.leadOicId()));
        policy.require(policy.isDelegate(roomId) && lead, "report on entry " + entryId);
        policy.requireWritable(roomId); // the reviewing room: the reported entry's own room is a past edition's
        var v = new Validation().required("status", report.status()).required("progress", report.progress())
                .maxLength("note", report.note(), 1000);
        if (report.progress() != null) {
            v.check(report.progress() >= 0 && report.progress() <= 100, "progress", "validation.matrix.progress-range");
            v.check(report.status() != ImplementationStatus.COMPLETED || report.progress() == 100, "progress",
                    "validation.matrix.progress-completed");
            v.check(report.status() != ImplementationStatus.NOT_STARTED || report.progress() == 0, "progress",
                    "validation.matrix.progress-not-started");
        }
        v.throwIfAny();
        var editionId = editionOf(roomId);
        var review = reviews.findFor(editionId, entryId).orElseGet(() -> new ImplementationReview(entryId, editionId));
        ConcurrentEditException.check("Implementation review", entryId, reviewVersion,
                review.getId() == null ? -1 : review.getVersion());
        review.report(Objects.requireNonNull(report.status()), Objects.requireNonNull(report.progress()),
                report.note(), actor.name(), actor.organisation(), recorder.now());
        reviews.saveAndFlush(review);
        events.publishEvent(new MatrixEntryEvent.Reviewed(roomId, entryId));
    }

    /** Every implementation report made on an entry under review in this room, newest first. */
    @PreAuthorize("@roomAccess.mayView(#roomId)")
    public List<ImplementationReport> reportHistory(long roomId, long entryId) {
        previousEntry(roomId, entryId);
        return reviews.findFor(editionOf(roomId), entryId).map(review -> review.getReports().reversed().stream()
                .map(ImplementationReportEntity::toRecord).toList()).orElse(List.of());
    }

    /**
     * Carries an adopted entry of the previous edition over into this room's matrix as a new draft that keeps the
     * link to its origin. It keeps its code when that is free in the new edition; its timeframe is cleared (it
     * belonged to the previous period).
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public EntryDetails carryOver(long roomId, long entryId) {
        policy.require(policy.isRapporteur(roomId) || policy.mayChair(roomId), "carry over entry " + entryId);
        policy.requireWritable(roomId);
        // Two people carrying the same entry over at once queue on its row lock; the second then sees the copy.
        var origin = checkUnderReview(roomId, recorder.lockForChange(entryId));
        var editionId = editionOf(roomId);
        if (!entries.findCarriedOver(editionId, List.of(entryId)).isEmpty()) {
            throw new InvalidInputException("", "validation.matrix.already-carried-over");
        }
        var data = origin.toData().withCode(freeCode(editionId, origin.getCode())).withTimeframe(null, null);
        var actor = recorder.actor();
        var entry = new MatrixEntry(editionId, roomId, data, null, origin.getId(), actor.name(), recorder.now());
        entry = recorder.save(entry, RevisionKind.CARRIED_OVER, origin.getCode(), actor);
        events.publishEvent(new MatrixEntryEvent.Drafted(roomId, entry.getId()));
        return matrix.get(entry.getId());
    }

    private String freeCode(long editionId, String code) {
        if (entries.findByEditionAndCode(editionId, code).isEmpty()) {
            return code;
        }
        var prefix = code.substring(0, code.indexOf('-'));
        for (var n = 1; n < 1000; n++) {
            var candidate = prefix + "-" + (n < 10 ? "0" + n : String.valueOf(n));
            if (entries.findByEditionAndCode(editionId, candidate).isEmpty()) {
                return candidate;
            }
        }
        throw new InvalidInputException("code", "validation.matrix.code-taken", code);
    }

    private MatrixEntry previousEntry(long roomId, long entryId) {
        return checkUnderReview(roomId, recorder.load(entryId));
    }

    private MatrixEntry checkUnderReview(long roomId, MatrixEntry entry) {
        var previousRoom = rooms.previousEditionRoom(roomId).map(RoomSummary::id).orElse(-1L);
        if (entry.getRoomId() != previousRoom || entry.getStatus() != EntryStatus.ADOPTED) {
            throw new InvalidInputException("", "validation.matrix.not-under-review");
        }
        return entry;
    }

    private long editionOf(long roomId) {
        return rooms.details(roomId).room().editionId();
    }

    private Integer previousEditionNumber(long roomId) {
        return rooms.details(roomId).edition().previousEditionNumber();
    }

    private static Map<ImplementationStatus, Long> emptyCounts() {
        var counts = new EnumMap<ImplementationStatus, Long>(ImplementationStatus.class);
        for (var status : ImplementationStatus.values()) {
            counts.put(status, 0L);
        }
        return counts;
    }
}
