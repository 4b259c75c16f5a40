package org.majlis.floor;

import org.jspecify.annotations.Nullable;
import org.majlis.agenda.AgendaItemSummary;
import org.majlis.floor.internal.TimeBudgetEntity;
import org.majlis.floor.internal.TimeBudgetRepository;
import org.majlis.floor.internal.TimeBudgets;
import org.majlis.floor.internal.TimeBudgets.Setting;
import org.majlis.meetings.RoomService;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the budgets of a room (one statement for the room's and every item's setting) and resolves them with
 * {@link TimeBudgets}: for the shared floor's load ({@link RoomFloors}), the chairs' dialog and the record's report.
 * Callers hold the transaction and have checked that the user may view the room.
 */
@Component
class TimeBudgetRules {

    private final TimeBudgetRepository budgets;
    private final TimeBudgetSettings settings;
    private final RoomService rooms;

    TimeBudgetRules(TimeBudgetRepository budgets, TimeBudgetSettings settings, RoomService rooms) {
        this.budgets = budgets;
        this.settings = settings;
        this.rooms = rooms;
    }

    /** The current item's budgets with what each organisation spent on it ({@code itemRequests}: the item's). */
    OrganisationBudgets forItem(long roomId, AgendaItemSummary item, Collection<FloorRequestSummary> itemRequests) {
        var all = budgets.findAllOfRoom(roomId);
        return TimeBudgets.budgets(resolve(all, item.id(), settingsDefault(roomId)), settings.warningOrDefault(),
                itemRequests);
    }

    /** The budget that applies to each of these items. */
    Map<Long, Duration> perItem(long roomId, Collection<Long> itemIds) {
        var all = budgets.findAllOfRoom(roomId);
        var fallback = settingsDefault(roomId);
        var result = new HashMap<Long, Duration>();
        for (var itemId : itemIds) {
            var budget = resolve(all, itemId, fallback).budget();
            if (budget != null) {
                result.put(itemId, budget);
            }
        }
        return result;
    }

    TimeBudgets.Resolved resolve(List<TimeBudgetEntity> all, @Nullable Long itemId, @Nullable Duration fallback) {
        return TimeBudgets.resolve(
                itemId == null ? Optional.empty() : all.stream().filter(b -> itemId.equals(b.getItemId()))
                        .findFirst().map(b -> new Setting(b.getBudgetSeconds())),
                all.stream().filter(b -> b.getItemId() == null).findFirst()
                        .map(b -> new Setting(b.getBudgetSeconds())),
                fallback);
    }

    /** The settings' default for the room's kind; the room is read only when a default depends on its kind. */
    @Nullable Duration settingsDefault(long roomId) {
        if (settings.roomKinds() == null || settings.roomKinds().isEmpty()) {
            return settings.defaultFor(null);
        }
        return settings.defaultFor(rooms.details(roomId).room().kind());
    }
}
