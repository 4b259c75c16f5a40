package org.majlis.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * Two versions side by side, field by field (a history's "difference between revisions"): a header row, then per
 * field its label and the two values, the changed ones marked (and the new value tagged with {@code data-field}).
 * Shared by the matrix's and the room report's history dialogs.
 */
public class DiffTable extends Div {

    public DiffTable(String fieldHeader, String leftHeader, String rightHeader) {
        addClassName("diff-table");
        add(header(fieldHeader), header(leftHeader), header(rightHeader));
    }

    /** Adds a field's row; {@code fieldName} names the changed value for tests and styles. */
    public void addRow(String label, Component left, Component right, boolean changed, String fieldName) {
        var name = new Span(label);
        var leftCell = new Div(left);
        var rightCell = new Div(right);
        leftCell.addClassName("diff-cell");
        rightCell.addClassName("diff-cell");
        if (changed) {
            name.addClassName("diff-changed");
            leftCell.addClassNames("diff-changed", "diff-old");
            rightCell.addClassNames("diff-changed", "diff-new");
            rightCell.getElement().setAttribute("data-field", fieldName);
        }
        add(name, leftCell, rightCell);
    }

    private static Span header(String text) {
        var span = new Span(text);
        span.addClassName("diff-header");
        return span;
    }
}
