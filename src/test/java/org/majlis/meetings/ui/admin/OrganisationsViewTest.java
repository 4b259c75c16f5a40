package org.majlis.meetings.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.majlis.BrowserlessViewTest;
import org.majlis.base.Language;
import org.majlis.base.LocalizedText;
import org.majlis.base.ui.LocaleSupport;
import org.majlis.meetings.OrganisationData;
import org.majlis.meetings.OrganisationFamily;
import org.majlis.meetings.OrganisationService;
import org.majlis.meetings.OrganisationSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.flow.component.UI;

import static org.assertj.core.api.Assertions.assertThat;

@WithMockUser(username = "admin", roles = {"USER", "ADMIN"})
class OrganisationsViewTest extends BrowserlessViewTest {

    @Autowired
    OrganisationService organisations;

    @SuppressWarnings("unchecked")
    private Grid<OrganisationSummary> grid() {
        return find(Grid.class).id("organisations-grid");
    }

    private TextField field(String id) {
        return find(TextField.class).id(id);
    }

    private void click(String id) {
        test(find(Button.class).id(id)).click();
    }

    @Test
    void admin_creates_an_organisation_and_sees_it_in_the_grid() {
        navigate(OrganisationsView.class);
        click("new-organisation");
        test(find(Select.class).id("family")).selectItem("Other");
        test(field("nameEn")).setValue("Arab Parliament Test Office");
        test(field("nameFr")).setValue("Bureau d’essai du Parlement arabe");
        test(field("acronymEn")).setValue("APTO");
        click("save");

        assertThat(find(OrganisationDialog.class).exists()).isFalse();
        assertThat(notifications()).contains("APTO — Arab Parliament Test Office has been saved.");
        test(field("organisation-search")).setValue("Parlement arabe");
        assertThat(rows(grid())).extracting(o -> o.acronym().en()).containsExactly("APTO");
        assertThat(test(grid()).getCellText(0, test(grid()).getColumnPosition("missing"))).isEqualTo("AR");
    }

    @Test
    void a_duplicate_acronym_is_shown_next_to_the_acronym_field_and_nothing_is_created() {
        var before = organisations.list().size();
        navigate(OrganisationsView.class);
        click("new-organisation");
        test(find(Select.class).id("family")).selectItem("UN entity");
        test(field("nameEn")).setValue("Another Food Organisation");
        test(field("acronymEn")).setValue("FAO");
        click("save");

        assertThat(error(field("acronymEn")))
                .isEqualTo("“FAO” is already the acronym of Food and Agriculture Organization of the United Nations");
        assertThat(error(field("nameEn"))).isNull();
        assertThat(find(OrganisationDialog.class).exists()).isTrue();
        assertThat(organisations.list()).hasSize(before);
    }

    @Test
    void an_edit_made_meanwhile_by_someone_else_is_reported_and_not_overwritten() {
        var original = organisations.create(new OrganisationData(OrganisationFamily.OTHER,
                LocalizedText.of("Concurrency Test Institute", null, null), LocalizedText.of("CTI1", null, null), null));
        navigate(OrganisationsView.class);
        selectRow(grid(), o -> o.id() == original.id());
        click("edit-organisation");
        assertThat(field("nameEn").getValue()).isEqualTo("Concurrency Test Institute");

        organisations.update(original.id(), original.version(), new OrganisationData(OrganisationFamily.OTHER,
                LocalizedText.of("Concurrency Test Institute", "Institut d’essai", null),
                LocalizedText.of("CTI1", null, null), null));
        test(field("nameEn")).setValue("Overwritten Name");
        click("save");

        assertThat(notifications()).contains("Someone else changed this record while you were editing it. "
                + "Nothing was saved; the latest version has been loaded.");
        assertThat(field("nameEn").getValue()).isEqualTo("Concurrency Test Institute");
        assertThat(field("nameFr").getValue()).isEqualTo("Institut d’essai");
        assertThat(organisations.get(original.id()).name().en()).isEqualTo("Concurrency Test Institute");
    }

    @Test
    void an_organisation_in_use_is_not_deleted_and_the_reason_is_shown() {
        navigate(OrganisationsView.class);
        var fao = selectRow(grid(), o -> "FAO".equals(o.acronym().en()));
        click("delete-organisation");
        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(notifications()).anySatisfy(text -> assertThat(text)
                .startsWith("Food and Agriculture Organization of the United Nations cannot be deleted while other"
                        + " records refer to it (participants: ")
                .contains(", matrix entries it leads: ")
                .endsWith("). Nothing was changed."));
        assertThat(organisations.get(fao.id()).acronym().en()).isEqualTo("FAO");
    }

    @Test
    void an_unused_organisation_is_deleted_after_confirmation() {
        var doomed = organisations.create(new OrganisationData(OrganisationFamily.OTHER,
                LocalizedText.of("Short-lived Test Body", null, null), LocalizedText.of("STB1", null, null), null));
        navigate(OrganisationsView.class);
        selectRow(grid(), o -> o.id() == doomed.id());
        click("delete-organisation");
        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(organisations.list()).noneMatch(o -> o.id() == doomed.id());
        assertThat(rows(grid())).noneMatch(o -> o.id() == doomed.id());
    }

    @Test
    void the_search_finds_names_in_any_language_and_the_family_filter_narrows_the_list() {
        navigate(OrganisationsView.class);
        test(field("organisation-search")).setValue("الأغذية");
        assertThat(rows(grid())).extracting(o -> o.acronym().en()).contains("FAO");

        test(field("organisation-search")).clear();
        test(find(Select.class).id("family-filter")).selectItem("Member state");
        assertThat(rows(grid())).hasSize(57).allMatch(o -> o.family() == OrganisationFamily.MEMBER_STATE);
    }

    @Test
    void in_arabic_the_form_is_labelled_in_arabic_and_the_arabic_field_is_right_to_left() {
        LocaleSupport.apply(UI.getCurrent(), Language.AR);
        navigate(OrganisationsView.class);
        click("new-organisation");

        assertThat(field("nameAr").getElement().getAttribute("dir")).isEqualTo("rtl");
        assertThat(field("nameEn").getElement().getAttribute("dir")).isEqualTo("ltr");
        assertThat(field("nameAr").getLabel()).isEqualTo("الاسم (العربية)");
        assertThat(find(OrganisationDialog.class).single().getHeaderTitle()).isEqualTo("منظمة جديدة");
    }
}
