package org.openasc.support.web;

import static org.openasc.platform.web.FormSubmission.after;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
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
import org.openasc.support.PackageRequestView;
import org.openasc.support.SupportCommands;

/** Brokerage pages: packages waiting, a request, its offers and answers, and the zones with their framework providers and rates. */
@Controller
class BrokeragePages {

    private final FormSubmission pages;

    private static final List<Choice> LEVELS = List.of(new Choice("URBAN", "Urban"), new Choice("FRINGE", "Fringe"),
            new Choice("RURAL", "Rural"), new Choice("ISOLATED", "Isolated"));

    private final Brokerage brokerage;
    private final PersonRecords people;
    private final ProviderRegister providers;
    private final StaffDirectory staff;

    BrokeragePages(Brokerage brokerage, PersonRecords people, ProviderRegister providers, StaffDirectory staff, FormSubmission pages) {
        this.pages = pages;
        this.brokerage = brokerage;
        this.people = people;
        this.providers = providers;
        this.staff = staff;
    }

    @GetMapping("/brokerage")
    @PreAuthorize(Access.WORK_SUPPORT)
    String waiting(Model model) {
        model.addAttribute("packages", brokerage.waiting());
        model.addAttribute("waits", brokerage.waitsInYear());
        model.addAttribute("isBroker", CurrentStaff.hasRole(Role.BROKERAGE));
        return "support/brokerage";
    }

    @GetMapping("/brokerage/new")
    @PreAuthorize(Access.WORK_SUPPORT)
    String requestForm(@RequestParam UUID personId, Model model) {
        model.addAttribute("form", Map.of("personId", personId.toString()));
        return showRequestForm(personId, model);
    }

    @PostMapping("/brokerage/new")
    @PreAuthorize(Access.WORK_SUPPORT)
    String request(@RequestParam Map<String, String> values, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        FormFields f = new FormFields(values);
        UUID personId = f.uuid("personId");
        LocalDate neededBy = f.date("neededBy", "The date the care is needed by");
        BigDecimal hours = f.decimal("hoursPerWeek", "the hours a week");
        return pages.submit(f, () -> "/brokerage/" + brokerage.request(new SupportCommands.NewPackageRequest(personId, f.id("teamId"), f.text("zone"),
                        hours, neededBy, f.text("requirements"))).id(), "Package sent to brokerage",
                () -> showRequestForm(personId, model), "support/package-form", model, redirect, response);
    }

    @GetMapping("/brokerage/{id}")
    @PreAuthorize(Access.WORK_SUPPORT)
    String request(@PathVariable UUID id, Model model) {
        model.addAttribute("form", Map.of("clientFundingStatus", "Fully social care funded"));
        return show(brokerage.open(id), model);
    }

    @PostMapping("/brokerage/{id}/offers/{offerId}/accept")
    @PreAuthorize(Access.BROKER)
    String accept(@PathVariable UUID id, @PathVariable UUID offerId, @RequestParam Map<String, String> values, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        FormFields f = new FormFields(values);
        LocalDate start = f.date("startDate", "The date the care starts");
        return pages.submit(f, () -> "/services/" + brokerage.accept(id, offerId, new SupportCommands.Acceptance(start, f.text("clientFundingStatus"),
                null)).serviceId(), "Offer accepted: the service has started", () -> show(brokerage.open(id), model), "support/package", model,
                redirect, response);
    }

    @PostMapping("/brokerage/{id}/offers/{offerId}/decline")
    @PreAuthorize(Access.BROKER)
    String decline(@PathVariable UUID id, @PathVariable UUID offerId, @RequestParam Map<String, String> values, Model model,
                   RedirectAttributes redirect, HttpServletResponse response) {
        FormFields f = new FormFields(values);
        return pages.submit(f, () -> "/brokerage/" + brokerage.decline(id, offerId, new SupportCommands.Decline(f.text("declineReason"))).id(),
                "Decline recorded", () -> show(brokerage.open(id), model), "support/package", model, redirect, response);
    }

    @PostMapping("/brokerage/{id}/offers")
    @PreAuthorize(Access.BROKER)
    String offer(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model, RedirectAttributes redirect,
                 HttpServletResponse response) {
        FormFields f = new FormFields(values);
        return pages.submit(f, () -> "/brokerage/" + brokerage.offer(id, new SupportCommands.NewOffer(f.uuid("locationId"))).id(),
                "Offer made", () -> show(brokerage.open(id), model), "support/package", model, redirect, response);
    }

    @GetMapping("/brokerage/zones")
    @PreAuthorize(Access.WORK_SUPPORT)
    String zones(Model model) {
        model.addAttribute("form", Map.of());
        return zones(model, List.of(), List.of());
    }

    @PostMapping("/brokerage/zones")
    @PreAuthorize(Access.BROKER)
    String defineZone(@RequestParam MultiValueMap<String, String> values, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        FormFields f = new FormFields(values.toSingleValueMap());
        List<UUID> prime = ids(values.get("primeProviders"));
        List<UUID> supplementary = ids(values.get("supplementaryProviders"));
        return pages.submit(f, () -> after("/brokerage/zones", () -> brokerage.defineZone(new SupportCommands.NewZone(f.text("name"),
                f.text("priceLevel"), prime, supplementary))), "Zone added", () -> zones(model, values.getOrDefault("primeProviders", List.of()),
                values.getOrDefault("supplementaryProviders", List.of())), "support/zones", model, redirect, response);
    }

    @PostMapping("/brokerage/price-rates")
    @PreAuthorize(Access.BROKER)
    String rate(@RequestParam Map<String, String> values, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        FormFields f = new FormFields(values);
        LocalDate from = f.date("effectiveFrom", "The date the rate takes effect");
        BigDecimal rate = f.decimal("hourlyRate", "the hourly rate");
        return pages.submit(f, () -> after("/brokerage/zones", () -> brokerage.setRate(new SupportCommands.NewRate(f.text("rateLevel"), from,
                rate))), "Rate recorded", () -> zones(model, List.of(), List.of()), "support/zones", model, redirect, response);
    }

    private String zones(Model model, List<String> prime, List<String> supplementary) {
        model.addAttribute("zones", brokerage.zones());
        model.addAttribute("levels", LEVELS);
        model.addAttribute("homeCare", providers.search(null, null, "Home care", 1, 500).items().stream()
                .map(l -> new Choice(l.id().toString(), l.name())).toList());
        model.addAttribute("prime", prime);
        model.addAttribute("supplementary", supplementary);
        model.addAttribute("isBroker", CurrentStaff.hasRole(Role.BROKERAGE));
        return "support/zones";
    }

    private String showRequestForm(UUID personId, Model model) {
        model.addAttribute("person", people.open(personId));
        model.addAttribute("teams", staff.allTeams().stream().map(t -> new Choice(String.valueOf(t.id()), t.name())).toList());
        model.addAttribute("zones", brokerage.zones().stream().map(z -> new Choice(z.name(), z.name())).toList());
        return "support/package-form";
    }

    private String show(PackageRequestView r, Model model) {
        model.addAttribute("r", r);
        model.addAttribute("isBroker", CurrentStaff.hasRole(Role.BROKERAGE));
        model.addAttribute("framework", brokerage.zones().stream().filter(z -> z.name().equals(r.zone())).flatMap(z -> z.providers().stream())
                .filter(p -> r.offers().stream().noneMatch(o -> o.locationId().equals(p.locationId())))
                .map(p -> new Choice(p.locationId().toString(), p.name() + " (" + p.tier().toLowerCase() + ")")).toList());
        return "support/package";
    }

    private static List<UUID> ids(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream().filter(v -> v != null && !v.isBlank()).map(v -> {
            try {
                return UUID.fromString(v);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }).toList();
    }
}
