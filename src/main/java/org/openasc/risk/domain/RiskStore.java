package org.openasc.risk.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.openasc.platform.database.RowsByParent;
import org.openasc.risk.RiskCommands;
import org.openasc.risk.RiskView;

/** Risks, their actions, links, reviews and the rating bands. */
@Repository
public class RiskStore {

    public record Row(UUID id, String reference, String register, String title, String description, String category, String owners, String appetite,
                      String impact, String opportunities, String controls, String barriers, BigDecimal financialImpact, int grossImpact,
                      int grossLikelihood, int netImpact, int netLikelihood, int targetImpact, int targetLikelihood, LocalDate reviewDueOn, int version,
                      Integer enteredNetScore, java.time.Instant createdAt) {
    }

    private static final String SELECT = """
            select id, reference, register, title, description, category, owners, appetite, impact, opportunities, controls, barriers,
              financial_impact, gross_impact, gross_likelihood, net_impact, net_likelihood, target_impact, target_likelihood, review_due_on, version,
              entered_net_score, created_at
            from risk.risk""";

    private final JdbcClient jdbc;

    RiskStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, int[]> bands() {
        Map<String, int[]> bands = new HashMap<>();
        jdbc.sql("select rating, min_score, max_score from risk.rating_band").query((rs, n) -> bands.put(rs.getString(1), new int[] {rs.getInt(2), rs.getInt(3)}))
                .list();
        return bands;
    }

    public void saveBand(String rating, int min, int max) {
        jdbc.sql("update risk.rating_band set min_score = :min, max_score = :max where rating = :r").param("r", rating).param("min", min)
                .param("max", max).update();
    }

    public void addRegister(String name) {
        jdbc.sql("insert into risk.register (name) values (:n)").param("n", name).update();
    }

    public boolean registerExists(String name) {
        return jdbc.sql("select exists(select 1 from risk.register where name = :n)").param("n", name).query(Boolean.class).single();
    }

    public List<String> registers() {
        return jdbc.sql("select name from risk.register order by name").query(String.class).list();
    }

    public Optional<UUID> idOf(String reference) {
        return jdbc.sql("select id from risk.risk where reference = :r").param("r", reference).query(UUID.class).optional();
    }

    /** Saves the risk; false if it changed since the version the change was based on. */
    public boolean save(UUID id, boolean insert, RiskCommands.RiskDetails d, String by) {
        String sql = insert ? """
                insert into risk.risk (id, reference, register, title, description, category, owners, appetite, impact, opportunities, controls, barriers,
                  financial_impact, gross_impact, gross_likelihood, net_impact, net_likelihood, target_impact, target_likelihood, review_due_on, created_by,
                  entered_net_score)
                values (:id, :reference, :register, :title, :description, :category, :owners, :appetite, :impact, :opportunities, :controls, :barriers,
                  :financial, :gi, :gl, :ni, :nl, :ti, :tl, :due, :by, :ni * :nl)""" : """
                update risk.risk set reference = :reference, register = :register, title = :title, description = :description, category = :category,
                  owners = :owners, appetite = :appetite, impact = :impact, opportunities = :opportunities, controls = :controls, barriers = :barriers,
                  financial_impact = :financial, gross_impact = :gi, gross_likelihood = :gl, net_impact = :ni, net_likelihood = :nl, target_impact = :ti,
                  target_likelihood = :tl, review_due_on = :due, version = version + 1, changed_at = now(), changed_by = :by,
                  entered_net_score = case when exists (select 1 from risk.review v where v.risk_id = :id) then entered_net_score else :ni * :nl end
                where id = :id and version = :version""";
        int saved = jdbc.sql(sql).param("version", d.version() == null ? -1 : d.version()).param("id", id).param("reference", d.reference().strip()).param("register", d.register()).param("title", d.title().strip())
                .param("description", d.description().strip()).param("category", d.category().strip()).param("owners", d.owners().strip())
                .param("appetite", d.appetite()).param("impact", d.impact()).param("opportunities", d.opportunities()).param("controls", d.controls())
                .param("barriers", d.barriers()).param("financial", d.financialImpact()).param("gi", d.gross().impact()).param("gl", d.gross().likelihood())
                .param("ni", d.net().impact()).param("nl", d.net().likelihood()).param("ti", d.target().impact()).param("tl", d.target().likelihood())
                .param("due", d.reviewDueOn()).param("by", by).update();
        if (saved != 1) {
            return false;
        }
        jdbc.sql("delete from risk.action where risk_id = :id").param("id", id).update();
        for (RiskCommands.Action a : d.actions() == null ? List.<RiskCommands.Action>of() : d.actions()) {
            jdbc.sql("insert into risk.action (id, risk_id, action, owner, due_on, status, progress) values (:aid, :id, :a, :o, :due, :s, :p)")
                    .param("aid", UUID.randomUUID()).param("id", id).param("a", a.action().strip()).param("o", a.owner().strip()).param("due", a.dueOn())
                    .param("s", a.status()).param("p", a.progress()).update();
        }
        return true;
    }

    public void link(UUID id, List<UUID> others) {
        jdbc.sql("delete from risk.link where risk_id = :id").param("id", id).update();
        others.forEach(o -> jdbc.sql("insert into risk.link (risk_id, other_id) values (:id, :o)").param("id", id).param("o", o).update());
    }

    public void linkSignals(UUID id, List<String> keys) {
        jdbc.sql("delete from risk.signal_link where risk_id = :id").param("id", id).update();
        keys.forEach(k -> jdbc.sql("insert into risk.signal_link (risk_id, signal_key) values (:id, :k)").param("id", id).param("k", k).update());
    }

    public List<String> signals(UUID id) {
        return jdbc.sql("select signal_key from risk.signal_link where risk_id = :id order by signal_key").param("id", id).query(String.class).list();
    }

    public Optional<Row> find(UUID id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(this::row).optional();
    }

    private static final String OF_REGISTER = " where (cast(:register as text) is null or register = :register) and net_impact * net_likelihood between :min and :max";

    /** A page of risks with their parts, and how many risks there are in all. */
    public record Listed(List<Row> rows, Map<UUID, Parts> parts, long total) {
    }

    /** A page of a register's risks (null: all) with net scores from min to max, highest first, the reference breaking ties. */
    public Listed search(String register, int minScore, int maxScore, int offset, int limit) {
        List<Row> rows = jdbc.sql(SELECT + OF_REGISTER + " order by net_impact * net_likelihood desc, reference, id limit :limit offset :offset")
                .param("register", register).param("min", minScore).param("max", maxScore).param("limit", limit).param("offset", offset)
                .query(this::row).list();
        return new Listed(rows, parts(rows.stream().map(Row::id).toList()), jdbc.sql("select count(*) from risk.risk" + OF_REGISTER)
                .param("register", register).param("min", minScore).param("max", maxScore).query(Long.class).single());
    }

    /** A risk whose review falls due on or before a day. */
    public record ReviewDue(UUID id, String reference, String title, LocalDate reviewDueOn) {
    }

    /** Risks of every register whose review falls due on or before {@code until}, soonest (most overdue) first. */
    public List<ReviewDue> reviewsDue(LocalDate until, int limit) {
        return jdbc.sql("select id, reference, title, review_due_on from risk.risk where review_due_on <= :until order by review_due_on, reference limit :limit")
                .param("until", until).param("limit", limit).query(ReviewDue.class).list();
    }

    /** How many risks {@link #reviewsDue} would list without its limit. */
    public long countReviewsDue(LocalDate until) {
        return jdbc.sql("select count(*) from risk.risk where review_due_on <= :until").param("until", until).query(Long.class).single();
    }

    /** What hangs off a risk: its reviews (newest first, with the scores then), actions (soonest due first) and linked references. */
    public record Parts(List<RiskView.ReviewLine> reviews, List<RiskCommands.Action> actions, List<String> links) {
    }

    private record Linked(String reference) {
    }

    /** The parts of every risk named, in three queries however many there are. */
    public Map<UUID, Parts> parts(Collection<UUID> ids) {
        Map<UUID, List<RiskView.ReviewLine>> reviews = RowsByParent.of(jdbc, """
                select risk_id, reviewed_on, gross_impact * gross_likelihood as gross_score, net_impact * net_likelihood as net_score,
                  target_impact * target_likelihood as target_score, notes, reviewed_by
                from risk.review where risk_id in (:ids) order by reviewed_on desc, id desc""", "risk_id", ids, RiskView.ReviewLine.class);
        Map<UUID, List<RiskCommands.Action>> actions = RowsByParent.of(jdbc, """
                select risk_id, action, owner, due_on, status, progress from risk.action where risk_id in (:ids) order by due_on""",
                "risk_id", ids, RiskCommands.Action.class);
        Map<UUID, List<Linked>> links = RowsByParent.of(jdbc, """
                select l.risk_id, r.reference from risk.link l join risk.risk r on r.id = l.other_id where l.risk_id in (:ids) order by r.reference""",
                "risk_id", ids, Linked.class);
        Map<UUID, Parts> parts = new HashMap<>();
        ids.forEach(id -> parts.put(id, new Parts(reviews.getOrDefault(id, List.of()), actions.getOrDefault(id, List.of()),
                links.getOrDefault(id, List.of()).stream().map(Linked::reference).toList())));
        return parts;
    }

    /** Records a review and the scores it set, on a risk claimed for the change ({@link Versioned#RISK}). */
    public void review(UUID id, RiskCommands.Review r, String by) {
        jdbc.sql("""
                insert into risk.review (risk_id, reviewed_on, gross_impact, gross_likelihood, net_impact, net_likelihood, target_impact, target_likelihood,
                  notes, reviewed_by)
                values (:id, :on, :gi, :gl, :ni, :nl, :ti, :tl, :notes, :by)""")
                .param("id", id).param("on", r.reviewedOn()).param("gi", r.gross().impact()).param("gl", r.gross().likelihood())
                .param("ni", r.net().impact()).param("nl", r.net().likelihood()).param("ti", r.target().impact()).param("tl", r.target().likelihood())
                .param("notes", r.notes()).param("by", by).update();
        jdbc.sql("""
                update risk.risk set gross_impact = :gi, gross_likelihood = :gl, net_impact = :ni, net_likelihood = :nl, target_impact = :ti,
                  target_likelihood = :tl, review_due_on = :next where id = :id""")
                .param("id", id).param("gi", r.gross().impact()).param("gl", r.gross().likelihood()).param("ni", r.net().impact())
                .param("nl", r.net().likelihood()).param("ti", r.target().impact()).param("tl", r.target().likelihood()).param("next", r.nextReviewOn())
                .update();
    }

    private Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getString("reference"), rs.getString("register"), rs.getString("title"), rs.getString("description"),
                rs.getString("category"), rs.getString("owners"), rs.getString("appetite"), rs.getString("impact"), rs.getString("opportunities"),
                rs.getString("controls"), rs.getString("barriers"), rs.getBigDecimal("financial_impact"), rs.getInt("gross_impact"),
                rs.getInt("gross_likelihood"), rs.getInt("net_impact"), rs.getInt("net_likelihood"), rs.getInt("target_impact"),
                rs.getInt("target_likelihood"), rs.getObject("review_due_on", LocalDate.class), rs.getInt("version"),
                rs.getObject("entered_net_score", Integer.class), rs.getTimestamp("created_at").toInstant());
    }
}
