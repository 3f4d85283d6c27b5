package org.openasc.finance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.Browser;
import org.openasc.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A finance officer imports the ledger (a faulty file first), adjusts a forecast, closes two periods and opens the
 * monitoring report; a councillor reads it. 2017-18 is used by no other test.
 */
class FinanceJourneyBrowserTest extends IntegrationTest {

    @Test
    void actualsAreImportedAForecastAdjustedPeriodsClosedAndTheReportRead() throws Exception {
        Api finance = staffWith(Role.FINANCE);
        String cc = "BJ" + uniqueName("").substring(0, 5).toUpperCase();
        JsonNode line = FinanceApiTest.line(finance, cc, "Supported living", "Living well", "ASCH Committee",
                List.of(Map.of("serviceType", "Long term support: Community", "serviceComponent", "Community Supported Living")));
        FinanceApiTest.budget(finance, line, 2017, "100000");
        Path faulty = Files.writeString(Files.createTempFile("ledger-", ".csv"), "cost_centre,financial_year,period,amount\n" + cc + ",2017,1,8000\nZZ999,2017,1,12\n");
        Path ledger = Files.writeString(Files.createTempFile("ledger-", ".csv"), "cost_centre,financial_year,period,amount\n" + cc + ",2017,1,8000\n"
                + cc + ",2017-18,2,\"9,000.00\"\n");
        try (Browser browser = new Browser(port)) {
            browser.signIn(finance.username(), finance.password());
            browser.open("/finance?financialYear=2017");
            assertThat(browser.text()).contains("Period 1 is open").contains(cc + " Supported living");
            browser.upload("file", faulty);
            browser.click("Import actuals");
            assertThat(browser.errorSummary()).containsExactly("Row 3: no budget line has cost centre ZZ999");
            assertThat(browser.text()).contains("was not imported. Nothing from it was kept");
            browser.checkAccessibility("finance-import-refused");
            browser.upload("file", ledger);
            browser.click("Import actuals");
            assertThat(browser.text()).contains("Imported " + ledger.getFileName() + ": 2 rows, 2 line periods (0 replaced), £17,000.00");

            browser.type("fromCostCentre", cc);
            browser.type("toCostCentre", "NOPE1");
            browser.type("virementAmount", "2500");
            browser.click("Record the virement");
            assertThat(browser.errorSummary()).containsExactly("Enter another cost centre the budget moves to", "Enter the date of the virement",
                    "Enter the reason for the virement");
            browser.checkAccessibility("finance-virement-refused");

            browser.click(cc + " Supported living");
            browser.type("forecastAmount", "5000");
            browser.click("Adjust the forecast");
            assertThat(browser.errorSummary()).containsExactly("Enter the reason for the adjustment");
            browser.type("forecastReason", "Two placements agreed at panel, starting in June");
            browser.click("Adjust the forecast");
            assertThat(browser.text()).contains("Forecast adjusted").contains("Year-end forecast £13,000.00").contains("Two placements agreed at panel");
            browser.checkAccessibility("finance-line");

            browser.click("Back to budget monitoring");
            browser.click("Close period 1 and keep its forecasts");
            assertThat(browser.text()).contains("Period 1 closed");
            browser.open("/finance?financialYear=2017");
            browser.click("Close period 2 and keep its forecasts");
            assertThat(browser.heading()).isEqualTo("Summary financial position as at period 2 2017-18");
            assertThat(browser.text()).contains("Supported living").contains("(87) 9 Supported living 100 17 22 (78) -78.00%")
                    .contains("forecast variance up £9,000, from £87,000 underspent to £78,000 underspent");
            browser.type("text-0", "Supported living is below budget while new schemes open.");
            browser.click("Save commentary on ASCH Committee");
            assertThat(browser.text()).contains("Commentary saved");
            browser.checkAccessibility("finance-monitoring");

            browser.open("/finance/mtfs");
            browser.type("fromYear", "2031");
            browser.type("priorBudget", "12,500,000");
            browser.type("transfers1", "ten");
            browser.click("Save the strategy");
            assertThat(browser.errorSummary()).containsExactly("Enter year 1's transfers and adjustments as a number, like 21.50");
            browser.type("transfers1", "250000");
            browser.click("Save the strategy");
            assertThat(browser.text()).contains("Strategy saved").contains("Proposed revenue budget 2031-32 to 2034-35")
                    .contains("Proposed/Provisional net budget 12,750 12,750 12,750 12,750");
            browser.checkAccessibility("finance-mtfs");
        }
        Api councillor = staffWith(Role.COUNCILLOR);
        try (Browser browser = new Browser(port)) {
            browser.signIn(councillor.username(), councillor.password());
            browser.open("/finance/monitoring?financialYear=2017&period=2");
            assertThat(browser.text()).contains("Supported living is below budget while new schemes open.").doesNotContain("Save commentary");
            browser.open("/finance");
            assertThat(browser.text()).doesNotContain("Import actuals");
        }
    }
}
