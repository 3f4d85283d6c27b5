package org.openasc.liberty.web;

import static org.openasc.platform.web.FormSubmission.after;

import java.util.Arrays;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
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

import org.openasc.liberty.domain.AssessorQualification;
import org.openasc.platform.web.Labelled;
import org.openasc.liberty.domain.DolsOutcome;
import org.openasc.liberty.ApplicationView;
import org.openasc.liberty.DolsApplications;
import org.openasc.liberty.DolsAssessors;
import org.openasc.liberty.DolsCommands;
import org.openasc.liberty.DolsStatistics;
import org.openasc.liberty.MhaAssessments;
import org.openasc.liberty.Requirement;
import org.openasc.people.PersonRecords;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.security.Role;
import org.openasc.platform.web.Choice;
import org.openasc.platform.web.FieldProblem;
import org.openasc.platform.web.FormFields;
import org.openasc.platform.web.FormSubmission;
import org.openasc.platform.web.Page;
import org.openasc.providers.ProviderRegister;

/** DoLS pages (the backlog, an application from request to decision) and Mental Health Act assessments. */
@Controller
class LibertyPages {

    private final DolsApplications dols;
    private final DolsAssessors assessors;
    private final DolsStatistics statistics;
    private final MhaAssessments mha;
    private final PersonRecords people;
    private final ProviderRegister providers;
    private final FormSubmission pages;

    LibertyPages(DolsApplications dols, DolsAssessors assessors, DolsStatistics statistics, MhaAssessments mha, PersonRecords people, ProviderRegister providers, FormSubmission pages) {
        this.dols = dols;
        this.assessors = assessors;
        this.statistics = statistics;
        this.mha = mha;
        this.people = people;
        this.providers = providers;
        this.pages = pages;
    }

    @GetMapping("/dols")
    @PreAuthorize(DolsApplications.SEE)
    String backlog(@RequestParam(required = false) Integer page, Model model) {
        boolean team = CurrentStaff.hasRole(Role.DOLS);
        model.addAttribute("b", statistics.backlog(null));
        model.addAttribute("waiting", team ? dols.waiting(Page.pageNumber(page), 50) : Page.whole(List.of()));
        model.addAttribute("isTeam", team);
        return "liberty/dols";
    }

    @GetMapping("/dols/applications/new")
    @PreAuthorize(DolsApplications.WORK)
    String applicationForm(@RequestParam UUID personId, Model model) {
        model.addAttribute("form", Map.of("personId", personId.toString()));
        return showApplicationForm(personId, model);
    }

    @PostMapping("/dols/applications/new")
    @PreAuthorize(DolsApplications.WORK)
    String apply(@RequestParam Map<String, String> values, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        FormFields f = new FormFields(values);
        UUID personId = f.uuid("personId");
        LocalDate received = f.date("receivedOn", "The date the request was received");
        LocalDate urgentOn = f.date("urgentGrantedOn", "The date of the urgent authorisation");
        return pages.submit(f, () -> "/dols/applications/" + dols.apply(new DolsCommands.NewApplication(personId, f.uuid("locationId"),
                        f.text("managingAuthority"), f.text("cqcLocationCode"), received, f.yes("urgent"), urgentOn, f.text("priority"),
                        f.text("priorityReason"))).id(), "Application recorded", () -> showApplicationForm(personId, model),
                "liberty/application-form", model, redirect, response);
    }

    @GetMapping("/dols/applications/{id}")
    @PreAuthorize(DolsApplications.WORK)
    String application(@PathVariable UUID id, Model model) {
        model.addAttribute("form", Map.of());
        return showApplication(dols.openApplication(id), model);
    }

    @PostMapping("/dols/applications/{id}/assessments")
    @PreAuthorize(DolsApplications.WORK)
    String assess(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        FormFields f = new FormFields(values);
        LocalDate on = f.date("assessedOn", "The date of the assessment");
        return onApplication(id, f, () -> dols.assess(id, new DolsCommands.AssessmentResult(f.text("requirement"), f.text("status"),
                f.id("assessorId"), on)), "Assessment recorded", model, redirect, response);
    }

    @PostMapping("/dols/applications/{id}/allocation")
    @PreAuthorize(DolsApplications.WORK)
    String allocate(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        FormFields f = new FormFields(values);
        return onApplication(id, f, () -> dols.allocate(id, new DolsCommands.Allocation(f.integer("version"), f.id("bestInterestsAssessorId"))),
                "Best Interests Assessor allocated", model, redirect, response);
    }

    @PostMapping("/dols/applications/{id}/decision")
    @PreAuthorize(DolsApplications.WORK)
    String decide(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        FormFields f = new FormFields(values);
        LocalDate signed = f.date("signedOffOn", "The sign-off date");
        LocalDate from = f.date("authorisedFrom", "The start of the authorisation");
        LocalDate to = f.date("authorisedTo", "The end of the authorisation");
        return onApplication(id, f, () -> dols.decide(id, new DolsCommands.Decision(f.integer("version"), signed, f.text("outcome"), f.text("reason"),
                from, to, f.text("conditions"))), "Decision recorded", model, redirect, response);
    }

    @GetMapping("/mha")
    @PreAuthorize(MhaAssessments.WORK + " or hasAnyRole('PERFORMANCE','COUNCILLOR','DEMOCRATIC_SERVICES')")
    String mhaFigures(Model model) {
        model.addAttribute("m", mha.figures(null, null));
        return "liberty/mha";
    }

    @GetMapping("/mha/new")
    @PreAuthorize(MhaAssessments.WORK)
    String mhaForm(@RequestParam UUID personId, Model model) {
        model.addAttribute("form", Map.of("personId", personId.toString(), "amhp", CurrentStaff.username()));
        return showMhaForm(personId, model);
    }

    @PostMapping("/mha/new")
    @PreAuthorize(MhaAssessments.WORK)
    String recordMha(@RequestParam MultiValueMap<String, String> multi, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        FormFields f = new FormFields(multi.toSingleValueMap()).alias("requestedAt", "requestedTime").alias("assessedAt", "assessedTime");
        UUID personId = f.uuid("personId");
        LocalDateTime requested = at(f, "requested", "requestedTime", "The time of the request");
        LocalDateTime assessed = at(f, "assessed", "assessedTime", "The time of the assessment");
        List<String> doctors = java.util.stream.Stream.of(f.text("doctor1"), f.text("doctor2")).filter(java.util.Objects::nonNull).toList();
        return pages.submit(f, () -> after("/mha", () -> mha.record(new DolsCommands.NewMhaAssessment(personId, requested, f.text("amhp"), doctors,
                assessed, f.text("outcome"), null, f.yes("outOfArea"), multi.getOrDefault("delays", List.of()), f.text("delayNotes")))),
                "Mental Health Act assessment recorded", () -> showMhaForm(personId, model), "liberty/mha-form", model, redirect, response);
    }

    private static LocalDateTime at(FormFields f, String date, String time, String label) {
        LocalDate day = f.date(date, label.replace("time", "date"));
        String t = f.text(time);
        if (t == null) {
            return null;
        }
        try {
            return day == null ? null : day.atTime(LocalTime.parse(t.strip()));
        } catch (DateTimeParseException e) {
            f.problems().add(new FieldProblem(time, label + " must be hours and minutes, like 14:05"));
            return null;
        }
    }

    private String showApplicationForm(UUID personId, Model model) {
        model.addAttribute("person", people.open(personId));
        model.addAttribute("homes", providers.search(null, null, null, 1, 500).items().stream().filter(l -> l.careHome())
                .map(l -> new Choice(l.id().toString(), l.name())).toList());
        model.addAttribute("priorities", List.of(new Choice("HIGH", "High"), new Choice("MEDIUM", "Medium"), new Choice("LOW", "Low")));
        return "liberty/application-form";
    }

    private String showApplication(ApplicationView a, Model model) {
        model.addAttribute("a", a);
        model.addAttribute("requirements", java.util.Arrays.stream(Requirement.values()).map(r -> new Choice(r.name(), r.label())).toList());
        model.addAttribute("statuses", java.util.Arrays.stream(Requirement.Status.values()).map(s -> new Choice(s.name(), s.label())).toList());
        model.addAttribute("assessors", assessors.assessors().stream().map(s -> new Choice(String.valueOf(s.id()), s.name()
                + " (" + Labelled.labelOf(AssessorQualification.class, s.qualification()) + ")")).toList());
        model.addAttribute("bias", assessors.assessors().stream().filter(s -> AssessorQualification.BEST_INTERESTS_ASSESSOR.is(s.qualification()))
                .map(s -> new Choice(String.valueOf(s.id()), s.name())).toList());
        model.addAttribute("outcomes", Labelled.choices(DolsOutcome.class));
        return "liberty/application";
    }

    private String showMhaForm(UUID personId, Model model) {
        model.addAttribute("person", people.open(personId));
        model.addAttribute("outcomes", List.of(new Choice("SECTION_2", "Detained under section 2"), new Choice("SECTION_3", "Detained under section 3"),
                new Choice("INFORMAL_ADMISSION", "Informal admission"), new Choice("COMMUNITY_SUPPORT", "Community support"),
                new Choice("NO_FURTHER_ACTION", "No further action")));
        return "liberty/mha-form";
    }

    /** A change made on an application's page: back to it, or the page again with the problems. */
    private String onApplication(UUID id, FormFields f, Runnable change, String banner, Model model, RedirectAttributes redirect,
                                 HttpServletResponse response) {
        return pages.submit(f, () -> after("/dols/applications/" + id, change), banner, () -> showApplication(dols.openApplication(id), model),
                "liberty/application", model, redirect, response);
    }
}
