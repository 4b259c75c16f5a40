package org.majlis.bench.driver.protocol;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SyncTrackerTest {

    private static final long TIMEOUT = 5_000;
    private final SyncTracker tracker = new SyncTracker();

    @Test
    void messagesInOrderLeaveNoGap() {
        for (long id = 0; id < 5; id++) {
            assertEquals(SyncTracker.Arrival.IN_ORDER, tracker.arrived(id, id));
        }
        assertEquals(4, tracker.lastInOrder());
        assertFalse(tracker.hasGap());
        assertEquals(0, tracker.giveUpIfOverdue(1_000_000, TIMEOUT));
    }

    @Test
    void aPushThatOvertakesAnHttpResponseIsHeldUntilTheGapFills() {
        tracker.arrived(0, 0);
        assertEquals(SyncTracker.Arrival.EARLY, tracker.arrived(2, 10));
        assertTrue(tracker.hasGap());
        assertEquals(0, tracker.lastInOrder(), "the client acknowledges only what it could apply in order");

        assertEquals(SyncTracker.Arrival.FILLED_GAP, tracker.arrived(1, 20));

        assertEquals(2, tracker.lastInOrder());
        assertFalse(tracker.hasGap());
        assertEquals(0, tracker.lost());
    }

    @Test
    void aGapOpenLongerThanTheTimeoutCountsItsMissingMessagesAsLost() {
        tracker.arrived(0, 0);
        tracker.arrived(3, 100);
        tracker.arrived(5, 200);

        assertEquals(0, tracker.giveUpIfOverdue(100 + TIMEOUT - 1, TIMEOUT), "not overdue yet");
        assertEquals(3, tracker.giveUpIfOverdue(100 + TIMEOUT, TIMEOUT), "1, 2 and 4 never came");

        assertEquals(3, tracker.lost());
        assertEquals(5, tracker.lastInOrder());
        assertEquals(SyncTracker.Arrival.IN_ORDER, tracker.arrived(6, 300));
    }

    @Test
    void aMessageGivenUpThatArrivesAfterAllWasLateNotLost() {
        tracker.arrived(0, 0);
        tracker.arrived(2, 100); // a push overtook the HTTP response carrying 1
        tracker.giveUpIfOverdue(100 + TIMEOUT, TIMEOUT);
        assertEquals(1, tracker.lost());

        assertEquals(SyncTracker.Arrival.LATE, tracker.arrived(1, 200 + TIMEOUT));

        assertEquals(0, tracker.lost());
        assertEquals(1, tracker.late());
        assertEquals(SyncTracker.Arrival.DUPLICATE, tracker.arrived(1, 300 + TIMEOUT));
    }

    @Test
    void aMessageReceivedTwiceIsADuplicate() {
        tracker.arrived(0, 0);
        tracker.arrived(1, 1);
        tracker.arrived(3, 2);

        assertEquals(SyncTracker.Arrival.DUPLICATE, tracker.arrived(1, 3));
        assertEquals(SyncTracker.Arrival.DUPLICATE, tracker.arrived(3, 4));
        assertEquals(2, tracker.duplicates());
    }

    @Test
    void aResynchronisationStartsOverFromTheAnsweredSyncId() {
        tracker.arrived(0, 0);
        tracker.arrived(4, 1);

        tracker.resetTo(9);

        assertFalse(tracker.hasGap());
        assertEquals(SyncTracker.Arrival.IN_ORDER, tracker.arrived(10, 2));
    }
}
