package org.majlis.base.internal;

/**
 * A database restart in the middle of a test: {@link #begin()} stops the JVM's embedded MariaDB (the one every test
 * context of the JVM uses), {@link #end()} starts it again on the same data and port. {@code close()} ends the outage
 * if the test did not, so a failing test never leaves the database down for the tests after it:
 * <pre>{@code
 * try (var outage = DatabaseOutage.begin()) {
 *     // the database is down
 *     outage.end();
 *     // it is back
 * }
 * }</pre>
 */
public final class DatabaseOutage implements AutoCloseable {

    private boolean down = true;

    private DatabaseOutage() {
    }

    /** Stops the database now. */
    public static DatabaseOutage begin() {
        EmbeddedMariaDb.pauseShared();
        return new DatabaseOutage();
    }

    /** Starts the database again (once; later calls do nothing) and returns when its user can sign in. */
    public synchronized void end() {
        if (down) {
            EmbeddedMariaDb.resumeShared();
            down = false;
        }
    }

    @Override
    public void close() {
        end();
    }
}
