package org.openasc.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.openasc.assessment.AssessmentBulkLoad;
import org.openasc.assessment.EligibilityOutcome;
import org.openasc.frontdoor.HistoricActivity;
import org.openasc.frontdoor.Priority;

/**
 * A deterministic synthetic history of front-door work: contacts day by day with a realistic mix
 * of channels, sources and outcomes, and requests that move through triage, allocation,
 * conversations and assessments at speeds that depend on their priority. Steps that would fall
 * after today have not happened yet, so the present waiting list emerges from the history.
 */
public final class SyntheticFrontDoor {

    /** What was generated. */
    public record Activity(List<HistoricActivity.Contact> contacts, List<HistoricActivity.Request> requests,
                    List<AssessmentBulkLoad.PastAssessment> assessments) {
    }

    /** A team and the staff who take its work. */
    public record Team(long id, List<String> workers) {
    }

    private static final String[] CHANNELS = {"Phone", "Email", "Online form", "Letter", "In person"};
    private static final int[] CHANNEL_WEIGHTS = {55, 15, 20, 3, 7};
    private static final String[] SOURCES = {"The person themselves", "Family member, friend or neighbour", "Unpaid carer", "GP or community health",
            "Care provider", "Housing", "Voluntary or community organisation", "Other professional"};
    private static final int[] SOURCE_WEIGHTS = {30, 30, 8, 12, 5, 5, 5, 5};
    private static final String[] OUTCOMES = {"Information and advice", "Signposting", "Equipment or technology-enabled care",
            "Passed to another team", "Safeguarding concern", "Request for support"};
    private static final int[] OUTCOME_WEIGHTS = {34, 14, 15, 4, 5, 28};
    private static final String[] SIGNPOSTS = {"Age UK", "Citizens Advice", "Carers' Centre", "Community lunch club", "Falls prevention class",
            "Alzheimer's Society dementia café"};
    private static final String[] REASONS = {"Struggling with washing and dressing", "A fall at home last week", "Carer is exhausted",
            "Memory getting worse, family worried", "Cannot manage the stairs", "Not eating properly since a bereavement",
            "Asking about help at home after hospital", "Wants to know about day opportunities"};
    private static final String[] ROUTES = {"Community/Other route", "Discharge from hospital", "Diversion from hospital services",
            "Planned entry (transition)", "Self-funder with depleted funds"};
    private static final int[] ROUTE_WEIGHTS = {68, 20, 5, 4, 3};
    // Not "NFA: Deceased": a death is recorded on the person, and closes their requests itself.
    private static final String[] EARLY_ENDS = {"NFA: Responsibility moved to another local authority", "Admitted to hospital",
            "NFA: Self-funded client or under 12wk disregard", "NFA: Referral to NHS services or NHS funded social care"};
    private static final String[] CONVERSATION_ENDS = {"NFA: Information and advice or signposting", "NFA: Referral to other service within the local authority",
            "NFA: Support declined", "NFA: Other"};
    private static final String[] CHECK_IN_OUTCOMES = {"Spoke to the person: no change", "Spoke to the person: no change", "Spoke to a carer or family member",
            "Spoke to the person: needs have increased", "No answer: will try again"};
    private static final Map<Priority, Integer> CHECK_IN_DAYS = Map.of(Priority.URGENT, 7, Priority.HIGH, 14, Priority.MEDIUM, 28, Priority.LOW, 42);

    private SyntheticFrontDoor() {
    }

    /**
     * About {@code requestsPerYear} requests (and the contacts around them) received from {@code from} until {@code now};
     * nobody is the subject of a contact in the year before their death in {@code deaths}, so no journey outlives them.
     */
    static Activity generate(List<UUID> people, List<Team> teams, LocalDate from, LocalDateTime now, int requestsPerYear, long seed,
                             Map<UUID, LocalDate> deaths) {
        LocalDate today = now.toLocalDate();
        Random random = new Random(seed);
        List<HistoricActivity.Contact> contacts = new ArrayList<>();
        List<HistoricActivity.Request> requests = new ArrayList<>();
        List<AssessmentBulkLoad.PastAssessment> assessments = new ArrayList<>();
        double contactsPerWorkingDay = requestsPerYear / 0.28 / 250.0 * 0.93;
        for (LocalDate day = from; !day.isAfter(today); day = day.plusDays(1)) {
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            int count = round(random, weekend ? contactsPerWorkingDay * 0.17 : contactsPerWorkingDay);
            for (int i = 0; i < count; i++) {
                LocalDateTime at = day.atTime(weekend ? 10 + random.nextInt(8) : 8 + random.nextInt(10), random.nextInt(60));
                if (day.equals(today) && at.isAfter(now)) {
                    continue;
                }
                String outcome = pick(random, OUTCOMES, OUTCOME_WEIGHTS);
                boolean request = outcome.equals("Request for support");
                UUID person = request || outcome.equals("Safeguarding concern") || random.nextInt(10) < 6
                        ? alive(people, deaths, day, random) : null;
                if (person == null && (request || outcome.equals("Safeguarding concern"))) {
                    continue;
                }
                String route = request ? pick(random, ROUTES, ROUTE_WEIGHTS) : null;
                boolean hospital = "Discharge from hospital".equals(route);
                UUID contactId = UUID.randomUUID();
                UUID requestId = request ? UUID.randomUUID() : null;
                String reason = REASONS[random.nextInt(REASONS.length)];
                contacts.add(new HistoricActivity.Contact(contactId, at, hospital ? "Hospital" : pick(random, CHANNELS, CHANNEL_WEIGHTS),
                        hospital ? "Hospital" : pick(random, SOURCES, SOURCE_WEIGHTS), person,
                        person == null && !outcome.startsWith("Information") && !outcome.equals("Signposting") ? "Neighbour's description of an older man" : null,
                        reason, outcome, outcome.equals("Signposting") ? SIGNPOSTS[random.nextInt(SIGNPOSTS.length)] : null,
                        outcome.equals("Passed to another team") ? "Housing options" : null, requestId));
                if (request) {
                    requests.add(journey(random, requestId, contactId, person, route, day, reason, teams, today, assessments));
                }
            }
        }
        return new Activity(contacts, requests, assessments);
    }

    /** Someone with no death within a year of the day (a few tries, then nobody). */
    private static UUID alive(List<UUID> people, Map<UUID, LocalDate> deaths, LocalDate day, Random random) {
        for (int tries = 0; tries < 8 && !people.isEmpty(); tries++) {
            UUID person = people.get(random.nextInt(people.size()));
            LocalDate died = deaths.get(person);
            if (died == null || day.isBefore(died.minusYears(1))) {
                return person;
            }
        }
        return null;
    }

    private static HistoricActivity.Request journey(Random random, UUID id, UUID contactId, UUID person, String route, LocalDate received,
                                                    String reason, List<Team> teams, LocalDate today,
                                                    List<AssessmentBulkLoad.PastAssessment> assessments) {
        boolean carer = random.nextInt(100) < 14;
        Priority priority = pick(random, Priority.values(), new int[] {8, 22, 42, 28});
        LocalDate prioritised = happened(received.plusDays(random.nextInt(6)), today);
        double path = random.nextDouble();
        if (path > 0.93) {
            LocalDate ended = happened(received.plusDays(3 + random.nextInt(40)), today);
            return new HistoricActivity.Request(id, person, contactId, carer ? "Unpaid carer" : "Service user", route, received, reason,
                    prioritised == null ? null : priority, prioritised == null ? null : "Triage", prioritised, null, null, null, null,
                    List.of(), List.of(), null, null, null, null, ended, ended == null ? null : EARLY_ENDS[random.nextInt(EARLY_ENDS.length)]);
        }
        int[] allocationDelay = switch (priority) {
            case URGENT -> new int[] {0, 3};
            case HIGH -> new int[] {1, 12};
            case MEDIUM -> new int[] {5, 60};
            case LOW -> new int[] {10, 150};
        };
        Team team = teams.get(random.nextInt(teams.size()));
        LocalDate allocated = prioritised == null ? null : happened(prioritised.plusDays(allocationDelay[0] + random.nextInt(allocationDelay[1])), today);
        LocalDate workerOn = allocated == null ? null : happened(allocated.plusDays(random.nextInt(8)), today);
        String worker = workerOn == null ? null : team.workers().get(random.nextInt(team.workers().size()));
        List<HistoricActivity.Conversation> conversations = new ArrayList<>();
        LocalDate conversation = workerOn == null ? null : happened(workerOn.plusDays(random.nextInt(10)), today);
        UUID assessmentId = null;
        String assessmentType = null;
        LocalDate started = null;
        LocalDate completed = null;
        LocalDate closed = null;
        String outcome = null;
        if (path < 0.27) {
            if (conversation != null) {
                conversations.add(new HistoricActivity.Conversation(1, conversation, "To stay independent at home", "Information about local support",
                        "No further action by the council"));
                closed = happened(conversation.plusDays(random.nextInt(14)), today);
                outcome = closed == null ? null : CONVERSATION_ENDS[random.nextInt(CONVERSATION_ENDS.length)];
            }
        } else if (path < 0.42) {
            if (conversation != null) {
                conversations.add(new HistoricActivity.Conversation(2, conversation, "To get back on their feet after a crisis",
                        "Six weeks of reablement", "Referral to the reablement team"));
                closed = happened(conversation.plusDays(random.nextInt(4)), today);
                outcome = closed == null ? null : "Progress to reablement/ST-Max";
            }
        } else if (workerOn != null) {
            if (random.nextInt(10) < 6 && conversation != null) {
                conversations.add(new HistoricActivity.Conversation(1, conversation, "Staying safe at home with family nearby",
                        "A Care Act assessment", "Assessment visit"));
            }
            started = happened(workerOn.plusDays(random.nextInt(15)), today);
            if (started != null) {
                assessmentId = UUID.randomUUID();
                assessmentType = carer ? AssessmentBulkLoad.CARER_TYPE : random.nextInt(5) == 0 ? "Short term assessment" : "Long term assessment";
                completed = happened(started.plusDays(7 + random.nextInt(36)), today);
                boolean eligible = random.nextInt(100) < 74;
                List<EligibilityOutcome> outcomes = new ArrayList<>(carer ? EligibilityOutcome.forCarers() : EligibilityOutcome.forAdults());
                java.util.Collections.shuffle(outcomes, random);
                List<EligibilityOutcome> unable = outcomes.subList(0, eligible ? 2 + random.nextInt(3) : carer ? 0 : random.nextInt(2));
                assessments.add(new AssessmentBulkLoad.PastAssessment(assessmentId, person, id, assessmentType,
                        random.nextInt(10) < 8 ? "Face to face" : "Telephone", started, completed, worker, List.copyOf(unable)));
                if (completed != null) {
                    closed = happened(completed.plusDays(random.nextInt(8)), today);
                    outcome = closed == null ? null : eligible ? "Progress to support planning or services"
                            : random.nextBoolean() ? "NFA: Information and advice or signposting" : "NFA: No services offered for other reason";
                }
            }
        }
        LocalDate workStarted = conversations.isEmpty() ? started : started == null || conversation.isBefore(started) ? conversation : started;
        List<HistoricActivity.CheckIn> checkIns = checkIns(random, priority, prioritised, workStarted != null ? workStarted : closed, today);
        return new HistoricActivity.Request(id, person, contactId, carer ? "Unpaid carer" : "Service user", route, received, reason,
                prioritised == null ? null : priority, prioritised == null ? null : reasonFor(priority), prioritised,
                allocated == null ? null : team.id(), worker, allocated, workerOn, checkIns, conversations, assessmentId, assessmentType,
                started, completed, closed, outcome);
    }

    /** Check-ins at the priority's interval (give or take) until work starts; one in ten is missed, so some fall overdue. */
    private static List<HistoricActivity.CheckIn> checkIns(Random random, Priority priority, LocalDate from, LocalDate until, LocalDate today) {
        List<HistoricActivity.CheckIn> checkIns = new ArrayList<>();
        if (from == null) {
            return checkIns;
        }
        LocalDate end = until == null ? today : until;
        LocalDate next = from.plusDays(CHECK_IN_DAYS.get(priority) - 2 + random.nextInt(6));
        while (!next.isAfter(end) && !next.isAfter(today)) {
            if (random.nextInt(10) > 0) {
                checkIns.add(new HistoricActivity.CheckIn(next, CHECK_IN_OUTCOMES[random.nextInt(CHECK_IN_OUTCOMES.length)]));
            }
            next = next.plusDays(CHECK_IN_DAYS.get(priority) - 2 + random.nextInt(6));
        }
        return checkIns;
    }

    private static String reasonFor(Priority priority) {
        return switch (priority) {
            case URGENT -> "At risk today: no support in place";
            case HIGH -> "Lives alone, needs are increasing";
            case MEDIUM -> "Managing with family support for now";
            case LOW -> "Stable; wants advice on future support";
        };
    }

    private static LocalDate happened(LocalDate date, LocalDate today) {
        return date.isAfter(today) ? null : date;
    }

    private static int round(Random random, double expected) {
        int whole = (int) expected;
        return whole + (random.nextDouble() < expected - whole ? 1 : 0);
    }

    private static <T> T pick(Random random, T[] values, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}
