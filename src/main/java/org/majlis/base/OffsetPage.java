package org.majlis.base;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * A {@link Pageable} by offset and limit, for lazy lists whose client asks for any range (a Vaadin virtual list asks
 * for rows 37–86, not for "page 2"). The query's own {@code order by} decides the order.
 */
public record OffsetPage(long offset, int limit) implements Pageable {

    public OffsetPage {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset " + offset + ", limit " + limit);
        }
    }

    @Override
    public int getPageNumber() {
        return Math.toIntExact(offset / limit);
    }

    @Override
    public int getPageSize() {
        return limit;
    }

    @Override
    public long getOffset() {
        return offset;
    }

    @Override
    public Sort getSort() {
        return Sort.unsorted();
    }

    @Override
    public Pageable next() {
        return new OffsetPage(offset + limit, limit);
    }

    @Override
    public Pageable previousOrFirst() {
        return offset < limit ? first() : new OffsetPage(offset - limit, limit);
    }

    @Override
    public Pageable first() {
        return new OffsetPage(0, limit);
    }

    @Override
    public Pageable withPage(int pageNumber) {
        return new OffsetPage((long) pageNumber * limit, limit);
    }

    @Override
    public boolean hasPrevious() {
        return offset > 0;
    }
}
