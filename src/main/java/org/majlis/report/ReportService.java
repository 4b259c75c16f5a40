package org.majlis.report;

import org.jspecify.annotations.Nullable;
import org.majlis.base.FieldError;
import org.majlis.base.Language;
import org.majlis.base.Phrase;
import org.majlis.base.RefusedException;
import org.majlis.base.UniqueKeys;
import org.majlis.base.UserText;
import org.majlis.base.Validation;
import org.majlis.meetings.RoomService;
import org.majlis.report.internal.ReportEntity;
import org.majlis.report.internal.ReportRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.LongFunction;
import java.util.Map;

/**
 * A room's report and its workflow: started from the record by the rapporteur, edited (texts per language with their
 * translation status), brought up to date with the record, submitted, and adopted or returned by the chairs. Every
 * change checks the user's role, then that the room is writable, then the version; every change is a revision
 * ({@link ReportHistoryService}). The room id is the report's key: one report per room.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ReportService {

    /** Longest language version of one text. */
    public static final int TEXT_MAX = 20_000;
    /** Longest change note or return reason (one line). */
    public static final int NOTE_MAX = 2000;

    private final ReportRepository reports;
    private final ReportRecorder recorder;
    private final ReportPolicy policy;
    private final RecordReader recordReader;
    private final RoomService rooms;
    private final ApplicationEventPublisher events;

    ReportService(ReportRepository reports, ReportRecorder recorder, ReportPolicy policy, RecordReader recordReader,
                  RoomService rooms, ApplicationEventPublisher events) {
        this.reports = reports;
        this.recorder = recorder;
        this.policy = policy;
        this.recordReader = recordReader;
        this.rooms = rooms;
        this.events = events;
    }

    /** The room's report as the current user may see it, what they may do, and what is still missing. */
    @PreAuthorize("@roomAccess.mayView(#roomId)")
    public ReportOverview overview(long roomId) {
        var required = rooms.details(roomId).edition().requiredLanguagesInOrder();
        var stored = reports.findByRoom(roomId);
        var status = stored.map(ReportEntity::getStatus).orElse(null);
        var readable = stored.filter(r -> policy.mayRead(roomId, r.getStatus())).map(ReportEntity::toReport);
        var missing = readable.map(r -> missing(r.record(), r.texts())).orElse(List.of());
        return new ReportOverview(roomId, readable.orElse(null), stored.isPresent(),
                policy.permissions(roomId, status), required, missing);
    }

    /** Starts the room's report from the record (the rapporteur or the secretariat); texts start empty. */
    @Transactional
    public RoomReport start(long roomId) {
        policy.require(policy.drafts(roomId), "start the report of room " + roomId);
        policy.requireWritable(roomId);
        if (reports.findByRoom(roomId).isPresent()) {
            throw new RefusedException("report.already-started");
        }
        var record = recordReader.read(roomId);
        var actor = recorder.actorName();
        var report = new ReportEntity(roomId, record, ReportTexts.empty(), actor, recorder.now());
        var saved = UniqueKeys.translate(() -> recorder.save(report, RevisionKind.STARTED, null, actor),
                Map.of("uk_room_report_room", new FieldError("", "report.already-started")));
        events.publishEvent(new ReportEvent.Started(roomId, saved.getId()));
        return saved.toReport();
    }

    /**
     * The secretariat loads a report adopted outside Majlis (kept in Word until now) with the record it was written
     * from, as adopted; recorded as an imported revision.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public RoomReport importAdopted(long roomId, ReportRecord record, ReportTexts texts, @Nullable String note) {
        policy.requireWritable(roomId); // the secretariat may always; stated for the one rule's sake
        if (reports.findByRoom(roomId).isPresent()) {
            throw new RefusedException("report.already-started");
        }
        var cleaned = clean(texts);
        var cleanNote = note(note);
        var actor = recorder.actorName();
        var report = ReportEntity.adopted(roomId, record, onlyItemsOf(record, cleaned), actor, recorder.now());
        var saved = UniqueKeys.translate(() -> recorder.save(report, RevisionKind.IMPORTED, cleanNote, actor),
                Map.of("uk_room_report_room", new FieldError("", "report.already-started")));
        events.publishEvent(new ReportEvent.Adopted(roomId, saved.getId()));
        return saved.toReport();
    }

    /** Saves the texts; refused with {@link ReportConflictException} when someone saved since {@code version}. */
    @Transactional
    public RoomReport save(long roomId, long version, ReportTexts texts, @Nullable String note) {
        return change(roomId, version, texts, note, RevisionKind.EDITED);
    }

    /** Saves the result of a merge after a conflict: like {@link #save}, recorded as a merge. */
    @Transactional
    public RoomReport saveMerged(long roomId, long version, ReportTexts texts, @Nullable String note) {
        return change(roomId, version, texts, note, RevisionKind.MERGED);
    }

    private RoomReport change(long roomId, long version, ReportTexts texts, @Nullable String note,
                              RevisionKind kind) {
        policy.require(policy.drafts(roomId), "edit the report of room " + roomId);
        policy.requireWritable(roomId);
        var report = recorder.lockForChange(roomId);
        var cleaned = clean(texts);
        var cleanNote = note(note);
        recorder.checkContentVersion(report, version, cleaned);
        var actor = recorder.actorName();
        var record = RecordComparison.withoutDeleted(report.record(), cleaned);
        cleaned = onlyItemsOf(record, cleaned);
        report.edit(cleaned, record, actor, recorder.now());
        var saved = recorder.save(report, kind, cleanNote, actor);
        events.publishEvent(new ReportEvent.Saved(roomId, saved.getId()));
        return saved.toReport();
    }

    /** The record of the room now, as a report started now would hold it (the rapporteur or the secretariat). */
    public ReportRecord recordNow(long roomId) {
        policy.require(policy.drafts(roomId), "read the record of room " + roomId);
        return recordReader.read(roomId);
    }

    /** What changed in the record since the report took it (the rapporteur or the secretariat). */
    public List<RecordChange> recordChanges(long roomId) {
        policy.require(policy.drafts(roomId), "compare the report of room " + roomId + " with the record");
        var report = reports.findByRoom(roomId)
                .orElseThrow(() -> new org.majlis.base.NotFoundException("Room report of room", roomId));
        return RecordComparison.changes(report.record(), recordReader.read(roomId));
    }

    /**
     * Takes in the record now: items, interventions, statements, organisations and adopted entries as they are. The
     * texts are not touched; an item gone from the agenda keeps its summary (marked off the agenda).
     */
    @Transactional
    public RoomReport takeInRecord(long roomId, long version) {
        policy.require(policy.drafts(roomId), "take the record into the report of room " + roomId);
        policy.requireWritable(roomId);
        return step(roomId, version, RevisionKind.RECORD_TAKEN_IN, null, (report, actor) -> report.takeInRecord(
                        RecordComparison.takeIn(report.record(), recordReader.read(roomId), report.texts()), actor,
                        recorder.now()),
                id -> new ReportEvent.Saved(roomId, id));
    }

    @Transactional
    public RoomReport submit(long roomId, long version) {
        policy.require(policy.drafts(roomId), "submit the report of room " + roomId);
        policy.requireWritable(roomId);
        return step(roomId, version, RevisionKind.SUBMITTED, null,
                (report, actor) -> report.submit(actor, recorder.now()), id -> new ReportEvent.Submitted(roomId, id));
    }

    /**
     * Adopts a submitted report (the chairs or the secretariat); refused, naming the languages and the texts, while a
     * text is missing in a language the edition requires.
     */
    @Transactional
    public RoomReport adopt(long roomId, long version) {
        policy.require(policy.chairs(roomId), "adopt the report of room " + roomId);
        policy.requireWritable(roomId);
        var required = rooms.details(roomId).edition().requiredLanguagesInOrder();
        return step(roomId, version, RevisionKind.ADOPTED, null, (report, actor) -> {
            var blocking = missing(report.record(), report.texts()).stream()
                    .filter(m -> required.contains(m.language()) && !m.none())
                    .map(ReportService::phrase)
                    .toList();
            if (!blocking.isEmpty()) {
                throw new RefusedException("report.refused.missing", blocking);
            }
            report.adopt(actor, recorder.now());
        }, id -> new ReportEvent.Adopted(roomId, id));
    }

    /** Sends a submitted report back to drafting (the chairs or the secretariat); the reason is required. */
    @Transactional
    public RoomReport returnToDrafting(long roomId, long version, @Nullable String reason) {
        policy.require(policy.chairs(roomId), "return the report of room " + roomId);
        policy.requireWritable(roomId);
        var cleaned = UserText.lineOrNull(reason);
        new Validation().required("reason", cleaned).maxLength("reason", cleaned, NOTE_MAX).throwIfAny();
        return step(roomId, version, RevisionKind.RETURNED, cleaned,
                (report, actor) -> report.returnToDrafting(cleaned, actor, recorder.now()),
                id -> new ReportEvent.Returned(roomId, id));
    }

    /**
     * One step of the workflow on the locked report, if nobody changed it since {@code version}: the step, a revision
     * of the given kind, and the room's event (delivered after the commit).
     */
    private RoomReport step(long roomId, long version, RevisionKind kind, @Nullable String note,
                            BiConsumer<ReportEntity, String> act, LongFunction<ReportEvent> event) {
        var report = recorder.lockForChange(roomId);
        recorder.checkVersion(report, version);
        var actor = recorder.actorName();
        act.accept(report, actor);
        var saved = recorder.save(report, kind, note, actor);
        events.publishEvent(event.apply(saved.getId()));
        return saved.toReport();
    }

    /** What is still missing in each language: the introduction once begun, every item on the agenda, the recommendations. */
    static List<MissingText> missing(ReportRecord record, ReportTexts texts) {
        var result = new ArrayList<MissingText>();
        var introduction = !texts.introduction().isEmpty();
        for (var language : Language.values()) {
            var items = record.items().stream().filter(ReportRecord.Item::onAgenda)
                    .filter(i -> texts.text(ReportPart.summary(i.id())).get(language).isMissing())
                    .map(ReportRecord.Item::number)
                    .toList();
            result.add(new MissingText(language, introduction && texts.introduction().get(language).isMissing(),
                    items, texts.recommendations().get(language).isMissing()));
        }
        return result;
    }

    /** "Arabic: the summaries of items 2, 3; the recommendations", for the refusal, translated by the view. */
    private static Phrase phrase(MissingText missing) {
        var parts = new ArrayList<Phrase>();
        if (missing.introduction()) {
            parts.add(new Phrase("report.missing.introduction"));
        }
        if (!missing.itemNumbers().isEmpty()) {
            parts.add(new Phrase("report.missing.items", missing.itemNumbers().stream().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(", "))));
        }
        if (missing.recommendations()) {
            parts.add(new Phrase("report.missing.recommendations"));
        }
        return new Phrase("report.missing.language", new Phrase("report.language." + missing.language().code()),
                parts);
    }

    /** The texts with what people typed cleaned (ADR 0034) and each version checked against its length. */
    private static ReportTexts clean(ReportTexts texts) {
        var v = new Validation();
        var result = ReportTexts.empty();
        var parts = new ArrayList<ReportPart>();
        parts.add(ReportPart.INTRODUCTION);
        texts.summaries().keySet().forEach(id -> parts.add(ReportPart.summary(id)));
        parts.add(ReportPart.RECOMMENDATIONS);
        for (var part : parts) {
            for (var language : Language.values()) {
                var version = texts.text(part).get(language);
                var text = UserText.textOrNull(version.text());
                v.maxLength(new ReportField(part, language).key(), text, TEXT_MAX);
                result = result.with(part, language, new LanguageText(text, version.status()));
            }
        }
        v.throwIfAny();
        return result;
    }

    /** Drops summaries of items the report does not know (a forged or stale id). */
    private static ReportTexts onlyItemsOf(ReportRecord record, ReportTexts texts) {
        var ids = record.itemIds();
        var summaries = new java.util.TreeMap<>(texts.summaries());
        summaries.keySet().retainAll(ids);
        return new ReportTexts(texts.introduction(), summaries, texts.recommendations());
    }

    private static @Nullable String note(@Nullable String value) {
        var cleaned = UserText.lineOrNull(value);
        new Validation().maxLength("note", cleaned, NOTE_MAX).throwIfAny();
        return cleaned;
    }
}
