package org.openasc.demo;

import java.time.LocalDate;
import java.util.List;

import org.openasc.committee.ActionView;
import org.openasc.committee.Actions;
import org.openasc.committee.CommitteeCommands;
import org.openasc.committee.CommitteeView;
import org.openasc.committee.Committees;
import org.openasc.committee.MeetingView;
import org.openasc.committee.Minutes;
import org.openasc.committee.ReportView;
import org.openasc.committee.Reports;
import org.openasc.committee.WorkProgramme;

/**
 * Anytown's scrutiny committee, set up by democratic services: last month's meeting with its risk report
 * published (written by the performance team, cleared by the manager), its minutes (to be approved at the next
 * meeting) and two actions, one answered; next month's with the quarterly performance and safeguarding
 * reports in draft; and the work programme. All through the real services.
 */
final class SyntheticCommittees {

    private SyntheticCommittees() {
    }

    static void build(Committees committees, Reports reports, Minutes minutes, Actions actions, WorkProgramme workProgramme, LocalDate today) {
        CommitteeView committee = DemoAuthority.as("democratic", "DEMOCRATIC_SERVICES", () -> committees.create(new CommitteeCommands.NewCommittee(
                "Adult Social Care and Health Scrutiny Committee", "Scrutinises adult social care: performance, safeguarding, the budget and the care market.",
                List.of(new CommitteeCommands.Member("councillor", "CHAIR"), new CommitteeCommands.Member("performance", "OFFICER"),
                        new CommitteeCommands.Member("finance", "OFFICER"), new CommitteeCommands.Member("manager", "CLEARING_OFFICER")))));
        MeetingView last = meeting(committees, committee, today.minusMonths(1).withDayOfMonth(10));
        standardItems(committees, last);
        MeetingView withRisk = item(committees, last, "Adult social care risk register", "TO_NOTE",
                new CommitteeCommands.ReportRequest("RISK", null, null, null, null, null));
        ReportView risk = DemoAuthority.as("performance", "PERFORMANCE", () -> {
            ReportView draft = reports.open(report(withRisk, "Adult social care risk register"));
            return reports.write(draft.id(), new CommitteeCommands.ReportText(draft.version(), "Adult social care risk register",
                    "To update the committee on the department's very high risks and how they have moved since the last meeting.",
                    List.of("Note the very high risks and the actions to reduce them",
                            "Ask for a report on care market sustainability at a future meeting"),
                    "The department reviews its risk register every quarter. Risks are scored for impact and likelihood before controls (gross), "
                            + "after them (net) and where we aim to be (target).",
                    List.of(new CommitteeCommands.Section("The care market", "Two providers handed back home care contracts this quarter; "
                            + "brokerage sourced every package affected within five days.")), List.of()));
        });
        ReportView submitted = DemoAuthority.as("performance", "PERFORMANCE", () -> reports.submit(risk.id(), new CommitteeCommands.Step(risk.version())));
        ReportView cleared = DemoAuthority.as("manager", "TEAM_MANAGER", () -> reports.clear(risk.id(), new CommitteeCommands.Step(submitted.version())));
        DemoAuthority.as("performance", "PERFORMANCE", () -> reports.publish(risk.id(), new CommitteeCommands.Step(cleared.version())));
        DemoAuthority.as("democratic", "DEMOCRATIC_SERVICES", () -> minutes.write(last.id(), new CommitteeCommands.MinutesText(null,
                List.of("Cllr Chris Council (Chair)", "Pat Performance", "Mo Manager"), List.of("Cllr A Absent"), List.of(),
                List.of(new CommitteeCommands.ItemMinute(4, "The committee considered the very high risks and asked about the care market.",
                        List.of("That the risk register be noted", "That a report on care market sustainability come to a future meeting"))))));
        ActionView asked = DemoAuthority.as("democratic", "DEMOCRATIC_SERVICES", () -> actions.record(last.id(), new CommitteeCommands.NewAction(4,
                "A breakdown of the home care contracts handed back, by zone", "councillor", "performance", null)));
        DemoAuthority.as("performance", "PERFORMANCE", () -> actions.respond(asked.id(), new CommitteeCommands.ActionResponse(asked.version(),
                "Two contracts in the rural zones were handed back; every package was sourced within five days.", false)));
        DemoAuthority.as("democratic", "DEMOCRATIC_SERVICES", () -> actions.record(last.id(), new CommitteeCommands.NewAction(4,
                "How many people waited over 28 days for a home care package last quarter", "councillor", "manager", null)));

        MeetingView next = meeting(committees, committee, today.plusMonths(1).withDayOfMonth(12));
        standardItems(committees, next);
        LocalDate monthEnd = today.withDayOfMonth(1).minusDays(1);
        item(committees, next, "Quarterly performance report", "FOR_INFORMATION",
                new CommitteeCommands.ReportRequest("PERFORMANCE", monthEnd, null, null, null, null));
        int quarter = ((today.getMonthValue() + 8) % 12) / 3 + 1;
        int year = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        int lastQuarter = quarter == 1 ? 4 : quarter - 1;
        item(committees, next, "Safeguarding adults: quarterly figures", "FOR_INFORMATION",
                new CommitteeCommands.ReportRequest("SAFEGUARDING", null, quarter == 1 ? year - 1 : year, null, lastQuarter, null));
        DemoAuthority.as("democratic", "DEMOCRATIC_SERVICES", () -> workProgramme.plan(committee.id(), new CommitteeCommands.WorkItem(null,
                "Care market sustainability", "FOR_INFORMATION", "Head of Commissioning", "The chair", next.id(), "CONFIRMED", null)));
        DemoAuthority.as("democratic", "DEMOCRATIC_SERVICES", () -> workProgramme.plan(committee.id(), new CommitteeCommands.WorkItem(null,
                "Complaints and compliments annual report", "TO_NOTE", "Customer Relations Manager", null, null, "PLANNED", null)));
        DemoAuthority.as("democratic", "DEMOCRATIC_SERVICES", () -> workProgramme.plan(committee.id(), new CommitteeCommands.WorkItem(null,
                "Day opportunities review", "FOR_DECISION", "Head of Service", "The committee", null, "DEFERRED", "Awaiting the consultation results")));
    }

    private static MeetingView meeting(Committees committees, CommitteeView committee, LocalDate day) {
        return DemoAuthority.as("democratic", "DEMOCRATIC_SERVICES", () -> committees.schedule(committee.id(),
                new CommitteeCommands.NewMeeting(day + "T18:00", "Council Chamber, Anytown Town Hall", null)));
    }

    private static void standardItems(Committees committees, MeetingView meeting) {
        item(committees, meeting, "Apologies for absence", "TO_NOTE", null, "APOLOGIES");
        item(committees, meeting, "Declarations of interest", "TO_NOTE", null, "DECLARATIONS");
        item(committees, meeting, "Minutes of the last meeting", "FOR_DECISION", null, "MINUTES");
    }

    private static MeetingView item(Committees committees, MeetingView meeting, String title, String purpose, CommitteeCommands.ReportRequest report) {
        return item(committees, meeting, title, purpose, report, report == null ? "OTHER" : "REPORT");
    }

    private static MeetingView item(Committees committees, MeetingView meeting, String title, String purpose, CommitteeCommands.ReportRequest report,
                                    String kind) {
        String author = report == null ? "democratic" : "performance";
        String role = report == null ? "DEMOCRATIC_SERVICES" : "PERFORMANCE";
        return DemoAuthority.as(author, role, () -> committees.addItem(meeting.id(), new CommitteeCommands.NewItem(null, kind, title, purpose,
                report == null ? null : "Pat Performance, Head of Performance", false, null, report)));
    }

    private static java.util.UUID report(MeetingView meeting, String title) {
        return meeting.items().stream().filter(i -> i.title().equals(title)).findFirst().orElseThrow().reportId();
    }
}
