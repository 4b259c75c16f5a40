package org.majlis.meetings.ui.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.majlis.base.ui.Bidi;
import org.majlis.base.ui.Messages;
import org.majlis.meetings.ParticipantService;
import org.majlis.meetings.ParticipantSummary;

import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the secretariat sees of a participant's Keycloak account in the participants list: a column saying whether
 * an account is linked, and "Unlink account" (with confirmation) for the selected participant.
 */
final class AccountLinkActions {

    private AccountLinkActions() {
    }

    /** The "Keycloak account" column: linked or not linked, as a badge. */
    static Grid.Column<ParticipantSummary> addColumn(Grid<ParticipantSummary> grid) {
        return grid.addComponentColumn(participant -> badge(grid, participant))
                .setHeader(grid.getTranslation("meetings.participants.account.column"))
                .setKey("account")
                .setComparator(ParticipantSummary::accountLinked)
                .setAutoWidth(true);
    }

    private static Span badge(Component context, ParticipantSummary participant) {
        var linked = participant.accountLinked();
        var badge = new Span(context.getTranslation(linked ? "meetings.participants.account.linked"
                : "meetings.participants.account.not-linked"));
        badge.getElement().getThemeList().add(linked ? "badge success" : "badge contrast");
        badge.getElement().setAttribute("data-linked", String.valueOf(linked));
        return badge;
    }

    /**
     * "Unlink account": enabled by the caller only for a selected participant with a linked account; asks first,
     * then unlinks and hands the fresh participant to {@code unlinked} (also after a refusal, to reload).
     */
    static Button unlinkButton(Component context, ParticipantService participants,
                               Supplier<Optional<ParticipantSummary>> selected, Consumer<ParticipantSummary> unlinked) {
        var button = new Button(context.getTranslation("meetings.participants.account.unlink"),
                VaadinIcon.UNLINK.create(), click -> selected.get().ifPresent(participant ->
                confirm(context, participants, participant, unlinked)));
        button.setId("unlink-account");
        button.setEnabled(false);
        return button;
    }

    private static void confirm(Component context, ParticipantService participants, ParticipantSummary participant,
                                Consumer<ParticipantSummary> unlinked) {
        var dialog = new ConfirmDialog();
        dialog.setId("confirm-unlink");
        dialog.setHeader(Bidi.message(context, "meetings.participants.account.unlink-title", participant.fullName()));
        dialog.setText(Bidi.message(context, "meetings.participants.account.unlink-text", participant.fullName()));
        dialog.setCancelable(true);
        dialog.setCancelText(context.getTranslation("meetings.participants.account.cancel"));
        dialog.setConfirmText(context.getTranslation("meetings.participants.account.unlink"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(event -> {
            try {
                var fresh = participants.unlinkAccount(participant.id(), participant.version());
                Messages.success(context, "meetings.participants.account.unlinked", participant.fullName());
                unlinked.accept(fresh);
            } catch (RuntimeException failure) {
                if (!Messages.showFailure(context, failure, Map.of())) {
                    throw failure;
                }
                unlinked.accept(participant);
            }
        });
        dialog.open();
    }
}
