package org.majlis.bench.driver.server;

import java.util.List;

/** The room a run uses and who may sign in to it (from {@code GET /bench/room}). */
public record BenchRoom(long roomId, String route, String chair, String password, List<String> observers,
                        List<String> delegates) {

    /** The room page opened on a tab ({@code floor}: the chair's and delegates' buttons are only built there). */
    public String route(String tab) {
        return tab == null ? route : route + "?tab=" + tab;
    }
}
