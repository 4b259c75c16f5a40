package org.majlis.floor;

import org.jspecify.annotations.Nullable;
import org.majlis.base.LocalizedText;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Time used per organisation, per agenda item and for the whole room, from the record of the floor: the sum of the
 * spoken time of each organisation's interventions, pauses excluded (a running intervention counts up to
 * {@code now}). Items in the order they first appear in the record, organisations by most time used.
 */
public record OrganisationTimeReport(List<ItemTime> items, List<OrganisationTime> room) {

    /** One organisation's time: how many interventions and how long in all; {@code budget} when the item has one. */
    public record OrganisationTime(long organisationId, LocalizedText organisation, int interventions,
                                   Duration used, @Nullable Duration budget) {

        public boolean over() {
            return budget != null && used.compareTo(budget) > 0;
        }
    }

    public record ItemTime(long itemId, List<OrganisationTime> organisations) {
    }

    public static OrganisationTimeReport of(List<FloorRequestSummary> record, Instant now,
                                            Map<Long, Duration> budgetPerItem) {
        var byItem = new LinkedHashMap<Long, Map<Long, Accumulator>>();
        var room = new LinkedHashMap<Long, Accumulator>();
        for (var request : record) {
            var timer = request.timer();
            if (timer == null) {
                continue;
            }
            var spoken = timer.elapsed(now);
            byItem.computeIfAbsent(request.itemId(), id -> new LinkedHashMap<>())
                    .computeIfAbsent(request.organisationId(), id -> new Accumulator(request)).add(spoken);
            room.computeIfAbsent(request.organisationId(), id -> new Accumulator(request)).add(spoken);
        }
        var items = new ArrayList<ItemTime>();
        byItem.forEach((itemId, organisations) -> items.add(
                new ItemTime(itemId, sorted(organisations, budgetPerItem.get(itemId)))));
        return new OrganisationTimeReport(List.copyOf(items), sorted(room, null));
    }

    private static List<OrganisationTime> sorted(Map<Long, Accumulator> organisations, @Nullable Duration budget) {
        return organisations.values().stream()
                .map(a -> new OrganisationTime(a.organisationId, a.name, a.count, a.used, budget))
                .sorted(Comparator.comparing(OrganisationTime::used).reversed()
                        .thenComparing(OrganisationTime::organisationId))
                .toList();
    }

    private static final class Accumulator {
        final long organisationId;
        final LocalizedText name;
        int count;
        Duration used = Duration.ZERO;

        Accumulator(FloorRequestSummary first) {
            organisationId = first.organisationId();
            name = first.organisation();
        }

        void add(Duration spoken) {
            count++;
            used = used.plus(spoken);
        }
    }
}
