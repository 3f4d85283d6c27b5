package org.openasc.casework.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.openasc.casework.Chronology;
import org.openasc.casework.ChronologyView;
import org.openasc.platform.web.InvalidInput;
import org.openasc.platform.security.Access;
import org.springframework.security.access.prepost.PreAuthorize;

/** A person's chronology over JSON: {@code types} comma-separated or repeated, {@code order} newest (the default) or oldest. */
@Tag(name = "Case record")
@RestController
@PreAuthorize(Access.READ_PEOPLE)
class ChronologyApi {

    private final Chronology chronology;

    ChronologyApi(Chronology chronology) {
        this.chronology = chronology;
    }

    @Operation(summary = "Read a person's chronology: every dated event across the record")
    @GetMapping(path = "/api/v1/people/{id}/chronology", produces = MediaType.APPLICATION_JSON_VALUE)
    ChronologyView chronology(@PathVariable UUID id,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                              @RequestParam(required = false) List<String> types, @RequestParam(required = false) Boolean significant,
                              @RequestParam(required = false) String order) {
        return chronology.of(id, new Chronology.Query(from, to, types == null ? Set.of() : Set.copyOf(types), Boolean.TRUE.equals(significant),
                newestFirst(order)));
    }

    static boolean newestFirst(String order) {
        if (order == null || order.isBlank() || "newest".equals(order)) {
            return true;
        }
        if ("oldest".equals(order)) {
            return false;
        }
        throw new InvalidInput("order", "Choose the order: newest or oldest first");
    }
}
