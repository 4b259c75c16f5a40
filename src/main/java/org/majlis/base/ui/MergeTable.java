package org.majlis.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.majlis.base.merge.MergeField;
import org.majlis.base.merge.ThreeWayMerge;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The body of a conflict dialog: for every field where the saved content and the user's differ, the field's label
 * (marked when both sides changed it), the saved value ("theirs"), the user's value ("mine") and a choice between
 * them — theirs where the others changed it, mine elsewhere. {@link #merged()} gives the result. Shared by the
 * matrix's and the room report's conflict dialogs; ids are {@code <idPrefix>-fields} and
 * {@code <idPrefix>-choice-<field name>}.
 */
public class MergeTable<T, F extends MergeField<T>> extends Div {

    public enum Choice { THEIRS, MINE }

    private final ThreeWayMerge<T, F> merge;
    private final Map<F, RadioButtonGroup<Choice>> choices = new LinkedHashMap<>();

    /**
     * @param label     the field's translated label
     * @param value     the field's value in a content, as a component (in its own direction)
     * @param fieldName a stable name of the field for element ids
     */
    public MergeTable(ThreeWayMerge<T, F> merge, String idPrefix, Function<F, String> label,
                      BiFunction<F, T, Component> value, Function<F, String> fieldName) {
        this.merge = merge;
        setId(idPrefix + "-fields");
        addClassNames("diff-table", "diff-table-4");
        add(header("merge.field"), header("merge.theirs"), header("merge.mine"), header("merge.keep"));
        var changedByOthers = merge.changedByOthers();
        var conflicting = merge.conflicting();
        for (var field : merge.differing()) {
            var name = new Span(label.apply(field));
            if (conflicting.contains(field)) {
                name.addClassName("diff-conflict");
            }
            var choice = new RadioButtonGroup<Choice>();
            choice.setItems(Choice.values());
            choice.setItemLabelGenerator(c -> getTranslation("merge." + c.name().toLowerCase(java.util.Locale.ROOT)));
            choice.setValue(changedByOthers.contains(field) ? Choice.THEIRS : Choice.MINE);
            choice.setId(idPrefix + "-choice-" + fieldName.apply(field));
            choices.put(field, choice);
            add(name, cell(value.apply(field, merge.current())), cell(value.apply(field, merge.mine())), choice);
        }
    }

    /** The saved content with the user's value for every field where they chose theirs-to-mine. */
    public T merged() {
        return merge.merge(field -> {
            var choice = choices.get(field);
            return choice != null && choice.getValue() == Choice.MINE;
        });
    }

    private Span header(String key) {
        var span = new Span(getTranslation(key));
        span.addClassName("diff-header");
        return span;
    }

    private static Div cell(Component content) {
        var cell = new Div(content);
        cell.addClassName("diff-cell");
        return cell;
    }
}
