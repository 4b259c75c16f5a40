package org.majlis.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.UI;

import java.time.Duration;
import java.time.Instant;

/**
 * A clock that the browser ticks: a countdown to a deadline (with "+m:ss" once over, and an {@code overrun}
 * attribute for the style), the time since a start, or a fixed value. The server sends only the instants, once
 * per change of state (start, added time, end) — never a push per second. The instants are absolute (server
 * time), so a reload or a resynchronised page shows the right value; the page corrects its own clock's offset
 * from the {@code server-now} of the first clock it sees.
 */
@Tag("majlis-clock")
public class LiveClock extends Component {

    /** Defines the element once per page; one timer ticks every clock of the page. */
    private static final String DEFINE = """
            if (!customElements.get('majlis-clock')) {
              const clocks = new Set();
              const two = n => String(n).padStart(2, '0');
              const format = ms => {
                let s = Math.floor(Math.abs(ms) / 1000);
                const h = Math.floor(s / 3600); s -= h * 3600;
                const m = Math.floor(s / 60); s -= m * 60;
                return (h ? h + ':' + two(m) : m) + ':' + two(s);
              };
              const render = el => {
                const mode = el.getAttribute('mode');
                const now = Date.now() + (window.majlisClockSkew || 0);
                let ms;
                if (mode === 'down') ms = Number(el.getAttribute('target')) - now;
                else if (mode === 'up') ms = Math.max(0, now - Number(el.getAttribute('target')));
                else ms = Number(el.getAttribute('value') || 0);
                const over = ms < 0;
                const text = (over ? '+' : '') + format(ms);
                if (el.textContent !== text) el.textContent = text;
                if (el.hasAttribute('overrun') !== over) el.toggleAttribute('overrun', over);
                let budget = null;
                if (el.hasAttribute('budget-target')) budget = Number(el.getAttribute('budget-target')) - now;
                else if (el.hasAttribute('budget-value')) budget = Number(el.getAttribute('budget-value'));
                const warn = Number(el.getAttribute('budget-warn') || 0);
                const budgetOver = budget !== null && budget < 0;
                const budgetNear = budget !== null && !budgetOver && budget <= warn;
                if (el.hasAttribute('budget-over') !== budgetOver) el.toggleAttribute('budget-over', budgetOver);
                if (el.hasAttribute('budget-near') !== budgetNear) el.toggleAttribute('budget-near', budgetNear);
              };
              customElements.define('majlis-clock', class extends HTMLElement {
                static get observedAttributes() {
                  return ['mode', 'target', 'value', 'server-now', 'budget-target', 'budget-value', 'budget-warn'];
                }
                connectedCallback() { clocks.add(this); render(this); }
                disconnectedCallback() { clocks.delete(this); }
                attributeChangedCallback(name, old, value) {
                  if (name === 'server-now' && value && window.majlisClockSkew === undefined) {
                    window.majlisClockSkew = Number(value) - Date.now();
                  }
                  if (this.isConnected) render(this);
                }
              });
              setInterval(() => clocks.forEach(render), 250);
            }
            """;

    public LiveClock() {
        getElement().setAttribute("dir", "ltr");
        addClassName("live-clock");
        fixed(Duration.ZERO);
    }

    /** Counts down to the deadline and on past it (shown as an overrun). */
    public LiveClock countdown(Instant deadline, Instant serverNow) {
        return set("down", deadline.toEpochMilli(), serverNow);
    }

    /** Counts up from the start. */
    public LiveClock since(Instant start, Instant serverNow) {
        return set("up", start.toEpochMilli(), serverNow);
    }

    /** Shows a value that does not move (a negative one as an overrun). */
    public LiveClock fixed(Duration value) {
        attribute("mode", "fixed");
        attribute("target", null);
        attribute("value", String.valueOf(value.toMillis()));
        return this;
    }

    private LiveClock set(String mode, long target, Instant serverNow) {
        attribute("mode", mode);
        attribute("target", String.valueOf(target));
        attribute("value", null);
        attribute("server-now", String.valueOf(serverNow.toEpochMilli()));
        return this;
    }

    /**
     * Also follows a budget that runs out at {@code deadline} (ADR 0049): the browser sets {@code budget-near} from
     * {@code warning} before it and {@code budget-over} past it, for the style; the clock's own value is unchanged.
     */
    public LiveClock budget(Instant deadline, Duration warning) {
        attribute("budget-target", String.valueOf(deadline.toEpochMilli()));
        attribute("budget-value", null);
        attribute("budget-warn", String.valueOf(warning.toMillis()));
        return this;
    }

    /** Follows a budget that stands still with this much left (negative: past it), e.g. while the clock is paused. */
    public LiveClock budgetStopped(Duration left, Duration warning) {
        attribute("budget-target", null);
        attribute("budget-value", String.valueOf(left.toMillis()));
        attribute("budget-warn", String.valueOf(warning.toMillis()));
        return this;
    }

    /** No budget to follow. */
    public LiveClock noBudget() {
        attribute("budget-target", null);
        attribute("budget-value", null);
        attribute("budget-warn", null);
        return this;
    }

    /** Sends an attribute only when it changes. */
    private void attribute(String name, String value) {
        if (java.util.Objects.equals(getElement().getAttribute(name), value)) {
            return;
        }
        if (value == null) {
            getElement().removeAttribute(name);
        } else {
            getElement().setAttribute(name, value);
        }
    }

    /** The instant the clock counts to or from (epoch milliseconds), or null for a fixed value. */
    public String target() {
        return getElement().getAttribute("target");
    }

    public String mode() {
        return getElement().getAttribute("mode");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        define(attachEvent.getUI());
    }

    private static void define(UI ui) {
        if (ComponentUtil.getData(ui, "majlis-clock-defined") == null) {
            ComponentUtil.setData(ui, "majlis-clock-defined", Boolean.TRUE);
            ui.getPage().executeJs(DEFINE);
        }
    }
}
