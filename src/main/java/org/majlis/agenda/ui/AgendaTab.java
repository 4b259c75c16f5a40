package org.majlis.agenda.ui;

import org.majlis.agenda.AgendaService;
import org.majlis.agenda.ItemNotes;
import org.majlis.base.live.RoomUpdates;
import org.majlis.meetings.RoomDetails;
import org.majlis.meetings.RoomTab;

/** Fills the room page's Agenda tab. */
@org.springframework.stereotype.Component
class AgendaTab implements RoomTab {

    private final AgendaService agenda;
    private final RoomUpdates updates;
    private final ItemNotes notes;

    AgendaTab(AgendaService agenda, ItemNotes notes, RoomUpdates updates) {
        this.agenda = agenda;
        this.notes = notes;
        this.updates = updates;
    }

    @Override
    public String titleKey() {
        return "room.tab.agenda";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public com.vaadin.flow.component.Component create(RoomDetails details) {
        return new AgendaPanel(agenda, notes, updates, details);
    }
}
