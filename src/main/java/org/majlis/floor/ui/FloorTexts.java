package org.majlis.floor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.majlis.base.ui.Bidi;
import org.majlis.base.ui.IsolatedText;
import org.majlis.floor.FloorKind;
import org.majlis.floor.FloorRequestSummary;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** The floor's words, translated. */
final class FloorTexts {

    private FloorTexts() {
    }

    static String kind(Component context, FloorKind kind) {
        return context.getTranslation("floor.kind." + kind.name());
    }

    /** "FAO — Jean-Marc Lefèvre" in the reader's language, both names isolated (for a string). */
    static String speaker(Component context, FloorRequestSummary request) {
        return Bidi.message(context, "floor.speaker", request.organisation(), request.speakerName());
    }

    /** "FAO — Jean-Marc Lefèvre" in the reader's language, each name in its own isolated element. */
    static void speaker(IsolatedText target, Component context, FloorRequestSummary request) {
        target.show(context, "floor.speaker", request.organisation(), request.speakerName());
    }

    /** The UI's language (what {@code getLocale()} gives inside a component). */
    static Locale locale() {
        var ui = UI.getCurrent();
        return ui == null || ui.getLocale() == null ? Locale.ENGLISH : ui.getLocale();
    }

    static String time(Component context, java.time.Instant instant) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale())
                .withZone(ZoneId.systemDefault()).format(instant);
    }
}
