package org.majlis.matrix.internal;

import org.majlis.matrix.EntryData;
import tools.jackson.databind.json.JsonMapper;

/** Entry contents as JSON, the form revisions keep them in. */
public final class Snapshots {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Snapshots() {
    }

    public static String write(EntryData data) {
        return JSON.writeValueAsString(data);
    }

    public static EntryData read(String json) {
        return JSON.readValue(json, EntryData.class);
    }
}
