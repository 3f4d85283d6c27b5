package org.openasc.people.web;

import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.openasc.people.NewRelationship;
import org.openasc.people.PersonConnections;
import org.openasc.people.PersonDetails;
import org.openasc.people.PersonRecords;
import org.openasc.people.PersonSearch;
import org.openasc.people.PersonSummary;
import org.openasc.people.PersonView;
import org.openasc.people.RelationshipView;
import org.openasc.people.Restriction;
import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.web.Created;
import org.openasc.platform.web.Page;
import org.openasc.platform.security.Access;
import org.springframework.security.access.prepost.PreAuthorize;

/** The person record over JSON: the same services as the pages, so the same rules and audit. */
@Tag(name = "People")
@RestController
@RequestMapping(path = "/api/v1/people", produces = MediaType.APPLICATION_JSON_VALUE)
class PersonApi {

    private final PersonRecords records;
    private final PersonConnections connections;

    PersonApi(PersonRecords records, PersonConnections connections) {
        this.records = records;
        this.connections = connections;
    }

    @Operation(summary = "Create a person's record",
            description = "A second live record with the same NHS number is refused with 409 and a link to the first; the same names and date of birth are flagged as a possible duplicate.")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.WRITE_PEOPLE)
    ResponseEntity<PersonView> create(@RequestBody PersonDetails details) {
        return Created.at("/api/v1/people/", records.create(details).person(), PersonView::id);
    }

    @Operation(summary = "Read a person's record")
    @GetMapping("/{id}")
    @PreAuthorize(Access.READ_PEOPLE)
    PersonView open(@PathVariable UUID id) {
        return records.open(id);
    }

    @Operation(summary = "Correct or update a person's record")
    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.WRITE_PEOPLE)
    PersonView change(@PathVariable UUID id, @RequestBody PersonDetails details) {
        return records.change(id, details);
    }

    @Operation(summary = "Find people by name, NHS number, council person ID, date of birth or postcode")
    @GetMapping
    @PreAuthorize(Access.READ_PEOPLE)
    Page<PersonSummary> search(@RequestParam(required = false) String q,
                               @RequestParam(required = false) String nhsNumber,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dateOfBirth,
                               @RequestParam(required = false) String postcode,
                               @RequestParam(required = false) Integer page,
                               @RequestParam(required = false) Integer size) {
        return records.search(new PersonSearch(q, nhsNumber, dateOfBirth, postcode), Page.pageNumber(page), Page.pageSize(size, 20));
    }

    @Operation(summary = "Read who viewed and changed a person's record")
    @GetMapping("/{id}/access-log")
    @PreAuthorize(Access.READ_PEOPLE)
    Page<AuditTrail.Entry> accessLog(@PathVariable UUID id, @RequestParam(required = false) Integer page,
                                     @RequestParam(required = false) Integer size) {
        return records.accessLog(id, Page.pageNumber(page), Page.pageSize(size, 50));
    }

    @Operation(summary = "Record an unpaid carer, next of kin, attorney or other relationship")
    @PostMapping(path = "/{id}/relationships", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.WRITE_PEOPLE)
    ResponseEntity<RelationshipView> relate(@PathVariable UUID id, @RequestBody NewRelationship relationship) {
        return Created.at("/api/v1/people/" + id + "/relationships/", connections.addRelationship(id, relationship), RelationshipView::id);
    }

    @Operation(summary = "Restrict a person's record to named staff, or lift the restriction",
            description = "Team managers and the Safeguarding Adults Team.")
    @PutMapping(path = "/{id}/restriction", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.RESTRICT_PEOPLE)
    PersonView restrict(@PathVariable UUID id, @RequestBody Restriction restriction) {
        return connections.restrict(id, restriction);
    }
}
