package org.openasc.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import org.openasc.bench.BenchSession;
import org.openasc.platform.calendar.Today;
import org.openasc.testing.Api;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quick start's demo council, built as `mvn spring-boot:run` builds it (smaller), in its own
 * database: every kind of work is there, and every main page opens for the member of staff who uses it. It asserts
 * only that each area has work, never how much: the demo's numbers are the generator's to change.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"openasc.demo.enabled=true",
        "openasc.demo.people=600", "openasc.embedded-database.data-directory=", "openasc.performance.keep-month-ends=false", "OPENASC_DEMO_PASSWORD=demo password for tests"})
class DemoCouncilTest {

    static final String PASSWORD = "demo password for tests";

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    /** The demo is built for the application's today, so the test reads the same clock. */
    private LocalDate today() {
        return Today.on(clock);
    }

    private Api as(String username) {
        return new Api(port, username, PASSWORD);
    }

    @Test
    void theDemoCouncilHasAYearOfWorkInEveryArea() {
        JsonNode support = as("performance").get("/api/v1/support/summary").json();
        assertThat(support.path("peopleInLongTermSupport").asLong()).isPositive();
        assertThat(support.path("weeklyCost").decimalValue()).isPositive();
        JsonNode frontDoor = as("performance").get("/api/v1/frontdoor/summary?from=" + today().minusYears(1) + "&to=" + today()).json();
        assertThat(frontDoor.path("requests").path("newClients").asLong()).as("requests from new clients").isPositive();
        assertThat(frontDoor.path("requests").path("existingClients").asLong()).as("requests from people already in long-term support").isPositive();
        JsonNode safeguarding = as("performance").get("/api/v1/safeguarding/summary").json();
        assertThat(safeguarding.path("concernsReceived").asLong()).isPositive();
        JsonNode dols = as("performance").get("/api/v1/dols/backlog").json();
        assertThat(dols.path("waiting").asLong()).isPositive();
        assertThat(dols.path("activeAuthorisations").asLong()).isPositive();
        assertThat(as("performance").get("/api/v1/mha/summary?from=" + today().minusYears(1)).json().path("assessments").asLong())
                .isPositive();
        JsonNode packages = as("brokerage").get("/api/v1/brokerage/requests").json().path("items");
        assertThat(packages.isArray() && !packages.isEmpty()).as("packages waiting for brokerage").isTrue();
        JsonNode reviews = as("safeguarding").get("/api/v1/safeguarding/reviews").json().path("items");
        assertThat(reviews.isArray() && !reviews.isEmpty()).as("safeguarding adults reviews").isTrue();
        JsonNode risks = as("councillor").get("/api/v1/risks?rating=VERY_HIGH").json().path("items");
        assertThat(risks.isArray() && !risks.isEmpty()).as("very high risks").isTrue();
        int year = today().minusMonths(3).getYear();
        JsonNode lastYear = as("councillor").get("/api/v1/finance/monitoring?financialYear=" + (year - 1) + "&period=12").json();
        assertThat(lastYear.path("periodClosed").asBoolean()).isTrue();
        assertThat(lastYear.path("total").path("actual").decimalValue()).isPositive();
        assertThat(lastYear.path("sections").get(0).path("lines").size()).isPositive();
        assertThat(as("councillor").get("/api/v1/finance/mtfs?fromYear=" + (year + 1)).json().path("years").get(3).path("proposedNetBudget")
                .decimalValue()).isPositive();
        JsonNode feedback = as("councillor").get("/api/v1/feedback/annual-report?financialYear=" + (year - 1)).json();
        assertThat(feedback.path("tables").path("complaints").path("total").path("total").path("received").asLong()).isPositive();
        assertThat(feedback.path("comparison").get(1).path("totals").path("allFeedback").path("received").asLong()).isPositive();
        assertThat(as("performance").get("/api/v1/returns/sac?financialYear=" + year).status())
                .isEqualTo(200);
    }

    /**
     * The demo's history passes through the same rules as real work, so its Client Level Data file for the last complete
     * quarter holds every kind of event and breaks none of DHSC's data-quality rules but the one a council meets too: people
     * not yet traced to an NHS number.
     */
    @Test
    void theDemosClientLevelDataKeepsDhscsRules() {
        LocalDate quarterEnd = today().withDayOfMonth(1).minusMonths((today().getMonthValue() - 1) % 3).minusDays(1);
        JsonNode report = as("performance").get("/api/v1/returns/cld/validation?quarterEnd=" + quarterEnd).json();
        assertThat(report.path("rows").asInt()).isPositive();
        for (String kind : List.of("Request", "Assessment", "Service", "Review")) {
            assertThat(report.path("byEventType").path(kind).asLong()).as(kind + " events").isPositive();
        }
        // Some demo people have no NHS number, as some people on any council's record have none yet: the report lists them to trace.
        List<String> broken = new java.util.ArrayList<>();
        report.path("failures").forEach(f -> {
            if (!("Mandatory field blank".equals(f.path("rule").asString()) && "NHS Number".equals(f.path("field").asString()))) {
                broken.add(f.path("rule").asString() + " / " + f.path("field").asString() + " / " + f.path("eventRef").asString());
            }
        });
        long listed = report.path("byRule").propertyStream().mapToLong(e -> e.getValue().asLong()).sum();
        assertThat(report.path("failures").size()).as("every failure listed").isEqualTo((int) listed);
        assertThat(broken).as("rules broken: " + report.path("byRule")).isEmpty();
    }

    @Test
    void everyMainPageOpensWithTheDemoData() throws Exception {
        Map<String, List<String>> pages = Map.of(
                "practitioner", List.of("/", "/waiting-list", "/caseload", "/support/reviews", "/brokerage", "/discharges", "/safeguarding", "/mha"),
                "manager", List.of("/frontdoor/dashboard", "/support/dashboard", "/safeguarding/figures", "/dols", "/providers/market", "/risks", "/finance/monitoring"),
                "finance", List.of("/finance", "/finance/monitoring", "/finance/mtfs", "/finance/lines/new"),
                "brokerage", List.of("/providers", "/brokerage", "/brokerage/zones"),
                "safeguarding", List.of("/safeguarding", "/safeguarding/figures", "/returns/sac"),
                "dols", List.of("/dols"),
                "performance", List.of("/support/dashboard", "/returns/sac", "/safeguarding/figures", "/risks", "/risks/settings", "/finance/monitoring",
                        "/performance", "/performance/settings", "/performance/measures/LOCAL-WF1", "/performance/measures/LTS-REVIEWED"),
                "councillor", List.of("/support/dashboard", "/safeguarding/figures", "/dols", "/providers/market", "/feedback/annual-report",
                        "/finance/monitoring", "/finance/mtfs", "/performance", "/performance/measures/ASCOF%203A"),
                "relations", List.of("/feedback", "/feedback/annual-report", "/feedback/complaints/new", "/feedback/new"));
        for (Map.Entry<String, List<String>> user : pages.entrySet()) {
            BenchSession session = BenchSession.signIn("http://localhost:" + port, user.getKey(), PASSWORD);
            for (String path : user.getValue()) {
                String page = session.page(path);
                assertThat(page).as(user.getKey() + " " + path).doesNotContain("Sorry, there is a problem").contains("</main>");
                assertThat(page).as("the title of " + path).containsPattern("<title>[^<>{}$]+ - OpenASC - Anytown Council</title>");
            }
        }
    }
}
