package org.openasc.casework.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.openasc.casework.Chronology;
import org.openasc.casework.ChronologyView;
import org.openasc.platform.documents.PdfDocuments;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.web.DateDisplay;
import org.openasc.platform.web.FieldChecks;
import org.openasc.platform.web.FieldProblem;
import org.openasc.platform.web.FormErrors;
import org.openasc.platform.web.FormFields;
import org.openasc.platform.web.InvalidInput;
import org.openasc.platform.security.Access;
import org.openasc.platform.web.Downloads;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * A person's chronology page, filtered by GOV.UK date inputs, entry types and significant events, and
 * the same chronology printed as a PDF whose footer says who printed it and when.
 */
@Controller
@PreAuthorize(Access.READ_PEOPLE)
class ChronologyPages {

    private final Chronology chronology;
    private final PdfDocuments documents;
    private final ITemplateEngine templates;
    private final Clock clock;
    private final DateDisplay dates = new DateDisplay();

    ChronologyPages(Chronology chronology, PdfDocuments documents, ITemplateEngine templates, Clock clock) {
        this.chronology = chronology;
        this.documents = documents;
        this.templates = templates;
        this.clock = clock;
    }

    @GetMapping("/people/{id}/chronology")
    String page(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
        Filter filter = filter(params);
        model.addAttribute("form", params.toSingleValueMap());
        model.addAttribute("selected", filter.types());
        model.addAttribute("dates", dates);
        model.addAttribute("query", query(params));
        model.addAttribute("types", chronology.types());
        boolean filled = FormErrors.filled(model, response, () -> {
            FieldChecks.refuse(filter.problems());
            model.addAttribute("c", chronology.of(id, filter.query()));
        });
        if (!filled) {
            model.addAttribute("c", null);
            model.addAttribute("personId", id);
        }
        return "casework/chronology";
    }

    @GetMapping("/people/{id}/chronology.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params) {
        Filter filter = filter(params);
        FieldChecks.refuse(filter.problems());
        ChronologyView c = chronology.of(id, filter.query());
        Context context = new Context(Locale.UK);
        context.setVariable("c", c);
        context.setVariable("dates", dates);
        context.setVariable("printedBy", CurrentStaff.username());
        context.setVariable("printedAt", dates.at(Instant.now(clock)));
        return Downloads.pdf("chronology-" + c.personReference() + ".pdf", documents.render(templates.process("casework/chronology-print", context)));
    }

    private record Filter(Chronology.Query query, Set<String> types, List<FieldProblem> problems) {
    }

    /** The filter form: dates as GOV.UK date inputs (fromDay, fromMonth, fromYear), types ticked, significant, order. */
    private static Filter filter(MultiValueMap<String, String> params) {
        FormFields f = new FormFields(params.toSingleValueMap());
        LocalDate from = f.date("from", "The first day");
        LocalDate to = f.date("to", "The last day");
        Set<String> types = new LinkedHashSet<>(params.getOrDefault("types", List.of()));
        List<FieldProblem> problems = new ArrayList<>(f.problems());
        boolean newest = true;
        try {
            newest = ChronologyApi.newestFirst(f.text("order"));
        } catch (InvalidInput e) {
            problems.addAll(e.problems());
        }
        return new Filter(new Chronology.Query(from, to, types, f.yes("significant"), newest), types, problems);
    }

    /** The filter as a query string, so the PDF prints what the page shows. */
    private static String query(MultiValueMap<String, String> params) {
        org.springframework.web.util.UriComponentsBuilder b = org.springframework.web.util.UriComponentsBuilder.newInstance();
        params.forEach((k, values) -> values.forEach(v -> b.queryParam(k, v)));
        return b.build().encode().toUriString();
    }
}
