package org.majlis.report;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.majlis.MajlisSpringTest;
import org.majlis.base.Language;
import org.majlis.base.LocalizedText;
import org.majlis.base.Phrase;
import org.majlis.base.RefusedException;
import org.majlis.base.InvalidInputException;
import org.majlis.floor.FloorKind;
import org.majlis.meetings.EditionService;
import org.majlis.meetings.OrganisationFamily;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.majlis.LiveRoomFixture.as;
import static org.majlis.LiveRoomFixture.asAdmin;
import static org.majlis.report.ReportFixture.text;

@MajlisSpringTest
class ReportServiceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ReportService reports;
    @Autowired
    ReportHistoryService history;
    @Autowired
    EditionService editions;

    ReportFixture fx;

    @BeforeEach
    void setUp() {
        fx = new ReportFixture(context);
    }

    private RoomReport start() {
        return as(fx.room.rapporteur, () -> reports.start(fx.room.roomId));
    }

    private RoomReport writeEverything(RoomReport report, boolean arabic) {
        var texts = report.texts()
                .with(ReportPart.summary(fx.first.id()), text("Members welcomed the Letter of Intent.",
                        "Les membres ont salué la lettre d'intention.", arabic ? "رحب الأعضاء بخطاب النوايا." : null))
                .with(ReportPart.summary(fx.second.id()), text("Water was discussed.", "L'eau a été discutée.",
                        arabic ? "نوقشت المياه." : null))
                .with(ReportPart.RECOMMENDATIONS, text("Set up a task force.", "Créer un groupe de travail.",
                        arabic ? "إنشاء فرقة عمل." : null));
        return as(fx.room.rapporteur, () -> reports.save(fx.room.roomId, report.version(), texts, "All texts"));
    }

    @Test
    void the_report_starts_prefilled_from_what_the_room_did() {
        var report = start();
        var record = report.record();
        assertThat(report.status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(record.room().en()).isEqualTo("Economic test room");
        assertThat(record.coChairs()).hasSize(2);
        assertThat(record.items()).extracting(ReportRecord.Item::number).containsExactly(1, 2);
        var first = record.items().getFirst();
        assertThat(first.title().fr()).isEqualTo("Sécurité alimentaire");
        assertThat(first.interventions()).extracting(ReportRecord.Intervention::kind)
                .containsExactly(FloorKind.STATEMENT, FloorKind.QUESTION);
        assertThat(first.interventions().getFirst().organisationId()).isEqualTo(fx.room.organisationOf(0));
        assertThat(first.statements()).extracting(ReportRecord.Statement::title)
                .containsExactly("Statement on the Letter of Intent");
        assertThat(record.items().get(1).interventions()).isEmpty();
        assertThat(record.organisations()).extracting(ReportRecord.Organisation::family)
                .containsOnly(OrganisationFamily.MEMBER_STATE);
        assertThat(report.texts()).isEqualTo(ReportTexts.empty());
        assertThat(as(fx.room.rapporteur, () -> history.revisions(fx.room.roomId)))
                .extracting(ReportRevision::kind).containsExactly(RevisionKind.STARTED);
    }

    @Test
    void the_rapporteur_drafts_submits_and_a_chair_adopts() {
        var report = writeEverything(start(), true);
        assertThat(report.texts().recommendations().get(Language.AR).text()).isEqualTo("إنشاء فرقة عمل.");
        var submitted = as(fx.room.rapporteur, () -> reports.submit(fx.room.roomId, report.version()));
        assertThat(submitted.status()).isEqualTo(ReportStatus.SUBMITTED);
        var adopted = as(fx.room.chair, () -> reports.adopt(fx.room.roomId, submitted.version()));
        assertThat(adopted.status()).isEqualTo(ReportStatus.ADOPTED);
        assertThat(as(fx.room.observer, () -> reports.overview(fx.room.roomId)).report()).isNotNull();
        assertThatThrownBy(() -> as(fx.room.rapporteur, () -> reports.save(fx.room.roomId, adopted.version(),
                adopted.texts(), null))).isInstanceOf(RefusedException.class)
                .hasMessageContaining("report.illegal.edit");
    }

    @Test
    void a_chair_returns_with_a_reason_and_the_rapporteur_drafts_again() {
        var report = writeEverything(start(), true);
        var submitted = as(fx.room.rapporteur, () -> reports.submit(fx.room.roomId, report.version()));
        assertThatThrownBy(() -> as(fx.room.chair, () -> reports.returnToDrafting(fx.room.roomId,
                submitted.version(), " "))).isInstanceOf(InvalidInputException.class);
        var returned = as(fx.room.chair, () -> reports.returnToDrafting(fx.room.roomId, submitted.version(),
                "Please shorten item 2"));
        assertThat(returned.status()).isEqualTo(ReportStatus.RETURNED);
        assertThat(returned.returnReason()).isEqualTo("Please shorten item 2");
        var again = as(fx.room.rapporteur, () -> reports.save(fx.room.roomId, returned.version(),
                returned.texts().with(ReportPart.summary(fx.second.id()), Language.EN,
                        new LanguageText("Water.", TranslationStatus.FINAL)), null));
        assertThat(again.status()).isEqualTo(ReportStatus.RETURNED);
        assertThat(as(fx.room.rapporteur, () -> reports.submit(fx.room.roomId, again.version())).status())
                .isEqualTo(ReportStatus.SUBMITTED);
    }

    @Test
    void a_chair_cannot_adopt_while_a_required_language_is_missing_and_the_refusal_names_it() {
        var report = writeEverything(start(), false);
        var overview = as(fx.room.chair, () -> reports.overview(fx.room.roomId));
        var arabic = overview.missing().stream().filter(m -> m.language() == Language.AR).findFirst().orElseThrow();
        assertThat(arabic.itemNumbers()).containsExactly(1, 2);
        assertThat(arabic.recommendations()).isTrue();
        assertThat(overview.missingRequired()).extracting(MissingText::language).containsExactly(Language.AR);
        var submitted = as(fx.room.rapporteur, () -> reports.submit(fx.room.roomId, report.version()));
        assertThatThrownBy(() -> as(fx.room.chair, () -> reports.adopt(fx.room.roomId, submitted.version())))
                .isInstanceOfSatisfying(RefusedException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("report.refused.missing");
                    var phrases = (List<?>) refused.args()[0];
                    assertThat(phrases).hasSize(1);
                    var arabicPhrase = (Phrase) phrases.getFirst();
                    assertThat(((Phrase) arabicPhrase.args()[0]).key()).isEqualTo("report.language.ar");
                    assertThat(arabicPhrase.args()[1].toString()).contains("report.missing.items[1, 2]")
                            .contains("report.missing.recommendations");
                });
        assertThat(as(fx.room.chair, () -> reports.overview(fx.room.roomId)).report().status())
                .isEqualTo(ReportStatus.SUBMITTED);
    }

    @Test
    void an_edition_that_requires_english_and_french_only_lets_a_chair_adopt_without_arabic() {
        asAdmin(() -> {
            var edition = editions.get(fx.room.editionId);
            return editions.update(edition.id(), edition.version(), withLanguages(edition.toData(),
                    EnumSet.of(Language.EN, Language.FR)));
        });
        try {
            var report = writeEverything(start(), false);
            var submitted = as(fx.room.rapporteur, () -> reports.submit(fx.room.roomId, report.version()));
            assertThat(as(fx.room.chair, () -> reports.adopt(fx.room.roomId, submitted.version())).status())
                    .isEqualTo(ReportStatus.ADOPTED);
        } finally {
            asAdmin(() -> {
                var edition = editions.get(fx.room.editionId);
                return editions.update(edition.id(), edition.version(), withLanguages(edition.toData(),
                        EnumSet.allOf(Language.class)));
            });
        }
    }

    private static org.majlis.meetings.EditionData withLanguages(org.majlis.meetings.EditionData d,
                                                                  Set<Language> languages) {
        return new org.majlis.meetings.EditionData(d.number(), d.city(), d.venue(), d.startDate(), d.endDate(),
                d.previousEditionId(), d.hostId(), languages);
    }

    @Test
    void a_written_text_is_at_least_a_draft_and_an_empty_one_is_missing() {
        assertThat(new LanguageText("Texte", TranslationStatus.MISSING).status()).isEqualTo(TranslationStatus.DRAFT);
        assertThat(new LanguageText("  ", TranslationStatus.FINAL).status()).isEqualTo(TranslationStatus.MISSING);
    }

    @Test
    void who_may_do_what_with_the_report() {
        assertThatThrownBy(() -> as(fx.room.chair, () -> reports.start(fx.room.roomId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(fx.room.delegate(0), () -> reports.start(fx.room.roomId)))
                .isInstanceOf(AccessDeniedException.class);
        var report = start();
        assertThatThrownBy(() -> as(fx.room.rapporteur, () -> reports.start(fx.room.roomId)))
                .isInstanceOf(RefusedException.class);
        // Drafted: chairs read it, delegates and observers do not (yet).
        assertThat(as(fx.room.chair, () -> reports.overview(fx.room.roomId)).report()).isNotNull();
        var delegateView = as(fx.room.delegate(0), () -> reports.overview(fx.room.roomId));
        assertThat(delegateView.report()).isNull();
        assertThat(delegateView.exists()).isTrue();
        assertThatThrownBy(() -> as(fx.room.observer, () -> history.revisions(fx.room.roomId)))
                .isInstanceOf(AccessDeniedException.class);
        for (var who : List.of(fx.room.chair, fx.room.delegate(0), fx.room.observer, fx.room.otherRoomChair)) {
            assertThatThrownBy(() -> as(who, () -> reports.save(fx.room.roomId, report.version(), report.texts(),
                    null))).as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(who, () -> reports.submit(fx.room.roomId, report.version())))
                    .as(who).isInstanceOf(AccessDeniedException.class);
        }
        var submitted = as(fx.room.rapporteur, () -> reports.submit(fx.room.roomId, report.version()));
        assertThat(as(fx.room.observer, () -> reports.overview(fx.room.roomId)).report()).isNotNull();
        for (var who : List.of(fx.room.rapporteur, fx.room.delegate(0), fx.room.observer, fx.room.otherRoomChair)) {
            assertThatThrownBy(() -> as(who, () -> reports.adopt(fx.room.roomId, submitted.version())))
                    .as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(who, () -> reports.returnToDrafting(fx.room.roomId, submitted.version(),
                    "No"))).as(who).isInstanceOf(AccessDeniedException.class);
        }
        // The chair of another room cannot even read this room's report (a forged room id).
        assertThatThrownBy(() -> as(fx.room.otherRoomChair, () -> reports.overview(fx.room.roomId)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_closed_room_refuses_changes_to_its_report_except_to_the_secretariat() {
        var report = start();
        fx.room.closeRoom();
        assertThatThrownBy(() -> as(fx.room.rapporteur, () -> reports.save(fx.room.roomId, report.version(),
                report.texts(), null))).isInstanceOf(RefusedException.class);
        var saved = asAdmin(() -> reports.save(fx.room.roomId, report.version(),
                report.texts().with(ReportPart.INTRODUCTION, text("Intro", null, null)), null));
        assertThat(saved.texts().introduction().get(Language.EN).text()).isEqualTo("Intro");
        assertThat(as(fx.room.rapporteur, () -> reports.overview(fx.room.roomId)).permissions().edit()).isFalse();
    }

    @Test
    void a_stale_save_is_refused_with_what_the_others_changed_and_the_merge_keeps_both() {
        var report = start();
        var theirs = as(fx.room.rapporteur, () -> reports.save(fx.room.roomId, report.version(),
                report.texts().with(ReportPart.summary(fx.first.id()), text(null, "Leur résumé", null)), null));
        var mine = report.texts().with(ReportPart.summary(fx.first.id()), text("My summary", null, null));
        assertThatThrownBy(() -> as(fx.room.rapporteur, () -> reports.save(fx.room.roomId, report.version(), mine,
                null))).isInstanceOfSatisfying(ReportConflictException.class, conflict -> {
                    assertThat(conflict.currentVersion()).isEqualTo(theirs.version());
                    var merge = conflict.merge();
                    assertThat(merge.changedByOthers()).containsExactly(
                            new ReportField(ReportPart.summary(fx.first.id()), Language.FR));
                    assertThat(merge.conflicting()).isEmpty();
                    var merged = merge.mergeKeepingTheirs();
                    var saved = as(fx.room.rapporteur, () -> reports.saveMerged(fx.room.roomId,
                            conflict.currentVersion(), merged, null));
                    var summary = saved.texts().text(ReportPart.summary(fx.first.id()));
                    assertThat(summary.get(Language.EN).text()).isEqualTo("My summary");
                    assertThat(summary.get(Language.FR).text()).isEqualTo("Leur résumé");
                });
        assertThat(as(fx.room.rapporteur, () -> reports.overview(fx.room.roomId)).report().texts()
                .text(ReportPart.summary(fx.first.id())).get(Language.FR).text()).isEqualTo("Leur résumé");
    }

    @Test
    void refresh_from_the_record_shows_the_changes_and_never_touches_the_texts() {
        var report = start();
        var texts = report.texts().with(ReportPart.summary(fx.second.id()), text("About water", null, "عن المياه"));
        var saved = as(fx.room.rapporteur, () -> reports.save(fx.room.roomId, report.version(), texts, null));
        // Meanwhile: a third item is added, the second (with a summary) is deleted, one more delegate speaks.
        var third = fx.item("Tourism", null, null);
        var agenda = context.getBean(org.majlis.agenda.AgendaService.class);
        as(fx.room.chair, () -> {
            var second = agenda.item(fx.room.roomId, fx.second.id());
            agenda.delete(fx.room.roomId, second.id(), second.version());
            return null;
        });
        fx.speak(0, FloorKind.RIGHT_OF_REPLY);

        var changes = as(fx.room.rapporteur, () -> reports.recordChanges(fx.room.roomId));
        assertThat(changes).contains(
                new RecordChange(RecordChange.Change.ADDED, RecordChange.Subject.ITEM, 2,
                        LocalizedText.of("Tourism", null, null)),
                new RecordChange(RecordChange.Change.REMOVED, RecordChange.Subject.ITEM, 2,
                        LocalizedText.of("Water and climate", "Eau et climat", "المياه والمناخ")));
        assertThat(changes).anyMatch(c -> c.subject() == RecordChange.Subject.INTERVENTION
                && c.change() == RecordChange.Change.ADDED && c.itemNumber() == 1);

        var refreshed = as(fx.room.rapporteur, () -> reports.takeInRecord(fx.room.roomId, saved.version()));
        assertThat(refreshed.texts()).isEqualTo(saved.texts());
        var water = refreshed.record().items().stream().filter(i -> i.id() == fx.second.id()).findFirst()
                .orElseThrow();
        assertThat(water.onAgenda()).isFalse();
        assertThat(refreshed.record().items()).extracting(ReportRecord.Item::id).contains(third.id());
        assertThat(refreshed.record().items().getFirst().interventions()).hasSize(3);
        assertThat(as(fx.room.rapporteur, () -> reports.recordChanges(fx.room.roomId))).isEmpty();
        // An item off the agenda is not required for adoption; deleting its summary drops it.
        var overview = as(fx.room.rapporteur, () -> reports.overview(fx.room.roomId));
        // French: item 1 and Tourism (now item 2) are missing; the off-agenda water item (it was item 2, its summary
        // has no French either) is not required.
        assertThat(overview.missing().get(1).language()).isEqualTo(Language.FR);
        assertThat(overview.missing().get(1).itemNumbers()).containsExactly(1, 2);
        var deleted = as(fx.room.rapporteur, () -> reports.save(fx.room.roomId, refreshed.version(),
                new ReportTexts(refreshed.texts().introduction(), java.util.Map.of(),
                        refreshed.texts().recommendations()), "Deleted the water summary"));
        assertThat(deleted.record().items()).extracting(ReportRecord.Item::id).doesNotContain(fx.second.id());
    }

    @Test
    void revisions_show_what_changed_and_an_old_one_can_be_restored() {
        var report = start();
        var one = as(fx.room.rapporteur, () -> reports.save(fx.room.roomId, report.version(),
                report.texts().with(ReportPart.RECOMMENDATIONS, text("First", null, null)), "first"));
        var two = as(fx.room.rapporteur, () -> reports.save(fx.room.roomId, one.version(),
                one.texts().with(ReportPart.RECOMMENDATIONS, text("Second", null, "الثانية")), "second"));
        var revisions = as(fx.room.rapporteur, () -> history.revisions(fx.room.roomId));
        assertThat(revisions).extracting(ReportRevision::number).containsExactly(3, 2, 1);
        assertThat(revisions.getFirst().changedFields()).containsExactly(
                new ReportField(ReportPart.RECOMMENDATIONS, Language.EN),
                new ReportField(ReportPart.RECOMMENDATIONS, Language.AR));
        var diff = as(fx.room.chair, () -> history.diff(fx.room.roomId, 2, 3));
        assertThat(diff.changedFields()).hasSize(2);
        assertThatThrownBy(() -> as(fx.room.chair, () -> history.restore(fx.room.roomId, two.version(), 2)))
                .isInstanceOf(AccessDeniedException.class);
        var restored = as(fx.room.rapporteur, () -> history.restore(fx.room.roomId, two.version(), 2));
        assertThat(restored.kind()).isEqualTo(RevisionKind.RESTORED);
        var now = as(fx.room.rapporteur, () -> reports.overview(fx.room.roomId)).report();
        assertThat(now.texts().recommendations().get(Language.EN).text()).isEqualTo("First");
        assertThat(now.texts().recommendations().get(Language.AR).isMissing()).isTrue();
    }
}
