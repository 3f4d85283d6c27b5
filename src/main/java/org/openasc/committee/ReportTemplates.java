package org.openasc.committee;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import org.openasc.feedback.AnnualReports;
import org.openasc.finance.BudgetMonitoring;
import org.openasc.finance.MediumTermStrategy;
import org.openasc.liberty.DolsStatistics;
import org.openasc.liberty.MhaAssessments;
import org.openasc.providers.ProviderRegister;
import org.openasc.performance.Scorecard;
import org.openasc.platform.web.FieldChecks;
import org.openasc.risk.Risks;
import org.openasc.safeguarding.SafeguardingFigures;

/**
 * The report templates: what each reads from the record, checked when the report is set up and read
 * again, as the caller, whenever the live report is shown. Each module's own rule decides who may read
 * its figures.
 */
@Component
class ReportTemplates {

    static final List<String> TEMPLATES = List.of("PERFORMANCE", "BUDGET_MONITORING", "RISK", "SAFEGUARDING", "COMPLAINTS", "DOLS_MHA",
            "CARE_MARKET", "MTFS", "FREE");

    private final Scorecard scorecard;
    private final BudgetMonitoring budget;
    private final Risks risks;
    private final SafeguardingFigures safeguarding;
    private final AnnualReports complaints;
    private final DolsStatistics dols;
    private final MhaAssessments mha;
    private final ProviderRegister market;
    private final MediumTermStrategy strategy;

    ReportTemplates(Scorecard scorecard, BudgetMonitoring budget, Risks risks, SafeguardingFigures safeguarding, AnnualReports complaints,
                    DolsStatistics dols, MhaAssessments mha, ProviderRegister market, MediumTermStrategy strategy) {
        this.scorecard = scorecard;
        this.budget = budget;
        this.risks = risks;
        this.safeguarding = safeguarding;
        this.complaints = complaints;
        this.dols = dols;
        this.mha = mha;
        this.market = market;
        this.strategy = strategy;
    }

    /** The request with only what its template reads, or every problem with it. */
    CommitteeCommands.ReportRequest check(CommitteeCommands.ReportRequest r, LocalDate today) {
        FieldChecks checks = new FieldChecks();
        if (r == null || r.template() == null || !TEMPLATES.contains(r.template())) {
            checks.add("report.template", "Choose the report's template: " + String.join(", ", TEMPLATES)).orRefuse();
        }
        switch (r.template()) {
            case "PERFORMANCE", "CARE_MARKET" -> {
                if (r.asOf() == null || r.asOf().isAfter(today)) {
                    checks.add("report.asOf", "Enter the date the figures are as at, today or in the past");
                }
            }
            case "COMPLAINTS", "MTFS" -> year(r.financialYear(), today, checks);
            case "BUDGET_MONITORING" -> {
                year(r.financialYear(), today, checks);
                if (r.period() == null || r.period() < 1 || r.period() > 12) {
                    checks.add("report.period", "Enter the period, 1 (April) to 12 (March)");
                }
            }
            case "SAFEGUARDING", "DOLS_MHA" -> {
                year(r.financialYear(), today, checks);
                if (r.quarter() == null || r.quarter() < 1 || r.quarter() > 4) {
                    checks.add("report.quarter", "Enter the quarter, 1 (April to June) to 4 (January to March)");
                } else if (!checks.has("report.financialYear") && quarterStart(r.financialYear(), r.quarter()).isAfter(today)) {
                    checks.add("report.quarter", "The quarter has not started yet");
                } else if (r.asOf() != null && !checks.has("report.financialYear") && "SAFEGUARDING".equals(r.template())
                        && (r.asOf().isAfter(today) || r.asOf().isBefore(quarterStart(r.financialYear(), r.quarter())))) {
                    checks.add("report.asOf", "The monthly tables stand at a date from the start of the quarter to today");
                }
            }
            case "RISK" -> {
                if (r.register() != null && !r.register().isBlank() && !risks.registers().contains(r.register())) {
                    checks.add("report.register", "Choose a register: " + String.join(", ", risks.registers()));
                }
            }
            default -> {
            }
        }
        checks.orRefuse();
        return switch (r.template()) {
            case "PERFORMANCE", "CARE_MARKET" -> new CommitteeCommands.ReportRequest(r.template(), r.asOf(), null, null, null, null);
            case "COMPLAINTS", "MTFS" -> new CommitteeCommands.ReportRequest(r.template(), null, r.financialYear(), null, null, null);
            case "BUDGET_MONITORING" -> new CommitteeCommands.ReportRequest(r.template(), null, r.financialYear(), r.period(), null, null);
            case "SAFEGUARDING" -> new CommitteeCommands.ReportRequest(r.template(), r.asOf(), r.financialYear(), null, r.quarter(), null);
            case "DOLS_MHA" -> new CommitteeCommands.ReportRequest(r.template(), null, r.financialYear(), null, r.quarter(), null);
            case "RISK" -> new CommitteeCommands.ReportRequest(r.template(), null, null, null, null,
                    r.register() == null || r.register().isBlank() ? null : r.register());
            default -> new CommitteeCommands.ReportRequest(r.template(), null, null, null, null, null);
        };
    }

    /** The figures as the record stands now. */
    ReportFigures compute(CommitteeCommands.ReportRequest r, LocalDate today) {
        return switch (r.template()) {
            case "PERFORMANCE" -> PerformanceTables.of(scorecard.scorecard(r.asOf()));
            case "BUDGET_MONITORING" -> BudgetTables.of(budget.report(r.financialYear(), r.period()));
            case "RISK" -> RiskTables.of(risks.search(r.register(), null), r.register());
            case "SAFEGUARDING" -> {
                LocalDate from = quarterStart(r.financialYear(), r.quarter());
                LocalDate to = quarterEnd(from, today);
                yield SafeguardingTables.of(safeguarding.summary(from, to), safeguarding.closedByOutcome(from, to),
                        safeguarding.organisational(null, r.asOf() == null ? to : r.asOf()), from, to);
            }
            case "DOLS_MHA" -> {
                LocalDate from = quarterStart(r.financialYear(), r.quarter());
                LocalDate to = quarterEnd(from, today);
                yield LibertyTables.of(dols.backlog(to), mha.figures(from, to));
            }
            case "COMPLAINTS" -> ComplaintTables.of(complaints.report(r.financialYear()));
            case "CARE_MARKET" -> MarketTables.of(market.summary(r.asOf()));
            case "MTFS" -> StrategyTables.of(strategy.summary(r.financialYear()));
            default -> ReportFigures.none();
        };
    }

    /** The quarter's last day, or today while it is still running. */
    private static LocalDate quarterEnd(LocalDate start, LocalDate today) {
        LocalDate end = start.plusMonths(3).minusDays(1);
        return end.isAfter(today) ? today : end;
    }

    static LocalDate quarterStart(int financialYear, int quarter) {
        return LocalDate.of(financialYear, 4, 1).plusMonths(3L * (quarter - 1));
    }

    private static void year(Integer year, LocalDate today, FieldChecks checks) {
        if (year == null || year < 2000 || year > today.getYear()) {
            checks.add("report.financialYear", "Enter the year the financial year starts in, 2000 to " + today.getYear());
        }
    }
}
