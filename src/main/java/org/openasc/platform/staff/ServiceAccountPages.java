package org.openasc.platform.staff;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.openasc.platform.web.Conflict;
import org.openasc.platform.web.DateParts;
import org.openasc.platform.web.FieldProblem;
import org.openasc.platform.web.FormErrors;
import org.openasc.platform.web.InvalidInput;
import org.openasc.platform.web.StaleVersion;
import org.springframework.security.access.prepost.PreAuthorize;
import org.openasc.platform.security.Access;

/** Administrators' pages for service accounts: create one, issue a token (shown once on the page), revoke, disable. */
@Controller
@PreAuthorize(Access.ADMINISTER)
class ServiceAccountPages {

    private final ServiceAccounts accounts;
    private final StaffDirectory staff;

    ServiceAccountPages(ServiceAccounts accounts, StaffDirectory staff) {
        this.accounts = accounts;
        this.staff = staff;
    }

    @GetMapping("/admin/service-accounts")
    String accounts(Model model) {
        return list(model, null, List.of(), List.of());
    }

    @PostMapping("/admin/service-accounts")
    String create(@RequestParam(required = false) String name, @RequestParam(required = false) List<String> roles,
                  @RequestParam(required = false) List<Long> teamIds, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            ServiceAccounts.ServiceAccount created = accounts.create(new ServiceAccounts.NewServiceAccount(name, roles, teamIds));
            redirect.addFlashAttribute("banner", "Service account " + created.username() + " created: issue it a token below");
            return "redirect:/admin/service-accounts/" + created.id();
        } catch (InvalidInput e) {
            FormErrors.refused(model, response, e.problems());
            return list(model, name, roles == null ? List.of() : roles, teamIds == null ? List.of() : teamIds);
        }
    }

    @GetMapping("/admin/service-accounts/{id}")
    String account(@PathVariable long id, Model model) {
        return page(model, id);
    }

    @PostMapping("/admin/service-accounts/{id}/tokens")
    String issue(@PathVariable long id, @RequestParam(required = false) String expiresOnDay, @RequestParam(required = false) String expiresOnMonth,
                 @RequestParam(required = false) String expiresOnYear, Model model, HttpServletResponse response) {
        List<FieldProblem> problems = new ArrayList<>();
        var expiresOn = DateParts.read("expiresOn", "The expiry date", expiresOnDay, expiresOnMonth, expiresOnYear, problems);
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            // Shown on this answer only (never kept in the session for a redirect), so it cannot be shown again.
            model.addAttribute("issued", accounts.issueToken(id, new ServiceAccounts.NewToken(expiresOn)));
        } catch (InvalidInput e) {
            FormErrors.refused(model, response, e.problems());
            keepDate(model, expiresOnDay, expiresOnMonth, expiresOnYear);
        } catch (Conflict e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            FormErrors.show(model, List.of(new FieldProblem("expiresOn", e.getMessage())));
        }
        return page(model, id);
    }

    @PostMapping("/admin/service-accounts/{id}")
    String change(@PathVariable long id, @RequestParam(required = false) List<String> roles, @RequestParam(required = false) List<Long> teamIds,
                  @RequestParam(required = false) Integer version, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            ServiceAccounts.ServiceAccount changed = accounts.change(id, new ServiceAccounts.AccountChange(roles, teamIds, version));
            redirect.addFlashAttribute("banner", "Roles and teams of " + changed.username() + " saved: its tokens use them from their next request");
            return "redirect:/admin/service-accounts/" + id;
        } catch (InvalidInput e) {
            FormErrors.refused(model, response, e.problems());
        } catch (StaleVersion e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            FormErrors.show(model, List.of(new FieldProblem("roles", e.getMessage() + ": the account below is as it is now, choose again")));
            return page(model, id);
        }
        model.addAttribute("chosenRoles", roles == null ? List.of() : roles);
        model.addAttribute("chosenTeams", teamIds == null ? List.of() : teamIds);
        return page(model, id);
    }

    @PostMapping("/admin/service-accounts/{id}/disable")
    String disable(@PathVariable long id, RedirectAttributes redirect) {
        ServiceAccounts.ServiceAccount account = accounts.disable(id);
        redirect.addFlashAttribute("banner", "Service account " + account.username() + " disabled and its tokens revoked");
        return "redirect:/admin/service-accounts/" + id;
    }

    @PostMapping("/admin/tokens/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        ServiceAccounts.TokenView token = accounts.revokeToken(id);
        redirect.addFlashAttribute("banner", "Token " + id + " revoked: it no longer works");
        return "redirect:/admin/service-accounts/" + token.serviceAccountId();
    }

    private String list(Model model, String name, List<String> roles, List<Long> teamIds) {
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("name", name);
        model.addAttribute("chosenRoles", roles);
        model.addAttribute("chosenTeams", teamIds);
        model.addAttribute("allRoles", ServiceAccounts.rolesOffered());
        model.addAttribute("allTeams", staff.allTeams());
        return "admin/service-accounts";
    }

    private String page(Model model, long id) {
        ServiceAccounts.ServiceAccount account = accounts.get(id);
        model.addAttribute("account", account);
        if (!model.containsAttribute("chosenRoles")) {
            model.addAttribute("chosenRoles", account.roles().stream().map(Enum::name).toList());
            model.addAttribute("chosenTeams", account.teams().stream().map(StaffDirectory.TeamView::id).toList());
        }
        model.addAttribute("allRoles", ServiceAccounts.rolesOffered());
        model.addAttribute("allTeams", staff.allTeams());
        model.addAttribute("longestMonths", ServiceAccounts.LONGEST_TOKEN_MONTHS);
        return "admin/service-account";
    }

    private static void keepDate(Model model, String day, String month, String year) {
        model.addAttribute("expiresOnDay", day);
        model.addAttribute("expiresOnMonth", month);
        model.addAttribute("expiresOnYear", year);
    }
}
