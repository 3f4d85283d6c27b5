package org.openasc.platform.records;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

import org.springframework.security.access.prepost.PreAuthorize;

import org.openasc.platform.security.Access;
import org.openasc.platform.security.WithoutStaffCheck;

/**
 * The one way a module answers for one kind of its records when another module links to them: it names the kind, how a
 * record is found and whom it is about, its own rule for who sees one (a team, a role; everyone who may open the person
 * when it has none) and the person-record rule (the people module's restriction check).
 *
 * @param <R> the module's row for the record
 */
public abstract class RecordsOfOneKind<R> implements LinkedRecords {

    private final String kind;
    private final Function<UUID, Optional<R>> find;
    private final Function<R, UUID> personOf;
    private final Predicate<R> visible;

    protected RecordsOfOneKind(String kind, Function<UUID, Optional<R>> find, Function<R, UUID> personOf, Predicate<UUID> mayOpenPerson) {
        this(kind, find, personOf, row -> true, mayOpenPerson);
    }

    /** @param sees the module's own rule for who sees one of these records, before the person record's restriction */
    protected RecordsOfOneKind(String kind, Function<UUID, Optional<R>> find, Function<R, UUID> personOf, Predicate<R> sees,
                               Predicate<UUID> mayOpenPerson) {
        this.kind = kind;
        this.find = find;
        this.personOf = personOf;
        this.visible = row -> sees.test(row) && mayOpenPerson.test(personOf.apply(row));
    }

    @Override
    @WithoutStaffCheck("names the kinds of record it links, read once when the application starts; no data")
    public Set<String> kinds() {
        return Set.of(kind);
    }

    @Override
    @PreAuthorize(Access.READ_PEOPLE)
    public Optional<UUID> personOf(String kind, UUID id) {
        return find.apply(id).map(personOf);
    }

    /** Whether the caller may see the record: by the module's own rule, and only if they may open the person's record. */
    @Override
    @PreAuthorize(Access.READ_PEOPLE)
    public boolean maySee(String kind, UUID id) {
        return find.apply(id).filter(visible).isPresent();
    }

    /** The record, when it exists. */
    protected Optional<R> find(UUID id) {
        return find.apply(id);
    }
}
