package org.majlis.matrix;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.majlis.MajlisSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.majlis.matrix.MatrixFixtures.as;
import static org.majlis.matrix.MatrixFixtures.uniqueCode;

/**
 * Withdrawing is final: the rapporteur and the proposing delegate withdraw an entry while it is drafted or returned;
 * once it is submitted, only the chairs (and the secretariat) do (docs/matrix.md).
 */
@MajlisSpringTest
class MatrixWithdrawTest {

    @Autowired
    MatrixService matrix;
    @Autowired
    MatrixFixtures fx;
    long eco;

    @BeforeEach
    void setUp() {
        eco = fx.astanaEco();
    }

    private EntryDetails proposedByFao() {
        return as("eco.fao", () -> matrix.draft(eco, fx.foodSecurity(uniqueCode()), null));
    }

    private EntryDetails submit(String user, EntryDetails entry) {
        return as(user, () -> matrix.submit(entry.entry().id(), entry.entry().version()));
    }

    private EntrySummary reload(EntryDetails entry) {
        return as("eco.chair.un", () -> matrix.get(entry.entry().id())).entry();
    }

    @Test
    void the_proposing_delegate_withdraws_their_draft() {
        var proposal = proposedByFao();
        assertThat(proposal.may().withdraw()).isTrue();

        var withdrawn = as("eco.fao", () -> matrix.withdraw(proposal.entry().id(), proposal.entry().version()));
        assertThat(withdrawn.entry().status()).isEqualTo(EntryStatus.WITHDRAWN);
    }

    @Test
    void the_proposing_delegate_cannot_withdraw_their_entry_once_it_is_submitted_and_nothing_changes() {
        var submitted = submit("eco.fao", proposedByFao());
        assertThat(as("eco.fao", () -> matrix.get(submitted.entry().id())).may().withdraw()).isFalse();
        var before = reload(submitted);

        assertThatThrownBy(() -> as("eco.fao", () -> matrix.withdraw(submitted.entry().id(),
                submitted.entry().version()))).isInstanceOf(AccessDeniedException.class);
        assertThat(reload(submitted)).isEqualTo(before);
    }

    @Test
    void the_rapporteur_withdraws_a_draft_but_not_a_submitted_entry() {
        var draft = as("eco.rapporteur", () -> matrix.draft(eco, fx.foodSecurity(uniqueCode()), null));
        assertThat(draft.may().withdraw()).isTrue();
        var submitted = submit("eco.rapporteur", draft);
        assertThat(submitted.may().withdraw()).isFalse();
        var before = reload(submitted);

        assertThatThrownBy(() -> as("eco.rapporteur", () -> matrix.withdraw(submitted.entry().id(),
                submitted.entry().version()))).isInstanceOf(AccessDeniedException.class);
        assertThat(reload(submitted)).isEqualTo(before);
    }

    @Test
    void a_chair_withdraws_a_submitted_entry() {
        var submitted = submit("eco.fao", proposedByFao());
        assertThat(as("eco.chair.oic", () -> matrix.get(submitted.entry().id())).may().withdraw()).isTrue();

        var withdrawn = as("eco.chair.oic", () -> matrix.withdraw(submitted.entry().id(),
                submitted.entry().version()));
        assertThat(withdrawn.entry().status()).isEqualTo(EntryStatus.WITHDRAWN);
    }

    @Test
    void a_returned_proposal_may_be_withdrawn_again_by_the_delegate_who_proposed_it() {
        var submitted = submit("eco.fao", proposedByFao());
        var returned = as("eco.chair.un", () -> matrix.returnToDrafting(submitted.entry().id(),
                submitted.entry().version(), "Please narrow the scope"));

        var withdrawn = as("eco.fao", () -> matrix.withdraw(returned.entry().id(), returned.entry().version()));
        assertThat(withdrawn.entry().status()).isEqualTo(EntryStatus.WITHDRAWN);
    }

    @Test
    void a_delegate_of_another_organisation_never_withdraws_a_proposal() {
        var proposal = proposedByFao();
        assertThatThrownBy(() -> as("eco.ilo", () -> matrix.withdraw(proposal.entry().id(),
                proposal.entry().version()))).isInstanceOf(AccessDeniedException.class);
        assertThat(reload(proposal).status()).isEqualTo(EntryStatus.DRAFT);
    }
}
