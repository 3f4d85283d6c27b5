package org.openasc.support.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.openasc.platform.staff.StaffDirectory;
import org.openasc.support.SupportCommands;
import org.openasc.support.SupportPlans;

/** Care and support plans as pages: write one for authorised eligible needs, open it, and a second manager signs it off. */
@Controller
class SupportPlanPages {

    private final PersonRecords people;
    private final SupportPlans plans;
    private final StaffDirectory staff;
    private final FormSubmission pages;

    SupportPlanPages(PersonRecords people, SupportPlans plans, StaffDirectory staff, FormSubmission pages) {
        this.people = people;
        this.plans = plans;
        this.staff = staff;
        this.pages = pages;
    }

    static final int PLAN_OUTCOMES = 3;

    @GetMapping("/support-plans/new")
    @PreAuthorize(Access.WORK_REQUESTS)
    String planForm(@RequestParam UUID personId, Model model) {
        model.addAttribute("form", Map.of("personId", personId.toString(), "budgetPeriod", "WEEKLY"));
        return showPlanForm(personId, model);
    }

    @PostMapping("/support-plans/new")
    @PreAuthorize(Access.WORK_REQUESTS)
    String writePlan(@RequestParam Map<String, String> values, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        FormFields f = new FormFields(values);
        UUID personId = f.uuid("personId");
        LocalDate starts = f.date("startsOn", "The date the plan starts");
        BigDecimal amount = f.decimal("budgetAmount", "the personal budget");
        List<SupportCommands.PlanOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < PLAN_OUTCOMES; i++) {
            outcomes.add(new SupportCommands.PlanOutcome(f.text("outcomes[" + i + "].wanted"), f.text("outcomes[" + i + "].howMet")));
        }
        return pages.submit(f, () -> "/support-plans/" + plans.write(new SupportCommands.NewPlan(personId, f.uuid("assessmentId"), f.id("teamId"),
                        f.text("worker"), starts, amount, f.text("budgetPeriod"), f.text("deliveryMechanism"), outcomes)).id(),
                "Care and support plan written", () -> showPlanForm(personId, model), "support/plan-form", model, redirect, response);
    }

    @GetMapping("/support-plans/{id}")
    @PreAuthorize(Access.READ_PEOPLE)
    String plan(@PathVariable UUID id, Model model) {
        model.addAttribute("plan", plans.open(id));
        model.addAttribute("canSignOff", CurrentStaff.hasRole(Role.TEAM_MANAGER));
        return "support/plan";
    }

    @PostMapping("/support-plans/{id}/sign-off")
    @PreAuthorize(Access.MANAGE_REQUESTS)
    String signOff(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model, RedirectAttributes redirect,
                   HttpServletResponse response) {
        FormFields f = new FormFields(values);
        return pages.submit(f, () -> "/support-plans/" + plans.signOff(id, new SupportCommands.SignOff(f.integer("version"), null)).id(),
                "Plan signed off", () -> {
                    model.addAttribute("plan", plans.open(id));
                    model.addAttribute("canSignOff", true);
                }, "support/plan", model, redirect, response);
    }

    private String showPlanForm(UUID personId, Model model) {
        model.addAttribute("person", people.open(personId));
        model.addAttribute("teams", SupportChoices.teams(staff));
        model.addAttribute("assessments", plans.eligibleAssessmentsOf(personId).stream()
                .map(a -> new Choice(a.id().toString(), "Assessment " + a.assessmentNumber() + ", " + a.assessmentType() + ", completed " + a.completedOn()))
                .toList());
        model.addAttribute("periods", SupportChoices.periods());
        model.addAttribute("outcomeRows", PLAN_OUTCOMES);
        return "support/plan-form";
    }
}
