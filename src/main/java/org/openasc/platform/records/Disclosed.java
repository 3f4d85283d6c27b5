package org.openasc.platform.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.openasc.platform.web.DateDisplay;

/**
 * Builds one disclosed record the one way every module writes it: fields in reading order with days, moments and yes or no
 * in words, passages of free text, and whatever was never recorded left out.
 */
public final class Disclosed {

    private static final DateDisplay DATES = new DateDisplay();

    private final List<DisclosureSource.Field> fields = new ArrayList<>();
    private final List<DisclosureSource.Passage> passages = new ArrayList<>();

    public Disclosed field(String label, Object value) {
        String text = value instanceof LocalDate day ? DATES.day(day)
                : value instanceof Instant at ? DATES.at(at)
                : value instanceof Boolean yes ? (yes ? "Yes" : "No")
                : value == null ? null : value.toString();
        if (text != null && !text.isBlank()) {
            fields.add(new DisclosureSource.Field(label, text));
        }
        return this;
    }

    public Disclosed passage(String label, String text) {
        if (text != null && !text.isBlank()) {
            passages.add(new DisclosureSource.Passage(label, text));
        }
        return this;
    }

    public DisclosureSource.Item item(String title, LocalDate on) {
        return new DisclosureSource.Item(title, on, List.copyOf(fields), List.copyOf(passages));
    }
}
