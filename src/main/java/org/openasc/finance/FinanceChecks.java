package org.openasc.finance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.openasc.platform.web.FieldProblem;
import org.openasc.platform.web.InvalidInput;

/** Collects what is wrong with a request, field by field, and refuses it whole. */
final class FinanceChecks {

    private static final BigDecimal LIMIT = new BigDecimal("1000000000000");

    private final List<FieldProblem> problems = new ArrayList<>();

    FinanceChecks text(String value, String field, String what, int max) {
        if (value == null || value.isBlank()) {
            add(field, "Enter " + what);
        } else if (value.length() > max) {
            add(field, "It must be " + max + " characters or fewer");
        }
        return this;
    }

    FinanceChecks amount(BigDecimal value, String field, String what) {
        if (value == null) {
            add(field, "Enter " + what + " in pounds");
        } else if (value.abs().compareTo(LIMIT) >= 0 || value.scale() > 2 && value.stripTrailingZeros().scale() > 2) {
            add(field, "Enter " + what + " in pounds and pence, like 1250000.00");
        }
        return this;
    }

    FinancialYear year(Integer value, String field) {
        if (value == null || value < 2000 || value > 2100) {
            add(field, "Enter the financial year by the year it starts, like 2024 for 2024-25");
            return null;
        }
        return new FinancialYear(value);
    }

    FinanceChecks add(String field, String message) {
        problems.add(new FieldProblem(field, message));
        return this;
    }

    boolean has(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    void orRefuse() {
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
