package org.majlis.matrix;

import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;
import org.majlis.base.FieldError;
import org.majlis.base.InvalidInputException;
import org.majlis.base.Language;
import org.majlis.base.LocalizedText;
import org.majlis.base.Phrase;
import org.majlis.base.UserText;
import org.majlis.base.ui.Translations;
import org.majlis.matrix.internal.MatrixEntry;
import org.majlis.matrix.internal.MatrixEntryRepository;
import org.majlis.matrix.internal.OicAreaRepository;
import org.majlis.matrix.internal.SdgGoalRepository;
import org.majlis.matrix.internal.importing.HeaderRow;
import org.majlis.matrix.internal.importing.ParsedRow;
import org.majlis.matrix.internal.importing.RowReader;
import org.majlis.matrix.internal.importing.TableReader;
import org.majlis.matrix.internal.importing.Vocabulary;
import org.majlis.meetings.OrganisationFamily;
import org.majlis.meetings.OrganisationService;
import org.majlis.meetings.RoomKind;
import org.majlis.meetings.RoomService;
import org.majlis.meetings.RoomSummary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Imports matrix entries from an XLSX or CSV file with the columns of the matrix export ({@link MatrixColumn}):
 * first a {@link #preview} that reads and checks every row and writes nothing, then {@link #confirm}, which writes
 * the whole file in one transaction or nothing. Entries are matched by code: a new code creates an entry, a known
 * one is updated through the same revision path as the form ({@link EntryRecorder}: row lock, version check, a
 * revision of kind {@link RevisionKind#IMPORTED}), an entry the file does not change is left alone — so importing
 * a file twice changes nothing the second time.
 * <p>
 * The secretariat imports into any room of an edition (a new entry takes the status the file gives, adopted when it
 * gives none: an earlier matrix); a room's rapporteur imports drafts into their own room and updates only its drafts
 * and returned entries. Everyone else is refused, and so is a room id of another room or edition.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class MatrixImportService {

    /** The largest file accepted (10 MB: a 5,000-row matrix with full texts is about 3 MB as XLSX). */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    /** The most rows a file may have. */
    public static final int MAX_ROWS = 20_000;
    /** How many rows a confirmation writes between two clears of the persistence context. */
    private static final int FLUSH_EVERY = 100;

    private final MatrixEntryRepository entries;
    private final SdgGoalRepository sdgs;
    private final OicAreaRepository areas;
    private final OrganisationService organisations;
    private final RoomService rooms;
    private final EntryValidator validator;
    private final EntryRecorder recorder;
    private final MatrixPolicy policy;
    private final Translations translations;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;

    MatrixImportService(MatrixEntryRepository entries, SdgGoalRepository sdgs, OicAreaRepository areas,
                        OrganisationService organisations, RoomService rooms, EntryValidator validator,
                        EntryRecorder recorder, MatrixPolicy policy, Translations translations,
                        ApplicationEventPublisher events, EntityManager entityManager) {
        this.entries = entries;
        this.sdgs = sdgs;
        this.areas = areas;
        this.organisations = organisations;
        this.rooms = rooms;
        this.validator = validator;
        this.recorder = recorder;
        this.policy = policy;
        this.translations = translations;
        this.events = events;
        this.entityManager = entityManager;
    }

    /** Whether the current user may import into this room's matrix (the Matrix tab shows Import then). */
    public boolean mayImport(long roomId) {
        return policy.isAdmin() || (policy.isRapporteur(roomId) && policy.mayChange(roomId));
    }

    /**
     * Reads and checks the file, row by row, as the import would write it; writes nothing.
     *
     * @throws InvalidInputException on the field {@code file} when the file cannot be read at all (too large, not
     *                               XLSX or CSV, damaged, without the matrix's columns or rows)
     */
    public ImportPreview preview(ImportTarget target, String fileName, byte[] content, ImportProgress progress) {
        var targetRooms = checkTarget(target);
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException("file", "matrix.import.error.too-large", MAX_BYTES / (1024 * 1024));
        }
        var sheets = TableReader.read(fileName, content, MAX_ROWS);
        var admin = policy.isAdmin();
        var vocabulary = vocabulary(targetRooms);
        var byCode = entries.findByEdition(target.editionId()).stream()
                .collect(Collectors.toMap(MatrixEntry::getCode, Function.identity(), (a, b) -> a));
        var lookups = validator.lookups(target.editionId(),
                code -> Optional.ofNullable(byCode.get(code)).map(MatrixEntry::getId));
        var roomNames = targetRooms.stream().collect(Collectors.toMap(RoomSummary::id, RoomSummary::title));
        int total = sheets.stream().mapToInt(sheet -> Math.max(0, sheet.rows().size() - 1)).sum();
        var rows = new ArrayList<ImportRow>(total);
        var seen = new HashMap<String, String>();
        Language language = null;
        int done = 0;
        progress.rows(0, total);
        for (var sheet : sheets) {
            if (sheet.rows().isEmpty()) {
                continue;
            }
            var header = HeaderRow.of(sheet.rows().getFirst(), vocabulary);
            if (header == null) {
                continue;
            }
            language = language == null ? header.language() : language;
            var sheetRoom = target.roomId() == null ? RowReader.roomOfSheet(sheet.name(), vocabulary) : null;
            var reader = new RowReader(header, vocabulary, sheetRoom);
            var multiSheet = sheets.size() > 1;
            for (var raw : sheet.rows().subList(1, sheet.rows().size())) {
                var parsed = reader.read(raw);
                var where = multiSheet ? sheet.name() : null;
                rows.add(evaluate(target, parsed, where, admin, byCode, lookups, roomNames, seen));
                if (++done % 100 == 0) {
                    progress.rows(done, total);
                }
            }
        }
        if (language == null) {
            throw new InvalidInputException("file", "matrix.import.error.no-columns");
        }
        if (rows.isEmpty()) {
            throw new InvalidInputException("file", "matrix.import.error.no-rows");
        }
        progress.rows(total, total);
        return new ImportPreview(target, fileName, language, rows);
    }

    /**
     * Writes a preview without problems, all of it in this transaction: every row is checked again (permission,
     * room, rules, and that no entry changed since the preview); the first failure undoes everything.
     */
    @Transactional
    public ImportResult confirm(ImportPreview preview) {
        var target = preview.target();
        var targetRooms = checkTarget(target);
        if (preview.hasProblems()) {
            throw new InvalidInputException("file", "matrix.import.error.has-problems");
        }
        var admin = policy.isAdmin();
        var allowedRooms = targetRooms.stream().map(RoomSummary::id).toList();
        // The edition's codes are read once; an entry someone adds meanwhile is caught by the unique key on save.
        var codes = new HashMap<String, Long>();
        entries.findByEdition(target.editionId()).forEach(entry -> codes.put(entry.getCode(), entry.getId()));
        var lookups = validator.lookups(target.editionId(), code -> Optional.ofNullable(codes.get(code)));
        var actor = recorder.actor();
        int written = 0;
        var note = UserText.lineOrNull(translations.getTranslation("matrix.import.revision-note", Locale.ENGLISH,
                UserText.line(preview.fileName())));
        note = note == null || note.length() <= MatrixService.NOTE_MAX ? note : note.substring(0, MatrixService.NOTE_MAX);
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (var row : preview.rows()) {
            var roomId = row.roomId();
            if (roomId == null || !allowedRooms.contains(roomId)) {
                throw new AccessDeniedException(
                        "Not allowed to import into room " + roomId);
            }
            policy.requireWritable(roomId);
            var code = row.data().code();
            var currentId = code == null ? null : codes.get(code);
            if (++written % FLUSH_EVERY == 0) {
                // Saves flush; without this every flush would check all the entries written so far (quadratic).
                entityManager.flush();
                entityManager.clear();
            }
            switch (row.action()) {
                case CREATE -> {
                    if (currentId != null) {
                        throw stale(row);
                    }
                    validate(row, lookups, null);
                    var status = admin ? row.status() : EntryStatus.DRAFT;
                    var entry = recorder.save(MatrixEntry.imported(target.editionId(), roomId, row.data(), status,
                            actor.name(), recorder.now()), RevisionKind.IMPORTED, note, actor);
                    codes.put(code, entry.getId());
                    events.publishEvent(switch (status) {
                        case ADOPTED -> new MatrixEntryEvent.Adopted(roomId, entry.getId());
                        case SUBMITTED -> new MatrixEntryEvent.Submitted(roomId, entry.getId());
                        default -> new MatrixEntryEvent.Drafted(roomId, entry.getId());
                    });
                    created++;
                }
                case UPDATE -> {
                    if (currentId == null || !currentId.equals(row.entryId())) {
                        throw stale(row);
                    }
                    var entry = recorder.lockForChange(currentId);
                    if (entry.getRoomId() != roomId) {
                        throw stale(row);
                    }
                    policy.require(admin || drafting(entry), "import over entry " + entry.getId());
                    try {
                        recorder.checkContentVersion(entry, row.version(), row.data());
                    } catch (EntryConflictException e) {
                        throw stale(row);
                    }
                    validate(row, lookups, entry.getId());
                    entry.importContent(row.data(), actor.name(), recorder.now());
                    recorder.save(entry, RevisionKind.IMPORTED, note, actor);
                    updated++;
                }
                case UNCHANGED -> {
                    var entry = currentId == null ? null : entries.findById(currentId).orElse(null);
                    if (entry == null || entry.getVersion() != row.version()) {
                        throw stale(row);
                    }
                    unchanged++;
                }
            }
        }
        return new ImportResult(created, updated, unchanged);
    }

    private void validate(ImportRow row, EntryValidator.Lookups lookups, @Nullable Long selfId) {
        var problems = validator.problems(row.data(), lookups, selfId, null);
        if (!problems.isEmpty()) {
            var errors = new ArrayList<FieldError>();
            errors.add(new FieldError("file", "matrix.import.error.row-failed", row.number()));
            errors.addAll(problems);
            throw new InvalidInputException(errors);
        }
    }

    private static InvalidInputException stale(ImportRow row) {
        return new InvalidInputException("file", "matrix.import.error.changed-since-preview", row.number());
    }

    private static boolean drafting(MatrixEntry entry) {
        return entry.getStatus() == EntryStatus.DRAFT || entry.getStatus() == EntryStatus.RETURNED;
    }

    /**
     * Refuses a target the user may not import into, and returns its rooms: the secretariat any working room of
     * the edition (or the one room named), a rapporteur only their own writable room.
     */
    private List<RoomSummary> checkTarget(ImportTarget target) {
        var roomId = target.roomId();
        if (roomId == null) {
            policy.require(policy.isAdmin(), "import into edition " + target.editionId());
            return rooms.rooms(target.editionId()).stream().filter(r -> r.kind() != RoomKind.PLENARY).toList();
        }
        policy.require(policy.isAdmin() || policy.isRapporteur(roomId), "import into room " + roomId);
        var room = rooms.details(roomId).room();
        policy.require(room.editionId() == target.editionId(), "import into room " + roomId + " of another edition");
        if (room.kind() == RoomKind.PLENARY) {
            throw new InvalidInputException("file", "matrix.import.error.no-matrix");
        }
        policy.requireWritable(roomId);
        if (policy.isAdmin()) {
            return rooms.rooms(target.editionId()).stream().filter(r -> r.kind() != RoomKind.PLENARY).toList();
        }
        return List.of(room);
    }

    /** One row as the preview shows it: what it does, and every problem with its column. */
    private ImportRow evaluate(ImportTarget target, ParsedRow parsed, @Nullable String sheet, boolean admin,
                               Map<String, MatrixEntry> byCode, EntryValidator.Lookups lookups,
                               Map<Long, LocalizedText> roomNames, Map<String, String> seen) {
        var problems = new ArrayList<>(parsed.problems());
        var roomId = parsed.room() != null ? parsed.room() : parsed.roomNamed() ? null : target.roomId();
        if (roomId == null && !parsed.roomNamed()) {
            problems.add(new ImportProblem(MatrixColumn.ROOM, null, "matrix.import.error.room-missing"));
        }
        var code = parsed.code() == null ? null : parsed.code().strip().toUpperCase(Locale.ROOT);
        var existing = code == null ? null : byCode.get(code);
        var base = existing == null ? EntryData.empty() : existing.toData();
        var data = parsed.apply(base);
        var status = EntryStatus.DRAFT;
        if (admin) {
            status = parsed.status() == null ? EntryStatus.ADOPTED : parsed.status();
            if (existing == null && (status == EntryStatus.RETURNED || status == EntryStatus.WITHDRAWN)) {
                problems.add(new ImportProblem(MatrixColumn.STATUS, null, "matrix.import.error.status-not-importable",
                        new Phrase("matrix.status." + status.name())));
                status = EntryStatus.DRAFT;
            }
        }
        if (code != null) {
            var first = seen.putIfAbsent(code, (sheet == null ? "" : sheet + " ") + parsed.number());
            if (first != null) {
                problems.add(new ImportProblem(MatrixColumn.CODE, null, "matrix.import.error.code-twice", code, first));
            }
        }
        var action = existing == null ? ImportAction.CREATE : ImportAction.UPDATE;
        if (existing != null) {
            if (roomId != null && existing.getRoomId() != roomId) {
                var other = roomNames.get(existing.getRoomId());
                problems.add(new ImportProblem(MatrixColumn.CODE, null, "matrix.import.error.code-taken", code,
                        other == null ? "—" : other));
            } else if (data.equals(base)) {
                action = ImportAction.UNCHANGED;
            } else if (existing.getStatus() == EntryStatus.WITHDRAWN) {
                problems.add(new ImportProblem(MatrixColumn.CODE, null, "matrix.import.error.withdrawn", code));
            } else if (!admin && !drafting(existing)) {
                problems.add(new ImportProblem(MatrixColumn.CODE, null, "matrix.import.error.not-draft", code));
            }
        }
        if (action != ImportAction.UNCHANGED) {
            for (var error : validator.problems(data, lookups, existing == null ? null : existing.getId(), null)) {
                var problem = problem(error);
                // An unknown organisation was already reported with its name; "required" would only repeat it.
                if (problems.stream().noneMatch(p -> p.column() == problem.column())) {
                    problems.add(problem);
                } else if (problems.stream().noneMatch(p -> p.column() == problem.column()
                        && p.messageKey().equals(problem.messageKey())) && !problem.messageKey().equals("validation.required")) {
                    problems.add(problem);
                }
            }
        }
        return new ImportRow(sheet, parsed.number(), roomId, action, data, status,
                existing == null ? null : existing.getId(), existing == null ? 0 : existing.getVersion(), problems);
    }

    /** A rule broken, as a problem of the column that holds the field (and of its language, for a text). */
    private static ImportProblem problem(FieldError error) {
        var field = error.field();
        Language language = null;
        for (var l : Language.values()) {
            var suffix = l.code().substring(0, 1).toUpperCase(Locale.ROOT) + l.code().substring(1);
            if (field.endsWith(suffix) && field.length() > 2) {
                language = l;
                field = field.substring(0, field.length() - 2);
            }
        }
        var column = switch (field) {
            case "title" -> MatrixColumn.TITLE;
            case "description" -> MatrixColumn.DESCRIPTION;
            case "expectedResults" -> MatrixColumn.RESULTS;
            case "indicators" -> MatrixColumn.INDICATORS;
            case "leadUnId" -> MatrixColumn.LEAD_UN;
            case "leadOicId" -> MatrixColumn.LEAD_OIC;
            case "partnerIds" -> MatrixColumn.PARTNERS;
            case "beneficiaries" -> MatrixColumn.BENEFICIARIES;
            case "startDate", "endDate" -> MatrixColumn.TIMEFRAME;
            case "sdgs" -> MatrixColumn.SDGS;
            case "oicAreaIds" -> MatrixColumn.OIC_AREAS;
            case "budget", "currency" -> MatrixColumn.BUDGET;
            default -> MatrixColumn.CODE;
        };
        return new ImportProblem(column, column.isText() ? language : null, error.messageKey(), error.args());
    }

    /** The names cells are matched against, in the three languages. */
    private Vocabulary vocabulary(List<RoomSummary> targetRooms) {
        var v = new Vocabulary();
        for (var language : Language.values()) {
            var locale = language.locale();
            for (var column : MatrixColumn.values()) {
                v.header(translations.getTranslation(column.headerKey(), locale), column, language, false);
                if (column.isText()) {
                    for (var textLanguage : Language.values()) {
                        v.header(translations.getTranslation(column.headerKey(textLanguage), locale), column,
                                textLanguage, true);
                    }
                }
            }
            for (var status : EntryStatus.values()) {
                v.status(translations.getTranslation("matrix.status." + status.name(), locale), status);
                v.status(status.name(), status);
            }
            for (var textLanguage : Language.values()) {
                if (textLanguage != language) {
                    v.mark(language, textLanguage, translations.fallbackMark(language, textLanguage));
                }
            }
        }
        for (var organisation : organisations.list()) {
            var countryCode = organisation.countryCode();
            if (organisation.family() == OrganisationFamily.MEMBER_STATE && countryCode != null) {
                v.memberState(countryCode, countryCode);
                for (var language : Language.values()) {
                    v.memberState(organisation.name().get(language), countryCode);
                    v.memberState(organisation.acronym().get(language), countryCode);
                    v.memberState(OrganisationService.countryName(countryCode, language.locale()), countryCode);
                }
            } else if (organisation.family() != OrganisationFamily.MEMBER_STATE) {
                for (var language : Language.values()) {
                    v.organisation(organisation.name().get(language), organisation.id());
                    v.organisation(organisation.acronym().get(language), organisation.id());
                }
            }
        }
        for (var goal : sdgs.findAll()) {
            var record = goal.toRecord();
            for (var language : Language.values()) {
                v.sdg(record.name().get(language), record.number());
            }
        }
        for (var area : areas.findAll()) {
            var record = area.toRecord();
            v.area(record.code(), record.id());
            for (var language : Language.values()) {
                v.area(record.name().get(language), record.id());
            }
        }
        for (var room : targetRooms) {
            for (var language : Language.values()) {
                v.room(room.title().get(language), room.id());
                if (room.kind() != RoomKind.OTHER) {
                    v.room(translations.getTranslation("admin.rooms.kind." + room.kind().name(), language.locale()),
                            room.id());
                }
            }
        }
        return v;
    }
}
