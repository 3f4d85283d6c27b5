package org.openasc.risk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.openasc.platform.signals.LiveSignals;

/** A risk with its scores, rating, movement since the last review, actions, links, live signals (read when opened) and review history. */
public record RiskView(UUID id, String reference, String register, String title, String description, String category, String owners, String appetite,
                       String impact, String opportunities, String controls, String barriers, BigDecimal financialImpact, int grossImpact,
                       int grossLikelihood, int grossScore, int netImpact, int netLikelihood, int netScore, int targetImpact, int targetLikelihood,
                       int targetScore, String rating, String grossRating, String targetRating, Movement movement, LocalDate reviewDueOn,
                       boolean reviewOverdue, List<RiskCommands.Action> actions, List<String> linkedReferences, List<ReviewLine> reviews,
                       List<LiveSignals.Reading> signals, List<String> warnings, Integer enteredNetScore, LocalDate enteredOn, int version) {

    public record ReviewLine(LocalDate reviewedOn, int grossScore, int netScore, int targetScore, String notes, String reviewedBy) {
    }
}
