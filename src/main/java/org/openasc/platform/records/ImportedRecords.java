package org.openasc.platform.records;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.ToIntBiFunction;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.openasc.platform.audit.AuditTrail;

/**
 * The one way a module brings records in from a council's previous system, inside the import's transaction: each record in
 * the file is the one the module already holds by its own key (then changed where the file differs) or a new one, whose
 * creation is audited as brought in. The module says how to find, change and create its records; this counts what was done.
 */
public abstract class ImportedRecords {

    /** What the audit trail says of a record brought in. */
    private static final String BROUGHT_IN = "Brought in from a Client Level Data file";

    protected final JdbcClient jdbc;
    private final AuditTrail audit;

    protected ImportedRecords(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * For each record, {@code update} the one held (it answers how many rows changed) or, when none is, {@code create} it.
     *
     * @return how many records were created and how many changed, in that order
     */
    protected static <T> int[] apply(List<T> records, Function<T, Optional<UUID>> held, ToIntBiFunction<UUID, T> update,
                                     Function<T, UUID> create) {
        int created = 0;
        int updated = 0;
        for (T record : records) {
            Optional<UUID> id = held.apply(record);
            if (id.isPresent()) {
                updated += update.applyAsInt(id.get(), record);
            } else {
                create.apply(record);
                created++;
            }
        }
        return new int[] {created, updated};
    }

    /** Audits a record brought in: its subject, id and number (null when it has none). */
    protected void broughtIn(String by, String subject, UUID id, Long number) {
        audit.record(by, AuditTrail.Action.CREATED, subject, id.toString(), number == null ? null : String.valueOf(number), BROUGHT_IN);
    }
}
