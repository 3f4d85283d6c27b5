package org.openasc.feedback.web;

import static org.openasc.platform.web.FormSubmission.after;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.openasc.feedback.ComplaintOutcome;
import org.openasc.platform.web.Labelled;
import org.openasc.feedback.AnnualReports;
import org.openasc.feedback.ComplaintView;
import org.openasc.feedback.Complaints;
import org.openasc.feedback.Feedback;
import org.openasc.feedback.FeedbackCommands;
import org.openasc.feedback.Lessons;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.security.Role;
import org.openasc.platform.staff.StaffDirectory;
import org.openasc.platform.web.Choice;
import org.openasc.platform.web.FormErrors;
import org.openasc.platform.web.FormFields;
import org.openasc.platform.web.FormSubmission;
import org.openasc.platform.web.InvalidInput;
import org.openasc.platform.web.Downloads;

/** The customer relations workbench, complaints from receipt to response, other feedback, and the annual report. */
@Controller
class FeedbackPages {

    static final Map<String, String> TITLES = Map.of("allFeedback", "All feedback", "complaints", "Complaints", "complaintsByTheme",
            "Complaints by theme", "compliments", "Compliments", "comments", "Comments", "mpEnquiries", "MP enquiries", "councillorEnquiries",
            "Councillor enquiries", "ombudsmanContacts", "Local Government and Social Care Ombudsman", "foiRequests", "Freedom of Information requests",
            "ombudsmanOutcomes", "Ombudsman outcomes");

    private final java.time.Clock clock;
    private final Complaints complaints;
    private final Feedback feedback;
    private final Lessons lessons;
    private final AnnualReports reports;
    private final StaffDirectory staff;
    private final FormSubmission pages;
    private final org.openasc.platform.documents.PdfDocuments documents;
    private final org.thymeleaf.ITemplateEngine templates;

    FeedbackPages(Complaints complaints, Feedback feedback, Lessons lessons, AnnualReports reports, StaffDirectory staff, FormSubmission pages,
                  org.openasc.platform.documents.PdfDocuments documents, org.thymeleaf.ITemplateEngine templates, java.time.Clock clock) {
        this.clock = clock;
        this.documents = documents;
        this.templates = templates;
        this.complaints = complaints;
        this.feedback = feedback;
        this.lessons = lessons;
        this.reports = reports;
        this.staff = staff;
        this.pages = pages;
    }

    @GetMapping("/feedback")
    @PreAuthorize(Complaints.WORK)
    String workbench(Model model) {
        List<ComplaintView> outstanding = complaints.outstanding();
        model.addAttribute("complaints", outstanding);
        model.addAttribute("byOfficer", byClock(outstanding, c -> c.investigatingOfficer() == null ? "Not assigned" : c.investigatingOfficer()));
        model.addAttribute("byArea", byClock(outstanding, ComplaintView::serviceArea));
        model.addAttribute("items", feedback.awaitingResponse());
        return "feedback/workbench";
    }

    @GetMapping("/feedback/complaints/new")
    @PreAuthorize(Complaints.WORK)
    String complaintForm(Model model) {
        model.addAttribute("form", Map.of("howReceived", "Phone"));
        return showComplaintForm(model);
    }

    @PostMapping("/feedback/complaints/new")
    @PreAuthorize(Complaints.WORK)
    String receive(@RequestParam Map<String, String> values, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        FormFields f = new FormFields(values);
        LocalDate received = f.date("receivedOn", "The date the complaint was received");
        return pages.submit(f, () -> "/feedback/complaints/" + complaints.receive(new FeedbackCommands.NewComplaint(received, f.text("howReceived"),
                        f.text("complainant"), null, f.yes("representative"), f.yes("consentRecorded"), f.uuid("personId"), f.text("serviceArea"),
                        f.id("teamId"), f.text("theme"), f.text("elements"), f.text("investigatingOfficer"))).id(),
                "Complaint logged", () -> showComplaintForm(model), "feedback/complaint-form", model, redirect, response);
    }

    @GetMapping("/feedback/complaints/{id}")
    @PreAuthorize(Complaints.READ)
    String complaint(@PathVariable UUID id, Model model) {
        model.addAttribute("form", Map.of());
        return showComplaint(complaints.open(id, true), model);
    }

    @PostMapping("/feedback/complaints/{id}/{step}")
    @PreAuthorize(Complaints.WORK)
    String step(@PathVariable UUID id, @PathVariable String step, @RequestParam Map<String, String> values, Model model, RedirectAttributes redirect,
                HttpServletResponse response) {
        FormFields f = new FormFields(values);
        Integer version = f.integer("version");
        String back = "/feedback/complaints/" + id;
        return switch (step) {
            case "acknowledge" -> {
                LocalDate on = f.date("acknowledgedOn", "The date of the acknowledgement");
                yield pages.submit(f, () -> after(back, () -> complaints.acknowledge(id, new FeedbackCommands.Acknowledgement(version, on))),
                        "Acknowledgement recorded", () -> showComplaint(complaints.open(id, false), model), "feedback/complaint", model, redirect,
                        response);
            }
            case "extend" -> {
                LocalDate agreed = f.date("agreedResponseDue", "The agreed response date");
                LocalDate told = f.date("complainantToldOn", "The date the complainant was told");
                yield pages.submit(f, () -> after(back, () -> complaints.extend(id, new FeedbackCommands.Extension(version, agreed, f.text("reason"),
                        told))), "Longer response period recorded", () -> showComplaint(complaints.open(id, false), model), "feedback/complaint",
                        model, redirect, response);
            }
            case "respond" -> {
                LocalDate on = f.date("respondedOn", "The date of the response");
                yield pages.submit(f, () -> after(back, () -> complaints.respond(id, new FeedbackCommands.Response(version, on, f.text("outcome"),
                        f.text("signedBy")))), "Response recorded", () -> showComplaint(complaints.open(id, false), model), "feedback/complaint",
                        model, redirect, response);
            }
            case "withdraw" -> {
                LocalDate on = f.date("withdrawnOn", "The date it was withdrawn");
                yield pages.submit(f, () -> after(back, () -> complaints.withdraw(id, new FeedbackCommands.Withdrawal(version, on,
                        f.text("withdrawnReason")))), "Withdrawal recorded", () -> showComplaint(complaints.open(id, false), model),
                        "feedback/complaint", model, redirect, response);
            }
            case "lesson" -> {
                LocalDate due = f.date("dueOn", "The date the action is due");
                yield pages.submit(f, () -> after(back, () -> lessons.lesson(new FeedbackCommands.NewLesson(id, null, f.text("lesson"),
                        f.text("action"), f.text("owner"), due))), "Lesson recorded", () -> showComplaint(complaints.open(id, false), model),
                        "feedback/complaint", model, redirect, response);
            }
            default -> throw new org.openasc.platform.web.NotFound("The step " + step);
        };
    }

    @GetMapping("/feedback/new")
    @PreAuthorize(Complaints.WORK)
    String itemForm(@RequestParam(defaultValue = "COMPLIMENT") String kind, Model model) {
        model.addAttribute("form", Map.of("kind", kind));
        return showItemForm(model);
    }

    @PostMapping("/feedback/new")
    @PreAuthorize(Complaints.WORK)
    String item(@RequestParam MultiValueMap<String, String> multi, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        FormFields f = new FormFields(multi.toSingleValueMap());
        LocalDate received = f.date("receivedOn", "The date it was received");
        LocalDate responded = f.date("respondedOn", "The date of the response");
        String kind = f.text("kind") == null ? "" : f.text("kind");
        return pages.submit(f, () -> {
            switch (kind) {
                case "COMPLIMENT" -> feedback.compliment(new FeedbackCommands.NewCompliment(received, f.text("serviceArea"), f.text("summary"),
                        f.yes("aboveAndBeyond"), null));
                case "COMMENT" -> feedback.comment(new FeedbackCommands.NewComment(received, f.text("serviceArea"), f.text("summary")));
                case "MP", "COUNCILLOR" -> feedback.memberEnquiry(new FeedbackCommands.NewMemberEnquiry(kind, f.text("memberName"), f.text("category"),
                        received, f.text("serviceArea"), f.text("summary"), responded));
                case "FOI" -> feedback.foiRequest(new FeedbackCommands.NewFoiRequest(received, f.text("serviceArea"), f.text("summary"), responded,
                        multi.getOrDefault("exemptions", List.of())));
                default -> throw new InvalidInput("kind", "Choose what kind of feedback it is");
            }
            return "/feedback";
        }, "Feedback recorded", () -> showItemForm(model), "feedback/item-form", model, redirect, response);
    }

    @GetMapping("/feedback/lessons")
    @PreAuthorize(AnnualReports.READ)
    String lessons(Model model) {
        // What a lesson says can name people: councillors and democratic services see the register counted, never its text.
        model.addAttribute("lessons", Lessons.mayReadText() ? lessons.lessons() : null);
        org.openasc.feedback.LessonSummary summary = lessons.summary(null, null);
        model.addAttribute("summary", summary);
        model.addAttribute("summaryTables", List.of(summary.byTheme(), summary.byServiceArea(), summary.byMonth()));
        model.addAttribute("canWork", CurrentStaff.hasRole(Role.CUSTOMER_RELATIONS));
        return "feedback/lessons";
    }

    @PostMapping("/feedback/lessons/{id}/done")
    @PreAuthorize(Complaints.WORK)
    String lessonDone(@PathVariable UUID id, RedirectAttributes redirect) {
        lessons.lessonDone(id);
        redirect.addFlashAttribute("banner", "Action marked done");
        return "redirect:/feedback/lessons";
    }

    @GetMapping("/feedback/annual-report")
    @PreAuthorize(AnnualReports.READ)
    String annualReport(@RequestParam(required = false) Integer financialYear, Model model, HttpServletResponse response) {
        int year = financialYear != null ? financialYear : org.openasc.platform.calendar.Today.lastEndedFinancialYear(clock);
        FormErrors.filled(model, response, () -> model.addAttribute("r", reports.report(year)));
        model.addAttribute("financialYear", year);
        model.addAttribute("titles", TITLES);
        model.addAttribute("canNarrate", CurrentStaff.hasRole(Role.CUSTOMER_RELATIONS));
        model.addAttribute("sections", org.openasc.feedback.AnnualReport.SECTIONS);
        return "feedback/annual-report";
    }

    /** Outstanding complaints counted by who or what, and where their response clock stands: overdue, due today, due soon, due. */
    private static Map<String, Map<String, Long>> byClock(List<ComplaintView> complaints, java.util.function.Function<ComplaintView, String> key) {
        Map<String, Map<String, Long>> counts = new java.util.TreeMap<>();
        for (ComplaintView c : complaints) {
            Map<String, Long> row = counts.computeIfAbsent(key.apply(c), k -> {
                Map<String, Long> r = new java.util.LinkedHashMap<>();
                for (String s : List.of("OVERDUE", "DUE_TODAY", "DUE_SOON", "DUE")) {
                    r.put(s, 0L);
                }
                return r;
            });
            row.merge(c.responseStatus().name(), 1L, Long::sum);
        }
        return counts;
    }

    /** The annual report as a printable PDF, from the print template. */
    @GetMapping({"/feedback/annual-report.pdf", "/api/v1/feedback/annual-report.pdf"})
    @PreAuthorize(AnnualReports.READ)
    org.springframework.http.ResponseEntity<byte[]> annualReportPdf(@RequestParam Integer financialYear) {
        org.thymeleaf.context.Context context = new org.thymeleaf.context.Context(java.util.Locale.UK);
        context.setVariable("r", reports.report(financialYear));
        context.setVariable("titles", TITLES);
        return Downloads.pdf("customer-relations-" + financialYear + ".pdf", documents.render(templates.process("feedback/annual-report-print", context)));
    }

    @PostMapping("/feedback/annual-report/narrative")
    @PreAuthorize(Complaints.WORK)
    String narrate(@RequestParam Map<String, String> values, RedirectAttributes redirect) {
        Integer year = new org.openasc.platform.web.FormFields(values).integer("financialYear");
        if (year == null) {
            throw new org.openasc.platform.web.InvalidInput("financialYear", "Choose the financial year the narrative is for");
        }
        for (String section : org.openasc.feedback.AnnualReport.SECTIONS) {
            reports.narrate(year, section, values.get(section));
        }
        redirect.addFlashAttribute("banner", "Narrative saved");
        return "redirect:/feedback/annual-report?financialYear=" + year;
    }

    private String showComplaintForm(Model model) {
        model.addAttribute("teams", staff.allTeams().stream().map(t -> new Choice(String.valueOf(t.id()), t.name())).toList());
        return "feedback/complaint-form";
    }

    private String showComplaint(ComplaintView c, Model model) {
        model.addAttribute("c", c);
        model.addAttribute("canWork", CurrentStaff.hasRole(Role.CUSTOMER_RELATIONS) && c.outstanding());
        model.addAttribute("canLesson", CurrentStaff.hasRole(Role.CUSTOMER_RELATIONS));
        model.addAttribute("outcomes", Labelled.choices(ComplaintOutcome.class));
        return "feedback/complaint";
    }

    private String showItemForm(Model model) {
        model.addAttribute("kinds", List.of(new Choice("COMPLIMENT", "Compliment"), new Choice("COMMENT", "Comment"), new Choice("MP", "MP enquiry"),
                new Choice("COUNCILLOR", "Councillor enquiry"), new Choice("FOI", "Freedom of Information request")));
        return "feedback/item-form";
    }
}
