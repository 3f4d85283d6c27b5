package org.openasc.liberty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.openasc.people.PersonRecords;
import org.openasc.people.PersonSummary;
import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.audit.AuditTrail.Action;
import org.openasc.platform.calendar.ClockStatus;
import org.openasc.platform.calendar.WorkingDayCalendar;
import org.openasc.platform.codelist.CodeLists;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.web.FieldProblem;
import org.openasc.platform.web.InvalidInput;
import org.openasc.platform.web.NotFound;
import org.openasc.platform.web.StaleVersion;
import org.openasc.platform.web.Versions;
import org.openasc.providers.LocationStanding;
import org.openasc.providers.ProviderRegister;
import org.openasc.liberty.domain.ApplicationStore;
import org.openasc.platform.calendar.Today;

/**
 * DoLS applications: a managing authority's request (with any urgent authorisation it granted), the
 * priority and the reason for it, the Best Interests Assessor allocated, the six qualifying
 * assessments, and the decision: granted for a period with conditions, not granted with the reason, or
 * withdrawn. Nothing is decided twice.
 */
@Service
public class DolsApplications {

    public static final String WORK = "hasRole('DOLS')";
    public static final String SEE = "hasAnyRole('DOLS','TEAM_MANAGER','PERFORMANCE','COUNCILLOR','DEMOCRATIC_SERVICES')";
    static final String SUBJECT = "dols-application";

    private final ApplicationStore store;
    private final PersonRecords people;
    private final ProviderRegister providers;
    private final CodeLists codes;
    private final AuditTrail audit;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    DolsApplications(ApplicationStore store, PersonRecords people, ProviderRegister providers, CodeLists codes, AuditTrail audit,
                     WorkingDayCalendar calendar, Clock clock) {
        this.store = store;
        this.people = people;
        this.providers = providers;
        this.codes = codes;
        this.audit = audit;
        this.calendar = calendar;
        this.clock = clock;
    }

    LocalDate today() {
        return Today.on(clock);
    }

    @PreAuthorize(WORK)
    @Transactional
    public ApplicationView apply(DolsCommands.NewApplication a) {
        List<FieldProblem> problems = new ArrayList<>();
        PersonSummary person = person(a.personId(), problems);
        String authority = blank(a.managingAuthority());
        String cqc = blank(a.cqcLocationCode());
        if (a.locationId() != null) {
            LocationStanding location = providers.standing(a.locationId(), today()).orElse(null);
            if (location == null) {
                problems.add(new FieldProblem("locationId", "There is no provider location with this ID on the register"));
            } else if (!location.offers("Residential care home") && !location.offers("Nursing home")) {
                problems.add(new FieldProblem("locationId", location.name() + " is not a care home: DoLS applications come from care homes and hospitals"));
            } else {
                authority = location.name();
                cqc = location.cqcLocationId();
            }
        } else if (authority == null) {
            problems.add(new FieldProblem("locationId", "Choose the care home, or name the hospital that is the managing authority"));
        } else if (authority.length() > 200) {
            problems.add(new FieldProblem("managingAuthority", "The managing authority's name must be 200 characters or fewer"));
        }
        if (cqc != null && !cqc.matches("^1-[0-9]{6,12}$")) {
            problems.add(new FieldProblem("cqcLocationCode", "Enter the CQC location code as the CQC shows it, like 1-123456789"));
        }
        if (a.receivedOn() == null) {
            problems.add(new FieldProblem("receivedOn", "Enter the date the request was received"));
        } else if (a.receivedOn().isAfter(today())) {
            problems.add(new FieldProblem("receivedOn", "The date the request was received must be today or in the past"));
        }
        boolean urgent = Boolean.TRUE.equals(a.urgent());
        if (urgent && a.urgentGrantedOn() == null) {
            problems.add(new FieldProblem("urgentGrantedOn", "Enter the date the managing authority granted the urgent authorisation"));
        } else if (urgent && a.receivedOn() != null && a.urgentGrantedOn().isAfter(a.receivedOn())) {
            problems.add(new FieldProblem("urgentGrantedOn", "An urgent authorisation comes with the request: it cannot be granted after it was received"));
        } else if (!urgent && a.urgentGrantedOn() != null) {
            problems.add(new FieldProblem("urgent", "Tick urgent if the managing authority granted an urgent authorisation"));
        }
        String priority = priority(a.priority(), a.priorityReason(), problems);
        check(problems);
        UUID id = UUID.randomUUID();
        String by = CurrentStaff.username();
        store.insert(id, a.personId(), a.locationId(), authority, cqc, a.receivedOn(), urgent, urgent ? a.urgentGrantedOn() : null, priority,
                blank(a.priorityReason()), by);
        audit.record(by, Action.CREATED, SUBJECT, id.toString(), null, "Council person ID " + person.personId() + (urgent ? ", urgent" : ""));
        return view(row(id));
    }

    /** One extension of an urgent authorisation, by up to 7 days, before it ends. */
    @PreAuthorize(WORK)
    @Transactional
    public ApplicationView extendUrgent(UUID id, DolsCommands.UrgentExtension e) {
        ApplicationStore.Row r = open(id, true);
        List<FieldProblem> problems = new ArrayList<>();
        if (!r.urgent()) {
            problems.add(new FieldProblem("days", "There is no urgent authorisation to extend"));
        } else if (r.urgentExtendedDays() != null) {
            problems.add(new FieldProblem("days", "The urgent authorisation has already been extended once"));
        } else if (DolsClock.urgentEnds(r.urgentGrantedOn(), null).isBefore(today())) {
            problems.add(new FieldProblem("days", "The urgent authorisation ended on " + DolsClock.urgentEnds(r.urgentGrantedOn(), null) + ": it cannot be extended"));
        }
        if (e.days() == null || e.days() < 1 || e.days() > DolsClock.MAX_EXTENSION_DAYS) {
            problems.add(new FieldProblem("days", "An extension is from 1 to 7 days"));
        }
        check(problems);
        String by = claim(r, e.version());
        store.set(id, "urgent_extended_days", e.days());
        audit.record(by, Action.CHANGED, SUBJECT, id.toString(), String.valueOf(r.applicationNumber()), "Urgent authorisation extended " + e.days() + " days");
        return view(row(id));
    }

    @PreAuthorize(WORK)
    @Transactional
    public ApplicationView allocate(UUID id, DolsCommands.Allocation a) {
        ApplicationStore.Row r = open(id, true);
        if (a.bestInterestsAssessorId() == null || !"BEST_INTERESTS_ASSESSOR".equals(store.assessorQualification(a.bestInterestsAssessorId()).orElse(null))) {
            throw new InvalidInput("bestInterestsAssessorId", "Choose a Best Interests Assessor from the list");
        }
        String by = claim(r, a.version());
        store.set(id, "best_interests_assessor", a.bestInterestsAssessorId());
        audit.record(by, Action.CHANGED, SUBJECT, id.toString(), String.valueOf(r.applicationNumber()), "Best Interests Assessor allocated");
        return view(row(id));
    }

    /** Records one qualifying assessment's result (again if it changes). */
    @PreAuthorize(WORK)
    @Transactional
    public ApplicationView assess(UUID id, DolsCommands.AssessmentResult a) {
        ApplicationStore.Row r = open(id, true);
        List<FieldProblem> problems = new ArrayList<>();
        Requirement requirement = Requirement.parse(Requirement.class, a.requirement());
        Requirement.Status status = Requirement.parse(Requirement.Status.class, a.status());
        if (requirement == null) {
            problems.add(new FieldProblem("requirement", "Choose the requirement: age, mental health, mental capacity, no refusals, eligibility or best interests"));
        }
        if (status == null) {
            problems.add(new FieldProblem("status", "Choose the result: not assessed, satisfied, not satisfied or equivalent assessment"));
        }
        if (status != null && status != Requirement.Status.NOT_ASSESSED) {
            if (a.assessedOn() == null || a.assessedOn().isBefore(r.receivedOn().minusMonths(12)) || a.assessedOn().isAfter(today())) {
                problems.add(new FieldProblem("assessedOn", "Enter the date of the assessment, today or earlier (an equivalent assessment may be up to 12 months old)"));
            }
            if (a.assessorId() == null || store.assessorQualification(a.assessorId()).isEmpty()) {
                problems.add(new FieldProblem("assessorId", "Choose the assessor from the list"));
            } else if (requirement == Requirement.BEST_INTERESTS && !"BEST_INTERESTS_ASSESSOR".equals(store.assessorQualification(a.assessorId()).get())) {
                problems.add(new FieldProblem("assessorId", "The best interests assessment is made by a Best Interests Assessor"));
            }
        }
        check(problems);
        String by = claim(r, r.version());
        store.assessment(id, requirement.name(), status.name(), status == Requirement.Status.NOT_ASSESSED ? null : a.assessorId(),
                status == Requirement.Status.NOT_ASSESSED ? null : a.assessedOn(), by);
        audit.record(by, Action.CHANGED, SUBJECT, id.toString(), String.valueOf(r.applicationNumber()), requirement.label() + ": " + status.label());
        return view(row(id));
    }

    @PreAuthorize(WORK)
    @Transactional
    public ApplicationView decide(UUID id, DolsCommands.Decision d) {
        ApplicationStore.Row r = open(id, true);
        List<FieldProblem> problems = new ArrayList<>();
        String outcome = d.outcome() == null ? null : d.outcome().strip().toUpperCase();
        if (!Set.of("GRANTED", "NOT_GRANTED", "WITHDRAWN").contains(outcome == null ? "" : outcome)) {
            problems.add(new FieldProblem("outcome", "Choose the outcome: granted, not granted or withdrawn"));
        }
        if (d.signedOffOn() == null || d.signedOffOn().isBefore(r.receivedOn()) || d.signedOffOn().isAfter(today())) {
            problems.add(new FieldProblem("signedOffOn", "Enter the sign-off date, between the request (" + r.receivedOn() + ") and today"));
        }
        if ("GRANTED".equals(outcome)) {
            Map<String, String> results = new LinkedHashMap<>();
            store.assessments(id).forEach(a -> results.put(a.requirement(), a.status()));
            List<String> unmet = java.util.Arrays.stream(Requirement.values())
                    .filter(q -> results.get(q.name()) == null || !Requirement.Status.valueOf(results.get(q.name())).met()).map(Requirement::label).toList();
            if (!unmet.isEmpty()) {
                problems.add(new FieldProblem("outcome", "An authorisation is granted only when all six requirements are met; not yet: " + String.join(", ", unmet)));
            }
            if (d.authorisedFrom() == null) {
                problems.add(new FieldProblem("authorisedFrom", "Enter the date the authorisation starts"));
            } else if (d.signedOffOn() != null && d.authorisedFrom().isBefore(d.signedOffOn())) {
                problems.add(new FieldProblem("authorisedFrom", "The authorisation starts on or after it is signed off"));
            }
            if (d.authorisedTo() == null) {
                problems.add(new FieldProblem("authorisedTo", "Enter the date the authorisation ends"));
            } else if (d.authorisedFrom() != null && !d.authorisedTo().isAfter(d.authorisedFrom())) {
                problems.add(new FieldProblem("authorisedTo", "The authorisation must end after it starts (" + d.authorisedFrom() + ")"));
            } else if (d.authorisedFrom() != null && d.authorisedTo().isAfter(DolsClock.latestEnd(d.authorisedFrom()))) {
                problems.add(new FieldProblem("authorisedTo", "A standard authorisation lasts at most 12 months: until " + DolsClock.latestEnd(d.authorisedFrom())));
            }
            if (d.conditions() != null && d.conditions().length() > 4000) {
                problems.add(new FieldProblem("conditions", "Conditions must be 4000 characters or fewer"));
            }
        } else if (outcome != null && blank(d.reason()) == null) {
            problems.add(new FieldProblem("reason", "Enter why the authorisation was " + ("WITHDRAWN".equals(outcome) ? "withdrawn" : "not granted")));
        }
        check(problems);
        String by = claim(r, d.version());
        boolean granted = "GRANTED".equals(outcome);
        store.decide(id, d.signedOffOn(), outcome, blank(d.reason()), granted ? d.authorisedFrom() : null, granted ? d.authorisedTo() : null,
                granted ? blank(d.conditions()) : null);
        audit.record(by, Action.CHANGED, SUBJECT, id.toString(), String.valueOf(r.applicationNumber()), outcome + " signed off " + d.signedOffOn());
        return view(row(id));
    }

    @PreAuthorize(WORK)
    public ApplicationView openApplication(UUID id) {
        ApplicationView view = view(row(id));
        audit.record(CurrentStaff.username(), Action.VIEWED, SUBJECT, id.toString(), String.valueOf(view.applicationNumber()), null);
        return view;
    }

    /** Applications waiting for a decision, high priority and oldest first. */
    @PreAuthorize(WORK)
    public List<ApplicationView> waiting() {
        audit.record(CurrentStaff.username(), Action.SEARCHED, SUBJECT, null, null, "Waiting applications");
        List<ApplicationStore.Row> rows = store.waiting(today(), 1000).stream().map(id -> store.find(id).orElseThrow()).toList();
        Map<UUID, PersonSummary> persons = people.summariesOf(rows.stream().map(ApplicationStore.Row::personId).toList());
        return rows.stream().map(r -> view(r, persons.get(r.personId()))).toList();
    }

    @PreAuthorize(SEE)
    public DolsBacklog backlog(LocalDate asOf) {
        LocalDate on = asOf == null ? today() : asOf;
        if (on.isAfter(today())) {
            throw new InvalidInput("asOf", "The date must be today or in the past");
        }
        Map<String, Long> byPriority = new LinkedHashMap<>();
        Map<String, Long> counted = store.waitingBy("coalesce(priority, 'NOT_PRIORITISED')", on);
        for (String p : List.of("HIGH", "MEDIUM", "LOW", "NOT_PRIORITISED")) {
            byPriority.put(p, counted.getOrDefault(p, 0L));
        }
        Map<String, Long> byAge = new LinkedHashMap<>();
        Map<String, Long> ages = store.waitingBy("""
                case when :asOf - received_on <= 21 then 'Within 21 days' when :asOf - received_on <= 90 then '22 days to 3 months'
                  when :asOf - received_on <= 182 then '3 to 6 months' when :asOf - received_on <= 365 then '6 to 12 months' else 'Over a year' end""", on);
        for (String band : List.of("Within 21 days", "22 days to 3 months", "3 to 6 months", "6 to 12 months", "Over a year")) {
            byAge.put(band, ages.getOrDefault(band, 0L));
        }
        long waiting = byPriority.values().stream().mapToLong(Long::longValue).sum();
        long overdue = store.count(ApplicationStore.WAITING + " and received_on + 21 < :asOf", on);
        YearMonth last = YearMonth.from(on);
        Map<String, Long> received = store.receivedByMonth(last.minusMonths(11).atDay(1), on);
        List<DolsBacklog.Month> months = new ArrayList<>();
        for (int i = 11; i >= 0; i--) {
            YearMonth m = last.minusMonths(i);
            months.add(new DolsBacklog.Month(m.toString(), received.getOrDefault(m.toString(), 0L)));
        }
        BigDecimal average = BigDecimal.valueOf(months.stream().mapToLong(DolsBacklog.Month::received).sum()).divide(BigDecimal.valueOf(12), 1, RoundingMode.HALF_UP);
        long renewals = store.count(ApplicationStore.RENEWAL_DUE, on);
        long active = store.count("outcome = 'GRANTED' and signed_off_on <= :asOf and authorised_from <= :asOf and authorised_to >= :asOf", on);
        return new DolsBacklog(on, waiting, byPriority, byAge, overdue, months, average, renewals, active);
    }

    /** The annual DoLS return: one row per application active in the financial year, with the national fields. */
    @PreAuthorize("hasAnyRole('DOLS','PERFORMANCE')")
    public String returnCsv(Integer financialYear, String laCode) {
        int year = today().getYear();
        if (financialYear == null || financialYear < 2015 || financialYear > year) {
            throw new InvalidInput("financialYear", "Choose the year the financial year starts in, from 2015 to " + year);
        }
        LocalDate from = LocalDate.of(financialYear, 4, 1);
        LocalDate to = from.plusYears(1).minusDays(1);
        List<ApplicationStore.Row> rows = store.activeIn(from, to).stream().map(id -> store.find(id).orElseThrow()).toList();
        Map<UUID, String> references = people.referencesForReturns(rows.stream().map(ApplicationStore.Row::personId).toList());
        StringBuilder csv = new StringBuilder("Application Reference,Person Reference,LA code,CQC location code,Date application received,Urgent included,"
                + "Age Requirement,Mental Health Requirement,Mental Capacity Requirement,No Refusals Requirement,Eligibility Requirement,"
                + "Best interests requirement,Date of last assessment,Application sign off date,Application status,Authorisation start date,Authorisation end date\n");
        Map<String, Integer> index = new LinkedHashMap<>();
        for (ApplicationStore.Row r : rows) {
            UUID id = r.id();
            String personRef = references.get(r.personId());
            int n = index.merge(personRef, 1, Integer::sum);
            Map<String, ApplicationStore.AssessmentRow> results = new LinkedHashMap<>();
            store.assessments(id).forEach(a -> results.put(a.requirement(), a));
            LocalDate lastAssessed = results.values().stream().map(ApplicationStore.AssessmentRow::assessedOn).filter(java.util.Objects::nonNull)
                    .max(LocalDate::compareTo).orElse(null);
            csv.append(laCode).append(personRef).append(financialYear).append(String.format("%02d", n)).append(',').append(personRef).append(',')
                    .append(laCode).append(',').append(r.cqcLocationCode() == null ? "" : r.cqcLocationCode()).append(',').append(r.receivedOn()).append(',')
                    .append(r.urgent() ? 1 : 0);
            for (Requirement q : Requirement.values()) {
                ApplicationStore.AssessmentRow a = results.get(q.name());
                csv.append(',').append(a == null ? 0 : Requirement.Status.valueOf(a.status()).code());
            }
            csv.append(',').append(lastAssessed == null ? "" : lastAssessed).append(',').append(r.signedOffOn() == null ? "" : r.signedOffOn()).append(',')
                    .append(status(r)).append(',').append(r.authorisedFrom() == null ? "" : r.authorisedFrom()).append(',')
                    .append(r.authorisedTo() == null ? "" : r.authorisedTo()).append('\n');
        }
        audit.record(CurrentStaff.username(), Action.SEARCHED, "return", "DoLS", String.valueOf(financialYear), rows.size() + " applications");
        return csv.toString();
    }

    @PreAuthorize(WORK)
    @Transactional
    public long addAssessor(DolsCommands.NewAssessor a) {
        List<FieldProblem> problems = new ArrayList<>();
        if (blank(a.name()) == null || a.name().length() > 200) {
            problems.add(new FieldProblem("name", "Enter the assessor's name, 200 characters or fewer"));
        } else if (store.assessorNamed(a.name().strip())) {
            problems.add(new FieldProblem("name", a.name().strip() + " is already on the list"));
        }
        if (!"BEST_INTERESTS_ASSESSOR".equals(a.qualification()) && !"MENTAL_HEALTH_ASSESSOR".equals(a.qualification())) {
            problems.add(new FieldProblem("qualification", "Choose Best Interests Assessor or mental health assessor"));
        }
        check(problems);
        long id = store.addAssessor(a.name().strip(), a.qualification());
        audit.record(CurrentStaff.username(), Action.CREATED, "dols-assessor", String.valueOf(id), null, a.qualification());
        return id;
    }

    @PreAuthorize(WORK)
    public List<ApplicationStore.AssessorRow> assessors() {
        return store.assessors();
    }

    private static String status(ApplicationStore.Row r) {
        return r.outcome() == null ? "Not yet signed off" : switch (r.outcome()) {
            case "GRANTED" -> "Granted";
            case "NOT_GRANTED" -> "Not granted";
            default -> "Withdrawn";
        };
    }

    private String priority(String priority, String reason, List<FieldProblem> problems) {
        if (priority == null || priority.isBlank()) {
            if (blank(reason) != null) {
                problems.add(new FieldProblem("priority", "Choose the priority the reason points to"));
            }
            return null;
        }
        String p = priority.strip().toUpperCase();
        if (!Set.of("HIGH", "MEDIUM", "LOW").contains(p)) {
            problems.add(new FieldProblem("priority", "Choose high, medium or low priority"));
            return null;
        }
        if (blank(reason) == null || !codes.isValid("dols-priority-reason", reason)) {
            problems.add(new FieldProblem("priorityReason", "Choose the reason for the priority from the screening tool's list"));
        } else {
            String group = codes.list("dols-priority-reason").orElseThrow().values().stream().filter(v -> v.value().equals(reason)).findFirst()
                    .orElseThrow().grouping();
            if (!p.equals(group)) {
                problems.add(new FieldProblem("priorityReason", "“" + reason + "” points to " + group.toLowerCase() + " priority"));
            }
        }
        return p;
    }

    private ApplicationStore.Row open(UUID id, boolean undecided) {
        ApplicationStore.Row r = row(id);
        if (undecided && r.outcome() != null) {
            throw new InvalidInput("outcome", "Application " + r.applicationNumber() + " was " + status(r).toLowerCase() + " on " + r.signedOffOn()
                    + ": it cannot be changed. A new request starts a new application.");
        }
        return r;
    }

    private ApplicationStore.Row row(UUID id) {
        ApplicationStore.Row r = store.find(id).orElseThrow(() -> new NotFound("The DoLS application " + id));
        people.requireOpenable(r.personId(), SUBJECT, id, String.valueOf(r.applicationNumber()));
        return r;
    }

    private String claim(ApplicationStore.Row r, Integer version) {
        String by = CurrentStaff.username();
        if (Versions.required(version) != r.version() || !store.claim(r.id(), version, by)) {
            throw new StaleVersion("Application " + r.applicationNumber());
        }
        return by;
    }

    private PersonSummary person(UUID personId, List<FieldProblem> problems) {
        if (personId == null) {
            problems.add(new FieldProblem("personId", "Choose the person: find them or create their record first"));
            return null;
        }
        PersonSummary p = people.summariesOf(Set.of(personId)).get(personId);
        if (p == null) {
            problems.add(new FieldProblem("personId", "There is no person with this ID: find them or create their record first"));
        } else if (p.restricted()) {
            people.requireOpenable(personId, "person", personId, null);
        }
        return p;
    }

    private ApplicationView view(ApplicationStore.Row r) {
        return view(r, people.summariesOf(Set.of(r.personId())).get(r.personId()));
    }

    /** A restricted person's application, for a viewer not named on the restriction, keeps its number, dates, clocks and status only. */
    private ApplicationView view(ApplicationStore.Row r, PersonSummary p) {
        if (p != null && p.restricted()) {
            r = r.sealed();
        }
        Map<String, ApplicationStore.AssessmentRow> results = new LinkedHashMap<>();
        store.assessments(r.id()).forEach(a -> results.put(a.requirement(), a));
        List<ApplicationView.Assessment> assessments = java.util.Arrays.stream(Requirement.values()).map(q -> {
            ApplicationStore.AssessmentRow a = results.get(q.name());
            Requirement.Status s = a == null ? Requirement.Status.NOT_ASSESSED : Requirement.Status.valueOf(a.status());
            return new ApplicationView.Assessment(q.name(), q.label(), s.name(), s.label(), a == null ? null : a.assessorId(),
                    a == null ? null : a.assessor(), a == null ? null : a.assessedOn());
        }).toList();
        LocalDate due = DolsClock.standardDue(r.receivedOn());
        return new ApplicationView(r.id(), r.applicationNumber(), r.personId(), p == null ? null : p.fullName(), r.locationId(), r.managingAuthority(),
                r.cqcLocationCode(), r.receivedOn(), due, ClockStatus.of(due, today(), r.signedOffOn(), 3, calendar), r.urgent(), r.urgentGrantedOn(),
                r.urgentExtendedDays(), r.urgentGrantedOn() == null ? null : DolsClock.urgentEnds(r.urgentGrantedOn(), r.urgentExtendedDays()),
                r.priority(), r.priorityReason(), r.bestInterestsAssessor(), r.assessorName(), assessments, r.signedOffOn(), r.outcome(),
                r.outcomeReason(), r.authorisedFrom(), r.authorisedTo(), r.authorisedTo() == null ? null : DolsClock.renewalRequestBy(r.authorisedTo()),
                r.conditions(), r.version());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void check(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }
}
