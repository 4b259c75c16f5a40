package org.majlis.base;

import java.util.Arrays;

/**
 * Thrown by a service before it changes anything, when a rule of the meeting (not the user's input) refuses the
 * action: a closed room, a record still in use elsewhere. {@link #messageKey()} and {@link #args()} say why, in
 * the user's language; views show it as a notification.
 */
public class RefusedException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public RefusedException(String messageKey, Object... args) {
        super("Refused: " + messageKey + (args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
