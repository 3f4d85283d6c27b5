package org.openasc.people.web;

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
import org.springframework.web.util.UriUtils;

import org.openasc.people.DuplicateNhsNumber;
import org.openasc.people.PersonCreated;
import org.openasc.people.PersonDetails;
import org.openasc.people.PersonRecords;
import org.openasc.people.PersonSearch;
import org.openasc.people.PersonView;
import org.openasc.platform.codelist.CodeLists;
import org.openasc.platform.security.Access;
import org.openasc.platform.web.FieldProblem;
import org.openasc.platform.web.FormErrors;
import org.openasc.platform.web.FormSubmission;
import org.openasc.platform.web.InvalidInput;
import org.openasc.platform.web.Page;

/** The person pages: find, create, open and correct a record, and see who has looked at it. */
@Controller
@PreAuthorize(Access.READ_PEOPLE)
class PersonPages {

    private final PersonRecords records;
    private final CodeLists codeLists;

    PersonPages(PersonRecords records, CodeLists codeLists) {
        this.records = records;
        this.codeLists = codeLists;
    }

    @ModelAttribute("codes")
    CodeLists codes() {
        return codeLists;
    }

    @GetMapping("/people")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("q", q);
        if (q != null && !q.isBlank()) {
            try {
                model.addAttribute("results", records.search(new PersonSearch(q, null, null, null), Page.pageNumber(page), 20));
                model.addAttribute("baseUrl", "/people?q=" + UriUtils.encodeQueryParam(q.strip(), java.nio.charset.StandardCharsets.UTF_8) + "&");
            } catch (InvalidInput e) {
                FormErrors.show(model, e.problems());
            }
        }
        return "people/search";
    }

    @GetMapping("/people/new")
    @PreAuthorize(Access.WRITE_PEOPLE)
    String newPerson(Model model) {
        model.addAttribute("form", new PersonForm());
        return "people/form";
    }

    @PostMapping("/people/new")
    String create(@ModelAttribute("form") PersonForm form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        List<FieldProblem> problems = new ArrayList<>();
        PersonDetails details = form.toDetails(problems);
        return FormSubmission.submit(withServiceProblems(problems, details), () -> {
            PersonCreated created = unlessDuplicate(() -> records.create(details), model);
            return new FormSubmission.Done("/people/" + created.person().id(), "Record created for " + created.person().fullName()
                    + " (council person ID " + created.person().personId() + ")");
        }, () -> "people/form", model, redirect, response);
    }

    @GetMapping("/people/{id}")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute("person", records.open(id));
        return "people/show";
    }

    @GetMapping("/people/{id}/edit")
    @PreAuthorize(Access.WRITE_PEOPLE)
    String edit(@PathVariable UUID id, Model model) {
        PersonView person = records.open(id);
        model.addAttribute("person", person);
        model.addAttribute("form", PersonForm.of(person));
        return "people/form";
    }

    @PostMapping("/people/{id}/edit")
    String change(@PathVariable UUID id, @ModelAttribute("form") PersonForm form, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        List<FieldProblem> problems = new ArrayList<>();
        PersonDetails details = form.toDetails(problems);
        return FormSubmission.submit(withServiceProblems(problems, details),
                () -> "/people/" + unlessDuplicate(() -> records.change(id, details), model).id(), "Changes saved", () -> {
                    model.addAttribute("personId", id);
                    return "people/form";
                }, model, redirect, response);
    }

    @GetMapping("/people/{id}/access-log")
    String accessLog(@PathVariable UUID id, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("person", records.open(id));
        model.addAttribute("log", records.accessLog(id, Page.pageNumber(page), 50));
        model.addAttribute("baseUrl", "/people/" + id + "/access-log?");
        return "people/access-log";
    }

    /** The form's own problems and, when there are any, the service's for the other fields, so every problem shows at once. */
    private List<FieldProblem> withServiceProblems(List<FieldProblem> formProblems, PersonDetails details) {
        return formProblems.isEmpty() ? formProblems : FormErrors.merge(formProblems, records.problemsWith(details));
    }

    /** Saves, or refuses an NHS number already on a live record on its field, with a link to that record. */
    private static <T> T unlessDuplicate(Supplier<T> save, Model model) {
        try {
            return save.get();
        } catch (DuplicateNhsNumber e) {
            model.addAttribute("existingId", e.existingId());
            throw new InvalidInput(e.problems());
        }
    }
}
