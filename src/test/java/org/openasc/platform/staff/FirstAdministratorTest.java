package org.openasc.platform.staff;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;

import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.mock.env.MockEnvironment;

import org.openasc.platform.web.InvalidInput;

/** An administrator password the rules refuse stops the start with the setting and the rule named, never the password. */
class FirstAdministratorTest {

    @Test
    void aRefusedPasswordFromTheEnvironmentSaysWhichSettingAndWhy() {
        StaffDirectory staff = mock(StaffDirectory.class);
        when(staff.exists("admin")).thenReturn(false);
        when(staff.createStaffUnchecked(any(), anyString()))
                .thenThrow(new InvalidInput("password", "Choose a password that does not contain the username"));
        MockEnvironment environment = new MockEnvironment().withProperty("OPENASC_ADMIN_PASSWORD", "my-admin-secret-1");

        assertThatThrownBy(() -> new FirstAdministrator(staff, environment).run(new DefaultApplicationArguments()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("OPENASC_ADMIN_PASSWORD is not accepted: Choose a password that does not contain the username. Choose another and start again.")
                .message().doesNotContain("my-admin-secret-1");
    }
}
