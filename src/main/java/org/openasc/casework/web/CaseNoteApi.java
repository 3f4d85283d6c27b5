package org.openasc.casework.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.openasc.casework.CaseNoteCommands;
import org.openasc.casework.CaseNoteView;
import org.openasc.casework.CaseNotes;
import org.openasc.platform.web.Page;
import org.openasc.platform.security.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.openasc.platform.web.Created;

/** Case notes over JSON. */
@Tag(name = "Case record")
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class CaseNoteApi {

    private final CaseNotes notes;

    CaseNoteApi(CaseNotes notes) {
        this.notes = notes;
    }

    @Operation(summary = "Write a case note on a person's record")
    @PostMapping(path = "/people/{id}/notes", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.WRITE_PEOPLE)
    ResponseEntity<CaseNoteView> write(@PathVariable UUID id, @RequestBody CaseNoteCommands.NoteText note) {
        return Created.at("/api/v1/notes/", notes.write(id, note), CaseNoteView::id);
    }

    @Operation(summary = "List a person's case notes")
    @GetMapping("/people/{id}/notes")
    @PreAuthorize(Access.READ_PEOPLE)
    Page<CaseNoteView> notes(@PathVariable UUID id) {
        return Page.whole(notes.of(id));
    }

    @Operation(summary = "Read a case note")
    @GetMapping("/notes/{id}")
    @PreAuthorize(Access.READ_PEOPLE)
    CaseNoteView note(@PathVariable UUID id) {
        return notes.open(id);
    }

    @Operation(summary = "Change a draft case note")
    @PutMapping(path = "/notes/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.WRITE_PEOPLE)
    CaseNoteView change(@PathVariable UUID id, @RequestBody CaseNoteCommands.NoteText note) {
        return notes.change(id, note);
    }

    @Operation(summary = "Finalise a case note",
            description = "A final note cannot be changed; corrections are added as addenda.")
    @PostMapping(path = "/notes/{id}/finalise", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.WRITE_PEOPLE)
    CaseNoteView finalise(@PathVariable UUID id, @RequestBody CaseNoteCommands.Finalise finalise) {
        return notes.finalise(id, finalise);
    }

    @Operation(summary = "Add an addendum to a final case note")
    @PostMapping(path = "/notes/{id}/addenda", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.WRITE_PEOPLE)
    ResponseEntity<CaseNoteView> addendum(@PathVariable UUID id, @RequestBody CaseNoteCommands.NewAddendum addendum) {
        return Created.body(notes.addendum(id, addendum));
    }
}
