package org.majlis.matrix.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.majlis.BrowserlessViewTest;
import org.majlis.base.Language;
import org.majlis.base.LocalizedText;
import org.majlis.base.ui.AccessDeniedView;
import org.majlis.base.ui.LocaleSupport;
import org.majlis.matrix.MatrixReferenceService;
import org.majlis.matrix.OicArea;
import org.majlis.matrix.SdgGoal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.majlis.matrix.MatrixFixtures.as;

/** The secretariat's reference lists screen: SDG names, OIC-2025 areas added, renamed, retired and restored. */
class ReferenceListsViewTest extends BrowserlessViewTest {

    @Autowired
    MatrixReferenceService reference;

    @SuppressWarnings("unchecked")
    private Grid<SdgGoal> sdgGrid() {
        return find(Grid.class).id("sdg-grid");
    }

    @SuppressWarnings("unchecked")
    private Grid<OicArea> areaGrid() {
        return find(Grid.class).id("area-grid");
    }

    private TextField field(String id) {
        return find(TextField.class).id(id);
    }

    private void click(String id) {
        test(find(Button.class).id(id)).click();
    }

    private static String areaCode() {
        return "V-" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    }

    @Test
    @WithMockUser(username = "admin", roles = {"USER", "ADMIN"})
    void the_secretariat_finds_the_screen_in_the_side_nav_with_the_17_sdgs_and_the_areas() {
        assertThat(find(SideNav.class).id("side-nav").getItems()).extracting(SideNavItem::getPath)
                .contains("admin/reference-lists");
        navigate(ReferenceListsView.class);
        assertThat(rows(sdgGrid())).hasSize(17).first().satisfies(g -> assertThat(g.name().en()).isEqualTo("No poverty"));
        assertThat(rows(areaGrid())).extracting(OicArea::code).contains("POA-01", "POA-18");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Reference lists · Majlis");
    }

    @Test
    @WithMockUser(username = "admin", roles = {"USER", "ADMIN"})
    void the_secretariat_renames_an_sdg_and_the_grid_shows_the_new_name() {
        var before = reference.sdg(12);
        try {
            navigate(ReferenceListsView.class);
            selectRow(sdgGrid(), g -> g.number() == 12);
            click("edit-sdg");
            test(field("nameFr")).setValue("Consommation et production durables");
            click("save");
            assertThat(notifications()).contains("SDG 12 saved");
            assertThat(rows(sdgGrid())).filteredOn(g -> g.number() == 12).singleElement()
                    .satisfies(g -> assertThat(g.name().fr()).isEqualTo("Consommation et production durables"));
        } finally {
            reference.renameSdg(12, reference.sdg(12).version(), before.name());
        }
    }

    @Test
    @WithMockUser(username = "admin", roles = {"USER", "ADMIN"})
    void a_bad_area_code_is_shown_next_to_the_field_and_nothing_is_added() {
        var before = reference.oicAreas().size();
        navigate(ReferenceListsView.class);
        click("new-area");
        test(field("code")).setValue("area 19");
        click("save");
        assertThat(error(field("code"))).isEqualTo("Capital letters, digits and hyphens");
        assertThat(error(field("nameEn"))).isEqualTo("Enter it in at least one language");
        assertThat(find(OicAreaDialog.class).exists()).isTrue();
        assertThat(reference.oicAreas()).hasSize(before);
    }

    @Test
    @WithMockUser(username = "admin", roles = {"USER", "ADMIN"})
    void the_secretariat_adds_an_area_then_retires_and_restores_it() {
        var code = areaCode();
        navigate(ReferenceListsView.class);
        click("new-area");
        assertThat(find(Checkbox.class).withId("active").exists()).isFalse();
        test(field("code")).setValue(code.toLowerCase());
        test(field("nameEn")).setValue("Digital transformation");
        test(field("nameAr")).setValue("التحول الرقمي");
        click("save");
        assertThat(notifications()).contains("Area " + code + " saved");
        var added = rows(areaGrid()).stream().filter(a -> a.code().equals(code)).findFirst().orElseThrow();
        assertThat(added.active()).isTrue();
        assertThat(test(areaGrid()).getCellText(rows(areaGrid()).indexOf(added),
                test(areaGrid()).getColumnPosition("missing"))).isEqualTo("FR");

        selectRow(areaGrid(), a -> a.code().equals(code));
        assertThat(find(Button.class).id("retire-area").getText()).isEqualTo("Retire");
        click("retire-area");
        assertThat(reference.oicArea(added.id()).active()).isFalse();
        assertThat(find(Button.class).id("retire-area").getText()).isEqualTo("Restore");
        click("retire-area");
        assertThat(reference.oicArea(added.id()).active()).isTrue();
    }

    @Test
    @WithMockUser(username = "admin", roles = {"USER", "ADMIN"})
    void an_area_changed_meanwhile_is_reported_and_reloaded_not_overwritten() {
        var area = reference.addOicArea(areaCode(), LocalizedText.of("Water", null, null));
        navigate(ReferenceListsView.class);
        selectRow(areaGrid(), a -> a.id() == area.id());
        click("edit-area");
        reference.updateOicArea(area.id(), area.version(), area.code(), LocalizedText.of("Water", "Eau", null), true);
        test(field("nameEn")).setValue("Mine");
        click("save");
        assertThat(notifications()).contains("Someone else changed this record while you were editing it. "
                + "Nothing was saved; the latest version has been loaded.");
        assertThat(field("nameFr").getValue()).isEqualTo("Eau");
        assertThat(field("nameEn").getValue()).isEqualTo("Water");
        assertThat(reference.oicArea(area.id()).name().en()).isEqualTo("Water");
    }

    @Test
    @WithMockUser(username = "admin", roles = {"USER", "ADMIN"})
    void in_arabic_the_screen_is_in_arabic_and_each_name_in_its_own_direction() {
        LocaleSupport.apply(UI.getCurrent(), Language.AR);
        navigate(ReferenceListsView.class);
        selectRow(sdgGrid(), g -> g.number() == 2);
        click("edit-sdg");
        assertThat(field("nameAr").getElement().getAttribute("dir")).isEqualTo("rtl");
        assertThat(field("nameFr").getElement().getAttribute("dir")).isEqualTo("ltr");
        assertThat(field("nameAr").getValue()).isEqualTo("القضاء التام على الجوع");
        assertThat(find(SdgDialog.class).single().getHeaderTitle()).isEqualTo("تعديل الهدف 2");
    }

    @Test
    @WithMockUser(username = "eco.chair.un", roles = "USER")
    void a_chair_cannot_open_the_reference_lists() {
        assertThat(find(SideNav.class).id("side-nav").getItems()).extracting(SideNavItem::getPath)
                .doesNotContain("admin/reference-lists");
        UI.getCurrent().navigate("admin/reference-lists");
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
        assertThat(as("admin", () -> reference.sdgs())).hasSize(17);
    }
}
