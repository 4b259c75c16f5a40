package org.majlis.base.ui;

import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

import java.util.Objects;

/**
 * One text people wrote (a name, a reason, a file name), shown inline in its own {@code <span dir="auto">}: it takes
 * its direction from its first letter and is isolated from its neighbours, so nothing in it can reorder them.
 */
public class UserTextSpan extends Span {

    public UserTextSpan() {
        getElement().setAttribute("dir", "auto");
        addClassName("user-text");
    }

    public UserTextSpan(@Nullable String text) {
        this();
        set(text);
    }

    /** Shows the text (nothing is sent to the browser when it did not change). */
    public void set(@Nullable String text) {
        var shown = text == null ? "" : text;
        if (!Objects.equals(getText(), shown)) {
            setText(shown);
        }
    }
}
