package org.openasc.committee.web;

import static org.openasc.platform.web.FormSubmission.after;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.openasc.committee.ActionView;
import org.openasc.committee.Actions;
import org.openasc.committee.CommitteeCommands;
import org.openasc.committee.Committees;
import org.openasc.committee.MeetingView;
import org.openasc.committee.Minutes;
import org.openasc.platform.web.Choice;
import org.openasc.platform.web.DateDisplay;
import org.openasc.platform.web.FormFields;
import org.openasc.platform.web.FormSubmission;
import org.openasc.platform.security.Access;
import org.springframework.security.access.prepost.PreAuthorize;

/** The forms officers use on committee pages: schedule a meeting, build its agenda, record and answer actions, publish the agenda. */
@Controller
class MeetingPages {

    private final Committees committees;
    private final Minutes minutes;
    private final Actions actions;
    private final org.openasc.committee.WorkProgramme workProgramme;
    private final FormSubmission pages;
    private final java.time.Clock clock;

    MeetingPages(Committees committees, Minutes minutes, Actions actions, org.openasc.committee.WorkProgramme workProgramme, FormSubmission pages,
                 java.time.Clock clock) {
        this.clock = clock;
        this.committees = committees;
        this.workProgramme = workProgramme;
        this.minutes = minutes;
        this.actions = actions;
        this.pages = pages;
    }

    /** Democratic services set a committee up: its name, remit, and members and officers one a line as "username ROLE". */
    @PostMapping("/committees")
    @PreAuthorize(Committees.SET_UP)
    String create(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        FormFields f = new FormFields(form);
        java.util.List<String> lines = f.text("members") == null ? java.util.List.of()
                : f.text("members").lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        for (int i = 0; i < lines.size(); i++) {
            f.alias("members[" + i + "].username", "members").alias("members[" + i + "].role", "members");
        }
        java.util.List<CommitteeCommands.Member> members = lines.stream().map(l -> l.split("\\s+", 2))
                .map(parts -> new CommitteeCommands.Member(parts[0], parts.length > 1 ? parts[1].strip().toUpperCase().replace(' ', '_') : null)).toList();
        CommitteeCommands.NewCommittee committee = new CommitteeCommands.NewCommittee(f.text("name"), f.text("remit"), members);
        return pages.submit(f, () -> "/committees/" + committees.create(committee).id(), "Committee set up", () -> {
            model.addAttribute("committees", committees.committees());
            model.addAttribute("setsUp", true);
            model.addAttribute("dates", new DateDisplay());
        }, "committee/committees", model, redirect, response);
    }

    @PostMapping("/committees/{id}/meetings")
    @PreAuthorize(Committees.WORK)
    String schedule(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        FormFields f = new FormFields(form).alias("startsAt", "startsOn");
        LocalDate on = f.date("startsOn", "The date of the meeting");
        String time = f.text("startsTime") == null ? "18:00" : f.text("startsTime").strip();
        CommitteeCommands.NewMeeting meeting = new CommitteeCommands.NewMeeting(on == null ? null : on + "T" + time, f.text("venue"), f.text("onlineLink"));
        return pages.submit(f, () -> "/meetings/" + committees.schedule(id, meeting).id(), "Meeting scheduled", () -> {
            model.addAttribute("c", committees.committee(id));
            model.addAttribute("workProgramme", workProgramme.of(id));
            model.addAttribute("works", committees.works(id));
            model.addAttribute("dates", new DateDisplay());
        }, "committee/committee", model, redirect, response);
    }

    @PostMapping("/meetings/{id}/items")
    @PreAuthorize(Committees.WORK)
    String addItem(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        FormFields f = new FormFields(form).alias("report.template", "template").alias("report.asOf", "asOf")
                .alias("report.financialYear", "financialYear").alias("report.period", "period").alias("report.quarter", "quarter");
        LocalDate asOf = f.date("asOf", "The date the figures are as at");
        String kind = f.text("kind");
        CommitteeCommands.ReportRequest report = "REPORT".equals(kind) ? new CommitteeCommands.ReportRequest(f.text("template"), asOf,
                f.integer("financialYear"), f.integer("period"), f.integer("quarter"), f.text("register")) : null;
        CommitteeCommands.NewItem item = new CommitteeCommands.NewItem(f.integer("number"), kind, f.text("title"), f.text("purpose"),
                f.text("leadOfficer"), f.yes("exempt"), f.integer("exemptParagraph"), report);
        return pages.submit(f, () -> after("/meetings/" + id, () -> committees.addItem(id, item)), "Item added to the agenda", () -> show(id, model),
                "committee/meeting", model, redirect, response);
    }

    @PostMapping("/meetings/{id}/actions")
    @PreAuthorize(Committees.WORK)
    String recordAction(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect,
                        HttpServletResponse response) {
        FormFields f = new FormFields(form);
        LocalDate due = f.text("dueOnDay") == null && f.text("dueOnMonth") == null && f.text("dueOnYear") == null ? null : f.date("dueOn", "The date the answer is due");
        CommitteeCommands.NewAction action = new CommitteeCommands.NewAction(f.integer("itemNumber"), f.text("request"), f.text("askedBy"),
                f.text("officer"), due);
        return pages.submit(f, () -> after("/meetings/" + id, () -> actions.record(id, action)), "Action recorded", () -> show(id, model),
                "committee/meeting", model, redirect, response);
    }

    @PostMapping("/actions/{id}/response")
    @PreAuthorize(Committees.WORK)
    String respond(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        FormFields f = new FormFields(form).alias("response", "response-" + id);
        ActionView action = actions.action(id);
        return pages.submit(f, () -> after("/meetings/" + action.meetingId(), () -> actions.respond(id,
                new CommitteeCommands.ActionResponse(f.integer("version"), f.text("response-" + id), f.yes("close")))),
                "Response recorded for action " + action.number(), () -> show(action.meetingId(), model), "committee/meeting", model, redirect,
                response);
    }

    /**
     * The minutes as one form: who was present and sent apologies one a line, declarations one a line as
     * "member | item | interest" (the item may be left out), and for each agenda item its summary and resolutions one a line.
     */
    @PostMapping("/meetings/{id}/minutes")
    @PreAuthorize(Committees.WORK)
    String writeMinutes(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect,
                        HttpServletResponse response) {
        FormFields f = new FormFields(form);
        java.util.List<String> attendance = lines(f.text("attendance"));
        java.util.List<String> apologies = lines(f.text("apologies"));
        for (int i = 0; i < Math.max(attendance.size(), apologies.size()); i++) {
            f.alias("attendance[" + i + "]", "attendance").alias("apologies[" + i + "]", "apologies");
        }
        java.util.List<CommitteeCommands.Declaration> declarations = new java.util.ArrayList<>();
        for (String line : lines(f.text("declarations"))) {
            String[] parts = line.split("\\|", 3);
            String item = parts.length == 3 ? parts[1].strip() : "";
            if (!item.isEmpty() && !item.matches("(?i)(item\\s*)?\\d{1,3}")) {
                f.problems().add(new org.openasc.platform.web.FieldProblem("declarations",
                        "Write each declaration as: member | item number | interest (leave the item out if it is general)"));
            }
            int i = declarations.size();
            f.alias("declarations[" + i + "].member", "declarations").alias("declarations[" + i + "].interest", "declarations")
                    .alias("declarations[" + i + "].itemNumber", "declarations");
            declarations.add(new CommitteeCommands.Declaration(parts[0].strip(), item.isEmpty() || !item.matches("(?i)(item\\s*)?\\d{1,3}") ? null
                    : Integer.valueOf(item.replaceAll("\\D", "")), parts.length > 1 ? parts[parts.length - 1].strip() : null));
        }
        java.util.List<CommitteeCommands.ItemMinute> items = new java.util.ArrayList<>();
        for (MeetingView.Item item : committees.meeting(id).items()) {
            String summary = f.text("summary-" + item.number());
            java.util.List<String> resolutions = lines(f.text("resolutions-" + item.number()));
            if (summary != null || !resolutions.isEmpty()) {
                int i = items.size();
                f.alias("items[" + i + "].summary", "summary-" + item.number()).alias("items[" + i + "].number", "summary-" + item.number());
                for (int r = 0; r < resolutions.size(); r++) {
                    f.alias("items[" + i + "].resolutions[" + r + "]", "resolutions-" + item.number());
                }
                items.add(new CommitteeCommands.ItemMinute(item.number(), summary, resolutions));
            }
        }
        CommitteeCommands.MinutesText text = new CommitteeCommands.MinutesText(f.integer("version"), attendance, apologies, declarations, items);
        return pages.submit(f, () -> after("/meetings/" + id + "#minutes", () -> minutes.write(id, text)), "Minutes saved", () -> show(id, model),
                "committee/meeting", model, redirect, response);
    }

    @PostMapping("/meetings/{id}/minutes/approval")
    @PreAuthorize(Committees.WORK)
    String approveMinutes(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect,
                          HttpServletResponse response) {
        FormFields f = new FormFields(form);
        return pages.submit(f, () -> after("/meetings/" + id + "#minutes", () -> minutes.approve(id,
                new CommitteeCommands.Approval(f.integer("version"), f.uuid("approvedAtMeetingId")))), "Minutes approved and locked", () -> show(id,
                model), "committee/meeting", model, redirect, response);
    }

    private static java.util.List<String> lines(String text) {
        return text == null ? java.util.List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    @PostMapping("/meetings/{id}/agenda/publication")
    @PreAuthorize(Committees.WORK)
    String publishAgenda(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect,
                         HttpServletResponse response) {
        FormFields f = new FormFields(form).alias("pack", "agenda").alias("status", "agenda");
        return pages.submit(f, () -> after("/meetings/" + id, () -> committees.publishAgenda(id)), "Agenda published", () -> show(id, model),
                "committee/meeting", model, redirect, response);
    }

    @org.springframework.web.bind.annotation.GetMapping("/meetings/{id}")
    @PreAuthorize(Access.SIGNED_IN)
    String meeting(@PathVariable UUID id, Model model) {
        show(id, model);
        return "committee/meeting";
    }

    /** The meeting: its agenda, minutes and actions, and for its officers the forms that build it. */
    private void show(UUID id, Model model) {
        MeetingView m = committees.meeting(id);
        model.addAttribute("m", m);
        model.addAttribute("actions", actions.ofMeeting(id));
        model.addAttribute("membersPack", m.items().stream().anyMatch(MeetingView.Item::exempt));
        model.addAttribute("works", committees.works(m.committeeId()));
        model.addAttribute("councillors", committees.committee(m.committeeId()).members().stream()
                .filter(member -> java.util.Set.of("CHAIR", "VICE_CHAIR", "MEMBER").contains(member.role()))
                .map(member -> new Choice(member.username(), member.displayName())).toList());
        model.addAttribute("itemKinds", java.util.List.of(new Choice("REPORT", "Report"), new Choice("APOLOGIES", "Apologies for absence"),
                new Choice("DECLARATIONS", "Declarations of interest"), new Choice("MINUTES", "Minutes of the last meeting"),
                new Choice("ACTIONS", "Actions log"), new Choice("WORK_PROGRAMME", "Work programme"), new Choice("OTHER", "Other")));
        model.addAttribute("purposes", java.util.List.of(new Choice("FOR_DECISION", "For decision"), new Choice("FOR_INFORMATION", "For information"),
                new Choice("TO_NOTE", "To note")));
        model.addAttribute("templates", java.util.List.of(new Choice("PERFORMANCE", "Quarterly performance"), new Choice("BUDGET_MONITORING", "Budget monitoring"),
                new Choice("RISK", "Risk register"), new Choice("SAFEGUARDING", "Safeguarding for a quarter"), new Choice("COMPLAINTS", "Complaints annual report"),
                new Choice("DOLS_MHA", "DoLS and the Mental Health Act for a quarter"), new Choice("CARE_MARKET", "Care market"),
                new Choice("MTFS", "Medium-term financial strategy"), new Choice("FREE", "Narrative only")));
        org.openasc.committee.MinutesView written = minutes.recorded(id).orElse(null);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", written == null ? Map.of() : minutesForm(written));
        }
        java.time.Instant now = java.time.Instant.now(clock);
        model.addAttribute("held", !m.startsAt().isAfter(now));
        model.addAttribute("laterMeetings", committees.committee(m.committeeId()).meetings().stream()
                .filter(later -> later.startsAt().isAfter(m.startsAt()) && !later.startsAt().isAfter(now))
                .map(later -> new Choice(later.id().toString(), new DateDisplay().meeting(later.startsAt()))).toList());
        model.addAttribute("minutes", written);
        model.addAttribute("itemTitles", m.items().stream().collect(java.util.stream.Collectors.toMap(MeetingView.Item::number, MeetingView.Item::title)));
        model.addAttribute("dates", new DateDisplay());
    }

    /** The written minutes as the form's fields, so an officer edits what is there. */
    private static Map<String, String> minutesForm(org.openasc.committee.MinutesView written) {
        Map<String, String> form = new java.util.HashMap<>();
        form.put("version", String.valueOf(written.version()));
        form.put("attendance", String.join("\n", written.attendance()));
        form.put("apologies", String.join("\n", written.apologies()));
        form.put("declarations", written.declarations().stream()
                .map(d -> d.member() + " | " + (d.itemNumber() == null ? "" : d.itemNumber()) + " | " + d.interest())
                .collect(java.util.stream.Collectors.joining("\n")));
        for (CommitteeCommands.ItemMinute item : written.items()) {
            form.put("summary-" + item.number(), item.summary());
            form.put("resolutions-" + item.number(), item.resolutions() == null ? "" : String.join("\n", item.resolutions()));
        }
        return form;
    }
}
