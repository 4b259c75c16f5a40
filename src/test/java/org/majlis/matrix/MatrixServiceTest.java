package org.majlis.matrix;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.majlis.MajlisSpringTest;
import org.majlis.base.InvalidInputException;
import org.majlis.base.LocalizedText;
import org.majlis.meetings.RoomKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.majlis.matrix.MatrixFixtures.as;
import static org.majlis.matrix.MatrixFixtures.uniqueCode;

@MajlisSpringTest
class MatrixServiceTest {

    @Autowired
    MatrixService matrix;
    @Autowired
    MatrixHistoryService history;

    @Autowired
    MatrixFixtures fx;
    long eco;

    @BeforeEach
    void setUp() {
        eco = fx.astanaEco();
    }

    private EntryDetails drafted() {
        return as("eco.rapporteur", () -> matrix.draft(eco, fx.foodSecurity(uniqueCode()), "First draft"));
    }

    private EntryDetails submitted() {
        var draft = drafted();
        return as("eco.rapporteur", () -> matrix.submit(draft.entry().id(), draft.entry().version()));
    }

    @Test
    void a_rapporteur_drafts_an_entry_which_starts_its_history() {
        var draft = drafted();
        assertThat(draft.entry().status()).isEqualTo(EntryStatus.DRAFT);
        assertThat(draft.entry().data().title().ar()).isEqualTo("احتياطيات الأمن الغذائي");
        assertThat(draft.entry().updatedBy()).isEqualTo("Kemal Aydın");
        assertThat(draft.may().edit()).isTrue();
        var revisions = as("eco.rapporteur", () -> history.revisions(draft.entry().id()));
        assertThat(revisions).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(RevisionKind.CREATED);
            assertThat(r.summary()).isEqualTo("First draft");
            assertThat(r.authorName()).isEqualTo("Kemal Aydın");
        });
    }

    @Test
    void submitted_returned_resubmitted_adopted_and_reopened_each_step_is_a_revision() {
        var entry = submitted();
        var id = entry.entry().id();
        entry = as("eco.chair.un", () -> matrix.returnToDrafting(id, submittedVersion(id), "Add indicators"));
        assertThat(entry.entry().status()).isEqualTo(EntryStatus.RETURNED);
        assertThat(entry.entry().returnReason()).isEqualTo("Add indicators");
        var withIndicators = EntryField.INDICATORS_EN.set(entry.entry().data(), "Tonnes of grain in reserve");
        var returned = entry;
        entry = as("eco.rapporteur", () -> matrix.update(id, returned.entry().version(), withIndicators, null));
        var edited = entry;
        entry = as("eco.rapporteur", () -> matrix.submit(id, edited.entry().version()));
        var resubmitted = entry;
        entry = as("eco.chair.oic", () -> matrix.adopt(id, resubmitted.entry().version()));
        assertThat(entry.entry().status()).isEqualTo(EntryStatus.ADOPTED);
        var adopted = entry;
        entry = as("eco.chair.un", () -> matrix.reopen(id, adopted.entry().version(), "Budget changed"));
        assertThat(entry.entry().status()).isEqualTo(EntryStatus.SUBMITTED);
        assertThat(as("eco.observer", () -> history.revisions(id))).extracting(RevisionSummary::kind)
                .containsExactly(RevisionKind.REOPENED, RevisionKind.ADOPTED, RevisionKind.SUBMITTED,
                        RevisionKind.EDITED, RevisionKind.RETURNED, RevisionKind.SUBMITTED, RevisionKind.CREATED);
    }

    private long submittedVersion(long id) {
        return as("eco.rapporteur", () -> matrix.get(id)).entry().version();
    }

    @Test
    void an_adopted_entry_cannot_be_edited_until_it_is_reopened() {
        var entry = submitted();
        var adopted = as("eco.chair.un", () -> matrix.adopt(entry.entry().id(), entry.entry().version()));
        assertThat(adopted.may().edit()).isFalse();
        var changed = EntryField.TITLE_EN.set(adopted.entry().data(), "Changed after adoption");
        assertThatThrownBy(() -> as("eco.rapporteur",
                () -> matrix.update(adopted.entry().id(), adopted.entry().version(), changed, null)))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(as("eco.rapporteur", () -> matrix.get(adopted.entry().id())).entry().data().title().en())
                .isEqualTo("Food security reserves");
    }

    @Test
    void returning_an_entry_needs_a_reason() {
        var entry = submitted();
        assertThatThrownBy(() -> as("eco.chair.un",
                () -> matrix.returnToDrafting(entry.entry().id(), entry.entry().version(), "  ")))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_delegate_proposes_an_entry_for_their_own_organisation_and_may_edit_and_submit_it() {
        var proposal = as("eco.fao", () -> matrix.draft(eco, fx.foodSecurity(uniqueCode()), null));
        assertThat(proposal.entry().proposedById()).isNotNull();
        assertThat(proposal.may().edit()).isTrue();
        var submitted = as("eco.fao", () -> matrix.submit(proposal.entry().id(), proposal.entry().version()));
        assertThat(submitted.entry().status()).isEqualTo(EntryStatus.SUBMITTED);
        assertThat(submitted.may().edit()).isFalse();
    }

    @Test
    void a_delegate_cannot_propose_an_entry_their_organisation_takes_no_part_in() {
        assertThatThrownBy(() -> as("eco.ilo", () -> matrix.draft(eco, fx.foodSecurity(uniqueCode()), null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .anySatisfy(err -> assertThat(err.messageKey()).isEqualTo("validation.matrix.own-organisation")));
    }

    @Test
    void an_observer_cannot_draft_an_entry() {
        assertThatThrownBy(() -> as("eco.observer", () -> matrix.draft(eco, fx.foodSecurity(uniqueCode()), null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_rapporteur_of_another_room_cannot_draft_here() {
        assertThatThrownBy(() -> as("pol.rapporteur", () -> matrix.draft(eco, fx.foodSecurity(uniqueCode()), null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_chair_does_not_draft_entries() {
        assertThatThrownBy(() -> as("eco.chair.un", () -> matrix.draft(eco, fx.foodSecurity(uniqueCode()), null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void someone_outside_the_room_cannot_read_its_entries() {
        var draft = drafted();
        assertThatThrownBy(() -> as("pol.undp", () -> matrix.get(draft.entry().id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("pol.undp", () -> matrix.roomMatrix(eco, EntryFilter.all())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("pol.undp", () -> history.revisions(draft.entry().id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void only_a_chair_adopts_returns_or_reopens() {
        var entry = submitted();
        var id = entry.entry().id();
        var version = entry.entry().version();
        for (var user : List.of("eco.rapporteur", "eco.fao", "eco.observer", "pol.chair.un")) {
            assertThatThrownBy(() -> as(user, () -> matrix.adopt(id, version))).as(user)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(user, () -> matrix.returnToDrafting(id, version, "No"))).as(user)
                    .isInstanceOf(AccessDeniedException.class);
        }
        var adopted = as("admin", () -> matrix.adopt(id, version));
        assertThatThrownBy(() -> as("eco.rapporteur", () -> matrix.reopen(id, adopted.entry().version(), null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_delegate_cannot_edit_or_submit_the_rapporteurs_draft() {
        var draft = drafted();
        var changed = EntryField.TITLE_FR.set(draft.entry().data(), "Autre titre");
        assertThatThrownBy(() -> as("eco.fao",
                () -> matrix.update(draft.entry().id(), draft.entry().version(), changed, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("eco.fao", () -> matrix.submit(draft.entry().id(), draft.entry().version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("eco.fao", () -> matrix.withdraw(draft.entry().id(), draft.entry().version())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void delegates_comment_on_submitted_entries_but_not_on_drafts_and_observers_never() {
        var draft = drafted();
        assertThatThrownBy(() -> as("eco.fao", () -> matrix.comment(draft.entry().id(), "Too early")))
                .isInstanceOf(AccessDeniedException.class);
        var submitted = as("eco.rapporteur", () -> matrix.submit(draft.entry().id(), draft.entry().version()));
        var commented = as("eco.fao", () -> matrix.comment(submitted.entry().id(), "FAO can co-fund the reserve"));
        assertThat(commented.comments()).singleElement().satisfies(c -> {
            assertThat(c.authorName()).isEqualTo("Jean-Marc Lefèvre");
            assertThat(c.authorOrganisation()).isEqualTo("FAO");
        });
        assertThatThrownBy(() -> as("eco.observer", () -> matrix.comment(submitted.entry().id(), "Observer")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_delegates_amendment_is_applied_by_the_rapporteur_as_a_new_revision() {
        var entry = submitted();
        var id = entry.entry().id();
        var amended = as("eco.isdb", () -> matrix.proposeAmendment(id, EntryField.TITLE_FR,
                "Réserves alimentaires régionales", "Plus précis"));
        var amendment = amended.comments().getFirst();
        assertThat(amendment.kind()).isEqualTo(CommentKind.AMENDMENT);
        assertThatThrownBy(() -> as("eco.isdb", () -> matrix.applyAmendment(amendment.id(), entry.entry().version())))
                .isInstanceOf(AccessDeniedException.class);
        var applied = as("eco.rapporteur", () -> matrix.applyAmendment(amendment.id(), entry.entry().version()));
        assertThat(applied.entry().data().title().fr()).isEqualTo("Réserves alimentaires régionales");
        assertThat(applied.comments().getFirst().applied()).isTrue();
        assertThat(as("eco.rapporteur", () -> history.revisions(id)).getFirst()).satisfies(r -> {
            assertThat(r.kind()).isEqualTo(RevisionKind.AMENDMENT_APPLIED);
            assertThat(r.changedFields()).containsExactly(EntryField.TITLE_FR);
        });
    }

    @Test
    void an_amendment_is_for_a_text_field_of_a_submitted_entry() {
        var draft = drafted();
        assertThatThrownBy(() -> as("eco.isdb",
                () -> matrix.proposeAmendment(draft.entry().id(), EntryField.TITLE_EN, "x", null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_room_matrix_filters_by_status_organisation_sdg_member_state_and_text() {
        var code = uniqueCode();
        var data = EntryField.SDGS.set(fx.foodSecurity(code), List.of(2, 13));
        as("eco.rapporteur", () -> matrix.draft(eco, data, null));
        var view = as("eco.observer", () -> matrix.roomMatrix(eco, new EntryFilter(EntryStatus.DRAFT, fx.org("IsDB"),
                13, "TD", code.substring(0, 4).toLowerCase())));
        assertThat(view.entries()).extracting(e -> e.data().code()).containsExactly(code);
        assertThat(view.countsByStatus().get(EntryStatus.DRAFT)).isPositive();
        assertThat(view.mayDraft()).isFalse();
        assertThat(as("eco.observer", () -> matrix.roomMatrix(eco, new EntryFilter(null, null, null, "KZ", code)))
                .entries()).isEmpty();
        assertThat(as("eco.observer", () -> matrix.roomMatrix(eco, new EntryFilter(null, null, null, null,
                "احتياطيات"))).entries()).isNotEmpty();
        assertThat(as("eco.rapporteur", () -> matrix.roomMatrix(eco, EntryFilter.all())).mayDraft()).isTrue();
    }

    @Test
    void an_entry_cannot_end_before_it_starts() {
        var data = fx.foodSecurity(uniqueCode()).withTimeframe(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 4, 1));
        assertThatThrownBy(() -> as("eco.rapporteur", () -> matrix.draft(eco, data, null)))
                .satisfies(e -> assertError(e, "endDate", "validation.matrix.end-before-start"));
    }

    @Test
    void the_timeframe_lies_within_the_editions_two_years() {
        var data = fx.foodSecurity(uniqueCode()).withTimeframe(LocalDate.of(2024, 1, 1), LocalDate.of(2027, 1, 1));
        assertThatThrownBy(() -> as("eco.rapporteur", () -> matrix.draft(eco, data, null)))
                .satisfies(e -> assertError(e, "startDate", "validation.matrix.outside-period"))
                .satisfies(e -> assertError(e, "endDate", "validation.matrix.outside-period"));
    }

    @Test
    void an_unknown_sdg_is_refused() {
        var data = EntryField.SDGS.set(fx.foodSecurity(uniqueCode()), List.of(2, 18));
        assertThatThrownBy(() -> as("eco.rapporteur", () -> matrix.draft(eco, data, null)))
                .satisfies(e -> assertError(e, "sdgs", "validation.matrix.sdg-unknown"));
    }

    @Test
    void a_code_is_unique_in_the_edition_and_follows_the_pattern() {
        var code = uniqueCode();
        as("eco.rapporteur", () -> matrix.draft(eco, fx.foodSecurity(code), null));
        assertThatThrownBy(() -> as("eco.rapporteur", () -> matrix.draft(eco, fx.foodSecurity(code), null)))
                .satisfies(e -> assertError(e, "code", "validation.matrix.code-taken"));
        var pol = fx.room(16, RoomKind.POLITICAL);
        assertThatThrownBy(() -> as("pol.rapporteur", () -> matrix.draft(pol, fx.foodSecurity(code), null)))
                .satisfies(e -> assertError(e, "code", "validation.matrix.code-taken"));
        assertThatThrownBy(() -> as("eco.rapporteur", () -> matrix.draft(eco, fx.foodSecurity("eco7"), null)))
                .satisfies(e -> assertError(e, "code", "validation.matrix.code-format"));
    }

    @Test
    void the_lead_un_entity_must_be_a_un_organisation_and_the_lead_oic_institution_an_oic_one() {
        var swapped = EntryField.LEAD_OIC.set(EntryField.LEAD_UN.set(fx.foodSecurity(uniqueCode()), fx.org("IOFS")),
                fx.org("FAO"));
        assertThatThrownBy(() -> as("eco.rapporteur", () -> matrix.draft(eco, swapped, null)))
                .satisfies(e -> assertError(e, "leadUnId", "validation.matrix.lead-not-un"))
                .satisfies(e -> assertError(e, "leadOicId", "validation.matrix.lead-not-oic"));
    }

    @Test
    void beneficiaries_are_member_states_and_budget_has_a_known_currency() {
        var data = EntryField.CURRENCY.set(EntryField.BUDGET.set(
                EntryField.BENEFICIARIES.set(fx.foodSecurity(uniqueCode()), List.of("FR")),
                new BigDecimal("250000")), "XYZ");
        assertThatThrownBy(() -> as("eco.rapporteur", () -> matrix.draft(eco, data, null)))
                .satisfies(e -> assertError(e, "beneficiaries", "validation.matrix.state-unknown"))
                .satisfies(e -> assertError(e, "currency", "validation.matrix.currency-unknown"));
    }

    @Test
    void an_entry_needs_a_title_in_at_least_one_language() {
        var data = new EntryData(uniqueCode(), LocalizedText.empty(), null, fx.org("FAO"), fx.org("IOFS"), null,
                null, null, null, null, null, null, null, null, null);
        assertThatThrownBy(() -> as("eco.rapporteur", () -> matrix.draft(eco, data, null)))
                .satisfies(e -> assertError(e, "titleEn", "validation.one-language-required"));
    }

    static void assertError(Throwable e, String field, String key) {
        assertThat(e).isInstanceOf(InvalidInputException.class);
        assertThat(((InvalidInputException) e).errors())
                .anySatisfy(err -> {
                    assertThat(err.field()).isEqualTo(field);
                    assertThat(err.messageKey()).isEqualTo(key);
                });
    }
}
