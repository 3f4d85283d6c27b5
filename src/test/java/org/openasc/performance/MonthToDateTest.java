package org.openasc.performance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

import org.openasc.performance.domain.MonthToDateStore;
import org.openasc.performance.domain.PerformanceStore;
import org.openasc.platform.calendar.Today;
import org.openasc.platform.security.Role;
import org.openasc.returns.domain.CldMeasures;
import org.openasc.testing.Api;
import org.openasc.testing.IntegrationTest;
import org.openasc.testing.Session;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The month in progress of the measures read from a year of Client Level Data is read on a timetable and kept: the
 * scorecard shows the kept reading with its time (never a reading of an earlier day), other measures are read as asked,
 * and a past date's scorecard is read from the record. Which value is shown is told apart by writing a value into the
 * kept reading that the record could not give (142.4, a share over 100 per cent).
 */
class MonthToDateTest extends IntegrationTest {

    private static final String DIRECT_PAYMENTS = "ASCOF 3D 2a";

    @Autowired
    private MonthToDate monthToDate;
    @Autowired
    private MonthToDateStore readings;
    @Autowired
    private ComputedFigures figures;
    @Autowired
    private PerformanceStore measures;
    @Autowired
    private CldMeasures cld;
    @Autowired
    private Clock clock;

    @Test
    void theTimetableReadsEveryClientLevelDataMeasureAndKeepsItsFigureWithTheTime() {
        LocalDate today = Today.on(clock);
        Instant before = clock.instant();
        assertThat(monthToDate.readAll()).isEqualTo(cld.definitions().size());
        MonthToDateStore.Reading kept = readings.readOn(List.of(DIRECT_PAYMENTS), today).get(DIRECT_PAYMENTS);
        var live = figures.figures(List.of(row(DIRECT_PAYMENTS)), today).get(DIRECT_PAYMENTS);
        assertThat(kept.readAt()).isAfterOrEqualTo(before);
        assertThat(kept.numerator()).isEqualByComparingTo(live.numerator());
        assertThat(kept.denominator()).isEqualByComparingTo(live.denominator());
    }

    @Test
    void theScorecardShowsTheKeptReadingWithItsTimeAndOtherMeasuresAsTheyStand() {
        LocalDate today = Today.on(clock);
        monthToDate.readAll();
        keptValue(DIRECT_PAYMENTS, "142.4", today);
        Api team = staffWith(Role.PERFORMANCE);

        JsonNode month = monthInProgress(team.get("/api/v1/performance/scorecard").json(), DIRECT_PAYMENTS);
        assertThat(month.path("value").decimalValue()).isEqualByComparingTo("142.4");
        assertThat(month.path("toDate").asBoolean()).isEqualTo(today.getDayOfMonth() < today.lengthOfMonth());
        Instant readAt = Instant.parse(month.path("readAt").asString());
        assertThat(readAt).isEqualTo(readings.readOn(List.of(DIRECT_PAYMENTS), today).get(DIRECT_PAYMENTS).readAt());

        JsonNode card = team.get("/api/v1/performance/scorecard").json();
        List<JsonNode> readAsAsked = rows(card).stream().filter(r -> "COMPUTED".equals(r.path("source").asString())
                && !r.path("reference").asString().startsWith("ASCOF ")).toList();
        assertThat(readAsAsked).isNotEmpty().allSatisfy(r -> assertThat(last(r).path("readAt").isNull() || last(r).path("readAt").isMissingNode())
                .as(r.path("reference").asString()).isTrue());

        if (month.path("toDate").asBoolean()) { // on a month's last day the month shows as complete, with no "to date"
            String page = new Session(port, team).page("/performance").body();
            assertThat(page).contains("to date, as at " + new org.openasc.platform.web.DateDisplay().time(readAt));
        }
    }

    @Test
    void aReadingOfAnEarlierDayIsNotShownButReadAgainAndKept() {
        LocalDate today = Today.on(clock);
        monthToDate.readAll();
        keptValue(DIRECT_PAYMENTS, "142.4", today.minusDays(1));
        Instant asked = clock.instant();

        JsonNode month = monthInProgress(staffWith(Role.PERFORMANCE).get("/api/v1/performance/scorecard").json(), DIRECT_PAYMENTS);
        var live = figures.figures(List.of(row(DIRECT_PAYMENTS)), today).get(DIRECT_PAYMENTS);
        assertSame(decimal(month.path("value")), live.value());
        MonthToDateStore.Reading kept = readings.readOn(List.of(DIRECT_PAYMENTS), today).get(DIRECT_PAYMENTS);
        assertThat(kept).as("read again today and kept").isNotNull();
        assertThat(kept.readAt()).isAfterOrEqualTo(asked);
    }

    @Test
    void aPastDatesScorecardIsReadFromTheRecordNotFromTodaysReading() {
        LocalDate today = Today.on(clock);
        monthToDate.readAll();
        keptValue(DIRECT_PAYMENTS, "142.4", today);
        LocalDate past = today.withDayOfMonth(1).minusMonths(2).plusDays(9);
        JsonNode month = monthInProgress(staffWith(Role.PERFORMANCE).get("/api/v1/performance/scorecard?asOf=" + past).json(), DIRECT_PAYMENTS);
        assertThat(month.path("readAt").isNull() || month.path("readAt").isMissingNode()).isTrue();
        var live = figures.figures(List.of(row(DIRECT_PAYMENTS)), past).get(DIRECT_PAYMENTS);
        assertSame(decimal(month.path("value")), live.value());
    }

    @Test
    void anOlderReadingFinishingLastDoesNotReplaceANewerOne() {
        LocalDate today = Today.on(clock);
        Instant now = clock.instant();
        readings.keep(new MonthToDateStore.Reading(DIRECT_PAYMENTS, today, new java.math.BigDecimal("10.0"), null, null, now.plusSeconds(60)));
        readings.keep(new MonthToDateStore.Reading(DIRECT_PAYMENTS, today, new java.math.BigDecimal("20.0"), null, null, now));
        assertThat(readings.readOn(List.of(DIRECT_PAYMENTS), today).get(DIRECT_PAYMENTS).value()).isEqualByComparingTo("10.0");
        readings.keep(new MonthToDateStore.Reading(DIRECT_PAYMENTS, today, new java.math.BigDecimal("30.0"), null, null, now.plusSeconds(120)));
        assertThat(readings.readOn(List.of(DIRECT_PAYMENTS), today).get(DIRECT_PAYMENTS).value()).isEqualByComparingTo("30.0");
    }

    /** The same figure, both absent (a share of nobody) or equal; the record cannot give 142.4 here, so this tells the kept value apart. */
    private static void assertSame(java.math.BigDecimal shown, java.math.BigDecimal live) {
        if (live == null) {
            assertThat(shown).isNull();
        } else {
            assertThat(shown).isNotNull().isEqualByComparingTo(live);
        }
        assertThat(shown == null || shown.compareTo(new java.math.BigDecimal("142.4")) != 0).isTrue();
    }

    private static java.math.BigDecimal decimal(JsonNode value) {
        return value.isMissingNode() || value.isNull() ? null : value.decimalValue();
    }

    private void keptValue(String reference, String value, LocalDate readOn) {
        assertThat(jdbc.sql("update performance.month_to_date_reading set value = cast(:v as numeric), read_on = :day where reference = :ref")
                .param("v", value).param("day", readOn).param("ref", reference).update()).isEqualTo(1);
    }

    private PerformanceStore.MeasureRow row(String reference) {
        return measures.measure(reference).orElseThrow();
    }

    private static List<JsonNode> rows(JsonNode card) {
        return StreamSupport.stream(card.path("groups").spliterator(), false)
                .flatMap(g -> StreamSupport.stream(g.path("measures").spliterator(), false)).toList();
    }

    private static JsonNode monthInProgress(JsonNode card, String reference) {
        return last(rows(card).stream().filter(r -> reference.equals(r.path("reference").asString())).findFirst().orElseThrow());
    }

    private static JsonNode last(JsonNode row) {
        JsonNode months = row.path("months");
        return months.get(months.size() - 1);
    }
}
