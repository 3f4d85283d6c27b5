package org.openasc.providers.domain;

import java.sql.Array;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.openasc.platform.database.ReportReads;
import org.openasc.providers.ContractStatus;
import org.openasc.providers.LocationView;
import org.openasc.providers.MarketSummary;

/** Provider locations, ratings and contract status; the market summary is one query over them. */
@Repository
public class ProviderStore {

    /** A location as stored, with its latest rating. */
    public record Row(UUID id, String providerName, String cqcProviderId, String cqcLocationId, String name, String address, String postcode,
                      List<String> services, int registeredBeds, String zone, String rating, LocalDate ratedOn, int version,
                      Instant createdAt, String createdBy) {
    }

    /** Locations offering a care home service (grouping "Care home" in the provider-service list). */
    private static final String CARE_HOME = """
            exists (select 1 from platform.code_value v where v.list_name = 'provider-service' and v.grouping = 'Care home'
                    and v.value = any (l.services))""";

    private static final String LATEST_RATING = """
            left join lateral (select r.rating, r.rated_on from providers.rating r where r.location_id = l.id and r.rated_on <= :asOf
                               order by r.rated_on desc, r.id desc limit 1) lr on true""";

    /** A care home with a CQC rating published by :asOf (the measure's denominator), and rated good or outstanding (its numerator). */
    private static final String RATED_HOME = CARE_HOME + " and lr.rating is not null";
    private static final String GOOD_HOME = RATED_HOME + " and lr.rating in ('Outstanding', 'Good')";

    /** Care homes rated on a date, and how many of them good or outstanding. */
    public record RatedHomes(long rated, long good) {
    }

    /** A care home with its latest rating on a date. */
    public record RatedHome(UUID id, String name, String providerName, String cqcLocationId, String rating, LocalDate ratedOn) {
    }

    private final JdbcClient jdbc;
    private final ReportReads reads;

    ProviderStore(JdbcClient jdbc, ReportReads reads) {
        this.jdbc = jdbc;
        this.reads = reads;
    }

    public void insert(UUID id, String providerName, String cqcProviderId, String cqcLocationId, String name, String address, String postcode,
                       List<String> services, int beds, String zone, String by) {
        jdbc.sql("""
                insert into providers.location (id, provider_name, cqc_provider_id, cqc_location_id, name, address, postcode, services,
                  registered_beds, zone, created_by)
                values (:id, :provider, :cqcProvider, :cqcLocation, :name, :address, :postcode, string_to_array(:services, '|'), :beds, :zone, :by)""")
                .param("id", id).param("provider", providerName).param("cqcProvider", cqcProviderId).param("cqcLocation", cqcLocationId)
                .param("name", name).param("address", address).param("postcode", postcode).param("services", String.join("|", services))
                .param("beds", beds).param("zone", zone).param("by", by).update();
    }

    public boolean cqcLocationTaken(String cqcLocationId) {
        return cqcLocationId != null && jdbc.sql("select exists(select 1 from providers.location where cqc_location_id = :c)")
                .param("c", cqcLocationId).query(Boolean.class).single();
    }

    public Optional<Row> find(UUID id, LocalDate asOf) {
        return rows("l.id = :id", Map.of("id", id), asOf, 1, 0).stream().findFirst();
    }

    public List<Row> search(String text, String zone, String service, LocalDate asOf, int limit, long offset) {
        Map<String, Object> params = new HashMap<>();
        return rows(where(text, zone, service, params), params, asOf, limit, offset);
    }

    public long count(String text, String zone, String service) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select count(*) from providers.location l where " + where(text, zone, service, params)).params(params)
                .query(Long.class).single();
    }

    public void rate(UUID id, String rating, LocalDate ratedOn, String by) {
        jdbc.sql("insert into providers.rating (location_id, rating, rated_on, recorded_by) values (:id, :rating, :on, :by)")
                .param("id", id).param("rating", rating).param("on", ratedOn).param("by", by).update();
    }

    public void addStatus(UUID id, ContractStatus status, LocalDate start, LocalDate end, String reason, String latestUpdate, String by) {
        jdbc.sql("""
                insert into providers.contract_status (location_id, status, start_date, end_date, reason, latest_update, recorded_by)
                values (:id, :status, :start, :end, :reason, :update, :by)""")
                .param("id", id).param("status", status.name()).param("start", start).param("end", end).param("reason", reason)
                .param("update", latestUpdate).param("by", by).update();
    }

    /** Whether a status of this kind overlaps the given period for the location. */
    public boolean overlaps(UUID id, ContractStatus status, LocalDate start, LocalDate end) {
        return jdbc.sql("""
                select exists(select 1 from providers.contract_status where location_id = :id and status = :status
                  and start_date < coalesce(:end, date '9999-12-31') and coalesce(end_date, date '9999-12-31') > :start)""")
                .param("id", id).param("status", status.name()).param("start", start).param("end", end).query(Boolean.class).single();
    }

    public void bump(UUID id, String by) {
        jdbc.sql("update providers.location set version = version + 1, changed_at = now(), changed_by = :by where id = :id")
                .param("id", id).param("by", by).update();
    }

    public List<LocationView.RatingView> ratings(UUID id) {
        return jdbc.sql("select rating, rated_on, recorded_by from providers.rating where location_id = :id order by rated_on desc, id desc")
                .param("id", id).query(LocationView.RatingView.class).list();
    }

    public List<LocationView.StatusView> statuses(UUID id) {
        return jdbc.sql("""
                select id, status, start_date, end_date, reason, latest_update, recorded_by from providers.contract_status
                where location_id = :id order by start_date desc, id desc""")
                .param("id", id)
                .query((rs, n) -> {
                    ContractStatus s = ContractStatus.valueOf(rs.getString("status"));
                    return new LocationView.StatusView(rs.getLong("id"), s, s.label(), rs.getObject("start_date", LocalDate.class),
                            rs.getObject("end_date", LocalDate.class), rs.getString("reason"), rs.getString("latest_update"), rs.getString("recorded_by"));
                }).list();
    }

    public void addVisit(UUID visitId, UUID locationId, LocalDate visitedOn, String findings, String by) {
        jdbc.sql("insert into providers.quality_visit (id, location_id, visited_on, findings, recorded_by) values (:id, :l, :on, :f, :by)")
                .param("id", visitId).param("l", locationId).param("on", visitedOn).param("f", findings).param("by", by).update();
    }

    public void addAction(UUID visitId, String action, String owner, LocalDate dueOn) {
        jdbc.sql("insert into providers.action_item (id, visit_id, action, owner, due_on) values (:id, :v, :a, :o, :d)")
                .param("id", UUID.randomUUID()).param("v", visitId).param("a", action).param("o", owner).param("d", dueOn).update();
    }

    /** Marks an action of this location's visit done; false if there is no such open action. */
    public boolean actionDone(UUID locationId, UUID visitId, UUID actionId, LocalDate doneOn, String by) {
        return jdbc.sql("""
                update providers.action_item a set done_on = :on, done_by = :by from providers.quality_visit v
                where a.id = :a and a.visit_id = :v and v.id = a.visit_id and v.location_id = :l and a.done_on is null""")
                .param("on", doneOn).param("by", by).param("a", actionId).param("v", visitId).param("l", locationId).update() == 1;
    }

    public Optional<LocalDate> visitDate(UUID locationId, UUID visitId) {
        return jdbc.sql("select visited_on from providers.quality_visit where id = :v and location_id = :l")
                .param("v", visitId).param("l", locationId).query(LocalDate.class).optional();
    }

    public List<LocationView.VisitView> visits(UUID locationId, LocalDate today) {
        record ActionRow(UUID visitId, UUID id, String action, String owner, LocalDate dueOn, LocalDate doneOn) {
        }
        List<ActionRow> actions = jdbc.sql("""
                select a.visit_id, a.id, a.action, a.owner, a.due_on, a.done_on from providers.action_item a
                join providers.quality_visit v on v.id = a.visit_id where v.location_id = :l order by a.due_on, a.id""")
                .param("l", locationId).query(ActionRow.class).list();
        return jdbc.sql("select id, visited_on, findings, recorded_by from providers.quality_visit where location_id = :l order by visited_on desc, recorded_at desc")
                .param("l", locationId)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new LocationView.VisitView(id, rs.getObject("visited_on", LocalDate.class), rs.getString("findings"), rs.getString("recorded_by"),
                            actions.stream().filter(a -> a.visitId().equals(id)).map(a -> new LocationView.ActionView(a.id(), a.action(), a.owner(),
                                    a.dueOn(), a.doneOn(), a.doneOn() == null && a.dueOn().isBefore(today))).toList());
                }).list();
    }

    /** Care homes by their latest rating on a date (the market position statement's figures); the register itself is current. */
    public Map<String, Long> homesByRating(LocalDate asOf) {
        Map<String, Long> byRating = new LinkedHashMap<>();
        jdbc.sql("select coalesce(lr.rating, 'Not yet rated') as rating, count(*) from providers.location l " + LATEST_RATING
                        + " where " + CARE_HOME + " group by 1 order by 2 desc")
                .param("asOf", asOf).query((rs, n) -> byRating.put(rs.getString(1), rs.getLong(2))).list();
        return byRating;
    }

    public RatedHomes ratedHomes(LocalDate asOf) {
        return reads.jdbc().sql("select count(*) as rated, count(*) filter (where " + GOOD_HOME + ") as good from providers.location l " + LATEST_RATING
                        + " where " + RATED_HOME)
                .param("asOf", asOf).query(RatedHomes.class).single();
    }

    /** The homes counted by {@link #ratedHomes}: all rated, or only those good or outstanding, by name. */
    public List<RatedHome> ratedHomeList(LocalDate asOf, boolean goodOnly, int limit) {
        return jdbc.sql("select l.id, l.name, l.provider_name, l.cqc_location_id, lr.rating, lr.rated_on from providers.location l " + LATEST_RATING
                        + " where " + (goodOnly ? GOOD_HOME : RATED_HOME) + " order by l.name, l.id limit :limit")
                .param("asOf", asOf).param("limit", limit).query(RatedHome.class).list();
    }

    public long beds() {
        return jdbc.sql("select coalesce(sum(l.registered_beds), 0) from providers.location l where " + CARE_HOME).query(Long.class).single();
    }

    public Map<String, Long> locationsByStatus(LocalDate asOf) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("""
                select status, count(distinct location_id) from providers.contract_status
                where start_date <= :asOf and (end_date is null or end_date > :asOf) group by 1 order by 1""")
                .param("asOf", asOf).query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        return counts;
    }

    public List<MarketSummary.Suspension> suspended(LocalDate asOf) {
        return jdbc.sql("""
                select l.id as location_id, l.name, l.provider_name, s.start_date, s.end_date, s.reason, s.latest_update
                from providers.contract_status s join providers.location l on l.id = s.location_id
                where s.status = 'SUSPENDED' and s.start_date <= :asOf and (s.end_date is null or s.end_date > :asOf)
                order by s.start_date, l.name""")
                .param("asOf", asOf).query(MarketSummary.Suspension.class).list();
    }

    private List<Row> rows(String where, Map<String, Object> params, LocalDate asOf, int limit, long offset) {
        return jdbc.sql("""
                select l.id, l.provider_name, l.cqc_provider_id, l.cqc_location_id, l.name, l.address, l.postcode, l.services,
                  l.registered_beds, l.zone, lr.rating, lr.rated_on, l.version, l.created_at, l.created_by
                from providers.location l %s where %s order by l.name, l.id limit :limit offset :offset""".formatted(LATEST_RATING, where))
                .params(params).param("asOf", asOf).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("provider_name"), rs.getString("cqc_provider_id"),
                        rs.getString("cqc_location_id"), rs.getString("name"), rs.getString("address"), rs.getString("postcode"),
                        strings(rs.getArray("services")), rs.getInt("registered_beds"), rs.getString("zone"), rs.getString("rating"),
                        rs.getObject("rated_on", LocalDate.class), rs.getInt("version"), rs.getTimestamp("created_at").toInstant(),
                        rs.getString("created_by"))).list();
    }

    private static String where(String text, String zone, String service, Map<String, Object> params) {
        List<String> where = new ArrayList<>();
        where.add("true");
        if (text != null && !text.isBlank()) {
            where.add("(lower(l.name) like :text or lower(l.provider_name) like :text or l.cqc_location_id = :exact or l.postcode = upper(:exact))");
            params.put("text", "%" + text.strip().toLowerCase().replace("%", "").replace("_", "") + "%");
            params.put("exact", text.strip());
        }
        if (zone != null && !zone.isBlank()) {
            where.add("l.zone = :zone");
            params.put("zone", zone.strip());
        }
        if (service != null && !service.isBlank()) {
            where.add(":service = any (l.services)");
            params.put("service", service.strip());
        }
        return String.join(" and ", where);
    }

    private static List<String> strings(Array array) throws java.sql.SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
