package org.openasc.platform.calendar;

import java.time.Clock;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.openasc.platform.security.Access;
import org.openasc.platform.web.FormErrors;
import org.openasc.platform.web.InvalidInput;
import org.openasc.platform.web.Uploads;

/** Administrators see a year's bank holidays and add GOV.UK's newly published list. */
@Controller
class BankHolidayPages {

    private final BankHolidays holidays;
    private final Clock clock;

    BankHolidayPages(BankHolidays holidays, Clock clock) {
        this.holidays = holidays;
        this.clock = clock;
    }

    @GetMapping("/admin/bank-holidays")
    @PreAuthorize(Access.ADMINISTER)
    String year(@RequestParam(required = false) Integer year, Model model, HttpServletResponse response) {
        int shown = year == null ? Today.on(clock).getYear() : year;
        FormErrors.filled(model, response, () -> model.addAttribute("days", holidays.year(shown)));
        model.addAttribute("year", shown);
        model.addAttribute("publishedTo", holidays.publishedTo());
        model.addAttribute("runningOut", holidays.runningOut());
        return "admin/bank-holidays";
    }

    @PostMapping("/admin/bank-holidays")
    @PreAuthorize(Access.ADMINISTER)
    String publish(@RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            BankHolidays.Added added = holidays.publish(Uploads.text(file, "file", "download bank-holidays.json from GOV.UK and send it as it is"));
            redirect.addFlashAttribute("banner", added.days() + " bank holidays added for " + added.years() + "; the list now runs to "
                    + added.publishedTo());
            return "redirect:/admin/bank-holidays";
        } catch (InvalidInput e) {
            FormErrors.refused(model, response, e.problems().stream().map(p -> new org.openasc.platform.web.FieldProblem("file", p.message())).toList());
            return year(null, model, response);
        }
    }
}
