package org.majlis.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * "Demo — sample data and public passwords": shown in the header of every page and on the sign-in page while demo
 * mode is on ({@link org.majlis.base.DemoMode}), so nobody takes a demo for the real meeting.
 */
public class DemoBanner extends Div {

    public DemoBanner() {
        setId("demo-banner");
        addClassName("demo-banner");
        getElement().setAttribute("role", "note");
        var label = new Span(getTranslation("demo.banner.label"));
        label.addClassName("demo-banner-label");
        var text = new Span(getTranslation("demo.banner.text"));
        text.addClassName("demo-banner-text");
        add(label, text);
    }
}
