package org.openasc.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.openasc.safeguarding.HistoricSafeguarding;
import org.openasc.safeguarding.Routing;
import org.openasc.safeguarding.ScreeningDecision;

/**
 * A year (or more) of safeguarding for a synthetic council: concerns from the usual sources, a third of
 * them about care providers, screened to section 42 and other enquiries, incident only or no safeguarding,
 * enquiries with national-list allegations, Making Safeguarding Personal, capacity and risk outcomes; the
 * newest concerns still awaiting screening. Deterministic for a seed.
 */
public final class SyntheticSafeguarding {

    /** A care provider location concerns can be about. */
    public record Provider(UUID id, String name) {
    }

    private static final String[] SOURCES = {"Social care staff", "Care provider", "Health staff", "Police", "Family member", "Friend or neighbour",
            "Self", "Housing", "Other"};
    private static final String[] TYPES = {"Physical Abuse", "Psychological Abuse", "Financial or Material Abuse", "Neglect and Acts of Omission",
            "Neglect and Acts of Omission", "Self-Neglect", "Domestic Abuse", "Organisational Abuse", "Sexual Abuse", "Discriminatory Abuse",
            "Sexual Exploitation", "Modern Slavery"};
    private static final String[] COMMUNITY_LOCATIONS = {"Own Home", "Own Home", "Own Home", "In the Community (excluding community services)",
            "In a Community Service", "Hospital - Acute", "Other"};
    private static final String[] CONCLUSIONS = {"Substantiated", "Partly substantiated", "Inconclusive", "Not substantiated",
            "Ceased at the individual's request"};
    private static final String[] OUTCOMES = {"Risk identified and action taken", "Risk identified and action taken", "Risk identified and action taken",
            "Risk identified and no action taken", "Risk assessment inconclusive and action taken", "No risk identified and no action taken",
            "Enquiry ceased at individual's request and no action taken"};
    private static final String[] RESULTS = {"Risk remained", "Risk reduced", "Risk reduced", "Risk removed", "Risk removed"};
    private static final String[] WHAT = {"Bruising noticed on her arms during personal care", "Money missing from his purse after visits",
            "Calls missed by the home care agency three days running", "Resident found on the floor with no record of checks",
            "Neighbour reports shouting and a locked door", "Not eating and the flat is cold; refusing help"};

    private SyntheticSafeguarding() {
    }

    public static List<HistoricSafeguarding.Concern> generate(List<UUID> people, List<SyntheticFrontDoor.Team> teams, List<Provider> providers,
                                                             LocalDate from, LocalDate to, int concernsPerYear, long seed) {
        Random random = new Random(seed);
        long days = ChronoUnit.DAYS.between(from, to);
        int total = (int) (concernsPerYear * (days + 1) / 365);
        List<HistoricSafeguarding.Concern> concerns = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            UUID person = people.get(random.nextInt(people.size()));
            LocalDateTime at = from.plusDays(random.nextInt((int) days + 1)).atTime(8 + random.nextInt(10), random.nextInt(60));
            Provider provider = !providers.isEmpty() && random.nextInt(3) == 0 ? providers.get(random.nextInt(providers.size())) : null;
            long age = ChronoUnit.DAYS.between(at.toLocalDate(), to);
            HistoricSafeguarding.Screening screening = null;
            HistoricSafeguarding.Enquiry enquiry = null;
            if (age > 4 || random.nextInt(3) == 0) {
                screening = screening(random, at.toLocalDate(), to, provider, teams);
                if (screening.decision().enquiry()) {
                    enquiry = enquiry(random, screening, to, provider != null);
                }
            }
            concerns.add(new HistoricSafeguarding.Concern(person, at, SOURCES[random.nextInt(SOURCES.length)], WHAT[random.nextInt(WHAT.length)],
                    provider == null ? null : provider.id(), provider == null ? null : provider.name(), screening, enquiry));
        }
        return concerns;
    }

    private static HistoricSafeguarding.Screening screening(Random random, LocalDate received, LocalDate to, Provider provider,
                                                            List<SyntheticFrontDoor.Team> teams) {
        LocalDate screened = received.plusDays(random.nextInt(10) < 8 ? random.nextInt(4) : 4 + random.nextInt(5));
        if (screened.isAfter(to)) {
            screened = to;
        }
        int d = random.nextInt(100);
        // About three concerns in ten become enquiries, as nationally (SAC 2023-24).
        ScreeningDecision decision = d < 24 ? ScreeningDecision.S42 : d < 31 ? ScreeningDecision.OTHER_ENQUIRY
                : d < 66 ? ScreeningDecision.INCIDENT_ONLY : ScreeningDecision.NOT_SAFEGUARDING;
        Routing routing = null;
        Long team = null;
        if (decision.enquiry()) {
            int r = random.nextInt(100);
            routing = provider != null && r < 10 ? Routing.PROVIDER : r < 60 ? Routing.SAFEGUARDING_TEAM : Routing.LOCALITY;
            team = routing == Routing.LOCALITY ? teams.get(random.nextInt(teams.size())).id() : null;
        }
        return new HistoricSafeguarding.Screening(screened, decision == ScreeningDecision.S42 || random.nextBoolean(), decision, routing, team);
    }

    private static HistoricSafeguarding.Enquiry enquiry(Random random, HistoricSafeguarding.Screening screening, LocalDate to, boolean provider) {
        List<HistoricSafeguarding.Allegation> allegations = new ArrayList<>();
        for (int a = 0; a < 1 + random.nextInt(2); a++) {
            String location = provider ? (random.nextBoolean() ? "Care Home - Residential" : "Care Home - Nursing")
                    : COMMUNITY_LOCATIONS[random.nextInt(COMMUNITY_LOCATIONS.length)];
            String source = provider ? "Service Provider" : random.nextInt(5) == 0 ? "Other - Unknown to Individual" : "Other - Known to Individual";
            allegations.add(new HistoricSafeguarding.Allegation(TYPES[random.nextInt(TYPES.length)], location, source));
        }
        int m = random.nextInt(100);
        String asked = m < 70 ? "Yes they were asked and outcomes were expressed" : m < 85 ? "Yes they were asked but no outcomes were expressed"
                : m < 95 ? "No" : "Don't Know";
        boolean lacked = random.nextInt(4) == 0;
        LocalDate concluded = screening.screenedOn().plusDays(14 + random.nextInt(120));
        if (concluded.isAfter(to)) {
            return new HistoricSafeguarding.Enquiry(allegations, asked, null, lacked ? "Yes, they lacked capacity" : "No, they did not lack capacity",
                    lacked ? random.nextInt(10) < 8 : null, null, null, null, null);
        }
        String outcome = OUTCOMES[random.nextInt(OUTCOMES.length)];
        int a = random.nextInt(100);
        String achieved = asked.startsWith("Yes they were asked and") ? (a < 65 ? "Fully Achieved" : a < 92 ? "Partially Achieved" : "Not Achieved") : null;
        return new HistoricSafeguarding.Enquiry(allegations, asked, achieved, lacked ? "Yes, they lacked capacity" : "No, they did not lack capacity",
                lacked ? random.nextInt(10) < 8 : null, concluded, outcome.startsWith("Enquiry ceased") ? "Ceased at the individual's request"
                        : CONCLUSIONS[random.nextInt(CONCLUSIONS.length - 1)], outcome,
                outcome.equals("Risk identified and action taken") ? RESULTS[random.nextInt(RESULTS.length)] : null);
    }
}
