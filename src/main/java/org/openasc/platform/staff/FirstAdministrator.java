package org.openasc.platform.staff;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import org.openasc.platform.security.Role;
import org.openasc.platform.security.WithoutStaffCheck;

/**
 * On the very first start creates the {@code admin} account, with the password from
 * {@code OPENASC_ADMIN_PASSWORD} or, if that is unset, a generated one printed once.
 */
@Component
@Order(0)
@WithoutStaffCheck("creates the first administrator when the application starts")
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final StaffDirectory staff;
    private final Environment environment;

    FirstAdministrator(StaffDirectory staff, Environment environment) {
        this.staff = staff;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (staff.exists("admin")) {
            return;
        }
        String given = environment.getProperty("OPENASC_ADMIN_PASSWORD");
        String password = given == null || given.isBlank() ? StaffDirectory.generatePassword() : given;
        try {
            staff.createStaffUnchecked(new StaffDirectory.NewStaff("admin", "Administrator", null, password,
                    Set.of(Role.ADMIN), Set.of()), "system");
        } catch (org.openasc.platform.web.InvalidInput refused) {
            throw refused.refusedSetting("OPENASC_ADMIN_PASSWORD");
        }
        if (given == null || given.isBlank()) {
            log.warn("""

                    ================================================================
                     OpenASC first start: administrator account created
                       username: admin
                       password: {}
                     This password is shown once. Set OPENASC_ADMIN_PASSWORD to choose your own.
                    ================================================================""", password);
        } else {
            log.info("Administrator account 'admin' created with the password from OPENASC_ADMIN_PASSWORD");
        }
    }
}
