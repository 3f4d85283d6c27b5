package org.openasc.performance;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;

import tools.jackson.databind.JsonNode;

import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The performance framework over its API: measures entered by the performance team, their targets and RAG rules, typed
 * values and their corrections, the control chart and the scorecard worked by hand, benchmarks and population estimates
 * imported as CSV, and who may read and who may change them.
 */
class PerformanceApiTest extends IntegrationTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final String SOURCE = "Monthly workforce return";

    @Value("${openasc.performance.area-code}")
    String ownArea;

    @Test
    void thePerformanceTeamAddsAnEnteredMeasureAndAnIncompleteUnknownOrRepeatedOneIsRefused() {
        Api team = staffWith(Role.PERFORMANCE);
        String ref = reference();
        String group = uniqueName("Workforce ");
        Api.Response created = team.post("/api/v1/measures", measure(ref, group, "PERCENTAGE", "HIGHER_IS_BETTER", "SNAPSHOT"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.location()).endsWith("/api/v1/measures/" + ref);
        JsonNode m = created.json();
        assertThat(m.path("reference").asString()).isEqualTo(ref);
        assertThat(m.path("group").asString()).isEqualTo(group);
        assertThat(m.path("source").asString()).isEqualTo("ENTERED");
        assertThat(m.path("unit").asString()).isEqualTo("PERCENTAGE");
        assertThat(m.path("polarity").asString()).isEqualTo("HIGHER_IS_BETTER");
        assertThat(m.path("basis").asString()).isEqualTo("SNAPSHOT");
        assertThat(m.path("version").asInt()).isZero();
        assertThat(m.path("ragRule").path("isDefault").asBoolean()).as("no rule of its own yet").isTrue();
        assertThat(team.get(created.location().substring(created.location().indexOf("/api/"))).json().path("name").asString())
                .isEqualTo("Care workers still in post after a year " + ref);

        List<String> listed = new ArrayList<>();
        team.get("/api/v1/measures").json().path("items").forEach(i -> listed.add(i.path("reference").asString()));
        assertThat(listed).contains(ref, "LTS-REVIEWED");

        Api.Response empty = team.post("/api/v1/measures", Map.of());
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.contentType()).startsWith("application/problem+json");
        for (String field : List.of("reference", "name", "group", "numerator", "owner", "unit", "polarity", "basis")) {
            assertThat(empty.errorFor(field)).as(field).isNotNull();
        }
        assertThat(empty.errorFor("denominator")).as("a count has no denominator, so none is needed").isNull();

        String other = reference();
        Map<String, Object> unknown = measure(other, group, "PERCENT", "UP", "SNAPSHOT");
        Api.Response refused = team.post("/api/v1/measures", unknown);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFor("unit")).contains("PERCENTAGE").contains("COUNT");
        assertThat(refused.errorFor("polarity")).contains("HIGHER_IS_BETTER");
        assertThat(refused.errorFor("basis")).isNull();
        assertThat(team.get("/api/v1/measures/" + other).status()).as("nothing was added").isEqualTo(404);

        Api.Response again = team.post("/api/v1/measures", measure(ref, group, "COUNT", "LOWER_IS_BETTER", "MONTH"));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.errorFor("reference")).isEqualTo("There is already a measure " + ref);
        assertThat(team.post("/api/v1/measures", measure("LOCAL/" + ref.substring(6), group, "COUNT", "NEITHER", "MONTH"))
                .errorFor("reference")).contains("letters, numbers");
    }

    @Test
    void aYearsTargetIsChangedOnlyFromItsVersionAndAProfileKeepsToTheMonthsOfThatYear() {
        Api team = staffWith(Role.PERFORMANCE);
        String ref = addMeasure(team, "COUNT", "HIGHER_IS_BETTER", "MONTH");
        String path = "/api/v1/measures/" + ref + "/targets/2024";

        Api.Response set = team.put(path, Map.of("target", 78.0));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.json().path("target").decimalValue()).isEqualByComparingTo("78");
        assertThat(set.json().path("financialYearLabel").asString()).isEqualTo("2024/25");
        assertThat(set.json().path("version").asInt()).isZero();

        Api.Response noVersion = team.put(path, Map.of("target", 80.0));
        assertThat(noVersion.status()).isEqualTo(400);
        assertThat(noVersion.errorFor("version")).contains("(it is 0)");
        assertThat(team.put(path, Map.of("target", 80.0, "version", 3)).status()).as("a stale version").isEqualTo(409);
        Api.Response changed = team.put(path, Map.of("target", 80.0, "version", 0));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().path("target").decimalValue()).isEqualByComparingTo("80");
        assertThat(changed.json().path("version").asInt()).isEqualTo(1);
        assertThat(team.put(path, Map.of("target", 81.0, "version", 0)).status()).as("the version it was changed from is stale now").isEqualTo(409);

        // 2025-06 is June of 2025/26, not of 2024/25 (April 2024 to March 2025).
        Api.Response wrongYear = team.put(path, Map.of("target", 600, "profile", Map.of("2024-06", 600, "2025-06", 1), "version", 1));
        assertThat(wrongYear.status()).isEqualTo(400);
        assertThat(wrongYear.errorFor("profile")).isEqualTo("2025-06 is not in 2024/25 (April 2024 to March 2025)");
        assertThat(team.put(path, Map.of("target", 600, "profile", Map.of("June", 600), "version", 1)).errorFor("profile"))
                .contains("June is not a month");
        assertThat(team.get("/api/v1/measures/" + ref + "/targets").json().path("items").get(0).path("target").decimalValue())
                .as("nothing from the refused profiles was kept").isEqualByComparingTo("80");

        Api.Response profiled = team.put(path, Map.of("target", 600, "profile", Map.of("2024-06", 550, "2025-03", 650), "version", 1));
        assertThat(profiled.status()).as(profiled.toString()).isEqualTo(200);
        assertThat(profiled.json().path("profile").path("2024-06").decimalValue()).isEqualByComparingTo("550");
        assertThat(profiled.json().path("profile").path("2025-03").decimalValue()).isEqualByComparingTo("650");
        assertThat(team.put("/api/v1/measures/" + ref + "/targets/2024", Map.of("version", 2)).errorFor("target")).isEqualTo("Give the target for 2024/25");
        assertThat(team.put("/api/v1/measures/" + ref + "/targets/1999", Map.of("target", 5)).errorFor("financialYear")).contains("2024 for 2024/25");
    }

    @Test
    void aMeasureKeptWithinABandTakesABandAndAMeasureWithNoAimTakesNoTarget() {
        Api team = staffWith(Role.PERFORMANCE);
        String band = addMeasure(team, "PERCENTAGE", "WITHIN_BAND", "SNAPSHOT");
        Api.Response noBand = team.put("/api/v1/measures/" + band + "/targets/2024", Map.of("target", 58.0));
        assertThat(noBand.status()).isEqualTo(400);
        assertThat(noBand.errorFor("band")).contains("lower and upper");
        assertThat(noBand.errorFor("target")).contains("is aimed at a band: give a band, not a target value");
        assertThat(team.put("/api/v1/measures/" + band + "/targets/2024", Map.of("band", Map.of("lower", 61.0, "upper", 56.0))).errorFor("band"))
                .contains("must not be above");
        Api.Response set = team.put("/api/v1/measures/" + band + "/targets/2024", Map.of("band", Map.of("lower", 56.0, "upper", 61.0)));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.json().path("band").path("lower").decimalValue()).isEqualByComparingTo("56");
        assertThat(set.json().path("band").path("upper").decimalValue()).isEqualByComparingTo("61");
        assertThat(set.json().path("target").isMissingNode()).as("a band, no value").isTrue();

        String higher = addMeasure(team, "PERCENTAGE", "HIGHER_IS_BETTER", "SNAPSHOT");
        Api.Response bandOnHigher = team.put("/api/v1/measures/" + higher + "/targets/2024", Map.of("target", 58.0,
                "band", Map.of("lower", 56.0, "upper", 61.0)));
        assertThat(bandOnHigher.status()).isEqualTo(400);
        assertThat(bandOnHigher.errorFor("band")).isEqualTo("Only a measure aimed at a band (polarity within band) has a band");

        String neither = addMeasure(team, "COUNT", "NEITHER", "MONTH");
        Api.Response noAim = team.put("/api/v1/measures/" + neither + "/targets/2024", Map.of("target", 10));
        assertThat(noAim.status()).isEqualTo(400);
        assertThat(noAim.errorFor("target")).isEqualTo("Measure " + neither + " has no aim (polarity neither), so it has no target and no RAG status");
        assertThat(team.get("/api/v1/measures/" + neither + "/targets").json().path("items")).as("nothing kept").isEmpty();
        assertThat(team.get("/api/v1/measures/" + neither).json().path("ragRule").isMissingNode()).as("and no RAG rule shown").isTrue();
    }

    @Test
    void aMeasuresOwnRagRuleLetsAmberReachAtLeastAsFarAsGreenAndIsChangedFromItsVersion() {
        Api team = staffWith(Role.PERFORMANCE);
        String ref = addMeasure(team, "PERCENTAGE", "HIGHER_IS_BETTER", "SNAPSHOT");
        String path = "/api/v1/measures/" + ref + "/rag-rule";

        Api.Response narrower = team.put(path, rule("5", "2", "ABSOLUTE", 0));
        assertThat(narrower.status()).isEqualTo(400);
        assertThat(narrower.errorFor("amberWithin")).isEqualTo("Amber must reach at least as far from the target as green (5)");
        Api.Response badBasis = team.put(path, rule("2", "5", "PERCENT", 0));
        assertThat(badBasis.status()).isEqualTo(400);
        assertThat(badBasis.errorFor("basis")).contains("RELATIVE").contains("ABSOLUTE");
        Map<String, Object> noVersion = new HashMap<>(rule("2", "5", "ABSOLUTE", 0));
        noVersion.remove("version");
        assertThat(team.put(path, noVersion).errorFor("version")).isNotNull();
        assertThat(team.put(path, rule("-1", "5", "ABSOLUTE", 0)).errorFor("greenWithin")).contains("from zero");
        assertThat(team.put(path, rule("2", "5", "ABSOLUTE", 4)).status()).as("a stale version").isEqualTo(409);
        assertThat(team.get("/api/v1/measures/" + ref).json().path("ragRule").path("isDefault").asBoolean()).as("nothing refused was kept").isTrue();

        Api.Response set = team.put(path, rule("2", "5", "ABSOLUTE", 0));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        JsonNode r = set.json().path("ragRule");
        assertThat(r.path("isDefault").asBoolean()).isFalse();
        assertThat(r.path("greenWithin").decimalValue()).isEqualByComparingTo("2");
        assertThat(r.path("amberWithin").decimalValue()).isEqualByComparingTo("5");
        assertThat(r.path("basis").asString()).isEqualTo("ABSOLUTE");
        assertThat(set.json().path("version").asInt()).isEqualTo(1);
        assertThat(team.put(path, rule("1", "3", "RELATIVE", 0)).status()).as("0 is stale now").isEqualTo(409);

        String neither = addMeasure(team, "COUNT", "NEITHER", "MONTH");
        Api.Response noAim = team.put("/api/v1/measures/" + neither + "/rag-rule", rule("2", "5", "ABSOLUTE", 0));
        assertThat(noAim.status()).isEqualTo(400);
        assertThat(noAim.errorFor("greenWithin")).isEqualTo("Measure " + neither + " has no aim (polarity neither), so it has no RAG rule");
    }

    @Test
    void valuesAreTypedForClosedMonthsOnlyAndACorrectionNeedsTheVersionAndAReason() {
        Api team = staffWith(Role.PERFORMANCE);
        String ref = addMeasure(team, "PERCENTAGE", "HIGHER_IS_BETTER", "SNAPSHOT");
        String values = "/api/v1/measures/" + ref + "/values/";

        assertThat(enter(team, ref, "2019-13", "70").errorFor("period")).isEqualTo("Give a month from 2000 to 2100 as year and month, such as 2024-06");
        assertThat(enter(team, ref, "June", "70").errorFor("period")).isEqualTo("Give a month from 2000 to 2100 as year and month, such as 2024-06");
        String nextMonth = YearMonth.now(LONDON).plusMonths(1).toString();
        assertThat(enter(team, ref, nextMonth, "70").errorFor("period")).isEqualTo(nextMonth + " has not started yet");
        Api.Response computed = enter(team, "LTS-REVIEWED", "2019-04", "70");
        assertThat(computed.status()).isEqualTo(400);
        assertThat(computed.errorFor("value")).isEqualTo("LTS-REVIEWED is computed from the record, so its values cannot be typed");
        assertThat(enter(team, ref, "2019-04", "100.5").errorFor("value")).isEqualTo("A percentage is from 0 to 100");
        assertThat(team.put(values + "2019-04", Map.of("value", 70)).errorFor("source")).isNotNull();
        assertThat(team.put(values + "2019-04", Map.of("source", SOURCE)).errorFor("value")).isEqualTo("Enter the value for 2019-04");
        assertThat(team.put(values + "2019-04", Map.of("value", "seventy", "source", SOURCE)).errorFor("value")).as("the wrong form").isNotNull();

        Api.Response first = enter(team, ref, "2019-04", "37");
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().path("value").decimalValue()).isEqualByComparingTo("37");
        assertThat(first.json().path("revised").asBoolean()).isFalse();
        assertThat(first.json().path("source").asString()).isEqualTo(SOURCE);

        Api.Response again = enter(team, ref, "2019-04", "73");
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.errorFor("version")).isEqualTo("A value for 2019-04 is already entered: give its version (0) and a reason to correct it");
        assertThat(again.errorFor("reason")).isEqualTo("Say why the value for 2019-04 is corrected");
        assertThat(team.put(values + "2019-04", Map.of("value", 73, "source", SOURCE, "version", 0)).errorFor("reason")).isNotNull();
        assertThat(team.put(values + "2019-04", correction("73", 2)).status()).as("a stale version").isEqualTo(409);
        Api.Response corrected = team.put(values + "2019-04", correction("73", 0));
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        assertThat(corrected.json().path("value").decimalValue()).isEqualByComparingTo("73");
        assertThat(corrected.json().path("revised").asBoolean()).isTrue();
        assertThat(team.put(values + "2019-04", correction("74", 0)).status()).as("0 is stale now").isEqualTo(409);

        // Four months are on the chart: 15 - 4 = 11 more are needed before it has limits.
        for (String period : List.of("2019-05", "2019-06", "2019-07")) {
            assertThat(enter(team, ref, period, "70").status()).isEqualTo(200);
        }
        JsonNode series = team.get("/api/v1/measures/" + ref + "/series?from=2019-04&to=2019-08").json();
        assertThat(series.path("points")).hasSize(4);
        JsonNode april = series.path("points").get(0);
        assertThat(april.path("period").asString()).isEqualTo("2019-04");
        assertThat(april.path("value").decimalValue()).isEqualByComparingTo("73");
        assertThat(april.path("revised").asBoolean()).isTrue();
        assertThat(series.path("points").get(1).path("revised").asBoolean()).isFalse();
        assertThat(series.path("spc").path("pointsNeeded").asInt()).isEqualTo(11);
        assertThat(series.path("spc").path("mean").isMissingNode()).as("no limits yet").isTrue();
        assertThat(series.path("spc").path("variation").isMissingNode()).isTrue();
        assertThat(team.get("/api/v1/measures/" + ref + "/series?from=2019-08&to=2019-04").errorFor("from")).isNotNull();
        assertThat(team.get("/api/v1/measures/" + ref + "/series?from=2019-04&to=2019-14").errorFor("to")).isNotNull();
    }

    /*
     * The control chart, higher is better, 15 months from April 2019 (May's 37 corrected to 73):
     *
     *   2019-04 64   2019-05 73   2019-06 63   2019-07 74   2019-08 62   2019-09 73   2019-10 65   2019-11 70
     *   2019-12 78   2020-01 74   2020-02 78   2020-03 77   2020-04 74   2020-05 76   2020-06 79
     *
     * Total 1,080, so the mean is 1,080 / 15 = 72.00.
     * Moving ranges: 9, 10, 11, 12, 11, 8, 5, 8, 4, 4, 1, 3, 2, 3 = 91 over 14, a mean moving range of 6.5.
     * Limits 72 ± 2.66 x 6.5 = 72 ± 17.29: upper 89.29, lower 54.71. Nothing is outside them.
     * Two of three: 2σ is 2/3 of 17.29 = 11.53 from the mean, 83.53 and 60.47: the highest is 79, the lowest 62, so none.
     * Trend: the steps go up, down, up, down, up, down, up, up, down, up, down, down, up, up: no six steps one way.
     * Shift: the sides of the mean are L H L H L H L L, then H for the last 7 (December 2019 to June 2020): a shift,
     * high, which for a higher-is-better measure is improving, and so is the latest point's variation.
     * Target 80 for 2020/21 lies between the limits (54.71 < 80 < 89.29): hit and miss.
     * The rule, green within 2 points and amber within 5: April 74 is 6 short, red; May 76 is 4 short, amber; June 79 is
     * 1 short, green. 2019/20 has no target, so its months have no rating.
     */
    static final Map<String, String> CHART = new java.util.LinkedHashMap<>();

    static {
        String[] values = {"64", "73", "63", "74", "62", "73", "65", "70", "78", "74", "78", "77", "74", "76", "79"};
        for (int i = 0; i < values.length; i++) {
            CHART.put(YearMonth.of(2019, 4).plusMonths(i).toString(), values[i]);
        }
    }

    @Test
    void theControlChartOfAnEnteredMeasureMatchesTheFiguresWorkedByHand() {
        Api team = staffWith(Role.PERFORMANCE);
        String ref = chartedMeasure(team, uniqueName("Workforce "));
        JsonNode series = team.get("/api/v1/measures/" + ref + "/series?from=2019-04&to=2020-06").json();
        assertThat(series.path("from").asString()).isEqualTo("2019-04");
        assertThat(series.path("to").asString()).isEqualTo("2020-06");
        JsonNode points = series.path("points");
        assertThat(points).hasSize(15);
        Map<String, JsonNode> byPeriod = new HashMap<>();
        points.forEach(p -> byPeriod.put(p.path("period").asString(), p));
        CHART.forEach((period, value) -> assertThat(byPeriod.get(period).path("value").decimalValue()).as(period).isEqualByComparingTo(value));
        assertThat(byPeriod.get("2019-05").path("revised").asBoolean()).as("May was corrected").isTrue();
        assertThat(byPeriod.get("2019-06").path("revised").asBoolean()).isFalse();
        assertThat(byPeriod.get("2020-03").path("rag").isMissingNode()).as("2019/20 has no target").isTrue();
        assertThat(byPeriod.get("2020-04").path("rag").asString()).as("74 is 6 short of 80").isEqualTo("RED");
        assertThat(byPeriod.get("2020-05").path("rag").asString()).as("76 is 4 short of 80").isEqualTo("AMBER");
        assertThat(byPeriod.get("2020-06").path("rag").asString()).as("79 is 1 short of 80").isEqualTo("GREEN");
        assertThat(byPeriod.get("2020-06").path("target").decimalValue()).isEqualByComparingTo("80");

        JsonNode spc = series.path("spc");
        assertThat(spc.path("mean").decimalValue()).isEqualByComparingTo("72.00");
        assertThat(spc.path("upperLimit").decimalValue()).isEqualByComparingTo("89.29");
        assertThat(spc.path("lowerLimit").decimalValue()).isEqualByComparingTo("54.71");
        assertThat(spc.path("pointsNeeded").asInt()).isZero();
        assertThat(spc.path("baselines")).hasSize(1);
        assertThat(spc.path("baselines").get(0).path("from").asString()).isEqualTo("2019-04");
        assertThat(spc.path("baselines").get(0).path("to").asString()).isEqualTo("2020-06");
        List<String> causes = new ArrayList<>();
        spc.path("specialCause").forEach(c -> causes.add(c.path("period").asString() + " " + c.path("rule").asString() + " "
                + c.path("side").asString() + " " + c.path("direction").asString()));
        assertThat(causes).containsExactly("2019-12 SHIFT HIGH IMPROVING", "2020-01 SHIFT HIGH IMPROVING", "2020-02 SHIFT HIGH IMPROVING",
                "2020-03 SHIFT HIGH IMPROVING", "2020-04 SHIFT HIGH IMPROVING", "2020-05 SHIFT HIGH IMPROVING", "2020-06 SHIFT HIGH IMPROVING");
        assertThat(spc.path("variation").asString()).isEqualTo("SPECIAL_CAUSE_IMPROVING");
        assertThat(spc.path("assurance").asString()).isEqualTo("HIT_AND_MISS");

        // Only the months asked for: the first 14 are one short of a chart.
        assertThat(team.get("/api/v1/measures/" + ref + "/series?from=2019-04&to=2020-05").json().path("spc").path("pointsNeeded").asInt())
                .isEqualTo(1);
    }

    /*
     * The scorecard as at 30 June 2020 (2020/21; last year 2019/20), the same figures as the control chart above:
     * last year's actual is the position at 31 March 2020, 77 (a snapshot, not a month's figure); the last three months
     * are April 74, May 76 and June 79; the target 80; June's 79 is 1 short, green by the measure's own rule; the chart's
     * variation is special cause, improving, and its assurance hit and miss; and June is up on May, improving.
     */
    /*
     * The same 15 months with the baseline recalculated from December 2019, after a change in how the service works:
     * before, 64 73 63 74 62 73 65 70: mean 544 / 8 = 68.00; moving ranges 9 10 11 12 11 8 5, mean 66 / 7 = 9.43;
     *   limits 68.00 +- 2.66 x 9.43 = 68.00 +- 25.08: 93.08 and 42.92
     * from December, 78 74 78 77 74 76 79: mean 536 / 7 = 76.57; moving ranges 4 4 1 3 2 3, mean 17 / 6 = 2.83;
     *   limits 76.57 +- 7.54: 84.11 and 69.03. No month breaks a rule within its own baseline: common cause; the target
     *   of 80 lies between the new limits: hit and miss.
     */
    @Test
    void aRecalculatedBaselineGivesEachPartOfTheChartItsOwnLimits() {
        Api team = staffWith(Role.PERFORMANCE);
        String ref = chartedMeasure(team, uniqueName("Workforce "));
        int version = team.get("/api/v1/measures/" + ref).json().path("version").asInt();
        assertThat(team.put("/api/v1/measures/" + ref + "/baseline", Map.of("from", "2019-12")).errorFor("version")).isNotNull();
        assertThat(team.put("/api/v1/measures/" + ref + "/baseline", Map.of("from", "Dec", "version", version)).errorFor("from")).isNotNull();
        Api.Response set = team.put("/api/v1/measures/" + ref + "/baseline", Map.of("from", "2019-12", "version", version));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.json().path("baselineFrom").asString()).isEqualTo("2019-12");
        assertThat(team.put("/api/v1/measures/" + ref + "/baseline", Map.of("from", "2020-01", "version", version)).status()).as("stale").isEqualTo(409);

        JsonNode spc = team.get("/api/v1/measures/" + ref + "/series?from=2019-04&to=2020-06").json().path("spc");
        assertThat(spc.path("baselines")).hasSize(2);
        JsonNode before = spc.path("baselines").get(0);
        assertThat(List.of(before.path("from").asString(), before.path("to").asString())).containsExactly("2019-04", "2019-11");
        assertThat(before.path("mean").decimalValue()).isEqualByComparingTo("68.00");
        assertThat(before.path("upperLimit").decimalValue()).isEqualByComparingTo("93.08");
        assertThat(before.path("lowerLimit").decimalValue()).isEqualByComparingTo("42.92");
        assertThat(spc.path("mean").decimalValue()).isEqualByComparingTo("76.57");
        assertThat(spc.path("upperLimit").decimalValue()).isEqualByComparingTo("84.11");
        assertThat(spc.path("lowerLimit").decimalValue()).isEqualByComparingTo("69.03");
        assertThat(spc.path("specialCause")).isEmpty();
        assertThat(spc.path("variation").asString()).isEqualTo("COMMON_CAUSE");
        assertThat(spc.path("assurance").asString()).isEqualTo("HIT_AND_MISS");
    }

    @Test
    void theScorecardShowsLastYearTheLastThreeMonthsTheTargetAndTheRatingOfEachMeasureInItsGroup() {
        Api team = staffWith(Role.PERFORMANCE);
        String group = uniqueName("Workforce ");
        String ref = chartedMeasure(team, group);

        Api.Response answered = team.get("/api/v1/performance/scorecard?asOf=2020-06-30");
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        JsonNode card = answered.json();
        assertThat(card.path("asOf").asString()).isEqualTo("2020-06-30");
        assertThat(card.path("financialYear").asString()).isEqualTo("2020/21");
        assertThat(card.path("previousFinancialYear").asString()).isEqualTo("2019/20");
        List<JsonNode> mine = new ArrayList<>();
        card.path("groups").forEach(g -> {
            if (g.path("name").asString().equals(group)) {
                mine.add(g);
            }
        });
        assertThat(mine).as("the measure's group, once").hasSize(1);
        JsonNode rows = mine.get(0).path("measures");
        assertThat(rows).hasSize(1);
        JsonNode row = rows.get(0);
        assertThat(row.path("reference").asString()).isEqualTo(ref);
        assertThat(row.path("source").asString()).isEqualTo("ENTERED");
        assertThat(row.path("previousYearActual").decimalValue()).as("March 2020").isEqualByComparingTo("77");
        List<String> months = new ArrayList<>();
        row.path("months").forEach(m -> months.add(m.path("period").asString() + " " + m.path("value").decimalValue().stripTrailingZeros().toPlainString()
                + (m.path("toDate").asBoolean() ? " to date" : "")));
        assertThat(months).containsExactly("2020-04 74", "2020-05 76", "2020-06 79");
        assertThat(row.path("target").decimalValue()).isEqualByComparingTo("80");
        assertThat(row.path("band").isMissingNode()).isTrue();
        assertThat(row.path("rag").asString()).isEqualTo("GREEN");
        assertThat(row.path("variation").asString()).isEqualTo("SPECIAL_CAUSE_IMPROVING");
        assertThat(row.path("assurance").asString()).isEqualTo("HIT_AND_MISS");
        assertThat(row.path("movement").asString()).isEqualTo("Improving");
        assertThat(row.path("trend")).hasSize(15);

        String tomorrow = LocalDate.now(LONDON).plusDays(1).toString();
        Api.Response future = team.get("/api/v1/performance/scorecard?asOf=" + tomorrow);
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.errorFor("asOf")).isEqualTo("The date must be today or in the past");
        assertThat(team.get("/api/v1/performance/scorecard?asOf=30/06/2020").errorFor("asOf")).as("not a date").isNotNull();

        Download csv = download(team, "/api/v1/performance/scorecard.csv?asOf=2020-06-30");
        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        String[] lines = csv.body().split("\r?\n");
        assertThat(lines[0]).isEqualTo("group,measure,name,unit,actual_2019_20,2020-04,2020-05,2020-06,target_2020_21,rag,variation,assurance");
        assertThat(lines).contains(group + "," + ref + ",Care workers still in post after a year " + ref
                + ",PERCENTAGE,77.00,74.00,76.00,79.00,80.00,GREEN,SPECIAL_CAUSE_IMPROVING,HIT_AND_MISS");

        Api.Document pdf = staffWith(Role.COUNCILLOR).document("/api/v1/performance/scorecard.pdf?asOf=2020-06-30");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        try {
            java.nio.file.Path file = java.nio.file.Path.of("target", "documents", "scorecard-2020-06-30.pdf");
            java.nio.file.Files.createDirectories(file.getParent());
            java.nio.file.Files.write(file, pdf.bytes());
            try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.bytes())) {
                String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
                assertThat(text).contains("Performance scorecard as at 30 June 2020").contains("2019/20 actual")
                        .contains("Care workers still in post after a year " + ref)
                        .contains("77.0% 74.0% 76.0% 79.0% 80.0% Green Special cause variation: improving Hit and miss");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /*
     * 2019, higher is better, ours 72:
     *   all eight areas in the file: 58.5, 60, 65, 66, 72 (ours), 72 (Middlesbrough), 80, 90. Two are above us, so rank 3
     *   of 8; quartile ceil(4 x 3 / 8) = ceil(1.5) = 2, the second; median (66 + 72) / 2 = 69.
     *   the nearest neighbours, E06000001 to E06000005 and us: 58.5, 60, 65, 72, 72, 80. Only Hartlepool's 80 is above us,
     *   so rank 2 of 6, shared with Middlesbrough's 72 (the next would be 4); quartile ceil(4 x 2 / 6) = ceil(1.33) = 2,
     *   the second; median (65 + 72) / 2 = 68.5.
     */
    @Test
    void benchmarksRankTheCouncilAmongItsNeighboursWithTiedAreasSharingTheBestRank() {
        Api team = staffWith(Role.PERFORMANCE);
        String ref = addMeasure(team, "PERCENTAGE", "HIGHER_IS_BETTER", "SNAPSHOT");
        String file = "measure,year,area_code,area_name,value\n"
                + ref + ",2019," + ownArea + ",Anytown Council,72.0\n"
                + ref + ",2019,E06000001,Hartlepool,80.0\n"
                + ref + ",2019,E06000002,Middlesbrough,72.0\n"
                + ref + ",2019,E06000003,Redcar and Cleveland,65.0\n"
                + ref + ",2019,E06000004,Stockton-on-Tees,60\n"
                + ref + ",2019,E06000005,Darlington,58.5\n"
                + ref + ",2019,E08000001,Bolton,90\n"
                + ref + ",2019,E08000002,Bury,66\n"
                + ref + ",2018," + ownArea + ",Anytown Council,70\n";
        Api.Response imported = benchmarks(team, file);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        assertThat(imported.json().path("rows").asInt()).isEqualTo(9);
        assertThat(imported.json().path("years").toString()).isEqualTo("[2018,2019]");

        String neighbours = uniqueName("Nearest neighbours ");
        Api.Response grouped = team.post("/api/v1/benchmarks/groups", Map.of("name", neighbours, "description", "CIPFA nearest neighbours",
                "areaCodes", List.of("E06000003", "E06000001", "E06000002", "E06000005", "E06000004")));
        assertThat(grouped.status()).as(grouped.toString()).isEqualTo(201);
        assertThat(grouped.json().path("name").asString()).isEqualTo(neighbours);
        assertThat(grouped.json().path("areaCodes").toString()).isEqualTo("[\"E06000001\",\"E06000002\",\"E06000003\",\"E06000004\",\"E06000005\"]");
        assertThat(team.get("/api/v1/benchmarks/groups").json().path("items").toString()).contains(neighbours);
        assertThat(team.post("/api/v1/benchmarks/groups", Map.of("name", neighbours, "areaCodes", List.of("E06000001"))).errorFor("name"))
                .isEqualTo("There is already a comparator group called " + neighbours);
        assertThat(team.post("/api/v1/benchmarks/groups", Map.of("name", uniqueName("Empty "), "areaCodes", List.of())).errorFor("areaCodes"))
                .isNotNull();

        JsonNode all = team.get("/api/v1/measures/" + ref + "/benchmark?year=2019").json();
        assertThat(all.path("group").asString()).isEqualTo("All areas in the file");
        assertThat(all.path("value").decimalValue()).isEqualByComparingTo("72");
        assertThat(all.path("rank").asInt()).isEqualTo(3);
        assertThat(all.path("of").asInt()).isEqualTo(8);
        assertThat(all.path("quartile").asInt()).isEqualTo(2);
        assertThat(all.path("quartileInWords").asString()).isEqualTo("Second");
        assertThat(all.path("median").decimalValue()).isEqualByComparingTo("69");
        assertThat(all.path("areas")).hasSize(8);

        JsonNode near = team.get("/api/v1/measures/" + ref + "/benchmark?year=2019&group=" + encode(neighbours)).json();
        assertThat(near.path("group").asString()).isEqualTo(neighbours);
        assertThat(near.path("value").decimalValue()).isEqualByComparingTo("72");
        assertThat(near.path("rank").asInt()).as("tied with Middlesbrough, sharing the better rank").isEqualTo(2);
        assertThat(near.path("of").asInt()).isEqualTo(6);
        assertThat(near.path("quartile").asInt()).isEqualTo(2);
        assertThat(near.path("quartileInWords").asString()).isEqualTo("Second");
        assertThat(near.path("median").decimalValue()).isEqualByComparingTo("68.5");
        List<String> ours = new ArrayList<>();
        near.path("areas").forEach(a -> {
            if (a.path("council").asBoolean()) {
                ours.add(a.path("areaCode").asString());
            }
        });
        assertThat(ours).containsExactly(ownArea);

        assertThat(team.get("/api/v1/measures/" + ref + "/benchmark").json().path("year").asInt()).as("the latest year by default").isEqualTo(2019);
        assertThat(team.get("/api/v1/measures/" + ref + "/benchmark?year=2018").json().path("of").asInt()).isEqualTo(1);
        Api.Response noGroup = team.get("/api/v1/measures/" + ref + "/benchmark?year=2019&group=" + encode(uniqueName("Nobody ")));
        assertThat(noGroup.status()).isEqualTo(400);
        assertThat(noGroup.errorFor("group")).startsWith("There is no comparator group called");
        assertThat(team.get("/api/v1/measures/" + ref + "/benchmark?year=2017").status()).as("no values for 2017").isEqualTo(404);
    }

    @Test
    void aFaultyBenchmarkFileIsRefusedWholeWithEveryFaultyRowListed() {
        Api team = staffWith(Role.PERFORMANCE);
        Api.Response notMultipart = team.raw("POST", "/api/v1/benchmarks", "multipart/form-data; boundary=x", "not a multipart body");
        assertThat(notMultipart.status()).as("a body that is not multipart is the caller's mistake").isEqualTo(400);
        assertThat(notMultipart.errorFor("file")).contains("multipart/form-data");
        String ref = addMeasure(team, "DAYS", "LOWER_IS_BETTER", "MONTH");
        // Lower is better: ours 12 against Northshire's 9, so rank 2 of 2.
        assertThat(benchmarks(team, "measure,year,area_code,area_name,value\n" + ref + ",2020," + ownArea + ",Anytown Council,12\n"
                + ref + ",2020,E10000001,Northshire,9\n").status()).isEqualTo(201);

        String unknown = "NO-SUCH-" + uniqueName("").toUpperCase();
        Api.Response refused = benchmarks(team, "measure,year,area_code,area_name,value\n"
                + ref + ",2020," + ownArea + ",Anytown Council,5\n"
                + unknown + ",2020,E10000001,Northshire,9\n"
                + ref + ",2020,E10000002,Southshire,seventy\n"
                + ref + ",20x0,E10000003,Westshire,8\n"
                + ref + ",2020,E10000004\n");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        List<String> errors = new ArrayList<>();
        refused.json().path("errors").forEach(e -> errors.add(e.path("field").asString() + ": " + e.path("message").asString()));
        assertThat(errors).containsExactly(
                "file: Row 3: there is no measure '" + unknown + "' in the library",
                "file: Row 4: the value 'seventy' is not a number",
                "file: Row 5: the year '20x0' is not a year such as 2023",
                "file: Row 6: has 3 fields; every row needs 5");

        JsonNode after = team.get("/api/v1/measures/" + ref + "/benchmark?year=2020").json();
        assertThat(after.path("value").decimalValue()).as("row 2's 5 was not saved").isEqualByComparingTo("12");
        assertThat(after.path("rank").asInt()).isEqualTo(2);
        assertThat(after.path("of").asInt()).as("Southshire was not saved").isEqualTo(2);
        assertThat(after.path("median").decimalValue()).isEqualByComparingTo("10.5");

        assertThat(benchmarks(team, "measure,year,area,value\n" + ref + ",2020,E1,1\n").errorFor("file"))
                .isEqualTo("The first line must be the header measure,year,area_code,area_name,value");
        assertThat(benchmarks(team, "measure,year,area_code,area_name,value\n").errorFor("file")).isEqualTo("The file has a header but no rows");
    }

    @Test
    void populationEstimatesAreImportedByAgeBandAndAFaultyFileSavesNothing() {
        Api team = staffWith(Role.PERFORMANCE);
        int working = 200_000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(50_000);
        int older = 60_000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000);
        Api.Response imported = team.raw("POST", "/api/v1/population?fileName=mye-2001.csv", "text/csv",
                "year,age_band,population\n2001,18-64," + working + "\n2001,65+," + older + "\n");
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        assertThat(population(imported.json())).contains("2001 18-64 " + working, "2001 65+ " + older);

        Api.Response refused = team.raw("POST", "/api/v1/population", "text/csv",
                "year,age_band,population\n2001,18-64,1\n2001,sixty,5000\n2001,65+,lots\n");
        assertThat(refused.status()).isEqualTo(400);
        List<String> errors = new ArrayList<>();
        refused.json().path("errors").forEach(e -> errors.add(e.path("message").asString()));
        assertThat(errors).containsExactly("Row 3: the age band 'sixty' is not like 18-64 or 65+", "Row 4: the population 'lots' is not a whole number");
        assertThat(population(team.get("/api/v1/population").json())).as("row 2 was not saved").contains("2001 18-64 " + working);
    }

    @Test
    void aClosedMonthOfAComputedMeasureIsRecomputedOnlyWithAReason() {
        Api team = staffWith(Role.PERFORMANCE);
        String path = "/api/v1/measures/LTS-REVIEWED/values/2015-03/recompute";
        Api.Response noReason = team.post(path, Map.of());
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.errorFor("reason")).isEqualTo("Say why the month is recomputed (1000 characters or fewer)");

        Api.Response kept = team.post(path, Map.of("reason", "Reviews keyed late after the system migration"));
        assertThat(kept.status()).as(kept.toString()).isEqualTo(200);
        assertThat(kept.json().path("period").asString()).isEqualTo("2015-03");
        assertThat(kept.json().path("kept").asBoolean()).isTrue();
        assertThat(kept.json().path("toDate").asBoolean()).isFalse();
        assertThat(kept.json().path("source").asString()).isEqualTo("Kept on request");
        Api.Response again = team.post(path, Map.of("reason", "Checked again after the data quality sweep"));
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().path("revised").asBoolean()).as("a kept month recomputed is a revision").isTrue();
        assertThat(again.json().path("source").asString()).isEqualTo("Recomputed on request");

        String entered = addMeasure(team, "COUNT", "HIGHER_IS_BETTER", "MONTH");
        Api.Response notComputed = team.post("/api/v1/measures/" + entered + "/values/2015-03/recompute", Map.of("reason", "Check"));
        assertThat(notComputed.status()).isEqualTo(400);
        assertThat(notComputed.errorFor("reference")).isEqualTo(entered + " is entered, not computed: correct its value instead");
        String thisMonth = YearMonth.now(LONDON).toString();
        Api.Response open = team.post("/api/v1/measures/LTS-REVIEWED/values/" + thisMonth + "/recompute", Map.of("reason", "Check"));
        assertThat(open.status()).isEqualTo(400);
        assertThat(open.errorFor("period")).isEqualTo(thisMonth + " has not closed yet: its value is computed whenever it is read");
        assertThat(team.post("/api/v1/measures/LTS-NO-SUCH-MEASURE/values/2015-03/recompute", Map.of("reason", "Check")).status()).isEqualTo(404);
    }

    @Test
    void councillorsAndManagersReadTheFiguresButOnlyThePerformanceTeamChangesThem() {
        Api team = staffWith(Role.PERFORMANCE);
        String ref = addMeasure(team, "PERCENTAGE", "HIGHER_IS_BETTER", "SNAPSHOT");
        assertThat(enter(team, ref, "2019-04", "70").status()).isEqualTo(200);
        String groupName = uniqueName("Neighbours ");
        assertThat(team.post("/api/v1/benchmarks/groups", Map.of("name", groupName, "areaCodes", List.of("E06000001"))).status()).isEqualTo(201);

        Api councillor = staffWith(Role.COUNCILLOR);
        assertThat(councillor.get("/api/v1/performance/scorecard?asOf=2020-06-30").status()).isEqualTo(200);
        assertThat(councillor.get("/api/v1/performance/scorecard").status()).as("today's scorecard").isEqualTo(200);
        assertThat(councillor.get("/api/v1/measures").status()).isEqualTo(200);
        assertThat(councillor.get("/api/v1/measures/" + ref + "/series?from=2019-04&to=2020-06").json().path("points")).hasSize(1);
        assertThat(councillor.get("/api/v1/measures/" + ref + "/targets").status()).isEqualTo(200);
        assertThat(councillor.get("/api/v1/benchmarks/groups").status()).isEqualTo(200);
        for (Api.Response r : changes(councillor, ref, groupName)) {
            assertThat(r.status()).as(r.toString()).isEqualTo(403);
        }
        assertThat(team.get("/api/v1/measures/" + ref + "/targets").json().path("items")).as("no target was set").isEmpty();
        assertThat(team.get("/api/v1/measures/" + ref).json().path("ragRule").path("isDefault").asBoolean()).as("no rule was set").isTrue();
        assertThat(team.get("/api/v1/measures/" + ref + "/series?from=2019-04&to=2019-04").json().path("points").get(0).path("value").decimalValue())
                .as("the value was not changed").isEqualByComparingTo("70");

        Api manager = staffWith(Role.TEAM_MANAGER);
        assertThat(manager.get("/api/v1/performance/scorecard?asOf=2020-06-30").status()).isEqualTo(200);
        assertThat(manager.get("/api/v1/measures/" + ref + "/series").status()).isEqualTo(200);
        assertThat(manager.put("/api/v1/measures/" + ref + "/targets/2020", Map.of("target", 80)).status()).isEqualTo(403);
        assertThat(manager.put("/api/v1/measures/" + ref + "/values/2019-05", Map.of("value", 71, "source", SOURCE)).status()).isEqualTo(403);

        Api practitioner = staffWith(Role.PRACTITIONER);
        assertThat(practitioner.get("/api/v1/performance/scorecard").status()).isEqualTo(403);
        assertThat(practitioner.get("/api/v1/measures").status()).isEqualTo(403);
        assertThat(practitioner.get("/api/v1/measures/" + ref + "/series").status()).isEqualTo(403);

        assertThat(anonymous().get("/api/v1/performance/scorecard").status()).isEqualTo(401);
        assertThat(anonymous().get("/api/v1/measures").status()).isEqualTo(401);
    }

    /** Every change the API offers, each otherwise valid, as someone who may not make it. */
    private List<Api.Response> changes(Api who, String ref, String groupName) {
        String csv = "measure,year,area_code,area_name,value\n" + ref + ",2019," + ownArea + ",Anytown Council,72\n";
        return List.of(
                who.post("/api/v1/measures", measure(reference(), "Workforce", "COUNT", "HIGHER_IS_BETTER", "MONTH")),
                who.put("/api/v1/measures/" + ref + "/targets/2020", Map.of("target", 80)),
                who.put("/api/v1/measures/" + ref + "/rag-rule", rule("2", "5", "ABSOLUTE", 0)),
                who.put("/api/v1/measures/" + ref + "/values/2019-04", correction("71", 0)),
                who.put("/api/v1/measures/" + ref + "/values/2019-05", Map.of("value", 71, "source", SOURCE)),
                who.put("/api/v1/measures/" + ref + "/baseline", Map.of("from", "2019-04", "version", 0)),
                who.post("/api/v1/measures/LTS-REVIEWED/values/2015-04/recompute", Map.of("reason", "Check")),
                who.put("/api/v1/performance/rag-rule", rule("0", "5", "RELATIVE", 0)),
                who.raw("POST", "/api/v1/benchmarks", "text/csv", csv),
                who.post("/api/v1/benchmarks/groups", Map.of("name", groupName + " again", "areaCodes", List.of("E06000001"))),
                who.raw("POST", "/api/v1/population", "text/csv", "year,age_band,population\n2002,18-64,1\n"));
    }

    /** A new entered measure with a unique reference, by the performance team. */
    private String addMeasure(Api team, String unit, String polarity, String basis) {
        String ref = reference();
        Api.Response created = team.post("/api/v1/measures", measure(ref, uniqueName("Workforce "), unit, polarity, basis));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return ref;
    }

    /** The measure of the control chart worked above: its 15 months (May typed wrong, then corrected), its 2020/21 target and rule. */
    private String chartedMeasure(Api team, String group) {
        String ref = reference();
        Api.Response created = team.post("/api/v1/measures", measure(ref, group, "PERCENTAGE", "HIGHER_IS_BETTER", "SNAPSHOT"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(enter(team, ref, "2019-05", "37").status()).isEqualTo(200);
        CHART.forEach((period, value) -> {
            Api.Response r = period.equals("2019-05") ? team.put("/api/v1/measures/" + ref + "/values/" + period, correction(value, 0))
                    : enter(team, ref, period, value);
            assertThat(r.status()).as(period + " " + r).isEqualTo(200);
        });
        assertThat(team.put("/api/v1/measures/" + ref + "/targets/2020", Map.of("target", 80)).status()).isEqualTo(200);
        assertThat(team.put("/api/v1/measures/" + ref + "/rag-rule", rule("2", "5", "ABSOLUTE", 0)).status()).isEqualTo(200);
        return ref;
    }

    private static String reference() {
        return "LOCAL-" + uniqueName("").toUpperCase();
    }

    private static Map<String, Object> measure(String reference, String group, String unit, String polarity, String basis) {
        Map<String, Object> body = new HashMap<>();
        body.put("reference", reference);
        body.put("name", "Care workers still in post after a year " + reference);
        body.put("group", group);
        body.put("numerator", "Care workers in post on the date who started a year or more before");
        body.put("denominator", "Care workers who started in the year to a year before the date");
        body.put("unit", unit);
        body.put("polarity", polarity);
        body.put("basis", basis);
        body.put("owner", "Head of Workforce");
        return body;
    }

    private static Map<String, Object> rule(String green, String amber, String basis, int version) {
        return Map.of("greenWithin", new BigDecimal(green), "amberWithin", new BigDecimal(amber), "basis", basis, "version", version);
    }

    private static Map<String, Object> correction(String value, int version) {
        return Map.of("value", new BigDecimal(value), "source", SOURCE, "version", version, "reason", "Digits transposed when typed");
    }

    private static Api.Response enter(Api team, String ref, String period, String value) {
        return team.put("/api/v1/measures/" + ref + "/values/" + period, Map.of("value", new BigDecimal(value), "source", SOURCE));
    }

    private static Api.Response benchmarks(Api team, String csv) {
        return team.raw("POST", "/api/v1/benchmarks?fileName=ascof-2019.csv", "text/csv", csv);
    }

    private static List<String> population(JsonNode rows) {
        List<String> out = new ArrayList<>();
        rows.path("items").forEach(r -> out.add(r.path("year").asInt() + " " + r.path("ageBand").asString() + " " + r.path("population").asInt()));
        return out;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    record Download(int status, String contentType, String body) {
    }

    /** A CSV download, asked for as a browser or spreadsheet would ask (Accept: text/csv). */
    private Download download(Api who, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/csv")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((who.username() + ":" + who.password())
                        .getBytes(StandardCharsets.UTF_8))).GET().build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
