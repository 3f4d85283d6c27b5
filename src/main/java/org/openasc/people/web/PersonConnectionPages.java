package org.openasc.people.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

import org.openasc.people.NewRelationship;
import org.openasc.people.PersonConnections;
import org.openasc.people.PersonRecords;
import org.openasc.people.PersonView;
import org.openasc.people.Restriction;
import org.openasc.platform.codelist.CodeLists;
import org.openasc.platform.security.Access;
import org.openasc.platform.web.DateParts;
import org.openasc.platform.web.FieldProblem;
import org.openasc.platform.web.FormSubmission;

/** Pages to record a relationship and to restrict a record to named staff. */
@Controller
@PreAuthorize(Access.READ_PEOPLE)
class PersonConnectionPages {

    private final PersonRecords records;
    private final PersonConnections connections;
    private final CodeLists codeLists;

    PersonConnectionPages(PersonRecords records, PersonConnections connections, CodeLists codeLists) {
        this.records = records;
        this.connections = connections;
        this.codeLists = codeLists;
    }

    @GetMapping("/people/{id}/relationships/new")
    @PreAuthorize(Access.WRITE_PEOPLE)
    String relationshipForm(@PathVariable UUID id, Model model) {
        model.addAttribute("person", records.open(id));
        model.addAttribute("types", codeLists.list("relationship-type").orElseThrow().values());
        return "people/relationship-form";
    }

    @PostMapping("/people/{id}/relationships/new")
    String addRelationship(@PathVariable UUID id, @RequestParam(required = false) String relatedPersonId,
                           @RequestParam(required = false) String relationshipType,
                           @RequestParam(required = false) String startDateDay, @RequestParam(required = false) String startDateMonth,
                           @RequestParam(required = false) String startDateYear,
                           @RequestParam(required = false) String endDateDay, @RequestParam(required = false) String endDateMonth,
                           @RequestParam(required = false) String endDateYear,
                           @RequestParam(required = false) String notes, Model model, RedirectAttributes redirect,
                           HttpServletResponse response) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate start = DateParts.read("startDate", "Start date", startDateDay, startDateMonth, startDateYear, problems);
        LocalDate end = DateParts.read("endDate", "End date", endDateDay, endDateMonth, endDateYear, problems);
        return FormSubmission.submit(problems, () -> FormSubmission.after("/people/" + id, () -> connections.addRelationship(id,
                new NewRelationship(relatedPersonId, relationshipType, start, end, notes))), "Relationship added", () -> {
                    model.addAttribute("person", records.open(id));
                    model.addAttribute("types", codeLists.list("relationship-type").orElseThrow().values());
                    model.addAttribute("form", new RelationshipEntry(relatedPersonId, relationshipType, startDateDay, startDateMonth, startDateYear,
                            endDateDay, endDateMonth, endDateYear, notes));
                    return "people/relationship-form";
                }, model, redirect, response);
    }

    @GetMapping("/people/{id}/restriction")
    @PreAuthorize(Access.RESTRICT_PEOPLE)
    String restrictionForm(@PathVariable UUID id, Model model) {
        PersonView person = records.open(id);
        model.addAttribute("person", person);
        model.addAttribute("allowedUsers", String.join(", ", person.restrictedTo()));
        model.addAttribute("reason", person.restrictionReason());
        model.addAttribute("restricted", person.restricted());
        return "people/restriction-form";
    }

    @PostMapping("/people/{id}/restriction")
    String restrict(@PathVariable UUID id, @RequestParam(required = false) String restricted,
                    @RequestParam(required = false) String allowedUsers, @RequestParam(required = false) String reason,
                    @RequestParam(required = false) Integer version, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        List<String> users = allowedUsers == null ? List.of()
                : Arrays.stream(allowedUsers.split("[,\\s]+")).filter(u -> !u.isBlank()).toList();
        Boolean sealed = restricted == null ? null : "yes".equals(restricted);
        return FormSubmission.submit(List.of(), () -> FormSubmission.after("/people/" + id, () -> connections.restrict(id,
                new Restriction(sealed, users, reason, version))), Boolean.TRUE.equals(sealed) ? "Record restricted" : "Restriction removed", () -> {
                    model.addAttribute("person", records.open(id));
                    model.addAttribute("allowedUsers", allowedUsers);
                    model.addAttribute("reason", reason);
                    model.addAttribute("restricted", sealed);
                    return "people/restriction-form";
                }, model, redirect, response);
    }

    /** The relationship question page as typed. */
    record RelationshipEntry(String relatedPersonId, String relationshipType, String startDateDay, String startDateMonth,
                             String startDateYear, String endDateDay, String endDateMonth, String endDateYear, String notes) {
    }
}
