package org.openasc.platform.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Collects what is wrong with a request, field by field, so every problem is reported at once and nothing is kept. */
public final class FieldChecks {

    private final List<FieldProblem> problems = new ArrayList<>();

    /** Text as it is kept: without surrounding spaces, and null when nothing but spaces was given. */
    public static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * Text checked into a service's own list of problems: "Enter {@code what}" when required and blank, and "What must be
     * {@code max} characters or fewer" when too long.
     */
    public static void text(String value, String field, String what, int max, boolean required, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new FieldProblem(field, "Enter " + what));
            }
        } else if (value.length() > max) {
            problems.add(new FieldProblem(field, Character.toUpperCase(what.charAt(0)) + what.substring(1) + " must be " + max + " characters or fewer"));
        }
    }

    /** Refuses the request with every problem in the list, if there is one. */
    public static void refuse(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    /** Required text of at most {@code max} characters; {@code what} completes "Enter ...". */
    public FieldChecks text(String value, String field, String what, int max) {
        if (value == null || value.isBlank()) {
            add(field, "Enter " + what);
        } else if (value.strip().length() > max) {
            add(field, "Enter " + what + " in " + max + " characters or fewer");
        }
        return this;
    }

    /** One of a list of codes, spelt exactly. */
    public FieldChecks oneOf(String value, String field, Collection<String> allowed) {
        if (value == null || !allowed.contains(value)) {
            add(field, "Choose one of " + String.join(", ", allowed));
        }
        return this;
    }

    public FieldChecks add(String field, String message) {
        problems.add(new FieldProblem(field, message));
        return this;
    }

    public boolean has(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** Refuses the request with every problem found so far. */
    public void orRefuse() {
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
