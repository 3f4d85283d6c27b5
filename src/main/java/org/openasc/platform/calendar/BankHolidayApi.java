package org.openasc.platform.calendar;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.openasc.platform.security.Access;
import org.openasc.platform.web.Page;

/** The bank holidays a year's clocks count (anyone signed in), and GOV.UK's list added by an administrator. */
@Tag(name = "Working-day calendar")
@RestController
@RequestMapping(path = "/api/v1/bank-holidays", produces = MediaType.APPLICATION_JSON_VALUE)
class BankHolidayApi {

    private final BankHolidays holidays;

    BankHolidayApi(BankHolidays holidays) {
        this.holidays = holidays;
    }

    @Operation(summary = "List the bank holidays of a year (England and Wales)")
    @PreAuthorize(Access.SIGNED_IN)
    @GetMapping
    Page<BankHolidays.Day> year(@RequestParam int year) {
        List<BankHolidays.Day> days = holidays.year(year);
        return Page.whole(days);
    }

    /** GOV.UK's bank-holidays.json as published (the England and Wales division is taken). */
    @Operation(summary = "Add bank holidays as GOV.UK publishes them",
            description = "The body is the GOV.UK bank holidays JSON as published; the England and Wales division is kept. Administrators.")
    @PreAuthorize(Access.ADMINISTER)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    BankHolidays.Added publish(@RequestBody String json) {
        return holidays.publish(json);
    }
}
