package org.openasc.returns.domain;

import static org.openasc.returns.domain.CldFields.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.openasc.platform.codelist.CodeLists;
import org.openasc.platform.identity.NhsNumber;

/**
 * DHSC's data-quality rules for a Client Level Data file, field by field: whether a field is mandatory for the row's
 * event and client type (the DQ framework's "Failed: Blank (Mandatory)"), whether a value is valid (a code spelt
 * exactly as the list has it, a dd/mm/yyyy date, a number that fits numeric(18,2), an NHS number whose check digit
 * holds), and the rules across fields: dates in order and not after death, events in the reporting period, service
 * users aged 18 or over, one person to one pair of identifiers. The same rules check the file OpenASC writes and a
 * file brought in from another system.
 */
@org.springframework.modulith.NamedInterface("cld")
public final class CldRules {

    /** A rule broken by one row: {@code row} is the file's line (the header is line 1). */
    public record Failure(String rule, String field, long row, String eventRef, String message) {
    }

    public static final String MANDATORY = "Mandatory field blank";
    public static final String NOT_ON_LIST = "Not on the code list";
    public static final String NOT_A_DATE = "Not a date (dd/mm/yyyy)";
    public static final String NOT_A_NUMBER = "Not a number";
    public static final String NHS_CHECK = "NHS number not valid";
    public static final String DATE_ORDER = "End before start";
    public static final String AFTER_DEATH = "Event after death";
    public static final String UNDER_18 = "Aged under 18";
    public static final String OUT_OF_PERIOD = "Outside the reporting period";
    public static final String IDENTIFIERS = "Identifiers disagree";
    public static final String PERIOD_MISMATCH = "Not the file's reporting period";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final String CKBA = "Unpaid carer known by association";
    private static final Set<String> SHORT_TERM_COSTED = Set.of("Short Term Residential Care", "Short Term Nursing Care", "Carer Respite",
            "Short term residential care", "Short term nursing care", "Unpaid carer respite");

    private final CodeLists codes;

    public CldRules(CodeLists codes) {
        this.codes = codes;
    }

    /** Every failure in the rows (each in {@link CldFields#HEADER} order), the first line of data being line 2. */
    public List<Failure> check(List<String[]> rows, LocalDate periodStart, LocalDate periodEnd) {
        List<Failure> failures = new ArrayList<>();
        Map<String, Set<String>> nhsByPerson = new HashMap<>();
        Map<String, Set<String>> personByNhs = new HashMap<>();
        for (String[] row : rows) {
            String person = value(row, PERSON_ID);
            String nhs = value(row, NHS_NUMBER);
            if (person != null && nhs != null) {
                nhsByPerson.computeIfAbsent(person, k -> new HashSet<>()).add(nhs);
                personByNhs.computeIfAbsent(nhs, k -> new HashSet<>()).add(person);
            }
        }
        long line = 1;
        for (String[] row : rows) {
            line++;
            Row r = new Row(row, line, failures);
            mandatory(r, periodEnd);
            valid(r);
            across(r, periodStart, periodEnd);
            String person = r.get(PERSON_ID);
            String nhs = r.get(NHS_NUMBER);
            if (person != null && nhs != null && (nhsByPerson.get(person).size() > 1 || personByNhs.get(nhs).size() > 1)) {
                r.fail(IDENTIFIERS, PERSON_ID, "LA person ID " + person + " and NHS number " + nhs
                        + " are paired differently on other rows: one person must have one of each");
            }
        }
        return failures;
    }

    private void mandatory(Row r, LocalDate periodEnd) {
        for (String f : List.of(PERIOD_START, PERIOD_END, NHS_NUMBER, PERSON_ID, GENDER, ETHNICITY, DATE_OF_BIRTH, CLIENT_TYPE, POSTCODE,
                ACCOMMODATION, HAS_CARER)) {
            r.required(f, true);
        }
        boolean ckba = CKBA.equals(r.get(CLIENT_TYPE));
        boolean serviceUser = "Service user".equals(r.get(CLIENT_TYPE));
        String type = r.get(EVENT_TYPE);
        boolean financial = "Financial assessment".equals(r.get(ASSESSMENT_TYPE));
        r.required(SUPPORT_REASON, !ckba && !"Request".equals(type));
        r.required(EMPLOYMENT, serviceUser && "Learning disability support".equals(r.get(SUPPORT_REASON)) && workingAge(r.get(DATE_OF_BIRTH), periodEnd));
        r.required(FUNDING, serviceUser && ("Service".equals(type) || "Review".equals(type) || financial));
        r.required(EVENT_TYPE, !ckba);
        r.required(EVENT_START, !ckba);
        r.required(EVENT_END, !ckba && (!"Service".equals(type) || r.get(DATE_OF_DEATH) != null));
        r.required(EVENT_OUTCOME, !ckba && !financial && r.get(EVENT_END) != null);
        r.required(ROUTE_OF_ACCESS, "Request".equals(type));
        r.required(ASSESSMENT_TYPE, "Assessment".equals(type));
        r.required(ASSESSMENT_METHOD, "Assessment".equals(type) && !financial);
        r.required(SERVICE_TYPE, "Service".equals(type));
        r.required(SERVICE_COMPONENT, "Service".equals(type));
        r.required(REVIEW_REASON, "Review".equals(type));
        r.required(REVIEW_METHOD, "Review".equals(type));
        r.required(REVIEW_OUTCOMES, "Review".equals(type) && r.get(REVIEW_REASON) != null && r.get(REVIEW_REASON).startsWith("Planned"));
        String serviceType = r.get(SERVICE_TYPE);
        boolean costed = "Service".equals(type) && !"CASSR commissioned support".equals(r.get(DELIVERY_MECHANISM)) && serviceType != null
                && (serviceType.startsWith("Long term support") || serviceType.startsWith("Unpaid carer support")
                || SHORT_TERM_COSTED.contains(r.get(SERVICE_COMPONENT)));
        r.required(UNIT_COST, costed);
        r.required(COST_FREQUENCY, costed);
        r.required(PLANNED_UNITS, costed);
    }

    private void valid(Row r) {
        LISTS.forEach((field, list) -> {
            String v = r.get(field);
            if (v != null && !codes.isValid(list, v)) {
                r.fail(NOT_ON_LIST, field, "'" + v + "' is not on the " + field + " list (spellings and capitals must match exactly)");
            }
        });
        for (String f : List.of(PERIOD_START, PERIOD_END, DATE_OF_BIRTH, DATE_OF_DEATH, EVENT_START, EVENT_END)) {
            if (r.get(f) != null && date(r.get(f)) == null) {
                r.fail(NOT_A_DATE, f, "'" + r.get(f) + "' is not a date written dd/mm/yyyy");
            }
        }
        for (String f : List.of(UNIT_COST, PLANNED_UNITS, HOURS_CARING, ADULTS_CARED_FOR)) {
            String v = r.get(f);
            if (v != null && !number(v)) {
                r.fail(NOT_A_NUMBER, f, "'" + v + "' is not a number of at most 16 digits and 2 decimal places, 0 or more");
            }
        }
        String nhs = r.get(NHS_NUMBER);
        if (nhs != null && (!nhs.matches("[0-9]{10}") || !NhsNumber.checkDigitMatches(nhs))) {
            r.fail(NHS_CHECK, NHS_NUMBER, "'" + nhs + "' is not a valid NHS number: 10 digits with the modulus 11 check digit");
        }
    }

    private void across(Row r, LocalDate periodStart, LocalDate periodEnd) {
        LocalDate start = date(r.get(EVENT_START));
        LocalDate end = date(r.get(EVENT_END));
        LocalDate death = date(r.get(DATE_OF_DEATH));
        LocalDate birth = date(r.get(DATE_OF_BIRTH));
        if (!same(r.get(PERIOD_START), periodStart) || !same(r.get(PERIOD_END), periodEnd)) {
            r.fail(PERIOD_MISMATCH, PERIOD_START, "The reporting period must be " + DATE.format(periodStart) + " to " + DATE.format(periodEnd));
        }
        if (start != null && end != null && end.isBefore(start)) {
            r.fail(DATE_ORDER, EVENT_END, "The event ends (" + r.get(EVENT_END) + ") before it starts (" + r.get(EVENT_START) + ")");
        }
        if (death != null && start != null && start.isAfter(death)) {
            r.fail(AFTER_DEATH, EVENT_START, "The event starts after the person's death on " + r.get(DATE_OF_DEATH));
        } else if (death != null && end != null && end.isAfter(death)) {
            r.fail(AFTER_DEATH, EVENT_END, "The event ends after the person's death on " + r.get(DATE_OF_DEATH));
        }
        if (birth != null && death != null && death.isBefore(birth)) {
            r.fail(DATE_ORDER, DATE_OF_DEATH, "The date of death is before the date of birth");
        }
        if (birth != null && start != null && "Service user".equals(r.get(CLIENT_TYPE)) && Period.between(birth, start).getYears() < 18) {
            r.fail(UNDER_18, DATE_OF_BIRTH, "The person was under 18 when the event started: CLD counts adults only");
        }
        String type = r.get(EVENT_TYPE);
        if (start != null && start.isAfter(periodEnd)) {
            r.fail(OUT_OF_PERIOD, EVENT_START, "The event starts after the reporting period ends");
        } else if ("Service".equals(type) ? end != null && end.isBefore(periodStart)
                : end != null && (end.isBefore(periodStart) || end.isAfter(periodEnd))) {
            r.fail(OUT_OF_PERIOD, EVENT_END, "Service".equals(type) ? "The service ended before the reporting period"
                    : "A request, assessment or review is sent when it ends in the reporting period");
        }
    }

    private static boolean workingAge(String dateOfBirth, LocalDate periodEnd) {
        LocalDate birth = date(dateOfBirth);
        if (birth == null) {
            return false;
        }
        int age = Period.between(birth, periodEnd).getYears();
        return age >= 18 && age <= 64;
    }

    private static boolean same(String text, LocalDate date) {
        return text == null || date.equals(date(text));
    }

    /** A dd/mm/yyyy date, or null when the text is not one. */
    public static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text, DATE);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    public static String format(LocalDate date) {
        return date == null ? null : DATE.format(date);
    }

    private static boolean number(String text) {
        try {
            BigDecimal n = new BigDecimal(text);
            return n.signum() >= 0 && n.scale() <= 2 && n.precision() - n.scale() <= 16;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    public static String value(String[] row, String column) {
        String v = row[CldFields.index(column)];
        return v == null || v.isBlank() ? null : v;
    }

    /** One row being checked, collecting its failures. */
    private record Row(String[] values, long line, List<Failure> failures) {

        String get(String column) {
            return value(values, column);
        }

        void required(String column, boolean mandatory) {
            if (mandatory && get(column) == null) {
                fail(MANDATORY, column, column + " is mandatory on this row");
            }
        }

        void fail(String rule, String field, String message) {
            failures.add(new Failure(rule, field, line, get(EVENT_REFERENCE), message));
        }
    }

    /** Whether any failure matches. */
    public static boolean any(List<Failure> failures, Predicate<Failure> which) {
        return failures.stream().anyMatch(which);
    }
}
