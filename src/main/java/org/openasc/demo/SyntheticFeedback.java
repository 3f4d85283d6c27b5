package org.openasc.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.openasc.feedback.HistoricFeedback;

/**
 * Years of customer feedback for a synthetic council: complaints (most answered in time, some with a
 * longer period agreed, a few withdrawn, the newest still open, lessons from some upheld ones),
 * compliments, comments, MP and councillor enquiries, Ombudsman contacts and FOI requests, across the
 * four service areas and twelve themes. Deterministic for a seed.
 */
public final class SyntheticFeedback {

    public record Activity(List<HistoricFeedback.Complaint> complaints, List<HistoricFeedback.Item> items) {
    }

    private static final String[] AREAS = {"Adult Social Care", "Adult Social Care", "Adult Social Care", "Care & Support", "Care & Support",
            "Business Support & Resources", "Commissioning"};
    private static final String[] THEMES = {"Assessment Undertaken", "Bully/Racist Incident", "Safeguarding", "Confidentiality", "Financial/Funding",
            "Lack of Communication", "Lack of Communication", "Policies & Procedures", "Quality of Service", "Quality of Service",
            "Staff Attitude/Treatment of Customer", "Request for Service", "Lack of Action", "Other"};
    private static final String[] CHANNELS = {"Phone", "Email", "Letter", "Online form", "In person"};
    private static final String[] OUTCOMES = {"UPHELD", "PARTIALLY_UPHELD", "PARTIALLY_UPHELD", "NOT_UPHELD", "NOT_UPHELD"};
    private static final String[] CATEGORIES = {"Background information", "Reasons for decision", "Request for service", "Review of outcome"};
    private static final String[] OMBUDSMAN = {"PREMATURE", "OUTSIDE_JURISDICTION", "NOT_UPHELD", "FAULT_NO_INJUSTICE", "FAULT_INJUSTICE"};
    private static final String[] OFFICERS = {"Carol Relations", "Dev Investigator", "Sue Officer"};

    private SyntheticFeedback() {
    }

    public static Activity generate(LocalDate from, LocalDate to, int itemsPerYear, long seed) {
        Random random = new Random(seed);
        long days = ChronoUnit.DAYS.between(from, to);
        int total = (int) (itemsPerYear * (days + 1) / 365);
        List<HistoricFeedback.Complaint> complaints = new ArrayList<>();
        List<HistoricFeedback.Item> items = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            LocalDate received = from.plusDays(random.nextInt((int) days + 1));
            String area = AREAS[random.nextInt(AREAS.length)];
            int kind = random.nextInt(100);
            if (kind < 40) {
                complaints.add(complaint(random, received, to, area));
            } else if (kind < 65) {
                items.add(new HistoricFeedback.Item("COMPLIMENT", received, area, "Thanks for going the extra mile", null, null, null, null, null));
            } else if (kind < 75) {
                items.add(new HistoricFeedback.Item("COMMENT", received, area, "A suggestion about letters", null, null, null, null, null));
            } else if (kind < 90) {
                LocalDate responded = received.plusDays(2 + random.nextInt(8));
                items.add(new HistoricFeedback.Item("MEMBER_ENQUIRY", received, area, "Constituent's question", kind < 85 ? "MP" : "COUNCILLOR",
                        CATEGORIES[random.nextInt(CATEGORIES.length)], responded.isAfter(to) ? null : responded, null, null));
            } else if (kind < 93) {
                items.add(new HistoricFeedback.Item("OMBUDSMAN", received, area, "Ombudsman enquiry about a complaint", null, null, null,
                        OMBUDSMAN[random.nextInt(OMBUDSMAN.length)], null));
            } else {
                LocalDate responded = received.plusDays(10 + random.nextInt(25));
                items.add(new HistoricFeedback.Item("FOI", received, area, "Request for information", null, null, responded.isAfter(to) ? null : responded, null,
                        random.nextInt(5) == 0 ? List.of("s40 Personal information") : List.of()));
            }
        }
        return new Activity(complaints, items);
    }

    private static HistoricFeedback.Complaint complaint(Random random, LocalDate received, LocalDate to, String area) {
        String theme = THEMES[random.nextInt(THEMES.length)];
        LocalDate acknowledged = received.plusDays(1 + random.nextInt(4));
        if (acknowledged.isAfter(to)) {
            acknowledged = null;
        }
        boolean extended = random.nextInt(8) == 0;
        LocalDate agreed = extended ? received.plusDays(45) : null;
        LocalDate responded = received.plusDays(extended ? 30 + random.nextInt(20) : 8 + random.nextInt(random.nextInt(5) == 0 ? 40 : 14));
        boolean withdrawn = random.nextInt(20) == 0;
        if (withdrawn) {
            LocalDate on = received.plusDays(5);
            return new HistoricFeedback.Complaint(received, CHANNELS[random.nextInt(CHANNELS.length)], "A complainant", area, theme,
                    "Points raised about the service", OFFICERS[random.nextInt(OFFICERS.length)], acknowledged, null, null, null, null,
                    on.isAfter(to) ? null : on, null);
        }
        if (responded.isAfter(to)) {
            return new HistoricFeedback.Complaint(received, CHANNELS[random.nextInt(CHANNELS.length)], "A complainant", area, theme,
                    "Points raised about the service", OFFICERS[random.nextInt(OFFICERS.length)], acknowledged, agreed,
                    extended ? "Waiting for information from a provider" : null, null, null, null, null);
        }
        String outcome = OUTCOMES[random.nextInt(OUTCOMES.length)];
        return new HistoricFeedback.Complaint(received, CHANNELS[random.nextInt(CHANNELS.length)], "A complainant", area, theme,
                "Points raised about the service", OFFICERS[random.nextInt(OFFICERS.length)], acknowledged == null ? received.plusDays(1) : acknowledged,
                agreed, extended ? "Waiting for information from a provider" : null, responded, outcome, null,
                "UPHELD".equals(outcome) && random.nextInt(3) == 0 ? "People were not kept informed while their case was open" : null);
    }
}
