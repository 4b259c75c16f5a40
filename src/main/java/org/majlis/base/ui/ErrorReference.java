package org.majlis.base.ui;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A fault nobody foresaw: its details go to the log under a short reference (eight hexadecimal digits) that the user
 * is shown instead, so the secretariat can find the entry without the page revealing anything about the code.
 */
public final class ErrorReference {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorReference.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private ErrorReference() {
    }

    /** Logs the failure with a new reference, who met it and where, and returns the reference. */
    public static String log(Throwable failure, String where) {
        var reference = HexFormat.of().withUpperCase().toHexDigits(RANDOM.nextInt());
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        var who = authentication == null ? "anonymous" : authentication.getName();
        LOG.error("Unexpected error, reference {}, {} (user {})", reference, where, who, failure);
        return reference;
    }
}
