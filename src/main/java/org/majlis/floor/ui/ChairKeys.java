package org.majlis.floor.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;

/**
 * The chair runs the floor from the keyboard alone: each of the speaker box's buttons has an Alt shortcut that works
 * wherever the focus is on the page, while the button is shown (a hidden or disabled button's shortcut does nothing,
 * so Alt+P pauses a running speech and resumes a paused one). The keys are physical (the same key on an Arabic or a
 * French keyboard), announced to assistive technology ({@code aria-keyshortcuts}) and shown in each button's tooltip.
 * Listed in the README ("Keyboard").
 */
final class ChairKeys {

    static final Key NEXT = Key.KEY_N;
    static final Key END = Key.KEY_E;
    static final Key ADD_30 = Key.KEY_T;
    static final Key ADD_60 = Key.KEY_M;
    static final Key PAUSE_OR_RESUME = Key.KEY_P;

    private ChairKeys() {
    }

    static void bind(Button next, Button end, Button add30, Button add60, Button pause, Button resume) {
        bind(next, NEXT, "N");
        bind(end, END, "E");
        bind(add30, ADD_30, "T");
        bind(add60, ADD_60, "M");
        // one key for both: it clicks whichever of the two is shown (the other is hidden)
        var toggle = Shortcuts.addShortcutListener(pause.getParent().orElseThrow(),
                () -> (pause.isVisible() ? pause : resume).click(), PAUSE_OR_RESUME, KeyModifier.ALT);
        label(pause, "P");
        label(resume, "P");
    }

    private static void bind(Button button, Key key, String letter) {
        button.addClickShortcut(key, KeyModifier.ALT);
        label(button, letter);
    }

    private static void label(Button button, String letter) {
        button.getElement().setAttribute("aria-keyshortcuts", "Alt+" + letter);
        button.setTooltipText(button.getTranslation("floor.keys.tooltip", button.getText(), "Alt+" + letter));
    }
}
