package org.openasc.platform.security;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.openasc.testing.Api;
import org.openasc.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A worker turns on two-factor sign-in from the key the page shows (the test plays their authenticator app), then
 * signs in with password and code; a missing, wrong or replayed code is refused as a wrong password is, HTTP Basic is
 * refused, and an administrator's reset is the way back. Codes come from the application's clock: a test computes the
 * code for the current step to enrol and the next step to sign in, both inside the one-step allowance.
 */
class TwoFactorSignInTest extends IntegrationTest {

    private static final Pattern KEY = Pattern.compile("id=\"two-factor-key\">([A-Z2-7 ]+)<");

    @Autowired
    private Clock clock;

    @Test
    void aWorkerTurnsItOnWithACodeFromTheKeyShownThenSignsInWithPasswordAndCode() {
        Api worker = staffWith(Role.PRACTITIONER);
        assertThat(worker.get("/api/v1/code-lists/gender").status()).as("HTTP Basic before two-factor").isEqualTo(200);
        Visitor earlier = Visitor.signedIn(port, worker, "");
        Visitor visitor = Visitor.signedIn(port, worker, "");
        assertThat(visitor.page("/account/two-factor").body()).contains("Set up two-factor sign-in").doesNotContain("two-factor-key");

        assertThat(visitor.form("/account/two-factor", "/account/two-factor/start", Map.of()).statusCode()).isEqualTo(302);
        String page = visitor.page("/account/two-factor").body();
        byte[] secret = keyShown(page);
        assertThat(secret).hasSize(20);
        assertThat(page).contains("otpauth://totp/OpenASC:" + worker.username() + "?secret=" + TimeBasedCodes.base32(secret) + "&amp;issuer=OpenASC");

        HttpResponse<String> wrong = visitor.form("/account/two-factor", "/account/two-factor/confirm", Map.of("code", wrongCode(secret)));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("The security code does not match the key");
        assertThat(visitor.form("/account/two-factor", "/account/two-factor/confirm", Map.of("code", "12ab56")).body())
                .contains("Enter the security code as numbers only, like 123456");
        assertThat(visitor.form("/account/two-factor", "/account/two-factor/confirm", Map.of("code", "12345")).body())
                .contains("Enter the security code as 6 digits, like 123456: you entered 5");
        assertThat(isOn(worker)).as("nothing is on until a right code is typed").isFalse();

        long enrolledAt = step();
        HttpResponse<String> confirmed = visitor.form("/account/two-factor", "/account/two-factor/confirm",
                Map.of("code", TimeBasedCodes.code(secret, enrolledAt, 6)));
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(302);
        String on = visitor.page("/account/two-factor").body();
        assertThat(on).contains("Two-factor sign-in is on").contains("Turn off two-factor sign-in")
                .doesNotContain(TimeBasedCodes.grouped(TimeBasedCodes.base32(secret))).doesNotContain("otpauth");
        assertThat(visitor.page("/").statusCode()).as("the session that turned it on goes on").isEqualTo(200);
        assertThat(earlier.page("/").statusCode()).as("another session of the account ends").isEqualTo(302);
        assertThat(audited(worker, "CHANGED", "Two-factor sign-in turned on")).isEqualTo(1);

        assertThat(Visitor.signIn(port, worker.username(), PASSWORD, "")).as("no code").endsWith("/sign-in?failed");
        assertThat(Visitor.signIn(port, worker.username(), PASSWORD, wrongCode(secret))).as("wrong code").endsWith("/sign-in?failed");
        assertThat(Visitor.signIn(port, worker.username(), "not the password", TimeBasedCodes.code(secret, enrolledAt + 1, 6)))
                .as("a right code does not make up for a wrong password").endsWith("/sign-in?failed");
        String next = TimeBasedCodes.code(secret, enrolledAt + 1, 6);
        assertThat(Visitor.signIn(port, worker.username(), PASSWORD, next.substring(0, 3) + " " + next.substring(3)))
                .as("password and current code, typed with a space as some apps show it").doesNotContain("/sign-in");
        assertThat(Visitor.signIn(port, worker.username(), PASSWORD, next)).as("the same code again").endsWith("/sign-in?failed");
        assertThat(Visitor.signIn(port, worker.username(), PASSWORD, "12 3")).as("not a code at all").endsWith("/sign-in?code");
        assertThat(audited(worker, "SIGN_IN_FAILED", "Right password, missing or wrong security code%")).isEqualTo(3);

        HttpResponse<String> basic = Visitor.basic(port, worker.username(), PASSWORD);
        assertThat(basic.statusCode()).as("HTTP Basic cannot carry a code, and what it remembered has been forgotten").isEqualTo(401);
        assertThat(basic.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(basic.body()).contains("two-factor sign-in").contains("API token");
        HttpResponse<String> wrongPassword = Visitor.basic(port, worker.username(), "not the password");
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(wrongPassword.body()).as("a wrong password is not told about two-factor").doesNotContain("two-factor");
        assertThat(audited(worker, "SIGN_IN_FAILED", "HTTP Basic refused: the account has two-factor sign-in%")).isEqualTo(1);
    }

    @Test
    void turningItOffNeedsACurrentCode() {
        Api worker = staffWith(Role.TEAM_MANAGER);
        Visitor visitor = Visitor.signedIn(port, worker, "");
        byte[] secret = enrol(visitor);
        long enrolledAt = step();

        HttpResponse<String> wrong = visitor.form("/account/two-factor", "/account/two-factor/turn-off", Map.of("code", wrongCode(secret)));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("The security code is not right or has been used already");
        assertThat(visitor.form("/account/two-factor", "/account/two-factor/turn-off", Map.of("code", "")).body())
                .contains("Enter the 6-digit security code from your authenticator app");
        assertThat(audited(worker, "REFUSED", "Wrong security code to turn off two-factor sign-in%")).isEqualTo(1);
        assertThat(isOn(worker)).isTrue();

        HttpResponse<String> off = visitor.form("/account/two-factor", "/account/two-factor/turn-off",
                Map.of("code", TimeBasedCodes.code(secret, enrolledAt + 1, 6)));
        assertThat(off.statusCode()).as(off.body()).isEqualTo(302);
        assertThat(isOn(worker)).isFalse();
        assertThat(visitor.page("/account/two-factor").body()).contains("Two-factor sign-in is off").contains("Set up two-factor sign-in");
        assertThat(audited(worker, "CHANGED", "Two-factor sign-in turned off")).isEqualTo(1);
        assertThat(Visitor.signIn(port, worker.username(), PASSWORD, "")).doesNotContain("/sign-in");
        assertThat(worker.get("/api/v1/code-lists/gender").status()).isEqualTo(200);
    }

    @Test
    void anAdministratorResetsTwoFactorSignInForALostDevice() {
        Api admin = staffWith(Role.ADMIN);
        Api worker = staffWith(Role.PRACTITIONER);
        Visitor visitor = Visitor.signedIn(port, worker, "");
        enrol(visitor);
        long id = jdbc.sql("select id from platform.staff_user where username = :u").param("u", worker.username()).query(Long.class).single();

        Visitor administrator = Visitor.signedIn(port, admin, "");
        assertThat(administrator.page("/admin/users/" + id).body()).contains("Reset two-factor sign-in");
        HttpResponse<String> reset = administrator.form("/admin/users/" + id, "/admin/users/" + id + "/two-factor/reset", Map.of());
        assertThat(reset.statusCode()).isEqualTo(302);
        assertThat(administrator.page("/admin/users").body()).contains("Two-factor sign-in reset for " + worker.username());
        assertThat(administrator.page("/admin/users/" + id).body()).doesNotContain("Reset two-factor sign-in");
        assertThat(isOn(worker)).isFalse();
        assertThat(jdbc.sql("""
                select count(*) from platform.audit_event
                where actor = :admin and action = 'CHANGED' and subject_id = :id and detail = 'Two-factor sign-in reset by an administrator'""")
                .param("admin", admin.username()).param("id", String.valueOf(id)).query(Integer.class).single()).isEqualTo(1);
        assertThat(visitor.page("/").statusCode()).as("the worker's sessions end").isEqualTo(302);
        assertThat(Visitor.signIn(port, worker.username(), PASSWORD, "")).as("the password alone again").doesNotContain("/sign-in");

        Visitor practitioner = Visitor.signedIn(port, worker, "");
        assertThat(practitioner.form("/", "/admin/users/" + id + "/two-factor/reset", Map.of()).statusCode())
                .as("only administrators reset").isEqualTo(403);
    }

    @Test
    void aSecurityCodeTypedForAnAccountWithoutTwoFactorIsIgnoredUnlessItCannotBeACode() {
        Api worker = staffWith(Role.PRACTITIONER);
        assertThat(Visitor.signIn(port, worker.username(), PASSWORD, "123456")).doesNotContain("/sign-in");
        assertThat(Visitor.signIn(port, worker.username(), PASSWORD, "one two")).endsWith("/sign-in?code");
        Visitor visitor = Visitor.signedIn(port, worker, "");
        HttpResponse<String> early = visitor.form("/account/two-factor", "/account/two-factor/confirm", Map.of("code", "123456"));
        assertThat(early.statusCode()).isEqualTo(400);
        assertThat(early.body()).contains("Start setting up two-factor sign-in first");
        HttpResponse<String> notOn = visitor.form("/account/two-factor", "/account/two-factor/turn-off", Map.of("code", "123456"));
        assertThat(notOn.statusCode()).isEqualTo(400);
        assertThat(notOn.body()).contains("Two-factor sign-in is not on for your account");
    }

    /** Starts and confirms enrolment with the current code, as a person with an authenticator app does. */
    private byte[] enrol(Visitor visitor) {
        visitor.form("/account/two-factor", "/account/two-factor/start", Map.of());
        byte[] secret = keyShown(visitor.page("/account/two-factor").body());
        HttpResponse<String> confirmed = visitor.form("/account/two-factor", "/account/two-factor/confirm",
                Map.of("code", TimeBasedCodes.code(secret, step(), 6)));
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(302);
        return secret;
    }

    private long step() {
        return TimeBasedCodes.step(clock.instant());
    }

    /** Six digits that are no code of this key anywhere near now. */
    private String wrongCode(byte[] secret) {
        long now = step();
        java.util.Set<String> near = java.util.stream.LongStream.rangeClosed(now - 3, now + 3)
                .mapToObj(s -> TimeBasedCodes.code(secret, s, 6)).collect(Collectors.toSet());
        int candidate = 0;
        while (near.contains(String.format("%06d", candidate))) {
            candidate++;
        }
        return String.format("%06d", candidate);
    }

    private static byte[] keyShown(String page) {
        Matcher key = KEY.matcher(page);
        assertThat(key.find()).as("the key is on the page").isTrue();
        return TimeBasedCodes.fromBase32(key.group(1));
    }

    private boolean isOn(Api staff) {
        return jdbc.sql("""
                select count(*) from platform.second_factor f join platform.staff_user u on u.id = f.account_id
                where u.username = :u and f.confirmed_at is not null""").param("u", staff.username()).query(Integer.class).single() > 0;
    }

    private int audited(Api staff, String action, String detail) {
        return jdbc.sql("select count(*) from platform.audit_event where actor = :u and action = :action and detail like :detail")
                .param("u", staff.username()).param("action", action).param("detail", detail).query(Integer.class).single();
    }

    /**
     * A browser's cookies and forms over plain HTTP: the sign-in form with its security code, and forms with their CSRF
     * token. It comes from an address of its own (believed from the local proxy, as behind a load balancer), so the
     * failed sign-ins here slow nobody else's tests.
     */
    private record Visitor(HttpClient client, String base, String address) {

        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

        static Visitor signedIn(int port, Api staff, String code) {
            Visitor visitor = fresh(port);
            String location = visitor.signIn(staff.username(), staff.password(), code);
            assertThat(location).as("signed in").doesNotContain("/sign-in");
            return visitor;
        }

        /** Signs in from a fresh browser and says where the form sent it: the home page, or back to sign in with the reason. */
        static String signIn(int port, String username, String password, String code) {
            return fresh(port).signIn(username, password, code);
        }

        static HttpResponse<String> basic(int port, String username, String password) {
            Visitor visitor = fresh(port);
            return visitor.send(HttpRequest.newBuilder(URI.create(visitor.base() + "/api/v1/code-lists/gender")).header("Authorization", "Basic "
                    + java.util.Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8))).GET());
        }

        private static Visitor fresh(int port) {
            return new Visitor(HttpClient.newBuilder().cookieHandler(new CookieManager()).build(), "http://localhost:" + port,
                    "192.0.2." + java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 255));
        }

        private String signIn(String username, String password, String code) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("username", username);
            fields.put("password", password);
            fields.put("securityCode", code);
            HttpResponse<String> response = form("/sign-in", "/sign-in", fields);
            assertThat(response.statusCode()).isEqualTo(302);
            return response.headers().firstValue("Location").orElseThrow();
        }

        HttpResponse<String> page(String path) {
            return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET());
        }

        /** Posts a form as the page at {@code from} would, with that page's CSRF token. */
        HttpResponse<String> form(String from, String action, Map<String, String> fields) {
            Matcher csrf = CSRF.matcher(page(from).body());
            assertThat(csrf.find()).as("a CSRF token on " + from).isTrue();
            Map<String, String> all = new LinkedHashMap<>(fields);
            all.put("_csrf", csrf.group(1));
            String body = all.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(URI.create(base + action)).header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return client.send(request.header("X-Forwarded-For", address).build(), HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
