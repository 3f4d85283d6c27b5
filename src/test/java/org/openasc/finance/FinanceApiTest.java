package org.openasc.finance;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.CareAndSupport;
import org.openasc.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monitoring report for 2019-20 period 3 worked out by hand. Only this test records budgets in 2019-20 or pays
 * for Shared Lives, so these lines are the whole report.
 *
 * <pre>
 * Lines in cost centre order within their section.
 * Shared Lives (section ASCH Committee): budget 60,000; actuals P1 3,000, P2 3,000, P3 3,500 (9,500)
 *   committed 1 Jul 2019 to 31 Mar 2020 (275 days):
 *     A from 1 Jan 2019 at 350 a week           50 a day x 275           = 13,750.00
 *     B 1 Aug to 31 Dec 2019 at 700 a week      100 a day x 153          = 15,300.00
 *     C from 1 Apr 2019 at 140, 210 from 1 Oct  20 x 92 + 30 x 183       =  7,330.00   (36,380.00)
 *   demand 0.1 a week at 140: 14 x (275/7)^2 / 2                          = 10,803.57
 *   adjustment -2,000; forecast 54,683.57; variance -5,316.43; -8.86%
 *   at P2 (305 days left): 6,000 + (15,250 + 15,300 + 7,930) + 13,289.29 - 2,000 = 55,769.29; variance -4,230.71
 * Client income (ASCH Committee): budget -20,000; actuals -2,000 a period; P3 variance 14,000 (70.00%), P2 16,000
 * Reserve (ASCH Reserves): budget 0; actual 1,000 in P3; variance 1,000, no percentage; P2 0
 * ASCH Committee: budget 40,000, forecast 48,683.57, variance 8,683.57, 21.71%; previous 11,769.29
 * Total: budget 40,000, forecast 49,683.57, variance 9,683.57, 24.21%; previous 11,769.29, change -2,085.72
 * </pre>
 */
class FinanceApiTest extends IntegrationTest {

    static final String COMMUNITY = "Long term support: Community";

    @Test
    void theMonitoringReportMatchesTheFiguresWorkedByHand() throws Exception {
        Api finance = staffWith(Role.FINANCE);
        String suffix = uniqueName("").substring(0, 5).toUpperCase();
        JsonNode shared = line(finance, "SL" + suffix, "Shared Lives", "Living well", "ASCH Committee",
                List.of(Map.of("serviceType", COMMUNITY, "serviceComponent", "Shared Lives")));
        JsonNode income = line(finance, "IN" + suffix, "Client income", "Income", "ASCH Committee", List.of());
        JsonNode reserve = line(finance, "RS" + suffix, "Reserve", "Reserves", "ASCH Reserves", List.of());
        budget(finance, shared, 2019, "60000");
        budget(finance, income, 2019, "-20000");
        budget(finance, reserve, 2019, "0");

        long team = newTeam("Finance ");
        Api practitioner = staffIn(Set.of(team), Role.PRACTITIONER);
        String a = CareAndSupport.person(practitioner, "Ava", "1980-01-01", "Learning disability support", null, null);
        String b = CareAndSupport.person(practitioner, "Ben", "1975-01-01", "Learning disability support", null, null);
        String c = CareAndSupport.person(practitioner, "Cy", "1990-01-01", "Learning disability support", null, null);
        CareAndSupport.start(practitioner, sharedLives(a, team, "2019-01-01", "350.00"));
        JsonNode bService = CareAndSupport.start(practitioner, sharedLives(b, team, "2019-08-01", "700.00"));
        assertThat(practitioner.post("/api/v1/services/" + bService.path("id").asString() + "/end", Map.of("version", bService.path("version").asInt(),
                "endDate", "2019-12-31", "outcome", "NFA: Support ended as planned")).status()).isEqualTo(200);
        JsonNode cService = CareAndSupport.start(practitioner, sharedLives(c, team, "2019-04-01", "140.00"));
        assertThat(practitioner.post("/api/v1/services/" + cService.path("id").asString() + "/changes", Map.of("version", cService.path("version").asInt(),
                "effectiveFrom", "2019-10-01", "unitCost", "210.00", "costFrequency", "Weekly", "reason", "More nights")).status()).isEqualTo(201);

        Api.Response imported = csv(finance, "p1-p3.csv", "cost_centre,financial_year,period,amount\n"
                + "SL" + suffix + ",2019,1,3000\nSL" + suffix + ",2019-20,2,\"3,000.00\"\nSL" + suffix + ",2019,3,2000\nSL" + suffix + ",2019,3,1500.00\n"
                + "IN" + suffix + ",2019,1,-2000\nIN" + suffix + ",2019,2,(2000.00)\nIN" + suffix + ",2019/20,3,-2000\nRS" + suffix + ",2019,3,1000\n");
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        assertThat(imported.json().path("rows").asInt()).isEqualTo(8);
        assertThat(imported.json().path("linePeriods").asInt()).isEqualTo(7);
        assertThat(imported.json().path("total").decimalValue()).isEqualByComparingTo("4500.00");

        assertThat(finance.post("/api/v1/finance/demand-assumptions", Map.of("financialYear", 2019, "costCentre", "SL" + suffix, "packagesPerWeek", "0.1",
                "averageWeeklyCost", "140", "basis", "One new placement every ten weeks, as in 2018-19")).status()).isEqualTo(201);
        Api.Response noReason = finance.post("/api/v1/finance/forecast-adjustments", Map.of("financialYear", 2019, "costCentre", "SL" + suffix,
                "amount", "-2000"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.errorFor("reason")).contains("reason");
        assertThat(finance.post("/api/v1/finance/forecast-adjustments", Map.of("financialYear", 2019, "costCentre", "SL" + suffix, "amount", "-2000",
                "reason", "Continuing healthcare contribution agreed for C")).json().path("period").asInt()).isEqualTo(1);

        JsonNode open = finance.get("/api/v1/finance/monitoring?financialYear=2019&period=3").json();
        assertThat(open.path("previousPeriodClosed").asBoolean()).isFalse();
        assertThat(open.path("total").path("previousForecastVariance").isNull()).isTrue();
        JsonNode sl = open.path("sections").get(0).path("lines").get(1);
        assertThat(sl.path("committed").decimalValue()).isEqualByComparingTo("36380.00");
        assertThat(sl.path("expectedDemand").decimalValue()).isEqualByComparingTo("10803.57");

        assertThat(finance.post("/api/v1/finance/periods/2019/2/close", Map.of()).errorFor("period")).contains("Close period 1");
        assertThat(finance.post("/api/v1/finance/periods/2019/1/close", Map.of()).status()).isEqualTo(200);
        assertThat(finance.post("/api/v1/finance/periods/2019/1/close", Map.of()).errorFor("period")).contains("already closed");
        assertThat(finance.post("/api/v1/finance/periods/2019/2/close", Map.of()).json().path("linesKept").asInt()).isEqualTo(3);

        Api.Response intoClosed = csv(finance, "late.csv", "cost_centre,financial_year,period,amount\nSL" + suffix + ",2019,2,999\nSL" + suffix + ",2019,3,3500\n");
        assertThat(intoClosed.status()).isEqualTo(400);
        assertThat(intoClosed.errorFor("rows[2]")).contains("period 2 of 2019-20 is closed");
        assertThat(csv(finance, "p3-again.csv", "cost_centre,financial_year,period,amount\nSL" + suffix + ",2019,3,3500\n").json().path("replaced").asInt())
                .as("the same period again replaces it").isEqualTo(1);

        JsonNode report = finance.get("/api/v1/finance/monitoring?financialYear=2019&period=3").json();
        assertThat(report.path("previousPeriodClosed").asBoolean()).isTrue();
        JsonNode committee = report.path("sections").get(0);
        assertThat(committee.path("name").asString()).isEqualTo("ASCH Committee");
        row(committee.path("lines").get(1), "Shared Lives", "-4230.71", "-1085.72", "60000.00", "9500.00", "54683.57", "-5316.43", "-8.86");
        row(committee.path("lines").get(0), "Client income", "16000.00", "-2000.00", "-20000.00", "-6000.00", "-6000.00", "14000.00", "70.00");
        row(committee.path("subtotal"), "ASCH Committee total", "11769.29", "-3085.72", "40000.00", "3500.00", "48683.57", "8683.57", "21.71");
        JsonNode reserves = report.path("sections").get(1);
        row(reserves.path("lines").get(0), "Reserve", "0.00", "1000.00", "0.00", "1000.00", "1000.00", "1000.00", null);
        row(report.path("total"), "Total", "11769.29", "-2085.72", "40000.00", "4500.00", "49683.57", "9683.57", "24.21");
        assertThat(report.path("biggestMovements").get(0).path("text").asString())
                .isEqualTo("Client income (IN" + suffix + "): forecast variance down £2,000, from £16,000 overspent to £14,000 overspent");

        JsonNode kept = finance.get("/api/v1/finance/monitoring?financialYear=2019&period=2").json();
        assertThat(kept.path("periodClosed").asBoolean()).isTrue();
        assertThat(kept.path("sections").get(0).path("lines").get(1).path("yearEndForecast").decimalValue()).isEqualByComparingTo("55769.29");

        JsonNode commented = finance.put("/api/v1/finance/monitoring/commentary", Map.of("financialYear", 2019, "period", 3, "section", "ASCH Committee",
                "text", "Shared Lives placements are below plan.")).json();
        assertThat(commented.path("sections").get(0).path("commentary").asString()).isEqualTo("Shared Lives placements are below plan.");
        assertThat(finance.put("/api/v1/finance/monitoring/commentary", Map.of("financialYear", 2019, "period", 3, "section", "ASCH Committee",
                "text", "Written at the same time by someone else")).status()).as("not silently overwritten").isEqualTo(409);
        assertThat(finance.put("/api/v1/finance/monitoring/commentary", Map.of("financialYear", 2019, "period", 3, "section", "ASCH Committee",
                "text", "Shared Lives placements are below plan.", "version", 0)).json().path("sections").get(0).path("commentaryVersion").asInt())
                .isEqualTo(1);
        assertThat(finance.post("/api/v1/finance/demand-assumptions", Map.of("financialYear", 2019, "costCentre", "SL" + suffix, "packagesPerWeek", "9",
                "averageWeeklyCost", "140", "basis", "A second guess")).status()).as("a demand assumption is changed from its version").isEqualTo(409);
        assertThat(staffWith(Role.COUNCILLOR).get("/api/v1/finance/monitoring?financialYear=2019&period=3").json().path("total")
                .path("forecastVariance").decimalValue()).isEqualByComparingTo("9683.57");

        Api.Document pdf = staffWith(Role.COUNCILLOR).document("/api/v1/finance/monitoring.pdf?financialYear=2019&period=3");
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        java.nio.file.Path file = java.nio.file.Path.of("target", "documents", "budget-monitoring-2019-P3.pdf");
        java.nio.file.Files.createDirectories(file.getParent());
        java.nio.file.Files.write(file, pdf.bytes());
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.bytes())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Summary financial position as at period 3 2019-20")
                    .contains("(4) (1) Shared Lives 60 10 55 (5) -8.86%")
                    .contains("16 (2) Client income (20) (6) (6) 14 70.00%")
                    .contains("12 (2) Total 40 5 50 10 24.21%")
                    .contains("Shared Lives placements are below plan.");
        }
    }

    @Test
    void aFaultyLedgerFileIsRefusedWholeRowByRow() {
        Api finance = staffWith(Role.FINANCE);
        String cc = "LF" + uniqueName("").substring(0, 5).toUpperCase();
        JsonNode l = line(finance, cc, "Day opportunities", "Living well", "ASCH Committee", List.of());
        budget(finance, l, 2018, "1000");
        Api.Response refused = csv(finance, "bad.csv", "cost_centre,financial_year,period,amount\n" + cc + ",2018,1,100\nNOPE,2018,1,5\n"
                + cc + ",2018,13,ten\n" + cc + ",2018,2\n");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.errorFor("rows[3]")).contains("no budget line has cost centre NOPE");
        assertThat(refused.errorFor("rows[4]")).contains("period 13 is not 1 to 12").contains("amount ten is not a number");
        assertThat(refused.errorFor("rows[5]")).contains("needs 4");
        assertThat(finance.get("/api/v1/finance/budget-lines/" + l.path("id").asString() + "/forecast?financialYear=2018&period=12").json()
                .path("forecast").path("actual").decimalValue()).as("nothing from the faulty file is applied").isEqualByComparingTo("0");
        assertThat(csv(finance, "header.csv", "centre,year,period,amount\n").errorFor("file")).contains("header");

        Api.Response duplicate = finance.post("/api/v1/finance/budget-lines", Map.of("costCentre", cc, "name", "Again", "serviceGroup", "x",
                "reportSection", "ASCH Committee"));
        assertThat(duplicate.errorFor("costCentre")).contains("already has a budget line");
        assertThat(finance.put("/api/v1/finance/budget-lines/" + l.path("id").asString() + "/budgets/2018", Map.of("originalBudget", "12abc")).status())
                .isEqualTo(400);
        assertThat(finance.post("/api/v1/finance/virements", Map.of("financialYear", 2018, "fromCostCentre", cc, "toCostCentre", cc, "amount", "-5",
                "reason", "")).body()).contains("toCostCentre").contains("amount").contains("reason").contains("adjustedOn");
        assertThat(finance.get("/api/v1/finance/monitoring?financialYear=2018&period=13").errorFor("period")).contains("1 (April) to 12 (March)");
    }

    @Test
    void budgetsChangeByAdjustmentsAndVirementsWithTheirReasons() {
        Api finance = staffWith(Role.FINANCE);
        String tag = uniqueName("").substring(0, 5).toUpperCase();
        JsonNode x = line(finance, "X" + tag, "Carers' breaks", "Living well", "ASCH Committee", List.of());
        JsonNode y = line(finance, "Y" + tag, "Advocacy", "Living well", "ASCH Committee", List.of());
        budget(finance, x, 2016, "100000");
        budget(finance, y, 2016, "50000");
        String xPath = "/api/v1/finance/budget-lines/" + x.path("id").asString();
        assertThat(finance.put(xPath + "/budgets/2016", Map.of("originalBudget", "90000", "version", 7)).status()).as("a stale version").isEqualTo(409);
        Api.Response adjusted = finance.post(xPath + "/budgets/2016/adjustments", Map.of("amount", "10000", "adjustedOn", "2016-05-01",
                "reason", "Inflation uplift agreed by Cabinet"));
        assertThat(adjusted.status()).as(adjusted.toString()).isEqualTo(201);
        assertThat(adjusted.json().path("forecast").path("finalBudget").decimalValue()).isEqualByComparingTo("110000");
        assertThat(finance.post(xPath + "/budgets/2016/adjustments", Map.of("amount", "5", "adjustedOn", "2016-05-01")).errorFor("reason"))
                .contains("reason");
        assertThat(finance.post("/api/v1/finance/virements", Map.of("financialYear", 2016, "fromCostCentre", "X" + tag, "toCostCentre", "Y" + tag,
                "amount", "5000", "adjustedOn", "2016-05-02", "reason", "Advocacy demand")).status()).isEqualTo(201);
        JsonNode xNow = finance.get(xPath + "/forecast?financialYear=2016&period=1").json();
        assertThat(xNow.path("forecast").path("finalBudget").decimalValue()).isEqualByComparingTo("105000");
        assertThat(xNow.path("changes").toString()).contains("VIREMENT").contains("Inflation uplift agreed by Cabinet");
        assertThat(finance.get("/api/v1/finance/budget-lines/" + y.path("id").asString() + "/forecast?financialYear=2016&period=1").json()
                .path("forecast").path("finalBudget").decimalValue()).isEqualByComparingTo("55000");

        assertThat(finance.post("/api/v1/finance/periods/2016/1/close", Map.of()).status()).isEqualTo(200);
        assertThat(finance.put(xPath + "/budgets/2016", Map.of("originalBudget", "1")).errorFor("originalBudget")).contains("Periods of 2016-17 are closed");
        assertThat(finance.post(xPath + "/budgets/2016/adjustments", Map.of("amount", "-2000", "adjustedOn", "2016-06-01", "reason", "Saving brought forward"))
                .status()).isEqualTo(201);
        assertThat(finance.get(xPath + "/forecast?financialYear=2016&period=1").json().path("forecast").path("finalBudget").decimalValue())
                .as("the closed period keeps its budget").isEqualByComparingTo("105000");
        assertThat(finance.get(xPath + "/forecast?financialYear=2016&period=2").json().path("forecast").path("finalBudget").decimalValue())
                .isEqualByComparingTo("103000");

        assertThat(finance.put(xPath + "/rest-of-year", Map.of("restOfYear", "SOMETIMES", "version", 0)).errorFor("restOfYear")).contains("budget profile");
        assertThat(finance.put(xPath + "/rest-of-year", Map.of("restOfYear", "BUDGET_PROFILE", "version", 0)).status()).isEqualTo(200);
        assertThat(finance.put(xPath + "/rest-of-year", Map.of("restOfYear", "RUN_RATE", "version", 0)).status()).as("stale").isEqualTo(409);
        JsonNode profiled = finance.get(xPath + "/forecast?financialYear=2016&period=2").json().path("forecast");
        assertThat(profiled.path("restOfYear").decimalValue()).as("103,000 x 10 / 12").isEqualByComparingTo("85833.33");
        assertThat(profiled.path("forecast").decimalValue()).isEqualByComparingTo("85833.33");
        String yPath = "/api/v1/finance/budget-lines/" + y.path("id").asString();
        assertThat(finance.put(yPath + "/rest-of-year", Map.of("restOfYear", "RUN_RATE", "version", 0)).status()).isEqualTo(200);
        assertThat(csv(finance, "y.csv", "cost_centre,financial_year,period,amount\nY" + tag + ",2016,2,6000\n").status()).isEqualTo(201);
        JsonNode running = finance.get(yPath + "/forecast?financialYear=2016&period=2").json().path("forecast");
        assertThat(running.path("restOfYear").decimalValue()).as("6,000 over 2 months, 10 to go").isEqualByComparingTo("30000");
        assertThat(running.path("forecast").decimalValue()).isEqualByComparingTo("36000");
    }

    @Test
    void aLedgerFaultNamesTheLineItIsOnAfterBlankLinesAndAQuotedFieldIsReadWhole() {
        Api.Response refused = csv(staffWith(Role.FINANCE), "blank-lines.csv", "cost_centre,financial_year,period,amount\n\n"
                + "\"QC 1980, North\",1980,1,\"1,234.50\"\n\n\nQC1980,1981-82,13,ten\n");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.errorFor("rows[3]")).as("one cost centre with its space and comma; the quoted amount is one field and a number")
                .isEqualTo("Row 3: no budget line has cost centre QC 1980, North; the financial year 1980 is not like 2024 or 2024-25");
        assertThat(refused.errorFor("rows[6]")).as("line 6 of the file, not the third row left after the blank lines")
                .isEqualTo("Row 6: no budget line has cost centre QC1980; the financial year 1981-82 is not like 2024 or 2024-25; the period 13 is not 1 to 12;"
                        + " the amount ten is not a number of pounds");
    }

    @Test
    void onlyFinanceKeepsTheBooksAndCouncillorsReadTheReports() {
        Api councillor = staffWith(Role.COUNCILLOR);
        assertThat(councillor.get("/api/v1/finance/budget-lines").status()).isEqualTo(403);
        assertThat(councillor.post("/api/v1/finance/periods/2017/1/close", Map.of()).status()).isEqualTo(403);
        assertThat(staffWith(Role.PRACTITIONER).get("/api/v1/finance/monitoring?financialYear=2017&period=1").status()).isEqualTo(403);
        assertThat(staffWith(Role.TEAM_MANAGER).post("/api/v1/finance/budget-lines", Map.of("costCentre", "X1")).status()).isEqualTo(403);
        assertThat(councillor.get("/api/v1/finance/monitoring?financialYear=2017&period=1").status()).isEqualTo(200);
        assertThat(anonymous().get("/api/v1/finance/monitoring?financialYear=2017&period=1").status()).isEqualTo(401);
    }

    static JsonNode line(Api finance, String costCentre, String name, String group, String section, List<Map<String, String>> services) {
        Api.Response created = finance.post("/api/v1/finance/budget-lines", Map.of("costCentre", costCentre, "name", name, "serviceGroup", group,
                "reportSection", section, "services", services));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    static void budget(Api finance, JsonNode line, int year, String amount) {
        Api.Response set = finance.put("/api/v1/finance/budget-lines/" + line.path("id").asString() + "/budgets/" + year, Map.of("originalBudget", amount));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
    }

    static Api.Response csv(Api finance, String name, String body) {
        return finance.raw("POST", "/api/v1/finance/actuals?fileName=" + name, "text/csv", body);
    }

    static Map<String, Object> sharedLives(String person, long team, String start, String weekly) {
        return CareAndSupport.service(person, team, COMMUNITY, "Shared Lives", "CASSR commissioned support", start, weekly, "Weekly", null);
    }

    static void row(JsonNode row, String name, String previous, String change, String budget, String actual, String forecast, String variance,
                    String percent) {
        assertThat(row.path("name").asString()).isEqualTo(name);
        assertThat(row.path("previousForecastVariance").decimalValue()).as(name + " previous").isEqualByComparingTo(previous);
        assertThat(row.path("changeInForecast").decimalValue()).as(name + " change").isEqualByComparingTo(change);
        assertThat(row.path("finalBudget").decimalValue()).as(name + " budget").isEqualByComparingTo(budget);
        assertThat(row.path("actual").decimalValue()).as(name + " actual").isEqualByComparingTo(actual);
        assertThat(row.path("yearEndForecast").decimalValue()).as(name + " forecast").isEqualByComparingTo(forecast);
        assertThat(row.path("forecastVariance").decimalValue()).as(name + " variance").isEqualByComparingTo(variance);
        if (percent == null) {
            assertThat(row.path("variancePercentOfBudget").isNull()).as(name + " percent").isTrue();
        } else {
            assertThat(row.path("variancePercentOfBudget").decimalValue()).as(name + " percent").isEqualByComparingTo(percent);
        }
    }
}
