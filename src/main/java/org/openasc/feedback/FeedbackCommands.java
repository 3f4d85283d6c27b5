package org.openasc.feedback;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.openasc.platform.codelist.Coded;

/** What customer relations officers send. */
public final class FeedbackCommands {

    private FeedbackCommands() {
    }

    public record NewComplaint(LocalDate receivedOn, @Coded("feedback-channel") String howReceived, String complainant, UUID complainantPersonId, Boolean representative,
                               Boolean consentRecorded, UUID personId, @Coded("feedback-service-area") String serviceArea, Long teamId, @Coded("complaint-theme") String theme, String elements,
                               String investigatingOfficer) {
    }

    public record Acknowledgement(Integer version, LocalDate acknowledgedOn) {
    }

    /** A longer period agreed with the complainant, why, and when they were told. */
    public record Extension(Integer version, LocalDate agreedResponseDue, String reason, LocalDate complainantToldOn) {
    }

    public record Response(Integer version, LocalDate respondedOn, String outcome, String signedBy) {
    }

    public record Withdrawal(Integer version, LocalDate withdrawnOn, String reason) {
    }

    public record PassToSafeguarding(Integer version, LocalDate passedOn) {
    }

    public record NewCompliment(LocalDate receivedOn, @Coded("feedback-service-area") String serviceArea, String summary, Boolean aboveAndBeyond, UUID personId) {
    }

    public record NewComment(LocalDate receivedOn, @Coded("feedback-service-area") String serviceArea, String summary) {
    }

    public record NewMemberEnquiry(String memberType, String memberName, @Coded("member-enquiry-category") String category, LocalDate receivedOn, @Coded("feedback-service-area") String serviceArea, String summary,
                                   LocalDate respondedOn) {
    }

    public record NewOmbudsmanContact(String caseReference, UUID complaintId, LocalDate receivedOn, @Coded("feedback-service-area") String serviceArea, String summary, String outcome,
                                      String remedy, LocalDate complianceDueOn) {
    }

    public record NewFoiRequest(LocalDate receivedOn, @Coded("feedback-service-area") String serviceArea, String summary, LocalDate respondedOn, @Coded("foi-exemption") List<String> exemptions) {
    }

    public record NewLesson(UUID complaintId, UUID itemId, String lesson, String action, String owner, LocalDate dueOn) {
    }
}
