package org.openasc.providers.web;

import static org.openasc.platform.web.FormSubmission.after;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.openasc.platform.security.Access;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.security.Role;
import org.openasc.platform.web.DateParts;
import org.openasc.platform.web.FieldProblem;
import org.openasc.platform.web.FormErrors;
import org.openasc.platform.web.FormSubmission;
import org.openasc.platform.web.Page;
import org.openasc.providers.CareHomeRatings;
import org.openasc.providers.ContractStatus;
import org.openasc.providers.LocationView;
import org.openasc.providers.ProviderCommands;
import org.openasc.providers.ProviderRegister;

/** Provider register pages: find and record locations, CQC ratings and contract status, and the market summary. */
@Controller
class ProviderPages {

    private final ProviderRegister register;
    private final CareHomeRatings ratings;

    ProviderPages(ProviderRegister register, CareHomeRatings ratings) {
        this.register = register;
        this.ratings = ratings;
    }

    @GetMapping("/providers")
    @PreAuthorize(Access.READ_PROVIDERS)
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("results", register.search(q, null, null, Page.pageNumber(page), 50));
        model.addAttribute("baseUrl", "/providers?" + (q == null ? "" : "q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8) + "&"));
        model.addAttribute("canManage", CurrentStaff.hasRole(Role.BROKERAGE));
        return "providers/list";
    }

    @GetMapping("/providers/market")
    @PreAuthorize(Access.SEE_MARKET)
    String market(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, Model model,
                  HttpServletResponse response) {
        FormErrors.filled(model, response, () -> model.addAttribute("market", register.summary(asOf)));
        model.addAttribute("canOpen", !CurrentStaff.hasRole(Role.COUNCILLOR));
        return "providers/market";
    }

    @GetMapping("/providers/market/homes")
    @PreAuthorize(Access.DRILL_DOWN)
    String ratedHomes(@RequestParam(required = false) String figure,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, Model model) {
        CareHomeRatings.Listing listing = ratings.homes(figure, asOf);
        model.addAttribute("listing", listing);
        model.addAttribute("heading", CareHomeRatings.GOOD.equals(listing.figure()) ? "Care homes rated good or outstanding" : "Care homes with a CQC rating");
        return "providers/market-homes";
    }

    @GetMapping("/providers/new")
    @PreAuthorize(Access.MANAGE_PROVIDERS)
    String newLocation(Model model) {
        model.addAttribute("form", Map.of());
        model.addAttribute("services", List.of());
        return "providers/form";
    }

    @PostMapping("/providers/new")
    @PreAuthorize(Access.MANAGE_PROVIDERS)
    String register(@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        List<String> services = form.getOrDefault("services", List.of());
        Integer beds = null;
        List<FieldProblem> problems = new ArrayList<>();
        String bedsText = form.getFirst("registeredBeds");
        if (bedsText != null && !bedsText.isBlank()) {
            try {
                beds = Integer.valueOf(bedsText.strip());
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("registeredBeds", "Enter the number of registered beds as a whole number, like 42"));
            }
        }
        Integer registeredBeds = beds;
        return FormSubmission.submit(problems, () -> {
            LocationView created = register.register(new ProviderCommands.NewLocation(form.getFirst("providerName"), form.getFirst("cqcProviderId"),
                    form.getFirst("cqcLocationId"), form.getFirst("name"), form.getFirst("address"), form.getFirst("postcode"), services,
                    registeredBeds, form.getFirst("zone")));
            return new FormSubmission.Done("/providers/" + created.id(), created.name() + " added to the provider register");
        }, () -> {
            model.addAttribute("form", form.toSingleValueMap());
            model.addAttribute("services", services);
            return "providers/form";
        }, model, redirect, response);
    }

    @GetMapping("/providers/{id}")
    @PreAuthorize(Access.READ_PROVIDERS)
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute("location", register.open(id));
        model.addAttribute("canManage", CurrentStaff.hasRole(Role.BROKERAGE));
        model.addAttribute("canSeeSafeguarding", CurrentStaff.hasRole(Role.SAFEGUARDING));
        return "providers/show";
    }

    @GetMapping("/providers/{id}/rating")
    @PreAuthorize(Access.MANAGE_PROVIDERS)
    String ratingForm(@PathVariable UUID id, Model model) {
        return form(model, register.open(id), Map.of(), "providers/rating");
    }

    @PostMapping("/providers/{id}/rating")
    @PreAuthorize(Access.MANAGE_PROVIDERS)
    String rate(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate on = DateParts.read("ratedOn", "The date of the rating", form.get("ratedOnDay"), form.get("ratedOnMonth"), form.get("ratedOnYear"), problems);
        return change(id, form, problems, () -> register.rate(id, new ProviderCommands.NewRating(form.get("rating"), on)),
                "CQC rating recorded", "providers/rating", model, redirect, response);
    }

    @GetMapping("/providers/{id}/status")
    @PreAuthorize(Access.MANAGE_PROVIDERS)
    String statusForm(@PathVariable UUID id, Model model) {
        return form(model, register.open(id), Map.of("status", ContractStatus.SUSPENDED.name()), "providers/status");
    }

    @PostMapping("/providers/{id}/status")
    @PreAuthorize(Access.MANAGE_PROVIDERS)
    String setStatus(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect,
                     HttpServletResponse response) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate start = DateParts.read("startDate", "The start date", form.get("startDateDay"), form.get("startDateMonth"), form.get("startDateYear"), problems);
        LocalDate end = DateParts.read("endDate", "The end date", form.get("endDateDay"), form.get("endDateMonth"), form.get("endDateYear"), problems);
        return change(id, form, problems, () -> register.setStatus(id, new ProviderCommands.NewStatus(form.get("status"), start, end,
                form.get("reason"), form.get("latestUpdate"))), "Contract status recorded", "providers/status", model, redirect, response);
    }

    @GetMapping("/providers/{id}/quality-visit")
    @PreAuthorize(Access.MANAGE_PROVIDERS)
    String visitForm(@PathVariable UUID id, Model model) {
        return form(model, register.open(id), Map.of(), "providers/visit");
    }

    @PostMapping("/providers/{id}/quality-visit")
    @PreAuthorize(Access.MANAGE_PROVIDERS)
    String recordVisit(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect,
                       HttpServletResponse response) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate visited = DateParts.read("visitedOn", "The date of the visit", form.get("visitedOnDay"), form.get("visitedOnMonth"),
                form.get("visitedOnYear"), problems);
        List<ProviderCommands.NewAction> actions = new ArrayList<>();
        for (int i = 0; i < ACTION_ROWS; i++) {
            String row = "actions[" + i + "]";
            LocalDate due = DateParts.read(row + ".dueOn", "The due date of action " + (i + 1), form.get(row + ".dueOnDay"),
                    form.get(row + ".dueOnMonth"), form.get(row + ".dueOnYear"), problems);
            actions.add(new ProviderCommands.NewAction(form.get(row + ".action"), form.get(row + ".owner"), due));
        }
        return change(id, form, problems, () -> register.recordVisit(id, new ProviderCommands.NewVisit(visited, form.get("findings"), actions)),
                "Quality visit recorded", "providers/visit", model, redirect, response);
    }

    @PostMapping("/providers/{id}/quality-visits/{visitId}/actions/{actionId}/done")
    @PreAuthorize(Access.MANAGE_PROVIDERS)
    String actionDone(@PathVariable UUID id, @PathVariable UUID visitId, @PathVariable UUID actionId, RedirectAttributes redirect) {
        register.actionDone(id, visitId, actionId, new ProviderCommands.ActionDone(null));
        redirect.addFlashAttribute("banner", "Action marked done");
        return "redirect:/providers/" + id;
    }

    private static final int ACTION_ROWS = 3;

    /** A change made from one of a location's forms: back to the location, or the form again with the problems. */
    private String change(UUID id, Map<String, String> form, List<FieldProblem> problems, Runnable change, String banner,
                          String template, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return FormSubmission.submit(problems, () -> after("/providers/" + id, change), banner, () -> form(model, register.open(id), form, template),
                model, redirect, response);
    }

    private String form(Model model, LocationView location, Map<String, String> form, String template) {
        model.addAttribute("location", location);
        model.addAttribute("form", form);
        model.addAttribute("statuses", ContractStatus.values());
        return template;
    }
}
