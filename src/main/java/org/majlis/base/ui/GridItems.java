package org.majlis.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.ListDataProvider;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A grid's items kept by identity, so that a live update sends the browser only the rows that changed. When the
 * reloaded list has the same rows in the same order, each changed row is refreshed on its own; otherwise (a row
 * added, removed or moved) the grid gets the whole new list. Items are compared with {@code equals}, so records
 * whose content is unchanged are not sent again.
 */
public final class GridItems<T, I> {

    private final Grid<T> grid;
    private final Function<T, I> identity;
    private final List<T> items = new ArrayList<>();
    private final ListDataProvider<T> provider;

    public GridItems(Grid<T> grid, Function<T, I> identity) {
        this.grid = grid;
        this.identity = identity;
        this.provider = new ListDataProvider<>(items) {
            @Override
            public Object getId(T item) {
                return identity.apply(item);
            }
        };
        grid.setItems(provider);
    }

    /** Shows the fresh list, sending only what changed. Returns how many rows were sent again (for tests). */
    public int show(List<T> fresh) {
        if (!sameRows(fresh)) {
            items.clear();
            items.addAll(fresh);
            provider.refreshAll();
            return fresh.size();
        }
        var sent = 0;
        for (var i = 0; i < fresh.size(); i++) {
            var item = fresh.get(i);
            if (!item.equals(items.get(i))) {
                items.set(i, item);
                provider.refreshItem(item);
                sent++;
            }
        }
        return sent;
    }

    /** The items shown now, in their order. */
    public List<T> items() {
        return List.copyOf(items);
    }

    public Grid<T> grid() {
        return grid;
    }

    private boolean sameRows(List<T> fresh) {
        if (fresh.size() != items.size()) {
            return false;
        }
        for (var i = 0; i < fresh.size(); i++) {
            if (!Objects.equals(identity.apply(fresh.get(i)), identity.apply(items.get(i)))) {
                return false;
            }
        }
        return true;
    }
}
