package org.openasc.platform.security;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A first single sign-on never names a new account after what the system writes for its own work. */
class ReservedUsernamesTest {

    private static SingleSignOnAccounts.Identity signingIn(String email) {
        return new SingleSignOnAccounts.Identity("https://login.example", "subject-1", email, "Sid Stem", email, Set.of(), false);
    }

    @Test
    void aPersonSignedInAsSystemOrDemoGetsAnAccountNamedApart() {
        assertThat(SingleSignOnAccounts.usernameStem(signingIn("system@council.gov.uk"))).isEqualTo("sso-system");
        assertThat(SingleSignOnAccounts.usernameStem(signingIn("Demo@council.gov.uk"))).isEqualTo("sso-demo");
        assertThat(SingleSignOnAccounts.usernameStem(signingIn("j.smith@council.gov.uk"))).isEqualTo("j.smith");
    }
}
