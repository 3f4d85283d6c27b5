package org.openasc.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.headerRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * A council's working day, as Gatling runs it against the application {@link LoadBenchmark} started: every member of
 * staff signs in once through the sign-in form (session cookie and CSRF token, as the browser does), then works in a
 * loop for the length of the day with a think time between actions, so the population is fixed (a closed model);
 * one integration polls the API with a service-account token throughout. Request names are the rows of the report.
 */
public class CouncilDaySimulation extends Simulation {

    /** Handed over by {@link LoadBenchmark} before Gatling makes the simulation (it makes it by reflection). */
    static volatile LoadBenchmark.Plan plan;

    static final String SEARCH_FULL_NAME = "person search: full name";
    static final String SEARCH_FAMILY_NAME = "person search: family name";
    private static final String CSRF = "name=\"_csrf\"\\s+value=\"([^\"]+)\"";

    private final LoadBenchmark.Plan p = plan;
    private final FeederBuilder<Object> names = listFeeder(p.names()).random();
    private final FeederBuilder<Object> people = listFeeder(p.people()).random();

    public CouncilDaySimulation() {
        Duration think = p.think();
        Duration reading = think.multipliedBy(2);
        List<PopulationBuilder> day = new ArrayList<>();
        day.add(staff("practitioners", p.practitioners(), think, randomSwitch().on(
                percent(20).then(findByFullName()),
                percent(12).then(findByFamilyName()),
                percent(10).then(exec(personPage(), personApi())),
                percent(6).then(exec(personApi())),
                percent(12).then(logContact()),
                percent(14).then(exec(myWork())),
                percent(10).then(openAssessment()),
                percent(8).then(exec(page("caseload page", "/caseload"))),
                percent(8).then(exec(page("reviews due page", "/support/reviews"))))));
        day.add(staff("managers", p.managers(), think, randomSwitch().on(
                percent(20).then(exec(myWork())),
                percent(15).then(exec(page("waiting list page (team)", "/waiting-list?team=#{teamId}"))),
                percent(15).then(exec(page("awaiting authorisation page", "/assessments/awaiting-authorisation"))),
                percent(15).then(findByFullName()),
                percent(10).then(findByFamilyName()),
                percent(10).then(openAssessment()),
                percent(15).then(exec(page("front door dashboard", "/frontdoor/dashboard"))))));
        day.add(staff("safeguarding", p.safeguarding(), think, randomSwitch().on(
                percent(30).then(exec(page("safeguarding work page", "/safeguarding"))),
                percent(20).then(exec(myWork())),
                percent(25).then(findByFullName()),
                percent(15).then(findByFamilyName()),
                percent(10).then(exec(personApi())))));
        day.add(staff("performance", p.performance(), reading, randomSwitch().on(
                percent(25).then(exec(page("performance scorecard page", "/performance"))),
                percent(20).then(exec(page("front door dashboard", "/frontdoor/dashboard"))),
                percent(20).then(exec(page("support dashboard", "/support/dashboard"))),
                percent(20).then(exec(page("waiting list page (all)", "/waiting-list"))),
                percent(15).then(exec(page("safeguarding figures page", "/safeguarding/figures"))))));
        day.add(integration().injectOpen(atOnceUsers(1)));
        setUp(day)
                .protocols(http.baseUrl(p.base()).acceptHeader("application/json"))
                .maxDuration(p.ramp().plus(p.day()).plusMinutes(2))
                .assertions(global().failedRequests().count().is(0L));
    }

    /** One kind of staff: each signs in once as their own account, then works until the day ends. */
    private PopulationBuilder staff(String kind, List<Map<String, Object>> accounts, Duration think, ChainBuilder work) {
        ScenarioBuilder scenario = scenario(kind)
                .feed(listFeeder(accounts).queue())
                .exec(signIn())
                .exec(during(p.day()).on(exec(work).pause(think.dividedBy(2), think.multipliedBy(3).dividedBy(2))));
        return scenario.injectOpen(rampUsers(accounts.size()).during(p.ramp()));
    }

    private ChainBuilder signIn() {
        return exec(http("sign-in page").get("/sign-in").header("Accept", "text/html").check(regex(CSRF).saveAs("csrf")))
                .exec(http("sign in").post("/sign-in").formParam("username", "#{username}").formParam("password", BenchCouncil.PASSWORD)
                        .formParam("_csrf", "#{csrf}").disableFollowRedirect()
                        .check(status().is(302), headerRegex("Location", "sign-in").notExists()))
                .exec(myWork());
    }

    /** The home page: My work. It also carries the session's CSRF token, which changes on signing in. */
    private HttpRequestActionBuilder myWork() {
        return http("My work page").get("/").header("Accept", "text/html").check(status().is(200), regex(CSRF).saveAs("csrf"));
    }

    private static HttpRequestActionBuilder page(String name, String path) {
        return http(name).get(path).header("Accept", "text/html").check(status().is(200));
    }

    /** Types a person's given and family name, then opens the first match. */
    private ChainBuilder findByFullName() {
        return feed(names).exec(session -> session.remove("found"))
                .exec(http(SEARCH_FULL_NAME).get("/api/v1/people").queryParam("q", "#{fullName}")
                        .check(status().is(200), jsonPath("$.items[0].id").optional().saveAs("found")))
                .doIf(session -> session.contains("found")).then(exec(pause(Duration.ofSeconds(1), Duration.ofSeconds(3)),
                        exec(http("person record page").get("/people/#{found}").header("Accept", "text/html").check(status().is(200)))));
    }

    /** Types only a family name, as when the given name is not known or spelt several ways, and opens a match. */
    private ChainBuilder findByFamilyName() {
        return feed(names).exec(session -> session.remove("found"))
                .exec(http(SEARCH_FAMILY_NAME).get("/api/v1/people").queryParam("q", "#{familyName}")
                        .check(status().is(200), jsonPath("$.items[0].id").optional().saveAs("found")))
                .doIf(session -> session.contains("found")).then(exec(pause(Duration.ofSeconds(2), Duration.ofSeconds(5)),
                        exec(http("person record page").get("/people/#{found}").header("Accept", "text/html").check(status().is(200)))));
    }

    private ChainBuilder personPage() {
        return feed(people).exec(http("person record page").get("/people/#{personId}").header("Accept", "text/html").check(status().is(200)));
    }

    private ChainBuilder personApi() {
        return feed(people).exec(http("person record API").get("/api/v1/people/#{personId}").check(status().is(200)));
    }

    /** A call to the front door answered there and then: information and advice about someone on the record. */
    private ChainBuilder logContact() {
        return feed(people).exec(http("log a contact").post("/api/v1/contacts").header("X-CSRF-TOKEN", "#{csrf}")
                .body(StringBody("""
                        {"channel":"Phone","source":"The person themselves","personId":"#{personId}",
                         "reason":"Asking about help with shopping and meals","outcome":"Information and advice"}"""))
                .asJson().check(status().is(201)));
    }

    /** One of the worker's own assessments (any of the team's when they have none). */
    private ChainBuilder openAssessment() {
        return exec(session -> session.set("assessmentId", assessmentOf(session)))
                .exec(page("assessment page", "/assessments/#{assessmentId}"));
    }

    private UUID assessmentOf(Session session) {
        List<UUID> own = p.assessmentsByWorker().getOrDefault(session.getString("username"), List.of());
        List<UUID> from = own.isEmpty() ? p.assessments() : own;
        return from.get(ThreadLocalRandom.current().nextInt(from.size()));
    }

    /** A system that keeps its own copy of people's details in step: looks people up by NHS number and reads their record. */
    private ScenarioBuilder integration() {
        return scenario("integration").exec(during(p.ramp().plus(p.day())).on(feed(people)
                .exec(http("integration: search by NHS number").get("/api/v1/people").queryParam("nhsNumber", "#{nhsNumber}")
                        .header("Authorization", "Bearer " + p.token()).check(status().is(200)))
                .exec(http("integration: person record").get("/api/v1/people/#{personId}")
                        .header("Authorization", "Bearer " + p.token()).check(status().is(200)))
                .pause(Duration.ofSeconds(1))));
    }
}
