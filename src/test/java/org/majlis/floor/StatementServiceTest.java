package org.majlis.floor;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.majlis.LiveRoomFixture;
import org.majlis.MajlisSpringTest;
import org.majlis.agenda.AgendaItemData;
import org.majlis.agenda.AgendaItemSummary;
import org.majlis.agenda.AgendaService;
import org.majlis.agenda.SpeakingLimits;
import org.majlis.Races;
import org.majlis.base.ConcurrentEditException;
import org.majlis.base.InvalidInputException;
import org.majlis.base.LocalizedText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.majlis.LiveRoomFixture.as;

@MajlisSpringTest
class StatementServiceTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    static final byte[] DOCX = docx();
    static final long NEW = StatementService.NO_STATEMENT;

    @Autowired
    ApplicationContext context;
    @Autowired
    AgendaService agenda;
    @Autowired
    FloorService floor;
    @Autowired
    StatementService statements;
    @Autowired
    JdbcTemplate jdbc;

    LiveRoomFixture room;
    AgendaItemSummary item;
    FloorRequestSummary request;

    /** The smallest file the sniffer takes for a Word document: a ZIP listing the two entries it looks for. */
    static byte[] docx() {
        var out = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(out)) {
            for (var name : List.of("[Content_Types].xml", "word/document.xml")) {
                zip.putNextEntry(new java.util.zip.ZipEntry(name));
                zip.write("<xml/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @BeforeEach
    void setUp() {
        room = LiveRoomFixture.create(context, 2);
        var created = as(room.chair, () -> agenda.create(room.roomId, new AgendaItemData(
                LocalizedText.of("Food security", null, null), LocalizedText.empty(), 30, SpeakingLimits.none())));
        item = as(room.chair, () -> agenda.open(room.roomId, created.id()));
        request = as(room.delegate(0), () -> floor.requestFloor(room.roomId, item.id(), room.organisationOf(0),
                FloorKind.STATEMENT));
    }

    @Test
    void a_delegate_attaches_a_statement_in_arabic_with_a_pdf_and_the_chair_and_rapporteur_read_it() {
        var text = LocalizedText.of(null, null, "نرحب بخطاب النوايا بين المنظمة الإسلامية للأمن الغذائي والفاو");
        var submitted = as(room.delegate(0), () -> statements.submit(room.roomId, request.id(), NEW,
                new StatementData(text, "C:\\Users\\me\\statement.pdf", PDF, false)));
        assertThat(submitted.fileName()).isEqualTo("statement.pdf");
        assertThat(submitted.fileType()).isEqualTo(StatementFileType.PDF);
        for (var reader : List.of(room.chair, room.rapporteur)) {
            var all = as(reader, () -> statements.ofItem(room.roomId, item.id()));
            assertThat(all).singleElement().satisfies(s -> {
                assertThat(s.text().ar()).isEqualTo(text.ar());
                assertThat(s.speakerName()).isEqualTo("Person " + room.delegate(0));
                assertThat(s.fileSize()).isEqualTo(PDF.length);
            });
            var file = as(reader, () -> statements.file(room.roomId, submitted.id()));
            assertThat(file.bytes()).isEqualTo(PDF);
        }
        assertThat(as(room.observer, () -> floor.state(room.roomId)).queue().getFirst().hasStatement()).isTrue();
    }

    @Test
    void the_delegate_replaces_the_text_and_keeps_the_file() {
        var first = as(room.delegate(0), () -> statements.submit(room.roomId, request.id(), NEW,
                new StatementData(LocalizedText.of("First", null, null), "s.pdf", PDF, false)));
        var replaced = as(room.delegate(0), () -> statements.submit(room.roomId, request.id(), first.version(),
                StatementData.text(LocalizedText.of(null, "Déclaration révisée", null))));
        assertThat(replaced.text().fr()).isEqualTo("Déclaration révisée");
        assertThat(replaced.text().en()).isNull();
        assertThat(replaced.hasFile()).isTrue();
        assertThat(as(room.delegate(0), () -> statements.ofRequest(room.roomId, request.id()))).isPresent();
    }

    @Test
    void a_renamed_file_an_empty_statement_and_a_file_over_the_limit_are_refused() {
        assertThatThrownBy(() -> as(room.delegate(0), () -> statements.submit(room.roomId, request.id(), NEW,
                new StatementData(LocalizedText.empty(), "virus.pdf", "MZ\u0090 not a pdf".getBytes(StandardCharsets.ISO_8859_1), false))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting(f -> f.messageKey())
                        .contains("floor.statement.file-type"));
        assertThatThrownBy(() -> as(room.delegate(0), () -> statements.submit(room.roomId, request.id(), NEW,
                StatementData.text(LocalizedText.empty()))))
                .isInstanceOf(InvalidInputException.class);
        var big = Arrays.copyOf(PDF, (int) (long) as(room.delegate(0), () -> statements.maxFileBytes()) + 1);
        assertThatThrownBy(() -> as(room.delegate(0), () -> statements.submit(room.roomId, request.id(), NEW,
                new StatementData(LocalizedText.empty(), "big.pdf", big, false))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting(f -> f.messageKey())
                        .contains("floor.statement.file-too-big"));
        assertThat(as(room.chair, () -> statements.ofItem(room.roomId, item.id()))).isEmpty();
    }

    @Test
    void no_one_writes_another_delegates_statement_and_only_chairs_and_rapporteurs_read_them_all() {
        var statement = as(room.delegate(0), () -> statements.submit(room.roomId, request.id(), NEW,
                new StatementData(LocalizedText.of("Ours", null, null), "s.pdf", PDF, false)));
        assertThatThrownBy(() -> as(room.delegate(1), () -> statements.submit(room.roomId, request.id(), NEW,
                StatementData.text(LocalizedText.of("Not mine", null, null))))).isInstanceOf(AccessDeniedException.class);
        for (var user : List.of(room.delegate(1), room.observer, room.otherRoomChair)) {
            assertThatThrownBy(() -> as(user, () -> statements.ofItem(room.roomId, item.id())))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(user, () -> statements.file(room.roomId, statement.id())))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(as(room.delegate(0), () -> statements.file(room.roomId, statement.id())).bytes()).isEqualTo(PDF);
        assertThat(as(room.chair, () -> statements.ofItem(room.roomId, item.id())).getFirst().text().en())
                .isEqualTo("Ours");
    }

    @Test
    void a_file_uploaded_as_a_disguised_command_is_stored_and_served_under_a_name_built_from_its_bytes() {
        var submitted = as(room.delegate(0), () -> statements.submit(room.roomId, request.id(), NEW,
                new StatementData(LocalizedText.empty(), "C:\\tmp\\report\u202Efdp.cmd", PDF, false)));

        assertThat(submitted.fileName()).isEqualTo("reportfdp.pdf");
        assertThat(jdbc.queryForObject("SELECT file_name FROM written_statement WHERE id = ?", String.class,
                submitted.id())).isEqualTo("reportfdp.pdf");
        var served = as(room.chair, () -> statements.file(room.roomId, submitted.id()));
        assertThat(served.fileName()).isEqualTo("reportfdp.pdf");
        assertThat(served.type()).isEqualTo(StatementFileType.PDF);
    }

    @Test
    void a_docx_uploaded_with_a_pdf_name_keeps_its_arabic_base_and_gets_the_docx_extension() {
        var submitted = as(room.delegate(0), () -> statements.submit(room.roomId, request.id(), NEW,
                new StatementData(LocalizedText.empty(), "بيان الوفد.pdf", DOCX, false)));

        assertThat(submitted.fileName()).isEqualTo("بيان الوفد.docx");
        assertThat(as(room.rapporteur, () -> statements.file(room.roomId, submitted.id())).fileName())
                .isEqualTo("بيان الوفد.docx");
    }

    @Test
    void a_file_name_stored_before_names_were_built_from_the_type_is_shown_and_served_rebuilt() {
        var submitted = as(room.delegate(0), () -> statements.submit(room.roomId, request.id(), NEW,
                new StatementData(LocalizedText.empty(), "statement.pdf", PDF, false)));
        jdbc.update("UPDATE written_statement SET file_name = ? WHERE id = ?", "old\u202Efdp.exe", submitted.id());

        assertThat(as(room.chair, () -> statements.file(room.roomId, submitted.id())).fileName())
                .isEqualTo("oldfdp.pdf");
        assertThat(as(room.chair, () -> statements.ofItem(room.roomId, item.id())).getFirst().fileName())
                .isEqualTo("oldfdp.pdf");
    }

    @Test
    void two_edits_made_from_the_same_loaded_statement_keep_the_first_and_refuse_the_second() {
        var loaded = as(room.delegate(0), () -> statements.submit(room.roomId, request.id(), NEW,
                new StatementData(LocalizedText.of("Draft", null, null), "s.pdf", PDF, false)));
        var first = as(room.delegate(0), () -> statements.submit(room.roomId, request.id(), loaded.version(),
                StatementData.text(LocalizedText.of("Edited in the first tab", null, null))));

        assertThatThrownBy(() -> as(room.delegate(0), () -> statements.submit(room.roomId, request.id(),
                loaded.version(), new StatementData(LocalizedText.of("Edited in the second tab", null, null), null,
                        null, true)))).isInstanceOf(ConcurrentEditException.class);
        var kept = as(room.delegate(0), () -> statements.ofRequest(room.roomId, request.id())).orElseThrow();
        assertThat(kept.text().en()).isEqualTo("Edited in the first tab");
        assertThat(kept.version()).isEqualTo(first.version());
        assertThat(kept.hasFile()).isTrue();
    }

    @Test
    void a_first_statement_saved_while_another_first_statement_is_being_saved_is_refused_and_one_is_kept()
            throws Exception {
        var outcome = Races.secondWhileFirstUncommitted(context,
                () -> as(room.delegate(0), () -> statements.submit(room.roomId, request.id(), NEW,
                        StatementData.text(LocalizedText.of("From the laptop", null, null)))),
                () -> as(room.delegate(0), () -> statements.submit(room.roomId, request.id(), NEW,
                        StatementData.text(LocalizedText.of("From the phone", null, null)))));

        assertThat(outcome).isInstanceOf(ConcurrentEditException.class);
        assertThat(jdbc.queryForList("SELECT text_en FROM written_statement WHERE floor_request_id = ?",
                String.class, request.id())).containsExactly("From the laptop");
    }

    @Test
    void a_first_statement_made_when_one_exists_already_is_refused() {
        as(room.delegate(0), () -> statements.submit(room.roomId, request.id(), NEW,
                StatementData.text(LocalizedText.of("Saved elsewhere", null, null))));

        assertThatThrownBy(() -> as(room.delegate(0), () -> statements.submit(room.roomId, request.id(), NEW,
                StatementData.text(LocalizedText.of("Unaware", null, null))))).isInstanceOf(ConcurrentEditException.class);
        assertThat(as(room.chair, () -> statements.ofItem(room.roomId, item.id()))).singleElement()
                .satisfies(s -> assertThat(s.text().en()).isEqualTo("Saved elsewhere"));
    }
}
