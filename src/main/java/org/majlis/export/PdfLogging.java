package org.majlis.export;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.logging.Level;

/**
 * Sends openhtmltopdf's log to SLF4J (it writes to its own console handler otherwise), its chatty INFO lines ("Using
 * fast-mode renderer. Prepare to fly.") as DEBUG, under the logger {@code com.openhtmltopdf}.
 */
final class PdfLogging implements XRLogger {

    private static final Logger LOG = LoggerFactory.getLogger("com.openhtmltopdf");

    private PdfLogging() {
    }

    /** Installs the bridge once (idempotent, thread-safe). */
    static void install() {
        Holder.INSTALLED.hashCode();
    }

    private static final class Holder {
        static final Object INSTALLED = installNow();

        private static Object installNow() {
            XRLog.setLoggerImpl(new PdfLogging());
            return Boolean.TRUE;
        }
    }

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            LOG.error("{}: {}", where, message, error);
        } else if (value >= Level.WARNING.intValue()) {
            LOG.warn("{}: {}", where, message, error);
        } else if (value >= Level.INFO.intValue()) {
            LOG.debug("{}: {}", where, message, error);
        } else {
            LOG.trace("{}: {}", where, message, error);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // levels come from the application's logging configuration
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        int value = diagnostic.getLevel().intValue();
        if (value >= Level.WARNING.intValue()) {
            return LOG.isWarnEnabled();
        }
        return value >= Level.INFO.intValue() ? LOG.isDebugEnabled() : LOG.isTraceEnabled();
    }
}
