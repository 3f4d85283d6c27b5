package org.openasc.platform.staff;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.web.InvalidInput;
import org.openasc.platform.web.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.openasc.platform.security.Access;

/** Administrators manage staff accounts and teams, and search the audit trail. */
@Tag(name = "Staff, teams and access")
@RestController
@PreAuthorize(Access.ADMINISTER)
class AdministrationApi {

    private final StaffDirectory staff;
    private final AuditTrail audit;

    AdministrationApi(StaffDirectory staff, AuditTrail audit) {
        this.staff = staff;
        this.audit = audit;
    }

    @Operation(summary = "List staff accounts")
    @GetMapping(path = "/api/v1/users", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> users() {
        List<StaffDirectory.StaffMember> all = staff.allStaff();
        return Map.of("items", all, "page", 1, "size", all.size(), "total", all.size());
    }

    @Operation(summary = "Read a staff account")
    @GetMapping(path = "/api/v1/users/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    StaffDirectory.StaffMember user(@PathVariable long id) {
        return staff.staff(id);
    }

    @Operation(summary = "Create a staff account")
    @PostMapping(path = "/api/v1/users", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<StaffDirectory.StaffMember> createUser(@RequestBody StaffDirectory.NewStaff newStaff) {
        StaffDirectory.StaffMember created = staff.createStaff(newStaff);
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.id())).body(created);
    }

    @Operation(summary = "Change a staff account's roles, teams or status",
            description = "Disabling an account or removing a role ends its sessions at their next request. Administrators.")
    @PutMapping(path = "/api/v1/users/{id}", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    StaffDirectory.StaffMember changeUser(@PathVariable long id, @RequestBody StaffDirectory.StaffChange change) {
        return staff.changeStaff(id, change);
    }

    @Operation(summary = "List the teams")
    @GetMapping(path = "/api/v1/teams", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> teams() {
        List<StaffDirectory.TeamView> all = staff.allTeams();
        return Map.of("items", all, "page", 1, "size", all.size(), "total", all.size());
    }

    @Operation(summary = "Create a team")
    @PostMapping(path = "/api/v1/teams", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<StaffDirectory.TeamView> createTeam(@RequestBody StaffDirectory.NewTeam team) {
        StaffDirectory.TeamView created = staff.createTeam(team);
        return ResponseEntity.created(URI.create("/api/v1/teams/" + created.id())).body(created);
    }

    @Operation(summary = "Search the audit trail of who viewed, changed or was refused which record")
    @GetMapping(path = "/api/v1/audit", produces = MediaType.APPLICATION_JSON_VALUE)
    Page<AuditTrail.Entry> audit(@RequestParam(required = false) String actor,
                                 @RequestParam(required = false) String subjectType,
                                 @RequestParam(required = false) String subjectId,
                                 @RequestParam(required = false) String subjectRef,
                                 @RequestParam(required = false) String action,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                 @RequestParam(required = false) Integer page,
                                 @RequestParam(required = false) Integer size) {
        return audit.search(new AuditTrail.Query(actor, subjectType, subjectId, subjectRef, AuditActions.parse(action), from, to),
                Page.pageNumber(page), Page.pageSize(size, 50));
    }

    /** Reads an audit action name, refusing unknown ones with the list of known ones. */
    static final class AuditActions {
        private AuditActions() {
        }

        static AuditTrail.Action parse(String action) {
            if (action == null || action.isBlank()) {
                return null;
            }
            try {
                return AuditTrail.Action.valueOf(action.trim().toUpperCase());
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("action", "Choose one of " + List.of(AuditTrail.Action.values()));
            }
        }
    }
}
