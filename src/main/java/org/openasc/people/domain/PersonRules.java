package org.openasc.people.domain;

import org.openasc.platform.identity.NhsNumber;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;

import org.openasc.platform.address.Postcode;
import org.openasc.people.PersonDetails;
import org.openasc.platform.codelist.CodeLists;
import org.openasc.platform.web.FieldProblem;
import org.openasc.platform.web.InvalidInput;

/**
 * Checks a person's details before anything is saved and puts them in their stored form:
 * NHS number digits only, postcode in standard form, names trimmed, values from the code lists.
 */
public final class PersonRules {

    static final int MAX_NAME = 100;
    static final int MAX_TEXT = 200;
    static final int MAX_NOTES = 2000;
    static final LocalDate EARLIEST_BIRTH = LocalDate.of(1890, 1, 1);

    private PersonRules() {
    }

    /** Valid, normalised details, or {@link InvalidInput} listing every problem at once. */
    public static ValidPerson check(PersonDetails d, LocalDate today, CodeLists codes) {
        List<FieldProblem> problems = new ArrayList<>();
        String given = required(d.givenName(), "givenName", "Enter the person's given name", problems);
        String family = required(d.familyName(), "familyName", "Enter the person's family name", problems);
        String preferred = optional(d.preferredName(), "preferredName", "Preferred name", MAX_NAME, problems);

        if (d.dateOfBirth() != null) {
            if (d.dateOfBirth().isAfter(today)) {
                problems.add(new FieldProblem("dateOfBirth", "Date of birth must be today or in the past"));
            } else if (d.dateOfBirth().isBefore(EARLIEST_BIRTH)) {
                problems.add(new FieldProblem("dateOfBirth", "Date of birth must be after 1 January 1890: check the year"));
            }
        }
        if (d.dateOfDeath() != null) {
            if (d.dateOfDeath().isAfter(today)) {
                problems.add(new FieldProblem("dateOfDeath", "Date of death must be today or in the past"));
            } else if (d.dateOfBirth() != null && d.dateOfDeath().isBefore(d.dateOfBirth())) {
                problems.add(new FieldProblem("dateOfDeath", "Date of death must be the same as or after the date of birth"));
            }
        }

        String nhs = NhsNumber.normalise(d.nhsNumber()).orElse(null);
        if (nhs != null) {
            NhsNumber.problem(nhs).ifPresent(p -> problems.add(new FieldProblem("nhsNumber", p)));
        }
        String postcode = null;
        if (d.postcode() != null && !d.postcode().isBlank()) {
            postcode = Postcode.normalise(d.postcode()).orElse(null);
            if (postcode == null) {
                problems.add(new FieldProblem("postcode", "Enter a real UK postcode, like LE1 7RH"));
            }
        }

        String gender = coded(d.gender(), "gender", "gender", codes, problems);
        String ethnicity = coded(d.ethnicity(), "ethnicity", "ethnicity", codes, problems);
        String accommodation = coded(d.accommodationStatus(), "accommodation-status", "accommodationStatus", codes, problems);
        String employment = coded(d.employmentStatus(), "employment-status", "employmentStatus", codes, problems);
        String psr = coded(d.primarySupportReason(), "primary-support-reason", "primarySupportReason", codes, problems);
        String carer = coded(d.hasUnpaidCarer(), "has-unpaid-carer", "hasUnpaidCarer", codes, problems);
        String autism = coded(d.autism(), "autism", "autism", codes, problems);
        String visual = coded(d.visualImpairment(), "visual-impairment", "visualImpairment", codes, problems);
        String hearing = coded(d.hearingImpairment(), "hearing-impairment", "hearingImpairment", codes, problems);
        String dementia = coded(d.dementia(), "dementia", "dementia", codes, problems);
        checkFrom(d.accommodationStatusFrom(), "accommodationStatusFrom", d.dateOfBirth(), today, problems);
        checkFrom(d.employmentStatusFrom(), "employmentStatusFrom", d.dateOfBirth(), today, problems);

        List<String> needs = new ArrayList<>(new LinkedHashSet<>(d.communicationNeeds() == null ? List.of() : d.communicationNeeds()));
        needs.removeIf(n -> n == null || n.isBlank());
        for (String need : needs) {
            if (!codes.isValid("communication-need", need)) {
                problems.add(new FieldProblem("communicationNeeds", codes.notOnList("communication-need", "communication needs")));
                break;
            }
        }

        String email = optional(d.email(), "email", "Email address", MAX_TEXT, problems);
        if (email != null && !email.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
            problems.add(new FieldProblem("email", "Enter an email address in the correct format, like name@example.com"));
        }
        String phone = optional(d.phone(), "phone", "Phone number", 30, problems);
        if (phone != null && !phone.matches("^[0-9+()\\- ]{6,30}$")) {
            problems.add(new FieldProblem("phone", "Enter a phone number using digits, spaces and + ( ) - only, like 0116 305 0004"));
        }

        ValidPerson valid = new ValidPerson(given, family, preferred, d.dateOfBirth(), d.dateOfDeath(), nhs, gender, ethnicity,
                optional(d.addressLine1(), "addressLine1", "Address line 1", MAX_TEXT, problems),
                optional(d.addressLine2(), "addressLine2", "Address line 2", MAX_TEXT, problems),
                optional(d.town(), "town", "Town or city", MAX_NAME, problems), postcode,
                optionalCode(d.gpPracticeCode(), problems),
                optional(d.gpPracticeName(), "gpPracticeName", "GP practice name", MAX_TEXT, problems),
                optional(d.preferredLanguage(), "preferredLanguage", "Preferred language", MAX_NAME, problems),
                List.copyOf(needs),
                optional(d.communicationNotes(), "communicationNotes", "Communication needs notes", MAX_NOTES, problems),
                phone, email,
                accommodation, d.accommodationStatusFrom() == null ? today : d.accommodationStatusFrom(),
                employment, d.employmentStatusFrom() == null ? today : d.employmentStatusFrom(),
                psr, carer, autism, visual, hearing, dementia);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return valid;
    }

    private static String optionalCode(String code, List<FieldProblem> problems) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String trimmed = code.trim().toUpperCase();
        if (!trimmed.matches("^[A-Z][0-9]{5}$")) {
            problems.add(new FieldProblem("gpPracticeCode", "Enter the GP practice code as a letter and 5 digits, like C82001"));
        }
        return trimmed;
    }

    private static void checkFrom(LocalDate from, String field, LocalDate birth, LocalDate today, List<FieldProblem> problems) {
        if (from == null) {
            return;
        }
        if (from.isAfter(today)) {
            problems.add(new FieldProblem(field, "The date this started must be today or in the past"));
        } else if (birth != null && from.isBefore(birth)) {
            problems.add(new FieldProblem(field, "The date this started must be after the date of birth"));
        }
    }

    private static String required(String value, String field, String message, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, message));
            return null;
        }
        return limit(value.strip(), field, field.equals("givenName") ? "Given name" : "Family name", MAX_NAME, problems::add);
    }

    private static String optional(String value, String field, String label, int max, List<FieldProblem> problems) {
        return value == null || value.isBlank() ? null : limit(value.strip(), field, label, max, problems::add);
    }

    private static String limit(String value, String field, String label, int max, Consumer<FieldProblem> problems) {
        if (value.length() > max) {
            problems.accept(new FieldProblem(field, label + " must be " + max + " characters or fewer"));
        }
        return value;
    }

    private static String coded(String value, String list, String field, CodeLists codes, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!codes.isValid(list, value)) {
            problems.add(new FieldProblem(field, codes.notOnList(list, words(field))));
        }
        return value;
    }

    private static String words(String field) {
        return field.replaceAll("([A-Z])", " $1").toLowerCase();
    }
}
