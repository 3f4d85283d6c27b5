package org.openasc.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import org.openasc.platform.web.FieldChecks;
import org.openasc.platform.codelist.CodeLists;
import org.openasc.platform.web.InvalidInput;
import org.openasc.feedback.domain.AnnualReportQuery;
import org.openasc.platform.calendar.Today;

/** Builds the annual report for a financial year from the record: aggregates only, so councillors may read it. */
@Service
public class AnnualReports {

    public static final String READ = "hasAnyRole('CUSTOMER_RELATIONS','TEAM_MANAGER','PERFORMANCE','COUNCILLOR','DEMOCRATIC_SERVICES')";
    private static final AnnualReport.Cell COMPLAINT_ZERO = new AnnualReport.Cell(0L, 0L, 0L, 0L, 0L, 0L, 0L, null);
    private static final AnnualReport.Cell RECEIVED_ZERO = new AnnualReport.Cell(0L, null, null, null, null, null, null, null);
    private static final AnnualReport.Cell FOI_ZERO = new AnnualReport.Cell(0L, null, null, null, null, null, 0L, 0L);

    /** Ombudsman outcomes in report order, as the rows of their table (not yet decided last). */
    static final List<String> OMBUDSMAN_OUTCOMES = List.of("Premature", "Outside jurisdiction", "Not upheld", "Fault found, no injustice",
            "Fault found with injustice", "Not yet decided");

    private final AnnualReportQuery query;
    private final Lessons lessons;
    private final CodeLists codes;
    private final Clock clock;

    AnnualReports(AnnualReportQuery query, Lessons lessons, CodeLists codes, Clock clock) {
        this.query = query;
        this.lessons = lessons;
        this.codes = codes;
        this.clock = clock;
    }

    @PreAuthorize(READ)
    public AnnualReport report(Integer financialYear) {
        int thisYear = Today.on(clock).getYear();
        if (financialYear == null || financialYear < 2010 || financialYear > thisYear) {
            throw new InvalidInput("financialYear", "Choose the year the financial year starts in, from 2010 to " + thisYear + " (2014 is April 2014 to March 2015)");
        }
        Map<String, AnnualReport.Table> tables = tables(financialYear);
        List<AnnualReport.Comparison> comparison = new ArrayList<>();
        for (int previous = financialYear - 1; previous >= financialYear - 2; previous--) {
            comparison.add(new AnnualReport.Comparison(previous, AnnualReport.totals(tables(previous))));
        }
        LocalDate from = LocalDate.of(financialYear, 4, 1);
        LocalDate to = from.plusYears(1).minusDays(1);
        // What a lesson says can name people: councillors and democratic services get the counts and the officers' paragraph.
        return new AnnualReport(financialYear, from, to, tables, comparison, Lessons.mayReadText() ? query.lessons(from, to) : List.of(),
                lessons.summary(from, to), query.narrative(financialYear));
    }

    /** An officer's paragraph for a section of the report (blank text removes it). */
    @PreAuthorize(Complaints.WORK)
    @org.springframework.transaction.annotation.Transactional
    public AnnualReport narrate(Integer financialYear, String section, String text) {
        List<org.openasc.platform.web.FieldProblem> problems = new ArrayList<>();
        if (section == null || !AnnualReport.SECTIONS.contains(section)) {
            problems.add(new org.openasc.platform.web.FieldProblem("section", "Choose a section: " + String.join(", ", AnnualReport.SECTIONS)));
        }
        FieldChecks.text(text, "text", "the paragraph", 8000, false, problems);
        FieldChecks.refuse(problems);
        AnnualReport checked = report(financialYear);
        query.narrate(financialYear, section, FieldChecks.trimmed(text), org.openasc.platform.security.CurrentStaff.username());
        return report(checked.financialYear());
    }

    private Map<String, AnnualReport.Table> tables(int year) {
        LocalDate from = LocalDate.of(year, 4, 1);
        LocalDate to = from.plusYears(1).minusDays(1);
        List<String> areas = values("feedback-service-area");
        Map<String, AnnualReport.Table> tables = new LinkedHashMap<>();
        tables.put("allFeedback", AnnualReport.Table.of(areas, query.allFeedback(from, to), RECEIVED_ZERO));
        tables.put("complaints", AnnualReport.Table.of(areas, query.complaints("service_area", from, to), COMPLAINT_ZERO));
        tables.put("complaintsByTheme", AnnualReport.Table.of(values("complaint-theme"), query.complaints("theme", from, to), COMPLAINT_ZERO));
        tables.put("compliments", AnnualReport.Table.of(areas, query.items("kind = 'COMPLIMENT'", from, to, false), RECEIVED_ZERO));
        tables.put("comments", AnnualReport.Table.of(areas, query.items("kind = 'COMMENT'", from, to, false), RECEIVED_ZERO));
        tables.put("mpEnquiries", AnnualReport.Table.of(areas, query.items("kind = 'MEMBER_ENQUIRY' and member_type = 'MP'", from, to, false), RECEIVED_ZERO));
        tables.put("councillorEnquiries", AnnualReport.Table.of(areas, query.items("kind = 'MEMBER_ENQUIRY' and member_type = 'COUNCILLOR'", from, to, false),
                RECEIVED_ZERO));
        tables.put("ombudsmanContacts", AnnualReport.Table.of(areas, query.items("kind = 'OMBUDSMAN'", from, to, false), RECEIVED_ZERO));
        tables.put("foiRequests", AnnualReport.Table.of(areas, query.items("kind = 'FOI'", from, to, true), FOI_ZERO));
        tables.put("ombudsmanOutcomes", AnnualReport.Table.of(OMBUDSMAN_OUTCOMES, query.ombudsmanOutcomes(from, to), RECEIVED_ZERO));
        return tables;
    }

    private List<String> values(String list) {
        return codes.list(list).orElseThrow().values().stream().map(CodeLists.CodeValue::value).toList();
    }
}
