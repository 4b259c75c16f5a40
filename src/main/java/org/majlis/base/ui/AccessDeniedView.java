package org.majlis.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** What a signed-in user sees at a URL they may not open. */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show(this);
        return HttpServletResponse.SC_FORBIDDEN;
    }

    /** Fills an error view with the "access denied" text (shared with {@link RefusedAccessView}). */
    static void show(VerticalLayout view) {
        view.removeAll();
        view.setId("access-denied");
        view.add(new H2(view.getTranslation("error.access-denied.title")),
                new Paragraph(view.getTranslation("error.access-denied.text")),
                new Anchor("", view.getTranslation("error.back-home")));
    }
}
