package org.openasc.casework.web;

import java.net.URI;
import java.util.UUID;

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

/** Case notes over JSON. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class CaseNoteApi {

    private final CaseNotes notes;

    CaseNoteApi(CaseNotes notes) {
        this.notes = notes;
    }

    @PostMapping(path = "/people/{id}/notes", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CaseNoteView> write(@PathVariable UUID id, @RequestBody CaseNoteCommands.NoteText note) {
        CaseNoteView written = notes.write(id, note);
        return ResponseEntity.created(URI.create("/api/v1/notes/" + written.id())).body(written);
    }

    @GetMapping("/people/{id}/notes")
    Page<CaseNoteView> notes(@PathVariable UUID id) {
        return Page.whole(notes.of(id));
    }

    @GetMapping("/notes/{id}")
    CaseNoteView note(@PathVariable UUID id) {
        return notes.open(id);
    }

    @PutMapping(path = "/notes/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    CaseNoteView change(@PathVariable UUID id, @RequestBody CaseNoteCommands.NoteText note) {
        return notes.change(id, note);
    }

    @PostMapping(path = "/notes/{id}/finalise", consumes = MediaType.APPLICATION_JSON_VALUE)
    CaseNoteView finalise(@PathVariable UUID id, @RequestBody CaseNoteCommands.Finalise finalise) {
        return notes.finalise(id, finalise);
    }

    @PostMapping(path = "/notes/{id}/addenda", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CaseNoteView> addendum(@PathVariable UUID id, @RequestBody CaseNoteCommands.NewAddendum addendum) {
        return ResponseEntity.status(201).body(notes.addendum(id, addendum));
    }
}
