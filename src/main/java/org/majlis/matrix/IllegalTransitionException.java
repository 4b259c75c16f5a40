package org.majlis.matrix;

/**
 * A workflow step that the entry's status does not allow (adopting a draft, editing an adopted entry). Nothing was
 * changed; {@link #messageKey()} explains it to the user.
 */
public class IllegalTransitionException extends RuntimeException {

    private final EntryStatus from;
    private final String action;

    public IllegalTransitionException(EntryStatus from, String action) {
        super("Cannot " + action + " an entry that is " + from);
        this.from = from;
        this.action = action;
    }

    public EntryStatus from() {
        return from;
    }

    public String action() {
        return action;
    }

    /** Translation key: {@code matrix.illegal.<action>}, with the status's label as argument. */
    public String messageKey() {
        return "matrix.illegal." + action;
    }
}
