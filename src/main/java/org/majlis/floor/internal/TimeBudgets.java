package org.majlis.floor.internal;

import org.jspecify.annotations.Nullable;
import org.majlis.floor.BudgetSource;
import org.majlis.floor.FloorRequestStatus;
import org.majlis.floor.FloorRequestSummary;
import org.majlis.floor.OrganisationBudgets;

import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules of the budgets per organisation (ADR 0049), without a database: which budget applies to an item (the
 * item's own setting, else the room's, else the settings' default for the room's kind — a setting of "no budget"
 * stops the search), and what each organisation has spent (the interventions that ended, pauses excluded).
 */
public final class TimeBudgets {

    /** The largest budget a chair may set: a whole day's session. Anything more is a typing error. */
    public static final int MAX_SECONDS = 8 * 60 * 60;

    private TimeBudgets() {
    }

    /** A chair's setting at one level: present with a null budget is "no budget here". */
    public record Setting(@Nullable Integer seconds) {
    }

    public record Resolved(@Nullable Duration budget, BudgetSource source) {
    }

    public static Resolved resolve(Optional<Setting> item, Optional<Setting> room, @Nullable Duration settings) {
        if (item.isPresent()) {
            return of(item.get(), BudgetSource.ITEM);
        }
        if (room.isPresent()) {
            return of(room.get(), BudgetSource.ROOM);
        }
        return settings == null ? new Resolved(null, BudgetSource.NONE) : new Resolved(settings, BudgetSource.SETTINGS);
    }

    private static Resolved of(Setting setting, BudgetSource source) {
        return setting.seconds() == null ? new Resolved(null, BudgetSource.NONE)
                : new Resolved(Duration.ofSeconds(setting.seconds()), source);
    }

    /** Whether a chair may set this budget (null: no budget). */
    public static boolean valid(@Nullable Integer seconds) {
        return seconds == null || (seconds > 0 && seconds <= MAX_SECONDS);
    }

    /** Per organisation, the time spoken in the interventions that ended (the speaker's running one is left out). */
    public static Map<Long, Duration> spentBefore(Collection<FloorRequestSummary> requests) {
        var spent = new HashMap<Long, Duration>();
        for (var request : requests) {
            if (request.status() == FloorRequestStatus.SPOKE && request.timer() != null) {
                spent.merge(request.organisationId(), request.timer().spoken(), Duration::plus);
            }
        }
        return spent;
    }

    /** The budgets of an item as the floor carries them. */
    public static OrganisationBudgets budgets(Resolved resolved, Duration warning,
                                              Collection<FloorRequestSummary> itemRequests) {
        var organisations = new LinkedHashMap<Long, OrganisationBudgets.Organisation>();
        itemRequests.stream().sorted(Comparator.comparing(FloorRequestSummary::id)).forEach(r -> organisations
                .putIfAbsent(r.organisationId(), new OrganisationBudgets.Organisation(r.organisationId(),
                        r.organisation())));
        return new OrganisationBudgets(resolved.budget(), resolved.source(), warning, spentBefore(itemRequests),
                List.copyOf(organisations.values()));
    }
}
