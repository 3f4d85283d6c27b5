package org.openasc.retention.web;

import static org.openasc.platform.web.FormSubmission.after;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.openasc.platform.security.Access;
import org.openasc.platform.web.Choice;
import org.openasc.platform.web.FormFields;
import org.openasc.platform.web.FormSubmission;
import org.openasc.platform.web.Page;
import org.openasc.retention.Retention;

/** The administrator's retention page: the rule, the records past it by council person ID, each disposed of with a reason. */
@Controller
@PreAuthorize(Access.ADMINISTER)
class RetentionPages {

    private final Retention retention;
    private final FormSubmission pages;

    RetentionPages(Retention retention, FormSubmission pages) {
        this.retention = retention;
        this.pages = pages;
    }

    @GetMapping("/admin/retention")
    String page(@RequestParam(required = false) Integer page, Model model) {
        show(Page.pageNumber(page), model);
        return "retention/retention";
    }

    @PostMapping("/admin/retention/{kind}/{id}/dispose")
    String dispose(@PathVariable String kind, @PathVariable UUID id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect,
                   HttpServletResponse response) {
        FormFields f = new FormFields(form).alias("action", "action-" + id).alias("reason", "reason-" + id).alias("record", "reason-" + id);
        return pages.submit(f, () -> after("/admin/retention", () -> retention.dispose(kind, id, f.text("action-" + id), f.text("reason-" + id))),
                "Record " + (f.text("reference") == null ? "" : f.text("reference") + " ") + ("DELETE".equals(f.text("action-" + id)) ? "deleted" : "anonymised"),
                () -> show(1, model), "retention/retention", model, redirect, response);
    }

    @PostMapping("/admin/retention/rules/{kind}")
    String changeRule(@PathVariable String kind, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect,
                      HttpServletResponse response) {
        FormFields f = new FormFields(form).alias("years", "years-" + kind);
        return pages.submit(f, () -> after("/admin/retention", () -> retention.changeRule(kind, f.integer("version"), f.integer("years-" + kind))),
                "Retention rule changed", () -> show(1, model), "retention/retention", model, redirect, response);
    }

    private void show(int page, Model model) {
        model.addAttribute("rules", retention.rules());
        model.addAttribute("due", retention.due(page, 50));
        model.addAttribute("disposals", retention.disposals());
        model.addAttribute("actions", java.util.List.of(new Choice("ANONYMISE", "Anonymise: keep the coded facts that figures count"),
                new Choice("DELETE", "Delete everything")));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
    }
}
