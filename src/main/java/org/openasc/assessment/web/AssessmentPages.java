package org.openasc.assessment.web;

import static org.openasc.platform.web.FormSubmission.after;

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

import org.openasc.assessment.AssessmentCommands;
import org.openasc.assessment.AssessmentDecisions;
import org.openasc.assessment.AssessmentLists;
import org.openasc.assessment.AssessmentView;
import org.openasc.assessment.Assessments;
import org.openasc.people.PersonRecords;
import org.openasc.platform.security.Access;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.security.Role;
import org.openasc.platform.web.FormFields;
import org.openasc.platform.web.FormSubmission;
import org.openasc.platform.web.Page;

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
        return list(model, lists.inProgress(Page.pageNumber(page), 50), "Your assessments in progress", "You have no assessments in progress.",
                "/assessments/in-progress?");
    }

    @GetMapping("/assessments/awaiting-authorisation")
    String awaitingAuthorisation(@RequestParam(required = false) Integer page, Model model) {
        return list(model, lists.awaitingAuthorisation(Page.pageNumber(page), 50), "Eligibility decisions for you to authorise",
                "No eligibility decisions in your teams are waiting for authorisation.", "/assessments/awaiting-authorisation?");
    }

    @GetMapping("/assessments/new")
    @PreAuthorize(Access.WORK_REQUESTS)
    String newAssessment(@RequestParam(required = false) UUID requestId, @RequestParam(required = false) UUID personId, Model model) {
        model.addAttribute("form", Map.of());
        return startForm(model, requestId, personId);
    }

    @PostMapping("/assessments/new")
    String start(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        FormFields f = new FormFields(form);
        UUID requestId = f.uuid("requestId");
        UUID personId = f.uuid("personId");
        var startedOn = f.date("startedOn", "The date the assessment started");
        return FormSubmission.submit(f.problems(), () -> {
            AssessmentView started = assessments.start(new AssessmentCommands.NewAssessment(personId, requestId, form.get("assessmentType"),
                    form.get("method"), startedOn, null));
            return new FormSubmission.Done("/assessments/" + started.id(), started.assessmentType() + " " + started.assessmentNumber() + " started");
        }, () -> again(model, form, startForm(model, requestId, personId)), model, redirect, response);
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
        return FormSubmission.submit(List.of(), () -> after(back(id), () -> assessments.answer(id, AnswersForm.read(current.kind(), form))),
                "Answers saved", () -> again(model, form, answersPage(model, assessments.open(id))), model, redirect, response);
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
        FormFields f = new FormFields(form);
        var completedOn = f.date("completedOn", "The date the assessment was completed");
        Integer version = f.integer("version");
        return FormSubmission.submit(f.problems(), () -> after(back(id), () -> decisions.complete(id,
                new AssessmentCommands.Completion(completedOn, version, form.get("outcome")))), "Assessment completed", () -> {
                    model.addAttribute("assessment", assessments.open(id));
                    return again(model, form, "assessment/complete");
                }, model, redirect, response);
    }

    @PostMapping("/assessments/{id}/authorise")
    String authorise(@PathVariable UUID id, @RequestParam(required = false) Integer version, Model model, RedirectAttributes redirect,
                     HttpServletResponse response) {
        return FormSubmission.submit(List.of(), () -> after(back(id), () -> decisions.authorise(id, new AssessmentCommands.Authorisation(version))),
                "Eligibility decision authorised", () -> {
                    model.addAttribute("assessment", assessments.open(id));
                    model.addAttribute("canManage", true);
                    model.addAttribute("canWork", true);
                    return "assessment/show";
                }, model, redirect, response);
    }

    /** A page of assessments, with what to say when there are none and where its other pages are. */
    private static String list(Model model, Page<?> list, String heading, String none, String baseUrl) {
        model.addAttribute("list", list);
        model.addAttribute("heading", heading);
        model.addAttribute("none", none);
        model.addAttribute("baseUrl", baseUrl);
        return "assessment/list";
    }

    private static String back(UUID id) {
        return "/assessments/" + id;
    }

    /** The form again, as it was filled in. */
    private static String again(Model model, Map<String, String> form, String template) {
        model.addAttribute("form", form);
        return template;
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
}
