package org.openasc.support;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A hospital discharge referral and what became of it; days from hub decision to discharge is the measure (target 2). One
 * that ended without a discharge has {@code endedOn} and {@code endReason} (DIED: the person died before it).
 */
public record DischargeView(UUID id, UUID personId, String personName, long teamId, String teamName, String hospital, String ward,
                            LocalDate referredOn, int pathway, boolean dischargeToAssess, LocalDate hubDecisionOn, LocalDate dischargedOn,
                            Long daysDecisionToDischarge, boolean reablement, LocalDate reviewAt91DaysOn, String status91Day, int version,
                            LocalDate endedOn, String endReason) {
}
