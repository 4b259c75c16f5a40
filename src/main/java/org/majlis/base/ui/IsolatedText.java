package org.majlis.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import org.majlis.base.LocalizedText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A translated sentence with what people wrote in it — "FAO — Jean-Marc Lefèvre", "Refused: out of time" — where each
 * written part ({@code String} and {@link LocalizedText} arguments) is its own {@code <bdi dir="auto">} element: it
 * takes its direction from its first letter and can never reorder the translated words or the other parts, whatever
 * it contains (ADR 0034). Numbers and other arguments are formatted by the translation as usual.
 */
public class IsolatedText extends Span {

    /** Stand-ins for the written parts while the translation is formatted (private-use characters). */
    private static final Pattern SLOT = Pattern.compile("\uE000(\\d+)\uE001");

    private List<Object> shown = List.of();

    public IsolatedText() {
    }

    public static IsolatedText of(Component context, String key, Object... args) {
        var text = new IsolatedText();
        text.show(context, key, args);
        return text;
    }

    /** Shows nothing. */
    public void clear() {
        if (!shown.isEmpty()) {
            shown = List.of();
            getElement().removeAllChildren();
        }
    }

    /** Shows the sentence (nothing is sent to the browser when neither the key nor an argument changed). */
    public void show(Component context, String key, Object... args) {
        var locale = Bidi.locale(context);
        var current = new ArrayList<Object>();
        current.add(key);
        current.add(locale);
        current.addAll(Arrays.asList(args));
        if (current.equals(shown)) {
            return;
        }
        shown = current;
        var formatted = new Object[args.length];
        var written = new String[args.length];
        for (var i = 0; i < args.length; i++) {
            if (args[i] instanceof String text) {
                written[i] = text;
            } else if (args[i] instanceof LocalizedText text) {
                written[i] = text.in(locale);
            }
            formatted[i] = written[i] != null ? "\uE000" + i + "\uE001" : args[i] == null ? "" : args[i];
        }
        var sentence = context.getTranslation(key, formatted);
        var element = getElement();
        element.removeAllChildren();
        var matcher = SLOT.matcher(sentence);
        var start = 0;
        while (matcher.find()) {
            if (matcher.start() > start) {
                element.appendChild(Element.createText(sentence.substring(start, matcher.start())));
            }
            var part = new Element("bdi");
            part.setAttribute("dir", "auto");
            part.setText(written[Integer.parseInt(matcher.group(1))]);
            element.appendChild(part);
            start = matcher.end();
        }
        if (start < sentence.length()) {
            element.appendChild(Element.createText(sentence.substring(start)));
        }
    }
}
