package org.openasc.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import org.openasc.OpenAscApplication;
import org.openasc.platform.schedule.ScheduledRuns;
import org.openasc.platform.security.Role;
import org.openasc.testing.IntegrationTest;
import org.openasc.testing.Session;

/**
 * Two app nodes on one PostgreSQL, as behind a council's load balancer: the suite's application is the first node,
 * and a second is started here on the same database. A signed-in session made on one is honoured and ended on the
 * other, and scheduled work falling due while both watch runs on exactly one of them.
 */
class TwoNodesTest extends IntegrationTest {

    private static ConfigurableApplicationContext second;
    private static int secondPort;

    @Autowired
    private EmbeddedPostgres database;

    @Autowired
    private ScheduledRuns runs;

    @BeforeEach
    void startSecondNode() {
        if (second != null) {
            return;
        }
        // As arguments, not builder properties: those are defaults, beneath application.yml (which turns the demo on).
        second = new SpringApplicationBuilder(OpenAscApplication.class).run(
                "--spring.datasource.url=" + database.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--server.port=0",
                "--openasc.demo.enabled=false",
                "--openasc.performance.keep-month-ends=false",
                "--openasc.scheduling.node-name=second-node",
                "--openasc.scheduling.polling-interval=1s");
        if (!"false".equals(second.getEnvironment().getProperty("openasc.demo.enabled"))) {
            throw new IllegalStateException("The second node must not load the demo council into the suite's database");
        }
        secondPort = Integer.parseInt(second.getEnvironment().getProperty("local.server.port"));
    }

    @AfterAll
    static void stopSecondNode() {
        if (second != null) {
            second.close();
            second = null;
        }
    }

    @Test
    void aSessionMadeOnOneNodeIsHonouredAndEndedOnTheOther() {
        Session onFirst = new Session(port, staffWith(Role.PRACTITIONER));
        Session onSecond = onFirst.at(secondPort);

        assertThat(onSecond.page("/").statusCode()).as("the second node knows the session signed in on the first").isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from platform.spring_session where principal_name = :u").param("u", onFirst.username())
                .query(Integer.class).single()).isEqualTo(1);

        assertThat(onSecond.signOut().statusCode()).isEqualTo(302);
        assertThat(onFirst.page("/").statusCode()).as("signed out on the second node, so signed out on the first").isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from platform.spring_session where principal_name = :u").param("u", onFirst.username())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void workFallingDueWhileBothNodesWatchRunsOnceEachTime() {
        for (int round = 1; round <= 4; round++) {
            Timestamp dueAt = jdbc.sql("select now()").query(Timestamp.class).single();
            jdbc.sql("update platform.scheduled_tasks set execution_time = :at where task_name = 'month-ends'").param("at", dueAt).update();

            await("a node runs the work and sets its next night").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .until(() -> jdbc.sql("""
                            select execution_time > now() + interval '1 hour' and not picked from platform.scheduled_tasks
                            where task_name = 'month-ends'""").query(Boolean.class).single());
            // Both nodes poll every second: a second run would show within 3 seconds, so the count must hold that long.
            await("round " + round + ": one run since it fell due").during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                    .until(() -> runsSince(dueAt), since -> since.size() == 1 && "done".equals(since.get(0).outcome()));
        }
    }

    private List<ScheduledRuns.Run> runsSince(Timestamp dueAt) {
        return runs.latest("month-ends", 20).stream().filter(r -> !r.startedAt().isBefore(dueAt.toInstant())).toList();
    }
}
