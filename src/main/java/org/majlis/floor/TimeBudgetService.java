package org.majlis.floor;

import org.jspecify.annotations.Nullable;
import org.majlis.agenda.AgendaService;
import org.majlis.base.ConcurrentEditException;
import org.majlis.base.InvalidInputException;
import org.majlis.base.Language;
import org.majlis.base.StoredTime;
import org.majlis.base.UserText;
import org.majlis.floor.FloorEvent.TimeBudgetChanged;
import org.majlis.floor.internal.TimeBudgetEntity;
import org.majlis.floor.internal.TimeBudgetRepository;
import org.majlis.floor.internal.TimeBudgets;
import org.majlis.meetings.RoomAccess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.HashSet;
import java.util.Optional;

/**
 * Speaking-time budgets per organisation (ADR 0049). Everyone in the room sees them (the list of speakers shows time
 * used and left); the room's chairs and the secretariat set them — for the room, or for one of its items — in a
 * writable room only. Items are looked up within the room, so another room's item id is not found. Settings are
 * versioned: a chair saving over a change made meanwhile is told and nothing is overwritten.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class TimeBudgetService {

    private final TimeBudgetRepository budgets;
    private final TimeBudgetRules rules;
    private final AgendaService agenda;
    private final RoomAccess roomAccess;
    private final FloorService floor;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TimeReportCsv csv;

    TimeBudgetService(TimeBudgetRepository budgets, TimeBudgetRules rules, AgendaService agenda,
                      RoomAccess roomAccess, FloorService floor, ApplicationEventPublisher events, Clock clock,
                      TimeReportCsv csv) {
        this.csv = csv;
        this.budgets = budgets;
        this.rules = rules;
        this.agenda = agenda;
        this.roomAccess = roomAccess;
        this.floor = floor;
        this.events = events;
        this.clock = clock;
    }

    /** The room's setting and, for an item of the room, the item's, with the budget that applies to it. */
    @PreAuthorize("@roomAccess.mayView(#roomId)")
    public TimeBudgetOverview overview(long roomId, @Nullable Long itemId) {
        if (itemId != null) {
            agenda.item(roomId, itemId); // an item of this room, or not found
        }
        var all = budgets.findAllOfRoom(roomId);
        var fallback = rules.settingsDefault(roomId);
        var resolved = rules.resolve(all, itemId, fallback);
        var room = all.stream().filter(b -> b.getItemId() == null).findFirst().map(TimeBudgetService::setting)
                .orElse(BudgetSetting.UNSET);
        var item = itemId == null ? null : all.stream().filter(b -> itemId.equals(b.getItemId())).findFirst()
                .map(TimeBudgetService::setting).orElse(BudgetSetting.UNSET);
        return new TimeBudgetOverview(room, item, fallback, resolved.budget(), resolved.source());
    }

    /**
     * Sets the budget per organisation of the room ({@code itemId} null) or of one of its items, as {@code version}
     * was read (0: nobody had set one). A budget out of range (not positive, or more than
     * {@link TimeBudgets#MAX_SECONDS}) is refused with a translated message and changes nothing.
     */
    @Transactional
    @PreAuthorize("@roomAccess.mayChair(#roomId)")
    public BudgetSetting save(long roomId, @Nullable Long itemId, long version, BudgetChoice choice) {
        roomAccess.requireWritable(roomId);
        if (itemId != null) {
            agenda.item(roomId, itemId);
        }
        var seconds = choice.mode() == BudgetChoice.Mode.LIMIT ? choice.seconds() : null;
        if (choice.mode() == BudgetChoice.Mode.LIMIT && (seconds == null || !TimeBudgets.valid(seconds))) {
            throw new InvalidInputException("budget", "budgets.error.range", TimeBudgets.MAX_SECONDS / 3600);
        }
        var what = itemId == null ? "Room time budget" : "Item time budget";
        var scopeId = itemId == null ? roomId : itemId;
        var stored = itemId == null ? budgets.findForRoom(roomId) : budgets.findForItem(roomId, itemId);
        if (stored.isEmpty() && version != 0) {
            throw new ConcurrentEditException(what, scopeId);
        }
        stored.ifPresent(b -> ConcurrentEditException.check(what, scopeId, version, b.getVersion() + 1));
        BudgetSetting result;
        if (choice.mode() == BudgetChoice.Mode.INHERIT) {
            stored.ifPresent(budgets::delete);
            budgets.flush();
            result = BudgetSetting.UNSET;
        } else {
            var budget = stored.orElseGet(() -> new TimeBudgetEntity(roomId, itemId));
            budget.set(seconds, author(), StoredTime.now(clock));
            try {
                result = setting(budgets.saveAndFlush(budget));
            } catch (DataIntegrityViolationException e) {
                throw new ConcurrentEditException(what, scopeId); // another chair created it at the same moment
            }
        }
        events.publishEvent(new TimeBudgetChanged(roomId, itemId == null ? 0 : itemId));
        return result;
    }

    /** Time used per organisation, per item and in the room, with each item's budget: the record's report. */
    @PreAuthorize("@roomAccess.mayView(#roomId)")
    public OrganisationTimeReport report(long roomId) {
        var record = floor.record(roomId);
        var itemIds = new HashSet<Long>();
        record.forEach(r -> itemIds.add(r.itemId()));
        return OrganisationTimeReport.of(record, StoredTime.now(clock), rules.perItem(roomId, itemIds));
    }

    /**
     * The report as a CSV file in one language (everyone who may view the room: the record is public in it). Small:
     * written at once, on the download's own request thread, not the UI's.
     */
    @PreAuthorize("@roomAccess.mayView(#roomId)")
    public byte[] reportCsv(long roomId, Language language) {
        return csv.write(report(roomId), agenda.overview(roomId), language);
    }

    private String author() {
        var name = roomAccess.currentParticipant().map(p -> p.fullName())
                .or(() -> Optional.ofNullable(SecurityContextHolder.getContext().getAuthentication())
                        .map(a -> a.getName()))
                .orElse("?");
        return UserText.shortened(name, UserText.DISPLAY_NAME_MAX);
    }

    private static BudgetSetting setting(TimeBudgetEntity budget) {
        var choice = budget.getBudgetSeconds() == null ? BudgetChoice.none()
                : BudgetChoice.seconds(budget.getBudgetSeconds());
        return new BudgetSetting(budget.getVersion() + 1, choice, budget.getUpdatedBy());
    }
}
