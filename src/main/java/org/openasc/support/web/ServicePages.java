package org.openasc.support.web;

import static org.openasc.platform.web.FormSubmission.after;

import java.math.BigDecimal;
import java.time.LocalDate;
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
import org.openasc.platform.staff.StaffDirectory;
import org.openasc.providers.ProviderRegister;
import org.openasc.support.CarePackages;
import org.openasc.support.ServiceView;
import org.openasc.support.SupportCommands;
import org.openasc.support.SupportPlans;

/** Services as pages: start one, open it, change its cost or hours from a date, and end it. */
@Controller
class ServicePages {

    private final PersonRecords people;
    private final CarePackages services;
    private final SupportPlans plans;
    private final ProviderRegister providers;
    private final StaffDirectory staff;
    private final FormSubmission pages;

    ServicePages(PersonRecords people, CarePackages services, SupportPlans plans, ProviderRegister providers, StaffDirectory staff, FormSubmission pages) {
        this.people = people;
        this.services = services;
        this.plans = plans;
        this.providers = providers;
        this.staff = staff;
        this.pages = pages;
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
        model.addAttribute("canWork", PersonSupportPages.canWork());
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
        return onService(id, f, () -> services.change(id, new SupportCommands.ServiceChange(f.integer("version"), from, cost, f.text("costFrequency"),
                units, f.text("reason"))), "Change recorded", "support/service-change", model, redirect, response);
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
        return onService(id, f, () -> services.end(id, new SupportCommands.ServiceEnd(f.integer("version"), on, f.text("outcome"))), "Service ended",
                "support/service-end", model, redirect, response);
    }

    /** A change made to a service from one of its forms: back to the service, or the form again with the problems. */
    private String onService(UUID id, FormFields f, Runnable change, String banner, String template, Model model, RedirectAttributes redirect,
                             HttpServletResponse response) {
        return pages.submit(f, () -> after("/services/" + id, change), banner, () -> serviceChangeForm(services.open(id), model, null), template, model,
                redirect, response);
    }

    private String showServiceForm(UUID personId, Model model) {
        model.addAttribute("person", people.open(personId));
        model.addAttribute("teams", SupportChoices.teams(staff));
        model.addAttribute("frequencies", SupportChoices.frequencies());
        model.addAttribute("locations", providers.search(null, null, null, 1, 500).items().stream()
                .map(l -> new Choice(l.id().toString(), l.name() + (l.zone() == null ? "" : " (" + l.zone() + ")"))).toList());
        model.addAttribute("personPlans", plans.plansOf(personId).stream()
                .map(p -> new Choice(p.id().toString(), "Plan from " + p.startsOn())).toList());
        return "support/service-form";
    }

    private String serviceChangeForm(ServiceView s, Model model, String template) {
        model.addAttribute("service", s);
        model.addAttribute("frequencies", SupportChoices.frequencies());
        return template;
    }
}
