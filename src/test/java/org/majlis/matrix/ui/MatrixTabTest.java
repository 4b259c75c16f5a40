package org.majlis.matrix.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.majlis.BrowserlessViewTest;
import org.majlis.matrix.EntryField;
import org.majlis.matrix.EntryStatus;
import org.majlis.matrix.ImplementationReport;
import org.majlis.matrix.ImplementationStatus;
import org.majlis.matrix.MatrixReviewService;
import org.majlis.matrix.ReviewReport;
import org.majlis.matrix.EntrySummary;
import org.majlis.matrix.MatrixFixtures;
import org.majlis.matrix.MatrixReferenceService;
import org.majlis.matrix.MatrixService;
import org.majlis.matrix.OicArea;
import org.majlis.base.LocalizedText;
import org.majlis.meetings.RoomKind;
import org.majlis.meetings.RoomService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The room's Matrix tab without a browser: what each role sees, drafting, the conflict dialog, the difference. */
class MatrixTabTest extends BrowserlessViewTest {

    @Autowired
    MatrixService matrix;
    @Autowired
    MatrixReferenceService reference;
    @Autowired
    MatrixReviewService review;
    @Autowired
    RoomService rooms;

    @Autowired
    MatrixFixtures fx;
    long eco;

    @BeforeEach
    void room() {
        eco = fx.astanaEco();
    }

    @SuppressWarnings("unchecked")
    private void openRoom() throws Exception {
        navigate("rooms/" + eco, (Class<Component>) Class.forName("org.majlis.meetings.ui.RoomView"));
        var tabs = find(TabSheet.class).id("room-tabs");
        for (var i = 0; ; i++) {
            if ("Matrix".equals(tabs.getTabAt(i).getLabel())) {
                tabs.setSelectedIndex(i);
                return;
            }
        }
    }

    /** Clicks the entry's row, as a user opening it would. */
    private void openEntry(long entryId) {
        var rows = rows(grid());
        test(grid()).clickRow(rows.indexOf(rows.stream().filter(e -> e.id() == entryId).findFirst().orElseThrow()));
    }

    @SuppressWarnings("unchecked")
    private Grid<EntrySummary> grid() {
        return find(Grid.class).id("matrix-grid");
    }

    @Test
    @WithMockUser(username = "eco.rapporteur", roles = "USER")
    void a_rapporteur_drafts_an_entry_in_arabic_and_french_from_the_matrix_tab() throws Exception {
        openRoom();
        var code = fx.uniqueCode();
        test(find(Button.class).id("matrix-new-entry")).click();
        test(find(TextField.class).id("entry-code")).setValue(code);
        test(find(TextField.class).id("entry-title-fr")).setValue("Formation professionnelle au Sahel");
        var arabic = find(TextField.class).id("entry-title-ar");
        test(arabic).setValue("التدريب المهني في منطقة الساحل");
        assertThat(arabic.getElement().getAttribute("dir")).isEqualTo("rtl");
        test((ComboBox<?>) find(ComboBox.class).id("entry-lead-un")).selectItem("ILO");
        test((ComboBox<?>) find(ComboBox.class).id("entry-lead-oic")).selectItem("SESRIC");
        test(find(Button.class).id("entry-save")).click();
        assertThat(rows(grid())).anySatisfy(e -> {
            assertThat(e.data().code()).isEqualTo(code);
            assertThat(e.status()).isEqualTo(EntryStatus.DRAFT);
            assertThat(e.data().title().ar()).isEqualTo("التدريب المهني في منطقة الساحل");
        });
        assertThat(find(Button.class).withId("entry-submit").exists()).isTrue();
        assertThat(find(Button.class).withId("entry-adopt").exists()).isFalse();
    }

    @Test
    @WithMockUser(username = "eco.rapporteur", roles = "USER")
    void a_missing_field_is_shown_next_to_it_and_nothing_is_saved() throws Exception {
        openRoom();
        test(find(Button.class).id("matrix-new-entry")).click();
        test(find(TextField.class).id("entry-code")).setValue("eco7");
        test(find(Button.class).id("entry-save")).click();
        assertThat(error(find(TextField.class).id("entry-code"))).startsWith("Two to five capital letters");
        assertThat(error(find(TextField.class).id("entry-title-en"))).isEqualTo("Enter it in at least one language");
        assertThat(error((ComboBox<?>) find(ComboBox.class).id("entry-lead-un"))).isEqualTo("Required");
    }

    @Test
    @WithMockUser(username = "eco.observer", roles = "USER")
    void an_observer_reads_the_matrix_but_may_not_add_to_it() throws Exception {
        var code = fx.uniqueCode();
        MatrixFixtures.as("eco.rapporteur", () -> matrix.draft(eco, fx.foodSecurity(code), null));
        openRoom();
        assertThat(find(Button.class).withId("matrix-new-entry").exists()).isFalse();
        assertThat(rows(grid())).extracting(e -> e.data().code()).contains(code);
        assertThat(find(Span.class).id("matrix-count-DRAFT").getText()).startsWith("Draft: ");
    }

    @Test
    @WithMockUser(username = "eco.chair.un", roles = "USER")
    void filtering_by_status_shows_only_entries_in_that_status() throws Exception {
        var draft = MatrixFixtures.as("eco.rapporteur", () -> matrix.draft(eco, fx.foodSecurity(fx.uniqueCode()),
                null));
        var submitted = MatrixFixtures.as("eco.rapporteur", () -> matrix.submit(draft.entry().id(),
                draft.entry().version()));
        openRoom();
        @SuppressWarnings("unchecked")
        Select<EntryStatus> status = find(Select.class).id("matrix-filter-status");
        test(status).selectItem("Under review");
        assertThat(rows(grid())).isNotEmpty().allSatisfy(e -> assertThat(e.status()).isEqualTo(EntryStatus.SUBMITTED))
                .extracting(EntrySummary::id).contains(submitted.entry().id());
        selectRow(grid(), e -> e.id() == submitted.entry().id());
    }

    @Test
    @WithMockUser(username = "eco.rapporteur", roles = "USER")
    void a_save_after_someone_elses_shows_their_change_and_saves_the_merge() throws Exception {
        var draft = MatrixFixtures.as("eco.rapporteur", () -> matrix.draft(eco, fx.foodSecurity(fx.uniqueCode()),
                null));
        openRoom();
        openEntry(draft.entry().id());
        test(find(Button.class).id("entry-edit")).click();
        test(find(TextField.class).id("entry-title-en")).setValue("My title");
        // Meanwhile, in another tab, the same entry gets a French title.
        MatrixFixtures.as("eco.rapporteur", () -> matrix.update(draft.entry().id(), draft.entry().version(),
                EntryField.TITLE_FR.set(draft.entry().data(), "Leur titre"), "French title"));
        test(find(Button.class).id("entry-save")).click();
        var fields = find(Div.class).id("conflict-fields");
        assertThat(fields.getElement().getTextRecursively()).contains("Leur titre").contains("My title");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<?> french = find(RadioButtonGroup.class).id("conflict-choice-TITLE_FR");
        assertThat(french.getValue()).hasToString("THEIRS");
        test(find(Button.class).id("conflict-save")).click();
        var saved = MatrixFixtures.as("eco.rapporteur", () -> matrix.get(draft.entry().id())).entry().data();
        assertThat(saved.title().en()).isEqualTo("My title");
        assertThat(saved.title().fr()).isEqualTo("Leur titre");
    }

    @Test
    @WithMockUser(username = "eco.rapporteur", roles = "USER")
    void withdrawing_is_final_so_it_asks_first_and_cancelling_keeps_the_entry() throws Exception {
        var draft = MatrixFixtures.as("eco.rapporteur", () -> matrix.draft(eco, fx.foodSecurity(fx.uniqueCode()),
                null));
        openRoom();
        openEntry(draft.entry().id());
        test(find(Button.class).id("entry-withdraw")).click();
        test(find(ConfirmDialog.class).id("entry-withdraw-confirm")).cancel();
        assertThat(MatrixFixtures.as("eco.rapporteur", () -> matrix.get(draft.entry().id())).entry().status())
                .isEqualTo(EntryStatus.DRAFT);
        test(find(Button.class).id("entry-withdraw")).click();
        test(find(ConfirmDialog.class).id("entry-withdraw-confirm")).confirm();
        assertThat(MatrixFixtures.as("eco.rapporteur", () -> matrix.get(draft.entry().id())).entry().status())
                .isEqualTo(EntryStatus.WITHDRAWN);
        assertThat(find(Button.class).withId("entry-withdraw").exists()).isFalse();
    }

    @Test
    @WithMockUser(username = "eco.rapporteur", roles = "USER")
    void editing_an_entry_keeps_a_retired_area_it_names() throws Exception {
        var area = MatrixFixtures.as("admin", () -> reference.addOicArea("R-" + fx.uniqueCode().substring(0, 5),
                LocalizedText.of("Soon retired", null, null)));
        var draft = MatrixFixtures.as("eco.rapporteur", () -> matrix.draft(eco,
                EntryField.OIC_AREAS.set(fx.foodSecurity(fx.uniqueCode()), List.of(area.id())), null));
        MatrixFixtures.as("admin", () -> reference.updateOicArea(area.id(), area.version(), area.code(), area.name(),
                false));
        openRoom();
        openEntry(draft.entry().id());
        test(find(Button.class).id("entry-edit")).click();
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<OicArea> areas = find(MultiSelectComboBox.class).id("entry-areas");
        assertThat(areas.getValue()).extracting(OicArea::id).containsExactly(area.id());
        assertThat(areas.getItemLabelGenerator().apply(areas.getValue().iterator().next())).endsWith("(retired)");
        test(find(TextField.class).id("entry-title-en")).setValue("Edited with a retired area");
        test(find(Button.class).id("entry-save")).click();
        var saved = MatrixFixtures.as("eco.rapporteur", () -> matrix.get(draft.entry().id())).entry().data();
        assertThat(saved.title().en()).isEqualTo("Edited with a retired area");
        assertThat(saved.oicAreaIds()).containsExactly(area.id());
    }

    @Test
    @WithMockUser(username = "eco.chair.un", roles = "USER")
    void the_chair_sees_the_latest_implementation_report_and_opens_all_earlier_ones() throws Exception {
        var code = fx.uniqueCode();
        MatrixFixtures.as("admin", () -> matrix.importAdopted(fx.room(15, RoomKind.ECONOMIC_SCIENTIFIC),
                fx.foodSecurity(code).withTimeframe(null, null), null));
        for (var report : List.of(new String[]{"eco.fao", "20"}, new String[]{"eco.iofs", "45"})) {
            MatrixFixtures.run(report[0], () -> {
                var under = review.review(eco).entries().stream().filter(r -> code.equals(r.entry().data().code()))
                        .findFirst().orElseThrow();
                review.report(eco, under.entry().id(), under.reviewVersion(), new ReviewReport(
                        ImplementationStatus.ONGOING, Integer.parseInt(report[1]), "Progress from " + report[0]));
            });
        }
        openRoom();
        @SuppressWarnings("unchecked")
        Grid<org.majlis.matrix.ReviewSummary> reviewGrid = find(Grid.class).id("review-grid");
        var row = rows(reviewGrid).stream().map(r -> r.entry().data().code()).toList().indexOf(code);
        var cell = test(reviewGrid).getCellComponent(row, 3);
        var all = cell.getChildren().filter(c -> c instanceof Button).map(Button.class::cast).findFirst().orElseThrow();
        assertThat(all.getText()).isEqualTo("All 2 reports");
        assertThat(cell.getElement().getTextRecursively()).contains("Ongoing · 45 %").contains("Progress from eco.iofs");
        test(all).click();
        @SuppressWarnings("unchecked")
        Grid<ImplementationReport> history = find(Grid.class).id("report-history-grid");
        assertThat(rows(history)).extracting(ImplementationReport::progress).containsExactly(45, 20);
        assertThat(read(test(history).getCellText(0, 1))).isEqualTo("Farida Nurmagambetova (IOFS)");
        assertThat(test(history).getCellText(1, 2)).isEqualTo("Ongoing · 20 %");
    }
}
