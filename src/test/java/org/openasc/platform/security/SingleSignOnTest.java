package org.openasc.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import org.openasc.OpenAscApplication;
import org.openasc.testing.Api;
import org.openasc.testing.Browser;
import org.openasc.testing.IntegrationTest;
import org.openasc.testing.Session;

/**
 * Single sign-on through a real OpenID Connect server (mock-oauth2-server, started here on a free port) to a node of
 * OpenASC configured against it and sharing the suite's database, as a second node behind a council's load balancer
 * would (the suite's own node stays without single sign-on). Each sign-in follows the real redirects: OpenASC, the
 * provider's authorisation endpoint, back with a code that OpenASC exchanges for a signed ID token carrying the groups.
 */
class SingleSignOnTest extends IntegrationTest {

    private static final String ISSUER = "testshire";
    private static final String BUTTON = "Sign in with Testshire County Council";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private static MockOAuth2Server provider;
    private static ConfigurableApplicationContext node;
    private static int nodePort;

    @Autowired
    private EmbeddedPostgres database;

    @BeforeEach
    void startTheProviderAndANodeUsingIt() throws IOException {
        if (node != null) {
            return;
        }
        provider = new MockOAuth2Server();
        provider.start();
        node = new SpringApplicationBuilder(OpenAscApplication.class).run(
                "--spring.datasource.url=" + database.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--server.port=0",
                "--openasc.demo.enabled=false",
                "--openasc.performance.keep-month-ends=false",
                "--openasc.scheduling.node-name=single-sign-on-node",
                "--openasc.single-sign-on.issuer-uri=" + provider.issuerUrl(ISSUER),
                "--openasc.single-sign-on.client-id=openasc",
                "--openasc.single-sign-on.client-secret=not-a-real-secret",
                "--openasc.single-sign-on.name=Testshire County Council");
        nodePort = Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
    }

    @AfterAll
    static void stopThem() {
        if (node != null) {
            node.close();
            node = null;
        }
        if (provider != null) {
            provider.shutdown();
            provider = null;
        }
    }

    @Test
    void mappedGroupsGiveTheirRolesAndTeamsAndLeavingAGroupTakesTheRoleAwayAtTheNextSignIn() {
        Api admin = staffWith(Role.ADMIN);
        long locality = newTeam("Sso locality ");
        String practitioners = group();
        String managers = group();
        String localityGroup = group();
        Api.Response added = admin.post("/api/v1/single-sign-on/mappings",
                Map.of("claimValue", practitioners, "description", "ASC practitioners", "role", "PRACTITIONER"));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.location()).isEqualTo("/api/v1/single-sign-on/mappings/" + added.json().get("id").asLong());
        assertThat(added.json().get("gives").asString()).isEqualTo("Role: Practitioner");
        assertThat(admin.post("/api/v1/single-sign-on/mappings", Map.of("claimValue", managers, "role", "TEAM_MANAGER")).status()).isEqualTo(201);
        assertThat(admin.post("/api/v1/single-sign-on/mappings", Map.of("claimValue", localityGroup, "teamId", locality)).status()).isEqualTo(201);

        Person jo = new Person("jo.bloggs." + uniqueName("").toLowerCase());
        SignedIn first = jo.signIn(practitioners, managers, localityGroup, group());
        assertThat(first.landedOn()).isEqualTo("/");
        Account account = account(jo);
        assertThat(account.username()).isEqualTo(jo.stem);
        assertThat(account.displayName()).isEqualTo("Jo Bloggs");
        assertThat(account.email()).isEqualTo(jo.stem + "@testshire.gov.uk");
        assertThat(account.hasPassword()).as("a single sign-on account has no OpenASC password").isFalse();
        assertThat(staffDirectory.rolesOf(jo.stem)).containsExactlyInAnyOrder(Role.PRACTITIONER, Role.TEAM_MANAGER);
        assertThat(staffDirectory.teamIdsOf(jo.stem)).containsExactly(locality);
        assertThat(first.get("/").statusCode()).isEqualTo(200);
        assertThat(first.get("/admin/users").statusCode()).as("no administrator role mapped").isEqualTo(403);
        assertThat(audited(jo.stem, "CREATED", "Single sign-on, first sign-in through %")).isEqualTo(1);
        assertThat(audited(jo.stem, "SIGNED_IN", "%")).isEqualTo(1);

        SignedIn second = jo.signIn(practitioners, localityGroup);
        assertThat(second.landedOn()).isEqualTo("/");
        assertThat(staffDirectory.rolesOf(jo.stem)).as("left the managers' group").containsExactly(Role.PRACTITIONER);
        assertThat(account(jo).username()).as("the same account, found by issuer and subject").isEqualTo(jo.stem);
        assertThat(audited(jo.stem, "CHANGED", "Single sign-on: roles [PRACTITIONER, TEAM_MANAGER] to [PRACTITIONER]%")).isEqualTo(1);
        assertThat(first.get("/").uri().getPath()).as("the roles changed, so the earlier session ended").isEqualTo("/sign-in");
        assertThat(second.get("/").statusCode()).isEqualTo(200);

        SignedIn third = jo.signIn(group());
        assertThat(third.landedOn()).as("no group left that gives a role").isEqualTo("/sign-in/refused");
        assertThat(staffDirectory.rolesOf(jo.stem)).isEmpty();
        assertThat(staffDirectory.teamIdsOf(jo.stem)).isEmpty();
        assertThat(second.get("/").uri().getPath()).isEqualTo("/sign-in");
        assertThat(audited(jo.stem, "SIGN_IN_FAILED", "Single sign-on refused (no-role)%")).isEqualTo(1);

        Api.Response removed = admin.raw("DELETE", "/api/v1/single-sign-on/mappings/" + added.json().get("id").asLong(), "application/json", "");
        assertThat(removed.status()).isEqualTo(204);
        assertThat(auditedSubject("single-sign-on-mapping", added.json().get("id").asString(), "Removed: it gave Role: Practitioner")).isEqualTo(1);
    }

    @Test
    void aPersonWhoseGroupsGiveNoRoleIsRefusedWithAClearPageAndNoAccount() {
        Person stranger = new Person("sam.stranger." + uniqueName("").toLowerCase());
        SignedIn refused = stranger.signIn(group(), group());
        assertThat(refused.landedOn()).isEqualTo("/sign-in/refused");
        assertThat(refused.landing().body()).contains("Your account has no OpenASC role").contains("Ask your manager to ask the OpenASC administrator");
        assertThat(refused.get("/").uri().getPath()).isEqualTo("/sign-in");
        assertThat(jdbc.sql("select count(*) from platform.staff_user where sso_subject = :s").param("s", stranger.subject)
                .query(Integer.class).single()).isZero();
        assertThat(audited(stranger.stem + "@testshire.gov.uk", "SIGN_IN_FAILED", "Single sign-on refused (no-role): groups sent 2, %")).isEqualTo(1);
    }

    @Test
    void aSignInThatDoesNotCompleteGoesBackToTheSignInPageSayingSoAndIsAudited() {
        String detail = "Single sign-on did not complete (authorization_request_not_found), from %";
        int before = audited("unknown", "SIGN_IN_FAILED", detail);
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> back = send(client, node("/login/oauth2/code/council?code=made-up&state=made-up"));
        assertThat(back.uri().getPath()).isEqualTo("/sign-in");
        assertThat(back.body()).contains("Signing in through the council's sign-in did not finish").contains("<title>Error: Sign in");
        assertThat(audited("unknown", "SIGN_IN_FAILED", detail)).isEqualTo(before + 1);

        // The same way back when the request to the provider cannot be made (here a registration that does not exist;
        // in life, a provider that cannot be reached), rather than an error page.
        HttpResponse<String> notStarted = send(client, node("/oauth2/authorization/somewhere-else"));
        assertThat(notStarted.uri().getPath()).isEqualTo("/sign-in");
        assertThat(notStarted.body()).contains("Signing in through the council's sign-in did not finish");
    }

    @Test
    void anAdministratorDisablesASingleSignOnAccountAndItCannotSignInNorBeGivenAPassword() {
        Api admin = staffWith(Role.ADMIN);
        String practitioners = group();
        admin.post("/api/v1/single-sign-on/mappings", Map.of("claimValue", practitioners, "role", "PRACTITIONER"));
        Person ali = new Person("ali.khan." + uniqueName("").toLowerCase());
        SignedIn working = ali.signIn(practitioners);
        assertThat(working.landedOn()).isEqualTo("/");
        long id = account(ali).id();
        String accountPage = new Session(port, admin).page("/admin/users/" + id).body();
        assertThat(accountPage).contains("Signs in through the council's sign-in").doesNotContain("id=\"password\"")
                .doesNotContain("Two-factor sign-in");

        Map<String, Object> change = new LinkedHashMap<>(Map.of("displayName", "Ali Khan", "roles", List.of("PRACTITIONER"),
                "teamIds", List.of(), "enabled", true, "version", admin.get("/api/v1/users/" + id).json().get("version").asInt(),
                "password", "a long new password for ali"));
        Api.Response givenPassword = admin.put("/api/v1/users/" + id, change);
        assertThat(givenPassword.status()).isEqualTo(400);
        assertThat(givenPassword.errorFor("password")).contains("signs in through the council's identity provider");

        change.remove("password");
        change.put("enabled", false);
        assertThat(admin.put("/api/v1/users/" + id, change).status()).isEqualTo(200);
        assertThat(working.get("/").uri().getPath()).as("disabling ends the session").isEqualTo("/sign-in");

        SignedIn refused = ali.signIn(practitioners);
        assertThat(refused.landedOn()).isEqualTo("/sign-in/refused");
        assertThat(refused.landing().body()).contains("Your OpenASC account is disabled");
        assertThat(audited(ali.stem, "SIGN_IN_FAILED", "Single sign-on refused (disabled)%")).isEqualTo(1);
        assertThat(staffDirectory.rolesOf(ali.stem)).as("a disabled account is left as the administrator left it").containsExactly(Role.PRACTITIONER);
    }

    @Test
    void aSingleSignOnAccountCannotSignInWithTheFormOrHttpBasic() throws Exception {
        Api admin = staffWith(Role.ADMIN);
        String practitioners = group();
        admin.post("/api/v1/single-sign-on/mappings", Map.of("claimValue", practitioners, "role", "PRACTITIONER"));
        Person kim = new Person("kim.lee." + uniqueName("").toLowerCase());
        assertThat(kim.signIn(practitioners).landedOn()).isEqualTo("/");

        assertThat(new Api(nodePort, kim.stem, "any password at all here").get("/api/v1/teams").status()).isEqualTo(401);
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String signInPage = browser.send(HttpRequest.newBuilder(node("/sign-in")).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(signInPage).contains(BUTTON).contains("Or sign in with an OpenASC username");
        Matcher csrf = CSRF.matcher(signInPage);
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> form = browser.send(HttpRequest.newBuilder(node("/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + kim.stem + "&password=" + encode("any password at all here")
                        + "&_csrf=" + encode(csrf.group(1)))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(form.headers().firstValue("Location").orElse("")).endsWith("/sign-in?failed");
        assertThat(audited(kim.stem, "SIGN_IN_FAILED", "Wrong username or password%")).isEqualTo(2);
        assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sign-in")).build(),
                HttpResponse.BodyHandlers.ofString()).body()).as("the suite's node has no single sign-on").doesNotContain("Sign in with");
    }

    @Test
    void mappingsAreCheckedFieldByFieldAndOnlyForAdministrators() {
        Api admin = staffWith(Role.ADMIN);
        Api.Response nothing = admin.post("/api/v1/single-sign-on/mappings", Map.of("description", "x"));
        assertThat(nothing.status()).isEqualTo(400);
        assertThat(nothing.errorFor("claimValue")).startsWith("Enter the group's object id");
        assertThat(nothing.errorFor("role")).isEqualTo("Choose the role or the team this group gives");
        Api.Response both = admin.post("/api/v1/single-sign-on/mappings", Map.of("claimValue", group(), "role", "NURSE", "teamId", 1));
        assertThat(both.errorFor("role")).startsWith("Choose a role or a team, not both");
        assertThat(admin.post("/api/v1/single-sign-on/mappings", Map.of("claimValue", group(), "role", "NURSE")).errorFor("role"))
                .startsWith("There is no role NURSE: choose one of PRACTITIONER");
        assertThat(admin.post("/api/v1/single-sign-on/mappings", Map.of("claimValue", group(), "teamId", 999_999_999)).errorFor("teamId"))
                .startsWith("Choose a team from the list");
        String value = group();
        assertThat(admin.post("/api/v1/single-sign-on/mappings", Map.of("claimValue", value, "role", "COUNCILLOR")).status()).isEqualTo(201);
        assertThat(admin.post("/api/v1/single-sign-on/mappings", Map.of("claimValue", value, "role", "COUNCILLOR")).errorFor("claimValue"))
                .isEqualTo("The value " + value + " already gives that role");
        assertThat(admin.raw("DELETE", "/api/v1/single-sign-on/mappings/999999999", "application/json", "").status()).isEqualTo(404);
        assertThat(staffWith(Role.TEAM_MANAGER).get("/api/v1/single-sign-on/mappings").status()).isEqualTo(403);
        assertThat(admin.get("/api/v1/single-sign-on/mappings").json().get("items").size()).isPositive();
    }

    @Test
    void aWorkerSignsInWithTheCouncilButtonInABrowserAndAnAdministratorMapsAGroupOnThePage() {
        Api admin = staffWith(Role.ADMIN);
        long team = newTeam("Sso browser team ");
        String practitioners = group();
        Person pat = new Person("pat.jones." + uniqueName("").toLowerCase());
        try (Browser browser = new Browser(nodePort)) {
            browser.signIn(admin.username(), admin.password());
            browser.open("/admin/single-sign-on");
            assertThat(browser.heading()).isEqualTo("Single sign-on");
            assertThat(browser.text()).contains("http://localhost:" + nodePort + "/login/oauth2/code/council").contains("On");
            browser.click("Add mapping");
            assertThat(browser.errorSummary()).containsExactly(
                    "Enter the group's object id or the app role's value, as the identity provider sends it",
                    "Choose the role or the team this group gives");
            browser.checkAccessibility("single-sign-on-mapping-refused");
            browser.type("claimValue", practitioners);
            browser.type("description", "ASC practitioners");
            browser.select("gives", "Role: Practitioner");
            browser.click("Add mapping");
            browser.type("claimValue", practitioners);
            browser.select("gives", "Team: " + teamName(team));
            browser.click("Add mapping");
            assertThat(browser.text()).contains(practitioners + " gives Team: " + teamName(team) + " from each person's next sign-in");
            browser.checkAccessibility("single-sign-on-mappings");
            browser.click("Sign out " + admin.username());

            provider.enqueueCallback(pat.callback(List.of(practitioners)));
            assertThat(browser.text()).contains(BUTTON);
            browser.checkAccessibility("sign-in-with-single-sign-on");
            browser.click(BUTTON);
            assertThat(browser.path()).isEqualTo("/");
            assertThat(browser.text()).contains("Signed in as " + pat.stem);
            browser.checkAccessibility("signed-in-through-single-sign-on");
            assertThat(staffDirectory.teamIdsOf(pat.stem)).containsExactly(team);
            browser.click("Sign out " + pat.stem);

            provider.enqueueCallback(pat.callback(List.of(group())));
            browser.click(BUTTON);
            assertThat(browser.path()).isEqualTo("/sign-in/refused?reason=no-role");
            assertThat(browser.heading()).isEqualTo("Your account has no OpenASC role");
            browser.checkAccessibility("single-sign-on-refused");
        }
    }

    /** A person in the council's directory: the subject the provider knows them by, and their sign-in name. */
    private final class Person {
        private final String subject = UUID.randomUUID().toString();
        private final String stem;

        Person(String stem) {
            this.stem = stem;
        }

        DefaultOAuth2TokenCallback callback(List<String> groups) {
            String[] name = stem.split("\\.");
            return new DefaultOAuth2TokenCallback(ISSUER, subject, "JWT", List.of("openasc"), Map.of(
                    "preferred_username", stem + "@testshire.gov.uk", "email", stem + "@testshire.gov.uk",
                    "name", capital(name[0]) + " " + capital(name[1]), "groups", groups), 3600);
        }

        /** Signs in through the provider in a new browser-like client, following every redirect and keeping cookies. */
        SignedIn signIn(String... groups) {
            provider.enqueueCallback(callback(List.of(groups)));
            HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build();
            return new SignedIn(client, send(client, node("/oauth2/authorization/council")));
        }
    }

    /** A client that went through single sign-on, and the page it landed on. */
    private record SignedIn(HttpClient client, HttpResponse<String> landing) {
        String landedOn() {
            return landing.uri().getPath();
        }

        HttpResponse<String> get(String path) {
            return send(client, node(path));
        }
    }

    private record Account(long id, String username, String displayName, String email, boolean hasPassword) {
    }

    private Account account(Person person) {
        return jdbc.sql("""
                select id, username, display_name, email, password_hash is not null as has_password from platform.staff_user
                where sso_issuer = :issuer and sso_subject = :subject""")
                .param("issuer", provider.issuerUrl(ISSUER).toString()).param("subject", person.subject).query(Account.class).single();
    }

    private int audited(String actor, String action, String detail) {
        return jdbc.sql("select count(*) from platform.audit_event where actor = :actor and action = :action and detail like :detail")
                .param("actor", actor).param("action", action).param("detail", detail).query(Integer.class).single();
    }

    private int auditedSubject(String type, String id, String detail) {
        return jdbc.sql("select count(*) from platform.audit_event where subject_type = :type and subject_id = :id and detail = :detail")
                .param("type", type).param("id", id).param("detail", detail).query(Integer.class).single();
    }

    private static String group() {
        return UUID.randomUUID().toString();
    }

    private static URI node(String path) {
        return URI.create("http://localhost:" + nodePort + path);
    }

    private static HttpResponse<String> send(HttpClient client, URI uri) {
        try {
            return client.send(HttpRequest.newBuilder(uri).header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String capital(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
