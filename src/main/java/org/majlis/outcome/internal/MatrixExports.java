package org.majlis.outcome.internal;

import org.jspecify.annotations.Nullable;
import org.majlis.base.Language;
import org.majlis.base.ui.Formats;
import org.majlis.export.Doc;
import org.majlis.export.Sheet;
import org.majlis.export.Translated;
import org.majlis.matrix.EntryData;
import org.majlis.matrix.EntryFilter;
import org.majlis.matrix.EntryStatus;
import org.majlis.matrix.MatrixColumn;
import org.majlis.matrix.EntrySummary;
import org.majlis.matrix.MatrixReferenceService;
import org.majlis.matrix.MatrixReviewService;
import org.majlis.matrix.MatrixService;
import org.majlis.matrix.OicArea;
import org.majlis.matrix.ReviewSummary;
import org.majlis.matrix.SdgGoal;
import org.majlis.meetings.EditionService;
import org.majlis.meetings.EditionSummary;
import org.majlis.meetings.OrganisationService;
import org.majlis.meetings.OrganisationSummary;
import org.majlis.meetings.RoomKind;
import org.majlis.meetings.RoomService;
import org.majlis.meetings.RoomSummary;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.majlis.outcome.internal.ExportTexts.per;

/**
 * Builds the matrix of a room or of an edition, and the implementation review of the previous edition's matrix, as
 * the export model ({@link Sheet}s and landscape {@link Doc}s) from the services' public API, as the current user.
 * Column headers come from the translation files in the three languages; the entries' texts keep their languages
 * (a missing translation is marked by the writer). Pure: reads only, in the caller's transaction.
 */
@Component
public class MatrixExports {

    private final MatrixService matrix;
    private final MatrixReviewService review;
    private final MatrixReferenceService reference;
    private final RoomService rooms;
    private final EditionService editions;
    private final ExportTexts texts;
    private final Clock clock;

    MatrixExports(MatrixService matrix, MatrixReviewService review, MatrixReferenceService reference,
                  RoomService rooms, EditionService editions, ExportTexts texts, Clock clock) {
        this.matrix = matrix;
        this.review = review;
        this.reference = reference;
        this.rooms = rooms;
        this.editions = editions;
        this.texts = texts;
        this.clock = clock;
    }

    /** A room's matrix: every entry but the withdrawn ones, with its status. */
    public Sheet roomSheet(long roomId) {
        var room = rooms.details(roomId).room();
        var labels = labels();
        return new Sheet(sheetName(room), new Doc.Table(headers(false, true),
                roomEntries(roomId).stream().map(e -> row(labels, e, null, true)).toList()));
    }

    public Doc roomDoc(long roomId) {
        var details = rooms.details(roomId);
        var room = details.room();
        var labels = labels();
        var entries = roomEntries(roomId);
        var blocks = new ArrayList<Doc.Block>();
        blocks.add(new Doc.Paragraph(editionTitle(details.edition()), true));
        blocks.add(new Doc.Paragraph(exportedOn(), true));
        if (entries.isEmpty()) {
            blocks.add(new Doc.Paragraph(texts.t("export.matrix.room-empty"), true));
        } else {
            blocks.add(new Doc.Table(headers(false, true),
                    entries.stream().map(e -> row(labels, e, null, true)).toList()));
        }
        return new Doc(per(language -> texts.in(language, "export.matrix.room-title",
                room.title().in(language.locale()))), true, blocks);
    }

    /** The edition's matrix (the final report's annex): one sheet per working room, adopted entries only. */
    public List<Sheet> editionSheets(long editionId) {
        var labels = labels();
        return matrixRooms(editionId).stream().map(room -> new Sheet(sheetName(room), new Doc.Table(
                headers(false, false), adopted(room.id()).stream().map(e -> row(labels, e, null, false)).toList())))
                .toList();
    }

    /** The edition's matrix as one table with a Room column (CSV). */
    public Sheet editionSheet(long editionId) {
        var labels = labels();
        var rows = new ArrayList<List<Translated>>();
        for (var room : matrixRooms(editionId)) {
            adopted(room.id()).forEach(e -> rows.add(row(labels, e, roomName(room), false)));
        }
        return new Sheet(texts.t("export.matrix.title"), new Doc.Table(headers(true, false), rows));
    }

    /** The edition's matrix as a landscape document: a heading and a table per working room. */
    public Doc editionDoc(long editionId) {
        var edition = editions.get(editionId);
        var labels = labels();
        var blocks = new ArrayList<Doc.Block>();
        blocks.add(new Doc.Paragraph(editionTitle(edition), true));
        blocks.add(new Doc.Paragraph(texts.t("export.matrix.adopted-only"), true));
        blocks.add(new Doc.Paragraph(exportedOn(), true));
        for (var room : matrixRooms(editionId)) {
            blocks.add(new Doc.Heading(2, Translated.of(room.title())));
            var entries = adopted(room.id());
            if (entries.isEmpty()) {
                blocks.add(new Doc.Paragraph(texts.t("export.matrix.room-none-adopted"), true));
            } else {
                blocks.add(new Doc.Table(headers(false, false),
                        entries.stream().map(e -> row(labels, e, null, false)).toList()));
            }
        }
        return new Doc(texts.t("export.matrix.title"), true, blocks);
    }

    /**
     * The edition's matrix as the final report's annex, in portrait: a heading and a compact table per working room
     * (code, title, lead UN, lead OIC, partners, timeframe, SDGs; adopted entries). The matrix export has every column.
     */
    public List<Doc.Block> annexBlocks(long editionId) {
        var labels = labels();
        var blocks = new ArrayList<Doc.Block>();
        blocks.add(new Doc.Paragraph(texts.t("export.matrix.adopted-only"), true));
        var headers = List.of(texts.t("matrix.field.code"), texts.t("matrix.field.title"),
                texts.t("matrix.field.lead-un"), texts.t("matrix.field.lead-oic"), texts.t("matrix.field.partners"),
                texts.t("matrix.column.timeframe"), texts.t("matrix.field.sdgs"));
        for (var room : matrixRooms(editionId)) {
            blocks.add(new Doc.Heading(2, Translated.of(room.title())));
            var entries = adopted(room.id());
            if (entries.isEmpty()) {
                blocks.add(new Doc.Paragraph(texts.t("export.matrix.room-none-adopted"), true));
                continue;
            }
            blocks.add(new Doc.Table(headers, entries.stream().map(entry -> {
                var data = entry.data();
                return List.of(Translated.same(data.code()), Translated.of(data.title()),
                        labels.organisation(data.leadUnId()), labels.organisation(data.leadOicId()),
                        labels.organisations(data.partnerIds()), ExportTexts.timeframe(data.startDate(),
                                data.endDate()), labels.sdgs(data));
            }).toList()));
        }
        return blocks;
    }

    /** The review of the previous edition's matrix as one table with a Room column. */
    public Sheet reviewSheet(long editionId) {
        var edition = editions.get(editionId);
        var rows = new ArrayList<List<Translated>>();
        var labels = labels();
        for (var room : matrixRooms(editionId)) {
            review.review(room.id()).entries().forEach(r -> rows.add(reviewRow(labels, r, roomName(room))));
        }
        return new Sheet(reviewTitle(edition), new Doc.Table(reviewHeaders(true), rows));
    }

    /** The review of the previous edition's matrix as a landscape document, a heading and a table per room. */
    public Doc reviewDoc(long editionId) {
        var edition = editions.get(editionId);
        var labels = labels();
        var blocks = new ArrayList<Doc.Block>();
        blocks.add(new Doc.Paragraph(editionTitle(edition), true));
        blocks.add(new Doc.Paragraph(exportedOn(), true));
        for (var room : matrixRooms(editionId)) {
            var roomReview = review.review(room.id());
            blocks.add(new Doc.Heading(2, Translated.of(room.title())));
            if (roomReview.entries().isEmpty()) {
                blocks.add(new Doc.Paragraph(texts.t("matrix.review.none"), true));
                continue;
            }
            var reported = roomReview.entries().size() - roomReview.notReported();
            blocks.add(new Doc.Paragraph(roomReview.averageProgress() == null
                    ? texts.t("export.review.summary-none", roomReview.entries().size())
                    : texts.t("export.review.summary", roomReview.entries().size(), reported,
                    roomReview.averageProgress()), true));
            blocks.add(new Doc.Table(reviewHeaders(false),
                    roomReview.entries().stream().map(r -> reviewRow(labels, r, null)).toList()));
        }
        return new Doc(reviewTitle(edition), true, blocks);
    }

    /** The rooms whose matrix is exported, in room order: every room but the opening plenary. */
    public List<RoomSummary> matrixRooms(long editionId) {
        return rooms.rooms(editionId).stream().filter(room -> room.kind() != RoomKind.PLENARY).toList();
    }

    private List<EntrySummary> roomEntries(long roomId) {
        return matrix.roomMatrix(roomId, EntryFilter.all()).entries().stream()
                .filter(e -> e.status() != EntryStatus.WITHDRAWN).toList();
    }

    private List<EntrySummary> adopted(long roomId) {
        return matrix.roomMatrix(roomId, EntryFilter.all()).entries().stream()
                .filter(e -> e.status() == EntryStatus.ADOPTED).toList();
    }

    private List<Translated> headers(boolean roomColumn, boolean status) {
        var headers = new ArrayList<Translated>();
        // The import reads the same columns (MatrixColumn), so an exported file can be imported again.
        if (roomColumn) {
            headers.add(texts.t(MatrixColumn.ROOM.headerKey()));
        }
        for (var column : MatrixColumn.CONTENT) {
            headers.add(texts.t(column.headerKey()));
        }
        if (status) {
            headers.add(texts.t(MatrixColumn.STATUS.headerKey()));
        }
        return headers;
    }

    private List<Translated> row(Labels labels, EntrySummary entry, @Nullable Translated room, boolean status) {
        var data = entry.data();
        var row = new ArrayList<Translated>();
        if (room != null) {
            row.add(room);
        }
        row.add(Translated.same(data.code()));
        row.add(Translated.of(data.title()));
        row.add(Translated.of(data.description()));
        row.add(labels.organisation(data.leadUnId()));
        row.add(labels.organisation(data.leadOicId()));
        row.add(labels.organisations(data.partnerIds()));
        row.add(labels.states(data.beneficiaries()));
        row.add(ExportTexts.timeframe(data.startDate(), data.endDate()));
        row.add(Translated.of(data.expectedResults()));
        row.add(Translated.of(data.indicators()));
        row.add(labels.sdgs(data));
        row.add(labels.areas(data));
        row.add(ExportTexts.amount(data.budget(), data.currency()));
        if (status) {
            row.add(texts.t("matrix.status." + entry.status().name()));
        }
        return row;
    }

    private List<Translated> reviewHeaders(boolean roomColumn) {
        var headers = new ArrayList<Translated>();
        if (roomColumn) {
            headers.add(texts.t("export.column.room"));
        }
        for (var key : List.of("matrix.field.code", "matrix.field.title", "matrix.field.lead-un",
                "matrix.field.lead-oic", "matrix.review.implementation", "export.column.progress",
                "matrix.review.note", "export.column.reported-by", "export.column.carried-over")) {
            headers.add(texts.t(key));
        }
        return headers;
    }

    private List<Translated> reviewRow(Labels labels, ReviewSummary review, @Nullable Translated room) {
        var data = review.entry().data();
        var row = new ArrayList<Translated>();
        if (room != null) {
            row.add(room);
        }
        row.add(Translated.same(data.code()));
        row.add(Translated.of(data.title()));
        row.add(labels.organisation(data.leadUnId()));
        row.add(labels.organisation(data.leadOicId()));
        row.add(review.status() == null ? texts.t("matrix.review.no-report")
                : texts.t("matrix.implementation." + review.status().name()));
        row.add(review.progress() == null ? Translated.empty()
                : per(language -> texts.in(language, "export.percent", review.progress())));
        // A note is written in one language, which Majlis does not know: shown as written in every column.
        row.add(Translated.same(review.note()));
        row.add(review.reportedBy() == null ? Translated.empty() : per(language -> review.reportedBy() + " — "
                + Formats.date(LocalDate.ofInstant(review.reportedAt(), clock.getZone()), language.locale())));
        row.add(Translated.same(review.carriedOverCode()));
        return row;
    }

    private Translated sheetName(RoomSummary room) {
        return room.kind() == RoomKind.OTHER ? Translated.of(room.title())
                : texts.t("admin.rooms.kind." + room.kind().name());
    }

    private Translated roomName(RoomSummary room) {
        return Translated.of(room.title());
    }

    private Translated editionTitle(EditionSummary edition) {
        return per(language -> texts.in(language, "edition.title", edition.number(),
                edition.city().in(language.locale())));
    }

    private Translated reviewTitle(EditionSummary edition) {
        var previous = edition.previousEditionNumber();
        return previous == null ? texts.t("export.review.title-none")
                : texts.t("matrix.review.title", previous);
    }

    private Translated exportedOn() {
        var today = LocalDate.now(clock);
        return per(language -> texts.in(language, "export.exported-on", Formats.date(today, language.locale())));
    }

    private Labels labels() {
        return new Labels(
                reference.organisations().stream().collect(Collectors.toMap(OrganisationSummary::id,
                        Function.identity())),
                reference.sdgs().stream().collect(Collectors.toMap(SdgGoal::number, Function.identity())),
                reference.oicAreas().stream().collect(Collectors.toMap(OicArea::id, Function.identity())));
    }

    /** Names of the organisations, goals and areas entries refer to, looked up once per export. */
    private record Labels(Map<Long, OrganisationSummary> organisations, Map<Integer, SdgGoal> goals,
                          Map<Long, OicArea> areas) {

        Translated organisation(@Nullable Long id) {
            var organisation = id == null ? null : organisations.get(id);
            return organisation == null ? Translated.empty()
                    : per(language -> organisation.shortName(language.locale()));
        }

        Translated organisations(List<Long> ids) {
            if (ids.isEmpty()) {
                return Translated.empty();
            }
            return per(language -> join(language, ids.stream().map(organisations::get)
                    .filter(java.util.Objects::nonNull).map(o -> o.shortName(language.locale())).toList()));
        }

        Translated states(List<String> codes) {
            if (codes.isEmpty()) {
                return Translated.empty();
            }
            return per(language -> join(language, codes.stream()
                    .map(code -> OrganisationService.countryName(code, language.locale())).toList()));
        }

        Translated sdgs(EntryData data) {
            if (data.sdgs().isEmpty()) {
                return Translated.empty();
            }
            return per(language -> join(language, data.sdgs().stream().map(number -> {
                var goal = goals.get(number);
                var name = goal == null ? "" : goal.name().in(language.locale());
                return name.isEmpty() ? String.valueOf(number) : number + " — " + name;
            }).toList()));
        }

        Translated areas(EntryData data) {
            if (data.oicAreaIds().isEmpty()) {
                return Translated.empty();
            }
            return per(language -> join(language, data.oicAreaIds().stream().map(areas::get)
                    .filter(java.util.Objects::nonNull)
                    .map(area -> area.code() + " — " + area.name().in(language.locale())).toList()));
        }

        private static String join(Language language, List<String> parts) {
            return String.join(language == Language.AR ? "؛ " : "; ", parts);
        }
    }
}
