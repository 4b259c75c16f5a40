package org.majlis.base.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;

/**
 * A service refused the current user ({@code @PreAuthorize}, a room check) while a page was being opened: the same
 * translated access-denied page as for a route the user may not open, status 403.
 */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class RefusedAccessView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        AccessDeniedView.show(this);
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
