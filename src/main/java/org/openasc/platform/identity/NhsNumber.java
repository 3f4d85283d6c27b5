package org.openasc.platform.identity;

import java.util.Optional;

/** The NHS number rule: ten digits whose last is the Modulus 11 check digit of the first nine. */
public final class NhsNumber {

    private NhsNumber() {
    }

    /** The digits alone, with spaces and hyphens removed, or empty if the input is blank. */
    public static Optional<String> normalise(String input) {
        if (input == null || input.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(input.replaceAll("[\\s-]", ""));
    }

    /** Why a normalised NHS number is not valid, or empty if it is. */
    public static Optional<String> problem(String digits) {
        if (!digits.matches("[0-9]+")) {
            return Optional.of("NHS number must contain only digits (spaces are allowed)");
        }
        if (digits.length() != 10) {
            return Optional.of("NHS number must be 10 digits, like 943 476 5919");
        }
        if (!checkDigitMatches(digits)) {
            return Optional.of("NHS number is not valid: check each digit against the person's NHS card or letter");
        }
        return Optional.empty();
    }

    public static boolean checkDigitMatches(String digits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits.charAt(9) - '0';
    }

    /** Shown as 3-3-4 digits, the way it is printed on NHS letters. */
    public static String display(String digits) {
        return digits == null || digits.length() != 10 ? digits
                : digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6);
    }
}
