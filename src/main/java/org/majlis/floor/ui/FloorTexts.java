package org.majlis.floor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
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

    /** "FAO — Jean-Marc Lefèvre" in the reader's language. */
    static String speaker(Component context, FloorRequestSummary request) {
        return context.getTranslation("floor.speaker", request.organisation().in(locale()),
                request.speakerName());
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
