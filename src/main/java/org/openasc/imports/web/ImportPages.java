package org.openasc.imports.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import org.openasc.imports.CldImport;
import org.openasc.platform.security.Access;
import org.openasc.platform.staff.StaffDirectory;
import org.openasc.platform.web.Choice;
import org.openasc.platform.web.FormErrors;
import org.openasc.platform.web.InvalidInput;
import org.openasc.platform.web.Uploads;

/** Bringing a Client Level Data file in from a page: check it first (a dry run), then apply it; refused rows listed by line. */
@Controller
class ImportPages {

    private final CldImport imports;
    private final StaffDirectory staff;

    ImportPages(CldImport imports, StaffDirectory staff) {
        this.imports = imports;
        this.staff = staff;
    }

    @GetMapping("/imports/cld")
    @PreAuthorize(Access.IMPORT_RECORDS)
    String form(Model model) {
        return page(model, Map.of());
    }

    @PostMapping("/imports/cld")
    @PreAuthorize(Access.IMPORT_RECORDS)
    String load(@RequestParam(required = false) MultipartFile file, @RequestParam Map<String, String> form, Model model,
                HttpServletResponse response) {
        try {
            String csv = Uploads.required(file, "file", "Choose the CSV file to bring in");
            Long team = form.get("teamId") == null || form.get("teamId").isBlank() ? null : Long.valueOf(form.get("teamId"));
            CldImport.Result result = imports.load(csv, team, "check".equals(form.get("action")));
            model.addAttribute("result", result);
            if (!result.refused().isEmpty()) {
                response.setStatus(422);
            }
        } catch (InvalidInput e) {
            FormErrors.refused(model, response, e.problems());
        } catch (NumberFormatException e) {
            FormErrors.refused(model, response, List.of(new org.openasc.platform.web.FieldProblem("teamId", "Choose a team from the list")));
        }
        return page(model, form);
    }

    private String page(Model model, Map<String, String> form) {
        model.addAttribute("form", form);
        model.addAttribute("teams", staff.allTeams().stream().map(t -> new Choice(String.valueOf(t.id()), t.name())).toList());
        return "imports/cld";
    }
}
