package org.openasc.frontdoor.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.openasc.frontdoor.NewContact;
import org.openasc.platform.web.DateParts;
import org.openasc.platform.web.FieldProblem;

/** The contact form as typed; blank date and time mean "now". */
record ContactForm(String receivedAtDay, String receivedAtMonth, String receivedAtYear, String receivedTime, String channel,
                   String source, String contactName, String contactPhone, String personId, String unknownPerson, String reason,
                   String outcome, String signpostedTo, String passedTo, String clientType, String routeOfAccess) {

    private static final java.util.regex.Pattern TIME = java.util.regex.Pattern.compile("([01]?\\d|2[0-3])[:.]([0-5]\\d)");

    static ContactForm about(UUID personId) {
        return new ContactForm(null, null, null, null, null, null, null, null, personId == null ? null : personId.toString(),
                null, null, null, null, null, "Service user", null);
    }

    NewContact toContact(List<FieldProblem> problems) {
        LocalDate date = DateParts.read("receivedAt", "The date of the contact", receivedAtDay, receivedAtMonth, receivedAtYear, problems);
        LocalTime time = null;
        if (receivedTime != null && !receivedTime.isBlank()) {
            java.util.regex.Matcher m = TIME.matcher(receivedTime.strip());
            if (m.matches()) {
                time = LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            } else {
                problems.add(new FieldProblem("receivedTime", "Enter the time on the 24-hour clock, like 14:05"));
            }
        }
        if (date == null && time != null) {
            problems.add(new FieldProblem("receivedAt", "Enter the date of the contact as well as the time"));
        }
        LocalDateTime at = date == null ? null : date.atTime(time == null ? LocalTime.of(9, 0) : time);
        UUID person = null;
        if (personId != null && !personId.isBlank()) {
            try {
                person = UUID.fromString(personId.strip());
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("personId", "Choose the person from their record"));
            }
        }
        return new NewContact(at, channel, source, contactName, contactPhone, person, unknownPerson, reason, outcome, signpostedTo,
                passedTo, blank(clientType), blank(routeOfAccess));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
