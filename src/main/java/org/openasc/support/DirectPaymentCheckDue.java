package org.openasc.support;

import java.time.LocalDate;
import java.util.UUID;

/** A direct payment's monitoring check due or overdue, as the list of them shows it ("Restricted record" for a sealed person). */
public record DirectPaymentCheckDue(UUID directPaymentId, UUID personId, String personName, Long teamId, String teamName, String worker,
                                    LocalDate dueOn, boolean overdue) {
}
