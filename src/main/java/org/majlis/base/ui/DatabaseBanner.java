package org.majlis.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.majlis.base.DatabaseHealth;

/**
 * "The meeting's database cannot be reached …": shown at the top of every page while the database is down, and gone
 * by itself when it answers again (ADR 0052). It follows the JVM's one {@link DatabaseHealth} probe while attached
 * (pushed to the page), and appears at once when an action of this page failed for want of the database
 * ({@link #actionFailed}), without waiting for the next probe. Not an error page: the page stays as it was, and
 * catches up with the room when the database is back.
 */
public class DatabaseBanner extends Div {

    private final DatabaseHealth health;
    private Runnable subscription;

    public DatabaseBanner(DatabaseHealth health) {
        this.health = health;
        setId("database-unavailable");
        addClassName("outage-banner");
        getElement().setAttribute("role", "alert");
        var title = new Span(getTranslation("outage.database.title"));
        title.addClassName("outage-banner-title");
        var text = new Span(getTranslation("outage.database.text"));
        add(title, text);
        setVisible(!health.reachable());
        addAttachListener(event -> {
            var ui = event.getUI();
            ComponentUtil.setData(ui, DatabaseBanner.class, this);
            setVisible(!health.reachable());
            unsubscribe();
            subscription = health.subscribe(reachable -> show(ui, !reachable));
        });
        addDetachListener(event -> {
            unsubscribe();
            if (ComponentUtil.getData(event.getUI(), DatabaseBanner.class) == this) {
                ComponentUtil.setData(event.getUI(), DatabaseBanner.class, null);
            }
        });
    }

    /**
     * An action of this page failed because the database could not be reached: show the banner now and have the
     * probe look again soon (it hides the banner when the database answers).
     */
    static void actionFailed(Component context) {
        context.getUI().ifPresent(ui -> {
            var banner = ComponentUtil.getData(ui, DatabaseBanner.class);
            if (banner != null) {
                banner.setVisible(true);
                banner.health.probeSoon(reachable -> banner.show(ui, !reachable));
            }
        });
    }

    private void show(UI ui, boolean down) {
        try {
            ui.access(() -> setVisible(down));
        } catch (UIDetachedException e) {
            unsubscribe();
        }
    }

    private void unsubscribe() {
        if (subscription != null) {
            subscription.run();
            subscription = null;
        }
    }
}
