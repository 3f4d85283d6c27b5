package org.openasc.platform.security;

import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.openasc.testing.Api;
import org.openasc.testing.Browser;
import org.openasc.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** A worker sets up two-factor sign-in in a real browser, typing the key shown into "their app" (the test), and signs in with a code. */
class TwoFactorJourneyBrowserTest extends IntegrationTest {

    private static final Pattern KEY = Pattern.compile("(?m)^Key\\n([A-Z2-7 ]+)$");

    @Autowired
    private Clock clock;

    @Test
    void aWorkerSetsUpTwoFactorSignInOnThePageAndSignsInWithPasswordAndCode() {
        Api worker = staffWith(Role.PRACTITIONER);
        try (Browser browser = new Browser(port)) {
            browser.signIn(worker.username(), worker.password());
            browser.open("/account/two-factor");
            assertThat(browser.heading()).isEqualTo("Two-factor sign-in");
            browser.checkAccessibility("two-factor-off");
            browser.click("Set up two-factor sign-in");
            browser.checkAccessibility("two-factor-set-up");
            Matcher key = KEY.matcher(browser.text());
            assertThat(key.find()).as(browser.text()).isTrue();
            byte[] secret = TimeBasedCodes.fromBase32(key.group(1));

            browser.type("code", "12x456");
            browser.click("Turn on two-factor sign-in");
            assertThat(browser.errorSummary()).containsExactly("Enter the security code as numbers only, like 123456");
            browser.checkAccessibility("two-factor-code-refused");
            long step = TimeBasedCodes.step(clock.instant());
            browser.type("code", TimeBasedCodes.code(secret, step, 6));
            browser.click("Turn on two-factor sign-in");
            assertThat(browser.text()).contains("Two-factor sign-in is on").doesNotContain(key.group(1));
            browser.checkAccessibility("two-factor-on");

            browser.click("Sign out " + worker.username());
            browser.type("username", worker.username());
            browser.type("password", worker.password());
            browser.checkAccessibility("sign-in-with-security-code");
            browser.click("Sign in");
            assertThat(browser.errorSummary()).as("no code: refused as a wrong password is")
                    .containsExactly("The username or password is not right. Check them and try again.");
            browser.checkAccessibility("sign-in-refused");
            browser.type("username", worker.username());
            browser.type("password", worker.password());
            browser.type("securityCode", TimeBasedCodes.code(secret, step + 1, 6));
            browser.click("Sign in");
            assertThat(browser.path()).isEqualTo("/");
        }
    }
}
