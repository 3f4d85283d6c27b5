package org.openasc.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.openasc.liberty.ApplicationView;
import org.openasc.liberty.DolsApplications;
import org.openasc.liberty.DolsAssessors;
import org.openasc.liberty.DolsClock;
import org.openasc.liberty.DolsCommands;
import org.openasc.liberty.MhaAssessments;

/**
 * A year of DoLS and Mental Health Act work for Anytown, recorded through the real services as the DoLS
 * team and an AMHP: applications from the care homes, some with urgent authorisations, assessed and
 * decided in turn, with the newest still waiting (the backlog); and MHA assessments with their delays.
 */
final class SyntheticLiberty {

    private static final String[][] REASONS = {
            {"HIGH", "Objecting to the placement or trying to leave"}, {"HIGH", "Restraint or sedation used often"},
            {"MEDIUM", "Some restrictions beyond the usual; settling in"}, {"LOW", "Settled, not objecting, restrictions stable"},
            {"LOW", "End of life care"}};
    private static final String[] REQUIREMENTS = {"AGE", "MENTAL_HEALTH", "MENTAL_CAPACITY", "NO_REFUSALS", "ELIGIBILITY", "BEST_INTERESTS"};
    private static final String[] OUTCOMES = {"SECTION_2", "SECTION_2", "SECTION_3", "INFORMAL_ADMISSION", "COMMUNITY_SUPPORT", "NO_FURTHER_ACTION"};
    private static final String[] DELAYS = {"BED", "DOCTOR", "TRANSPORT", "POLICE"};

    private SyntheticLiberty() {
    }

    static void build(DolsApplications dols, DolsAssessors assessors, MhaAssessments mha, List<UUID> people, List<UUID> adults, List<UUID> homes, int applications,
                      int mhaAssessments, LocalDate today, long seed) {
        if (people.isEmpty() || adults.isEmpty() || homes.isEmpty()) {
            return;
        }
        Random random = new Random(seed);
        DemoAuthority.as("dols", "DOLS", () -> {
            long bia = assessors.addAssessor(new DolsCommands.NewAssessor("Bea Best (BIA)", "BEST_INTERESTS_ASSESSOR"));
            long bia2 = assessors.addAssessor(new DolsCommands.NewAssessor("Ben Barker (BIA)", "BEST_INTERESTS_ASSESSOR"));
            long doctor = assessors.addAssessor(new DolsCommands.NewAssessor("Dr Amina Shah", "MENTAL_HEALTH_ASSESSOR"));
            for (int i = 0; i < applications; i++) {
                LocalDate received = today.minusDays(365L * (applications - i) / applications);
                boolean urgent = random.nextInt(4) == 0;
                String[] reason = REASONS[random.nextInt(REASONS.length)];
                ApplicationView a = dols.apply(new DolsCommands.NewApplication(people.get(random.nextInt(people.size())), homes.get(random.nextInt(homes.size())),
                        null, null, received, urgent, urgent ? received : null, reason[0], reason[1]));
                // A backlog: about half of last six months' applications are still waiting.
                if (received.isAfter(today.minusMonths(6)) && random.nextBoolean()) {
                    continue;
                }
                LocalDate assessed = received.plusDays(5 + random.nextInt(40));
                if (assessed.isAfter(today)) {
                    continue;
                }
                long theBia = random.nextBoolean() ? bia : bia2;
                for (String requirement : REQUIREMENTS) {
                    String status = requirement.equals("MENTAL_CAPACITY") && random.nextInt(12) == 0 ? "NOT_SATISFIED" : "SATISFIED";
                    a = dols.assess(a.id(), new DolsCommands.AssessmentResult(requirement, status, requirement.equals("MENTAL_HEALTH") ? doctor : theBia, assessed));
                }
                boolean met = a.assessments().stream().allMatch(q -> "SATISFIED".equals(q.status()));
                LocalDate signed = assessed.plusDays(random.nextInt(5));
                if (signed.isAfter(today)) {
                    continue;
                }
                LocalDate to = signed.plusMonths(3 + random.nextInt(10)).minusDays(1);
                dols.decide(a.id(), met ? new DolsCommands.Decision(a.version(), signed, "GRANTED", null, signed,
                        to.isAfter(DolsClock.latestEnd(signed)) ? DolsClock.latestEnd(signed) : to, random.nextInt(3) == 0 ? "Review restrictions at 3 months" : null)
                        : new DolsCommands.Decision(a.version(), signed, "NOT_GRANTED", "Has capacity to decide where to live", null, null, null));
            }
            return null;
        });
        DemoAuthority.as("practitioner", "PRACTITIONER", () -> {
            for (int i = 0; i < mhaAssessments; i++) {
                // Requested two days ago at the latest, so the assessment (up to 31 hours on) and the bed (10 more) are past at any hour.
                var requested = today.minusDays(2 + random.nextInt(360)).atTime(8 + random.nextInt(12), random.nextInt(60));
                String outcome = OUTCOMES[random.nextInt(OUTCOMES.length)];
                var assessed = requested.plusHours(2 + random.nextInt(30));
                boolean admitted = outcome.startsWith("SECTION") || outcome.equals("INFORMAL_ADMISSION");
                List<String> delays = random.nextInt(3) == 0 ? List.of(DELAYS[random.nextInt(DELAYS.length)]) : List.of();
                mha.record(new DolsCommands.NewMhaAssessment(adults.get(random.nextInt(adults.size())), requested, "Sam Okafor (AMHP)",
                        List.of("Dr Amina Shah", "Dr Tom Reid"), assessed, outcome, admitted ? assessed.plusHours(random.nextInt(10)) : null,
                        admitted && random.nextInt(5) == 0, delays, delays.isEmpty() ? null : "Waited for " + delays.get(0).toLowerCase()));
            }
            return null;
        });
    }
}
