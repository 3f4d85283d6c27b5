package org.openasc.platform.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;


/** A submitted form read field by field; what cannot be read becomes a problem with that field, in the person's words. */
public final class FormFields {

    private final Map<String, String> values;
    private final List<FieldProblem> problems = new ArrayList<>();
    private final Map<String, String> aliases = new java.util.HashMap<>();

    public FormFields(Map<String, String> values) {
        this.values = values;
    }

    /** The service's field {@code serviceField} is shown on this form as {@code formField} (a date and a time making one instant, say). */
    public FormFields alias(String serviceField, String formField) {
        aliases.put(serviceField, formField);
        return this;
    }

    /** The service's problems renamed to this form's fields. */
    public List<FieldProblem> onThisForm(List<FieldProblem> serviceProblems) {
        return serviceProblems.stream().map(p -> aliases.containsKey(p.field()) ? new FieldProblem(aliases.get(p.field()), p.message()) : p).toList();
    }

    public Map<String, String> values() {
        return values;
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    public String text(String name) {
        String v = values.get(name);
        return v == null || v.isBlank() ? null : v;
    }

    public LocalDate date(String name, String label) {
        return DateParts.read(name, label, values.get(name + "Day"), values.get(name + "Month"), values.get(name + "Year"), problems);
    }

    /** Pounds or a count with decimals, like 21.50; a £ sign and commas are allowed. */
    public BigDecimal decimal(String name, String what) {
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

    public Long id(String name) {
        String v = text(name);
        try {
            return v == null ? null : Long.valueOf(v.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public Integer integer(String name) {
        Long v = id(name);
        return v == null ? null : v.intValue();
    }

    public UUID uuid(String name) {
        String v = text(name);
        try {
            return v == null ? null : UUID.fromString(v.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public boolean yes(String name) {
        return "true".equals(values.get(name)) || "yes".equals(values.get(name));
    }
}
