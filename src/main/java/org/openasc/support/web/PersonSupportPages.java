package org.openasc.support.web;

import static org.openasc.platform.web.FormSubmission.after;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

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
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.security.Role;
import org.openasc.support.Brokerage;
import org.openasc.support.CarePackages;
import org.openasc.support.DirectPayments;
import org.openasc.support.Discharges;
import org.openasc.support.Reviews;
import org.openasc.support.SupportCommands;
import org.openasc.support.SupportPlans;

/**
 * A person's care and support on one page: plans, services, reviews, direct payments with their monitoring checks, discharges and
 * package requests. Each area's own forms are {@link ServicePages}, {@link SupportPlanPages}, {@link ReviewPages} and
 * {@link DirectPaymentPages}.
 */
@Controller
class PersonSupportPages {

    private final FormSubmission pages;

    private final PersonRecords people;
    private final CarePackages services;
    private final SupportPlans plans;
    private final Reviews reviews;
    private final DirectPayments directPayments;
    private final Discharges discharges;
    private final Brokerage brokerage;

    PersonSupportPages(PersonRecords people, CarePackages services, SupportPlans plans, Reviews reviews, DirectPayments directPayments,
                       Discharges discharges, Brokerage brokerage, FormSubmission pages) {
        this.pages = pages;
        this.people = people;
        this.services = services;
        this.plans = plans;
        this.reviews = reviews;
        this.directPayments = directPayments;
        this.discharges = discharges;
        this.brokerage = brokerage;
    }

    @GetMapping("/people/{id}/support")
    @PreAuthorize(Access.READ_PEOPLE)
    String person(@PathVariable UUID id, Model model) {
        model.addAttribute("person", people.open(id));
        model.addAttribute("plans", plans.plansOf(id));
        model.addAttribute("services", services.servicesOf(id));
        model.addAttribute("reviews", reviews.reviewsOf(id));
        model.addAttribute("nextReview", reviews.nextDue(id));
        model.addAttribute("directPayments", directPayments.directPaymentsOf(id));
        model.addAttribute("discharges", discharges.dischargesOf(id));
        model.addAttribute("packages", brokerage.requestsOf(id));
        model.addAttribute("canWork", canWork());
        model.addAttribute("dpOutcomes", List.of(new Choice("SATISFACTORY", "Satisfactory"), new Choice("CONCERNS_SUPPORT_AGREED", "Concerns: support agreed"),
                new Choice("SURPLUS_TO_RECOVER", "Surplus to recover"), new Choice("MISUSE_REFERRED", "Misuse: referred")));
        model.addAttribute("canPlan", CurrentStaff.hasRole(Role.PRACTITIONER) || CurrentStaff.hasRole(Role.TEAM_MANAGER));
        return "support/person";
    }

    @PostMapping("/direct-payments/{id}/check")
    @PreAuthorize(Access.WORK_SUPPORT)
    String directPaymentChecked(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model, RedirectAttributes redirect,
                                HttpServletResponse response) {
        FormFields f = new FormFields(values);
        UUID personId = f.uuid("personId");
        LocalDate on = f.date("doneOn", "The date of the check");
        return pages.submit(f, () -> after("/people/" + personId + "/support", () -> directPayments.checked(id,
                new SupportCommands.MonitoringDone(on, f.text("outcome"), f.text("notes")))), "Monitoring check recorded", () -> person(personId,
                model), "support/person", model, redirect, response);
    }

    static boolean canWork() {
        return CurrentStaff.hasRole(Role.PRACTITIONER) || CurrentStaff.hasRole(Role.TEAM_MANAGER) || CurrentStaff.hasRole(Role.BROKERAGE);
    }
}
