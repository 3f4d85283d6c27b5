package org.openasc.platform.staff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import org.openasc.platform.security.Access;
import org.openasc.platform.security.Role;
import org.openasc.platform.security.SingleSignOn;
import org.openasc.platform.web.Choice;
import org.openasc.platform.web.FieldProblem;
import org.openasc.platform.web.FormErrors;
import org.openasc.platform.web.InvalidInput;

/** Administrators' page for single sign-on: how it is set up, and which groups give which roles and teams. */
@Controller
@PreAuthorize(Access.ADMINISTER)
class SingleSignOnPages {

    private static final String PAGE = "/admin/single-sign-on";

    private final SingleSignOnMappings mappings;
    private final SingleSignOn singleSignOn;
    private final StaffDirectory staff;

    SingleSignOnPages(SingleSignOnMappings mappings, SingleSignOn singleSignOn, StaffDirectory staff) {
        this.mappings = mappings;
        this.singleSignOn = singleSignOn;
        this.staff = staff;
    }

    @GetMapping(PAGE)
    String page(Model model) {
        return page(model, null, null, null);
    }

    /** {@code gives} is a role ("role:PRACTITIONER") or a team ("team:12"), as the form's one list offers them. */
    @PostMapping(PAGE)
    String add(@RequestParam(required = false) String claimValue, @RequestParam(required = false) String description,
               @RequestParam(required = false) String gives, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        String role = gives != null && gives.startsWith("role:") ? gives.substring(5) : null;
        Long teamId = null;
        List<FieldProblem> problems = new ArrayList<>();
        if (gives != null && gives.startsWith("team:")) {
            try {
                teamId = Long.valueOf(gives.substring(5));
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("gives", "Choose a role or a team from the list"));
            }
        }
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            SingleSignOnMappings.Mapping added = mappings.add(new SingleSignOnMappings.NewMapping(claimValue, description, role, teamId));
            redirect.addFlashAttribute("banner", added.claimValue() + " gives " + added.gives() + " from each person's next sign-in");
            return "redirect:" + PAGE;
        } catch (InvalidInput e) {
            FormErrors.refused(model, response, e.problems().stream()
                    .map(p -> "role".equals(p.field()) || "teamId".equals(p.field()) ? new FieldProblem("gives", p.message()) : p).toList());
            return page(model, claimValue, description, gives);
        }
    }

    @PostMapping(PAGE + "/{id}/remove")
    String remove(@PathVariable long id, RedirectAttributes redirect) {
        SingleSignOnMappings.Mapping mapping = mappings.get(id);
        mappings.remove(id);
        redirect.addFlashAttribute("banner", mapping.claimValue() + " no longer gives " + mapping.gives() + ": people lose it at their next sign-in");
        return "redirect:" + PAGE;
    }

    private String page(Model model, String claimValue, String description, String gives) {
        SingleSignOn.Setup setup = singleSignOn.setup();
        model.addAttribute("setup", setup);
        model.addAttribute("redirectUri", ServletUriComponentsBuilder.fromCurrentContextPath().path(setup.redirectPath()).toUriString());
        model.addAttribute("mappings", mappings.all());
        List<Choice> offered = new ArrayList<>(Arrays.stream(Role.values()).map(r -> new Choice("role:" + r.name(), "Role: " + r.label())).toList());
        staff.allTeams().forEach(t -> offered.add(new Choice("team:" + t.id(), "Team: " + t.name())));
        model.addAttribute("offered", offered);
        model.addAttribute("claimValue", claimValue);
        model.addAttribute("description", description);
        model.addAttribute("gives", gives);
        return "admin/single-sign-on";
    }
}
