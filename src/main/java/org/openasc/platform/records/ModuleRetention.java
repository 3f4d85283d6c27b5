package org.openasc.platform.records;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;

import org.openasc.platform.security.Access;

/**
 * The one way a module takes part in retention: it names its own queries (last activity, holds, anonymise, delete) and this
 * answers the {@link RetentionSource} contract for administrators. The static helpers read the two shapes every module's
 * retention SQL returns, so a module's query class says only its SQL.
 */
public abstract class ModuleRetention implements RetentionSource {

    /** For a module in which nothing holds a person's records whatever the dates. */
    protected static final Function<UUID, List<String>> NO_HOLDS = person -> List.of();

    /** At most this many reasons are given for a hold; one is enough to refuse a disposal. */
    private static final int HOLDS = 20;

    private final Supplier<Map<UUID, LocalDate>> lastActivity;
    private final Function<UUID, List<String>> holds;
    private final Consumer<UUID> anonymise;
    private final Consumer<UUID> delete;

    protected ModuleRetention(Supplier<Map<UUID, LocalDate>> lastActivity, Function<UUID, List<String>> holds, Consumer<UUID> anonymise,
                              Consumer<UUID> delete) {
        this.lastActivity = lastActivity;
        this.holds = holds;
        this.anonymise = anonymise;
        this.delete = delete;
    }

    @Override
    @PreAuthorize(Access.ADMINISTER)
    public Map<UUID, LocalDate> lastActivity() {
        return lastActivity.get();
    }

    @Override
    @PreAuthorize(Access.ADMINISTER)
    public Optional<String> hold(UUID personId) {
        List<String> reasons = holds.apply(personId);
        return reasons.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", reasons));
    }

    @Override
    @PreAuthorize(Access.ADMINISTER)
    public void anonymise(UUID personId) {
        anonymise.accept(personId);
    }

    @Override
    @PreAuthorize(Access.ADMINISTER)
    public void delete(UUID personId) {
        delete.accept(personId);
    }

    /**
     * Each person's last activity from a query returning {@code person_id}, {@code last_day} and {@code ongoing}, one row a
     * person: {@link #ONGOING} while ongoing (or when no day is known), otherwise the last day.
     */
    public static Map<UUID, LocalDate> lastActivity(JdbcClient.StatementSpec query) {
        Map<UUID, LocalDate> last = new java.util.HashMap<>();
        query.query(rs -> {
            LocalDate day = rs.getObject("last_day", LocalDate.class);
            last.put(rs.getObject("person_id", UUID.class), rs.getBoolean("ongoing") || day == null ? ONGOING : day);
        });
        return last;
    }

    /** The reasons a query gives for holding a person's records (it takes {@code :limit}), at most {@value #HOLDS}. */
    public static List<String> holds(JdbcClient.StatementSpec query) {
        return query.param("limit", HOLDS).query(String.class).list();
    }
}
