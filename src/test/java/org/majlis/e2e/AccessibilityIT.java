package org.majlis.e2e;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
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
import org.majlis.floor.FloorKind;
import org.majlis.floor.FloorService;
import org.majlis.meetings.RoomKind;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core's WCAG 2.2 A and AA rules on every screen, in English, French and Arabic: the sign-in page, the current
 * edition, each tab of a room with the floor running (a speaker, a waiting request), and the secretariat's lists.
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

    long roomId;

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
        useLanguage(language);
        open("/login");
        check("sign-in", found);

        signIn("eco.chair.un");
        check("current edition", found);
        for (var tab : List.of("people", "agenda", "floor", "matrix", "report")) {
            open("/rooms/" + roomId + "?tab=" + tab);
            check("room, " + tab, found);
        }
        signOut();
        signIn("admin");
        for (var admin : List.of("/admin/editions", "/admin/organisations", "/admin/participants", "/admin/audit")) {
            open(admin);
            check(admin, found);
        }
        assertThat(found).as("axe-core violations in " + language).isEmpty();
    }

    private void check(String screen, Map<String, List<String>> found) {
        waitForVaadin();
        var axe = new AxeBuilder(page).withTags(TAGS);
        if (!DISABLED.isEmpty()) {
            axe.disableRules(new ArrayList<>(DISABLED.keySet()));
        }
        var results = axe.analyze();
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
