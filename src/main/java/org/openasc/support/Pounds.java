package org.openasc.support;

import java.math.BigDecimal;
import java.util.List;

import org.openasc.platform.web.FieldProblem;

/** Amounts of money as care and support takes them: pounds and pence, not negative, below a ceiling. */
final class Pounds {

    private Pounds() {
    }

    /** The amount to two decimal places, or null with the problem added. */
    static BigDecimal check(BigDecimal amount, String field, String what, BigDecimal max, boolean zeroAllowed, List<FieldProblem> problems) {
        if (amount == null) {
            problems.add(new FieldProblem(field, "Enter " + what + " in pounds, like 21.50"));
            return null;
        }
        if (amount.signum() < 0 || (!zeroAllowed && amount.signum() == 0)) {
            problems.add(new FieldProblem(field, capital(what) + " must be " + (zeroAllowed ? "zero or more" : "more than zero")));
            return null;
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            problems.add(new FieldProblem(field, capital(what) + " must be in pounds and pence, with at most 2 decimal places"));
            return null;
        }
        if (amount.compareTo(max) > 0) {
            problems.add(new FieldProblem(field, capital(what) + " must be £" + max.toPlainString() + " or less"));
            return null;
        }
        return amount.setScale(2);
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
