package org.openasc.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.openasc.people.PersonBulkLoad;
import org.openasc.platform.security.Role;
import org.openasc.platform.staff.StaffDirectory;

/** Builds Anytown: its teams, a member of staff in every role, and a synthetic population of the given size. */
@Service
public class DemoCouncil {

    /** The demo staff, one per role, with the team each works in. */
    static final Map<String, Object[]> STAFF = staff();

    private final StaffDirectory staffDirectory;
    private final PersonBulkLoad bulkLoad;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoCouncil(StaffDirectory staffDirectory, PersonBulkLoad bulkLoad, JdbcClient jdbc, Clock clock) {
        this.staffDirectory = staffDirectory;
        this.bulkLoad = bulkLoad;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public boolean loaded() {
        return jdbc.sql("select exists(select 1 from demo.council_load)").query(Boolean.class).single();
    }

    /** Creates the demo teams and staff (all with {@code staffPassword}) and {@code size} people. */
    @Transactional
    public void build(int size, long seed, String staffPassword) {
        Map<String, Long> teams = new LinkedHashMap<>();
        for (String team : List.of("Front Door", "Locality North", "Locality South", "Safeguarding Adults Team", "DoLS Team",
                "Brokerage", "Finance", "Customer Relations", "Performance and Intelligence")) {
            teams.put(team, staffDirectory.createTeamUnchecked(new StaffDirectory.NewTeam(team, "Anytown demo team"), "demo").id());
        }
        STAFF.forEach((username, spec) -> staffDirectory.createStaffUnchecked(new StaffDirectory.NewStaff(username, (String) spec[0], null,
                staffPassword, Set.of((Role) spec[1]), spec[2] == null ? Set.of() : Set.of(teams.get((String) spec[2]))), "demo"));
        load(size, seed);
    }

    /** Adds {@code size} synthetic people in batches (used for county-sized benchmark councils too). */
    public void load(int size, long seed) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
        int batch = 5000;
        int alreadyLoaded = jdbc.sql("select coalesce(sum(people), 0)::int from demo.council_load").query(Integer.class).single();
        for (int start = 0; start < size; start += batch) {
            SyntheticPeople.Population population = SyntheticPeople.generate(alreadyLoaded + start, Math.min(batch, size - start), seed + start, today);
            bulkLoad.load(population.people(), population.links(), "demo");
        }
        bulkLoad.refreshStatistics();
        jdbc.sql("insert into demo.council_load (people, seed) values (:people, :seed)")
                .param("people", size).param("seed", seed).update();
    }

    private static Map<String, Object[]> staff() {
        Map<String, Object[]> staff = new LinkedHashMap<>();
        staff.put("practitioner", new Object[] {"Priya Practitioner", Role.PRACTITIONER, "Locality North"});
        staff.put("practitioner2", new Object[] {"Owen Practitioner", Role.PRACTITIONER, "Locality South"});
        staff.put("frontdoor", new Object[] {"Fran Frontdoor", Role.PRACTITIONER, "Front Door"});
        staff.put("manager", new Object[] {"Mo Manager", Role.TEAM_MANAGER, "Locality North"});
        staff.put("safeguarding", new Object[] {"Sam Safeguarding", Role.SAFEGUARDING, "Safeguarding Adults Team"});
        staff.put("dols", new Object[] {"Dee Dols", Role.DOLS, "DoLS Team"});
        staff.put("brokerage", new Object[] {"Bo Brokerage", Role.BROKERAGE, "Brokerage"});
        staff.put("finance", new Object[] {"Fin Finance", Role.FINANCE, "Finance"});
        staff.put("relations", new Object[] {"Cara Relations", Role.CUSTOMER_RELATIONS, "Customer Relations"});
        staff.put("performance", new Object[] {"Pat Performance", Role.PERFORMANCE, "Performance and Intelligence"});
        staff.put("councillor", new Object[] {"Cllr Chris Council", Role.COUNCILLOR, null});
        return staff;
    }

    static List<String> usernames() {
        return new ArrayList<>(STAFF.keySet());
    }
}
