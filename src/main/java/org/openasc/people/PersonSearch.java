package org.openasc.people;

import java.time.LocalDate;

/**
 * What staff search people by. {@code text} is the single search box: a name, an NHS number, a
 * council person ID, a date of birth (dd/mm/yyyy) or a postcode; the other fields narrow it.
 */
public record PersonSearch(String text, String nhsNumber, LocalDate dateOfBirth, String postcode) {

    public boolean isEmpty() {
        return blank(text) && blank(nhsNumber) && dateOfBirth == null && blank(postcode);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
