package org.openasc.platform.web;

import java.util.List;
import java.util.function.Function;

/** One page of a list, numbered from 1, as the API returns lists: items, page, size, total. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public long pages() {
        return size == 0 ? 0 : (total + size - 1) / size;
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }

    public long firstItem() {
        return total == 0 ? 0 : (long) (page - 1) * size + 1;
    }

    public long lastItem() {
        return Math.min((long) page * size, total);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }

    /** Keeps page numbers and sizes within sensible bounds whatever a caller asks for. */
    /** A whole list as one page, for lists short enough never to need paging (measures, targets, groups). */
    public static <T> Page<T> whole(List<T> items) {
        return new Page<>(List.copyOf(items), 1, items.size(), items.size());
    }

    public static int pageNumber(Integer requested) {
        return requested == null || requested < 1 ? 1 : Math.min(requested, 100_000);
    }

    public static int pageSize(Integer requested, int fallback) {
        return requested == null || requested < 1 ? fallback : Math.min(requested, 100);
    }
}
