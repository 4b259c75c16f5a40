package org.majlis.base.ui;

import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GridItemsTest {

    record Row(long id, String text) {
    }

    private final Grid<Row> grid = new Grid<>();
    private final GridItems<Row, Long> rows = new GridItems<>(grid, Row::id);

    private List<Row> shown() {
        return grid.getGenericDataView().getItems().toList();
    }

    @Test
    void a_first_list_is_sent_whole() {
        assertThat(rows.show(List.of(new Row(1, "a"), new Row(2, "b")))).isEqualTo(2);
        assertThat(shown()).containsExactly(new Row(1, "a"), new Row(2, "b"));
    }

    @Test
    void when_the_same_rows_come_back_only_the_changed_ones_are_sent_again() {
        rows.show(List.of(new Row(1, "a"), new Row(2, "b"), new Row(3, "c")));
        assertThat(rows.show(List.of(new Row(1, "a"), new Row(2, "B"), new Row(3, "c")))).isEqualTo(1);
        assertThat(shown()).containsExactly(new Row(1, "a"), new Row(2, "B"), new Row(3, "c"));
        assertThat(rows.show(List.of(new Row(1, "a"), new Row(2, "B"), new Row(3, "c")))).isZero();
    }

    @Test
    void an_added_removed_or_moved_row_sends_the_whole_list() {
        rows.show(List.of(new Row(1, "a"), new Row(2, "b")));
        assertThat(rows.show(List.of(new Row(1, "a"), new Row(2, "b"), new Row(3, "c")))).isEqualTo(3);
        assertThat(rows.show(List.of(new Row(3, "c"), new Row(1, "a"), new Row(2, "b")))).isEqualTo(3);
        assertThat(shown()).containsExactly(new Row(3, "c"), new Row(1, "a"), new Row(2, "b"));
        assertThat(rows.show(List.of(new Row(1, "a")))).isEqualTo(1);
        assertThat(shown()).containsExactly(new Row(1, "a"));
        assertThat(rows.show(List.of())).isZero();
        assertThat(shown()).isEmpty();
    }
}
