package org.openasc.platform.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A closed set of values written as an enum: the constant's name is what the record keeps and the API sends, and its
 * label the words pages show ("NOT_GRANTED" is "Not granted" unless the enum words it otherwise).
 */
public interface Labelled {

    String name();

    default String label() {
        String words = name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** Whether a kept value is this one. */
    default boolean is(String kept) {
        return name().equals(kept);
    }

    /** The constant a value names, in any case and with spaces around it; null when it names none. */
    static <E extends Enum<E> & Labelled> E parse(Class<E> type, String given) {
        String name = given == null ? "" : given.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst().orElse(null);
    }

    /** The constant a value names exactly, as the record keeps it; null when it names none. */
    static <E extends Enum<E> & Labelled> E of(Class<E> type, String kept) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.is(kept)).findFirst().orElse(null);
    }

    /** The words for a kept value, or null when there is none. */
    static <E extends Enum<E> & Labelled> String labelOf(Class<E> type, String kept) {
        E value = of(type, kept);
        return value == null ? null : value.label();
    }

    /** Every value as a choice on a form, in the enum's order. */
    static <E extends Enum<E> & Labelled> List<Choice> choices(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(e -> new Choice(e.name(), e.label())).toList();
    }
}
