package org.majlis.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.majlis.base.ui.Bidi;
import org.majlis.report.RecordChange;

import java.util.List;

/**
 * What changed in the record since the report took it (items, interventions, statements, organisations, adopted
 * entries added, removed or changed); the rapporteur takes it in, which never touches their texts.
 */
class RefreshDialog extends Dialog {

    RefreshDialog(List<RecordChange> changes, Runnable takeIn) {
        setId("report-refresh-dialog");
        setWidth("min(48rem, 95vw)");
        setHeaderTitle(getTranslation("report.refresh.title"));
        if (changes.isEmpty()) {
            var none = new Paragraph(getTranslation("report.refresh.none"));
            none.setId("report-refresh-none");
            add(none);
            getFooter().add(new Button(getTranslation("report.action.close"), e -> close()));
            return;
        }
        add(new Paragraph(getTranslation("report.refresh.text")));
        var list = new UnorderedList();
        list.setId("report-refresh-changes");
        for (var change : changes) {
            var where = change.itemNumber() > 0 ? getTranslation("report.change.in-item", change.itemNumber()) : "";
            list.add(new ListItem(Bidi.message(this, "report.change.line",
                    getTranslation("report.change." + change.change().name()),
                    getTranslation("report.subject." + change.subject().name()), change.label(), where)));
        }
        add(list);
        var apply = new Button(getTranslation("report.refresh.take-in"), e -> {
            close();
            takeIn.run();
        });
        apply.setId("report-refresh-take-in");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("live.cancel"), e -> close()), apply);
    }
}
