package org.majlis.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Opening a page failed in a way nobody foresaw: the user sees a translated page with a reference, the log has the
 * details (also in development mode, where Vaadin's own page would show the stack trace). More specific failures
 * have their own pages: {@link NotFoundView}, {@link MissingRecordView}, {@link AccessDeniedView},
 * {@link RefusedAccessView}.
 */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class InternalErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        var reference = ErrorReference.log(parameter.getCaughtException(),
                "opening /" + event.getLocation().getPathWithQueryParameters());
        removeAll();
        setId("internal-error");
        var code = new Span(reference);
        code.setId("error-reference");
        code.addClassName("error-reference");
        add(new H2(getTranslation("error.internal.title")), new Paragraph(getTranslation("error.internal.text")),
                new Paragraph(new Span(getTranslation("error.reference")), new Span(" "), code),
                new Anchor("", getTranslation("error.back-home")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
