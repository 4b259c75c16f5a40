package org.majlis.bench.driver.scenario;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SettingsTest {

    @Test
    void theIssuesRunIsTheDefault() {
        var settings = Settings.parse(new String[] {"--base", "http://127.0.0.1:8080"});

        assertEquals(URI.create("http://127.0.0.1:8080"), settings.base());
        assertEquals("all", settings.scenario());
        assertEquals(List.of(100, 300, 1000, 3000), settings.fanoutSizes());
        assertEquals(List.of(0, 300, 1000, 3000), settings.memorySizes());
        assertEquals(60, settings.changes());
        assertEquals(1000, settings.intervalMs());
        assertEquals(300, settings.delegates());
        assertEquals(3000, settings.mostParticipants());
    }

    @Test
    void sizesServeBothScenariosMemoryStartingFromNobody() {
        var settings = Settings.parse(new String[] {"--base", "http://h:1", "--scenario", "memory", "--sizes",
                "1000, 300"});

        assertEquals(List.of(300, 1000), settings.fanoutSizes());
        assertEquals(List.of(0, 300, 1000), settings.memorySizes());
    }

    @Test
    void mistakesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Settings.parse(new String[] {"--sizes", "10"}));
        assertThrows(IllegalArgumentException.class,
                () -> Settings.parse(new String[] {"--base", "http://h:1", "--scenario", "soak"}));
        assertThrows(IllegalArgumentException.class,
                () -> Settings.parse(new String[] {"--base", "http://h:1", "--frobnicate", "1"}));
        assertThrows(IllegalArgumentException.class, () -> Settings.parse(new String[] {"--base"}));
    }
}
