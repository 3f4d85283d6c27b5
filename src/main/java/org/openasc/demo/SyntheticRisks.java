package org.openasc.demo;

import java.time.LocalDate;
import java.util.List;

import org.openasc.risk.RiskCommands;
import org.openasc.risk.RiskView;
import org.openasc.risk.Risks;

/**
 * Anytown's adult social care risk registers, in the spirit of the seeds' strategic and very-high risk
 * tables, recorded and reviewed through the real service as the performance team.
 */
final class SyntheticRisks {

    private record Seed(String reference, String register, String title, String description, String category, String owner, String appetite,
                        int[] gross, int[] netThen, int[] netNow, int[] target, String action) {
    }

    private static final List<Seed> SEEDS = List.of(
            new Seed("SR1", "Strategic", "People waiting too long for assessment", "More people are waiting longer for a Care Act assessment than we can safely manage",
                    "Demand", "Director of Adult Social Care", "AVERSE", new int[] {5, 5}, new int[] {5, 4}, new int[] {5, 3}, new int[] {3, 2},
                    "Waiting-well check-ins for everyone waiting over 4 weeks"),
            new Seed("SR2", "Strategic", "Care market sustainability", "Care homes and home care providers leave the market or hand back contracts",
                    "Market", "Head of Commissioning", "CAUTIOUS", new int[] {5, 4}, new int[] {4, 4}, new int[] {4, 4}, new int[] {3, 3},
                    "Fee uplift agreed with the provider forum"),
            new Seed("SR3", "Strategic", "Overspend on the adult social care budget", "Committed care costs grow faster than the budget",
                    "Finance", "Chief Finance Officer", "MINIMALIST", new int[] {5, 5}, new int[] {4, 4}, new int[] {4, 5}, new int[] {3, 3},
                    "Monthly review of high-cost packages"),
            new Seed("SR4", "Strategic", "Workforce recruitment and retention", "Not enough social workers and occupational therapists to meet demand",
                    "Workforce", "Head of Service", "CAUTIOUS", new int[] {4, 5}, new int[] {4, 4}, new int[] {3, 4}, new int[] {2, 3},
                    "Grow-your-own social work apprenticeships"),
            new Seed("DR1", "Departmental", "DoLS backlog", "Applications waiting beyond 21 days without a decision", "Legal", "DoLS Team Manager",
                    "AVERSE", new int[] {4, 5}, new int[] {4, 4}, new int[] {4, 3}, new int[] {2, 2}, "Prioritise with the ADASS screening tool"),
            new Seed("DR2", "Departmental", "Safeguarding screening delays", "Concerns not screened within three working days", "Safeguarding",
                    "Safeguarding Adults Team Manager", "AVERSE", new int[] {5, 4}, new int[] {3, 3}, new int[] {3, 2}, new int[] {2, 2},
                    "Daily triage rota"),
            new Seed("DR3", "Departmental", "Hospital discharge delays", "People wait in hospital after the hub's decision", "Health",
                    "Hospital Team Manager", "CAUTIOUS", new int[] {4, 4}, new int[] {3, 3}, new int[] {3, 3}, new int[] {2, 2},
                    "Discharge to assess beds block-booked"));

    /** Live signals each risk watches. */
    private static final java.util.Map<String, List<String>> SIGNALS = java.util.Map.of(
            "SR1", List.of("frontdoor.waiting", "frontdoor.waiting-over-28-days"), "SR2", List.of("providers.suspended"),
            "SR3", List.of("finance.variance", "support.weekly-cost"), "DR1", List.of("liberty.dols-waiting", "liberty.dols-overdue"));

    private SyntheticRisks() {
    }

    static void build(Risks risks, LocalDate today) {
        DemoAuthority.as("performance", "PERFORMANCE", () -> {
            for (Seed s : SEEDS) {
                RiskView r = risks.record(new RiskCommands.RiskDetails(null, s.reference(), s.register(), s.title(), s.description(), s.category(),
                        s.owner(), s.appetite(), "Harm to people and to the council's reputation", null, "Monitored monthly at the departmental leadership team",
                        null, null, scores(s.gross()), scores(s.netThen()), scores(s.target()), today.minusMonths(3),
                        List.of(new RiskCommands.Action(s.action(), s.owner(), today.plusMonths(2), "IN_PROGRESS", null)), List.of(),
                        SIGNALS.getOrDefault(s.reference(), List.of())));
                r = risks.review(r.id(), new RiskCommands.Review(r.version(), today.minusMonths(3), scores(s.gross()), scores(s.netThen()),
                        scores(s.target()), "Quarterly review", today.minusDays(1)));
                if (!s.reference().equals("SR4")) {
                    risks.review(r.id(), new RiskCommands.Review(r.version(), today.minusDays(7), scores(s.gross()), scores(s.netNow()),
                            scores(s.target()), "Quarterly review", today.plusMonths(3)));
                }
            }
            return null;
        });
    }

    private static RiskCommands.Scores scores(int[] s) {
        return new RiskCommands.Scores(s[0], s[1]);
    }
}
