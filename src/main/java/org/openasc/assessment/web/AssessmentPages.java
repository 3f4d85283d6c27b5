package org.openasc.assessment.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.openasc.assessment.AssessmentCommands;
import org.openasc.assessment.AssessmentDecisions;
import org.openasc.assessment.AssessmentLists;
import org.openasc.assessment.AssessmentView;
import org.openasc.assessment.Assessments;
import org.openasc.people.PersonRecords;
import org.openasc.platform.security.Access;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.security.Role;
import org.openasc.platform.web.DateParts;
import org.openasc.platform.web.FieldProblem;
import org.openasc.platform.web.FormErrors;
import org.openasc.platform.web.InvalidInput;
import org.openasc.platform.web.Page;
import org.openasc.platform.web.StaleVersion;

/** Assessment pages: start one, answer the eligibility or capacity questions, complete and authorise it. */
@Controller
@PreAuthorize(Access.READ_PEOPLE)
class AssessmentPages {

    private final Assessments assessments;
    private final AssessmentDecisions decisions;
    private final AssessmentLists lists;
    private final PersonRecords people;

    AssessmentPages(Assessments assessments, AssessmentDecisions decisions, AssessmentLists lists, PersonRecords people) {
        this.assessments = assessments;
        this.decisions = decisions;
        this.lists = lists;
        this.people = people;
    }

    @GetMapping("/assessments/in-progress")
    String inProgress(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("list", lists.inProgress(Page.pageNumber(page), 50));
        model.addAttribute("heading", "Your assessments in progress");
        model.addAttribute("none", "You have no assessments in progress.");
        model.addAttribute("baseUrl", "/assessments/in-progress?");
        return "assessment/list";
    }

    @GetMapping("/assessments/awaiting-authorisation")
    String awaitingAuthorisation(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("list", lists.awaitingAuthorisation(Page.pageNumber(page), 50));
        model.addAttribute("heading", "Eligibility decisions for you to authorise");
        model.addAttribute("none", "No eligibility decisions in your teams are waiting for authorisation.");
        model.addAttribute("baseUrl", "/assessments/awaiting-authorisation?");
        return "assessment/list";
    }

    @GetMapping("/assessments/new")
    @PreAuthorize(Access.WORK_REQUESTS)
    String newAssessment(@RequestParam(required = false) UUID requestId, @RequestParam(required = false) UUID personId, Model model) {
        model.addAttribute("form", Map.of());
        return startForm(model, requestId, personId);
    }

    @PostMapping("/assessments/new")
    String start(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        List<FieldProblem> problems = new ArrayList<>();
        UUID requestId = uuid(form.get("requestId"));
        UUID personId = uuid(form.get("personId"));
        var startedOn = DateParts.read("startedOn", "The date the assessment started", form.get("startedOnDay"), form.get("startedOnMonth"),
                form.get("startedOnYear"), problems);
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            AssessmentView started = assessments.start(new AssessmentCommands.NewAssessment(personId, requestId, form.get("assessmentType"),
                    form.get("method"), startedOn, null));
            redirect.addFlashAttribute("banner", started.assessmentType() + " " + started.assessmentNumber() + " started");
            return "redirect:/assessments/" + started.id();
        } catch (InvalidInput e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            FormErrors.show(model, FormErrors.merge(problems, e.problems()));
            model.addAttribute("form", form);
            return startForm(model, requestId, personId);
        }
    }

    @GetMapping("/assessments/{id}")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute("assessment", assessments.open(id));
        model.addAttribute("canManage", CurrentStaff.hasRole(Role.TEAM_MANAGER));
        model.addAttribute("canWork", CurrentStaff.hasRole(Role.TEAM_MANAGER) || CurrentStaff.hasRole(Role.PRACTITIONER));
        return "assessment/show";
    }

    @GetMapping("/people/{personId}/assessments")
    String ofPerson(@PathVariable UUID personId, Model model) {
        model.addAttribute("person", people.open(personId));
        model.addAttribute("assessments", assessments.of(personId));
        return "assessment/person-assessments";
    }

    @GetMapping("/assessments/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        AssessmentView a = assessments.open(id);
        model.addAttribute("form", AnswersForm.of(a));
        return answersPage(model, a);
    }

    @PostMapping("/assessments/{id}/edit")
    String answer(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        AssessmentView current = assessments.open(id);
        return change(id, model, redirect, response, new ArrayList<>(), () -> assessments.answer(id, AnswersForm.read(current.kind(), form)),
                "Answers saved", () -> {
                    model.addAttribute("form", form);
                    return answersPage(model, assessments.open(id));
                });
    }

    @GetMapping("/assessments/{id}/complete")
    @PreAuthorize(Access.WORK_REQUESTS)
    String completeForm(@PathVariable UUID id, Model model) {
        model.addAttribute("assessment", assessments.open(id));
        model.addAttribute("form", Map.of());
        return "assessment/complete";
    }

    @PostMapping("/assessments/{id}/complete")
    String complete(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect,
                    HttpServletResponse response) {
        List<FieldProblem> problems = new ArrayList<>();
        var completedOn = DateParts.read("completedOn", "The date the assessment was completed", form.get("completedOnDay"),
                form.get("completedOnMonth"), form.get("completedOnYear"), problems);
        Integer version = integer(form.get("version"));
        return change(id, model, redirect, response, problems,
                () -> decisions.complete(id, new AssessmentCommands.Completion(completedOn, version, form.get("outcome"))), "Assessment completed", () -> {
                    model.addAttribute("assessment", assessments.open(id));
                    model.addAttribute("form", form);
                    return "assessment/complete";
                });
    }

    @PostMapping("/assessments/{id}/authorise")
    String authorise(@PathVariable UUID id, @RequestParam(required = false) Integer version, Model model, RedirectAttributes redirect,
                     HttpServletResponse response) {
        return change(id, model, redirect, response, new ArrayList<>(),
                () -> decisions.authorise(id, new AssessmentCommands.Authorisation(version)), "Eligibility decision authorised", () -> {
                    model.addAttribute("assessment", assessments.open(id));
                    model.addAttribute("canManage", true);
                    model.addAttribute("canWork", true);
                    return "assessment/show";
                });
    }

    private String change(UUID id, Model model, RedirectAttributes redirect, HttpServletResponse response, List<FieldProblem> formProblems,
                          Supplier<AssessmentView> change, String banner, Supplier<String> again) {
        try {
            if (!formProblems.isEmpty()) {
                throw new InvalidInput(formProblems);
            }
            change.get();
            redirect.addFlashAttribute("banner", banner);
            return "redirect:/assessments/" + id;
        } catch (InvalidInput e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            FormErrors.show(model, FormErrors.merge(formProblems, e.problems()));
        } catch (StaleVersion e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("stale", true);
            FormErrors.show(model, List.of(new FieldProblem("version", e.getMessage())));
        }
        return again.get();
    }

    private String startForm(Model model, UUID requestId, UUID personId) {
        model.addAttribute("requestId", requestId);
        model.addAttribute("personId", personId);
        return "assessment/start";
    }

    private String answersPage(Model model, AssessmentView a) {
        model.addAttribute("assessment", a);
        return "assessment/answers";
    }

    private static UUID uuid(String s) {
        try {
            return s == null || s.isBlank() ? null : UUID.fromString(s.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Integer integer(String s) {
        try {
            return s == null || s.isBlank() ? null : Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
