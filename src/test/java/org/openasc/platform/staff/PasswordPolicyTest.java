package org.openasc.platform.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The NCSC's guidance: long passwords pass whatever their characters; short, common and patterned ones are refused. */
class PasswordPolicyTest {

    @Test
    void lengthCountsNotComplexity() {
        assertThat(PasswordPolicy.problem("marble kettle orchard", "sam")).isEmpty();
        assertThat(PasswordPolicy.problem("short phrase", "sam")).isEmpty();
        assertThat(PasswordPolicy.problem("short words", "sam")).hasValueSatisfying(p -> assertThat(p).contains("at least 12"));
        assertThat(PasswordPolicy.problem("x".repeat(129), "sam")).hasValueSatisfying(p -> assertThat(p).contains("128"));
    }

    @Test
    void whatAttackersTryFirstIsRefused() {
        for (String weak : new String[] {"aaaaaaaaaaaa", "abababababab", "123456789012", "Password1234", "QWERTYUIOPASDF", "zyxwvutsrqpo",
                "1qaz2wsx3edc", "Winter2026!!"}) {
            assertThat(PasswordPolicy.problem(weak, "sam")).as(weak).hasValueSatisfying(p -> assertThat(p).contains("attackers try first"));
        }
    }

    @Test
    void thePasswordMustNotContainTheUsername() {
        assertThat(PasswordPolicy.problem("priya.shah garden gate", "priya.shah")).hasValueSatisfying(p -> assertThat(p).contains("username"));
    }
}
