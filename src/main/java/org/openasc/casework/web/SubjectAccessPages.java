package org.openasc.casework.web;

import static org.openasc.platform.web.FormSubmission.after;

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

import org.openasc.casework.SubjectAccessCommands;
import org.openasc.casework.SubjectAccessRequests;
import org.openasc.casework.SubjectAccessView;
import org.openasc.people.PersonRecords;
import org.openasc.platform.web.FormFields;
import org.openasc.platform.web.FormSubmission;

/** A person's subject access requests: record one, produce its bundle, extend it once, and record the answer sent. */
@Controller
@PreAuthorize(SubjectAccessRequests.ANSWER)
class SubjectAccessPages {

    private final SubjectAccessRequests requests;
    private final PersonRecords people;
    private final FormSubmission pages;

    SubjectAccessPages(SubjectAccessRequests requests, PersonRecords people, FormSubmission pages) {
        this.requests = requests;
        this.people = people;
        this.pages = pages;
    }

    /** Every request not yet answered, soonest due first, with the person each is about. */
    @GetMapping("/subject-access-requests")
    String open(Model model) {
        model.addAttribute("requests", requests.open());
        return "casework/subject-access-open";
    }

    @GetMapping("/people/{id}/subject-access-requests")
    String list(@PathVariable UUID id, Model model) {
        show(id, model);
        return "casework/subject-access";
    }

    @PostMapping("/people/{id}/subject-access-requests")
    String record(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        FormFields f = new FormFields(form);
        LocalDate received = f.date("receivedOn", "The date the request was received");
        SubjectAccessCommands.NewRequest request = new SubjectAccessCommands.NewRequest(received, f.text("requestedBy"),
                f.text("onBehalf") == null ? null : "yes".equals(f.text("onBehalf")), f.yes("identityChecked"));
        return pages.submit(f, () -> after("/people/" + id + "/subject-access-requests", () -> requests.record(id, request)),
                "Subject access request recorded", () -> show(id, model), "casework/subject-access", model, redirect, response);
    }

    @PostMapping("/subject-access-requests/{id}/extension")
    String extend(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        SubjectAccessView r = requests.open(id);
        FormFields f = new FormFields(form).alias("extendedTo", "extendedTo-" + id).alias("reason", "reason-" + id);
        LocalDate to = f.date("extendedTo-" + id, "The date it is extended to");
        return pages.submit(f, () -> after("/people/" + r.personId() + "/subject-access-requests", () -> requests.extend(id,
                new SubjectAccessCommands.Extension(f.integer("version"), to, f.text("reason-" + id)))), "Request " + r.number() + " extended",
                () -> show(r.personId(), model), "casework/subject-access", model, redirect, response);
    }

    @PostMapping("/subject-access-requests/{id}/answer")
    String answer(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        SubjectAccessView r = requests.open(id);
        FormFields f = new FormFields(form).alias("sentOn", "sentOn-" + id).alias("bundleHash", "bundleHash-" + id);
        LocalDate on = f.date("sentOn-" + id, "The date the answer was sent");
        return pages.submit(f, () -> after("/people/" + r.personId() + "/subject-access-requests", () -> requests.sent(id,
                new SubjectAccessCommands.Sent(f.integer("version"), on, f.text("bundleHash-" + id)))),
                "Answer to request " + r.number() + " recorded", () -> show(r.personId(), model), "casework/subject-access", model, redirect,
                response);
    }

    private void show(UUID personId, Model model) {
        model.addAttribute("person", people.open(personId));
        model.addAttribute("requests", requests.of(personId));
        model.addAttribute("askers", java.util.List.of(new org.openasc.platform.web.Choice("no", "The person"),
                new org.openasc.platform.web.Choice("yes", "Someone acting for them")));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
    }
}
