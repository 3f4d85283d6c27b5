package org.openasc.casework.web;

import static org.openasc.platform.web.FormSubmission.after;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.openasc.casework.Documents;
import org.openasc.people.PersonRecords;
import org.openasc.platform.web.Choice;
import org.openasc.platform.web.DateDisplay;
import org.openasc.platform.web.FormFields;
import org.openasc.platform.web.FormSubmission;
import org.openasc.platform.security.Access;
import org.springframework.security.access.prepost.PreAuthorize;

/** A person's documents: the list with downloads, and the upload form. */
@Controller
class DocumentPages {

    private final Documents documents;
    private final PersonRecords people;
    private final FormSubmission pages;

    DocumentPages(Documents documents, PersonRecords people, FormSubmission pages) {
        this.documents = documents;
        this.people = people;
        this.pages = pages;
    }

    @GetMapping("/people/{id}/documents")
    @PreAuthorize(Access.READ_PEOPLE)
    String list(@PathVariable UUID id, Model model) {
        show(id, model);
        return "casework/documents";
    }

    @PostMapping("/people/{id}/documents")
    @PreAuthorize(Access.WRITE_PEOPLE)
    String upload(@PathVariable UUID id, @RequestParam Map<String, String> form, @RequestParam(required = false) MultipartFile file, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        FormFields f = new FormFields(form);
        java.time.LocalDate on = f.date("datedOn", "The date of the document");
        byte[] content = file == null || file.isEmpty() ? null : file.getBytes();
        String name = file == null ? null : file.getOriginalFilename();
        return pages.submit(f, () -> after("/people/" + id + "/documents", () -> documents.upload(id, f.text("title"), f.text("kind"), on, name,
                content)), "Document uploaded", () -> show(id, model), "casework/documents", model, redirect, response);
    }

    private void show(UUID personId, Model model) {
        model.addAttribute("person", people.open(personId));
        model.addAttribute("documents", documents.of(personId));
        model.addAttribute("kinds", Documents.KINDS.entrySet().stream().map(k -> new Choice(k.getKey(), k.getValue())).toList());
        model.addAttribute("dates", new DateDisplay());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
    }
}
