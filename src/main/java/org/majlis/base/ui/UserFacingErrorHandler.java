package org.majlis.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/**
 * What a user sees when a listener (a click, a value change, a live update) throws: a known refusal that a view did
 * not catch — bad input, a rule of the meeting, a concurrent edit, a missing permission, a record gone, a database
 * constraint — as its translated message ({@link Messages#showFailure}); anything else as "something went wrong;
 * nothing was changed" with a reference, whose details go to the log only ({@link ErrorReference}). Installed for
 * every session by {@link ErrorHandlerInstaller}.
 */
public class UserFacingErrorHandler implements ErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(UserFacingErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        var failure = event.getThrowable();
        var ui = UI.getCurrent();
        if (ui != null && showKnown(ui, failure)) {
            return;
        }
        var reference = ErrorReference.log(failure, "in a listener of " + where(ui));
        if (ui != null) {
            Messages.error(ui, "error.unexpected", reference);
        }
    }

    /** A known refusal anywhere in the chain of causes (frameworks wrap what listeners throw). */
    private static boolean showKnown(UI ui, Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof RuntimeException runtime && Messages.showFailure(ui, runtime, Map.of())) {
                LOG.debug("A refusal reached the error handler", cause);
                return true;
            }
        }
        return false;
    }

    private static String where(UI ui) {
        var location = ui == null ? null : ui.getInternals().getActiveViewLocation();
        return location == null ? "no page" : "/" + location.getPathWithQueryParameters();
    }
}
