package org.majlis.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;

import java.util.Objects;

/** Small updates that send nothing to the browser when nothing changed. */
public final class Texts {

    private Texts() {
    }

    public static void set(HasText component, String text) {
        if (!Objects.equals(component.getText(), text)) {
            component.setText(text);
        }
    }

    public static void attribute(Component component, String name, String value) {
        if (!Objects.equals(component.getElement().getAttribute(name), value)) {
            component.getElement().setAttribute(name, value);
        }
    }

    public static void visible(Component component, boolean visible) {
        if (component.isVisible() != visible) {
            component.setVisible(visible);
        }
    }

    /** Sets or removes a boolean attribute (e.g. {@code current} on the open agenda item). */
    public static void flag(Component component, String name, boolean on) {
        if (component.getElement().hasAttribute(name) != on) {
            if (on) {
                component.getElement().setAttribute(name, "");
            } else {
                component.getElement().removeAttribute(name);
            }
        }
    }
}
