package org.openasc.support;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import org.openasc.bench.BenchSession;
import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.AssessmentAnswers;
import org.openasc.testing.CareAndSupport;
import org.openasc.testing.IntegrationTest;
import org.openasc.testing.TestDates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * "My work" from the front door, assessment and care and support, as {@code GET /api/v1/my-work} gives it to each role,
 * against small case loads counted by hand. Every list is scoped to a fresh team and fresh staff, so its count is exact;
 * the two that are the council's and not a team's alone (the front door's unallocated requests a manager triages and
 * allocates, and brokerage's packages) are read before and after, and this test's requests are made the oldest on them.
 * T is today; W is this test's team (practitioners P and Q, managers M and M2); E is another team (practitioner O, manager MO).
 */
class MyWorkFrontDoorAssessmentSupportTest extends IntegrationTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private record Team(long w, Api p, Api q, Api m, Api m2, long e, Api o, Api mo) {
    }

    private record Person(String id, String name) {
    }

    private Team team() {
        long w = newTeam("Work ");
        long e = newTeam("Elsewhere ");
        return new Team(w, staffIn(Set.of(w), Role.PRACTITIONER), staffIn(Set.of(w), Role.PRACTITIONER), staffIn(Set.of(w), Role.TEAM_MANAGER),
                staffIn(Set.of(w), Role.TEAM_MANAGER), e, staffIn(Set.of(e), Role.PRACTITIONER), staffIn(Set.of(e), Role.TEAM_MANAGER));
    }

    /**
     * Check-in intervals: urgent 7 days, high 14, medium 28, low 42 (the council's defaults, asserted first).
     *
     * <pre>
     * request  received  priority (decided)  allocated      also                       stage                   next check-in
     * R1       T-40      high (T-30)         W, P                                      awaiting assessment     T-16, 16 days overdue
     * R2       T-20      urgent (T-14)       W, P           check-in held T-7          awaiting assessment     T, due today
     * R3       T-10      low (T-10)          W, P                                      awaiting assessment     T+32
     * R4       T-5       -                   W, P                                      awaiting assessment     none
     * R5       T-60      medium (T-50)       W, P           assessment started T-15    assessment in progress  none (check-ins stop)
     * R6       T-30      high (T-25)         W, P           person restricted to M     awaiting assessment     T-11, 11 days overdue
     * Q1       T-50      medium (T-40)       W, Q                                      awaiting assessment     T-12, 12 days overdue
     * T1       T-700     -                   -                                         awaiting triage
     * T2       T-699     -                   W, no worker                              awaiting triage
     * A1       T-698     urgent (T-698)      -                                         awaiting allocation     overdue, no worker
     * A2       T-697     low (T-697)         W, no worker                              awaiting allocation     overdue, no worker
     * X1       T-701     -                   E, no worker                              awaiting triage (E)
     * X2       T-30      high (T-30)         E, O                                      awaiting assessment (E) T-16, overdue
     *
     * P  frontdoor.allocated-requests  6   R5 R1 R6 R2 R3 (longest waiting first; R4 the sixth, not shown)
     *    frontdoor.check-ins-due       3   R1 16 days overdue, R6 11 days overdue (a restricted record), R2 due today
     * M  frontdoor.awaiting-triage     before + 2, first T1 then T2 (X1 is E's)
     *    frontdoor.awaiting-allocation before + 2, first A1 (urgent) then A2 (low)
     *    frontdoor.overdue-check-ins-by-worker  2 workers: P 2 (R1, R6; longest 16 days), Q 1 (Q1; 12 days); A1 and A2 have no worker, X2 is E's
     * </pre>
     */
    @Test
    void theFrontDoorGivesAPractitionerTheirCaseloadAndCheckInsAndAManagerTheQueueAndOverdueWorkByWorker() {
        Team t = team();
        LocalDate today = TestDates.today();
        assertThat(t.p().get("/api/v1/check-in-intervals").json().toString()).contains("\"URGENT\":7", "\"HIGH\":14", "\"MEDIUM\":28", "\"LOW\":42");
        long triageBefore = list(t.m(), "frontdoor.awaiting-triage").path("count").asLong();
        long allocationBefore = list(t.m(), "frontdoor.awaiting-allocation").path("count").asLong();
        Map<JsonNode, Api> cleanUp = new HashMap<>();
        try {
            Person p1 = person(t.p(), "Ruby");
            Person p2 = person(t.p(), "Rose");
            Person p3 = person(t.p(), "Rhoda");
            Person p5 = person(t.p(), "Renee");
            Person p6 = person(t.p(), "Rita");
            JsonNode r1 = allocate(t, prioritise(t, request(t.p(), p1.id(), today.minusDays(40)), "HIGH", today.minusDays(30)), t.w(), t.p());
            JsonNode r2 = allocate(t, prioritise(t, request(t.p(), p2.id(), today.minusDays(20)), "URGENT", today.minusDays(14)), t.w(), t.p());
            assertThat(t.p().post("/api/v1/requests/" + r2.path("id").asString() + "/check-ins", Map.of("heldOn", today.minusDays(7).toString(),
                    "outcome", "Spoke to the person: no change")).status()).isEqualTo(201);
            JsonNode r3 = allocate(t, prioritise(t, request(t.p(), p3.id(), today.minusDays(10)), "LOW", today.minusDays(10)), t.w(), t.p());
            allocate(t, request(t.p(), person(t.p(), "Reba").id(), today.minusDays(5)), t.w(), t.p());
            JsonNode r5 = allocate(t, prioritise(t, request(t.p(), p5.id(), today.minusDays(60)), "MEDIUM", today.minusDays(50)), t.w(), t.p());
            assertThat(t.p().post("/api/v1/assessments", Map.of("requestId", r5.path("id").asString(), "assessmentType", "Long term assessment",
                    "method", "Face to face", "startedOn", today.minusDays(15).toString())).status()).isEqualTo(201);
            // The request moves on once the front door hears the assessment started (ADR 20).
            await().untilAsserted(() -> assertThat(t.p().get("/api/v1/requests/" + r5.path("id").asString()).json().path("stage").asString())
                    .isEqualTo("ASSESSMENT_IN_PROGRESS"));
            JsonNode r6 = allocate(t, prioritise(t, request(t.p(), p6.id(), today.minusDays(30)), "HIGH", today.minusDays(25)), t.w(), t.p());
            allocate(t, prioritise(t, request(t.q(), person(t.q(), "Queenie").id(), today.minusDays(50)), "MEDIUM", today.minusDays(40)), t.w(), t.q());
            Person t1 = person(t.m(), "Tilly");
            JsonNode triage1 = request(t.m(), t1.id(), today.minusDays(700));
            Person t2 = person(t.m(), "Tabitha");
            JsonNode triage2 = allocate(t, request(t.m(), t2.id(), today.minusDays(699)), t.w(), null);
            Person a1 = person(t.m(), "Agnes");
            JsonNode allocation1 = prioritise(t, request(t.m(), a1.id(), today.minusDays(698)), "URGENT", today.minusDays(698));
            Person a2 = person(t.m(), "Alma");
            JsonNode allocation2 = allocate(t, prioritise(t, request(t.m(), a2.id(), today.minusDays(697)), "LOW", today.minusDays(697)), t.w(), null);
            JsonNode x1 = request(t.mo(), person(t.mo(), "Xena").id(), today.minusDays(701));
            x1 = post200(t.mo(), "/api/v1/requests/" + x1.path("id").asString() + "/allocation", Map.of("teamId", t.e(), "version", x1.path("version").asInt()));
            JsonNode x2 = request(t.mo(), person(t.mo(), "Xanthe").id(), today.minusDays(30));
            x2 = post200(t.mo(), "/api/v1/requests/" + x2.path("id").asString() + "/priority", Map.of("priority", "HIGH", "reason", "Lives alone",
                    "decidedOn", today.minusDays(30).toString(), "version", x2.path("version").asInt()));
            post200(t.mo(), "/api/v1/requests/" + x2.path("id").asString() + "/allocation", Map.of("teamId", t.e(), "worker", t.o().username(),
                    "version", x2.path("version").asInt()));
            // Closed afterwards, so that these old requests wait on nobody else's list.
            cleanUp.putAll(Map.of(triage1, t.m(), triage2, t.m(), allocation1, t.m(), allocation2, t.m(), x1, t.mo()));
            restrict(t.m(), p6.id());

            JsonNode caseload = list(t.p(), "frontdoor.allocated-requests");
            assertThat(caseload.path("heading").asString()).isEqualTo("Requests allocated to you");
            assertThat(caseload.path("count").asLong()).isEqualTo(6);
            assertThat(caseload.path("href").asString()).isEqualTo("/caseload");
            assertItems(caseload, List.of(
                    item(r5, p5.name(), "Assessment in progress, received 60 days ago", null, false),
                    item(r1, p1.name(), "Awaiting assessment, received 40 days ago", null, false),
                    item(r6, "Restricted record", "Awaiting assessment, received 30 days ago", null, false),
                    item(r2, p2.name(), "Awaiting assessment, received 20 days ago", null, false),
                    item(r3, p3.name(), "Awaiting assessment, received 10 days ago", null, false)));

            JsonNode checkIns = list(t.p(), "frontdoor.check-ins-due");
            assertThat(checkIns.path("heading").asString()).isEqualTo("Waiting-well check-ins due");
            assertThat(checkIns.path("count").asLong()).isEqualTo(3);
            assertItems(checkIns, List.of(
                    item(r1, p1.name(), "Check-in 16 days overdue", today.minusDays(16), true),
                    item(r6, "Restricted record", "Check-in 11 days overdue", today.minusDays(11), true),
                    item(r2, p2.name(), "Check-in due today", today, false)));

            JsonNode triage = list(t.m(), "frontdoor.awaiting-triage");
            assertThat(triage.path("heading").asString()).isEqualTo("Requests awaiting triage");
            assertThat(triage.path("count").asLong()).isEqualTo(triageBefore + 2);
            assertThat(triage.path("href").asString()).isEqualTo("/waiting-list?stage=AWAITING_TRIAGE");
            assertThat(first(triage, 2)).containsExactly(
                    item(triage1, t1.name(), "Received 700 days ago", null, false),
                    item(triage2, t2.name(), "Received 699 days ago", null, false));

            JsonNode allocation = list(t.m(), "frontdoor.awaiting-allocation");
            assertThat(allocation.path("heading").asString()).isEqualTo("Requests awaiting allocation");
            assertThat(allocation.path("count").asLong()).isEqualTo(allocationBefore + 2);
            assertThat(allocation.path("href").asString()).isEqualTo("/waiting-list?stage=AWAITING_ALLOCATION");
            assertThat(first(allocation, 2)).containsExactly(
                    item(allocation1, a1.name(), "Urgent priority, received 698 days ago", null, false),
                    item(allocation2, a2.name(), "Low priority, received 697 days ago", null, false));

            JsonNode byWorker = list(t.m(), "frontdoor.overdue-check-ins-by-worker");
            assertThat(byWorker.path("heading").asString()).isEqualTo("Overdue check-ins by worker in your teams");
            assertThat(byWorker.path("count").asLong()).isEqualTo(2);
            assertThat(byWorker.path("href").asString()).isEqualTo("/waiting-list?overdue=true");
            assertItems(byWorker, List.of(
                    List.of("Test " + t.p().username(), "/waiting-list?worker=" + t.p().username() + "&overdue=true", today.minusDays(16).toString(),
                            "2 check-ins overdue, the longest by 16 days", "true"),
                    List.of("Test " + t.q().username(), "/waiting-list?worker=" + t.q().username() + "&overdue=true", today.minusDays(12).toString(),
                            "1 check-in overdue, the longest by 12 days", "true")));
            JsonNode overdueOfP = t.m().get("/api/v1/waiting-list?worker=" + t.p().username() + "&overdue=true").json();
            assertThat(overdueOfP.path("total").asLong()).as("the worker's item links to their overdue check-ins").isEqualTo(2);
        } finally {
            for (Map.Entry<JsonNode, Api> r : cleanUp.entrySet()) {
                String path = "/api/v1/requests/" + r.getKey().path("id").asString();
                JsonNode now = r.getValue().get(path).json();
                r.getValue().post(path + "/close", Map.of("outcome", "Progress to assessment, review or reassessment",
                        "closedOn", TestDates.today().toString(), "version", now.path("version").asInt()));
            }
        }
    }

    /**
     * <pre>
     * assessment  type                        worker  started  completed  authorised   on whose list
     * S1          long term (from a request)  P       T-15     -          -            P, started 15 days ago
     * S2          unpaid carer                P       T-3      -          -            P, started 3 days ago
     * S3          long term                   P       T-6      T-2        -            M, completed 2 days ago
     * S4          mental capacity             P       T-1      -          -            P, started yesterday
     * SQ          short term                  Q       T-9      T-5        -            M, completed 5 days ago
     * SF          financial                   P       T-4      T-4        -            nobody's: not an eligibility decision
     * SM          long term                   M       T-8      T-7        -            not M's: another manager authorises it
     * SO          long term                   O       T-6      T-6        -            not M's: team E
     * SA          long term                   P       T        T          by M2        nobody's: authorised
     *
     * P  assessment.in-progress            3  S1 S2 S4 (the longest running first)
     * M  assessment.awaiting-authorisation 2  SQ S3 (the longest waiting first)
     * </pre>
     */
    @Test
    void assessmentGivesAPractitionerTheirAssessmentsInProgressAndAManagerTheDecisionsToAuthorise() throws Exception {
        Team t = team();
        LocalDate today = TestDates.today();
        JsonNode request = request(t.p(), person(t.p(), "Sadie").id(), today.minusDays(60));
        request = allocate(t, request, t.w(), t.p());
        Person s1p = new Person(request.path("personId").asString(), name(t.p(), request.path("personId").asString()));
        JsonNode s1 = post(t.p(), "/api/v1/assessments", Map.of("requestId", request.path("id").asString(), "assessmentType", "Long term assessment",
                "method", "Face to face", "startedOn", today.minusDays(15).toString()));
        Person s2p = person(t.p(), "Sally");
        JsonNode s2 = start(t.p(), s2p, "Unpaid carer assessment", today.minusDays(3));
        Person s3p = person(t.p(), "Selina");
        JsonNode s3 = complete(t.p(), start(t.p(), s3p, "Long term assessment", today.minusDays(6)), today.minusDays(2));
        Person s4p = person(t.p(), "Sonia");
        JsonNode s4 = start(t.p(), s4p, "Mental capacity assessment", today.minusDays(1));
        Person sqp = person(t.q(), "Stella");
        JsonNode sq = complete(t.q(), start(t.q(), sqp, "Short term assessment", today.minusDays(9)), today.minusDays(5));
        JsonNode sf = start(t.p(), person(t.p(), "Sybil"), "Financial assessment", today.minusDays(4));
        post200(t.p(), "/api/v1/assessments/" + sf.path("id").asString() + "/complete", Map.of("completedOn", today.minusDays(4).toString(),
                "version", sf.path("version").asInt()));
        complete(t.m(), start(t.m(), person(t.m(), "Susan"), "Long term assessment", today.minusDays(8)), today.minusDays(7));
        complete(t.o(), start(t.o(), person(t.o(), "Sue"), "Long term assessment", today.minusDays(6)), today.minusDays(6));
        CareAndSupport.eligibleAssessment(t.p(), t.m2(), person(t.p(), "Selma").id(), today.toString());

        JsonNode inProgress = list(t.p(), "assessment.in-progress");
        assertThat(inProgress.path("heading").asString()).isEqualTo("Your assessments in progress");
        assertThat(inProgress.path("count").asLong()).isEqualTo(3);
        assertThat(inProgress.path("href").asString()).isEqualTo("/assessments/in-progress");
        assertItems(inProgress, List.of(
                assessment(s1, "Long term assessment", s1p, "Started 15 days ago"),
                assessment(s2, "Unpaid carer assessment", s2p, "Started 3 days ago"),
                assessment(s4, "Mental capacity assessment", s4p, "Started yesterday")));

        JsonNode toAuthorise = list(t.m(), "assessment.awaiting-authorisation");
        assertThat(toAuthorise.path("heading").asString()).isEqualTo("Eligibility decisions for you to authorise");
        assertThat(toAuthorise.path("count").asLong()).isEqualTo(2);
        assertThat(toAuthorise.path("href").asString()).isEqualTo("/assessments/awaiting-authorisation");
        assertItems(toAuthorise, List.of(
                assessment(sq, "Short term assessment", sqp, "Completed 5 days ago"),
                assessment(s3, "Long term assessment", s3p, "Completed 2 days ago")));

        String inProgressPage = BenchSession.signIn("http://localhost:" + port, t.p().username(), PASSWORD).page("/assessments/in-progress");
        assertThat(inProgressPage).contains("Showing 1 to 3 of 3", s1p.name(), s2p.name(), s4p.name()).doesNotContain(s3p.name());
        String toAuthorisePage = BenchSession.signIn("http://localhost:" + port, t.m().username(), PASSWORD).page("/assessments/awaiting-authorisation");
        assertThat(toAuthorisePage).contains("Showing 1 to 2 of 2", sqp.name(), s3p.name());
    }

    /**
     * Planned reviews fall due 12 months after long-term support starts and after each review; direct payments are checked 8
     * weeks after payments start, then 3 months after each check. Both lists hold those overdue and those due in the next 28 days.
     *
     * <pre>
     * person  long-term service (team, start)   also                                         on P's lists
     * V1      W, T-13 months                     payment D1 (no service) from T-70            review 1 month overdue; D1 check due T-14, 14 days overdue
     * V2      W, T-12 months +10 days            restricted to M                              review due T+10 days, "Restricted record"
     * V3      W, T-14 months                     reviewed T-1 month; D3 from T-200, checked    neither: review due in 11 months, check due T-60 +3 months
     *                                            T-60
     * W1      W, T-100 (a direct payment)        D2 on that service from T-50                 D2 check due T+6 (its review is 9 months off)
     * E1      E, T-13 months                     D4 (no service) from T-70                    neither: team E
     *
     * plan  person's assessment      written by  signed off  on M's list
     * PL1   K1, by P, M2 authorised   P           -           yes, written today
     * PL2   K2, by P                  M           -           no: M wrote it
     * PL3   K3, by P                  P           by M2       no: signed off
     * PL4   K4, by O, MO authorised   O (team E)  -           no: team E
     * PL5   K5, by Q                  Q           -           yes, written today
     *
     * package  requested (backdated)  needed by  on brokerage's list
     * K1       T-700                  T+7        first, care due in a week
     * K2       T-699                  T          second, care due today
     *
     * P       support.reviews-due            2  V1 then V2
     *         support.direct-payment-checks  2  D1 then D2
     * M       support.plans-awaiting-sign-off 2  PL1 then PL5
     * broker  support.packages-not-sourced   before + 2, first K1 then K2
     * </pre>
     */
    @Test
    void careAndSupportGivesReviewsAndPaymentChecksPlansToSignOffAndPackagesToSource() throws Exception {
        Team t = team();
        Api broker = staffWith(Role.BROKERAGE);
        LocalDate today = TestDates.today();
        Person v1 = person(t.p(), "Violet");
        LocalDate v1From = today.minusMonths(13);
        CareAndSupport.start(t.p(), CareAndSupport.service(v1.id(), t.w(), "Long term support: Community", "Home Support", "CASSR commissioned support",
                v1From.toString(), "20.00", "Hourly", "5"));
        JsonNode d1 = post(t.p(), "/api/v1/direct-payments", Map.of("personId", v1.id(), "agreementSignedOn", today.minusDays(75).toString(),
                "amount", "500.00", "period", "MONTHLY", "startsOn", today.minusDays(70).toString()));
        Person v2 = person(t.p(), "Vanessa");
        LocalDate v2From = today.minusMonths(12).plusDays(10);
        CareAndSupport.start(t.p(), CareAndSupport.service(v2.id(), t.w(), "Long term support: Community", "Day Support", "CASSR commissioned support",
                v2From.toString(), "40.00", "Per session", "2"));
        Person v3 = person(t.p(), "Vera");
        CareAndSupport.start(t.p(), CareAndSupport.service(v3.id(), t.w(), "Long term support: Community", "Meals", "CASSR commissioned support",
                today.minusMonths(14).toString(), "4.00", "Daily", "7"));
        CareAndSupport.review(t.p(), v3.id(), "Planned", today.minusMonths(1).toString(), "Fully achieved");
        JsonNode d3 = post(t.p(), "/api/v1/direct-payments", Map.of("personId", v3.id(), "agreementSignedOn", today.minusDays(205).toString(),
                "amount", "300.00", "period", "MONTHLY", "startsOn", today.minusDays(200).toString()));
        post200(t.p(), "/api/v1/direct-payments/" + d3.path("id").asString() + "/checks", Map.of("doneOn", today.minusDays(60).toString(),
                "outcome", "SATISFACTORY"));
        Person w1 = person(t.p(), "Wendy");
        JsonNode dpService = CareAndSupport.start(t.p(), CareAndSupport.service(w1.id(), t.w(), "Long term support: Community", "Direct Payment", null,
                today.minusDays(100).toString(), "250.00", "Weekly", null));
        JsonNode d2 = post(t.p(), "/api/v1/direct-payments", Map.of("personId", w1.id(), "serviceId", dpService.path("id").asString(),
                "agreementSignedOn", today.minusDays(55).toString(), "amount", "1000.00", "period", "MONTHLY", "startsOn", today.minusDays(50).toString()));
        Person e1 = person(t.o(), "Edith");
        CareAndSupport.start(t.o(), CareAndSupport.service(e1.id(), t.e(), "Long term support: Community", "Home Support", "CASSR commissioned support",
                today.minusMonths(13).toString(), "20.00", "Hourly", "5"));
        post(t.o(), "/api/v1/direct-payments", Map.of("personId", e1.id(), "agreementSignedOn", today.minusDays(75).toString(),
                "amount", "500.00", "period", "MONTHLY", "startsOn", today.minusDays(70).toString()));

        Person k1 = person(t.p(), "Kath");
        JsonNode pl1 = plan(t.p(), k1, CareAndSupport.eligibleAssessment(t.p(), t.m2(), k1.id(), today.toString()), t.w());
        Person k2 = person(t.p(), "Kay");
        plan(t.m(), k2, CareAndSupport.eligibleAssessment(t.p(), t.m2(), k2.id(), today.toString()), t.w());
        Person k3 = person(t.p(), "Kim");
        JsonNode pl3 = plan(t.p(), k3, CareAndSupport.eligibleAssessment(t.p(), t.m2(), k3.id(), today.toString()), t.w());
        post200(t.m2(), "/api/v1/support-plans/" + pl3.path("id").asString() + "/sign-off", Map.of("version", pl3.path("version").asInt()));
        Person k4 = person(t.o(), "Kelly");
        plan(t.o(), k4, CareAndSupport.eligibleAssessment(t.o(), t.mo(), k4.id(), today.toString()), t.e());
        Person k5 = person(t.q(), "Kitty");
        JsonNode pl5 = plan(t.q(), k5, CareAndSupport.eligibleAssessment(t.q(), t.m2(), k5.id(), today.toString()), t.w());

        long packagesBefore = list(broker, "support.packages-not-sourced").path("count").asLong();
        String zone = uniqueName("Work zone ");
        assertThat(broker.post("/api/v1/brokerage/zones", Map.of("name", zone, "priceLevel", "RURAL", "primeProviders", List.of(),
                "supplementaryProviders", List.of())).status()).isEqualTo(201);
        Person pk1 = person(t.p(), "Pam");
        JsonNode package1 = post(t.p(), "/api/v1/brokerage/requests", Map.of("personId", pk1.id(), "teamId", t.w(), "zone", zone, "hoursPerWeek", "7",
                "neededBy", today.plusDays(7).toString()));
        Person pk2 = person(t.p(), "Peggy");
        JsonNode package2 = post(t.p(), "/api/v1/brokerage/requests", Map.of("personId", pk2.id(), "teamId", t.w(), "zone", zone, "hoursPerWeek", "3.5",
                "neededBy", today.toString()));
        // Requests are made today; these are dated back so that they are the oldest on the council-wide list, whatever else waits on it.
        backdate(package1, today.minusDays(700));
        backdate(package2, today.minusDays(699));
        restrict(t.m(), v2.id());
        try {
            LocalDate v1Due = v1From.plusMonths(12);
            JsonNode reviews = list(t.p(), "support.reviews-due");
            assertThat(reviews.path("heading").asString()).isEqualTo("Reviews due for your people and teams");
            assertThat(reviews.path("count").asLong()).isEqualTo(2);
            assertThat(reviews.path("href").asString()).isEqualTo("/support/reviews");
            assertItems(reviews, List.of(
                    List.of(v1.name(), "/people/" + v1.id() + "/support", v1Due.toString(),
                            "Review " + java.time.temporal.ChronoUnit.DAYS.between(v1Due, today) + " days overdue", "true"),
                    List.of("Restricted record", "/people/" + v2.id() + "/support", v2From.plusMonths(12).toString(),
                            "Review due " + DAY.format(v2From.plusMonths(12)), "false")));

            JsonNode checks = list(t.p(), "support.direct-payment-checks");
            assertThat(checks.path("heading").asString()).isEqualTo("Direct payment checks due");
            assertThat(checks.path("count").asLong()).isEqualTo(2);
            assertThat(checks.path("href").asString()).isEqualTo("/direct-payments/checks-due");
            assertItems(checks, List.of(
                    List.of("Direct payment: " + v1.name(), "/people/" + v1.id() + "/support", today.minusDays(14).toString(), "Check 14 days overdue", "true"),
                    List.of("Direct payment: " + w1.name(), "/people/" + w1.id() + "/support", today.plusDays(6).toString(),
                            "Check due " + DAY.format(today.plusDays(6)), "false")));
            assertThat(d1.path("nextCheckDueOn").asString()).isEqualTo(today.minusDays(14).toString());
            assertThat(d2.path("nextCheckDueOn").asString()).isEqualTo(today.plusDays(6).toString());

            JsonNode plans = list(t.m(), "support.plans-awaiting-sign-off");
            assertThat(plans.path("heading").asString()).isEqualTo("Care and support plans for you to sign off");
            assertThat(plans.path("count").asLong()).isEqualTo(2);
            assertThat(plans.path("href").asString()).isEqualTo("/support-plans/awaiting-sign-off");
            assertItems(plans, List.of(
                    List.of("Care and support plan: " + k1.name(), "/support-plans/" + pl1.path("id").asString(), "", "Written today", "false"),
                    List.of("Care and support plan: " + k5.name(), "/support-plans/" + pl5.path("id").asString(), "", "Written today", "false")));

            JsonNode packages = list(broker, "support.packages-not-sourced");
            assertThat(packages.path("heading").asString()).isEqualTo("Home care packages not yet sourced");
            assertThat(packages.path("count").asLong()).isEqualTo(packagesBefore + 2);
            assertThat(packages.path("href").asString()).isEqualTo("/brokerage");
            assertThat(first(packages, 2)).containsExactly(
                    List.of("Package " + package1.path("requestNumber").asLong() + ": " + pk1.name(), "/brokerage/" + package1.path("id").asString(),
                            today.plusDays(7).toString(), "Care due " + DAY.format(today.plusDays(7)), "false"),
                    List.of("Package " + package2.path("requestNumber").asLong() + ": " + pk2.name(), "/brokerage/" + package2.path("id").asString(),
                            today.toString(), "Care due today", "false"));

            String checksPage = BenchSession.signIn("http://localhost:" + port, t.p().username(), PASSWORD).page("/direct-payments/checks-due");
            assertThat(checksPage).contains("Showing 1 to 2 of 2", v1.name(), w1.name()).doesNotContain(v3.name(), e1.name());
            String plansPage = BenchSession.signIn("http://localhost:" + port, t.m().username(), PASSWORD).page("/support-plans/awaiting-sign-off");
            assertThat(plansPage).contains("Showing 1 to 2 of 2", k1.name(), k5.name()).doesNotContain(k2.name(), k3.name(), k4.name());
        } finally {
            jdbc.sql("update support.package_request set cancelled_on = :today where id in (:ids)").param("today", today)
                    .param("ids", List.of(java.util.UUID.fromString(package1.path("id").asString()), java.util.UUID.fromString(package2.path("id").asString())))
                    .update();
        }
    }

    /** Each role has its lists from these three modules, in the order of the person's journey, and nobody else has them. */
    @Test
    void eachRoleHasItsOwnListsAndEachListLinksToAPageThatOpens() throws Exception {
        Team t = team();
        Api broker = staffWith(Role.BROKERAGE);
        Map<Api, List<String>> expected = Map.of(
                t.p(), List.of("frontdoor.allocated-requests /caseload", "frontdoor.check-ins-due /caseload", "assessment.in-progress /assessments/in-progress",
                        "support.reviews-due /support/reviews", "support.direct-payment-checks /direct-payments/checks-due"),
                t.m(), List.of("frontdoor.awaiting-triage /waiting-list?stage=AWAITING_TRIAGE",
                        "frontdoor.awaiting-allocation /waiting-list?stage=AWAITING_ALLOCATION",
                        "frontdoor.overdue-check-ins-by-worker /waiting-list?overdue=true",
                        "assessment.awaiting-authorisation /assessments/awaiting-authorisation",
                        "support.plans-awaiting-sign-off /support-plans/awaiting-sign-off"),
                broker, List.of("support.packages-not-sourced /brokerage"),
                staffWith(Role.FINANCE), List.of(),
                staffWith(Role.COUNCILLOR), List.of());
        for (Map.Entry<Api, List<String>> role : expected.entrySet()) {
            List<String> lists = new ArrayList<>();
            for (JsonNode l : work(role.getKey())) {
                if (ours(l)) {
                    lists.add(l.path("key").asString() + " " + l.path("href").asString());
                    assertThat(l.path("count").asLong()).as(l.path("key").asString()).isGreaterThanOrEqualTo(l.path("items").size());
                    assertThat(l.path("items").size()).isLessThanOrEqualTo(5);
                }
            }
            assertThat(lists).as(role.getKey().username()).containsExactlyElementsOf(role.getValue());
            if (!role.getValue().isEmpty()) {
                BenchSession session = BenchSession.signIn("http://localhost:" + port, role.getKey().username(), PASSWORD);
                for (String list : role.getValue()) {
                    assertThat(session.page(list.substring(list.indexOf(' ') + 1))).as(list).contains("</main>").doesNotContain("Sorry, there is a problem");
                }
            }
        }
        Api practitionerAndManager = staffIn(Set.of(t.w()), Role.PRACTITIONER, Role.TEAM_MANAGER);
        assertThat(work(practitionerAndManager).stream().filter(MyWorkFrontDoorAssessmentSupportTest::ours).map(l -> l.path("key").asString()))
                .containsExactly("frontdoor.allocated-requests", "frontdoor.check-ins-due", "frontdoor.awaiting-triage", "frontdoor.awaiting-allocation",
                        "frontdoor.overdue-check-ins-by-worker", "assessment.in-progress", "assessment.awaiting-authorisation", "support.reviews-due",
                        "support.direct-payment-checks", "support.plans-awaiting-sign-off");
    }

    // ---- the API calls that build the case loads

    private Person person(Api api, String given) {
        String family = uniqueName("Mw");
        Api.Response created = api.post("/api/v1/people", Map.of("givenName", given, "familyName", family, "dateOfBirth", "1941-06-14",
                "gender", "Female", "postcode", "LE1 7RH"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return new Person(created.json().path("id").asString(), given + " " + family);
    }

    private static String name(Api api, String personId) {
        JsonNode p = api.get("/api/v1/people/" + personId).json();
        return p.path("givenName").asString() + " " + p.path("familyName").asString();
    }

    private static JsonNode request(Api api, String personId, LocalDate received) {
        return post(api, "/api/v1/requests", Map.of("personId", personId, "clientType", "Service user", "routeOfAccess", "Community/Other route",
                "receivedOn", received.toString(), "summary", "Struggling at home since a fall"));
    }

    private static JsonNode prioritise(Team t, JsonNode request, String priority, LocalDate on) {
        return post200(t.m(), "/api/v1/requests/" + request.path("id").asString() + "/priority", Map.of("priority", priority,
                "reason", "As the front door found", "decidedOn", on.toString(), "version", request.path("version").asInt()));
    }

    /** Allocates to the team and, unless null, the worker. */
    private static JsonNode allocate(Team t, JsonNode request, long team, Api worker) {
        Map<String, Object> body = new HashMap<>(Map.of("teamId", team, "version", request.path("version").asInt()));
        if (worker != null) {
            body.put("worker", worker.username());
        }
        return post200(t.m(), "/api/v1/requests/" + request.path("id").asString() + "/allocation", body);
    }

    private static JsonNode start(Api api, Person person, String type, LocalDate on) {
        Map<String, Object> body = new HashMap<>(Map.of("personId", person.id(), "assessmentType", type, "startedOn", on.toString()));
        if (!type.equals("Financial assessment")) {
            body.put("method", "Face to face");
        }
        return post(api, "/api/v1/assessments", body);
    }

    /** Answers an eligibility determination (eligible) and completes it on the day. */
    private static JsonNode complete(Api api, JsonNode assessment, LocalDate on) {
        String path = "/api/v1/assessments/" + assessment.path("id").asString();
        Api.Response answered = api.put(path, Map.of("version", assessment.path("version").asInt(),
                "outcomes", AssessmentAnswers.unable("PERSONAL_HYGIENE", "NUTRITION")));
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        return post200(api, path + "/complete", Map.of("completedOn", on.toString(), "version", answered.json().path("version").asInt()));
    }

    private static JsonNode plan(Api api, Person person, String assessmentId, long team) {
        return post(api, "/api/v1/support-plans", Map.of("personId", person.id(), "assessmentId", assessmentId, "teamId", team,
                "startsOn", TestDates.today().toString(), "budgetAmount", "200", "budgetPeriod", "WEEKLY", "deliveryMechanism", "Direct payment",
                "outcomes", List.of(Map.of("wanted", "To stay in my own home", "howMet", "Home support every morning"))));
    }

    /** Restricts the person to the manager (who restricts), so everyone else sees "Restricted record". */
    private static void restrict(Api manager, String personId) {
        String path = "/api/v1/people/" + personId;
        int version = manager.get(path).json().path("version").asInt();
        Api.Response restricted = manager.put(path + "/restriction", Map.of("restricted", true, "allowedUsers", List.of(manager.username()),
                "reason", "Relative works in adult social care", "version", version));
        assertThat(restricted.status()).as(restricted.toString()).isEqualTo(200);
    }

    private void backdate(JsonNode packageRequest, LocalDate requestedOn) {
        jdbc.sql("update support.package_request set requested_on = :on where id = :id").param("on", requestedOn)
                .param("id", java.util.UUID.fromString(packageRequest.path("id").asString())).update();
    }

    private static JsonNode post(Api api, String path, Object body) {
        Api.Response created = api.post(path, body);
        assertThat(created.status()).as(path + ": " + created).isEqualTo(201);
        return created.json();
    }

    private static JsonNode post200(Api api, String path, Object body) {
        Api.Response changed = api.post(path, body);
        assertThat(changed.status()).as(path + ": " + changed).isEqualTo(200);
        return changed.json();
    }

    // ---- reading my work

    private static List<JsonNode> work(Api api) {
        Api.Response response = api.get("/api/v1/my-work");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<JsonNode> lists = new ArrayList<>();
        response.json().path("items").forEach(lists::add);
        return lists;
    }

    private static boolean ours(JsonNode list) {
        String key = list.path("key").asString();
        return key.startsWith("frontdoor.") || key.startsWith("assessment.") || key.startsWith("support.");
    }

    private static JsonNode list(Api api, String key) {
        return work(api).stream().filter(l -> l.path("key").asString().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError(api.username() + " has no list " + key));
    }

    /** An item as compared: title, href, due date ("" for none), clock, overdue. */
    private static List<String> item(JsonNode request, String personName, String clock, LocalDate dueOn, boolean overdue) {
        return List.of("Request " + request.path("requestNumber").asLong() + ": " + personName, "/requests/" + request.path("id").asString(),
                dueOn == null ? "" : dueOn.toString(), clock, String.valueOf(overdue));
    }

    private static List<String> assessment(JsonNode a, String type, Person person, String clock) {
        return List.of(type + " " + a.path("assessmentNumber").asLong() + ": " + person.name(), "/assessments/" + a.path("id").asString(), "", clock,
                "false");
    }

    private static List<List<String>> first(JsonNode list, int n) {
        List<List<String>> items = new ArrayList<>();
        for (JsonNode i : list.path("items")) {
            if (items.size() < n) {
                items.add(List.of(i.path("title").asString(), i.path("href").asString(), i.path("dueOn").isNull() || i.path("dueOn").isMissingNode() ? "" : i.path("dueOn").asString(),
                        i.path("clock").asString(), String.valueOf(i.path("overdue").asBoolean())));
            }
        }
        return items;
    }

    private static void assertItems(JsonNode list, List<List<String>> expected) {
        assertThat(first(list, Integer.MAX_VALUE)).as(list.path("key").asString()).containsExactlyElementsOf(expected);
    }
}
