package org.openasc.committee;

import java.util.Locale;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.openasc.platform.documents.PdfDocuments;
import org.openasc.platform.web.DateDisplay;

/** A report as a tagged PDF in the council's standard shape, from its snapshot (published) or its live figures (draft). */
@Component
class ReportDocuments {

    private final ITemplateEngine templates;
    private final PdfDocuments pdf;

    ReportDocuments(ITemplateEngine templates, PdfDocuments pdf) {
        this.templates = templates;
        this.pdf = pdf;
    }

    /** {@code hash} is the published content hash, or null for a draft, which is marked as one on every page. */
    byte[] pdf(ReportSnapshot report, ReportFigures figures, String hash, boolean exempt) {
        Context context = new Context(Locale.UK);
        context.setVariable("r", report);
        context.setVariable("figures", figures);
        context.setVariable("hash", hash);
        context.setVariable("exempt", exempt);
        context.setVariable("dates", new DateDisplay());
        return pdf.render(templates.process("committee/report-print", context));
    }
}
