package org.majlis.report.internal;

import tools.jackson.databind.json.JsonMapper;

/** Reports' records and texts as JSON, the form they are stored in. */
final class Json {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Json() {
    }

    static String write(Object value) {
        return JSON.writeValueAsString(value);
    }

    static <T> T read(String json, Class<T> type) {
        return JSON.readValue(json, type);
    }
}
