package org.majlis.api.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import org.majlis.api.ApiScope;
import org.majlis.api.ApiTokenService;
import org.majlis.api.IssuedApiToken;
import org.majlis.base.ui.admin.AdminDialog;

import java.util.EnumSet;
import java.util.Map;

/**
 * The secretariat names the client system and chooses whether its token may also read drafts; saving issues the
 * token and hands it to {@link IssuedTokenDialog}, the one place it is ever shown.
 */
class IssueTokenDialog extends AdminDialog {

    private final ApiTokenService tokens;
    private final SerializableConsumer<IssuedApiToken> onIssued;
    private final TextField name = new TextField();
    private final Checkbox drafts = new Checkbox();

    IssueTokenDialog(ApiTokenService tokens, SerializableConsumer<IssuedApiToken> onIssued) {
        super("");
        this.tokens = tokens;
        this.onIssued = onIssued;
        setId("issue-token-dialog");
        setHeaderTitle(getTranslation("api.tokens.issue.title"));
        name.setId("name");
        name.setLabel(getTranslation("api.tokens.name"));
        name.setMaxLength(ApiTokenService.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        name.setWidthFull();
        drafts.setId("scope-drafts");
        drafts.setLabel(getTranslation("api.tokens.scope.DRAFTS.label"));
        add(name, drafts);
        setWidth("min(36rem, 95vw)");
        name.focus();
    }

    @Override
    protected void save() {
        var scopes = drafts.getValue() ? EnumSet.of(ApiScope.DRAFTS) : EnumSet.noneOf(ApiScope.class);
        var issued = tokens.issue(name.getValue(), scopes);
        close();
        onIssued.accept(issued);
    }

    @Override
    protected Map<String, ? extends HasValidation> errorTargets() {
        return Map.of("name", name);
    }

    @Override
    protected void reload() {
        // Nothing stored yet: the form keeps what was typed.
    }
}
