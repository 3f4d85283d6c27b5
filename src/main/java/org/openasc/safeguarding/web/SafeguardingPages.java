package org.openasc.safeguarding.web;

import static org.openasc.platform.web.FormSubmission.after;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
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
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.security.Role;
import org.openasc.platform.staff.StaffDirectory;
import org.openasc.platform.web.Choice;
import org.openasc.platform.web.FieldProblem;
import org.openasc.platform.web.FormErrors;
import org.openasc.platform.web.FormFields;
import org.openasc.platform.web.FormSubmission;
import org.openasc.platform.web.InvalidInput;
import org.openasc.platform.web.Page;
import org.openasc.providers.ProviderRegister;
import org.openasc.safeguarding.ConcernView;
import org.openasc.safeguarding.Concerns;
import org.openasc.safeguarding.Enquiries;
import org.openasc.safeguarding.EnquiryView;
import org.openasc.safeguarding.Routing;
import org.openasc.safeguarding.SafeguardingCommands;
import org.openasc.safeguarding.SafeguardingFigures;
import org.openasc.safeguarding.ScreeningDecision;

/** Safeguarding pages: the work list, raising and screening concerns, working enquiries, and the figures. */
@Controller
class SafeguardingPages {

    private final java.time.Clock clock;
    private final Concerns concerns;
    private final Enquiries enquiries;
    private final SafeguardingFigures figures;
    private final PersonRecords people;
    private final ProviderRegister providers;
    private final StaffDirectory staff;
    private final FormSubmission pages;

    SafeguardingPages(Concerns concerns, Enquiries enquiries, SafeguardingFigures figures, PersonRecords people, ProviderRegister providers,
                      StaffDirectory staff, FormSubmission pages, java.time.Clock clock) {
        this.clock = clock;
        this.concerns = concerns;
        this.enquiries = enquiries;
        this.figures = figures;
        this.people = people;
        this.providers = providers;
        this.staff = staff;
        this.pages = pages;
    }

    @GetMapping("/safeguarding")
    @PreAuthorize(Access.WORK_ENQUIRIES)
    String work(@RequestParam(name = "concern-page", required = false) Integer concernPage,
                @RequestParam(name = "enquiry-page", required = false) Integer enquiryPage, Model model) {
        boolean team = CurrentStaff.hasRole(Role.SAFEGUARDING);
        int concernsAt = Page.pageNumber(concernPage);
        int enquiriesAt = Page.pageNumber(enquiryPage);
        model.addAttribute("isTeam", team);
        model.addAttribute("concerns", team ? concerns.awaitingScreening(concernsAt, 50) : Page.whole(List.<ConcernView>of()));
        model.addAttribute("enquiries", enquiries.openEnquiries(enquiriesAt, 50));
        // Two lists paged apart: each list's links keep the other's page (the pagination fragment adds "page=").
        model.addAttribute("concernsUrl", "/safeguarding?enquiry-page=" + enquiriesAt + "&concern-");
        model.addAttribute("enquiriesUrl", "/safeguarding?concern-page=" + concernsAt + "&enquiry-");
        return "safeguarding/work";
    }

    @GetMapping("/safeguarding/concerns/new")
    @PreAuthorize(Access.RAISE_CONCERNS)
    String concernForm(@RequestParam UUID personId, Model model) {
        LocalDateTime now = org.openasc.platform.calendar.Today.now(clock);
        model.addAttribute("form", Map.of("personId", personId.toString(), "receivedOnDay", String.valueOf(now.getDayOfMonth()),
                "receivedOnMonth", String.valueOf(now.getMonthValue()), "receivedOnYear", String.valueOf(now.getYear()),
                "receivedTime", String.format("%02d:%02d", now.getHour(), now.getMinute())));
        return showConcernForm(personId, model);
    }

    @PostMapping("/safeguarding/concerns/new")
    @PreAuthorize(Access.RAISE_CONCERNS)
    String raise(@RequestParam Map<String, String> values, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        FormFields f = new FormFields(values).alias("receivedAt", "receivedTime");
        UUID personId = f.uuid("personId");
        LocalDate on = f.date("receivedOn", "The date the concern was received");
        LocalTime time = null;
        try {
            time = f.text("receivedTime") == null ? null : LocalTime.parse(f.text("receivedTime").strip());
        } catch (DateTimeParseException e) {
            f.problems().add(new FieldProblem("receivedTime", "Enter the time as hours and minutes, like 14:05"));
        }
        if (on != null && time == null && f.problems().stream().noneMatch(p -> p.field().equals("receivedTime"))) {
            f.problems().add(new FieldProblem("receivedTime", "Enter the time the concern was received, like 14:05"));
        }
        LocalDateTime at = on == null || time == null ? null : on.atTime(time);
        return pages.submit(f, () -> "/safeguarding/concerns/" + concerns.raise(new SafeguardingCommands.NewConcern(personId, at, f.text("source"),
                        f.text("location"), f.text("whatHappened"), f.text("immediateRisk"), f.text("actionTaken"), f.uuid("locationId"))).id(),
                "Concern raised: the Safeguarding Adults Team will screen it", () -> showConcernForm(personId, model), "safeguarding/concern-form",
                model, redirect, response);
    }

    @GetMapping("/safeguarding/concerns/{id}")
    @PreAuthorize(Access.WORK_ENQUIRIES)
    String concern(@PathVariable UUID id, Model model) {
        ConcernView c = concerns.open(id);
        model.addAttribute("form", Map.of("version", String.valueOf(c.version())));
        return showConcern(c, model);
    }

    @PostMapping("/safeguarding/concerns/{id}/screening")
    @PreAuthorize(Access.SCREEN_CONCERNS)
    String screen(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        FormFields f = new FormFields(values);
        LocalDate on = f.date("screenedOn", "The date of the decision");
        return pages.submit(f, () -> {
            ConcernView c = concerns.screen(id, new SafeguardingCommands.Screening(f.integer("version"), on, yesNo(f, "needsCareAndSupport"),
                    yesNo(f, "experiencingOrAtRisk"), yesNo(f, "unableToProtect"), f.text("decision"), f.text("reasons"), f.text("routedTo"),
                    f.id("routedTeamId")));
            return c.enquiryId() == null ? "/safeguarding/concerns/" + id : "/safeguarding/enquiries/" + c.enquiryId();
        }, "Screening decision recorded", () -> showConcern(concerns.open(id), model), "safeguarding/concern", model, redirect, response);
    }

    @GetMapping("/safeguarding/enquiries/{id}")
    @PreAuthorize(Access.WORK_ENQUIRIES)
    String enquiry(@PathVariable UUID id, Model model) {
        EnquiryView e = enquiries.open(id);
        return showEnquiry(e, model);
    }

    @PostMapping("/safeguarding/enquiries/{id}/allegations")
    @PreAuthorize(Access.WORK_ENQUIRIES)
    String allegation(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model, RedirectAttributes redirect,
                      HttpServletResponse response) {
        FormFields f = new FormFields(values);
        return onEnquiry(id, f, () -> enquiries.addAllegation(id, new SafeguardingCommands.NewAllegation(f.text("typeOfRisk"), f.text("locationOfRisk"),
                f.text("sourceOfRisk"))), "Allegation recorded", model, redirect, response);
    }

    @PostMapping("/safeguarding/enquiries/{id}/progress")
    @PreAuthorize(Access.WORK_ENQUIRIES)
    String progress(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model, RedirectAttributes redirect,
                    HttpServletResponse response) {
        FormFields f = new FormFields(values);
        LocalDate strategy = f.date("strategyOn", "The date of the strategy discussion");
        LocalDate due = f.date("causedDueOn", "The date the response is due");
        LocalDate responded = f.date("causedResponseOn", "The date of the response");
        return onEnquiry(id, f, () -> enquiries.progress(id, new SafeguardingCommands.EnquiryProgress(f.integer("version"), strategy,
                f.text("strategyAgencies"), f.text("causedTo"), due, responded, f.text("causedResponse"), f.text("mspAsked"), f.text("mspOutcomes"),
                f.text("lackedCapacity"), f.yes("advocate"))), "Enquiry updated", model, redirect, response);
    }

    @PostMapping("/safeguarding/enquiries/{id}/conclude")
    @PreAuthorize(Access.WORK_ENQUIRIES)
    String conclude(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model, RedirectAttributes redirect,
                    HttpServletResponse response) {
        FormFields f = new FormFields(values);
        LocalDate on = f.date("concludedOn", "The date the enquiry concluded");
        return onEnquiry(id, f, () -> enquiries.conclude(id, new SafeguardingCommands.Conclusion(f.integer("version"), on, f.text("conclusion"),
                f.text("riskAssessmentOutcome"), f.text("riskResult"), f.text("mspAchieved"))), "Enquiry concluded", model, redirect, response);
    }

    @GetMapping("/safeguarding/figures")
    @PreAuthorize(org.openasc.safeguarding.SafeguardingFigures.SEE)
    String figures(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                   @RequestParam(required = false) Integer year, Model model, HttpServletResponse response) {
        try {
            model.addAttribute("s", figures.summary(from, to));
            model.addAttribute("t", figures.organisational(year, null));
        } catch (InvalidInput e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            FormErrors.show(model, e.problems());
        }
        model.addAttribute("canRunReturns", CurrentStaff.hasRole(Role.PERFORMANCE) || CurrentStaff.hasRole(Role.SAFEGUARDING));
        model.addAttribute("canDrillDown", CurrentStaff.hasRole(Role.PERFORMANCE) || CurrentStaff.hasRole(Role.SAFEGUARDING));
        Map<String, String> codes = new java.util.LinkedHashMap<>();
        java.util.Arrays.stream(ScreeningDecision.values()).forEach(d -> codes.put(d.label(), d.name()));
        codes.put("Not yet screened", "NOT_SCREENED");
        model.addAttribute("outcomeCodes", codes);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("year", year);
        return "safeguarding/figures";
    }

    @GetMapping("/safeguarding/figures/records")
    @PreAuthorize("hasAnyRole('SAFEGUARDING','PERFORMANCE')")
    String figureRecords(@RequestParam String figure, @RequestParam(required = false) String value,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        model.addAttribute("records", figures.records(figure, value, from, to));
        model.addAttribute("heading", switch (figure) {
            case "received" -> "New concerns";
            case "organisational" -> "New concerns about care providers";
            case "outcome" -> "New concerns: " + ("NOT_SCREENED".equals(value) ? "not yet screened" : ScreeningDecision.parse(value) == null ? value
                    : ScreeningDecision.parse(value).label().toLowerCase());
            case "concluded" -> "Enquiries concluded: " + value;
            case "screened" -> "Concerns screened";
            case "screened-on-time" -> "Concerns screened within 3 working days";
            case "msp-expressed" -> "Section 42 enquiries concluded where the person said what outcomes they wanted";
            case "msp-achieved" -> "Section 42 enquiries concluded with the outcomes the person wanted fully or partly achieved";
            default -> "Enquiries open at the end of the period";
        });
        model.addAttribute("figure", figure);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "safeguarding/figure-records";
    }

    @GetMapping("/safeguarding/providers/{locationId}")
    @PreAuthorize(Access.SCREEN_CONCERNS)
    String provider(@PathVariable UUID locationId, Model model) {
        model.addAttribute("location", providers.open(locationId));
        model.addAttribute("concerns", concerns.concernsAboutProvider(locationId));
        return "safeguarding/provider";
    }

    private static void dateParts(Map<String, String> form, String name, LocalDate date) {
        if (date != null) {
            form.put(name + "Day", org.openasc.platform.web.DateParts.day(date));
            form.put(name + "Month", org.openasc.platform.web.DateParts.month(date));
            form.put(name + "Year", org.openasc.platform.web.DateParts.year(date));
        }
    }

    private static Boolean yesNo(FormFields f, String name) {
        String v = f.text(name);
        return v == null ? null : "yes".equals(v);
    }

    private String showConcernForm(UUID personId, Model model) {
        model.addAttribute("person", people.open(personId));
        model.addAttribute("locations", providers.search(null, null, null, 1, 500).items().stream()
                .map(l -> new Choice(l.id().toString(), l.name())).toList());
        return "safeguarding/concern-form";
    }

    private String showConcern(ConcernView c, Model model) {
        model.addAttribute("c", c);
        model.addAttribute("canScreen", CurrentStaff.hasRole(Role.SAFEGUARDING) && c.screenedOn() == null);
        model.addAttribute("decisions", java.util.Arrays.stream(ScreeningDecision.values()).map(d -> new Choice(d.name(), d.label())).toList());
        model.addAttribute("routes", java.util.Arrays.stream(Routing.values()).map(r -> new Choice(r.name(), r.label())).toList());
        model.addAttribute("yesNo", List.of(new Choice("yes", "Yes"), new Choice("no", "No")));
        model.addAttribute("teams", staff.allTeams().stream().map(t -> new Choice(String.valueOf(t.id()), t.name())).toList());
        return "safeguarding/concern";
    }

    /** The enquiry's saved answers, with anything just submitted on top, so a form shown again loses nothing. */
    @SuppressWarnings("unchecked")
    private String showEnquiry(EnquiryView e, Model model) {
        Map<String, String> form = new HashMap<>();
        form.put("mspAsked", e.mspAsked());
        form.put("mspOutcomes", e.mspOutcomes());
        form.put("lackedCapacity", e.lackedCapacity());
        form.put("strategyAgencies", e.strategyAgencies());
        form.put("causedTo", e.causedTo());
        form.put("causedResponse", e.causedResponse());
        form.put("advocate", String.valueOf(Boolean.TRUE.equals(e.advocate())));
        dateParts(form, "strategyOn", e.strategyOn());
        dateParts(form, "causedDueOn", e.causedDueOn());
        dateParts(form, "causedResponseOn", e.causedResponseOn());
        Object submitted = model.getAttribute("form");
        if (submitted instanceof Map<?, ?> values) {
            form.putAll((Map<String, String>) values);
        }
        model.addAttribute("form", form);
        model.addAttribute("e", e);
        return "safeguarding/enquiry";
    }

    /** A change made on an enquiry's page: back to it, or the page again with the problems. */
    private String onEnquiry(UUID id, FormFields f, Runnable change, String banner, Model model, RedirectAttributes redirect,
                             HttpServletResponse response) {
        return pages.submit(f, () -> after("/safeguarding/enquiries/" + id, change), banner, () -> showEnquiry(enquiries.open(id), model),
                "safeguarding/enquiry", model, redirect, response);
    }
}
