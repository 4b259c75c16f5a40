package org.majlis.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.majlis.BrowserlessViewTest;
import org.majlis.DemoIds;
import org.majlis.base.Language;
import org.majlis.matrix.MatrixFixtures;
import org.majlis.meetings.RoomKind;
import org.majlis.report.LanguageText;
import org.majlis.report.ReportPart;
import org.majlis.report.ReportService;
import org.majlis.report.ReportStatus;
import org.majlis.report.ReportText;
import org.majlis.report.TranslationStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The room's Report tab without a browser, in the demo's Astana political room (its report is removed before each
 * test): what each role sees, drafting in Arabic and French, submitting, the refusal to adopt while Arabic is
 * missing, adopting after confirmation, the merge after someone else's save.
 */
class ReportTabTest extends BrowserlessViewTest {

    @Autowired
    ReportService reports;
    @Autowired
    JdbcTemplate jdbc;

    long room;

    @BeforeEach
    void noReportYet() {
        room = new DemoIds(jdbc).room(16, RoomKind.POLITICAL);
        jdbc.update("DELETE FROM room_report WHERE room_id = ?", room);
    }

    @SuppressWarnings("unchecked")
    private void openTab() throws Exception {
        navigate("rooms/" + room, (Class<Component>) Class.forName("org.majlis.meetings.ui.RoomView"));
        var tabs = find(TabSheet.class).id("room-tabs");
        for (var i = 0; ; i++) {
            if ("Report".equals(tabs.getTabAt(i).getLabel())) {
                tabs.setSelectedIndex(i);
                return;
            }
        }
    }

    private void click(String id) {
        test(find(Button.class).id(id)).click();
    }

    private String text(String id) {
        return read(find(Paragraph.class).id(id).getText());
    }

    @Test
    @WithMockUser(username = "pol.rapporteur", roles = "USER")
    void the_rapporteur_starts_the_report_drafts_in_arabic_and_french_and_submits() throws Exception {
        openTab();
        assertThat(text("report-empty")).startsWith("The report has not been started yet");
        click("report-start");
        assertThat(find(Span.class).id("report-status").getElement().getAttribute("data-status"))
                .isEqualTo("DRAFT");
        var arabic = find(TextArea.class).id("report-text-recommendations-ar");
        assertThat(arabic.getElement().getAttribute("dir")).isEqualTo("rtl");
        assertThat(find(TextArea.class).id("report-text-recommendations-fr").getElement().getAttribute("dir"))
                .isEqualTo("ltr");
        test(arabic).setValue("إنشاء فرقة عمل مشتركة دائمة بين الأمم المتحدة ومنظمة التعاون الإسلامي.");
        test(find(TextArea.class).id("report-text-recommendations-fr"))
                .setValue("Créer une équipe spéciale conjointe permanente ONU–OCI.");
        @SuppressWarnings("unchecked")
        Select<TranslationStatus> arabicStatus = find(Select.class).id("report-tstatus-recommendations-ar");
        assertThat(arabicStatus.getValue()).isEqualTo(TranslationStatus.DRAFT);
        test(arabicStatus).selectItem("Final");
        click("report-save");
        var saved = reports.overview(room).report();
        assertThat(saved.texts().recommendations().get(Language.AR))
                .isEqualTo(new LanguageText("إنشاء فرقة عمل مشتركة دائمة بين الأمم المتحدة ومنظمة التعاون الإسلامي.",
                        TranslationStatus.FINAL));
        assertThat(saved.texts().recommendations().get(Language.FR).status()).isEqualTo(TranslationStatus.DRAFT);
        assertThat(text("report-missing-ar")).doesNotContain("recommendations");
        assertThat(text("report-missing-en")).isEqualTo("English (required): the recommendations"
                + (saved.record().itemIdsOnAgenda().isEmpty() ? "" : text("report-missing-en")
                .substring("English (required): the recommendations".length())));
        click("report-submit");
        assertThat(reports.overview(room).report().status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(find(Button.class).withId("report-save").exists()).isFalse();
        // Submitted: the rapporteur reads the texts, each in its own direction, no longer in text areas.
        assertThat(find(TextArea.class).withId("report-text-recommendations-ar").exists()).isFalse();
        var read = find(Paragraph.class).id("report-read-recommendations-ar");
        assertThat(read.getText()).isEqualTo("إنشاء فرقة عمل مشتركة دائمة بين الأمم المتحدة ومنظمة التعاون الإسلامي.");
        assertThat(read.getElement().getAttribute("dir")).isEqualTo("rtl");
        assertThat(text("report-read-recommendations-en")).isEqualTo("Not written yet.");
    }

    @Test
    @WithMockUser(username = "pol.rapporteur", roles = "USER")
    void the_history_compares_two_revisions_and_the_rapporteur_restores_the_older_texts() throws Exception {
        var started = reports.start(room);
        var first = reports.save(room, started.version(), started.texts().with(ReportPart.RECOMMENDATIONS,
                        ReportText.empty().with(Language.EN, new LanguageText("Meet every quarter.",
                                TranslationStatus.DRAFT))), "First wording");
        reports.save(room, first.version(), first.texts().with(ReportPart.RECOMMENDATIONS,
                ReportText.empty().with(Language.EN, new LanguageText("Meet every month.", TranslationStatus.DRAFT))),
                "Second wording");
        openTab();
        click("report-history");

        // revisions 1 (started), 2 and 3: the dialog compares the one before the last with the last
        @SuppressWarnings("unchecked")
        Select<Integer> left = find(Select.class).id("report-history-left");
        assertThat(left.getValue()).isEqualTo(2);
        var diff = find(Div.class).id("report-history-diff");
        assertThat(diff.getElement().getTextRecursively()).contains("Meet every quarter.", "Meet every month.");
        test(left).selectItem("1");
        assertThat(find(Div.class).id("report-history-diff").getElement().getTextRecursively())
                .doesNotContain("Meet every quarter.").contains("Meet every month.");

        test(left).selectItem("2");
        click("report-history-restore");

        var restored = reports.overview(room).report();
        assertThat(restored.texts().recommendations().get(Language.EN).text()).isEqualTo("Meet every quarter.");
        assertThat(restored.revisionCount()).isEqualTo(4);
    }

    @Test
    @WithMockUser(username = "pol.undp", roles = "USER")
    void a_delegate_reads_the_report_only_once_it_is_submitted() throws Exception {
        var started = MatrixFixtures.as("pol.rapporteur", () -> reports.start(room));
        openTab();
        assertThat(text("report-empty")).isEqualTo(
                "The rapporteur is drafting the report; you can read it once it is submitted.");
        MatrixFixtures.as("pol.rapporteur", () -> reports.submit(room, started.version()));
        openTab();
        assertThat(find(Span.class).id("report-status").getElement().getAttribute("data-status"))
                .isEqualTo("SUBMITTED");
        assertThat(find(Button.class).withId("report-save").exists()).isFalse();
        assertThat(find(Button.class).withId("report-adopt").exists()).isFalse();
        assertThat(find(Button.class).withId("report-history").exists()).isTrue();
    }

    @Test
    @WithMockUser(username = "pol.chair.un", roles = "USER")
    void a_chair_is_told_which_languages_are_missing_and_adopts_once_they_are_written() throws Exception {
        var started = MatrixFixtures.as("pol.rapporteur", () -> reports.start(room));
        var texts = started.texts().with(ReportPart.RECOMMENDATIONS, Language.EN,
                new LanguageText("Set up a task force.", TranslationStatus.FINAL));
        for (var item : started.record().itemIdsOnAgenda()) {
            for (var language : Language.values()) {
                texts = texts.with(ReportPart.summary(item), language,
                        new LanguageText("Summary " + language, TranslationStatus.FINAL));
            }
        }
        var english = texts;
        var saved = MatrixFixtures.as("pol.rapporteur", () -> reports.save(room, started.version(), english, null));
        var submitted = MatrixFixtures.as("pol.rapporteur", () -> reports.submit(room, saved.version()));
        openTab();
        click("report-adopt");
        test(find(ConfirmDialog.class).id("report-adopt-confirm")).confirm();
        assertThat(notifications()).anySatisfy(n -> assertThat(n)
                .startsWith("The report cannot be adopted yet")
                .contains("French: the recommendations").contains("Arabic: the recommendations"));
        assertThat(reports.overview(room).report().status()).isEqualTo(ReportStatus.SUBMITTED);

        MatrixFixtures.as("pol.chair.oic", () -> reports.returnToDrafting(room, submitted.version(), "x"));
        var back = reports.overview(room).report();
        var all = back.texts().with(ReportPart.RECOMMENDATIONS, Language.FR,
                new LanguageText("Créer un groupe de travail.", TranslationStatus.FINAL))
                .with(ReportPart.RECOMMENDATIONS, Language.AR, new LanguageText("إنشاء فرقة عمل.",
                        TranslationStatus.DRAFT));
        var complete = MatrixFixtures.as("pol.rapporteur", () -> reports.save(room, back.version(), all, null));
        MatrixFixtures.as("pol.rapporteur", () -> reports.submit(room, complete.version()));
        openTab();
        click("report-adopt");
        test(find(ConfirmDialog.class).id("report-adopt-confirm")).confirm();
        assertThat(reports.overview(room).report().status()).isEqualTo(ReportStatus.ADOPTED);
        assertThat(find(Span.class).id("report-status").getElement().getAttribute("data-status"))
                .isEqualTo("ADOPTED");
    }

    @Test
    @WithMockUser(username = "pol.chair.un", roles = "USER")
    void a_chair_returns_the_report_with_a_reason() throws Exception {
        var started = MatrixFixtures.as("pol.rapporteur", () -> reports.start(room));
        MatrixFixtures.as("pol.rapporteur", () -> reports.submit(room, started.version()));
        openTab();
        click("report-return");
        click("report-return-confirm");
        assertThat(find(TextField.class).id("report-return-reason-field").isInvalid()).isTrue();
        test(find(TextField.class).id("report-return-reason-field")).setValue("Add the Arabic summaries");
        click("report-return-confirm");
        assertThat(reports.overview(room).report().status()).isEqualTo(ReportStatus.RETURNED);
        assertThat(text("report-return-reason")).isEqualTo("Returned by the chairs: Add the Arabic summaries");
    }

    @Test
    @WithMockUser(username = "pol.rapporteur", roles = "USER")
    void a_save_after_someone_elses_shows_the_merge_and_keeps_both_changes() throws Exception {
        var started = reports.start(room);
        openTab();
        test(find(TextArea.class).id("report-text-recommendations-en")).setValue("My recommendations");
        // Meanwhile, in another tab, the French recommendations are written.
        reports.save(room, started.version(), started.texts().with(ReportPart.RECOMMENDATIONS, Language.FR,
                new LanguageText("Leurs recommandations", TranslationStatus.DRAFT)), null);
        click("report-save");
        var fields = find(Div.class).id("report-conflict-fields");
        assertThat(read(fields.getElement().getTextRecursively())).contains("Leurs recommandations")
                .contains("My recommendations");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<?> french = find(RadioButtonGroup.class).id("report-conflict-choice-recommendations-fr");
        assertThat(french.getValue()).hasToString("THEIRS");
        click("report-conflict-save");
        var saved = reports.overview(room).report().texts().recommendations();
        assertThat(saved.get(Language.EN).text()).isEqualTo("My recommendations");
        assertThat(saved.get(Language.FR).text()).isEqualTo("Leurs recommandations");
    }
}
