package org.openasc.committee.web;

import static org.openasc.platform.web.FormSubmission.after;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.openasc.committee.CommitteeCommands;
import org.openasc.committee.Committees;
import org.openasc.committee.MeetingCalendar;
import org.openasc.committee.Packs;
import org.openasc.committee.WorkProgramme;
import org.openasc.committee.ReportView;
import org.openasc.committee.ReportDownloads;
import org.openasc.committee.ReportRevisions;
import org.openasc.committee.ReportStatus;
import org.openasc.committee.Reports;
import org.openasc.platform.web.DateDisplay;
import org.openasc.platform.web.FormFields;
import org.openasc.platform.web.FormSubmission;
import org.openasc.platform.security.Access;
import org.openasc.platform.web.Downloads;
import org.springframework.security.access.prepost.PreAuthorize;

/** Committees, their agendas and reports as pages: read by all staff and councillors, worked by officers. */
@Controller
class CommitteePages {

    private final Committees committees;
    private final Reports reports;
    private final ReportRevisions revisions;
    private final ReportDownloads downloads;
    private final WorkProgramme workProgramme;
    private final Packs packs;
    private final MeetingCalendar calendar;
    private final FormSubmission pages;
    private final DateDisplay dates = new DateDisplay();

    CommitteePages(Committees committees, Reports reports, ReportRevisions revisions, ReportDownloads downloads, WorkProgramme workProgramme,
                   Packs packs, MeetingCalendar calendar, FormSubmission pages) {
        this.committees = committees;
        this.reports = reports;
        this.revisions = revisions;
        this.downloads = downloads;
        this.workProgramme = workProgramme;
        this.packs = packs;
        this.calendar = calendar;
        this.pages = pages;
    }

    @GetMapping("/committees")
    @PreAuthorize(Access.SIGNED_IN)
    String committees(Model model) {
        model.addAttribute("committees", committees.committees());
        model.addAttribute("setsUp", org.openasc.platform.security.CurrentStaff.hasRole(org.openasc.platform.security.Role.DEMOCRATIC_SERVICES));
        model.addAttribute("dates", dates);
        return "committee/committees";
    }

    @GetMapping("/committees/{id}")
    @PreAuthorize(Access.SIGNED_IN)
    String committee(@PathVariable UUID id, Model model) {
        model.addAttribute("c", committees.committee(id));
        model.addAttribute("workProgramme", workProgramme.of(id));
        model.addAttribute("works", committees.works(id));
        model.addAttribute("dates", dates);
        return "committee/committee";
    }

    /** The agenda pack, public (the default) or the members' edition with exempt items. */
    @GetMapping({"/meetings/{id}/pack.pdf", "/api/v1/meetings/{id}/pack.pdf"})
    @PreAuthorize(Access.SIGNED_IN)
    ResponseEntity<byte[]> pack(@PathVariable UUID id, @RequestParam(required = false) String edition) {
        return Downloads.pdf("agenda-pack-" + id + ("members".equals(edition) ? "-members" : "") + ".pdf", packs.pack(id, edition));
    }

    @GetMapping({"/committees/{id}/meetings.ics", "/api/v1/committees/{id}/meetings.ics"})
    @PreAuthorize(Access.SIGNED_IN)
    ResponseEntity<String> meetingsCalendar(@PathVariable UUID id) {
        String base = org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        return Downloads.inline("meetings.ics", MediaType.parseMediaType("text/calendar; charset=utf-8"), calendar.feed(id, base));
    }

    @GetMapping("/reports/{id}")
    @PreAuthorize(Access.SIGNED_IN)
    String report(@PathVariable UUID id, @RequestParam(required = false) String revisions, Model model) {
        showReport(id, revisions != null, model);
        return "committee/report";
    }

    @GetMapping({"/reports/{id}.pdf", "/api/v1/reports/{id}.pdf"})
    @PreAuthorize(Access.SIGNED_IN)
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
        return Downloads.pdf("report-" + id + ".pdf", downloads.pdf(id));
    }

    @GetMapping({"/reports/{id}.docx", "/api/v1/reports/{id}.docx"})
    @PreAuthorize(Access.SIGNED_IN)
    ResponseEntity<byte[]> docx(@PathVariable UUID id) {
        return Downloads.attachment("report-" + id + ".docx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                downloads.docx(id));
    }

    @GetMapping("/reports/{id}/edit")
    @PreAuthorize(Committees.WORK)
    String edit(@PathVariable UUID id, Model model) {
        ReportView r = reports.open(id);
        model.addAttribute("r", r);
        model.addAttribute("form", Map.of("title", r.title(), "purpose", nz(r.purpose()), "recommendations", String.join("\n", r.recommendations()),
                "background", nz(r.background()), "version", String.valueOf(r.version())));
        model.addAttribute("sections", padded(r.sections()));
        return "committee/report-edit";
    }

    @PostMapping("/reports/{id}/edit")
    @PreAuthorize(Committees.WORK)
    String write(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect,
                 HttpServletResponse response) {
        FormFields f = new FormFields(form);
        for (int i = 0; i < 6; i++) {
            f.alias("sections[" + i + "].heading", "sectionHeading" + i).alias("sections[" + i + "].text", "sectionText" + i);
        }
        for (int i = 0; i < 20; i++) {
            f.alias("recommendations[" + i + "]", "recommendations");
        }
        List<CommitteeCommands.Section> sections = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String heading = f.text("sectionHeading" + i);
            String text = f.text("sectionText" + i);
            if (heading != null || text != null) {
                sections.add(new CommitteeCommands.Section(heading, text));
            }
        }
        List<String> recommendations = f.text("recommendations") == null ? List.of()
                : f.text("recommendations").lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        CommitteeCommands.ReportText text = new CommitteeCommands.ReportText(f.integer("version"), f.text("title"), f.text("purpose"),
                recommendations, f.text("background"), sections, reports.open(id).appendices());
        return pages.submit(f, () -> after("/reports/" + id, () -> reports.write(id, text)), "Report saved", () -> {
            model.addAttribute("r", reports.open(id));
            model.addAttribute("sections", padded(sections));
        }, "committee/report-edit", model, redirect, response);
    }

    @PostMapping("/reports/{id}/{step:submit|clear|publish}")
    @PreAuthorize(Committees.WORK)
    String step(@PathVariable UUID id, @PathVariable String step, @RequestParam Map<String, String> form, Model model,
                RedirectAttributes redirect, HttpServletResponse response) {
        FormFields f = new FormFields(form);
        CommitteeCommands.Step version = new CommitteeCommands.Step(f.integer("version"));
        return pages.submit(f, () -> {
            switch (step) {
                case "submit" -> reports.submit(id, version);
                case "clear" -> reports.clear(id, version);
                default -> reports.publish(id, version);
            }
            return "/reports/" + id;
        }, switch (step) {
            case "submit" -> "Report submitted for clearance";
            case "clear" -> "Report cleared for publication";
            default -> "Report published: its figures and PDF are now fixed";
        }, () -> showReport(id, false, model), "committee/report", model, redirect, response);
    }

    private void showReport(UUID id, boolean withRevisions, Model model) {
        ReportView r = reports.open(id);
        model.addAttribute("r", r);
        model.addAttribute("dates", dates);
        model.addAttribute("officer", !r.suppressed());
        if (withRevisions && ReportStatus.PUBLISHED.is(r.status()) && !r.suppressed()) {
            model.addAttribute("revisions", revisions.revisions(id));
        }
    }

    private static List<CommitteeCommands.Section> padded(List<CommitteeCommands.Section> sections) {
        List<CommitteeCommands.Section> all = new ArrayList<>(sections);
        while (all.size() < 6) {
            all.add(new CommitteeCommands.Section("", ""));
        }
        return all;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
