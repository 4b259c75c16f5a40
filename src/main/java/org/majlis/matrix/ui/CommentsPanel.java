package org.majlis.matrix.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.majlis.base.ui.Formats;
import org.majlis.base.ui.Messages;
import org.majlis.base.ui.UserTextSpan;
import org.majlis.matrix.CommentKind;
import org.majlis.matrix.CommentSummary;
import org.majlis.matrix.EntryDetails;
import org.majlis.matrix.EntryField;
import org.majlis.matrix.MatrixService;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Consumer;

/** Comments and amendments on an entry; writing one, and (for the rapporteur) applying an amendment. */
class CommentsPanel extends Div {

    CommentsPanel(MatrixService matrix, EntryDetails details, Consumer<EntryDetails> changed) {
        addClassName("entry-comments");
        setId("entry-comments");
        add(new H4(getTranslation("matrix.comments.title")));
        var formatter = Formats.dateTimeFormatter(getLocale());
        if (details.comments().isEmpty()) {
            var none = new Paragraph(getTranslation("matrix.comments.none"));
            none.addClassName("empty-state");
            add(none);
        }
        for (var comment : details.comments()) {
            add(line(matrix, details, comment, formatter, changed));
        }
        if (details.may().comment()) {
            var text = new TextArea(getTranslation("matrix.comments.new"));
            text.setId("entry-comment-text");
            text.setWidthFull();
            var send = new Button(getTranslation("matrix.comments.send"), e -> {
                try {
                    changed.accept(matrix.comment(details.entry().id(), text.getValue()));
                } catch (RuntimeException failure) {
                    if (!Messages.showFailure(this, failure, Map.of("body", text))) {
                        throw failure;
                    }
                }
            });
            send.setId("entry-comment-send");
            add(text, send);
        }
        if (details.may().proposeAmendment()) {
            var field = new Select<EntryField>();
            field.setLabel(getTranslation("matrix.amendment.field"));
            field.setItems(Arrays.stream(EntryField.values()).filter(EntryField::isText).toList());
            field.setItemLabelGenerator(f -> getTranslation(f.labelKey()));
            field.setId("entry-amendment-field");
            var proposed = new TextArea(getTranslation("matrix.amendment.text"));
            proposed.setId("entry-amendment-text");
            proposed.setWidthFull();
            field.addValueChangeListener(e -> {
                if (e.getValue() != null && e.getValue().language() != null) {
                    MatrixLabels.direction(proposed, e.getValue().language());
                }
            });
            var send = new Button(getTranslation("matrix.amendment.send"), e -> {
                try {
                    changed.accept(matrix.proposeAmendment(details.entry().id(), field.getValue(),
                            proposed.getValue(), null));
                } catch (RuntimeException failure) {
                    if (!Messages.showFailure(this, failure, Map.of("field", field, "proposedText", proposed))) {
                        throw failure;
                    }
                }
            });
            send.setId("entry-amendment-send");
            add(field, proposed, send);
        }
    }

    private Div line(MatrixService matrix, EntryDetails details, CommentSummary comment, DateTimeFormatter formatter,
                     Consumer<EntryDetails> changed) {
        // names isolated: "Name (ORG) · date", whatever the name contains
        var author = new Span(new UserTextSpan(comment.authorName()));
        if (comment.authorOrganisation() != null) {
            author.add(new Span(" ("), new UserTextSpan(comment.authorOrganisation()), new Span(")"));
        }
        author.add(new Span(" · " + formatter.format(comment.createdAt())));
        author.addClassName("comment-author");
        var line = new Div(author);
        line.addClassName("comment");
        if (comment.kind() == CommentKind.AMENDMENT && comment.field() != null) {
            var what = new Div(new Span(getTranslation(comment.applied() ? "matrix.amendment.applied"
                    : "matrix.amendment.proposed", getTranslation(comment.field().labelKey()))));
            var text = new Span(comment.proposedText());
            if (comment.field().language() != null) {
                MatrixLabels.direction(text, comment.field().language());
            }
            what.add(new Span(" "), text);
            line.add(what);
            if (!comment.applied() && details.may().applyAmendment()) {
                var apply = new Button(getTranslation("matrix.amendment.apply"), e -> {
                    try {
                        changed.accept(matrix.applyAmendment(comment.id(), details.entry().version()));
                    } catch (RuntimeException failure) {
                        if (!Messages.showFailure(this, failure, Map.of())) {
                            throw failure;
                        }
                    }
                });
                apply.addClassName("amendment-apply");
                line.add(apply);
            }
        }
        if (comment.body() != null) {
            var body = new Paragraph(comment.body());
            body.getElement().setAttribute("dir", "auto");
            line.add(body);
        }
        return line;
    }
}
