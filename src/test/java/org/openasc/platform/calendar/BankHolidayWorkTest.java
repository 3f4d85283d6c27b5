package org.openasc.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import org.openasc.platform.work.WorkList;

/** From 12 months before the published list ends, administrators (only) have the next years to add on their home page. */
class BankHolidayWorkTest {

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static List<WorkList> workOn(String instant, String role) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("someone", null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role))));
        Clock clock = Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
        WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();
        return new BankHolidayWork(new BankHolidays(calendar, null, null, clock), clock).work();
    }

    @Test
    void administratorsAreToldFromAYearBeforeTheListEnds() {
        // The shipped list runs to 31 December 2030: nothing to do on 30 December 2029, a task from the 31st.
        assertThat(workOn("2029-12-30T12:00:00Z", "ADMIN")).isEmpty();
        List<WorkList> due = workOn("2029-12-31T12:00:00Z", "ADMIN");
        assertThat(due).singleElement().satisfies(w -> {
            assertThat(w.href()).isEqualTo("/admin/bank-holidays");
            assertThat(w.items().get(0).title()).isEqualTo("Add GOV.UK's bank holidays after 2030");
            assertThat(w.items().get(0).clock()).isEqualTo("Next years' list due 31 December 2030");
        });
        assertThat(workOn("2030-06-01T12:00:00Z", "PRACTITIONER")).isEmpty();
    }
}
