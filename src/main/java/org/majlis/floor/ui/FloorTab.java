package org.majlis.floor.ui;

import com.vaadin.flow.component.Component;
import org.majlis.agenda.AgendaService;
import org.majlis.base.live.RoomUpdates;
import org.majlis.floor.FloorService;
import org.majlis.floor.StatementService;
import org.majlis.floor.TimeBudgetService;
import org.majlis.meetings.RoomDetails;
import org.majlis.meetings.RoomTab;

/** Fills the room page's Floor tab. */
@org.springframework.stereotype.Component
class FloorTab implements RoomTab {

    private final FloorService floor;
    private final StatementService statements;
    private final AgendaService agenda;
    private final RoomUpdates updates;
    private final TimeBudgetService budgets;

    FloorTab(FloorService floor, StatementService statements, AgendaService agenda, RoomUpdates updates,
             TimeBudgetService budgets) {
        this.budgets = budgets;
        this.floor = floor;
        this.statements = statements;
        this.agenda = agenda;
        this.updates = updates;
    }

    @Override
    public String titleKey() {
        return "room.tab.floor";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Component create(RoomDetails details) {
        return new FloorPanel(new FloorActions(floor, statements, agenda, details, budgets), updates);
    }
}
