package org.majlis.matrix;

import org.jspecify.annotations.Nullable;
import org.majlis.base.InvalidInputException;
import org.majlis.base.NotFoundException;
import org.majlis.base.UserText;
import org.majlis.base.Validation;
import org.majlis.matrix.internal.EntryComment;
import org.majlis.matrix.internal.EntryCommentRepository;
import org.majlis.matrix.internal.MatrixEntry;
import org.majlis.matrix.internal.MatrixEntryRepository;
import org.majlis.meetings.RoomService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The entries of a room's matrix and their workflow: draft or propose, edit, submit for review, adopt, return with a
 * reason, withdraw, reopen; comments and amendments. Every change is a revision ({@link MatrixHistoryService}).
 * Every change checks the user's role, then that the entry's own room (as stored) is writable — a closed room's or a
 * past edition's entries are read-only for everyone but the secretariat.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class MatrixService {

    /** Longest change note, reason or import note (one line; kept with the revision). */
    static final int NOTE_MAX = 2000;
    /** Longest comment, or explanation of an amendment. */
    static final int COMMENT_MAX = 4000;

    private final MatrixEntryRepository entries;
    private final EntryCommentRepository comments;
    private final EntryRecorder recorder;
    private final EntryValidator validator;
    private final MatrixPolicy policy;
    private final RoomService rooms;
    private final ApplicationEventPublisher events;

    MatrixService(MatrixEntryRepository entries, EntryCommentRepository comments, EntryRecorder recorder,
                  EntryValidator validator, MatrixPolicy policy, RoomService rooms,
                  ApplicationEventPublisher events) {
        this.entries = entries;
        this.comments = comments;
        this.recorder = recorder;
        this.validator = validator;
        this.policy = policy;
        this.rooms = rooms;
        this.events = events;
    }

    /** The room's entries matching the filter, the counts per status, and whether the user may add entries. */
    @PreAuthorize("@roomAccess.mayView(#roomId)")
    public RoomMatrix roomMatrix(long roomId, EntryFilter filter) {
        var all = entries.findByRoom(roomId);
        var origins = originCodes(all);
        var counts = new EnumMap<EntryStatus, Long>(EntryStatus.class);
        for (var status : EntryStatus.values()) {
            counts.put(status, all.stream().filter(e -> e.getStatus() == status).count());
        }
        var matching = all.stream()
                .map(e -> e.toSummary(e.getOriginEntryId() == null ? null : origins.get(e.getOriginEntryId())))
                .filter(e -> matches(e, filter))
                .toList();
        var mayChange = policy.mayChange(roomId);
        return new RoomMatrix(matching, counts, mayChange && policy.isRapporteur(roomId),
                mayChange && policy.isDelegate(roomId));
    }

    public EntryDetails get(long entryId) {
        var entry = recorder.load(entryId);
        policy.require(policy.mayRead(entry.getRoomId()), "read this entry");
        return details(entry);
    }

    /**
     * A new draft in a room: by its rapporteur, or proposed by a delegate for their own organisation (which must then
     * be a lead or a partner).
     */
    @Transactional
    public EntryDetails draft(long roomId, EntryData data, @Nullable String summary) {
        var rapporteur = policy.isRapporteur(roomId);
        policy.require(rapporteur || policy.isDelegate(roomId), "draft an entry in room " + roomId);
        policy.requireWritable(roomId);
        var actor = recorder.actor();
        Long ownOrganisation = null;
        if (!rapporteur) {
            ownOrganisation = actor.organisationId();
            if (ownOrganisation == null) {
                throw new InvalidInputException("partnerIds", "validation.matrix.own-organisation");
            }
        }
        var editionId = rooms.details(roomId).room().editionId();
        var note = note("summary", summary);
        validator.validate(data, editionId, null, ownOrganisation);
        var entry = new MatrixEntry(editionId, roomId, data, rapporteur ? null : actor.participantId(), null,
                actor.name(), recorder.now());
        entry = recorder.save(entry, RevisionKind.CREATED, note, actor);
        events.publishEvent(new MatrixEntryEvent.Drafted(roomId, entry.getId()));
        return details(entry);
    }

    /**
     * The secretariat loads an entry of a past edition's matrix (kept in Word until now) as already adopted, so that
     * the next edition can review it. Validated like any entry; recorded as an imported revision.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public EntryDetails importAdopted(long roomId, EntryData data, @Nullable String note) {
        policy.requireWritable(roomId); // the secretariat may always; stated for the one rule's sake
        var editionId = rooms.details(roomId).room().editionId();
        var cleanNote = note("summary", note);
        validator.validate(data, editionId, null, null);
        var actor = recorder.actor();
        var entry = recorder.save(MatrixEntry.importedAdopted(editionId, roomId, data, actor.name(), recorder.now()),
                RevisionKind.IMPORTED, cleanNote, actor);
        events.publishEvent(new MatrixEntryEvent.Adopted(roomId, entry.getId()));
        return details(entry);
    }

    /** Changes the content; refused with {@link EntryConflictException} when someone saved since {@code version}. */
    @Transactional
    public EntryDetails update(long entryId, long version, EntryData data, @Nullable String summary) {
        return change(entryId, version, data, summary, RevisionKind.EDITED);
    }

    /** Saves the result of a merge after a conflict: like {@link #update}, recorded as a merge. */
    @Transactional
    public EntryDetails saveMerged(long entryId, long version, EntryData data, @Nullable String summary) {
        return change(entryId, version, data, summary, RevisionKind.MERGED);
    }

    EntryDetails change(long entryId, long version, EntryData data, @Nullable String summary, RevisionKind kind) {
        var entry = recorder.lockForChange(entryId);
        policy.require(policy.mayEdit(entry), "edit entry " + entryId);
        policy.requireWritable(entry.getRoomId());
        recorder.checkContentVersion(entry, version, data);
        var actor = recorder.actor();
        var note = note("summary", summary);
        validator.validate(data, entry.getEditionId(), entry.getId(),
                policy.isRapporteur(entry.getRoomId()) ? null : actor.organisationId());
        entry.edit(data, actor.name(), recorder.now());
        return details(recorder.save(entry, kind, note, actor));
    }

    @Transactional
    public EntryDetails submit(long entryId, long version) {
        return transition(entryId, version, policy::maySubmit, "submit", RevisionKind.SUBMITTED, null,
                (entry, actor) -> entry.submit(actor.name(), recorder.now()));
    }

    @Transactional
    public EntryDetails adopt(long entryId, long version) {
        return transition(entryId, version, entry -> policy.mayChair(entry.getRoomId()), "adopt",
                RevisionKind.ADOPTED, null, (entry, actor) -> entry.adopt(actor.name(), recorder.now()));
    }

    /** Sends a submitted entry back to drafting; the reason is required and shown to the rapporteur. */
    @Transactional
    public EntryDetails returnToDrafting(long entryId, long version, @Nullable String reason) {
        var cleaned = UserText.lineOrNull(reason);
        return transition(entryId, version, entry -> policy.mayChair(entry.getRoomId()), "return",
                RevisionKind.RETURNED, cleaned, (entry, actor) -> {
                    new Validation().required("reason", cleaned).maxLength("reason", cleaned, NOTE_MAX).throwIfAny();
                    entry.returnToDrafting(cleaned, actor.name(), recorder.now());
                });
    }

    @Transactional
    public EntryDetails withdraw(long entryId, long version) {
        return transition(entryId, version, policy::mayWithdraw, "withdraw", RevisionKind.WITHDRAWN, null,
                (entry, actor) -> entry.withdraw(actor.name(), recorder.now()));
    }

    /** Puts an adopted entry back under review (chairs only), so that it can be changed again. */
    @Transactional
    public EntryDetails reopen(long entryId, long version, @Nullable String reason) {
        var cleaned = UserText.lineOrNull(reason);
        return transition(entryId, version, entry -> policy.mayChair(entry.getRoomId()), "reopen",
                RevisionKind.REOPENED, cleaned, (entry, actor) -> {
                    new Validation().maxLength("reason", cleaned, NOTE_MAX).throwIfAny();
                    entry.reopen(actor.name(), recorder.now());
                });
    }

    /**
     * One workflow step: lock the entry, check the permission and the version (in that order, so a refused
     * user learns nothing about versions), apply the guarded verb and record it as a revision.
     */
    private EntryDetails transition(long entryId, long version, Predicate<MatrixEntry> allowed, String verb,
                                    RevisionKind kind, @Nullable String note,
                                    BiConsumer<MatrixEntry, EntryRecorder.Actor> step) {
        var entry = recorder.lockForChange(entryId);
        policy.require(allowed.test(entry), verb + " entry " + entryId);
        policy.requireWritable(entry.getRoomId());
        recorder.checkVersion(entry, version);
        var actor = recorder.actor();
        step.accept(entry, actor);
        return details(recorder.save(entry, kind, note, actor));
    }

    @Transactional
    public EntryDetails comment(long entryId, @Nullable String body) {
        var entry = recorder.load(entryId);
        policy.require(entry.getStatus() != EntryStatus.WITHDRAWN && policy.mayComment(entry),
                "comment on entry " + entryId);
        policy.requireWritable(entry.getRoomId());
        var text = UserText.textOrNull(body);
        new Validation().required("body", text).maxLength("body", text, COMMENT_MAX).throwIfAny();
        var actor = recorder.actor();
        comments.save(new EntryComment(entryId, CommentKind.COMMENT, actor.participantId(), actor.name(),
                actor.organisation(), recorder.now(), text, null, null));
        events.publishEvent(new MatrixEntryEvent.Commented(entry.getRoomId(), entryId));
        return details(entry);
    }

    /** A delegate proposes new wording for one text field of a submitted entry, with an optional explanation. */
    @Transactional
    public EntryDetails proposeAmendment(long entryId, @Nullable EntryField field, @Nullable String proposedText,
                                         @Nullable String note) {
        var entry = recorder.load(entryId);
        policy.require(policy.mayProposeAmendment(entry), "propose an amendment to entry " + entryId);
        policy.requireWritable(entry.getRoomId());
        var text = UserText.textOrNull(proposedText);
        var explanation = UserText.textOrNull(note);
        var v = new Validation().required("field", field).required("proposedText", text)
                .maxLength("proposedText", text, EntryValidator.TEXT_MAX).maxLength("body", explanation, COMMENT_MAX);
        v.check(field == null || field.isText(), "field", "validation.matrix.amendment-text-only");
        v.throwIfAny();
        var actor = recorder.actor();
        comments.save(new EntryComment(entryId, CommentKind.AMENDMENT, actor.participantId(), actor.name(),
                actor.organisation(), recorder.now(), explanation, field, text));
        events.publishEvent(new MatrixEntryEvent.Commented(entry.getRoomId(), entryId));
        return details(entry);
    }

    /** The rapporteur takes an amendment's wording into the entry, as a new revision. */
    @Transactional
    public EntryDetails applyAmendment(long commentId, long version) {
        var amendment = comments.findById(commentId)
                .orElseThrow(() -> new NotFoundException("Matrix comment", commentId));
        var entry = recorder.lockForChange(amendment.getEntryId());
        policy.require(policy.isRapporteur(entry.getRoomId()), "apply an amendment");
        policy.requireWritable(entry.getRoomId());
        if (amendment.getKind() != CommentKind.AMENDMENT || amendment.isApplied() || amendment.getField() == null) {
            throw new InvalidInputException("field", "validation.matrix.amendment-applied");
        }
        var data = amendment.getField().set(entry.toData(), amendment.getProposedText());
        recorder.checkContentVersion(entry, version, data);
        var actor = recorder.actor();
        validator.validate(data, entry.getEditionId(), entry.getId(), null);
        entry.edit(data, actor.name(), recorder.now());
        amendment.markApplied();
        return details(recorder.save(entry, RevisionKind.AMENDMENT_APPLIED, amendment.getAuthorName(), actor));
    }

    /** A change note (one line), cleaned and checked before anything changes; null when empty. */
    private static @Nullable String note(String field, @Nullable String value) {
        var cleaned = UserText.lineOrNull(value);
        new Validation().maxLength(field, cleaned, NOTE_MAX).throwIfAny();
        return cleaned;
    }

    private EntryDetails details(MatrixEntry entry) {
        String originCode = entry.getOriginEntryId() == null ? null
                : entries.findById(entry.getOriginEntryId()).map(MatrixEntry::getCode).orElse(null);
        var list = comments.findByEntry(entry.getId()).stream().map(EntryComment::toSummary).toList();
        return new EntryDetails(entry.toSummary(originCode), list, policy.permissions(entry));
    }

    private Map<Long, String> originCodes(List<MatrixEntry> all) {
        var ids = all.stream().map(MatrixEntry::getOriginEntryId).filter(java.util.Objects::nonNull).toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return entries.findAllById(ids).stream()
                .collect(Collectors.toMap(MatrixEntry::getId, MatrixEntry::getCode, (a, b) -> a));
    }

    static boolean matches(EntrySummary entry, EntryFilter filter) {
        var data = entry.data();
        if (filter.status() != null && entry.status() != filter.status()) {
            return false;
        }
        if (filter.organisationId() != null && !data.involves(filter.organisationId())) {
            return false;
        }
        if (filter.sdg() != null && !data.sdgs().contains(filter.sdg())) {
            return false;
        }
        if (filter.memberState() != null && !data.beneficiaries().contains(filter.memberState())) {
            return false;
        }
        var text = filter.text() == null ? "" : filter.text().strip();
        if (!text.isEmpty()) {
            return (data.code() != null && data.code().toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT)))
                    || data.title().contains(text) || data.description().contains(text)
                    || data.expectedResults().contains(text) || data.indicators().contains(text);
        }
        return true;
    }
}
