package org.openasc.retention.web;

import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.openasc.platform.web.Page;
import org.openasc.retention.Retention;
import org.openasc.retention.domain.RetentionStore;
import org.openasc.platform.security.Access;
import org.springframework.security.access.prepost.PreAuthorize;

/** Retention over JSON: the rules, the records past them, and their disposal. */
@Tag(name = "Retention")
@RestController
@RequestMapping(path = "/api/v1/retention", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize(Access.ADMINISTER)
class RetentionApi {

    private final Retention retention;

    RetentionApi(Retention retention) {
        this.retention = retention;
    }

    /** What to dispose of and why: DELETE or ANONYMISE, with the reason kept in the audit trail and the disposal log. */
    record Disposal(String action, String reason) {
    }

    /** A rule's new number of years, with the version it was based on. */
    record RuleChange(Integer version, Integer years) {
    }

    @Operation(summary = "List records due for disposal under the retention schedule")
    @GetMapping("/due")
    Page<Retention.Due> due(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return retention.due(Page.pageNumber(page), Page.pageSize(size, 50));
    }

    @Operation(summary = "Dispose of a record at the end of its retention period")
    @PostMapping(path = "/{kind}/{id}/dispose", consumes = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> dispose(@PathVariable String kind, @PathVariable UUID id, @RequestBody Disposal disposal) {
        retention.dispose(kind, id, disposal.action(), disposal.reason());
        return Map.of("kind", kind, "id", id, "action", disposal.action());
    }

    @Operation(summary = "List the retention rules")
    @GetMapping("/rules")
    Page<RetentionStore.Rule> rules() {
        return Page.whole(retention.rules());
    }

    @Operation(summary = "Change a retention rule")
    @PutMapping(path = "/rules/{kind}", consumes = MediaType.APPLICATION_JSON_VALUE)
    RetentionStore.Rule changeRule(@PathVariable String kind, @RequestBody RuleChange change) {
        return retention.changeRule(kind, change.version(), change.years());
    }
}
