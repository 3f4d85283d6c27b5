package org.openasc.support.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.openasc.platform.web.DateParts;
import org.openasc.platform.web.FieldProblem;

/** A submitted form read field by field; what cannot be read becomes a problem with that field, in the person's words. */
final class Form {

    private final Map<String, String> values;
    private final List<FieldProblem> problems = new ArrayList<>();

    Form(Map<String, String> values) {
        this.values = values;
    }

    Map<String, String> values() {
        return values;
    }

    List<FieldProblem> problems() {
        return problems;
    }

    String text(String name) {
        String v = values.get(name);
        return v == null || v.isBlank() ? null : v;
    }

    LocalDate date(String name, String label) {
        return DateParts.read(name, label, values.get(name + "Day"), values.get(name + "Month"), values.get(name + "Year"), problems);
    }

    /** Pounds or a count with decimals, like 21.50; a £ sign and commas are allowed. */
    BigDecimal decimal(String name, String what) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        try {
            return new BigDecimal(v.strip().replace("£", "").replace(",", ""));
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(name, "Enter " + what + " as a number, like 21.50"));
            return null;
        }
    }

    Long id(String name) {
        String v = text(name);
        try {
            return v == null ? null : Long.valueOf(v.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    Integer integer(String name) {
        Long v = id(name);
        return v == null ? null : v.intValue();
    }

    UUID uuid(String name) {
        String v = text(name);
        try {
            return v == null ? null : UUID.fromString(v.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    boolean yes(String name) {
        return "true".equals(values.get(name)) || "yes".equals(values.get(name));
    }
}
