package org.openasc.casework.web;

import static org.openasc.platform.web.FormSubmission.after;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.openasc.casework.CaseNoteCommands;
import org.openasc.casework.CaseNoteView;
import org.openasc.casework.CaseNotes;
import org.openasc.people.PersonRecords;
import org.openasc.platform.web.Choice;
import org.openasc.platform.web.DateDisplay;
import org.openasc.platform.web.FormFields;
import org.openasc.platform.web.FormSubmission;
import org.openasc.platform.security.Access;
import org.springframework.security.access.prepost.PreAuthorize;

/** A person's case notes: read them, write one (draft or final), finalise a draft, correct a final note with an addendum. */
@Controller
class CaseNotePages {

    private final CaseNotes notes;
    private final PersonRecords people;
    private final FormSubmission pages;
    private final DateDisplay dates = new DateDisplay();

    CaseNotePages(CaseNotes notes, PersonRecords people, FormSubmission pages) {
        this.notes = notes;
        this.people = people;
        this.pages = pages;
    }

    @GetMapping("/people/{id}/notes")
    @PreAuthorize(Access.READ_PEOPLE)
    String notes(@PathVariable UUID id, Model model) {
        show(id, model);
        return "casework/notes";
    }

    /** The worker's own drafts across everyone they work with, oldest first, each linked to its person's notes. */
    @GetMapping("/notes/drafts")
    @PreAuthorize(Access.READ_PEOPLE)
    String drafts(Model model) {
        List<CaseNoteView> drafts = notes.drafts();
        model.addAttribute("drafts", drafts);
        model.addAttribute("people", people.forList(drafts.stream().map(CaseNoteView::personId).toList()));
        model.addAttribute("dates", dates);
        return "casework/drafts";
    }

    @PostMapping("/people/{id}/notes")
    @PreAuthorize(Access.WRITE_PEOPLE)
    String write(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        FormFields f = new FormFields(form).alias("occurredAt", "occurredOn");
        LocalDate on = f.date("occurredOn", "The date of the contact or event");
        String time = f.text("occurredTime");
        if (time == null || !time.strip().matches("([01]?\\d|2[0-3])[:.][0-5]\\d")) {
            f.problems().add(new org.openasc.platform.web.FieldProblem("occurredTime", "Enter the time it happened, like 14:30"));
        }
        String occurredAt = on == null || f.problems().stream().anyMatch(p -> p.field().equals("occurredTime")) ? null
                : on + "T" + (time.strip().length() == 4 ? "0" : "") + time.strip().replace('.', ':');
        CaseNoteCommands.NoteText note = new CaseNoteCommands.NoteText(null, occurredAt == null ? on == null ? null : on + "T00:00" : occurredAt,
                f.text("type"), f.text("present"), f.text("text"), f.yes("significant"), f.text("significantCategory"), List.of(), f.yes("final"));
        return pages.submit(f, () -> after("/people/" + id + "/notes", () -> notes.write(id, note)),
                f.yes("final") ? "Case note written and finalised" : "Case note saved as a draft", () -> show(id, model), "casework/notes", model,
                redirect, response);
    }

    @PostMapping("/notes/{id}/finalise")
    @PreAuthorize(Access.WRITE_PEOPLE)
    String finalise(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        FormFields f = new FormFields(form);
        CaseNoteView note = notes.open(id);
        return pages.submit(f, () -> after("/people/" + note.personId() + "/notes", () -> notes.finalise(id,
                new CaseNoteCommands.Finalise(f.integer("version")))), "Case note " + note.number() + " finalised", () -> show(note.personId(),
                model), "casework/notes", model, redirect, response);
    }

    @PostMapping("/notes/{id}/addenda")
    @PreAuthorize(Access.WRITE_PEOPLE)
    String addendum(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        FormFields f = new FormFields(form).alias("text", "addendumText-" + id).alias("reason", "addendumReason-" + id);
        CaseNoteView note = notes.open(id);
        return pages.submit(f, () -> after("/people/" + note.personId() + "/notes", () -> notes.addendum(id,
                new CaseNoteCommands.NewAddendum(f.text("addendumText-" + id), f.text("addendumReason-" + id)))),
                "Addendum added to case note " + note.number(), () -> show(note.personId(), model), "casework/notes", model, redirect, response);
    }

    private void show(UUID personId, Model model) {
        model.addAttribute("person", people.open(personId));
        model.addAttribute("notes", notes.of(personId));
        model.addAttribute("types", CaseNotes.TYPES.entrySet().stream().map(t -> new Choice(t.getKey(), t.getValue())).toList());
        model.addAttribute("categories", FormSubmission.options(CaseNotes.CATEGORIES));
        model.addAttribute("dates", dates);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
    }
}
