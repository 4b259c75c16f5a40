package org.majlis.floor;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class SpeakingTimerTest {

    static final Instant START = Instant.parse("2024-07-23T09:00:00Z");

    @Test
    void the_countdown_is_computed_from_the_stored_start_so_every_reader_sees_the_same() {
        var timer = new SpeakingTimer(START, 180, 0, null);
        var at40s = Clock.fixed(START.plusSeconds(40), ZoneOffset.UTC);
        assertThat(timer.remaining(at40s.instant())).isEqualTo(Duration.ofSeconds(140));
        assertThat(timer.elapsed(at40s.instant())).isEqualTo(Duration.ofSeconds(40));
        assertThat(timer.overrun(at40s.instant())).isFalse();
    }

    @Test
    void added_time_moves_the_deadline() {
        var timer = new SpeakingTimer(START, 180, 60, null);
        assertThat(timer.deadline()).isEqualTo(START.plusSeconds(240));
        assertThat(timer.remaining(START.plusSeconds(200))).isEqualTo(Duration.ofSeconds(40));
    }

    @Test
    void speaking_past_the_deadline_is_an_overrun() {
        var timer = new SpeakingTimer(START, 60, 0, null);
        var now = Clock.fixed(START.plusSeconds(75), ZoneOffset.UTC).instant();
        assertThat(timer.overrun(now)).isTrue();
        assertThat(timer.remaining(now)).isEqualTo(Duration.ofSeconds(-15));
    }

    @Test
    void an_ended_intervention_stops_the_clock() {
        var timer = new SpeakingTimer(START, 60, 0, START.plusSeconds(50));
        assertThat(timer.running()).isFalse();
        assertThat(timer.elapsed(START.plusSeconds(3600))).isEqualTo(Duration.ofSeconds(50));
        assertThat(timer.remaining(START.plusSeconds(3600))).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void a_paused_timer_stands_still_and_a_resumed_one_goes_on_with_the_time_that_was_left() {
        // 3 minutes from 09:00, paused at 09:01 for 45 s
        var paused = new SpeakingTimer(START, 180, 0, null, START.plusSeconds(60), 0);
        assertThat(paused.paused()).isTrue();
        assertThat(paused.remaining(START.plusSeconds(60))).isEqualTo(Duration.ofSeconds(120));
        assertThat(paused.remaining(START.plusSeconds(100))).isEqualTo(Duration.ofSeconds(120)); // standing still
        assertThat(paused.elapsed(START.plusSeconds(100))).isEqualTo(Duration.ofSeconds(60));

        var resumed = new SpeakingTimer(START, 180, 0, null, null, 45_000);
        assertThat(resumed.paused()).isFalse();
        assertThat(resumed.deadline()).isEqualTo(START.plusSeconds(225)); // the pause moved it on
        assertThat(resumed.remaining(START.plusSeconds(115))).isEqualTo(Duration.ofSeconds(110));
        assertThat(resumed.elapsed(START.plusSeconds(115))).isEqualTo(Duration.ofSeconds(70));
    }

    @Test
    void the_record_counts_the_time_spoken_without_the_pauses() {
        var ended = new SpeakingTimer(START, 180, 0, START.plusSeconds(200), null, 45_000);
        assertThat(ended.spoken()).isEqualTo(Duration.ofSeconds(155));
        assertThat(new SpeakingTimer(START, 180, 0, null).spoken()).isEqualTo(Duration.ZERO);
    }
}
