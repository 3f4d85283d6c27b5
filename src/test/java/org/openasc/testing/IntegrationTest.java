package org.openasc.testing;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import org.openasc.platform.security.Role;
import org.openasc.platform.staff.StaffDirectory;

/**
 * Runs against the whole application on a real embedded PostgreSQL over real HTTP. Every test class
 * shares one application context; each test makes its own staff and records with unique names.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"openasc.demo.enabled=false", "openasc.embedded-database.data-directory=", "openasc.performance.keep-month-ends=false",
            "openasc.scheduling.polling-interval=1s"})
@Import(StatementCount.class)
public abstract class IntegrationTest {

    protected static final String PASSWORD = "correct horse battery staple";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @LocalServerPort
    protected int port;

    @Autowired
    protected StaffDirectory staffDirectory;

    @Autowired
    protected org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** A new staff account holding the given roles, signed in over HTTP Basic. */
    protected Api staffWith(Role... roles) {
        String username = "t" + SEQUENCE.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
        staffDirectory.createStaffUnchecked(new StaffDirectory.NewStaff(username, "Test " + username, null, PASSWORD,
                Set.of(roles), Set.of()), "test");
        return new Api(port, username, PASSWORD);
    }

    /** A new staff account in the given teams. */
    protected Api staffIn(Set<Long> teams, Role... roles) {
        String username = "t" + SEQUENCE.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
        staffDirectory.createStaffUnchecked(new StaffDirectory.NewStaff(username, "Test " + username, null, PASSWORD,
                Set.of(roles), teams), "test");
        return new Api(port, username, PASSWORD);
    }

    /** A new team with a unique name. */
    protected long newTeam(String stem) {
        return staffDirectory.createTeamUnchecked(new StaffDirectory.NewTeam(uniqueName(stem), "test team"), "test").id();
    }

    /** The name of a team, read straight from the database. */
    protected String teamName(long teamId) {
        return jdbc.sql("select name from platform.team where id = :id").param("id", teamId).query(String.class).single();
    }

    protected Api anonymous() {
        return new Api(port, null, null);
    }

    /** A name nobody else's test will use, so searches only find this test's people. */
    protected static String uniqueName(String stem) {
        StringBuilder name = new StringBuilder(stem);
        java.util.concurrent.ThreadLocalRandom.current().ints(7, 'a', 'z' + 1).forEach(c -> name.append((char) c));
        return name.toString();
    }
}
