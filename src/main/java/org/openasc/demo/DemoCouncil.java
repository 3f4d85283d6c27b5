package org.openasc.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.openasc.assessment.AssessmentBulkLoad;
import org.openasc.frontdoor.FrontDoorBulkLoad;
import org.openasc.people.PersonBulkLoad;
import org.openasc.providers.LocationView;
import org.openasc.providers.ProviderRegister;
import org.openasc.feedback.FeedbackBulkLoad;
import org.openasc.liberty.DolsApplications;
import org.openasc.liberty.DolsAssessors;
import org.openasc.risk.Risks;
import org.openasc.liberty.MhaAssessments;
import org.openasc.safeguarding.HistoricSafeguarding;
import org.openasc.safeguarding.SafeguardingAdultsReviews;
import org.openasc.safeguarding.SafeguardingBulkLoad;
import org.openasc.support.Brokerage;
import org.openasc.support.SupportBulkLoad;
import org.openasc.platform.security.Role;
import org.openasc.platform.staff.StaffDirectory;
import org.openasc.platform.calendar.Today;
import org.openasc.platform.security.WithoutStaffCheck;

/** Builds Anytown: its teams, a member of staff in every role, a synthetic population of the given size, its care market and a year of front-door work. */
@Service
@WithoutStaffCheck("builds the synthetic demo council at start-up, acting as its demo staff wherever a service checks a role")
public class DemoCouncil {

    /** The demo staff, one per role, with the team each works in. */
    static final Map<String, Object[]> STAFF = staff();

    private final StaffDirectory staffDirectory;
    private final PersonBulkLoad bulkLoad;
    private final FrontDoorBulkLoad frontDoor;
    private final AssessmentBulkLoad assessments;
    private final ProviderRegister providers;
    private final SupportBulkLoad support;
    private final Brokerage brokerage;
    private final SafeguardingBulkLoad safeguarding;
    private final SafeguardingAdultsReviews reviews;
    private final DolsApplications dols;
    private final DolsAssessors dolsAssessors;
    private final MhaAssessments mha;
    private final FeedbackBulkLoad feedback;
    private final Risks risks;
    private final SyntheticFinance finance;
    private final SyntheticPerformance performance;
    private final org.openasc.committee.Committees committees;
    private final org.openasc.committee.Reports reports;
    private final org.openasc.committee.Minutes minutes;
    private final org.openasc.committee.Actions actions;
    private final org.openasc.committee.WorkProgramme workProgramme;
    private final org.openasc.people.PersonRecords personRecords;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoCouncil(StaffDirectory staffDirectory, PersonBulkLoad bulkLoad, FrontDoorBulkLoad frontDoor, AssessmentBulkLoad assessments,
                ProviderRegister providers, SupportBulkLoad support, Brokerage brokerage, SafeguardingBulkLoad safeguarding,
                SafeguardingAdultsReviews reviews, DolsApplications dols, DolsAssessors dolsAssessors, MhaAssessments mha, FeedbackBulkLoad feedback, Risks risks,
                SyntheticFinance finance, SyntheticPerformance performance, org.openasc.committee.Committees committees,
                org.openasc.committee.Reports reports, org.openasc.committee.Minutes minutes, org.openasc.committee.Actions actions,
                org.openasc.committee.WorkProgramme workProgramme, org.openasc.people.PersonRecords personRecords, JdbcClient jdbc, Clock clock) {
        this.personRecords = personRecords;
        this.committees = committees;
        this.reports = reports;
        this.minutes = minutes;
        this.actions = actions;
        this.workProgramme = workProgramme;
        this.finance = finance;
        this.performance = performance;
        this.risks = risks;
        this.feedback = feedback;
        this.dols = dols;
        this.dolsAssessors = dolsAssessors;
        this.mha = mha;
        this.safeguarding = safeguarding;
        this.reviews = reviews;
        this.support = support;
        this.brokerage = brokerage;
        this.providers = providers;
        this.staffDirectory = staffDirectory;
        this.bulkLoad = bulkLoad;
        this.frontDoor = frontDoor;
        this.assessments = assessments;
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
        List<UUID> people = load(size, seed);
        SyntheticMarket.build(providers, Today.on(clock), seed);
        // Care and support first: about one person in eight with long-term support at some point in five years, as many discharges
        // a year. Then a year of front-door work, about one request a year for every three people on the record, whose requests
        // are from existing or new clients by the support the history already holds, as live requests are.
        // Deaths come from that history and are recorded after the front door's year, which gives nobody work after their death.
        Map<UUID, LocalDate> deaths = SyntheticDeaths.in(supportActivity(Math.max(size / 8, 1), Math.max(size / 8, 1), 3, seed));
        frontDoorActivity(people, Math.max(size / 3, 1), 1, seed, deaths);
        SyntheticDeaths.record(personRecords, deaths);
        LocalDate today = Today.on(clock);
        long north = jdbc.sql("select id from platform.team where name = 'Locality North'").query(Long.class).single();
        List<UUID> withoutSupport = jdbc.sql("""
                select p.id from people.person_facts p where p.date_of_birth <= :adult and p.date_of_death is null
                and not exists (select 1 from support.service_facts s where s.person_id = p.id) order by p.id limit 8""")
                .param("adult", today.minusYears(18)).query(UUID.class).list();
        SyntheticBrokerage.build(brokerage, homeCare(), withoutSupport, north, "practitioner", today);
        libertyActivity(size, today, seed);
        // Customer feedback: three years (and the current one), about one item a year for every twenty people.
        feedbackActivity(LocalDate.of(today.minusMonths(3).getYear() - 3, 4, 1), today, Math.max(size / 20, 1), seed);
        SyntheticRisks.build(risks, today);
        // Money: two years of budgets and ledger actuals, forecasts from the committed care above, and a medium-term strategy.
        finance.build(today, seed);
        // Safeguarding: about one concern a year for every ten people, and two Safeguarding Adults Reviews.
        safeguardingActivity(Math.max(size / 10, 1), 1, seed);
        List<UUID> adults = jdbc.sql("select id from people.person_facts where date_of_death is null order by id limit 2").query(UUID.class).list();
        for (int i = 0; i < adults.size(); i++) {
            UUID person = adults.get(i);
            boolean died = i == 0;
            DemoAuthority.as("safeguarding", "SAFEGUARDING", () -> {
                var sar = reviews.refer(new SafeguardingAdultsReviews.NewSar(person, today.minusMonths(died ? 8 : 2), "Police", died, true));
                if (died) {
                    var decided = reviews.decide(sar.id(), new SafeguardingAdultsReviews.Decision(sar.version(),
                            "Agencies did not share information about escalating self-neglect", "COMMISSIONED", today.minusMonths(7)));
                    reviews.progress(sar.id(), new SafeguardingAdultsReviews.Progress(decided.version(), today.minusMonths(6), null, null,
                            List.of("Multi-agency working", "Self-neglect", "Mental capacity")));
                    reviews.addAction(sar.id(), new SafeguardingAdultsReviews.NewAction("Self-neglect pathway agreed by all partners",
                            "Board manager", today.plusMonths(2)));
                }
                return null;
            });
        }
        // Performance: targets, entered survey and workforce measures, comparators and population, once the record is in place.
        performance.build(today, size, seed);
        // Committees: the scrutiny committee with last month's published risk report and next month's drafts.
        SyntheticCommittees.build(committees, reports, minutes, actions, workProgramme, today);
    }

    /** Loads customer feedback received from {@code from} to {@code to}, at a yearly rate. */
    @Transactional
    public SyntheticFeedback.Activity feedbackActivity(LocalDate from, LocalDate to, int itemsPerYear, long seed) {
        SyntheticFeedback.Activity activity = SyntheticFeedback.generate(from, to, itemsPerYear, seed);
        feedback.load(activity.complaints(), activity.items(), "demo");
        return activity;
    }

    /** A year of DoLS applications (about one a year for every 40 people) and Mental Health Act assessments (one for every 100). */
    private void libertyActivity(int size, LocalDate today, long seed) {
        List<UUID> older = jdbc.sql("select id from people.person_facts where date_of_birth <= :old and date_of_death is null order by id")
                .param("old", today.minusYears(70)).query(UUID.class).list();
        List<UUID> adults = jdbc.sql("select id from people.person_facts where date_of_birth <= :adult and date_of_death is null order by id")
                .param("adult", today.minusYears(18)).query(UUID.class).list();
        List<UUID> homes = DemoAuthority.as("demo", "BROKERAGE", () -> providers.search(null, null, null, 1, 1000).items()).stream()
                .filter(l -> l.careHome()).map(LocationView::id).toList();
        SyntheticLiberty.build(dols, dolsAssessors, mha, older.isEmpty() ? adults : older, adults, homes, Math.max(size / 40, 1), Math.max(size / 100, 1), today, seed);
    }

    /** Loads {@code years} of safeguarding concerns and enquiries to today, about adults on the record. */
    @Transactional
    public List<HistoricSafeguarding.Concern> safeguardingActivity(int concernsPerYear, int years, long seed) {
        LocalDate today = Today.on(clock);
        return safeguardingActivity(today.minusYears(years).plusDays(1), today, concernsPerYear, seed);
    }

    /** Loads safeguarding concerns received from {@code from} to {@code to}, at a yearly rate, screened and worked as of {@code to}. */
    @Transactional
    public List<HistoricSafeguarding.Concern> safeguardingActivity(LocalDate from, LocalDate to, int concernsPerYear, long seed) {
        LocalDate today = Today.on(clock);
        List<UUID> adults = jdbc.sql("select id from people.person_facts where date_of_birth <= :adult and date_of_death is null order by id")
                .param("adult", today.minusYears(18)).query(UUID.class).list();
        List<SyntheticSafeguarding.Provider> homes = DemoAuthority.as("demo", "BROKERAGE", () -> providers.search(null, null, null, 1, 1000).items())
                .stream().filter(l -> l.careHome()).map(l -> new SyntheticSafeguarding.Provider(l.id(), l.name())).toList();
        List<HistoricSafeguarding.Concern> concerns = SyntheticSafeguarding.generate(adults, localities(), homes, from, to, concernsPerYear, seed);
        safeguarding.load(concerns, "demo");
        return concerns;
    }

    /**
     * Loads care and support history (long-term services started from two years before the period to today, their
     * reviews and direct payments, and {@code years} of hospital discharges) for adults on the record.
     */
    @Transactional
    public SyntheticSupport.Activity supportActivity(int longTermPeople, int dischargesPerYear, int years, long seed) {
        LocalDate today = Today.on(clock);
        List<SyntheticSupport.Adult> adults = jdbc.sql("""
                select id, date_of_birth from people.person_facts where date_of_birth <= :adult and date_of_death is null order by id""")
                .param("adult", today.minusYears(18)).query(SyntheticSupport.Adult.class).list();
        List<SyntheticFrontDoor.Team> teams = localities();
        List<LocationView> locations = DemoAuthority.as("demo", "BROKERAGE", () -> providers.search(null, null, null, 1, 1000).items());
        SyntheticSupport.Places places = new SyntheticSupport.Places(
                places(locations.stream().filter(l -> l.services().contains("Residential care home") && !l.services().contains("Nursing home")).toList()),
                places(locations.stream().filter(l -> l.services().contains("Nursing home")).toList()),
                places(locations.stream().filter(l -> l.services().contains("Home care")).toList()));
        SyntheticSupport.Activity activity = SyntheticSupport.generate(adults, teams, places, today.minusYears(years), today, longTermPeople,
                dischargesPerYear, seed);
        support.load(activity.services(), activity.reviews(), activity.discharges(), activity.directPayments(), "demo");
        support.refreshStatistics();
        return activity;
    }

    private List<LocationView> homeCare() {
        return DemoAuthority.as("demo", "BROKERAGE", () -> providers.search(null, null, "Home care", 1, 1000).items());
    }

    private static List<SyntheticSupport.Place> places(List<LocationView> locations) {
        return locations.stream().map(l -> new SyntheticSupport.Place(l.id(), l.name(), l.cqcLocationId())).toList();
    }

    private List<SyntheticFrontDoor.Team> localities() {
        return jdbc.sql("select id from platform.team where name in ('Locality North', 'Locality South') order by name")
                .query(Long.class).list().stream()
                .map(team -> new SyntheticFrontDoor.Team(team, jdbc.sql("""
                        select u.username from platform.staff_directory u join platform.team_membership m on m.user_id = u.id
                        where m.team_id = :team order by u.username""").param("team", team).query(String.class).list()))
                .filter(team -> !team.workers().isEmpty()).toList();
    }

    /**
     * Loads {@code years} of front-door history (contacts, requests, check-ins, conversations and
     * assessments) for the given people, worked by the demo locality teams.
     */
    @Transactional
    public SyntheticFrontDoor.Activity frontDoorActivity(List<UUID> people, int requestsPerYear, int years, long seed) {
        return frontDoorActivity(people, requestsPerYear, years, seed, Map.of());
    }

    /**
     * The same, for people who were adults throughout the years (CLD counts adults only), none of them asking for support in
     * the year before the death {@code deaths} gives them (their requests and assessments would outlive them).
     */
    @Transactional
    public SyntheticFrontDoor.Activity frontDoorActivity(List<UUID> people, int requestsPerYear, int years, long seed, Map<UUID, LocalDate> deaths) {
        LocalDate today = Today.on(clock);
        LocalDate from = today.minusYears(years).plusDays(1);
        List<UUID> adults = jdbc.sql("select id from people.person_facts where id = any(:ids) and date_of_birth <= :adult order by id")
                .param("ids", people.toArray(UUID[]::new)).param("adult", from.minusYears(18)).query(UUID.class).list();
        List<SyntheticFrontDoor.Team> localities = localities();
        SyntheticFrontDoor.Activity activity = SyntheticFrontDoor.generate(adults, localities, from, Today.now(clock), requestsPerYear, seed, deaths);
        frontDoor.load(activity.contacts(), activity.requests(), "demo");
        assessments.load(activity.assessments(), "demo");
        frontDoor.refreshStatistics();
        return activity;
    }

    /** Adds {@code size} synthetic people in batches (used for county-sized benchmark councils too); returns their ids. */
    public List<UUID> load(int size, long seed) {
        List<UUID> ids = new ArrayList<>(size);
        LocalDate today = Today.on(clock);
        int batch = 5000;
        int alreadyLoaded = jdbc.sql("select coalesce(sum(people), 0)::int from demo.council_load").query(Integer.class).single();
        for (int start = 0; start < size; start += batch) {
            SyntheticPeople.Population population = SyntheticPeople.generate(alreadyLoaded + start, Math.min(batch, size - start), seed + start, today);
            ids.addAll(bulkLoad.load(population.people(), population.links(), "demo"));
        }
        bulkLoad.refreshStatistics();
        jdbc.sql("insert into demo.council_load (people, seed) values (:people, :seed)")
                .param("people", size).param("seed", seed).update();
        return ids;
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
        staff.put("democratic", new Object[] {"Dana Democratic", Role.DEMOCRATIC_SERVICES, null});
        return staff;
    }

    static List<String> usernames() {
        return new ArrayList<>(STAFF.keySet());
    }
}
