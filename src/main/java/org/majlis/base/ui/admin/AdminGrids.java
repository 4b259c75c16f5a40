package org.majlis.base.ui.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.majlis.base.LocalizedText;
import org.majlis.base.ui.LocalizedSpan;

import java.util.Locale;

/** Small pieces the admin views share: the search field, the toolbar, localized cells. */
public final class AdminGrids {

    private AdminGrids() {
    }

    public static TextField searchField(Component context, String id) {
        var search = new TextField();
        search.setId(id);
        search.setPlaceholder(context.getTranslation("admin.search"));
        search.setAriaLabel(context.getTranslation("admin.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addClassName("admin-search");
        return search;
    }

    public static HorizontalLayout toolbar(Component... components) {
        var toolbar = new HorizontalLayout(components);
        toolbar.addClassName("admin-toolbar");
        toolbar.setWidthFull();
        toolbar.setWrap(true);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return toolbar;
    }

    /** A cell with text people wrote, in the reader's language or another, in its own direction. */
    public static Span localized(LocalizedText text, Locale locale) {
        return new LocalizedSpan(text, locale);
    }

    /** A cell with the text in exactly one language ("—" when missing), in that language's direction. */
    public static Span inLanguage(Component context, LocalizedText text, org.majlis.base.Language language) {
        var value = text.get(language);
        var span = new Span(value == null ? context.getTranslation("admin.none") : value);
        if (value != null) {
            span.getElement().setAttribute("lang", language.code());
            span.getElement().setAttribute("dir", language.isRightToLeft() ? "rtl" : "ltr");
        } else {
            span.addClassName("missing-value");
        }
        return span;
    }
}
