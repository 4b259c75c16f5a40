package org.majlis.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;

/**
 * The bar of a history dialog (matrix entries, room reports): two revisions to compare (the one before the last and
 * the last at first; every change of either compares again) and, when allowed, a button restoring the left-hand
 * revision. A refused restore shows its translated reason.
 */
public class RevisionPicker extends HorizontalLayout {

    private final Select<Integer> left = new Select<>();
    private final Select<Integer> right = new Select<>();
    private final BiConsumer<Integer, Integer> compare;

    /**
     * @param idPrefix   ids of the parts: {@code <prefix>-left}, {@code <prefix>-right}, {@code <prefix>-restore}
     * @param labelKeys  translation keys of the left select, the right select and the restore button
     * @param numbers    the revision numbers, ascending (at least one)
     * @param compare    shows the difference between two revisions (left, right)
     * @param restore    restores the given revision, or {@code null} when the user may not
     */
    public RevisionPicker(String idPrefix, List<String> labelKeys, List<Integer> numbers,
                          BiConsumer<Integer, Integer> compare, @Nullable IntConsumer restore) {
        this.compare = compare;
        setAlignItems(FlexComponent.Alignment.BASELINE);
        left.setLabel(getTranslation(labelKeys.get(0)));
        left.setItems(numbers);
        left.setId(idPrefix + "-left");
        right.setLabel(getTranslation(labelKeys.get(1)));
        right.setItems(numbers);
        right.setId(idPrefix + "-right");
        left.setValue(numbers.size() > 1 ? numbers.get(numbers.size() - 2) : numbers.getFirst());
        right.setValue(numbers.getLast());
        left.addValueChangeListener(e -> compare());
        right.addValueChangeListener(e -> compare());
        add(left, right);
        if (restore != null) {
            var button = new Button(getTranslation(labelKeys.get(2)), e -> {
                try {
                    restore.accept(left.getValue());
                } catch (RuntimeException failure) {
                    if (!Messages.showFailure(this, failure, Map.of())) {
                        throw failure;
                    }
                }
            });
            button.setId(idPrefix + "-restore");
            add(button);
        }
    }

    /** Shows the difference between the two chosen revisions. */
    public void compare() {
        if (left.getValue() != null && right.getValue() != null) {
            compare.accept(left.getValue(), right.getValue());
        }
    }
}
