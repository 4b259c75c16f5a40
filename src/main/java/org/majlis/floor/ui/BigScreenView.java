package org.majlis.floor.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;
import org.majlis.agenda.AgendaEvent;
import org.majlis.base.Language;
import org.majlis.base.live.RoomChange;
import org.majlis.base.live.RoomUpdates;
import org.majlis.base.ui.IsolatedText;
import org.majlis.base.ui.LiveClock;
import org.majlis.base.ui.LocaleSupport;
import org.majlis.base.ui.LocalizedSpan;
import org.majlis.base.ui.Texts;
import org.majlis.floor.BigScreen;
import org.majlis.floor.BigScreenService;
import org.majlis.floor.FloorEvent;
import org.majlis.floor.ScreenLinkRevoked;
import org.majlis.meetings.RoomStatusChanged;

import java.util.Optional;

/**
 * The room's big screen for the projector (ADR 0048): the current item, who has the floor for which organisation
 * with the countdown (amber in the last {@value #NEAR_END_SECONDS} seconds, red once over, standing still with
 * "Paused" while paused), and the next {@value BigScreen#NEXT} speakers, in large type, light on black, with no
 * control but the language ({@code ?lang=ar}, so a projector's bookmark keeps it). Opened by a link without an
 * account: everything it shows comes from {@link BigScreenService#show} with the link's secret.
 * <p>
 * Live: it follows the room's broadcasts like the room page (the room's shared floor, no database load per screen),
 * and asks again every {@value #POLL_SECONDS} seconds, which also catches what a network cut made it miss and keeps
 * its session alive (until the link is refused). A revoked link stops showing the room at once (the revocation is
 * broadcast to the room) and at the latest at the next poll. After a server restart Vaadin reloads the page by
 * itself (a lost session reloads without a notice), and the link opens the screen again.
 */
@Route(value = "screen/:" + BigScreenView.TOKEN, autoLayout = false)
@AnonymousAllowed
public class BigScreenView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String TOKEN = "token";
    /** The query parameter that keeps the screen's language. */
    static final String LANG = "lang";
    static final int POLL_SECONDS = 10;
    static final int NEAR_END_SECONDS = 30;
    /** Tries to reconnect every 5 s for about a week (Vaadin's default gives up after about 14 hours). */
    static final int RECONNECT_ATTEMPTS = 120_000;

    /** Marks the countdown {@code near} in its last seconds (the shared clock knows only "over"). */
    private static final String NEAR_END = """
            const el = $0, near = $1 * 1000;
            if (!el.majlisNear) {
              el.majlisNear = setInterval(() => {
                const now = Date.now() + (window.majlisClockSkew || 0);
                const mode = el.getAttribute('mode');
                const ms = mode === 'down' ? Number(el.getAttribute('target')) - now
                        : Number(el.getAttribute('value') || 0);
                el.toggleAttribute('near', ms >= 0 && ms <= near);
              }, 250);
            }
            """;

    private final BigScreenService screens;
    private final RoomUpdates updates;
    private final Span itemNumber = new Span();
    private final H1 itemTitle = new H1();
    private final Paragraph noItem = new Paragraph();
    private final Div speakerBox = new Div();
    private final Span speakerLabel = new Span();
    private final IsolatedText speakerName = new IsolatedText();
    private final Span speakerKind = new Span();
    private final LiveClock countdown = new LiveClock();
    private final Span paused = new Span();
    private final TimerDisplay timer = new TimerDisplay(countdown, paused);
    private final Div nextBox = new Div();
    private final H2 nextTitle = new H2();
    private final OrderedList next = new OrderedList();
    private final Paragraph nobodyNext = new Paragraph();
    private final Paragraph refused = new Paragraph();
    private final Div live = new Div();
    private String token = "";
    private @Nullable BigScreen shown;
    private boolean linkWorks;
    private RoomUpdates.@Nullable Registration subscription;
    private @Nullable Registration polling;
    private @Nullable Component languages;

    BigScreenView(BigScreenService screens, RoomUpdates updates) {
        this.screens = screens;
        this.updates = updates;
        setId("big-screen");
        addClassName("big-screen");
        itemNumber.setId("screen-item-number");
        itemNumber.addClassName("screen-item-number");
        itemTitle.setId("screen-item");
        noItem.setId("screen-no-item");
        noItem.addClassName("screen-empty");
        speakerBox.setId("screen-speaker");
        speakerBox.addClassName("screen-speaker");
        speakerLabel.setId("screen-speaker-label");
        speakerLabel.addClassName("screen-label");
        speakerName.setId("screen-speaker-name");
        speakerName.addClassName("screen-speaker-name");
        speakerKind.setId("screen-speaker-kind");
        speakerKind.addClassName("screen-kind");
        countdown.setId("screen-countdown");
        countdown.addClassName("screen-countdown");
        paused.setId("screen-paused");
        speakerBox.add(speakerLabel, speakerName, speakerKind, countdown, paused);
        nextTitle.addClassName("screen-label");
        next.setId("screen-next");
        nobodyNext.setId("screen-nobody-next");
        nobodyNext.addClassName("screen-empty");
        nextBox.addClassName("screen-next");
        nextBox.add(nextTitle, next, nobodyNext);
        refused.setId("screen-refused");
        refused.addClassName("screen-refused");
        live.addClassName("screen-live");
        live.add(new Div(itemNumber, itemTitle), noItem, speakerBox, nextBox);
        add(live, refused);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get(TOKEN).orElse("");
        var ui = event.getUI();
        var wanted = event.getLocation().getQueryParameters().getSingleParameter(LANG);
        wanted.ifPresent(code -> LocaleSupport.apply(ui, Language.fromCode(code)));
        if (languages != null) {
            remove(languages);
        }
        languages = languages(LocaleSupport.current(ui));
        add(languages);
        speakerLabel.setText(getTranslation("screen.speaker"));
        nextTitle.setText(getTranslation("screen.next"));
        noItem.setText(getTranslation("screen.no-item"));
        nobodyNext.setText(getTranslation("screen.nobody-next"));
        refused.setText(getTranslation("screen.link-refused"));
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("screen.page-title");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        var ui = attachEvent.getUI();
        ui.setPollInterval(POLL_SECONDS * 1000);
        var reconnect = ui.getReconnectDialogConfiguration();
        reconnect.setReconnectAttempts(RECONNECT_ATTEMPTS);
        reconnect.setReconnectInterval(5000);
        reconnect.setDialogText(getTranslation("screen.reconnecting"));
        // the polls and pushes are quick: no loading bar flashing on the projector unless a request hangs
        ui.getLoadingIndicatorConfiguration().setFirstDelay(5000);
        polling = ui.addPollListener(poll -> refresh());
        countdown.getElement().executeJs(NEAR_END, countdown.getElement(), NEAR_END_SECONDS);
        if (shown != null) {
            refresh(); // back after a detach: show the room as it is now
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        unsubscribe();
        if (polling != null) {
            polling.remove();
            polling = null;
            detachEvent.getUI().setPollInterval(-1);
        }
        super.onDetach(detachEvent);
    }

    /** The three languages as links that keep the choice in the address. */
    private Component languages(Language current) {
        var nav = new Div();
        nav.setId("screen-languages");
        nav.addClassName("screen-languages");
        for (var language : Language.values()) {
            var link = new Anchor(route(token, language),
                    getTranslation("language." + language.code()));
            link.getElement().setAttribute("lang", language.code());
            link.getElement().setAttribute("router-ignore", true);
            link.setId("screen-lang-" + language.code());
            if (language == current) {
                link.getElement().setAttribute("aria-current", "true");
            }
            nav.add(link);
        }
        return nav;
    }

    /** Reads the screen again through its link (after a change, a poll or a reconnect) and shows it. */
    void refresh() {
        show(screens.show(token));
    }

    private void show(Optional<BigScreen> screen) {
        linkWorks = screen.isPresent();
        Texts.visible(refused, !linkWorks);
        if (screen.isEmpty()) {
            shown = null;
            unsubscribe(); // a revoked or unknown link shows nothing of any room, now or later
            // Out of the page, not only hidden: Vaadin sends no change inside a hidden element, so the browser would
            // keep the room's last texts in its (hidden) DOM.
            live.getElement().removeFromParent();
            getUI().ifPresent(ui -> ui.setPollInterval(-1)); // nothing to follow any more
            return;
        }
        if (live.getParent().isEmpty()) {
            addComponentAsFirst(live);
        }
        var floor = screen.get();
        if (subscription == null) {
            subscription = updates.subscribe(floor.roomId(), this::changed);
        }
        shown = floor;
        showItem(floor);
        showSpeaker(floor);
        showNext(floor);
    }

    private void showItem(BigScreen floor) {
        var item = floor.item();
        Texts.visible(noItem, item == null);
        Texts.visible(itemNumber, item != null);
        Texts.visible(itemTitle, item != null);
        if (item != null) {
            Texts.set(itemNumber, getTranslation("screen.item-number", item.number()));
            itemTitle.removeAll();
            itemTitle.add(new LocalizedSpan(item.title(), getLocale()));
        }
    }

    private void showSpeaker(BigScreen floor) {
        var speaker = floor.speaker();
        Texts.visible(speakerBox, floor.item() != null);
        Texts.flag(speakerBox, "speaking", speaker != null);
        if (speaker == null) {
            Texts.set(speakerLabel, getTranslation("screen.floor-free"));
            speakerName.clear();
            Texts.visible(speakerKind, false);
            Texts.visible(countdown, false);
            timer.clear();
            return;
        }
        Texts.set(speakerLabel, getTranslation("screen.speaker"));
        speakerName.show(this, "floor.speaker", speaker.organisation(), speaker.name());
        Texts.set(speakerKind, getTranslation("floor.kind." + speaker.kind().name()));
        Texts.visible(speakerKind, true);
        Texts.visible(countdown, true);
        timer.show(speaker.timer().startedAt().toEpochMilli(), speaker.timer(), floor.now());
    }

    private void showNext(BigScreen floor) {
        Texts.visible(nextBox, floor.item() != null);
        next.removeAll();
        for (var waiting : floor.next()) {
            var row = new ListItem();
            row.addClassName("screen-next-speaker");
            var kind = new Span(getTranslation("floor.kind." + waiting.kind().name()));
            kind.addClassName("screen-kind");
            row.add(IsolatedText.of(this, "floor.speaker", waiting.organisation(), waiting.name()), kind);
            next.add(row);
        }
        Texts.visible(next, !floor.next().isEmpty());
        Texts.visible(nobodyNext, floor.next().isEmpty());
    }

    private void changed(RoomChange change) {
        if (!change.any(FloorEvent.class) && !change.any(AgendaEvent.class) && !change.any(RoomStatusChanged.class)
                && !change.any(ScreenLinkRevoked.class)) {
            return;
        }
        var ui = getUI().orElse(null);
        if (ui == null) {
            return;
        }
        try {
            ui.access(this::refresh);
        } catch (UIDetachedException e) {
            unsubscribe();
        }
    }

    private void unsubscribe() {
        var registration = subscription;
        subscription = null;
        if (registration != null) {
            registration.remove();
        }
    }

    /** Whether the page shows a room now (tests). */
    boolean showsRoom() {
        return linkWorks;
    }

    /** The page's address for a link's secret, in a language or the viewer's own. */
    public static String route(String token, @Nullable Language language) {
        return "screen/" + token + (language == null ? "" : "?" + LANG + "=" + language.code());
    }
}
