package org.majlis.bench.driver.protocol;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits Atmosphere's tracked-length stream ({@code X-Atmosphere-TrackMessageSize=true}) into whole messages.
 *
 * <p>The push websocket carries messages as {@code LEN|payload}, where {@code LEN} is the payload's length in
 * UTF-16 characters (the server counts {@code String.length()}, the browser {@code string.length}). One websocket
 * message can hold several such messages, and one message can span websocket messages (the JDK may also hand a
 * websocket message over in pieces), so the splitter keeps what is left over until the rest arrives. One instance
 * per connection; not thread-safe (the JDK calls a websocket listener one piece at a time).
 */
public final class PushFrames {

    private final StringBuilder pending = new StringBuilder();

    /**
     * Adds a piece of text received on the websocket and returns the messages it completed, in order.
     *
     * @throws IllegalStateException if the stream does not start with a length (the connection is unusable)
     */
    public List<String> add(CharSequence piece) {
        pending.append(piece);
        List<String> messages = new ArrayList<>(1);
        int start = 0;
        while (true) {
            int bar = indexOf(pending, '|', start);
            if (bar < 0) {
                break;
            }
            int length = parseLength(pending, start, bar);
            int end = bar + 1 + length;
            if (end > pending.length()) {
                break;
            }
            messages.add(pending.substring(bar + 1, end));
            start = end;
        }
        pending.delete(0, start);
        if (pending.length() > 0 && indexOf(pending, '|', 0) < 0 && !allDigits(pending)) {
            throw new IllegalStateException("push stream out of step: " + abbreviate(pending));
        }
        return messages;
    }

    /** Characters received but not yet part of a whole message (for tests and diagnostics). */
    public int pendingChars() {
        return pending.length();
    }

    private static int parseLength(CharSequence text, int from, int bar) {
        if (bar == from || bar - from > 10) {
            throw new IllegalStateException("push stream out of step: " + abbreviate(text.subSequence(from,
                    Math.min(text.length(), from + 40))));
        }
        int length = 0;
        for (int i = from; i < bar; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalStateException("push stream out of step: " + abbreviate(text.subSequence(from,
                        Math.min(text.length(), from + 40))));
            }
            length = length * 10 + (c - '0');
        }
        return length;
    }

    private static int indexOf(CharSequence text, char wanted, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == wanted) {
                return i;
            }
        }
        return -1;
    }

    private static boolean allDigits(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static String abbreviate(CharSequence text) {
        return text.length() <= 40 ? text.toString() : text.subSequence(0, 40) + "…";
    }
}
