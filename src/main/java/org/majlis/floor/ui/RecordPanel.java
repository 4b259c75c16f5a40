package org.majlis.floor.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.majlis.base.ui.IsolatedText;
import org.majlis.base.ui.LocalizedSpan;
import org.majlis.floor.FloorRequestStatus;
import org.majlis.floor.FloorRequestSummary;

import java.util.LinkedHashMap;
import java.util.List;

/**
 * The record of the room: per agenda item, who asked for the floor, for which organisation, when, and what became
 * of it — who spoke and for how long, with or without a written statement; withdrawn, refused (with the reason)
 * and lapsed requests stay in it. Loaded only while open.
 */
class RecordPanel extends Details {

    private final FloorActions actions;
    private final Div content = new Div();
    private boolean stale = true;

    RecordPanel(FloorActions actions) {
        this.actions = actions;
        setId("floor-record");
        setSummaryText(getTranslation("floor.record.title"));
        content.addClassName("floor-record");
        add(content);
        addOpenedChangeListener(event -> {
            if (event.isOpened() && stale) {
                load();
            }
        });
    }

    /** The floor changed: reload now if open, else when next opened. */
    void changed() {
        stale = true;
        if (isOpened()) {
            load();
        }
    }

    private void load() {
        stale = false;
        content.removeAll();
        var record = actions.floor().record(actions.roomId());
        if (record.isEmpty()) {
            var empty = new Paragraph(getTranslation("floor.record.empty"));
            empty.addClassName("empty-state");
            content.add(empty);
            return;
        }
        var overview = actions.agenda().overview(actions.roomId());
        var byItem = new LinkedHashMap<Long, List<FloorRequestSummary>>();
        record.forEach(r -> byItem.computeIfAbsent(r.itemId(), id -> new java.util.ArrayList<>()).add(r));
        for (var entry : byItem.entrySet()) {
            var heading = new H4();
            overview.item(entry.getKey()).ifPresent(item -> heading.add(
                    new Span(item.number() + ". "), new LocalizedSpan(item.title(), getLocale())));
            content.add(heading);
            entry.getValue().forEach(request -> content.add(line(request)));
        }
        content.add(new OrganisationTimeTable(actions.budgets().report(actions.roomId()), overview, actions.budgets(),
                actions.roomId()));
    }

    private Div line(FloorRequestSummary request) {
        var line = new Div();
        line.addClassName("record-line");
        line.getElement().setAttribute("data-status", request.status().name());
        var speaker = new IsolatedText();
        FloorTexts.speaker(speaker, this, request);
        line.add(new Span(FloorTexts.time(this, request.requestedAt())), new Span(" · "), speaker, new Span(" · "),
                new Span(FloorTexts.kind(this, request.kind())), new Span(" · "), outcome(request));
        if (request.hasStatement()) {
            line.add(new Span(" · "), new Span(getTranslation("floor.queue.has-statement")));
        }
        return line;
    }

    private Span outcome(FloorRequestSummary request) {
        var timer = request.timer();
        if (request.status() == FloorRequestStatus.SPOKE && timer != null) {
            var seconds = timer.elapsed(timer.endedAt() == null ? timer.startedAt() : timer.endedAt()).toSeconds();
            return new Span(getTranslation("floor.record.spoke", FloorTexts.time(this, timer.startedAt()),
                    seconds / 60, String.format("%02d", seconds % 60)));
        }
        if (request.status() == FloorRequestStatus.REFUSED) {
            // the chair's reason, isolated: whatever it contains stays inside it
            return IsolatedText.of(this, "floor.record.refused", request.refusalReason() == null ? ""
                    : request.refusalReason());
        }
        return new Span(getTranslation("floor.status." + request.status().name()));
    }

}
