package org.openasc.platform.web;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.openasc.platform.security.Role;
import org.openasc.testing.IntegrationTest;
import org.openasc.testing.Session;

import static org.assertj.core.api.Assertions.assertThat;

/** Filters take dates in the GOV.UK date input's three boxes, as forms do; a date that is not a date is refused by name, never a 500. */
class DateFilterTest extends IntegrationTest {

    @Test
    void aFilterDateIsTypedAsDayMonthAndYear() {
        Session analyst = new Session(port, staffWith(Role.PERFORMANCE));
        HttpResponse<String> page = analyst.page("/safeguarding/figures?fromDay=1&fromMonth=1&fromYear=2016&toDay=31&toMonth=3&toYear=2016");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("to <span>31 March 2016</span>").contains("from <span>1 January 2016</span>")
                .contains("name=\"fromDay\"").contains("value=\"31\"").doesNotContain("type=\"date\"");
        HttpResponse<String> wrong = analyst.page("/safeguarding/figures?fromDay=31&fromMonth=2&fromYear=2016");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("The parameter from is missing or has the wrong form");
        assertThat(analyst.page("/support/reviews?asOfDay=&asOfMonth=&asOfYear=").statusCode()).as("empty boxes: no date").isEqualTo(200);
    }
}
