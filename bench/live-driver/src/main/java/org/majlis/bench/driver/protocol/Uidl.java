package org.majlis.bench.driver.protocol;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading and writing Vaadin's UIDL messages. HTTP responses to {@code v-r=uidl} are {@code for(;;);[{...}]} (the
 * prefix guards against JSON hijacking); push messages and the bootstrap's {@code uidl} are the bare object.
 */
public final class Uidl {

    /** One mapper for the whole driver (thread-safe once configured). */
    public static final ObjectMapper JSON = JsonMapper.builder().build();

    private static final String GUARD = "for(;;);";

    private Uidl() {
    }

    /** The message in an HTTP {@code v-r=uidl} response body. */
    public static JsonNode fromHttpResponse(String body) {
        var text = body.startsWith(GUARD) ? body.substring(GUARD.length()) : body;
        var node = JSON.readTree(text);
        if (node.isArray()) {
            return node.isEmpty() ? JSON.createObjectNode() : node.get(0);
        }
        return node;
    }

    /** Whether a push payload is a UIDL message (the handshake and Atmosphere's heartbeats are not). */
    public static boolean isMessage(String payload) {
        return !payload.isEmpty() && payload.charAt(0) == '{';
    }

    /** The message's {@code syncId}, or -1 when it has none. */
    public static long syncId(JsonNode message) {
        return message.path("syncId").asLong(-1);
    }

    /** Whether the server asks the client to start over (session expired, or it lost track of the UI). */
    public static boolean asksToResynchronize(JsonNode message) {
        return message.path("resynchronize").asBoolean(false);
    }

    /** UTF-8 length of text without encoding it (bytes on the wire of a websocket text frame). */
    public static long utf8Length(CharSequence text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
