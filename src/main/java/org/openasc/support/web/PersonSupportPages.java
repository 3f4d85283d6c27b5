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
import org.openasc.providers.ProviderRegister;
import org.openasc.support.Brokerage;
import org.openasc.support.CarePackages;
import org.openasc.support.CostFrequency;
import org.openasc.support.DirectPayments;
import org.openasc.support.Discharges;
import org.openasc.support.Reviews;
import org.openasc.support.ServiceView;
import org.openasc.support.SupportCommands;
import org.openasc.support.SupportPlans;

/** A person's care and support, and the forms that change it: services, plans, reviews, direct payments, discharges. */
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
    private final ProviderRegister providers;
    private final StaffDirectory staff;

    PersonSupportPages(PersonRecords people, CarePackages services, SupportPlans plans, Reviews reviews, DirectPayments directPayments,
                       Discharges discharges, Brokerage brokerage, ProviderRegister providers, StaffDirectory staff, FormSubmission pages) {
        this.pages = pages;
        this.people = people;
        this.services = services;
        this.plans = plans;
        this.reviews = reviews;
        this.directPayments = directPayments;
        this.discharges = discharges;
        this.brokerage = brokerage;
        this.providers = providers;
        this.staff = staff;
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

    @GetMapping("/services/new")
    @PreAuthorize(Access.WORK_SUPPORT)
    String serviceForm(@RequestParam UUID personId, Model model) {
        model.addAttribute("form", Map.of("personId", personId.toString(), "clientFundingStatus", "Fully social care funded"));
        return showServiceForm(personId, model);
    }

    @PostMapping("/services/new")
    @PreAuthorize(Access.WORK_SUPPORT)
    String startService(@RequestParam Map<String, String> values, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        FormFields f = new FormFields(values);
        UUID personId = f.uuid("personId");
        LocalDate start = f.date("startDate", "The start date");
        BigDecimal cost = f.decimal("unitCost", "the unit cost");
        BigDecimal units = f.decimal("plannedUnitsPerWeek", "the planned units a week");
        return pages.submit(f, () -> "/services/" + services.start(new SupportCommands.NewService(personId, f.uuid("planId"), f.id("teamId"),
                        f.text("worker"), f.text("serviceType"), f.text("serviceComponent"), f.text("deliveryMechanism"), f.uuid("locationId"),
                        f.text("clientFundingStatus"), start, cost, f.text("costFrequency"), units, f.text("suspensionOverride"))).id(),
                "Service started", () -> showServiceForm(personId, model), "support/service-form", model, redirect, response);
    }

    @GetMapping("/services/{id}")
    @PreAuthorize(Access.READ_PEOPLE)
    String service(@PathVariable UUID id, Model model) {
        model.addAttribute("service", services.open(id));
        model.addAttribute("canWork", canWork());
        return "support/service";
    }

    @GetMapping("/services/{id}/change")
    @PreAuthorize(Access.WORK_SUPPORT)
    String changeForm(@PathVariable UUID id, Model model) {
        ServiceView s = services.open(id);
        model.addAttribute("form", Map.of("costFrequency", s.costFrequency(), "version", String.valueOf(s.version())));
        return serviceChangeForm(s, model, "support/service-change");
    }

    @PostMapping("/services/{id}/change")
    @PreAuthorize(Access.WORK_SUPPORT)
    String change(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        FormFields f = new FormFields(values);
        LocalDate from = f.date("effectiveFrom", "The date the change takes effect");
        BigDecimal cost = f.decimal("unitCost", "the unit cost");
        BigDecimal units = f.decimal("plannedUnitsPerWeek", "the planned units a week");
        return pages.submit(f, () -> "/services/" + services.change(id, new SupportCommands.ServiceChange(f.integer("version"), from, cost,
                        f.text("costFrequency"), units, f.text("reason"))).id(), "Change recorded",
                () -> serviceChangeForm(services.open(id), model, null), "support/service-change", model, redirect, response);
    }

    @GetMapping("/services/{id}/end")
    @PreAuthorize(Access.WORK_SUPPORT)
    String endForm(@PathVariable UUID id, Model model) {
        ServiceView s = services.open(id);
        model.addAttribute("form", Map.of("version", String.valueOf(s.version())));
        return serviceChangeForm(s, model, "support/service-end");
    }

    @PostMapping("/services/{id}/end")
    @PreAuthorize(Access.WORK_SUPPORT)
    String end(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model, RedirectAttributes redirect,
               HttpServletResponse response) {
        FormFields f = new FormFields(values);
        LocalDate on = f.date("endDate", "The last day of the service");
        return pages.submit(f, () -> "/services/" + services.end(id, new SupportCommands.ServiceEnd(f.integer("version"), on, f.text("outcome"))).id(),
                "Service ended", () -> serviceChangeForm(services.open(id), model, null), "support/service-end", model, redirect, response);
    }

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

    @GetMapping("/reviews/new")
    @PreAuthorize(Access.WORK_SUPPORT)
    String reviewForm(@RequestParam UUID personId, Model model) {
        model.addAttribute("form", Map.of("personId", personId.toString(), "reason", "Planned"));
        return showReviewForm(personId, model);
    }

    @PostMapping("/reviews/new")
    @PreAuthorize(Access.WORK_SUPPORT)
    String review(@RequestParam Map<String, String> values, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        FormFields f = new FormFields(values);
        UUID personId = f.uuid("personId");
        LocalDate on = f.date("reviewedOn", "The date of the review");
        return pages.submit(f, () -> {
            reviews.record(new SupportCommands.NewReview(personId, f.text("reason"), f.text("method"), on, f.text("outcomesAchieved"),
                    f.text("whatChanged"), null, f.text("outcome")));
            return "/people/" + personId + "/support";
        }, "Review recorded", () -> showReviewForm(personId, model), "support/review-form", model, redirect, response);
    }

    @GetMapping("/direct-payments/new")
    @PreAuthorize(Access.WORK_SUPPORT)
    String directPaymentForm(@RequestParam UUID personId, Model model) {
        model.addAttribute("form", Map.of("personId", personId.toString(), "period", "WEEKLY"));
        return showDirectPaymentForm(personId, model);
    }

    @PostMapping("/direct-payments/new")
    @PreAuthorize(Access.WORK_SUPPORT)
    String directPayment(@RequestParam Map<String, String> values, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        FormFields f = new FormFields(values);
        UUID personId = f.uuid("personId");
        LocalDate signed = f.date("agreementSignedOn", "The date the agreement was signed");
        LocalDate starts = f.date("startsOn", "The date payments start");
        BigDecimal amount = f.decimal("amount", "the amount");
        return pages.submit(f, () -> {
            directPayments.agree(new SupportCommands.NewDirectPayment(personId, f.uuid("serviceId"), signed, amount, f.text("period"), starts));
            return "/people/" + personId + "/support";
        }, "Direct payment agreement recorded", () -> showDirectPaymentForm(personId, model), "support/direct-payment-form", model, redirect, response);
    }

    @PostMapping("/direct-payments/{id}/check")
    @PreAuthorize(Access.WORK_SUPPORT)
    String directPaymentChecked(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model, RedirectAttributes redirect,
                                HttpServletResponse response) {
        FormFields f = new FormFields(values);
        UUID personId = f.uuid("personId");
        LocalDate on = f.date("doneOn", "The date of the check");
        return pages.submit(f, () -> {
            directPayments.checked(id, new SupportCommands.MonitoringDone(on, f.text("outcome"), f.text("notes")));
            return "/people/" + personId + "/support";
        }, "Monitoring check recorded", () -> person(personId, model), "support/person", model, redirect, response);
    }

    static final int PLAN_OUTCOMES = 3;

    private boolean canWork() {
        return CurrentStaff.hasRole(Role.PRACTITIONER) || CurrentStaff.hasRole(Role.TEAM_MANAGER) || CurrentStaff.hasRole(Role.BROKERAGE);
    }

    private String showServiceForm(UUID personId, Model model) {
        model.addAttribute("person", people.open(personId));
        model.addAttribute("teams", teams());
        model.addAttribute("frequencies", java.util.Arrays.stream(CostFrequency.values()).map(c -> new Choice(c.label(), c.label())).toList());
        model.addAttribute("locations", providers.search(null, null, null, 1, 500).items().stream()
                .map(l -> new Choice(l.id().toString(), l.name() + (l.zone() == null ? "" : " (" + l.zone() + ")"))).toList());
        model.addAttribute("personPlans", plans.plansOf(personId).stream()
                .map(p -> new Choice(p.id().toString(), "Plan from " + p.startsOn())).toList());
        return "support/service-form";
    }

    private String serviceChangeForm(ServiceView s, Model model, String template) {
        model.addAttribute("service", s);
        model.addAttribute("frequencies", java.util.Arrays.stream(CostFrequency.values()).map(c -> new Choice(c.label(), c.label())).toList());
        return template;
    }

    private String showPlanForm(UUID personId, Model model) {
        model.addAttribute("person", people.open(personId));
        model.addAttribute("teams", teams());
        model.addAttribute("assessments", plans.eligibleAssessmentsOf(personId).stream()
                .map(a -> new Choice(a.id().toString(), "Assessment " + a.assessmentNumber() + ", " + a.assessmentType() + ", completed " + a.completedOn()))
                .toList());
        model.addAttribute("periods", periods());
        model.addAttribute("outcomeRows", PLAN_OUTCOMES);
        return "support/plan-form";
    }

    private String showReviewForm(UUID personId, Model model) {
        model.addAttribute("person", people.open(personId));
        return "support/review-form";
    }

    private String showDirectPaymentForm(UUID personId, Model model) {
        model.addAttribute("person", people.open(personId));
        model.addAttribute("periods", periods());
        model.addAttribute("dpServices", services.servicesOf(personId).stream().filter(s -> "Direct payment".equals(s.deliveryMechanism()))
                .map(s -> new Choice(s.id().toString(), "Service " + s.serviceNumber() + ": " + s.serviceComponent() + " from " + s.startDate())).toList());
        return "support/direct-payment-form";
    }

    private List<Choice> teams() {
        return staff.allTeams().stream().map(t -> new Choice(String.valueOf(t.id()), t.name())).toList();
    }

    static List<Choice> periods() {
        return java.util.Arrays.stream(org.openasc.support.BudgetPeriod.values())
                .map(p -> new Choice(p.name(), "£ " + p.label())).toList();
    }

}
