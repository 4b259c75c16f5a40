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
import org.majlis.floor.SpeakerOrderEntry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
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
        var switches = actions.floor().orderHistory(actions.roomId());
        if (record.isEmpty() && switches.isEmpty()) {
            var empty = new Paragraph(getTranslation("floor.record.empty"));
            empty.addClassName("empty-state");
            content.add(empty);
            return;
        }
        var overview = actions.agenda().overview(actions.roomId());
        // per item, the requests and the chair's switches of the speaker order, in the order they happened
        var byItem = new LinkedHashMap<Long, List<Line>>();
        record.forEach(r -> byItem.computeIfAbsent(r.itemId(), id -> new ArrayList<>())
                .add(new Line(r.requestedAt(), line(r))));
        switches.forEach(s -> byItem.computeIfAbsent(s.itemId() == null ? 0L : s.itemId(), id -> new ArrayList<>())
                .add(new Line(s.changedAt(), orderLine(s))));
        for (var entry : byItem.entrySet()) {
            var heading = new H4();
            overview.item(entry.getKey()).ifPresent(item -> heading.add(
                    new Span(item.number() + ". "), new LocalizedSpan(item.title(), getLocale())));
            content.add(heading);
            entry.getValue().stream().sorted(Comparator.comparing(Line::at)).forEach(line -> content.add(line.shown()));
        }
        content.add(new OrganisationTimeTable(actions.budgets().report(actions.roomId()), overview, actions.budgets(),
                actions.roomId()));
    }

    private record Line(Instant at, Div shown) {
    }

    private Div orderLine(SpeakerOrderEntry change) {
        var line = new Div();
        line.addClassName("record-line");
        line.addClassName("record-order");
        line.getElement().setAttribute("data-order", change.order().name());
        line.add(new Span(FloorTexts.time(this, change.changedAt())), new Span(" · "),
                IsolatedText.of(this, "floor.record.order." + change.order().name(), change.changedBy()));
        return line;
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
        var answered = request.repliesTo();
        if (answered != null) {
            var reply = new IsolatedText();
            reply.addClassName("record-reply");
            reply.show(this, "floor.reply.to", answered.organisation(), answered.speakerName());
            line.add(new Span(" · "), reply);
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
