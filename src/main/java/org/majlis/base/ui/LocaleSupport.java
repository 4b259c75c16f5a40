package org.majlis.base.ui;

import com.vaadin.flow.component.Direction;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import org.jspecify.annotations.Nullable;
import org.majlis.base.Language;

import java.util.Arrays;
import java.util.Locale;

/**
 * The one place where the UI's language and direction are set. The choice is remembered in a cookie, so it
 * survives sign-in, sign-out and new tabs; Arabic turns the whole page right-to-left.
 */
public final class LocaleSupport {

    public static final String COOKIE = "majlis-lang";

    private LocaleSupport() {
    }

    /** Sets locale, direction and the document's lang attribute on a UI. */
    public static void apply(UI ui, Language language) {
        ui.setLocale(language.locale());
        ui.setDirection(language.isRightToLeft() ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT);
        ui.getElement().executeJs("document.documentElement.setAttribute('lang', $0)", language.code());
    }

    /** The language a new UI starts in: the remembered choice, else the browser's, else English. */
    public static Language initialLanguage(@Nullable VaadinRequest request) {
        if (request != null) {
            var cookies = request.getCookies();
            if (cookies != null) {
                var remembered = Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName())).findFirst();
                if (remembered.isPresent()) {
                    return Language.fromCode(remembered.get().getValue());
                }
            }
            var browser = request.getLocale();
            if (browser != null) {
                return Language.of(browser);
            }
        }
        return Language.EN;
    }

    /** Switches the whole UI to another language, remembers it, and reloads the page so every label follows. */
    public static void switchTo(UI ui, Language language) {
        var response = VaadinResponse.getCurrent();
        if (response != null) {
            var cookie = new Cookie(COOKIE, language.code());
            cookie.setPath("/");
            cookie.setMaxAge(60 * 60 * 24 * 365);
            response.addCookie(cookie);
        }
        var session = VaadinSession.getCurrent();
        if (session != null) {
            session.setLocale(language.locale());
        }
        apply(ui, language);
        ui.getPage().reload();
    }

    public static Language current(UI ui) {
        var locale = ui.getLocale();
        return Language.of(locale == null ? Locale.ENGLISH : locale);
    }
}
