package org.openasc.safeguarding;

import java.time.Clock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.openasc.platform.calendar.Today;
import org.openasc.platform.web.FieldChecks;
import org.openasc.people.ListedPeople;
import org.openasc.people.PersonSummary;
import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.audit.AuditTrail.Action;
import org.openasc.platform.security.Access;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.web.FieldProblem;
import org.openasc.platform.web.NotFound;
import org.openasc.platform.records.VersionClaims;
import org.openasc.safeguarding.domain.Versioned;

/**
 * Safeguarding Adults Reviews (Care Act s44): the referral (who, died or seriously harmed, referrer), the
 * case review group's advice and the board's decision, commencement and completion, the independent
 * reviewer's cost, themes, and the action plan with owners and due dates.
 */
@Service
public class SafeguardingAdultsReviews {

    static final String SUBJECT = "safeguarding-adults-review";
    public static final List<String> THEMES = List.of("Mental capacity", "Multi-agency working", "Domestic abuse", "Substance misuse",
            "Clear plans", "Focus on the person", "Autism", "Self-neglect", "Hospital discharge", "Care provider quality");

    /** A review as staff see it. */
    public record SarView(UUID id, long sarNumber, UUID personId, String personName, LocalDate referredOn, String referrer, boolean died,
                          boolean seriousHarm, String reviewGroupAdvice, String boardDecision, LocalDate boardDecidedOn, LocalDate commencedOn,
                          LocalDate completedOn, BigDecimal reviewerCost, List<String> themes, List<ActionView> actions, int version,
                          boolean sealed) {
    }

    @Schema(name = "SarActionView")
    public record ActionView(UUID id, String action, String owner, LocalDate dueOn, LocalDate doneOn) {
    }

    public record NewSar(UUID personId, LocalDate referredOn, String referrer, Boolean died, Boolean seriousHarm) {
    }

    @Schema(name = "SarDecision")
    public record Decision(Integer version, String reviewGroupAdvice, String boardDecision, LocalDate boardDecidedOn) {
    }

    public record Progress(Integer version, LocalDate commencedOn, LocalDate completedOn, BigDecimal reviewerCost, List<String> themes) {
    }

    @Schema(name = "NewSarAction")
    public record NewAction(String action, String owner, LocalDate dueOn) {
    }

    private final JdbcClient jdbc;
    private final SafeguardingScope scope;
    private final AuditTrail audit;
    private final Clock clock;
    private final VersionClaims claims;

    SafeguardingAdultsReviews(JdbcClient jdbc, SafeguardingScope scope, AuditTrail audit, VersionClaims claims, Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.audit = audit;
        this.claims = claims;
        this.clock = clock;
    }

    @PreAuthorize(Access.SCREEN_CONCERNS)
    @Transactional
    public SarView refer(NewSar s) {
        List<FieldProblem> problems = new ArrayList<>();
        PersonSummary person = scope.person(s.personId(), problems);
        if (s.referredOn() == null || s.referredOn().isAfter(Today.on(clock))) {
            problems.add(new FieldProblem("referredOn", "Enter the date of the referral, today or in the past"));
        }
        FieldChecks.text(s.referrer(), "referrer", "who referred the case", 200, true, problems);
        if (s.died() == null) {
            problems.add(new FieldProblem("died", "Say whether the person died"));
        }
        if (s.seriousHarm() == null) {
            problems.add(new FieldProblem("seriousHarm", "Say whether the person suffered serious harm"));
        } else if (Boolean.FALSE.equals(s.died()) && !s.seriousHarm()) {
            problems.add(new FieldProblem("seriousHarm", "A review is for a death or serious harm: the person neither died nor suffered serious harm"));
        }
        FieldChecks.refuse(problems);
        UUID id = UUID.randomUUID();
        String by = CurrentStaff.username();
        long number = jdbc.sql("""
                insert into safeguarding.sar (id, person_id, referred_on, referrer, died, serious_harm, created_by)
                values (:id, :person, :on, :referrer, :died, :harm, :by) returning sar_number""")
                .param("id", id).param("person", s.personId()).param("on", s.referredOn()).param("referrer", s.referrer().strip())
                .param("died", s.died()).param("harm", s.seriousHarm()).param("by", by).query(Long.class).single();
        audit.record(by, Action.CREATED, SUBJECT, id.toString(), String.valueOf(number), "Council person ID " + person.personId());
        return view(id);
    }

    @PreAuthorize(Access.SCREEN_CONCERNS)
    @Transactional
    public SarView decide(UUID id, Decision d) {
        SarView sar = opened(id);
        List<FieldProblem> problems = new ArrayList<>();
        FieldChecks.text(d.reviewGroupAdvice(), "reviewGroupAdvice", "the case review group's recommendation", 4000, true, problems);
        if (!"COMMISSIONED".equals(d.boardDecision()) && !"NOT_COMMISSIONED".equals(d.boardDecision())) {
            problems.add(new FieldProblem("boardDecision", "Select the board's decision: commission a review or not"));
        }
        if (d.boardDecidedOn() == null || d.boardDecidedOn().isBefore(sar.referredOn()) || d.boardDecidedOn().isAfter(Today.on(clock))) {
            problems.add(new FieldProblem("boardDecidedOn", "Enter the date of the board's decision, between the referral and today"));
        }
        FieldChecks.refuse(problems);
        String by = claim(sar, d.version());
        jdbc.sql("update safeguarding.sar set review_group_advice = :advice, board_decision = :decision, board_decided_on = :on where id = :id")
                .param("id", id).param("advice", d.reviewGroupAdvice().strip()).param("decision", d.boardDecision()).param("on", d.boardDecidedOn()).update();
        audit.record(by, Action.CHANGED, SUBJECT, id.toString(), String.valueOf(sar.sarNumber()), "Board decision: " + d.boardDecision());
        return view(id);
    }

    @PreAuthorize(Access.SCREEN_CONCERNS)
    @Transactional
    public SarView progress(UUID id, Progress p) {
        SarView sar = opened(id);
        List<FieldProblem> problems = new ArrayList<>();
        if (!"COMMISSIONED".equals(sar.boardDecision())) {
            problems.add(new FieldProblem("commencedOn", "Only a review the board commissioned can commence"));
        } else if (p.commencedOn() == null || p.commencedOn().isBefore(sar.boardDecidedOn()) || p.commencedOn().isAfter(Today.on(clock))) {
            problems.add(new FieldProblem("commencedOn", "Enter the date the review commenced, between the board's decision and today"));
        }
        if (p.completedOn() != null && (p.commencedOn() == null || p.completedOn().isBefore(p.commencedOn()) || p.completedOn().isAfter(Today.on(clock)))) {
            problems.add(new FieldProblem("completedOn", "The review completes after it commenced and by today"));
        }
        if (p.reviewerCost() != null && (p.reviewerCost().signum() < 0 || p.reviewerCost().stripTrailingZeros().scale() > 2)) {
            problems.add(new FieldProblem("reviewerCost", "Enter the independent reviewer's cost in pounds and pence, zero or more"));
        }
        List<String> themes = p.themes() == null ? List.of() : p.themes();
        if (!THEMES.containsAll(themes)) {
            problems.add(new FieldProblem("themes", "Choose themes from the list"));
        }
        FieldChecks.refuse(problems);
        String by = claim(sar, p.version());
        jdbc.sql("update safeguarding.sar set commenced_on = :c, completed_on = :d, reviewer_cost = :cost, themes = string_to_array(:themes, '|') where id = :id")
                .param("id", id).param("c", p.commencedOn()).param("d", p.completedOn()).param("cost", p.reviewerCost())
                .param("themes", String.join("|", Set.copyOf(themes))).update();
        audit.record(by, Action.CHANGED, SUBJECT, id.toString(), String.valueOf(sar.sarNumber()), "Review progress");
        return view(id);
    }

    @PreAuthorize(Access.SCREEN_CONCERNS)
    @Transactional
    public SarView addAction(UUID id, NewAction a) {
        SarView sar = opened(id);
        List<FieldProblem> problems = new ArrayList<>();
        FieldChecks.text(a.action(), "action", "the action", 2000, true, problems);
        FieldChecks.text(a.owner(), "owner", "who owns the action", 200, true, problems);
        if (a.dueOn() == null || a.dueOn().isBefore(sar.referredOn())) {
            problems.add(new FieldProblem("dueOn", "Enter when the action is due, after the referral"));
        }
        FieldChecks.refuse(problems);
        jdbc.sql("insert into safeguarding.sar_action (id, sar_id, action, owner, due_on) values (:id, :sar, :a, :o, :d)")
                .param("id", UUID.randomUUID()).param("sar", id).param("a", a.action().strip()).param("o", a.owner().strip()).param("d", a.dueOn()).update();
        audit.record(CurrentStaff.username(), Action.CHANGED, SUBJECT, id.toString(), String.valueOf(sar.sarNumber()), "Action added");
        return view(id);
    }

    @PreAuthorize(Access.SCREEN_CONCERNS)
    public SarView open(UUID id) {
        SarView sar = opened(id);
        audit.record(CurrentStaff.username(), Action.VIEWED, SUBJECT, id.toString(), String.valueOf(sar.sarNumber()), null);
        return sar;
    }

    /** One page of the reviews, newest referral first, with how many there are: the same four queries however many there are. */
    @PreAuthorize(Access.SCREEN_CONCERNS)
    public org.openasc.platform.web.Page<SarView> all(int page, int size) {
        audit.record(CurrentStaff.username(), Action.SEARCHED, SUBJECT, null, null, "Safeguarding Adults Reviews");
        List<SarView> rows = jdbc.sql(SELECT + " order by referred_on desc, sar_number desc limit :limit offset :offset")
                .param("limit", size).param("offset", (page - 1) * size).query(SafeguardingAdultsReviews::row).list();
        return new org.openasc.platform.web.Page<>(views(rows), page, size,
                jdbc.sql("select count(*) from safeguarding.sar").query(Long.class).single());
    }

    private String claim(SarView sar, Integer version) {
        return claims.claimChange(Versioned.SAR, sar.id(), sar.version(), version, "Safeguarding Adults Review " + sar.sarNumber());
    }

    /** The review if the caller may open the person it is about (the refusal is audited). */
    private SarView opened(UUID id) {
        SarView sar = view(id);
        scope.openable(sar.personId(), SUBJECT, id, String.valueOf(sar.sarNumber()));
        return sar;
    }

    private SarView view(UUID id) {
        List<SarView> found = views(jdbc.sql(SELECT + " where id = :id").param("id", id).query(SafeguardingAdultsReviews::row).list());
        if (found.isEmpty()) {
            throw new NotFound("The Safeguarding Adults Review " + id);
        }
        return found.get(0);
    }

    /** A review about a restricted person the caller may not open keeps only its number, dates and decision. */
    private List<SarView> views(List<SarView> rows) {
        ListedPeople people = scope.people(rows.stream().map(SarView::personId).toList());
        List<UUID> open = rows.stream().filter(r -> !people.sealed(r.personId())).map(SarView::id).toList();
        Map<UUID, List<ActionView>> actions = new HashMap<>();
        if (!open.isEmpty()) {
            jdbc.sql("select sar_id, id, action, owner, due_on, done_on from safeguarding.sar_action where sar_id in (:ids) order by due_on")
                    .param("ids", open)
                    .query((rs, n) -> actions.computeIfAbsent(rs.getObject("sar_id", UUID.class), k -> new ArrayList<>()).add(new ActionView(
                            rs.getObject("id", UUID.class), rs.getString("action"), rs.getString("owner"), rs.getObject("due_on", LocalDate.class),
                            rs.getObject("done_on", LocalDate.class)))).list();
        }
        return rows.stream().map(r -> {
            boolean sealed = people.sealed(r.personId());
            return new SarView(r.id(), r.sarNumber(), r.personId(), people.name(r.personId()), r.referredOn(), sealed ? null : r.referrer(),
                    r.died(), r.seriousHarm(), sealed ? null : r.reviewGroupAdvice(), r.boardDecision(), r.boardDecidedOn(), r.commencedOn(),
                    r.completedOn(), r.reviewerCost(), sealed ? List.of() : r.themes(), sealed ? List.of() : actions.getOrDefault(r.id(), List.of()),
                    r.version(), sealed);
        }).toList();
    }

    private static final String SELECT = """
            select id, sar_number, person_id, referred_on, referrer, died, serious_harm, review_group_advice, board_decision, board_decided_on,
              commenced_on, completed_on, reviewer_cost, themes, version from safeguarding.sar""";

    /** The review as stored, before its person and actions are added. */
    private static SarView row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new SarView(rs.getObject("id", UUID.class), rs.getLong("sar_number"), rs.getObject("person_id", UUID.class), null,
                rs.getObject("referred_on", LocalDate.class), rs.getString("referrer"), rs.getBoolean("died"), rs.getBoolean("serious_harm"),
                rs.getString("review_group_advice"), rs.getString("board_decision"), rs.getObject("board_decided_on", LocalDate.class),
                rs.getObject("commenced_on", LocalDate.class), rs.getObject("completed_on", LocalDate.class), rs.getBigDecimal("reviewer_cost"),
                List.of((String[]) rs.getArray("themes").getArray()), List.of(), rs.getInt("version"), false);
    }
}
