package org.openasc.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import org.openasc.platform.staff.StaffDirectory;
import org.openasc.platform.security.WithoutStaffCheck;

/**
 * On first start (when enabled) loads Anytown and prints the demo sign-ins once. The password comes
 * from {@code OPENASC_DEMO_PASSWORD} or is generated.
 */
@Component
@Order(10)
@EnableConfigurationProperties(DemoProperties.class)
@WithoutStaffCheck("starts building the demo council when the application starts")
class DemoStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoStart.class);

    private final DemoProperties properties;
    private final DemoCouncil council;
    private final Environment environment;

    DemoStart(DemoProperties properties, DemoCouncil council, Environment environment) {
        this.properties = properties;
        this.council = council;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.enabled() || council.loaded()) {
            return;
        }
        String given = environment.getProperty("OPENASC_DEMO_PASSWORD");
        boolean generated = given == null || given.isBlank();
        String password = generated ? StaffDirectory.generatePassword() : given;
        long started = System.nanoTime();
        try {
            council.build(properties.people(), properties.seed(), password);
        } catch (org.openasc.platform.web.InvalidInput refused) {
            throw refused.refusedSetting("OPENASC_DEMO_PASSWORD");
        }
        log.info("Demo council Anytown loaded: {} synthetic people in {} ms", properties.people(), (System.nanoTime() - started) / 1_000_000);
        log.warn("""

                ================================================================
                 Anytown demo council loaded (synthetic people only)
                 Staff sign-ins, all with password: {}
                   {}
                 {}
                ================================================================""",
                generated ? password : "(from OPENASC_DEMO_PASSWORD)", String.join(", ", DemoCouncil.usernames()),
                generated ? "This is shown once. Set OPENASC_DEMO_PASSWORD to choose your own." : "Demo people are synthetic; accounts are real.");
    }
}
