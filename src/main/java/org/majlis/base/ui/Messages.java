package org.majlis.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.majlis.base.ConcurrentEditException;
import org.majlis.base.FieldError;
import org.majlis.base.InvalidInputException;
import org.majlis.base.LocalizedText;
import org.majlis.base.NotFoundException;
import org.majlis.base.Phrase;
import org.majlis.base.RefusedException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.Map;

/** Translated feedback: notifications, and field errors from services shown next to their fields. */
public final class Messages {

    private Messages() {
    }

    /** A notification that something worked; names and other written arguments are isolated ({@link Bidi}). */
    public static void success(Component context, String key, Object... args) {
        var notification = Notification.show(Bidi.message(context, key, args), 3000,
                Notification.Position.BOTTOM_END);
        notification.addThemeVariants(NotificationVariant.SUCCESS);
    }

    /** A notification that something failed; names and other written arguments are isolated ({@link Bidi}). */
    public static void error(Component context, String key, Object... args) {
        var notification = Notification.show(Bidi.message(context, key, args), 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.ERROR);
    }

    /**
     * A message's arguments as the reader sees them: a {@link Phrase} translated, a {@link LocalizedText} in the
     * reader's language, a list of them joined ("a, b, c"); anything else as it is. {@link #error} then isolates
     * the written ones ({@link Bidi}).
     */
    public static Object[] translatedArgs(Component context, Object... args) {
        var shown = new Object[args.length];
        for (var i = 0; i < args.length; i++) {
            shown[i] = translated(context, args[i]);
        }
        return shown;
    }

    private static Object translated(Component context, Object arg) {
        if (arg instanceof Phrase phrase) {
            return context.getTranslation(phrase.key(), translatedArgs(context, phrase.args()));
        }
        if (arg instanceof LocalizedText text) {
            return text.in(Bidi.locale(context));
        }
        if (arg instanceof List<?> list) {
            Object joined = "";
            for (var item : list) {
                var next = translated(context, item);
                joined = "".equals(joined) ? next : context.getTranslation("common.list", joined, next);
            }
            return joined;
        }
        return arg;
    }

    /** Clears the error state of every field. */
    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
    }

    /**
     * Shows a failed command's problem: field errors next to their fields (or as a notification when no field
     * matches), a concurrent edit, a rule's refusal ({@link RefusedException}) or a denied permission as a
     * notification, a record gone meanwhile, a database constraint that refused the change (a duplicate). Returns
     * true when the exception was handled.
     */
    public static boolean showFailure(Component context, RuntimeException failure,
                                      Map<String, ? extends HasValidation> fields) {
        if (failure instanceof InvalidInputException invalid) {
            for (FieldError error : invalid.errors()) {
                var field = fields.get(error.field());
                var message = Bidi.message(context, error.messageKey(), error.args());
                if (field != null) {
                    field.setErrorMessage(message);
                    field.setInvalid(true);
                } else {
                    error(context, error.messageKey(), error.args());
                }
            }
            return true;
        }
        if (failure instanceof ConcurrentEditException || failure instanceof OptimisticLockingFailureException) {
            error(context, "common.concurrent-edit");
            return true;
        }
        if (failure instanceof RefusedException refused) {
            error(context, refused.messageKey(), translatedArgs(context, refused.args()));
            return true;
        }
        if (failure instanceof AccessDeniedException) {
            error(context, "common.access-denied");
            return true;
        }
        if (failure instanceof NotFoundException) {
            error(context, "validation.not-found");
            return true;
        }
        if (failure instanceof DataIntegrityViolationException) {
            error(context, "common.data-conflict");
            return true;
        }
        if (databaseUnreachable(failure)) {
            error(context, "common.database-unavailable");
            DatabaseBanner.actionFailed(context);
            return true;
        }
        return false;
    }

    /**
     * The database could not be reached (restarting, network cut): no connection, or the connection broke. Nothing
     * was changed — a transaction that cannot reach the database cannot commit — so the user is told to try again,
     * not that something went wrong.
     */
    static boolean databaseUnreachable(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.springframework.transaction.CannotCreateTransactionException
                    || cause instanceof org.springframework.dao.DataAccessResourceFailureException
                    || cause instanceof org.springframework.dao.TransientDataAccessResourceException
                    || cause instanceof java.sql.SQLTransientConnectionException
                    || cause instanceof java.sql.SQLNonTransientConnectionException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
