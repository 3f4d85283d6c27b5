package org.openasc.platform.staff;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.security.Role;
import org.openasc.platform.security.SecondFactors;
import org.openasc.platform.web.FieldProblem;
import org.openasc.platform.web.FormErrors;
import org.openasc.platform.web.InvalidInput;
import org.openasc.platform.web.Page;
import org.openasc.platform.web.StaleVersion;
import org.springframework.security.access.prepost.PreAuthorize;
import org.openasc.platform.security.Access;

/** Administrators' pages: staff accounts, teams and the audit trail. */
@Controller
@PreAuthorize(Access.ADMINISTER)
class AdministrationPages {

    private final StaffDirectory staff;
    private final AuditTrail audit;
    private final SecondFactors secondFactors;
    private final SingleSignOnMappings singleSignOn;

    AdministrationPages(StaffDirectory staff, AuditTrail audit, SecondFactors secondFactors, SingleSignOnMappings singleSignOn) {
        this.staff = staff;
        this.audit = audit;
        this.secondFactors = secondFactors;
        this.singleSignOn = singleSignOn;
    }

    @GetMapping("/admin/users")
    String users(Model model) {
        model.addAttribute("users", staff.allStaff());
        return "admin/users";
    }

    @GetMapping("/admin/users/new")
    String newUser(Model model) {
        return userForm(model, null, new Entry(null, null, null, Set.of(), Set.of(), true, null));
    }

    @PostMapping("/admin/users/new")
    String createUser(@RequestParam(required = false) String username, @RequestParam(required = false) String displayName,
                      @RequestParam(required = false) String email, @RequestParam(required = false) String password,
                      @RequestParam(required = false) List<String> roles, @RequestParam(required = false) List<Long> teamIds,
                      Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Set<Role> chosen = roles(roles);
        Set<Long> teams = teamIds == null ? Set.of() : Set.copyOf(teamIds);
        try {
            StaffDirectory.StaffMember created = staff.createStaff(new StaffDirectory.NewStaff(username, displayName, email, password, chosen, teams));
            redirect.addFlashAttribute("banner", "Account " + created.username() + " created");
            return "redirect:/admin/users";
        } catch (InvalidInput e) {
            FormErrors.refused(model, response, e.problems());
            model.addAttribute("username", username);
            return userForm(model, null, new Entry(displayName, email, null, chosen, teams, true, null));
        }
    }

    @GetMapping("/admin/users/{id}")
    String user(@PathVariable long id, Model model) {
        StaffDirectory.StaffMember member = staff.staff(id);
        return userForm(model, member, new Entry(member.displayName(), member.email(), null, EnumSet.copyOf(member.roles().isEmpty() ? EnumSet.noneOf(Role.class) : member.roles()),
                member.teams().stream().map(StaffDirectory.TeamView::id).collect(Collectors.toSet()), member.enabled(), member.version()));
    }

    @PostMapping("/admin/users/{id}")
    String changeUser(@PathVariable long id, @RequestParam(required = false) String displayName, @RequestParam(required = false) String email,
                      @RequestParam(required = false) String password, @RequestParam(required = false) List<String> roles,
                      @RequestParam(required = false) List<Long> teamIds, @RequestParam(required = false) String enabled,
                      @RequestParam(required = false) Integer version, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Set<Role> chosen = roles(roles);
        Set<Long> teams = teamIds == null ? Set.of() : Set.copyOf(teamIds);
        boolean active = "yes".equals(enabled);
        try {
            staff.changeStaff(id, new StaffDirectory.StaffChange(displayName, email, password, chosen, teams, active, version));
            redirect.addFlashAttribute("banner", "Account updated");
            return "redirect:/admin/users";
        } catch (InvalidInput e) {
            FormErrors.refused(model, response, e.problems());
        } catch (StaleVersion e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            FormErrors.show(model, List.of(new FieldProblem("displayName", e.getMessage())));
        }
        return userForm(model, staff.staff(id), new Entry(displayName, email, null, chosen, teams, active, version));
    }

    /** The way back for a lost or replaced device: the person signs in with their password and may set it up again. */
    @PostMapping("/admin/users/{id}/two-factor/reset")
    String resetTwoFactor(@PathVariable long id, RedirectAttributes redirect) {
        StaffDirectory.StaffMember member = staff.staff(id);
        redirect.addFlashAttribute("banner", secondFactors.reset(id)
                ? "Two-factor sign-in reset for " + member.username() + ": their sessions have ended"
                : member.username() + " had no two-factor sign-in to reset");
        return "redirect:/admin/users";
    }

    @GetMapping("/admin/teams")
    String teams(Model model) {
        model.addAttribute("teams", staff.allTeams());
        return "admin/teams";
    }

    @PostMapping("/admin/teams")
    String createTeam(@RequestParam(required = false) String name, @RequestParam(required = false) String description,
                      Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            staff.createTeam(new StaffDirectory.NewTeam(name, description));
            redirect.addFlashAttribute("banner", "Team created");
            return "redirect:/admin/teams";
        } catch (InvalidInput e) {
            FormErrors.refused(model, response, e.problems());
            model.addAttribute("teams", staff.allTeams());
            model.addAttribute("name", name);
            model.addAttribute("description", description);
            return "admin/teams";
        }
    }

    @GetMapping("/admin/audit")
    String audit(@RequestParam(required = false) String actor, @RequestParam(required = false) String subjectRef,
                 @RequestParam(required = false) String action,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                 @RequestParam(required = false) Integer page, Model model) {
        try {
            AuditTrail.Query query = new AuditTrail.Query(actor, null, null, subjectRef, AdministrationApi.AuditActions.parse(action), from, to);
            model.addAttribute("trail", audit.search(query, Page.pageNumber(page), 50));
        } catch (InvalidInput e) {
            FormErrors.show(model, e.problems());
        }
        model.addAttribute("actor", actor);
        model.addAttribute("subjectRef", subjectRef);
        model.addAttribute("action", action);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("actions", AuditTrail.Action.values());
        model.addAttribute("baseUrl", "/admin/audit?" + (actor == null ? "" : "actor=" + org.springframework.web.util.UriUtils.encodeQueryParam(actor, "UTF-8") + "&")
                + (subjectRef == null ? "" : "subjectRef=" + org.springframework.web.util.UriUtils.encodeQueryParam(subjectRef, "UTF-8") + "&")
                + (action == null ? "" : "action=" + org.springframework.web.util.UriUtils.encodeQueryParam(action, "UTF-8") + "&")
                + (from == null ? "" : "from=" + from + "&") + (to == null ? "" : "to=" + to + "&"));
        return "admin/audit";
    }

    private String userForm(Model model, StaffDirectory.StaffMember member, Entry entry) {
        model.addAttribute("member", member);
        model.addAttribute("twoFactorOn", member != null && secondFactors.isOn(member.id()));
        model.addAttribute("singleSignOn", member != null && singleSignOn.signsInThroughProvider(member.id()));
        model.addAttribute("entry", entry);
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("allTeams", staff.allTeams());
        return "admin/user-form";
    }

    private static Set<Role> roles(List<String> names) {
        if (names == null) {
            return Set.of();
        }
        try {
            return names.stream().map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("roles", "Select roles from the list");
        }
    }

    /** The account question page as typed. */
    record Entry(String displayName, String email, String password, Set<Role> roles, Set<Long> teamIds, boolean enabled, Integer version) {
    }
}
