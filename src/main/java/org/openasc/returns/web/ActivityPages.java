package org.openasc.returns.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import org.openasc.platform.web.FormErrors;
import org.openasc.returns.ActivityTables;
import org.openasc.returns.ClientLevelData;

/** SALT's activity tables from Client Level Data on a page, every figure a link to the records counted in it. */
@Controller
class ActivityPages {

    private final ActivityTables tables;

    ActivityPages(ActivityTables tables) {
        this.tables = tables;
    }

    @GetMapping("/returns/activity")
    @PreAuthorize(ClientLevelData.RUN)
    String tables(@RequestParam(required = false) Integer financialYear, Model model, HttpServletResponse response) {
        int year = financialYear != null ? financialYear : tables.lastEndedYear();
        model.addAttribute("financialYear", year);
        FormErrors.filled(model, response, () -> model.addAttribute("tables", tables.tables(year)));
        return "returns/activity";
    }

    @GetMapping("/returns/activity/{table}/cells")
    @PreAuthorize(ClientLevelData.RUN)
    String cell(@PathVariable String table, @RequestParam(required = false) Integer financialYear, @RequestParam(required = false) String row,
                @RequestParam(required = false) String column, Model model, HttpServletResponse response) {
        model.addAttribute("financialYear", financialYear);
        model.addAttribute("row", row);
        model.addAttribute("column", column);
        FormErrors.filled(model, response, () -> model.addAttribute("cell", tables.open(table, financialYear, row, column)));
        return "returns/activity-cells";
    }
}
