package org.majlis.agenda.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.majlis.agenda.AgendaItemSummary;
import org.majlis.agenda.ItemNote;
import org.majlis.agenda.ItemNoteSaved;
import org.majlis.agenda.ItemNotes;
import org.majlis.base.ConcurrentEditException;
import org.majlis.base.live.RoomUpdates;
import org.majlis.base.ui.Bidi;
import org.majlis.base.ui.Formats;
import org.majlis.base.ui.LiveUpdates;
import org.majlis.base.ui.Messages;

import java.util.Map;
import java.util.Objects;

/**
 * The private note of the room's chairs and rapporteurs on one item (who to call, what to say). Says who sees it
 * (only them; never exported, never on a public screen), who saved it last, and follows another chair's save: an
 * untouched note shows the new text at once, one being edited keeps the user's text and says that someone else saved
 * meanwhile (saving then is refused as a concurrent edit, so nothing is overwritten). Ctrl+Enter saves. Opened only
 * where the room is writable (a room closed meanwhile refuses the save with its reason).
 */
class ItemNoteDialog extends Dialog {

    private final ItemNotes notes;
    private final long roomId;
    private final long itemId;
    private final TextArea text = new TextArea();
    private final Span saved = new Span();
    private final Paragraph changedMeanwhile = new Paragraph();
    private ItemNote note;

    ItemNoteDialog(ItemNotes notes, RoomUpdates updates, long roomId, AgendaItemSummary item) {
        this.notes = notes;
        this.roomId = roomId;
        this.itemId = item.id();
        setId("item-note-dialog");
        setHeaderTitle(Bidi.message(this, "agenda.notes.title", item.number(), item.title().in(getLocale())));
        setWidth("min(40rem, 95vw)");
        var who = new Paragraph(getTranslation("agenda.notes.private"));
        who.addClassName("dialog-hint");
        text.setId("item-note-text");
        text.setLabel(getTranslation("agenda.notes.label"));
        text.setMaxLength(ItemNotes.TEXT_MAX);
        text.setWidthFull();
        text.setMinHeight("12rem");
        text.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        text.setHelperText(getTranslation("agenda.notes.limit", ItemNotes.TEXT_MAX));
        saved.setId("item-note-saved");
        saved.addClassName("dialog-hint");
        changedMeanwhile.setId("item-note-changed");
        changedMeanwhile.addClassName("warning-text");
        changedMeanwhile.setVisible(false);
        add(who, text, saved, changedMeanwhile);

        var close = new Button(getTranslation("agenda.notes.close"), click -> close());
        close.setId("item-note-close");
        getFooter().add(close);
        var save = new Button(getTranslation("agenda.notes.save"), click -> save());
        save.setId("item-note-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        getFooter().add(save);
        show(notes.note(roomId, itemId));
        LiveUpdates.follow(this, updates, roomId,
                change -> change.events().stream().anyMatch(e -> e instanceof ItemNoteSaved s && s.itemId() == itemId),
                change -> someoneSaved());
    }

    private void show(ItemNote loaded) {
        this.note = loaded;
        text.setValue(loaded.text());
        text.setInvalid(false);
        changedMeanwhile.setVisible(false);
        saved.setText(loaded.exists() && loaded.updatedAt() != null
                ? Bidi.message(this, "agenda.notes.saved-by", loaded.updatedBy(),
                Formats.dateTime(loaded.updatedAt(), getLocale()))
                : getTranslation("agenda.notes.none"));
    }

    private void someoneSaved() {
        var latest = notes.note(roomId, itemId);
        if (latest.version() == note.version()) {
            return; // our own save
        }
        if (Objects.equals(text.getValue(), note.text())) {
            show(latest);
        } else {
            changedMeanwhile.setText(Bidi.message(this, "agenda.notes.changed", latest.updatedBy()));
            changedMeanwhile.setVisible(true);
        }
    }

    private void save() {
        try {
            show(notes.save(roomId, itemId, note.version(), text.getValue()));
            Messages.success(this, "agenda.notes.saved");
        } catch (ConcurrentEditException e) {
            // not "the latest version has been loaded": the user's text stays in the field, to copy
            Messages.error(this, "agenda.notes.conflict");
        } catch (RuntimeException e) {
            if (!Messages.showFailure(this, e, Map.of("text", text))) {
                throw e;
            }
        }
    }
}
