package org.openasc.platform.database;

import java.util.function.Supplier;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import org.openasc.platform.security.WithoutStaffCheck;

/**
 * Where the statutory returns and the measure figures read their large aggregates: a read replica when
 * {@code OPENASC_REPORTS_DATASOURCE_URL} is set (ADR 30), else the primary as every other read. A read on the replica runs on
 * its own connection, outside the caller's transaction, and lags the primary by the replication delay; so a caller inside a
 * transaction that writes reads the primary within it (a return kept for submission, month ends kept at night), and the
 * audit rows of every report stay on the primary. The pool is a field, not a DataSource bean: a second DataSource bean
 * would turn off Spring Boot's own for the primary.
 */
@Component
@EnableConfigurationProperties(ReportReads.Settings.class)
@WithoutStaffCheck("hands report queries a connection; each report is behind its own service's rule")
public class ReportReads implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ReportReads.class);

    /** The replica's connection; the password only ever from the environment ({@code OPENASC_REPORTS_DATASOURCE_PASSWORD}). */
    @ConfigurationProperties("openasc.reports.datasource")
    record Settings(String url, String username, String password) {
    }

    private final JdbcClient primary;
    private final HikariDataSource pool;
    private final JdbcClient replica;
    private final ThreadLocal<Boolean> primaryAsked = ThreadLocal.withInitial(() -> false);

    ReportReads(JdbcClient primary, Settings settings) {
        this.primary = primary;
        if (settings.url() == null || settings.url().isBlank()) {
            this.pool = null;
            this.replica = null;
            return;
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.username());
        config.setPassword(settings.password());
        config.setPoolName("openasc-reports");
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(1);
        config.setReadOnly(true);
        // PgJDBC then makes the session read-only, not just its explicit transactions: pointed at a primary by mistake, nothing writes.
        config.addDataSourceProperty("readOnlyMode", "always");
        config.addDataSourceProperty("ApplicationName", "openasc-reports");
        this.pool = new HikariDataSource(config);
        this.replica = JdbcClient.create(pool);
        log.info("Returns and measure figures read from the reports database (pool openasc-reports)");
    }

    /**
     * The client for a report's aggregate read: the replica when one is configured and the caller is not inside a
     * transaction that may write, else the primary (joining the caller's transaction, as any read).
     */
    public JdbcClient jdbc() {
        if (replica == null || primaryAsked.get()) {
            return primary;
        }
        boolean insideWrite = TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        return insideWrite ? primary : replica;
    }

    /**
     * Runs a report's reads on the primary: for the named records behind a figure, listed and audited person by person,
     * which staff open to put a record right and must see as it now stands.
     */
    public <T> T onPrimary(Supplier<T> read) {
        if (primaryAsked.get()) {
            return read.get();
        }
        primaryAsked.set(true);
        try {
            return read.get();
        } finally {
            primaryAsked.remove();
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.close();
        }
    }
}
