package org.openasc.platform.calendar;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.openasc.platform.web.Page;

/** The bank holidays a year's clocks count (anyone signed in), and GOV.UK's list added by an administrator. */
@RestController
@RequestMapping(path = "/api/v1/bank-holidays", produces = MediaType.APPLICATION_JSON_VALUE)
class BankHolidayApi {

    private final BankHolidays holidays;

    BankHolidayApi(BankHolidays holidays) {
        this.holidays = holidays;
    }

    @GetMapping
    Page<BankHolidays.Day> year(@RequestParam int year) {
        List<BankHolidays.Day> days = holidays.year(year);
        return Page.whole(days);
    }

    /** GOV.UK's bank-holidays.json as published (the England and Wales division is taken). */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    BankHolidays.Added publish(@RequestBody String json) {
        return holidays.publish(json);
    }
}
