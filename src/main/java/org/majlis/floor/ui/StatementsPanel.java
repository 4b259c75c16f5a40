package org.majlis.floor.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.majlis.agenda.AgendaItemSummary;
import org.majlis.base.Language;
import org.majlis.base.ui.Bidi;
import org.majlis.base.ui.IsolatedText;
import org.majlis.floor.StatementSummary;

import java.io.ByteArrayInputStream;

/** For chairs and rapporteurs: all written statements of an agenda item in one place, with their files. */
class StatementsPanel extends Details {

    private final FloorActions actions;
    private final Select<AgendaItemSummary> item = new Select<>();
    private final Div list = new Div();
    private boolean stale = true;

    StatementsPanel(FloorActions actions) {
        this.actions = actions;
        setId("floor-statements");
        setSummaryText(getTranslation("floor.statements.title"));
        item.setId("floor-statements-item");
        item.setLabel(getTranslation("floor.statements.item"));
        item.setItemLabelGenerator(i -> i.number() + ". " + Bidi.isolate(i.title(), getLocale()));
        item.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                showStatements();
            }
        });
        list.addClassName("statement-list");
        add(item, list);
        addOpenedChangeListener(event -> {
            if (event.isOpened() && stale) {
                load();
            }
        });
    }

    void changed() {
        stale = true;
        if (isOpened()) {
            load();
        }
    }

    private void load() {
        stale = false;
        var overview = actions.agenda().overview(actions.roomId());
        var selected = item.getValue() == null ? null : item.getValue().id();
        item.setItems(overview.items());
        var keep = selected == null ? null : overview.item(selected).orElse(null);
        item.setValue(keep != null ? keep : overview.current() != null ? overview.current()
                : overview.items().isEmpty() ? null : overview.items().getLast());
        showStatements();
    }

    private void showStatements() {
        list.removeAll();
        if (item.getValue() == null) {
            return;
        }
        var statements = actions.statements().ofItem(actions.roomId(), item.getValue().id());
        if (statements.isEmpty()) {
            var empty = new Paragraph(getTranslation("floor.statements.empty"));
            empty.addClassName("empty-state");
            list.add(empty);
        }
        statements.forEach(statement -> list.add(card(statement)));
    }

    private Div card(StatementSummary statement) {
        var card = new Div();
        card.addClassName("statement-card");
        card.getElement().setAttribute("data-request-id", String.valueOf(statement.requestId()));
        var who = new Div(IsolatedText.of(this, "floor.speaker", statement.organisation(), statement.speakerName()),
                new Span(" · "), new Span(FloorTexts.kind(this, statement.kind())),
                new Span(" · "), new Span(FloorTexts.time(this, statement.submittedAt())));
        who.addClassName("statement-who");
        card.add(who);
        for (var language : Language.values()) {
            var text = statement.text().get(language);
            if (text != null) {
                var block = new Paragraph(text);
                block.addClassName("statement-text");
                block.getElement().setAttribute("lang", language.code());
                block.getElement().setAttribute("dir", language.isRightToLeft() ? "rtl" : "ltr");
                card.add(block);
            }
        }
        if (statement.hasFile()) {
            var roomId = actions.roomId();
            var statements = actions.statements();
            var download = new Anchor(DownloadHandler.fromInputStream(event -> {
                var file = statements.file(roomId, statement.id());
                return new DownloadResponse(new ByteArrayInputStream(file.bytes()), file.fileName(),
                        file.type().contentType(), file.bytes().length);
            }), "");
            download.add(IsolatedText.of(this, "floor.statements.download", statement.fileName()));
            download.addClassName("statement-file");
            card.add(download);
        }
        return card;
    }

}
