package org.majlis.api.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.majlis.BrowserlessViewTest;
import org.majlis.api.ApiScope;
import org.majlis.api.ApiTokenService;
import org.majlis.api.ApiTokenSummary;
import org.majlis.base.ui.AccessDeniedView;
import org.majlis.security.ApiTokenVerifier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The secretariat's API tokens screen: issuing shows the token once (and the token works), the list shows only its
 * first characters and scopes, revoking asks first and stops the token; nobody else may open the screen.
 */
class ApiTokensViewTest extends BrowserlessViewTest {

    @Autowired
    ApiTokenVerifier verifier;
    @Autowired
    ApiTokenService tokens;

    @SuppressWarnings("unchecked")
    private Grid<ApiTokenSummary> grid() {
        return find(Grid.class).id("api-tokens-grid");
    }

    private void click(String id) {
        test(find(Button.class).id(id)).click();
    }

    @Test
    @WithMockUser(username = "admin", roles = {"USER", "ADMIN"})
    void the_secretariat_issues_a_token_sees_it_once_and_revokes_it() {
        navigate(ApiTokensView.class);
        var name = "Statistics portal " + System.nanoTime();
        click("new-api-token");
        test(find(TextField.class).id("name")).setValue(name);
        test(find(Checkbox.class).id("scope-drafts")).click();
        click("save");

        var shown = find(TextField.class).id("issued-token").getValue();
        assertThat(shown).startsWith("mjl_").hasSize(47);
        assertThat(verifier.verify(shown)).isPresent()
                .hasValueSatisfying(client -> assertThat(client.hasScope("drafts")).isTrue());
        click("token-done");
        assertThat(find(TextField.class).withId("issued-token").exists()).isFalse();

        var row = rows(grid()).stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
        assertThat(row.scopes()).containsExactly(ApiScope.DRAFTS);
        var index = rows(grid()).indexOf(row);
        assertThat(test(grid()).getCellText(index, test(grid()).getColumnPosition("prefix")))
                .isEqualTo(shown.substring(0, 10) + "…");
        assertThat(test(grid()).getCellText(index, test(grid()).getColumnPosition("status"))).isEqualTo("Active");
        assertThat(grid().getElement().getOuterHTML()).doesNotContain(shown);

        grid().select(row);
        click("revoke-api-token");
        test(find(ConfirmDialog.class).id("confirm-revoke")).confirm();

        assertThat(notifications()).contains("The token of “" + name + "” has been revoked.");
        assertThat(verifier.verify(shown)).isEmpty();
        var revoked = rows(grid()).stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
        assertThat(revoked.revoked()).isTrue();
        assertThat(revoked.revokedBy()).isEqualTo("admin");
    }

    @Test
    @WithMockUser(username = "admin", roles = {"USER", "ADMIN"})
    void a_name_is_required_and_unique_and_a_refused_issue_stores_nothing() {
        navigate(ApiTokensView.class);
        var before = tokens.list().size();
        click("new-api-token");
        click("save");
        var nameField = find(TextField.class).id("name");
        assertThat(nameField.isInvalid()).isTrue();
        assertThat(nameField.getErrorMessage()).isEqualTo("Required");

        var name = "Taken " + System.nanoTime();
        tokens.issue(name, Set.of());
        test(nameField).setValue(name);
        click("save");
        assertThat(nameField.getErrorMessage()).isEqualTo("A token already has this name.");
        assertThat(tokens.list()).hasSize(before + 1);
    }

    @Test
    @WithMockUser(username = "eco.chair.un", roles = "USER")
    void only_the_secretariat_may_open_the_screen_or_issue_a_token() {
        UI.getCurrent().navigate("admin/api-tokens");
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
        assertThatThrownBy(() -> tokens.issue("Chair's own", Set.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tokens.list())
                .isInstanceOf(AccessDeniedException.class);
    }
}
