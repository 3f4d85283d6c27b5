package org.openasc.platform.work;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;

import org.openasc.platform.calendar.Today;
import org.openasc.platform.security.Access;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.security.Role;

/**
 * The one way a module contributes to My work: it names the roles whose members have work there (none named: every
 * signed-in member of staff, the module deciding list by list) and builds its lists for today from its own store; this
 * answers the {@link WorkSource} contract, giving nothing to a member of staff with none of the roles.
 *
 * @param <S> what the module reads its work from (its store or lists)
 */
public abstract class ModuleWork<S> implements WorkSource {

    protected final S store;
    protected final Clock clock;
    private final List<Role> roles;

    protected ModuleWork(S store, Clock clock, Role... roles) {
        this.store = store;
        this.clock = clock;
        this.roles = Arrays.asList(roles);
    }

    @Override
    @PreAuthorize(Access.SIGNED_IN)
    public List<WorkList> work() {
        if (!roles.isEmpty() && roles.stream().noneMatch(CurrentStaff::hasRole)) {
            return List.of();
        }
        return lists(Today.on(clock));
    }

    /** The module's lists for the signed-in member of staff, who holds one of its roles; none when they have nothing to do there. */
    protected abstract List<WorkList> lists(LocalDate today);
}
