package org.majlis.floor;

import org.majlis.base.ConcurrentEditException;
import org.majlis.base.StoredTime;
import org.majlis.base.NotFoundException;
import org.majlis.base.Validation;
import org.majlis.floor.FloorEvent.StatementSubmitted;
import org.majlis.floor.internal.FileSniffer;
import org.majlis.floor.internal.FloorRequest;
import org.majlis.floor.internal.FloorRequestRepository;
import org.majlis.floor.internal.StatementFileName;
import org.majlis.floor.internal.WrittenStatement;
import org.majlis.floor.internal.WrittenStatementFile;
import org.majlis.floor.internal.WrittenStatementFileRepository;
import org.majlis.floor.internal.WrittenStatementRepository;
import org.majlis.meetings.RoomAccess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Written statements: a delegate attaches one to their own request or intervention (text in any of the three
 * languages and optionally a PDF or DOCX, checked by its bytes and size); the room's chairs and rapporteurs read
 * all statements of an item in one place.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class StatementService {

    static final int TEXT_MAX = 50_000;
    /** The version to submit when the delegate saw no statement yet. */
    public static final long NO_STATEMENT = -1;

    private final WrittenStatementRepository statements;
    private final WrittenStatementFileRepository files;
    private final FloorRequestRepository requests;
    private final FloorSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RoomAccess roomAccess;

    StatementService(WrittenStatementRepository statements, WrittenStatementFileRepository files,
                     FloorRequestRepository requests, FloorSettings settings, ApplicationEventPublisher events,
                     Clock clock, RoomAccess roomAccess) {
        this.statements = statements;
        this.files = files;
        this.requests = requests;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
        this.roomAccess = roomAccess;
    }

    /**
     * Writes or replaces the statement of the delegate's own request. {@code version} is the version of the statement
     * the delegate loaded ({@link #NO_STATEMENT} when there was none): a statement saved since (from another tab or
     * device) is not overwritten, the save is refused with {@link ConcurrentEditException}. Saves of one item's
     * floor queue on its speakers-list lock, so two first statements made at once end the same way. Refused in a
     * read-only room (closed, or of a past edition).
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("@floorGuard.madeRequest(#roomId, #requestId)")
    public StatementSummary submit(long roomId, long requestId, long version, StatementData data) {
        roomAccess.requireWritable(roomId);
        var request = loadRequest(roomId, requestId);
        requests.lockItem(request.getItemId(), roomId);
        var existing = statements.findByRequestId(requestId);
        ConcurrentEditException.check("Written statement of request", requestId, version,
                existing.map(WrittenStatement::getVersion).orElse(NO_STATEMENT));
        var type = validate(data, existing.map(WrittenStatement::hasFile).orElse(false));
        var statement = existing.orElseGet(() -> new WrittenStatement(requestId, roomId, request.getItemId()));
        statement.write(data.text(), StoredTime.now(clock));
        if (data.fileBytes() != null && type != null) {
            statement.attach(StatementFileName.of(data.fileName(), type), type, data.fileBytes().length);
        } else if (data.removeFile()) {
            statement.removeFile();
        }
        try {
            statements.saveAndFlush(statement);
        } catch (DataIntegrityViolationException | OptimisticLockingFailureException e) {
            // Another save of this statement got there first (the lock above makes this the rare case).
            throw new ConcurrentEditException("Written statement of request", requestId);
        }
        if (data.fileBytes() != null && type != null) {
            var bytes = data.fileBytes();
            files.findById(statement.getId()).ifPresentOrElse(file -> file.replace(bytes),
                    () -> files.save(new WrittenStatementFile(statement.getId(), bytes)));
        } else if (data.removeFile()) {
            files.findById(statement.getId()).ifPresent(files::delete);
        }
        files.flush();
        events.publishEvent(new StatementSubmitted(roomId, request.getItemId(), requestId));
        return summary(statement, request);
    }

    /** The statement of the delegate's own request, if they wrote one. */
    @PreAuthorize("@floorGuard.madeRequest(#roomId, #requestId)")
    public Optional<StatementSummary> ofRequest(long roomId, long requestId) {
        var request = loadRequest(roomId, requestId);
        return statements.findByRequestId(requestId).map(s -> summary(s, request));
    }

    /** All statements of an agenda item, in the order the requests arrived. */
    @PreAuthorize("@floorGuard.readsAllStatements(#roomId)")
    public List<StatementSummary> ofItem(long roomId, long itemId) {
        return statements.findByItem(itemId).stream()
                .filter(s -> s.getRoomId() == roomId)
                .map(s -> summary(s, requests.findById(s.getRequestId()).orElseThrow()))
                .toList();
    }

    /** The file attached to a statement, for download. */
    @PreAuthorize("@floorGuard.mayReadStatement(#roomId, #statementId)")
    public StatementFile file(long roomId, long statementId) {
        var statement = statements.findById(statementId).filter(s -> s.getRoomId() == roomId && s.hasFile())
                .orElseThrow(() -> new NotFoundException("Statement file", statementId));
        var bytes = files.findById(statementId).orElseThrow(() -> new NotFoundException("Statement file", statementId));
        var type = Objects.requireNonNull(statement.getFileType());
        return new StatementFile(StatementFileName.of(statement.getFileName(), type), type, bytes.getData());
    }

    /** The largest file a statement may carry, for the upload component. */
    public long maxFileBytes() {
        return settings.maxFileBytes();
    }

    private StatementFileType validate(StatementData data, boolean hadFile) {
        var v = new Validation().localized("text", data.text(), TEXT_MAX, false);
        var keepsFile = hadFile && !data.removeFile();
        v.check(!data.text().isEmpty() || data.fileBytes() != null || keepsFile, "textEn", "floor.statement.empty");
        StatementFileType type = null;
        if (data.fileBytes() != null) {
            var max = settings.maxFileBytes();
            v.check(data.fileBytes().length > 0, "file", "floor.statement.file-empty");
            v.check(data.fileBytes().length <= max, "file", "floor.statement.file-too-big", max / (1024 * 1024));
            type = FileSniffer.sniff(data.fileBytes());
            v.check(type != null, "file", "floor.statement.file-type");
        }
        v.throwIfAny();
        return type;
    }

    private FloorRequest loadRequest(long roomId, long requestId) {
        return requests.findById(requestId).filter(r -> r.getRoomId() == roomId)
                .orElseThrow(() -> new NotFoundException("Floor request", requestId));
    }

    private static StatementSummary summary(WrittenStatement s, FloorRequest request) {
        var r = request.toSummary(0, true);
        // Names stored before the name was built from the detected type are rebuilt the same way when shown.
        var fileName = s.getFileType() == null ? null : StatementFileName.of(s.getFileName(), s.getFileType());
        return new StatementSummary(s.getId(), s.getVersion(), s.getRequestId(), s.getItemId(), r.speakerName(),
                r.organisation(), r.kind(), r.status(), s.getText(), fileName, s.getFileType(),
                s.getFileSize(), s.getSubmittedAt());
    }

}
