package org.majlis.bench.driver.scenario;

import org.HdrHistogram.Histogram;
import org.majlis.bench.driver.browser.BrowserObservers.Stamp;
import org.majlis.bench.driver.report.Numbers;

import java.util.HashMap;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The browsers' side of a fan-out step: for each of the chair's changes (its expected value and the wall-clock time
 * just before its click) and each tab, when the tab's countdown first took that value. Counted as the driver counts
 * its participants: {@code every} over all tabs and changes, {@code last} the slowest tab per change; a change a tab
 * never showed is superseded when the tab showed a later change, otherwise lost; a value nobody asked for is wrong.
 *
 * @param clicks      the changes in order: expected value and epoch ms of the click
 * @param lostAfterMs a change shown later than this is lost, as for the driver's participants
 */
record BrowserLatencies(Histogram every, Histogram last, long lost, long superseded, long wrong) {

    record Click(String value, long epochMillis) {
    }

    static BrowserLatencies of(List<Click> clicks, List<List<Stamp>> tabs, long lostAfterMs, java.util.Set<String> before) {
        var every = Numbers.nanosHistogram();
        var last = Numbers.nanosHistogram();
        var index = new HashMap<String, Integer>();
        for (int i = 0; i < clicks.size(); i++) {
            index.put(clicks.get(i).value(), i);
        }
        // first[t][c]: epoch ms at which tab t first showed change c (0: never)
        var first = new long[tabs.size()][clicks.size()];
        long wrong = 0;
        for (int t = 0; t < tabs.size(); t++) {
            for (var stamp : tabs.get(t)) {
                var c = index.get(stamp.value());
                if (c == null) {
                    if (!before.contains(stamp.value())) {
                        wrong++;
                    }
                } else if (first[t][c] == 0) {
                    first[t][c] = stamp.epochMillis();
                }
            }
        }
        long lost = 0;
        long superseded = 0;
        for (int c = 0; c < clicks.size(); c++) {
            long slowest = -1;
            for (int t = 0; t < tabs.size(); t++) {
                long at = first[t][c];
                long latency = at == 0 ? -1 : Math.max(0, at - clicks.get(c).epochMillis());
                if (at == 0 || latency > lostAfterMs) {
                    if (at == 0 && laterShown(first[t], c)) {
                        superseded++;
                    } else {
                        lost++;
                    }
                    continue;
                }
                every.recordValue(TimeUnit.MILLISECONDS.toNanos(latency));
                slowest = Math.max(slowest, latency);
            }
            if (slowest >= 0) {
                last.recordValue(TimeUnit.MILLISECONDS.toNanos(slowest));
            }
        }
        return new BrowserLatencies(every, last, lost, superseded, wrong);
    }

    private static boolean laterShown(long[] tab, int change) {
        for (int c = change + 1; c < tab.length; c++) {
            if (tab[c] != 0) {
                return true;
            }
        }
        return false;
    }
}
