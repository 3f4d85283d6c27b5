package org.openasc.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.openasc.platform.PlatformProperties;

/**
 * Starts a real PostgreSQL 17 inside the application when no {@code spring.datasource.url} is
 * configured, so OpenASC runs with one command; production points the standard datasource
 * settings at an external server and this never starts.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(PlatformProperties properties) throws IOException {
        String folder = properties.embeddedDatabase() == null ? null : properties.embeddedDatabase().dataDirectory();
        // Spring stops the server (destroyMethod) after everything using the pool has closed;
        // the library's own JVM hook would stop it concurrently and strand in-flight shutdown work.
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "100")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("work_mem", "16MB")
                .setServerConfig("synchronous_commit", "off".equals(System.getenv("OPENASC_DB_SYNC")) ? "off" : "on");
        if (folder != null && !folder.isBlank()) {
            Path directory = Path.of(folder).toAbsolutePath();
            Files.createDirectories(directory);
            builder.setDataDirectory(directory).setCleanDataDirectory(false);
            log.info("Starting embedded PostgreSQL with data kept in {}", directory);
        } else {
            builder.setDataDirectory(temporaryFolder()).setCleanDataDirectory(true);
        }
        return builder.start();
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(12);
        config.setPoolName("openasc-embedded");
        return new HikariDataSource(config);
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("openasc-pg-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
