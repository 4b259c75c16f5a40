package org.majlis.bench.driver.scenario;

import org.junit.jupiter.api.Test;
import org.majlis.bench.driver.protocol.Uidl;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScenarioMathTest {

    @Test
    void theSlopeIsTheLeastSquaresFit() {
        var points = List.of(new double[] {0, 100}, new double[] {100, 300}, new double[] {300, 700},
                new double[] {1000, 2100});

        assertEquals(2.0, MemoryScenario.slope(points), 1e-9);
        assertTrue(Double.isNaN(MemoryScenario.slope(List.of(new double[] {0, 1}))));
    }

    @Test
    void theBurstCheckFindsDuplicatesAndAQueueOutOfOrder() {
        var good = Uidl.JSON.readTree("""
                {"requests":7,"queue":[
                  {"id":1,"username":"bench.del.00001","requestedAt":"2026-12-02T07:00:00.100Z"},
                  {"id":2,"username":"bench.del.00002","requestedAt":"2026-12-02T07:00:00.200Z"}]}""");
        var bad = Uidl.JSON.readTree("""
                {"requests":8,"queue":[
                  {"id":1,"username":"bench.del.00001","requestedAt":"2026-12-02T07:00:00.300Z"},
                  {"id":2,"username":"bench.del.00002","requestedAt":"2026-12-02T07:00:00.200Z"},
                  {"id":3,"username":"bench.del.00002","requestedAt":"2026-12-02T07:00:00.400Z"}]}""");

        // 5 requests of the item before the burst (spoken, withdrawn)
        assertEquals(new BurstScenario.Check("2 of 2 ✓, waiting 2", "2 ✓", "kept ✓"),
                BurstScenario.check(good, 2, 5));
        assertEquals(new BurstScenario.Check("3 of 2 ✗, waiting 3", "2 ✗ (duplicates)", "NOT kept ✗"),
                BurstScenario.check(bad, 2, 5));
    }

    @Test
    void aChangeMissingAtARecipientIsSupersededWhenALaterOneArrived() {
        var a = new org.majlis.bench.driver.protocol.Participant(null, "a", java.util.Set.of(), false,
                (w, c, t, p) -> {
                });
        var log = new ChangeLog(List.of(a), java.util.Set.of("1000"));
        var first = log.expect("31000", 0);
        var second = log.expect("61000", 10);

        log.received(a, "1000", 5);
        log.received(a, "61000", 20);
        log.received(a, "999", 21);

        assertEquals(0, first.received().get(0));
        assertEquals(20, second.received().get(0));
        assertTrue(log.supersededFor(first, 0));
        assertTrue(log.complete());
        assertEquals(1, log.wrong(), "999 was never asked for; 1000 was the value before");
    }
}
