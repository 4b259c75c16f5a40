package org.majlis.floor;

import org.jspecify.annotations.Nullable;
import org.majlis.base.LocalizedText;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The speaking-time budget per organisation on the current item and what each organisation has spent of it, loaded
 * once per change with the room's shared floor ({@link RoomFloor}, ADR 0043/0049). {@code spentBefore} holds the
 * interventions that ended; the running speaker's time is added from their timer, so the values stay right between
 * loads and the browser can count the organisation's time down from {@link #deadline} without a push per second.
 *
 * @param budget      the budget per organisation on the item, or null for none
 * @param warning     how long before the end the countdown turns amber (see {@link #warningFor})
 * @param spentBefore per organisation id, the time spoken in interventions that ended (pauses excluded)
 * @param organisations the organisations that asked for the floor on the item, in order of their first request
 */
public record OrganisationBudgets(@Nullable Duration budget, BudgetSource source, Duration warning,
                                  Map<Long, Duration> spentBefore, List<Organisation> organisations) {

    public static final OrganisationBudgets NONE = new OrganisationBudgets(null, BudgetSource.NONE,
            TimeBudgetSettings.DEFAULT_WARNING, Map.of(), List.of());

    /** An organisation on the item's list, with its name as the requests carry it. */
    public record Organisation(long id, LocalizedText name) {
    }

    public OrganisationBudgets {
        spentBefore = Map.copyOf(spentBefore);
        organisations = List.copyOf(organisations);
    }

    public boolean active() {
        return budget != null;
    }

    /** The organisation's time on the item at {@code now}: its ended interventions and the speaker's, if theirs. */
    public Duration used(long organisationId, @Nullable FloorRequestSummary speaker, Instant now) {
        var used = spentBefore.getOrDefault(organisationId, Duration.ZERO);
        if (speaker != null && speaker.organisationId() == organisationId && speaker.timer() != null) {
            used = used.plus(speaker.timer().elapsed(now));
        }
        return used;
    }

    /** Time left of the budget (negative once past it), or null without a budget. */
    public @Nullable Duration left(long organisationId, @Nullable FloorRequestSummary speaker, Instant now) {
        return budget == null ? null : budget.minus(used(organisationId, speaker, now));
    }

    /** Amber from {@link #warningFor} before the end, red past it. */
    public BudgetLevel level(long organisationId, @Nullable FloorRequestSummary speaker, Instant now) {
        var left = left(organisationId, speaker, now);
        if (left == null) {
            return BudgetLevel.NONE;
        }
        if (left.isNegative()) {
            return BudgetLevel.OVER;
        }
        return left.compareTo(warningFor()) <= 0 ? BudgetLevel.NEAR : BudgetLevel.OK;
    }

    /** The warning time, at most a quarter of the budget. */
    public Duration warningFor() {
        if (budget == null) {
            return warning;
        }
        var quarter = budget.dividedBy(4);
        return warning.compareTo(quarter) > 0 ? quarter : warning;
    }

    /**
     * When the speaker's organisation runs out of budget if the speaker goes on without a pause (a paused timer:
     * if the pause ended now), or null without a budget or a timer. Every browser counts down to it.
     */
    public @Nullable Instant deadline(FloorRequestSummary speaker) {
        var timer = speaker.timer();
        if (budget == null || timer == null) {
            return null;
        }
        var spent = spentBefore.getOrDefault(speaker.organisationId(), Duration.ZERO);
        return timer.startedAt().plusMillis(timer.pausedMillis()).plus(budget).minus(spent);
    }
}
