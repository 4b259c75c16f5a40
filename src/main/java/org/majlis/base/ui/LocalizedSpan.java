package org.majlis.base.ui;

import com.vaadin.flow.component.html.Span;
import org.majlis.base.LocalizedText;

import java.util.Locale;

/**
 * Shows text people wrote, in the reader's language when it exists, else in another one — each rendered in its own
 * direction (an English fallback stays left-to-right on an Arabic page).
 */
public class LocalizedSpan extends Span {

    public LocalizedSpan(LocalizedText text, Locale locale) {
        var shown = text.languageShownFor(locale);
        setText(text.in(locale));
        getElement().setAttribute("lang", shown.code());
        getElement().setAttribute("dir", shown.isRightToLeft() ? "rtl" : "ltr");
    }
}
