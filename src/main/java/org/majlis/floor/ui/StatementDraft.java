package org.majlis.floor.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextArea;
import org.majlis.floor.FloorRequestSummary;

import java.util.Map;

/**
 * The written statement being typed, kept in the browser ({@code localStorage}) until the server confirms its save
 * (ADR 0052): every keystroke writes the text of its language there, under a key of the room, the request and the
 * participant; opening the statement again — after a save that failed because the database was down, a reload, even
 * a browser restart — brings the unsaved text back; a confirmed save removes it. The server never reads the
 * browser's copy on its own: only the fields the user then saves.
 */
final class StatementDraft {

    private static final String PREFIX = "majlis.statement-draft.";

    private final Map<String, TextArea> areas;
    private final String key;

    /** {@code areas}: the statement's text fields by language code ("en", "fr", "ar"). */
    StatementDraft(FloorRequestSummary request, Map<String, TextArea> areas) {
        this.areas = Map.copyOf(areas);
        this.key = PREFIX + request.roomId() + "." + request.id() + "." + request.participantId() + ".";
    }

    /** Writes each field's text to the browser on every input. */
    void keep() {
        areas.forEach((language, area) -> area.getElement().executeJs(
                "const key = $0; this.addEventListener('input', () => {"
                        + " try { localStorage.setItem(key, this.value || ''); } catch (e) { /* storage full or off */ }"
                        + " });", key + language));
    }

    /**
     * Puts the browser's unsaved texts (if any differ from what the server has) into the fields, then runs
     * {@code restored} once if something came back.
     */
    void restore(Runnable restored) {
        var told = new boolean[1];
        areas.forEach((language, area) -> area.getElement()
                .executeJs("try { return localStorage.getItem($0); } catch (e) { return null; }", key + language)
                .then(String.class, kept -> {
                    if (kept != null && !kept.equals(area.getValue())) {
                        area.setValue(kept);
                        if (!told[0]) {
                            told[0] = true;
                            restored.run();
                        }
                    }
                }));
    }

    /** The server has saved the statement: the browser's copy is no longer needed. */
    void clear(UI ui) {
        ui.getPage().executeJs("for (const key of [$0, $1, $2]) { try { localStorage.removeItem(key); } catch (e) { } }",
                key + "en", key + "fr", key + "ar");
    }
}
