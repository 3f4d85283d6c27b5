package org.openasc.platform;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

import org.openasc.platform.calendar.WorkingDayCalendar;
import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.Browser;
import org.openasc.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** An administrator adds GOV.UK's list for a year after the shipped one; clocks count its one-off day at once. */
class BankHolidayApiTest extends IntegrationTest {

    /** GOV.UK's bank-holidays.json shape: three divisions, each with events; only England and Wales is taken. */
    static final String GOV_UK = """
            {"england-and-wales": {"division": "england-and-wales", "events": [
              {"title": "New Year’s Day", "date": "2031-01-01", "notes": "", "bunting": true},
              {"title": "Good Friday", "date": "2031-04-11", "notes": "", "bunting": false},
              {"title": "Easter Monday", "date": "2031-04-14", "notes": "", "bunting": true},
              {"title": "Early May bank holiday", "date": "2031-05-05", "notes": "", "bunting": true},
              {"title": "Spring bank holiday", "date": "2031-05-26", "notes": "", "bunting": true},
              {"title": "Extra bank holiday for a national celebration", "date": "2031-06-02", "notes": "", "bunting": true},
              {"title": "Summer bank holiday", "date": "2031-08-25", "notes": "", "bunting": true},
              {"title": "Christmas Day", "date": "2031-12-25", "notes": "", "bunting": true},
              {"title": "Boxing Day", "date": "2031-12-26", "notes": "", "bunting": true}]},
             "scotland": {"division": "scotland", "events": [{"title": "St Andrew’s Day", "date": "2031-12-01", "notes": "", "bunting": true}]},
             "northern-ireland": {"division": "northern-ireland", "events": []}}""";

    @Autowired
    WorkingDayCalendar calendar;

    @Test
    void anAdministratorAddsAYearAndItsOneOffDayStopsTheClocks() {
        Api admin = staffWith(Role.ADMIN);
        // By rule alone 2 June 2031 is an ordinary Monday.
        JsonNode before = admin.get("/api/v1/bank-holidays?year=2031").json();
        assertThat(before.path("items").get(0).path("published").asBoolean()).isFalse();
        Api.Response added = admin.post("/api/v1/bank-holidays", GOV_UK);
        assertThat(added.status()).as(added.toString()).isEqualTo(200);
        assertThat(added.json().path("years").toString()).isEqualTo("[2031]");
        assertThat(added.json().path("days").asInt()).isEqualTo(9);
        assertThat(added.json().path("publishedTo").asInt()).isEqualTo(2031);

        JsonNode year = staffWith(Role.PRACTITIONER).get("/api/v1/bank-holidays?year=2031").json();
        List<String> days = new ArrayList<>();
        year.path("items").forEach(d -> days.add(d.path("date").asString() + " " + d.path("published").asBoolean()));
        assertThat(days).hasSize(9).contains("2031-06-02 true").doesNotContain("2031-12-01 true");
        // Friday 30 May 2031 + 1 working day: Monday 2 June is now a holiday, so Tuesday 3 June.
        assertThat(calendar.addWorkingDays(LocalDate.of(2031, 5, 30), 1)).isEqualTo(LocalDate.of(2031, 6, 3));
        // 2032 is after the published list: counted by the standing rules.
        assertThat(admin.get("/api/v1/bank-holidays?year=2032").json().path("items").get(0).path("published").asBoolean()).isFalse();
        // The same file again changes nothing.
        assertThat(admin.post("/api/v1/bank-holidays", GOV_UK).json().path("days").asInt()).isEqualTo(9);
        assertThat(calendar.bankHolidays(2031)).hasSize(9);

        try (Browser browser = new Browser(port)) {
            browser.signIn(admin.username(), admin.password());
            browser.open("/admin/bank-holidays?year=2031");
            assertThat(browser.text()).contains("Extra bank holiday for a national celebration").contains("The published list runs to the end of 2031");
            browser.checkAccessibility("bank-holidays");
        }
    }

    @Test
    void aFileThatIsNotGovUksListIsRefusedByWhereItIsWrong() {
        Api admin = staffWith(Role.ADMIN);
        assertThat(admin.post("/api/v1/bank-holidays", "{\"scotland\": {\"events\": []}}").errorFor("file")).contains("england-and-wales");
        Api.Response badDate = admin.post("/api/v1/bank-holidays",
                "{\"england-and-wales\": {\"events\": [{\"title\": \"Day\", \"date\": \"31/12/2031\"}, {\"title\": \"\", \"date\": \"2031-12-30\"}]}}");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.errorFor("england-and-wales.events[0].date")).contains("yyyy-mm-dd");
        assertThat(badDate.errorFor("england-and-wales.events[1].title")).contains("title");
        assertThat(admin.get("/api/v1/bank-holidays?year=1066").errorFor("year")).contains("Choose a year");
        assertThat(staffWith(Role.PRACTITIONER).post("/api/v1/bank-holidays", GOV_UK).status()).isEqualTo(403);
    }
}
