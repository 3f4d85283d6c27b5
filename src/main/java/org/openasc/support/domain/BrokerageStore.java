package org.openasc.support.domain;

import java.util.Map;
import java.util.Collection;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.openasc.platform.database.RowsByParent;
import org.openasc.support.OfferOrder;
import org.openasc.support.PackageRequestView;

/** Zones, price rates, framework providers, package requests and offers. */
@Repository
public class BrokerageStore {

    public record RequestRow(UUID id, long requestNumber, UUID personId, long teamId, String zone, String priceLevel, BigDecimal hoursPerWeek,
                             LocalDate neededBy, String requirements, LocalDate requestedOn, UUID serviceId, LocalDate serviceStartsOn,
                             LocalDate cancelledOn, int version) {
    }

    private static final String REQUEST = """
            select r.id, r.request_number, r.person_id, r.team_id, r.zone, z.price_level, r.hours_per_week, r.needed_by, r.requirements,
              r.requested_on, r.service_id, s.start_date as service_starts_on, r.cancelled_on, r.version
            from support.package_request r join support.zone z on z.name = r.zone left join support.service s on s.id = r.service_id""";

    private final JdbcClient jdbc;

    BrokerageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean zoneExists(String name) {
        return jdbc.sql("select exists(select 1 from support.zone where name = :n)").param("n", name).query(Boolean.class).single();
    }

    public void insertZone(String name, String level) {
        jdbc.sql("insert into support.zone (name, price_level) values (:n, :l)").param("n", name).param("l", level).update();
    }

    public void addFramework(String zone, UUID location, OfferOrder.Tier tier, int rank) {
        jdbc.sql("insert into support.zone_provider (zone, location_id, tier, rank) values (:z, :l, :t, :r)")
                .param("z", zone).param("l", location).param("t", tier.name()).param("r", rank).update();
    }

    public List<String> zones() {
        return jdbc.sql("select name from support.zone order by name").query(String.class).list();
    }

    public Optional<String> priceLevel(String zone) {
        return jdbc.sql("select price_level from support.zone where name = :n").param("n", zone).query(String.class).optional();
    }

    public List<OfferOrder.FrameworkProvider> framework(String zone) {
        return jdbc.sql("select location_id, tier, rank from support.zone_provider where zone = :z")
                .param("z", zone).query((rs, n) -> new OfferOrder.FrameworkProvider(rs.getObject(1, UUID.class),
                        OfferOrder.Tier.valueOf(rs.getString(2)), rs.getInt(3))).list();
    }

    public boolean rateExists(String level, LocalDate from) {
        return jdbc.sql("select exists(select 1 from support.price_rate where price_level = :l and effective_from = :f)")
                .param("l", level).param("f", from).query(Boolean.class).single();
    }

    public void insertRate(String level, LocalDate from, BigDecimal rate) {
        jdbc.sql("insert into support.price_rate (price_level, effective_from, hourly_rate) values (:l, :f, :r)")
                .param("l", level).param("f", from).param("r", rate).update();
    }

    /** The hourly rate for a price level in force on a date. */
    public Optional<BigDecimal> rateOn(String level, LocalDate on) {
        return jdbc.sql("""
                select hourly_rate from support.price_rate where price_level = :l and effective_from <= :on
                order by effective_from desc limit 1""").param("l", level).param("on", on).query(BigDecimal.class).optional();
    }

    public long insertRequest(UUID id, UUID personId, long teamId, String zone, BigDecimal hours, LocalDate neededBy, String requirements,
                              LocalDate requestedOn, String by) {
        return jdbc.sql("""
                insert into support.package_request (id, person_id, team_id, zone, hours_per_week, needed_by, requirements, requested_on, recorded_by)
                values (:id, :person, :team, :zone, :hours, :needed, :req, :on, :by) returning request_number""")
                .param("id", id).param("person", personId).param("team", teamId).param("zone", zone).param("hours", hours)
                .param("needed", neededBy).param("req", requirements).param("on", requestedOn).param("by", by).query(Long.class).single();
    }

    public Optional<RequestRow> request(UUID id) {
        return jdbc.sql(REQUEST + " where r.id = :id").param("id", id).query(RequestRow.class).optional();
    }

    /** Not yet sourced or cancelled, in the given teams (:all for every team). */
    private static final String OPEN = " where r.service_id is null and r.cancelled_on is null and (cast(:all as boolean) or r.team_id = any(:teams))";

    /** Requests not yet sourced or cancelled, in the given teams (null: all), longest waiting first. */
    public List<RequestRow> open(List<Long> teams, int limit) {
        return open(teams, 0, limit);
    }

    /** The same from the {@code offset}th on: a page, the request number breaking ties so pages neither overlap nor skip. */
    public List<RequestRow> open(List<Long> teams, int offset, int limit) {
        return jdbc.sql(REQUEST + OPEN + " order by r.requested_on, r.request_number limit :limit offset :offset")
                .param("all", teams == null).param("teams", teams == null ? new Long[0] : teams.toArray(Long[]::new)).param("limit", limit)
                .param("offset", offset).query(RequestRow.class).list();
    }

    /** How many {@link #open} lists, all of them. */
    public long countOpen(List<Long> teams) {
        return jdbc.sql("select count(*) from support.package_request r" + OPEN)
                .param("all", teams == null).param("teams", teams == null ? new Long[0] : teams.toArray(Long[]::new)).query(Long.class).single();
    }

    /** Packages whose care started in the period: how many, and the average and longest days from request to start. */
    public record Waits(long started, java.math.BigDecimal averageDays, Integer longestDays) {
    }

    public Waits waits(LocalDate from, LocalDate to, List<Long> teams) {
        return jdbc.sql("""
                select count(*) as started, round(avg(s.start_date - r.requested_on), 1) as average_days, max(s.start_date - r.requested_on) as longest_days
                from support.package_request r join support.service s on s.id = r.service_id
                where s.start_date between :from and :to and (cast(:all as boolean) or r.team_id = any(:teams))""")
                .param("from", from).param("to", to).param("all", teams == null)
                .param("teams", teams == null ? new Long[0] : teams.toArray(Long[]::new)).query(Waits.class).single();
    }

    /** The person's package requests, the latest first. */
    public List<RequestRow> requestsOfPerson(UUID personId) {
        return jdbc.sql(REQUEST + " where r.person_id = :p order by r.requested_on desc").param("p", personId).query(RequestRow.class).list();
    }

    public record Cancelled(UUID id, long requestNumber) {
    }

    /** Cancels the person's package requests not yet sourced, each on {@code on} or the day it was made if later. */
    public List<Cancelled> cancelOpenOf(UUID personId, LocalDate on) {
        return jdbc.sql("""
                update support.package_request set cancelled_on = greatest(:on, requested_on), version = version + 1
                where person_id = :p and service_id is null and cancelled_on is null returning id, request_number""")
                .param("p", personId).param("on", on).query(Cancelled.class).list();
    }

    public void sourced(UUID id, UUID serviceId, LocalDate on) {
        jdbc.sql("update support.package_request set service_id = :s, sourced_on = :on where id = :id")
                .param("id", id).param("s", serviceId).param("on", on).update();
    }

    public void insertOffer(UUID id, UUID requestId, UUID location, String locationName, OfferOrder.Tier tier, LocalDate on) {
        jdbc.sql("""
                insert into support.offer (id, request_id, location_id, location_name, tier, offered_on)
                values (:id, :r, :l, :name, :tier, :on)""")
                .param("id", id).param("r", requestId).param("l", location).param("name", locationName).param("tier", tier.name())
                .param("on", on).update();
    }

    public List<PackageRequestView.Offer> offers(UUID requestId) {
        return offers(List.of(requestId)).getOrDefault(requestId, List.of());
    }

    /** The offers of a list's package requests, in one query. */
    public Map<UUID, List<PackageRequestView.Offer>> offers(Collection<UUID> requests) {
        return RowsByParent.of(jdbc, """
                select request_id, id, location_id, location_name, tier, offered_on, answer, answered_on, decline_reason from support.offer
                where request_id in (:ids) order by offered_on, location_name""", "request_id", requests, PackageRequestView.Offer.class);
    }

    public void answer(UUID offerId, String answer, LocalDate on, String reason, String by) {
        jdbc.sql("update support.offer set answer = :a, answered_on = :on, decline_reason = :reason, answered_by = :by where id = :id")
                .param("id", offerId).param("a", answer).param("on", on).param("reason", reason).param("by", by).update();
    }
}
