package org.openasc.risk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** What risk owners and the performance team send. */
public final class RiskCommands {

    private RiskCommands() {
    }

    public record Scores(Integer impact, Integer likelihood) {
    }

    /** A risk as written, new or changed (a change carries the version it was based on); {@code signals} are live signal keys, null to keep them. */
    public record RiskDetails(Integer version, String reference, String register, String title, String description, String category, String owners,
                              String appetite, String impact, String opportunities, String controls, String barriers, BigDecimal financialImpact,
                              Scores gross, Scores net, Scores target, LocalDate reviewDueOn, List<Action> actions, List<String> linkedReferences,
                              List<String> signals) {
    }

    public record Action(String action, String owner, LocalDate dueOn, String status, String progress) {
    }

    /** A review: the scores now and the next review date. */
    public record Review(Integer version, LocalDate reviewedOn, Scores gross, Scores net, Scores target, String notes, LocalDate nextReviewOn) {
    }

    /** A rating's band of scores, inclusive. */
    @Schema(name = "RiskBand")
    public record Band(String rating, Integer minScore, Integer maxScore) {
    }

    public record NewRegister(String name) {
    }
}
