package org.openasc.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.openasc.OpenAscApplication;
import org.openasc.platform.database.ReportReads;
import org.openasc.platform.security.Role;
import org.openasc.platform.signals.MeasureFigures;
import org.openasc.testing.Api;
import org.openasc.testing.IntegrationTest;

/**
 * Reports read from a replica (ADR 30): a second node is started on the suite's database with its reports datasource
 * logged in as a PostgreSQL role that may only read, under its own application name, standing for a replica. What that
 * role's connections last ran (pg_stat_activity) shows which reads went there: a report routed to the primary would leave
 * nothing of its SQL on them. With no replica configured (the rest of the suite) every read goes to the primary.
 */
class ReportsFromReplicaTest extends IntegrationTest {

    private static final String ROLE = "openasc_reports";
    private static ConfigurableApplicationContext second;
    private static int secondPort;
    private static EmbeddedPostgres server;

    @Autowired
    private EmbeddedPostgres database;

    @BeforeEach
    void startNodeWithReplica() {
        if (second != null) {
            return;
        }
        server = database;
        jdbc.sql("""
                do $$
                declare s text;
                begin
                  if not exists (select 1 from pg_roles where rolname = 'openasc_reports') then
                    create role openasc_reports login password 'reports-only';
                  end if;
                  for s in select nspname from pg_namespace where nspname not like 'pg\\_%' and nspname <> 'information_schema' loop
                    execute format('grant usage on schema %I to openasc_reports', s);
                    execute format('grant select on all tables in schema %I to openasc_reports', s);
                  end loop;
                end $$""").update();
        jdbc.sql("alter role openasc_reports set default_transaction_read_only = on").update();
        second = new SpringApplicationBuilder(OpenAscApplication.class).run(
                "--spring.datasource.url=" + database.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--openasc.reports.datasource.url=jdbc:postgresql://localhost:" + database.getPort() + "/postgres",
                "--openasc.reports.datasource.username=" + ROLE,
                "--openasc.reports.datasource.password=reports-only",
                "--server.port=0",
                "--openasc.demo.enabled=false",
                "--openasc.performance.keep-month-ends=false",
                "--openasc.scheduling.node-name=reports-node",
                // Scheduled work stays with the suite's node, so nothing else runs on the reports connections meanwhile.
                "--openasc.scheduling.polling-interval=1h");
        secondPort = Integer.parseInt(second.getEnvironment().getProperty("local.server.port"));
    }

    @AfterAll
    static void stopNodeAndDropRole() {
        if (second != null) {
            second.close();
            second = null;
            JdbcClient admin = JdbcClient.create(server.getPostgresDatabase());
            admin.sql("drop owned by " + ROLE).update();
            admin.sql("drop role " + ROLE).update();
        }
    }

    @Test
    void theCldFileAndAMeasureFigureAreReadOnTheReplicaAndTheFileIsStillAudited() {
        Api performance = staffWith(Role.PERFORMANCE);
        Api onSecond = new Api(secondPort, performance.username(), performance.password());

        Api.Response file = onSecond.get("/api/v1/returns/cld?quarterEnd=2016-03-31");

        assertThat(file.status()).isEqualTo(200);
        assertThat(ranOnReplica("with terms as (%from support.service_term_facts t%")).as("the CLD query ran on the reports connection").isTrue();
        assertThat(jdbc.sql("""
                select count(*) from platform.audit_event
                where actor = :actor and action = 'VIEWED' and subject_type = 'return' and subject_id = 'CLD' and subject_ref = '2016-03-31'""")
                .param("actor", performance.username()).query(Integer.class).single())
                .as("the file's audit row is written on the primary").isEqualTo(1);

        MeasureFigures market = second.getBeansOfType(MeasureFigures.class).values().stream()
                .filter(m -> m.definitions().stream().anyMatch(d -> d.reference().equals("CARE-HOMES-GOOD"))).findFirst().orElseThrow();
        assertThat(market.figure("CARE-HOMES-GOOD", LocalDate.of(2016, 3, 31))).isPresent();
        assertThat(ranOnReplica("%as rated, count(*) filter%")).as("the care market figure ran on the reports connection").isTrue();
    }

    @Test
    void insideAWriteOrForRecordsToPutRightTheReadsGoToThePrimary() {
        ReportReads reads = second.getBean(ReportReads.class);
        TransactionTemplate write = new TransactionTemplate(second.getBean(PlatformTransactionManager.class));
        TransactionTemplate readOnly = new TransactionTemplate(second.getBean(PlatformTransactionManager.class));
        readOnly.setReadOnly(true);

        assertThat(user(reads.jdbc())).as("a report on its own").isEqualTo(ROLE);
        String inReadOnly = readOnly.execute(s -> user(reads.jdbc()));
        String inWrite = write.execute(s -> user(reads.jdbc()));
        String forRecords = reads.onPrimary(() -> user(reads.jdbc()));
        assertThat(inReadOnly).as("inside a read-only transaction").isEqualTo(ROLE);
        assertThat(inWrite).as("inside a transaction that may write").isEqualTo("postgres");
        assertThat(forRecords).as("records listed to be put right").isEqualTo("postgres");
        assertThat(user(reads.jdbc())).as("and back to the replica after").isEqualTo(ROLE);
        assertThat(jdbc.sql("select count(*) from pg_stat_activity where usename = :role and application_name = 'openasc-reports'")
                .param("role", ROLE).query(Integer.class).single()).as("the reports pool's connections, under its own name").isBetween(1, 4);
    }

    private static String user(JdbcClient client) {
        return client.sql("select current_user").query(String.class).single();
    }

    /** Whether a reports session last ran SQL like this (PostgreSQL keeps its first 1,024 bytes: match near the start). */
    private boolean ranOnReplica(String sqlLike) {
        return jdbc.sql("""
                select exists (select 1 from pg_stat_activity
                               where usename = :role and application_name = 'openasc-reports' and query like :sql)""")
                .param("role", ROLE).param("sql", sqlLike).query(Boolean.class).single();
    }
}
