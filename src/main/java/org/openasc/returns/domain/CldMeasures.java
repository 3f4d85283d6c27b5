package org.openasc.returns.domain;

import static org.openasc.returns.domain.CldAscof.*;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

import org.openasc.platform.codelist.CodeLists;
import org.openasc.platform.signals.MeasureFigures;
import org.springframework.security.access.prepost.PreAuthorize;
import org.openasc.platform.security.Access;
import org.openasc.platform.security.WithoutStaffCheck;

/**
 * The ASCOF measures DHSC computes from Client Level Data, computed by the council from the same rows it sends, as
 * DHSC's 2024/25-onwards code computes them (DHSC {@code ASC-CLD-LA-Dashboard}, {@code ASCOF_measures}): 2A, 2B and
 * 2C, 2E and its learning disability variant, 3D for clients (1a, 2a) and carers (1b, 2b), and 1E. The rules are
 * in {@link CldAscof} and {@link CldShortTermSequels}; each call reads the file once, over the longest look-back the
 * measures asked for need (2A 15 months and 7 days before the period end, 2B and 2C 365 days before its start).
 *
 * <p>Periods. A figure for a month is read on the 12 months to its end, as the quarterly file is: 2A, 2B, 2C, 2E, 2E LD,
 * 3D carers and 1E count what happened in those 12 months, so their basis is the rolling 12 months. 3D clients is
 * DHSC's snapshot of long-term support on the period's last day, so a snapshot. 1E is counted as DHSC's 2E LD and
 * SALT LTS004 count: everyone in long-term support at any time in the 12 months, with their latest employment status,
 * so it too is a rolling 12 months, not a snapshot (a snapshot would drop people whose support ended in the year).
 * The rows stop at the period end, as a single file does: an ST-Max episode ending in its last week is judged on what
 * followed by that day (DHSC, joining later files, can see 7 days on), so a month's 2A can differ a little from
 * DHSC's.
 *
 * <p>Not confirmed. DHSC publishes no code for 1E: it is counted here as SALT LTS004 table 1 counted it (of 18 to 64
 * year olds with long-term support whose primary support reason is learning disability, those whose latest
 * employment status is one of the {@code Paid:} values; an unknown status stays in the denominator). The 2E LD name
 * and the 3D parts' names are worded from DHSC's measure names; the carer categories are LTS003's, with support
 * involving the cared-for person (respite, sitting) counted as no direct support to the carer. Ages are worked from the
 * full date of birth the council holds (DHSC, holding less, assumes the 1st of the month).
 *
 * <p>Figures are counts only; the rows behind them are listed on the drill-down page, for those who may drill down.
 */
@Component
@WithoutStaffCheck("aggregate figures for the measure library, kept at month ends by the nightly job with nobody signed in; the records behind a figure need a role")
public class CldMeasures implements MeasureFigures {

    public static final String GROUP = "ASCOF (from Client Level Data)";
    private static final String REABLEMENT = "Head of Service, Hospital discharge and reablement";
    private static final String LONG_TERM_CARE = "Head of Service, Long-term care";
    private static final String PERSONALISATION = "Head of Service, Personalisation";
    private static final String ADMITTED = " whose long-term residential or nursing care home placement started in the 12 months, each counted once: not a"
            + " short-term placement, not one ending as self-funded, and not a move between homes (a placement that ended in the 365 days"
            + " before, or is still open)";
    private static final String SETTLED = "Of those people, the ones whose latest accommodation status is settled: their own home, a tenancy, with family"
            + " or friends, supported accommodation, Shared Lives, approved premises, sheltered or extra care housing, or a Traveller site; an"
            + " unknown status is taken from their long-term support (home support counts as at home, other community support does not)";
    private static final String CLIENTS = "Service users in long-term support in the community on the last day of the period, each counted once in their"
            + " highest setting (someone also in a care home is not counted)";
    private static final String CARERS = "Unpaid carers who had support direct to them in the 12 months by a direct payment, a council-managed personal"
            + " budget or commissioned support, each counted once in the first of these they had";

    private static final List<Definition> DEFINITIONS = List.of(
            new Definition(SHORT_TERM, "The proportion of people who received short-term services during the year – who previously were not receiving"
                    + " services – where no further request was made for ongoing support", GROUP,
                    "Of those episodes, the ones followed by no ongoing support: ongoing low level or other short-term support (not in a care"
                            + " home), information and advice, support ended as planned or for another reason, no services offered, a referral"
                            + " within the council, a move to another council, or no further action for another reason",
                    "ST-Max (reablement) episodes ending in the 12 months, of service users with no long-term support in the 91 days before"
                            + " (rows no more than 7 days apart make one episode), whose sequel is known: those above, long-term support or"
                            + " short-term care in a care home. Left out: death within 7 days, admission to hospital, support declined,"
                            + " self-funding, referral to the NHS, and episodes whose sequel cannot be told",
                    Unit.PERCENTAGE, Polarity.HIGHER_IS_BETTER, PeriodBasis.ROLLING_12_MONTHS, REABLEMENT),
            new Definition(ADMISSIONS_18_64, "The number of adults whose long-term support needs are met by admission to residential and nursing care"
                    + " homes, aged 18 to 64 (per 100,000 population)", GROUP, "Adults aged 18 to 64 at the start" + ADMITTED,
                    "The area's population aged 18 to 64 (ONS mid-year estimate for the year the financial year starts)", Unit.RATE_PER_100000,
                    Polarity.LOWER_IS_BETTER, PeriodBasis.ROLLING_12_MONTHS, LONG_TERM_CARE, "18-64"),
            new Definition(ADMISSIONS_65, "The number of adults whose long-term support needs are met by admission to residential and nursing care"
                    + " homes, aged 65 and over (per 100,000 population)", GROUP, "Adults aged 65 and over at the start" + ADMITTED,
                    "The area's population aged 65 and over (ONS mid-year estimate for the year the financial year starts)", Unit.RATE_PER_100000,
                    Polarity.LOWER_IS_BETTER, PeriodBasis.ROLLING_12_MONTHS, LONG_TERM_CARE, "65+"),
            new Definition(HOME, "The proportion of people who receive long-term support who live in their home or with family", GROUP, SETTLED,
                    "Service users aged 18 or over (or of unknown age) with long-term support at any time in the 12 months, unknown"
                            + " accommodation included", Unit.PERCENTAGE, Polarity.HIGHER_IS_BETTER, PeriodBasis.ROLLING_12_MONTHS, LONG_TERM_CARE),
            new Definition(HOME_LD, "The proportion of people who receive long-term support who live in their home or with family: adults aged 18 to"
                    + " 64 with a learning disability", GROUP, SETTLED, "Service users aged 18 to 64 whose primary support reason is learning"
                    + " disability support, with long-term support at any time in the 12 months, unknown accommodation included", Unit.PERCENTAGE,
                    Polarity.HIGHER_IS_BETTER, PeriodBasis.ROLLING_12_MONTHS, LONG_TERM_CARE),
            new Definition(CLIENTS_SDS, "The proportion of people who use services who receive self-directed support", GROUP,
                    "Of those people, the ones whose support is by direct payment or a council-managed personal budget", CLIENTS, Unit.PERCENTAGE,
                    Polarity.HIGHER_IS_BETTER, PeriodBasis.SNAPSHOT, PERSONALISATION),
            new Definition(CLIENTS_DP, "The proportion of people who use services who receive direct payments", GROUP,
                    "Of those people, the ones whose support is by direct payment (a Direct Payment component counts as one)", CLIENTS,
                    Unit.PERCENTAGE, Polarity.HIGHER_IS_BETTER, PeriodBasis.SNAPSHOT, PERSONALISATION),
            new Definition(CARERS_SDS, "The proportion of carers who receive self-directed support", GROUP,
                    "Of those carers, the ones supported by a direct payment or a council-managed personal budget", CARERS, Unit.PERCENTAGE,
                    Polarity.HIGHER_IS_BETTER, PeriodBasis.ROLLING_12_MONTHS, PERSONALISATION),
            new Definition(CARERS_DP, "The proportion of carers who receive direct payments", GROUP,
                    "Of those carers, the ones supported by a direct payment", CARERS, Unit.PERCENTAGE, Polarity.HIGHER_IS_BETTER,
                    PeriodBasis.ROLLING_12_MONTHS, PERSONALISATION),
            new Definition(EMPLOYMENT, "The proportion of working-age adults with a learning disability in paid employment", GROUP,
                    "Of those people, the ones whose latest employment status is paid work (any of the Paid: statuses)",
                    "Service users aged 18 to 64 whose primary support reason is learning disability support, with long-term support at any time"
                            + " in the 12 months, unknown employment included", Unit.PERCENTAGE, Polarity.HIGHER_IS_BETTER,
                    PeriodBasis.ROLLING_12_MONTHS, LONG_TERM_CARE));

    private final CldQuery query;
    private final CodeLists codes;

    CldMeasures(CldQuery query, CodeLists codes) {
        this.query = query;
        this.codes = codes;
    }

    @Override
    public List<Definition> definitions() {
        return DEFINITIONS;
    }

    /** A reading re-reads a year of the file (at county scale well over 100,000 rows), so the month in progress is read on a timetable. */
    @Override
    public boolean readOnSchedule() {
        return true;
    }

    public Optional<Definition> definition(String reference) {
        return DEFINITIONS.stream().filter(d -> d.reference().equals(reference)).findFirst();
    }

    @Override
    public Optional<Figure> figure(String reference, LocalDate end) {
        return Optional.ofNullable(figures(List.of(reference), end).get(reference));
    }

    /** Every measure asked for from one reading of the file. */
    @Override
    public Map<String, Figure> figures(Collection<String> references, LocalDate end) {
        Map<String, Figure> figures = new LinkedHashMap<>();
        counted(references, end).forEach((reference, p) -> figures.put(reference, rate(reference) ? Figure.count(p.numerator().size())
                : Figure.share(p.numerator().size(), p.denominator().size())));
        return figures;
    }

    /**
     * What each of the measures counted for the period ending on {@code end}: the rows behind the figures, personal data
     * for the drill-down page, which checks who may see them. Measures this module does not offer are left out.
     */
    public Map<String, Parts> counted(Collection<String> references, LocalDate end) {
        List<String> mine = REFERENCES.stream().filter(references::contains).toList();
        if (mine.isEmpty()) {
            return Map.of();
        }
        LocalDate from = mine.stream().map(r -> horizon(r, end)).min(LocalDate::compareTo).orElseThrow();
        List<CldEvent> events = query.events(from, end).stream().map(CldEvent::of).toList();
        return CldAscof.count(events, end, accommodation(), mine);
    }

    /** The rows counted in each part, on the measure records page; a rate's denominator is the population, with nothing to list. */
    @Override
    @PreAuthorize(Access.READ_PEOPLE)
    public Optional<DrillDown> drillDown(String reference, LocalDate end) {
        if (!REFERENCES.contains(reference)) {
            return Optional.empty();
        }
        String page = "/returns/cld/measures/" + UriUtils.encodePathSegment(reference, StandardCharsets.UTF_8) + "?end=" + end + "&part=";
        return Optional.of(new DrillDown(page + "numerator", rate(reference) ? null : page + "denominator"));
    }

    /** Each accommodation status with whether it is settled, as the national list marks it. */
    private Map<String, Boolean> accommodation() {
        Map<String, Boolean> statuses = new LinkedHashMap<>();
        codes.list("accommodation-status").ifPresent(l -> l.values().forEach(v -> statuses.put(v.value(), Boolean.TRUE.equals(v.settled()))));
        return statuses;
    }
}
