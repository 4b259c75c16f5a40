package org.majlis.base;

/**
 * Someone else saved the same record after this user loaded it. Nothing was changed; the view shows a
 * translated message and reloads the fresh state.
 */
public class ConcurrentEditException extends RuntimeException {

    public ConcurrentEditException(String what, long id) {
        super(what + " " + id + " was changed by someone else");
    }

    public static void check(String what, long id, long expectedVersion, long actualVersion) {
        if (expectedVersion != actualVersion) {
            throw new ConcurrentEditException(what, id);
        }
    }
}
