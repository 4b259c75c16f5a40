package org.majlis.bench.driver.scenario;

import org.junit.jupiter.api.Test;
import org.majlis.bench.driver.browser.BrowserObservers.Stamp;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BrowserLatenciesTest {

    private static final List<BrowserLatencies.Click> CLICKS = List.of(
            new BrowserLatencies.Click("1030", 10_000), new BrowserLatencies.Click("1060", 11_000),
            new BrowserLatencies.Click("1090", 12_000));

    @Test
    void each_tab_counts_the_first_time_its_countdown_showed_each_change() {
        var tabs = List.of(
                List.of(new Stamp("1030", 10_100), new Stamp("1060", 11_200), new Stamp("1060", 11_900),
                        new Stamp("1090", 12_050)),
                List.of(new Stamp("1030", 10_300), new Stamp("1060", 11_100), new Stamp("1090", 12_400)));

        var result = BrowserLatencies.of(CLICKS, tabs, 10_000, Set.of("1000"));

        assertEquals(6, result.every().getTotalCount());
        assertEquals(3, result.last().getTotalCount());
        // the slowest tab per change: 300, 200, 400 ms
        assertEquals(400, TimeUnit.NANOSECONDS.toMillis(result.last().getMaxValue()), 1);
        assertEquals(200, TimeUnit.NANOSECONDS.toMillis(result.last().getMinValue()), 1);
        assertEquals(0, result.lost());
        assertEquals(0, result.wrong());
    }

    @Test
    void a_change_never_shown_is_superseded_when_a_later_one_was_shown_else_lost() {
        var tabs = List.of(
                List.of(new Stamp("1060", 11_100), new Stamp("1090", 12_100)), // missed 1030: coalesced
                List.of(new Stamp("1030", 10_100))); // missed 1060 and 1090: nothing later, lost

        var result = BrowserLatencies.of(CLICKS, tabs, 10_000, Set.of());

        assertEquals(1, result.superseded());
        assertEquals(2, result.lost());
    }

    @Test
    void a_change_shown_after_the_limit_is_lost_and_an_unknown_value_is_wrong() {
        var tabs = List.of(List.of(new Stamp("1030", 25_000), new Stamp("999", 11_000), new Stamp("1000", 9_000),
                new Stamp("1060", 11_010), new Stamp("1090", 12_010)));

        var result = BrowserLatencies.of(CLICKS, tabs, 10_000, Set.of("1000"));

        assertEquals(1, result.lost());
        assertEquals(1, result.wrong());
        assertEquals(2, result.every().getTotalCount());
    }
}
