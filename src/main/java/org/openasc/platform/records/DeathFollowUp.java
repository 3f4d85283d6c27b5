package org.openasc.platform.records;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.openasc.platform.records.EndedAtDeath.Ending;

/**
 * The one way a module brings what a death ended into line with a date of death corrected or withdrawn (ADR 29): for each
 * end noted for another date, a record gone or changed since is left as it is (its history says so) and forgotten; one
 * the corrected date ends on the same day stays; otherwise the record is claimed, then put back as it was (the date
 * withdrawn, or a rule of the module's) or its end moved, and what was done is noted. The module says only how it finds,
 * claims, reopens and moves its records, and in what words.
 *
 * @param <R> the module's row for the record
 */
public abstract class DeathFollowUp<R> {

    /** What the date of death as it stands does to one end: {@code endsOn} is null when the date was withdrawn. */
    public record Change(Ending ending, LocalDate diedOn, LocalDate endsOn, String why) {
    }

    private final String schema;
    private final EndedAtDeath ended;
    private final Function<UUID, LocalDate> dateOfDeath;
    private final Function<UUID, Optional<R>> find;
    private final Function<R, Integer> version;

    /**
     * @param dateOfDeath a person's date of death as their record has it now (null: none)
     * @param find        the record, when it exists (locked, where the module writes it under a lock)
     * @param version     the record's version as read, or null for a record that keeps none
     */
    protected DeathFollowUp(String schema, EndedAtDeath ended, Function<UUID, LocalDate> dateOfDeath, Function<UUID, Optional<R>> find,
                            Function<R, Integer> version) {
        this.schema = schema;
        this.ended = ended;
        this.dateOfDeath = dateOfDeath;
        this.find = find;
        this.version = version;
    }

    /**
     * The person's date of death as their record has it when the listener runs, not as an event said: null when withdrawn
     * meanwhile, and then a death's listener has nothing to end.
     */
    protected LocalDate dateOfDeath(UUID personId) {
        return dateOfDeath.apply(personId);
    }

    /**
     * Everything the death ended in the schema that is not on the person's date of death as it stands (none: withdrawn),
     * so corrections and withdrawals come out the same in whatever order they are delivered; {@code by} corrected or withdrew it.
     */
    protected void bringInLine(UUID personId, String by) {
        bringInLine(ended, schema, personId, dateOfDeath(personId), by, kind -> this);
    }

    /**
     * The same for a module that keeps several kinds of row in its schema, given the date of death as it stands: each end
     * goes to the follow-up for its kind.
     */
    public static void bringInLine(EndedAtDeath ended, String schema, UUID personId, LocalDate diedOn, String by,
                                   Function<String, DeathFollowUp<?>> followUpOf) {
        for (Ending e : ended.notOn(schema, personId, diedOn)) {
            String why = diedOn == null ? EndedAtDeath.withdrawn(e.diedOn(), by) : EndedAtDeath.corrected(e.diedOn(), diedOn, by);
            followUpOf.apply(e.recordKind()).inLine(e, diedOn, why);
        }
    }

    /** Notes what the death did to one record (see {@link EndedAtDeath#note}), for a correction or withdrawal to follow. */
    protected void note(String kind, UUID recordId, UUID personId, LocalDate diedOn, LocalDate endedOn, Integer version, LocalDate wasOn,
                        String wasValue) {
        ended.note(schema, kind, recordId, personId, diedOn, endedOn, version, wasOn, wasValue);
    }

    private void inLine(Ending e, LocalDate diedOn, String why) {
        R row = find.apply(e.recordId()).orElse(null);
        if (row == null || !asLeft(row, e)) {
            if (row != null) {
                history(row, "Left as it is", EndedAtDeath.leftAsItIs(why));
            }
            ended.forget(schema, e);
            return;
        }
        LocalDate on = diedOn == null ? null : endedOn(diedOn, row, e);
        if (on != null && endsThere(row, e, on)) {
            ended.moved(schema, e, diedOn, on, e.version());
            return;
        }
        claim(row);
        Change change = new Change(e, diedOn, on, why);
        if (on == null || asItWas(row, change)) {
            reopen(row, change);
            ended.forget(schema, e);
        } else {
            moveEnd(row, change);
            Integer was = version.apply(row);
            ended.moved(schema, e, diedOn, on, was == null ? null : was + 1);
        }
    }

    /** Whether the record is as the death left it: by default, at the version noted. */
    protected boolean asLeft(R row, Ending e) {
        return Objects.equals(version.apply(row), e.version());
    }

    /** The day a death on {@code diedOn} ends the record: by the module's rule, never before the record began. */
    protected abstract LocalDate endedOn(LocalDate diedOn, R row, Ending e);

    /** Whether the record already ends as the date as it stands would end it, so nothing is written: by default, the same day. */
    protected boolean endsThere(R row, Ending e, LocalDate on) {
        return on.equals(e.endedOn());
    }

    /** Claims the record's version before changing it, so a change made meanwhile sends the event round again. */
    protected abstract void claim(R row);

    /** Whether, with a date of death still recorded, the record goes back as it was rather than end on another day. */
    protected boolean asItWas(R row, Change change) {
        return false;
    }

    /** Puts the record back as it was before the death ended it, and says so. */
    protected abstract void reopen(R row, Change change);

    /** Moves the record's end to {@code change.endsOn()}, and says so. */
    protected abstract void moveEnd(R row, Change change);

    /** Writes to the record's history (or audit trail) under {@code heading}. */
    protected abstract void history(R row, String heading, String text);
}
