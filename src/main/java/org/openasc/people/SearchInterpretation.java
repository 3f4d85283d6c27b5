package org.openasc.people;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openasc.platform.identity.NhsNumber;
import org.openasc.people.domain.PersonStore;
import org.openasc.platform.address.Postcode;
import org.openasc.people.domain.SearchName;
import org.openasc.platform.web.FieldProblem;
import org.openasc.platform.web.InvalidInput;

/**
 * Reads the single search box the way a front-door officer types into it: ten digits are an
 * NHS number, a shorter number is a council person ID, dd/mm/yyyy is a date of birth, a
 * postcode is a postcode, and anything else is a name (optionally followed by a date of birth).
 */
final class SearchInterpretation {

    private static final Pattern DATE_WITH_NAME = Pattern.compile("(.*\\p{L}.*?)\\s+([0-9]{1,2}/[0-9]{1,2}/[0-9]{4})");
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private SearchInterpretation() {
    }

    static PersonStore.Criteria of(PersonSearch search) {
        List<FieldProblem> problems = new ArrayList<>();
        String text = search.text() == null ? "" : search.text().strip();
        String nhs = NhsNumber.normalise(search.nhsNumber()).orElse(null);
        Long personNumber = null;
        LocalDate dateOfBirth = search.dateOfBirth();
        String postcode = null;
        List<String> words = List.of();

        // "Smith 27/3/1948": a date typed after a name narrows the name search to that date of birth.
        Matcher dated = DATE_WITH_NAME.matcher(text);
        if (dated.matches()) {
            dateOfBirth = ukDate(dated.group(2)).orElse(null);
            if (dateOfBirth == null) {
                problems.add(new FieldProblem("q", "Enter a real date of birth, like 27/3/1948"));
            }
            text = dated.group(1).strip();
        }
        String digits = text.replaceAll("[\\s-]", "");
        if (!text.isEmpty() && digits.matches("[0-9]{10}")) {
            nhs = digits;
        } else if (!text.isEmpty() && digits.matches("[0-9]{1,9}")) {
            personNumber = Long.parseLong(digits);
        } else if (text.matches("[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}")) {
            dateOfBirth = ukDate(text).orElse(null);
            if (dateOfBirth == null) {
                problems.add(new FieldProblem("q", "Enter a real date of birth, like 27/3/1948"));
            }
        } else if (Postcode.looksLikePostcode(text)) {
            postcode = Postcode.normalise(text).orElseThrow();
        } else if (!text.isEmpty()) {
            words = SearchName.words(text);
            if (words.isEmpty()) {
                problems.add(new FieldProblem("q", "Enter letters of a name, or a number, date or postcode"));
            } else if (text.length() > 100) {
                problems.add(new FieldProblem("q", "Search text must be 100 characters or fewer"));
            }
        }
        if (nhs != null && !nhs.matches("[0-9]{10}")) {
            problems.add(new FieldProblem("nhsNumber", "NHS number must be 10 digits"));
        }
        if (search.postcode() != null && !search.postcode().isBlank()) {
            postcode = Postcode.normalise(search.postcode()).orElse(null);
            if (postcode == null) {
                problems.add(new FieldProblem("postcode", "Enter a real UK postcode, like LE1 7RH"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new PersonStore.Criteria(words, nhs, personNumber, dateOfBirth, postcode);
    }

    /** A short description of the search for the audit trail. */
    static String describe(PersonSearch search) {
        List<String> parts = new ArrayList<>();
        if (search.text() != null && !search.text().isBlank()) {
            parts.add("text \"" + search.text().strip() + "\"");
        }
        if (search.nhsNumber() != null && !search.nhsNumber().isBlank()) {
            parts.add("NHS number");
        }
        if (search.dateOfBirth() != null) {
            parts.add("date of birth");
        }
        if (search.postcode() != null && !search.postcode().isBlank()) {
            parts.add("postcode");
        }
        return "Searched by " + String.join(", ", parts);
    }

    private static Optional<LocalDate> ukDate(String text) {
        try {
            return Optional.of(LocalDate.parse(text, UK_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
