package org.openasc.support.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.openasc.people.PersonRecords;
import org.openasc.platform.security.Access;
import org.openasc.platform.web.Choice;
import org.openasc.platform.web.FormFields;
import org.openasc.platform.web.FormSubmission;
import org.openasc.platform.staff.StaffDirectory;
import org.openasc.platform.web.DateParts;
import org.openasc.platform.web.FormErrors;
import org.openasc.support.DirectPayments;
import org.openasc.support.Discharges;
import org.openasc.support.Reviews;
import org.openasc.support.SupportCommands;
import org.openasc.support.SupportPlans;

/**
 * Work lists across people: reviews due and overdue, plans awaiting sign-off, direct payment checks due, and hospital
 * discharges with their referral and progress forms.
 */
@Controller
class CaseworkPages {

    private final java.time.Clock clock;
    private final FormSubmission pages;

    private final Reviews reviews;
    private final SupportPlans plans;
    private final DirectPayments directPayments;
    private final Discharges discharges;
    private final PersonRecords people;
    private final StaffDirectory staff;

    CaseworkPages(Reviews reviews, SupportPlans plans, DirectPayments directPayments, Discharges discharges, PersonRecords people, StaffDirectory staff, FormSubmission pages, java.time.Clock clock) {
        this.clock = clock;
        this.pages = pages;
        this.reviews = reviews;
        this.plans = plans;
        this.directPayments = directPayments;
        this.discharges = discharges;
        this.people = people;
        this.staff = staff;
    }

    @GetMapping("/support/reviews")
    @PreAuthorize(Access.WORK_SUPPORT + " or hasRole('PERFORMANCE')")
    String reviewsDue(@RequestParam(required = false) Long team,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                      Model model, HttpServletResponse response) {
        FormErrors.filled(model, response, () -> model.addAttribute("due", reviews.due(team, asOf, Reviews.LOOK_AHEAD_DAYS)));
        model.addAttribute("team", team);
        model.addAttribute("asOf", asOf);
        model.addAttribute("months", reviews.schedule().months());
        model.addAttribute("teams", staff.allTeams().stream().map(t -> new Choice(String.valueOf(t.id()), t.name())).toList());
        return "support/reviews-due";
    }

    @GetMapping("/support-plans/awaiting-sign-off")
    @PreAuthorize(Access.MANAGE_REQUESTS)
    String plansAwaitingSignOff(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("list", plans.awaitingSignOff(org.openasc.platform.web.Page.pageNumber(page), 50));
        model.addAttribute("baseUrl", "/support-plans/awaiting-sign-off?");
        return "support/plans-awaiting-sign-off";
    }

    @GetMapping("/direct-payments/checks-due")
    @PreAuthorize(Access.WORK_SUPPORT)
    String directPaymentChecksDue(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("list", directPayments.checksDue(org.openasc.platform.web.Page.pageNumber(page), 50));
        model.addAttribute("baseUrl", "/direct-payments/checks-due?");
        model.addAttribute("within", DirectPayments.LOOK_AHEAD_DAYS);
        return "support/direct-payment-checks";
    }

    @GetMapping("/discharges")
    @PreAuthorize(Access.WORK_SUPPORT + " or hasRole('PERFORMANCE')")
    String discharges(Model model) {
        LocalDate today = org.openasc.platform.calendar.Today.on(clock);
        model.addAttribute("discharges", discharges.list(today.minusDays(27), today));
        return "support/discharges";
    }

    @GetMapping("/discharges/new")
    @PreAuthorize(Access.WORK_SUPPORT)
    String referForm(@RequestParam UUID personId, Model model) {
        model.addAttribute("form", Map.of("personId", personId.toString()));
        return showReferForm(personId, model);
    }

    @PostMapping("/discharges/new")
    @PreAuthorize(Access.WORK_SUPPORT)
    String refer(@RequestParam Map<String, String> values, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        FormFields f = new FormFields(values);
        UUID personId = f.uuid("personId");
        LocalDate referred = f.date("referredOn", "The date of the referral");
        return pages.submit(f, () -> "/discharges/" + discharges.refer(new SupportCommands.NewDischarge(personId, f.id("teamId"), f.text("hospital"),
                        f.text("ward"), referred, f.integer("pathway"), f.yes("dischargeToAssess"))).id(),
                "Referral recorded", () -> showReferForm(personId, model), "support/discharge-form", model, redirect, response);
    }

    @GetMapping("/discharges/{id}")
    @PreAuthorize(Access.READ_PEOPLE)
    String discharge(@PathVariable UUID id, Model model) {
        var d = discharges.open(id);
        Map<String, String> form = new java.util.HashMap<>(Map.of("version", String.valueOf(d.version()), "reablement", String.valueOf(d.reablement()),
                "status91Day", d.status91Day() == null ? "" : d.status91Day()));
        dateParts(form, "hubDecisionOn", d.hubDecisionOn());
        dateParts(form, "dischargedOn", d.dischargedOn());
        model.addAttribute("form", form);
        return discharge(d, model);
    }

    @PostMapping("/discharges/{id}/progress")
    @PreAuthorize(Access.WORK_SUPPORT)
    String progress(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model, RedirectAttributes redirect,
                    HttpServletResponse response) {
        FormFields f = new FormFields(values);
        LocalDate decision = f.date("hubDecisionOn", "The date of the hub's decision");
        LocalDate discharged = f.date("dischargedOn", "The date of discharge");
        return pages.submit(f, () -> "/discharges/" + discharges.progress(id, new SupportCommands.DischargeProgress(f.integer("version"), decision,
                        discharged, f.yes("reablement"), f.text("status91Day"))).id(), "Discharge updated",
                () -> discharge(discharges.open(id), model), "support/discharge", model, redirect, response);
    }

    private static void dateParts(Map<String, String> form, String name, LocalDate date) {
        if (date != null) {
            form.put(name + "Day", DateParts.day(date));
            form.put(name + "Month", DateParts.month(date));
            form.put(name + "Year", DateParts.year(date));
        }
    }

    private String showReferForm(UUID personId, Model model) {
        model.addAttribute("person", people.open(personId));
        model.addAttribute("teams", staff.allTeams().stream().map(t -> new Choice(String.valueOf(t.id()), t.name())).toList());
        model.addAttribute("pathways", java.util.List.of(new Choice("0", "Pathway 0: home, no new support"),
                new Choice("1", "Pathway 1: home with new support"), new Choice("2", "Pathway 2: a bed-based step-down"),
                new Choice("3", "Pathway 3: a care home")));
        return "support/discharge-form";
    }

    private String discharge(org.openasc.support.DischargeView d, Model model) {
        model.addAttribute("d", d);
        return "support/discharge";
    }
}
