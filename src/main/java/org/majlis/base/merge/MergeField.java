package org.majlis.base.merge;

import org.jspecify.annotations.Nullable;

/**
 * One field of something people edit together (a matrix entry's French title, a report's Arabic summary of item 3):
 * what a difference between two versions lists and what a merge takes from one side or the other.
 *
 * @param <T> the content the field belongs to (an immutable record)
 */
public interface MergeField<T> {

    /** The field's value in a content, compared with {@code equals}. */
    @Nullable Object get(T content);

    /** {@code target} with this field's value taken from {@code source}. */
    T copy(T target, T source);
}
