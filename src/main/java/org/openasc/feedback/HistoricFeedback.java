package org.openasc.feedback;

import java.time.LocalDate;
import java.util.List;

/** Feedback history as the demo and benchmark councils load it in bulk. */
public final class HistoricFeedback {

    private HistoricFeedback() {
    }

    /** A complaint and what happened to it (null dates: not yet). */
    public record Complaint(LocalDate receivedOn, String howReceived, String complainant, String serviceArea, String theme, String elements,
                            String officer, LocalDate acknowledgedOn, LocalDate agreedResponseDue, String extensionReason, LocalDate respondedOn,
                            String outcome, LocalDate withdrawnOn, String lesson) {
    }

    /** Any other kind: COMPLIMENT, COMMENT, MEMBER_ENQUIRY (memberType MP or COUNCILLOR), OMBUDSMAN or FOI. */
    public record Item(String kind, LocalDate receivedOn, String serviceArea, String summary, String memberType, String category,
                       LocalDate respondedOn, String ombudsmanOutcome, List<String> exemptions) {
    }
}
