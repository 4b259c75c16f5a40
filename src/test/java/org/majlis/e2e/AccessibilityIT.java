package org.majlis.e2e;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.majlis.LiveRoomFixture;
import org.majlis.agenda.AgendaItemData;
import org.majlis.agenda.AgendaService;
import org.majlis.agenda.SpeakingLimits;
import org.majlis.base.Language;
import org.majlis.base.LocalizedText;
import org.majlis.floor.BigScreenService;
import org.majlis.floor.FloorKind;
import org.majlis.floor.FloorService;
import org.majlis.meetings.RoomKind;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core's WCAG 2.2 A and AA rules on every screen, in English, French and Arabic: the sign-in page, the current
 * edition, each tab of a room with the floor running (a speaker, a waiting request) as the chair sees it, with the
 * dialogs a chair opens there (agenda item, time budgets, big-screen links), the matrix and report as the
 * rapporteur sees them with a new entry's dialog, the floor as a delegate
 * sees it with their written statement, the big screen, and the secretariat's lists with their "new" dialogs and the audit trail.
 * Rules switched off are listed in {@link #DISABLED} with the reason (docs/accessibility.md).
 */
class AccessibilityIT extends BrowserTest {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    /** Rules not run, and why (the same list is in docs/accessibility.md). */
    static final Map<String, String> DISABLED = Map.of();

    /**
     * Findings on elements of Vaadin's own components that Majlis cannot change, by rule and CSS selector of the
     * element, and why (docs/accessibility.md): only these elements are let through, the rule still runs on the rest.
     */
    static final Map<String, String> UPSTREAM = Map.of(
            "aria-required-children", "vaadin-tabs");

    @Autowired
    AgendaService agenda;
    @Autowired
    FloorService floor;
    @Autowired
    BigScreenService screens;

    long roomId;
    /** The language of the run. */
    private Language language;

    @BeforeEach
    void aRunningFloor() {
        roomId = demo.room(16, RoomKind.ECONOMIC_SCIENTIFIC);
        LiveRoomIT.closeOpenItems(agenda, roomId);
        var item = LiveRoomFixture.as("eco.chair.un", () -> {
            var created = agenda.create(roomId, new AgendaItemData(LocalizedText.of("Accessibility", "Accessibilité",
                    "إمكانية الوصول"), LocalizedText.empty(), 20, SpeakingLimits.none()));
            return agenda.open(roomId, created.id());
        });
        LiveRoomFixture.as("eco.fao", () -> floor.requestFloor(roomId, item.id(),
                demo.organisationOfParticipant("eco.fao"), FloorKind.STATEMENT));
        LiveRoomFixture.as("eco.iofs", () -> floor.requestFloor(roomId, item.id(),
                demo.organisationOfParticipant("eco.iofs"), FloorKind.QUESTION));
        LiveRoomFixture.as("eco.chair.un", () -> floor.grantNext(roomId, item.id(), null));
    }

    @AfterEach
    void closeTheItem() {
        LiveRoomIT.closeOpenItems(agenda, roomId);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Language.class)
    void every_screen_passes_axe_cores_wcag_2_2_aa_rules(Language language) {
        var found = new LinkedHashMap<String, List<String>>();
        this.language = language;
        useLanguage(language);
        open("/login");
        check(page, "sign-in", found);

        // The chair: the current edition, every tab of the room, and the dialogs a chair opens while the floor runs.
        signIn("eco.chair.un");
        check(page, "current edition", found);
        for (var tab : List.of("people", "agenda", "floor")) {
            open("/rooms/" + roomId + "?tab=" + tab);
            check(page, "room, " + tab, found);
            switch (tab) {
                case "agenda" -> dialog(page, "#agenda-add", "agenda-item-dialog", found);
                case "floor" -> {
                    dialog(page, "#floor-budget-edit", "budget-dialog", found);
                    dialog(page, "#screen-links-open", "screen-links-dialog", found);
                }
                default -> { }
            }
        }

        // The rapporteur: the matrix with a new entry's dialog, and the report.
        var rapporteur = newSession(language);
        signIn(rapporteur, "eco.rapporteur");
        rapporteur.navigate(url("/rooms/" + roomId + "?tab=matrix"));
        check(rapporteur, "room, matrix", found);
        dialog(rapporteur, "#matrix-new-entry", "entry-dialog", found);
        rapporteur.navigate(url("/rooms/" + roomId + "?tab=report"));
        check(rapporteur, "room, report", found);

        // A delegate: the floor tab as they see it, and the written statement of their request.
        var delegate = newSession(language);
        signIn(delegate, "eco.fao");
        delegate.navigate(url("/rooms/" + roomId + "?tab=floor"));
        check(delegate, "room, floor, delegate", found);
        dialog(delegate, "#floor-statement", "floor-statement-dialog", found);

        // The big screen, with no account, in the page's own language choice.
        var link = LiveRoomFixture.as("eco.chair.un", () -> screens.create(roomId));
        var screen = newSession(language);
        screen.navigate(url("/screen/" + link.token() + "?lang=" + language.code()));
        assertThat(screen.locator("#screen-speaker-name")).isVisible();
        check(screen, "big screen", found);
        LiveRoomFixture.as("eco.chair.un", () -> screens.revoke(roomId, link.summary().id()));

        // The secretariat's lists and the dialogs that create a record.
        var admin = newSession(language);
        signIn(admin, "admin");
        for (var list : List.of("editions:new-edition:edition-dialog",
                "organisations:new-organisation:organisation-dialog",
                "participants:new-participant:participant-dialog")) {
            var parts = list.split(":");
            admin.navigate(url("/admin/" + parts[0]));
            check(admin, "/admin/" + parts[0], found);
            dialog(admin, "#" + parts[1], parts[2], found);
        }
        admin.navigate(url("/admin/audit"));
        check(admin, "/admin/audit", found);
        assertThat(found).as("axe-core violations in " + language).isEmpty();
    }

    /**
     * Opens a dialog with its button, checks the dialog (the page behind it was checked just before), and closes it
     * with Escape. Dialogs are checked in English and Arabic (left to right and right to left); in French, which
     * lays them out as English does with other words, only the pages are checked, to keep the suite in its time.
     */
    private void dialog(Page on, String button, String dialogId, Map<String, List<String>> found) {
        if (language == Language.FR) {
            return; // French lays dialogs out as English does: see above
        }
        on.locator(button).click();
        var dialog = on.locator("#" + dialogId);
        assertThat(dialog).hasAttribute("opened", "");
        check(on, "#" + dialogId, "dialog " + dialogId, found);
        on.keyboard().press("Escape");
        assertThat(dialog).not().hasAttribute("opened", "");
    }

    /**
     * Runs axe-core on the page as it is. Legacy mode runs {@code axe.run} in the page itself: Majlis has no frames,
     * and the default mode opens a blank page per check to merge the results of frames.
     */
    private void check(Page on, String screen, Map<String, List<String>> found) {
        check(on, null, screen, found);
    }

    /** Runs axe-core on the part of the page {@code within} selects (null: the whole page). */
    private void check(Page on, String within, String screen, Map<String, List<String>> found) {
        waitForVaadin(on);
        var axe = new AxeBuilder(on).withTags(TAGS).setLegacyMode(true);
        if (within != null) {
            axe.include(within);
        }
        if (!DISABLED.isEmpty()) {
            axe.disableRules(new ArrayList<>(DISABLED.keySet()));
        }
        var results = axe.analyze();
        assertThat(results.getPasses()).as("axe-core checked something on " + screen).isNotEmpty();
        if (within != null) {
            // the dialog's own content was reached, not just its host element: its texts had their contrast checked
            assertThat(results.getPasses()).as("axe-core checked the texts of " + screen)
                    .anyMatch(rule -> rule.getId().equals("color-contrast") && !rule.getNodes().isEmpty());
        }
        for (Rule rule : results.getViolations()) {
            var upstream = UPSTREAM.get(rule.getId());
            for (var node : rule.getNodes()) {
                if (upstream != null && node.getTarget().toString().equals("[" + upstream + "]")) {
                    System.out.println("axe-core, upstream (" + screen + "): " + rule.getId() + " on " + upstream
                            + ": " + node.getFailureSummary());
                }
            }
            var nodes = rule.getNodes().stream()
                    .filter(n -> upstream == null || !n.getTarget().toString().equals("[" + upstream + "]"))
                    .limit(5)
                    .map(n -> n.getTarget() + " " + n.getHtml().substring(0, Math.min(160, n.getHtml().length())))
                    .toList();
            if (nodes.isEmpty()) {
                continue;
            }
            found.computeIfAbsent(screen + ": " + rule.getId() + " (" + rule.getHelp() + ")", k -> new ArrayList<>())
                    .addAll(nodes);
        }
    }
}
