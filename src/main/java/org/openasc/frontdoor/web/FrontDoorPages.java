package org.openasc.frontdoor.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.openasc.frontdoor.ContactView;
import org.openasc.frontdoor.Contacts;
import org.openasc.frontdoor.Priority;
import org.openasc.frontdoor.RequestView;
import org.openasc.frontdoor.SupportRequests;
import org.openasc.people.PersonRecords;
import org.openasc.platform.codelist.CodeLists;
import org.openasc.platform.security.Access;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.security.Role;
import org.openasc.platform.staff.StaffDirectory;
import org.openasc.platform.web.FieldProblem;
import org.openasc.platform.web.FormSubmission;

/** The front-door pages: log a contact, open a request and work it (priority, allocation, check-ins, conversations, closing). */
@Controller
@PreAuthorize(Access.READ_PEOPLE)
class FrontDoorPages {

    private final Contacts contacts;
    private final SupportRequests requests;
    private final PersonRecords people;
    private final StaffDirectory staff;
    private final CodeLists codeLists;

    FrontDoorPages(Contacts contacts, SupportRequests requests, PersonRecords people, StaffDirectory staff, CodeLists codeLists) {
        this.contacts = contacts;
        this.requests = requests;
        this.people = people;
        this.staff = staff;
        this.codeLists = codeLists;
    }

    @ModelAttribute("codes")
    CodeLists codes() {
        return codeLists;
    }

    @ModelAttribute("priorities")
    Priority[] priorities() {
        return Priority.values();
    }

    @GetMapping("/contacts/new")
    @PreAuthorize(Access.WORK_REQUESTS)
    String newContact(@RequestParam(required = false) UUID personId, Model model) {
        model.addAttribute("form", ContactForm.about(personId));
        aboutWhom(personId, model);
        return "frontdoor/contact-form";
    }

    @PostMapping("/contacts/new")
    String logContact(@ModelAttribute("form") ContactForm form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        List<FieldProblem> problems = new ArrayList<>();
        var contact = form.toContact(problems);
        return FormSubmission.submit(problems, () -> {
            ContactView logged = contacts.log(contact);
            if (logged.requestId() != null) {
                return new FormSubmission.Done("/requests/" + logged.requestId(), "Contact " + logged.contactNumber() + " logged and request "
                        + logged.requestNumber() + " opened: it now awaits triage");
            }
            return new FormSubmission.Done("/contacts/" + logged.id(), "Contact " + logged.contactNumber() + " logged");
        }, () -> {
            aboutWhom(contact.personId(), model);
            return "frontdoor/contact-form";
        }, model, redirect, response);
    }

    @GetMapping("/contacts/{id}")
    String contact(@PathVariable UUID id, Model model) {
        model.addAttribute("contact", contacts.open(id));
        return "frontdoor/contact";
    }

    @GetMapping("/requests/{id}")
    String request(@PathVariable UUID id, Model model) {
        model.addAttribute("request", requests.open(id));
        model.addAttribute("canManage", CurrentStaff.hasRole(Role.TEAM_MANAGER));
        model.addAttribute("canWork", CurrentStaff.hasRole(Role.TEAM_MANAGER) || CurrentStaff.hasRole(Role.PRACTITIONER));
        return "frontdoor/request";
    }

    @GetMapping("/people/{personId}/requests")
    String requestsOf(@PathVariable UUID personId, Model model) {
        model.addAttribute("person", people.open(personId));
        model.addAttribute("requests", requests.requestsOf(personId));
        return "frontdoor/person-requests";
    }

    @GetMapping("/requests/{id}/priority")
    @PreAuthorize(Access.MANAGE_REQUESTS)
    String priorityForm(@PathVariable UUID id, Model model) {
        RequestView request = requests.open(id);
        model.addAttribute("form", new RequestForms.PriorityForm(request.priority() == null ? null : request.priority().name(), null, request.version()));
        return show(model, request, "frontdoor/priority");
    }

    @PostMapping("/requests/{id}/priority")
    String prioritise(@PathVariable UUID id, @ModelAttribute("form") RequestForms.PriorityForm form, Model model,
                      RedirectAttributes redirect, HttpServletResponse response) {
        return change(id, model, redirect, response, "frontdoor/priority", new ArrayList<>(),
                () -> requests.prioritise(id, form.toDecision()), "Priority saved");
    }

    @GetMapping("/requests/{id}/allocation")
    @PreAuthorize(Access.MANAGE_REQUESTS)
    String allocationForm(@PathVariable UUID id, Model model) {
        RequestView request = requests.open(id);
        model.addAttribute("form", new RequestForms.AllocationForm(request.teamId(), request.worker(), request.version()));
        return show(model, request, "frontdoor/allocation");
    }

    @PostMapping("/requests/{id}/allocation")
    String allocate(@PathVariable UUID id, @ModelAttribute("form") RequestForms.AllocationForm form, Model model,
                    RedirectAttributes redirect, HttpServletResponse response) {
        return change(id, model, redirect, response, "frontdoor/allocation", new ArrayList<>(),
                () -> requests.allocate(id, form.toAllocation()), "Allocation saved");
    }

    @GetMapping("/requests/{id}/check-ins/new")
    @PreAuthorize(Access.WORK_REQUESTS)
    String checkInForm(@PathVariable UUID id, Model model) {
        model.addAttribute("form", new RequestForms.CheckInForm(null, null, null, null, null));
        return show(model, requests.open(id), "frontdoor/check-in");
    }

    @PostMapping("/requests/{id}/check-ins/new")
    String checkIn(@PathVariable UUID id, @ModelAttribute("form") RequestForms.CheckInForm form, Model model,
                   RedirectAttributes redirect, HttpServletResponse response) {
        List<FieldProblem> problems = new ArrayList<>();
        var checkIn = form.toCheckIn(problems);
        return change(id, model, redirect, response, "frontdoor/check-in", problems, () -> requests.checkIn(id, checkIn), "Check-in recorded");
    }

    @GetMapping("/requests/{id}/conversations/new")
    @PreAuthorize(Access.WORK_REQUESTS)
    String conversationForm(@PathVariable UUID id, Model model) {
        model.addAttribute("form", new RequestForms.ConversationForm(null, null, null, null, null, null, null));
        return show(model, requests.open(id), "frontdoor/conversation");
    }

    @PostMapping("/requests/{id}/conversations/new")
    String converse(@PathVariable UUID id, @ModelAttribute("form") RequestForms.ConversationForm form, Model model,
                    RedirectAttributes redirect, HttpServletResponse response) {
        List<FieldProblem> problems = new ArrayList<>();
        var conversation = form.toConversation(problems);
        return change(id, model, redirect, response, "frontdoor/conversation", problems, () -> requests.converse(id, conversation),
                "Conversation recorded");
    }

    @GetMapping("/requests/{id}/close")
    @PreAuthorize(Access.WORK_REQUESTS)
    String closeForm(@PathVariable UUID id, Model model) {
        RequestView request = requests.open(id);
        model.addAttribute("form", new RequestForms.CloseForm(null, null, null, null, request.version()));
        return show(model, request, "frontdoor/close");
    }

    @PostMapping("/requests/{id}/close")
    String close(@PathVariable UUID id, @ModelAttribute("form") RequestForms.CloseForm form, Model model,
                 RedirectAttributes redirect, HttpServletResponse response) {
        List<FieldProblem> problems = new ArrayList<>();
        var closure = form.toClosure(problems);
        return change(id, model, redirect, response, "frontdoor/close", problems, () -> requests.close(id, closure), "Request closed");
    }

    /** Runs a change; on a refusal the same form comes back with the problems, nothing saved. */
    private String change(UUID id, Model model, RedirectAttributes redirect, HttpServletResponse response, String template,
                          List<FieldProblem> formProblems, Supplier<RequestView> change, String banner) {
        return FormSubmission.submit(formProblems, () -> "/requests/" + change.get().id(), banner, () -> show(model, requests.open(id), template),
                model, redirect, response);
    }

    private String show(Model model, RequestView request, String template) {
        model.addAttribute("request", request);
        if (template.endsWith("allocation")) {
            List<Long> mine = staff.teamIdsOf(CurrentStaff.username());
            var teams = staff.allTeams();
            model.addAttribute("teams", teams);
            model.addAttribute("workers", teams.stream().filter(t -> mine.contains(t.id())).flatMap(t -> staff.membersOf(t.id()).stream()
                    .map(c -> new Worker(t.id(), t.name(), c.username(), c.displayName()))).toList());
        }
        return template;
    }

    /** A worker as the allocation list shows them: in which team. */
    record Worker(long teamId, String teamName, String username, String displayName) {
    }

    private void aboutWhom(UUID personId, Model model) {
        if (personId != null) {
            var summary = people.summaryOf(personId);
            model.addAttribute("aboutPerson", summary);
        }
    }
}
