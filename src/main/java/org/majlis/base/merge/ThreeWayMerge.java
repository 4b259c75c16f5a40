package org.majlis.base.merge;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A stale save, seen field by field: what the user started from ({@code base}), what is saved now ({@code current})
 * and what the user wanted to save ({@code mine}). Shared by every conflict dialog (matrix entries, room reports):
 * the others' changes, the fields both changed to different values, and the merge the user chooses.
 *
 * @param fields every field of the content, in the order they are shown
 */
public record ThreeWayMerge<T, F extends MergeField<T>>(T base, T current, T mine, List<F> fields) {

    public ThreeWayMerge {
        fields = List.copyOf(fields);
    }

    /** The fields whose values differ between two contents, in field order. */
    public static <T, F extends MergeField<T>> List<F> changed(List<F> fields, T before, T after) {
        return fields.stream().filter(f -> !Objects.equals(f.get(before), f.get(after))).toList();
    }

    /** Fields the others changed since the user loaded the content. */
    public List<F> changedByOthers() {
        return changed(fields, base, current);
    }

    /** Fields the user changed. */
    public List<F> changedByMe() {
        return changed(fields, base, mine);
    }

    /** Fields that both the others and this user changed, to different values: these need a choice. */
    public List<F> conflicting() {
        var mineChanged = changedByMe();
        return changedByOthers().stream()
                .filter(mineChanged::contains)
                .filter(f -> !Objects.equals(f.get(current), f.get(mine)))
                .toList();
    }

    /** The fields where what is saved now differs from what the user wants to save: the merge's choices. */
    public List<F> differing() {
        return changed(fields, current, mine);
    }

    /** What is saved now with the user's value taken for every field {@code takeMine} accepts. */
    public T merge(Predicate<F> takeMine) {
        var merged = current;
        for (var field : differing()) {
            if (takeMine.test(field)) {
                merged = field.copy(merged, mine);
            }
        }
        return merged;
    }

    /** The default choice: theirs where the others changed a field, mine elsewhere. */
    public T mergeKeepingTheirs() {
        var others = changedByOthers();
        return merge(field -> !others.contains(field));
    }
}
