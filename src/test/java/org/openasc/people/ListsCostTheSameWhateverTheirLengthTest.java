package org.openasc.people;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.CareAndSupport;
import org.openasc.testing.IntegrationTest;
import org.openasc.testing.PagedList;
import org.openasc.testing.People;
import org.openasc.testing.Session;
import org.openasc.testing.StatementCount;
import org.openasc.testing.TestDates;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No list asks the database once per row: its people come from one lookup ({@link PersonRecords#forList}) and whatever each
 * row carries (allegations, actions, lessons, qualifying assessments) from one query each. Every list and page below is read
 * by the same member of staff with N more of this test's rows in it, then with N times 3 more, and the SQL
 * statements run to answer it ({@link StatementCount}) must be the same. Each is read once first, so caches are warm.
 * N is 3 in the suite; {@code bench/lists} runs this with N = 334, so each list is counted again at about 1,000 rows of each kind,
 * and prints what each list cost (the lines starting "statements:").
 */
class ListsCostTheSameWhateverTheirLengthTest extends IntegrationTest {

    private static final int N = Integer.getInteger("openasc.list-rows", 3);

    @Test
    void theSafeguardingTeamsConcernsEnquiriesAndReviewsTakeNoMoreQueriesForThreeTimesTheRows() {
        Api raiser = staffWith(Role.PRACTITIONER);
        Api team = staffWith(Role.SAFEGUARDING);
        Session pages = new Session(port, team);
        List<String> ours = new ArrayList<>();
        Function<Integer, List<String>> add = count -> {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                JsonNode person = ListRows.person(raiser, "Sadie");
                ids.add(ListRows.id(ListRows.concern(raiser, person)));
                ids.add(ListRows.enquiry(raiser, team, person));
                ids.add(ListRows.review(team, person));
            }
            return ids;
        };
        Map<String, Reader> lists = lists(team, pages, "/api/v1/safeguarding/concerns", "/api/v1/safeguarding/enquiries",
                "/api/v1/safeguarding/reviews", "/api/v1/my-work", "page /safeguarding");

        ours.addAll(add.apply(N));
        Map<String, Integer> few = statements(lists);
        ours.addAll(add.apply(2 * N));
        Map<String, Integer> many = statements(lists);

        assertSameCost(few, many);
        String listed = PagedList.all(team, "/api/v1/safeguarding/concerns").toString() + PagedList.all(team, "/api/v1/safeguarding/enquiries")
                + PagedList.all(team, "/api/v1/safeguarding/reviews");
        assertThat(ours).hasSize(9 * N).allSatisfy(id -> assertThat(listed).contains(id));
    }

    @Test
    void customerRelationsComplaintsEnquiriesAndSubjectAccessRequestsTakeNoMoreQueriesForThreeTimesTheRows() {
        Api officer = staffWith(Role.CUSTOMER_RELATIONS);
        Session pages = new Session(port, officer);
        List<String> ours = new ArrayList<>();
        Function<Integer, List<String>> add = count -> {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                JsonNode person = ListRows.person(officer, "Carys");
                ids.add(ListRows.id(ListRows.complaint(officer, person, uniqueName("Mrs Complainant "))));
                ids.add(ListRows.id(ListRows.subjectAccess(officer, person, uniqueName("Mr Requester "))));
                Api.Response enquiry = officer.post("/api/v1/feedback/member-enquiries", Map.of("receivedOn", TestDates.today().minusDays(1).toString(),
                        "serviceArea", "Adult Social Care", "summary", "Asks when the review will be", "memberType", "COUNCILLOR",
                        "memberName", uniqueName("Cllr "), "category", "Request for service"));
                assertThat(enquiry.status()).as(enquiry.toString()).isEqualTo(201);
            }
            return ids;
        };
        Map<String, Reader> lists = lists(officer, pages, "/api/v1/feedback/complaints", "/api/v1/subject-access-requests", "/api/v1/my-work",
                "page /feedback", "page /subject-access-requests");

        ours.addAll(add.apply(N));
        Map<String, Integer> few = statements(lists);
        ours.addAll(add.apply(2 * N));
        Map<String, Integer> many = statements(lists);

        assertSameCost(few, many);
        String listed = PagedList.all(officer, "/api/v1/feedback/complaints").toString() + officer.get("/api/v1/subject-access-requests").body();
        assertThat(ours).hasSize(6 * N).allSatisfy(id -> assertThat(listed).contains(id));
    }

    @Test
    void theDolsTeamsWorkListFiguresAndReturnTakeNoMoreQueriesForThreeTimesTheApplications() {
        Api dols = staffWith(Role.DOLS);
        Api analyst = staffWith(Role.PERFORMANCE);
        Session pages = new Session(port, dols);
        long assessor = ListRows.assessor(dols);
        List<JsonNode> ours = new ArrayList<>();
        Function<Integer, List<JsonNode>> add = count -> {
            List<JsonNode> applications = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                applications.add(ListRows.dols(dols, ListRows.person(dols, "Dilys"), uniqueName("County Hospital "), assessor, false));
            }
            return applications;
        };
        int year = TestDates.today().getMonthValue() >= 4 ? TestDates.today().getYear() : TestDates.today().getYear() - 1;
        Map<String, Reader> lists = lists(dols, pages, "/api/v1/dols/applications", "/api/v1/my-work", "/api/v1/returns/dols.csv?financialYear=" + year,
                "page /dols");
        lists.putAll(lists(analyst, null, "/api/v1/dols/figures/records?figure=waiting"));

        ours.addAll(add.apply(N));
        Map<String, Integer> few = statements(lists);
        ours.addAll(add.apply(2 * N));
        Map<String, Integer> many = statements(lists);

        assertSameCost(few, many);
        String listed = PagedList.all(dols, "/api/v1/dols/applications").toString();
        assertThat(ours).hasSize(3 * N).allSatisfy(a -> assertThat(listed).contains(ListRows.id(a)));
        ours.forEach(a -> ListRows.withdraw(dols, a));
    }

    @Test
    void aPersonsRequestsAssessmentsSupportAndPackagesAndTheBrokersListTakeNoMoreQueriesForThreeTimesTheRows() {
        long team = newTeam("Lists ");
        Api practitioner = staffIn(java.util.Set.of(team), Role.PRACTITIONER);
        Api manager = staffIn(java.util.Set.of(team), Role.TEAM_MANAGER);
        Api brokerage = staffWith(Role.BROKERAGE);
        String person = People.create(practitioner, "Lorna");
        String zone = uniqueName("Vale ");
        String prime = CareAndSupport.location(brokerage, uniqueName("Prime "), List.of("Home care"), 0);
        assertThat(brokerage.post("/api/v1/brokerage/zones", Map.of("name", zone, "priceLevel", "URBAN", "primeProviders", List.of(prime)))
                .status()).isEqualTo(201);
        String today = TestDates.today().toString();
        Function<Integer, List<String>> add = count -> {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Api.Response request = practitioner.post("/api/v1/requests", Map.of("personId", person, "clientType", "Service user",
                        "routeOfAccess", "Community/Other route", "receivedOn", today, "summary", "Struggling at home"));
                assertThat(request.status()).as(request.toString()).isEqualTo(201);
                ids.add(request.json().path("id").asString());
                String assessment = CareAndSupport.eligibleAssessment(practitioner, manager, person, today);
                ids.add(assessment);
                Api.Response plan = manager.post("/api/v1/support-plans", Map.of("personId", person, "assessmentId", assessment, "teamId", team,
                        "startsOn", today, "budgetAmount", "5200", "budgetPeriod", "ANNUAL", "deliveryMechanism", "Direct payment",
                        "outcomes", List.of(Map.of("wanted", "I want to see my sister", "howMet", "A lift on Saturdays"))));
                assertThat(plan.status()).as(plan.toString()).isEqualTo(201);
                ids.add(plan.json().path("id").asString());
                ids.add(ListRows.id(CareAndSupport.start(practitioner, CareAndSupport.service(person, team, "Long term support: Community",
                        "Home Support", "CASSR commissioned support", today, "21.50", "Hourly", "10.5"))));
                Api.Response packageRequest = practitioner.post("/api/v1/brokerage/requests", Map.of("personId", person, "teamId", team,
                        "zone", zone, "hoursPerWeek", "7", "neededBy", today));
                assertThat(packageRequest.status()).as(packageRequest.toString()).isEqualTo(201);
            }
            return ids;
        };
        Map<String, Reader> lists = lists(practitioner, new Session(port, practitioner), "/api/v1/people/" + person + "/support",
                "page /people/" + person + "/support", "page /people/" + person + "/assessments", "page /people/" + person + "/requests");
        lists.putAll(lists(brokerage, new Session(port, brokerage), "/api/v1/brokerage/requests", "page /brokerage"));

        List<String> ours = new ArrayList<>(add.apply(N));
        Map<String, Integer> few = statements(lists);
        ours.addAll(add.apply(2 * N));
        Map<String, Integer> many = statements(lists);

        assertSameCost(few, many);
        Session session = new Session(port, practitioner);
        String listed = practitioner.get("/api/v1/people/" + person + "/support").body() + session.page("/people/" + person + "/requests").body()
                + session.page("/people/" + person + "/assessments").body();
        assertThat(ours).hasSize(12 * N).allSatisfy(id -> assertThat(listed).contains(id));
    }

    /** A list as one member of staff reads it: an API call over HTTP Basic, or ("page /path") a page in a signed-in session. */
    private interface Reader {
        int status();
    }

    private static Map<String, Reader> lists(Api staff, Session session, String... paths) {
        Map<String, Reader> lists = new LinkedHashMap<>();
        for (String path : paths) {
            lists.put(staff.username() + " " + path, path.startsWith("page ")
                    ? () -> session.page(path.substring(5)).statusCode()
                    : () -> staff.get(path).status());
        }
        return lists;
    }

    /** The statements each list takes, read once to warm caches and then counted. */
    private static Map<String, Integer> statements(Map<String, Reader> lists) {
        Map<String, Integer> counted = new LinkedHashMap<>();
        lists.forEach((name, list) -> {
            assertThat(list.status()).as(name).isEqualTo(200);
            counted.put(name, StatementCount.of(name.substring(0, name.indexOf(' ')), list::status));
        });
        return counted;
    }

    /** The same statements at 3N rows as at N, each list printed for bench/lists: at N rows, then at 3N. */
    private static void assertSameCost(Map<String, Integer> few, Map<String, Integer> many) {
        few.forEach((name, statements) -> System.out.printf("statements: %-60s %3d at %4d rows, %3d at %4d rows%n",
                name.substring(name.indexOf(' ') + 1).replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "{id}"), statements, N, many.get(name), 3 * N));
        assertThat(many).as("statements with 3 times the rows").isEqualTo(few);
    }
}
