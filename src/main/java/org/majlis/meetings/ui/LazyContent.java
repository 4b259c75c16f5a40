package org.majlis.meetings.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;

import java.util.function.Supplier;

/**
 * A tab's content, built the first time it is shown (a {@code TabSheet} attaches only the selected tab's content):
 * a page that never opens the Matrix tab never builds its grid nor reads its data.
 */
final class LazyContent extends Div {

    private Supplier<Component> build;

    LazyContent(Supplier<Component> build) {
        this.build = build;
        addClassName("lazy-content");
        setWidthFull();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (build != null) {
            var content = build.get();
            build = null;
            add(content);
        }
    }
}
