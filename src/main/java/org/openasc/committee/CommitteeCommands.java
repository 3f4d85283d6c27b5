package org.openasc.committee;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** What staff send to set up committees, meetings and agendas, and to write reports. */
public final class CommitteeCommands {

    private CommitteeCommands() {
    }

    public record NewCommittee(String name, String remit, List<Member> members) {
    }

    /** A councillor (CHAIR, VICE_CHAIR, MEMBER) or an officer (OFFICER, CLEARING_OFFICER) by username. */
    @Schema(name = "CommitteeMember")
    public record Member(String username, String role) {
    }

    /** {@code startsAt} with an offset, or UK local time without one. */
    public record NewMeeting(String startsAt, String venue, String onlineLink) {
    }

    public record NewItem(Integer number, String kind, String title, String purpose, String leadOfficer, Boolean exempt,
                          Integer exemptParagraph, ReportRequest report) {
    }

    /**
     * The template a report is built from and what it reads: PERFORMANCE and CARE_MARKET as at a date;
     * BUDGET_MONITORING for a financial year (the year it starts) and period 1 to 12; COMPLAINTS (the annual
     * report) and MTFS for a financial year; RISK the register (all registers if none) as it stands;
     * SAFEGUARDING and DOLS_MHA a quarter (1 = April to June) of a financial year; FREE narrative only.
     */
    public record ReportRequest(String template, LocalDate asOf, Integer financialYear, Integer period, Integer quarter, String register) {
    }

    /** The officers' words; every change needs the report's version. */
    public record ReportText(Integer version, String title, String purpose, List<String> recommendations, String background,
                             List<Section> sections, List<Section> appendices) {
    }

    @Schema(name = "ReportSection")
    public record Section(String heading, String text) {
    }

    /** The version of the report being submitted, cleared or published. */
    public record Step(Integer version) {
    }

    /** The minutes of a meeting; {@code version} is null the first time they are written. */
    public record MinutesText(Integer version, List<String> attendance, List<String> apologies, List<Declaration> declarations,
                              List<ItemMinute> items) {
    }

    public record Declaration(String member, Integer itemNumber, String interest) {
    }

    public record ItemMinute(Integer number, String summary, List<String> resolutions) {
    }

    /** Minutes approved at a later meeting of the committee. */
    public record Approval(Integer version, java.util.UUID approvedAtMeetingId) {
    }

    /** A member's request of an officer; due 10 working days after the meeting unless a date is given. */
    @Schema(name = "NewCommitteeAction")
    public record NewAction(Integer itemNumber, String request, String askedBy, String officer, LocalDate dueOn) {
    }

    public record ActionResponse(Integer version, String response, Boolean close) {
    }

    /**
     * An item of the work programme: planned for a meeting (or not yet placed), then CONFIRMED, DEFERRED
     * with a reason, or DONE; {@code version} when changing one.
     */
    @Schema(name = "WorkProgrammeItem")
    public record WorkItem(Integer version, String title, String purpose, String leadOfficer, String requestedBy, java.util.UUID meetingId,
                           String status, String deferredReason) {
    }
}
