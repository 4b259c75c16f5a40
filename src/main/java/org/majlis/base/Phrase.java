package org.majlis.base;

/**
 * A translatable piece of a message, e.g. "floor requests: 12": a translation key and its arguments. A
 * {@link RefusedException} can carry phrases (or a list of them) as arguments; views translate them in the reader's
 * language before the message itself ({@code base.ui.Messages}).
 */
public record Phrase(String key, Object... args) {

    public Phrase {
        args = args.clone();
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    @Override
    public String toString() {
        return key + java.util.Arrays.toString(args);
    }
}
