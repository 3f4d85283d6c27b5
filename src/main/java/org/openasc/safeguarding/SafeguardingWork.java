package org.openasc.safeguarding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import org.openasc.people.ListedPeople;
import org.openasc.platform.security.Role;
import org.openasc.platform.work.ModuleWork;
import org.openasc.platform.work.WorkItem;
import org.openasc.platform.work.WorkList;
import org.openasc.safeguarding.domain.ConcernStore;
import org.openasc.safeguarding.domain.EnquiryStore;

/**
 * Safeguarding work: for the Safeguarding Adults Team, concerns whose screening decision is due today or
 * overdue (most overdue first) and every open enquiry (oldest first); for practitioners and team managers,
 * the open enquiries transferred to their teams, as the safeguarding work list shows them. A restricted
 * person's row keeps its number and clock and shows "Restricted record" for the name, as that list does.
 * The same few queries whatever the volume: a count and the first few of each list, and their people in one lookup.
 */
@Component
class SafeguardingWork extends ModuleWork<ConcernStore> {

    private final EnquiryStore enquiries;
    private final SafeguardingScope scope;

    SafeguardingWork(ConcernStore concerns, EnquiryStore enquiries, SafeguardingScope scope, Clock clock) {
        super(concerns, clock, Role.SAFEGUARDING, Role.PRACTITIONER, Role.TEAM_MANAGER);
        this.enquiries = enquiries;
        this.scope = scope;
    }

    @Override
    protected List<WorkList> lists(LocalDate today) {
        boolean team = scope.wholeTeam();
        List<ConcernStore.Row> screenings = team ? store.unscreenedDueBy(today, WorkList.SHOWN) : List.of();
        List<Long> teams = scope.teams();
        List<UUID> open = enquiries.open(teams, WorkList.SHOWN);
        Map<UUID, EnquiryStore.Row> openRows = byId(enquiries.findAll(open), EnquiryStore.Row::id);
        List<UUID> personIds = new ArrayList<>();
        screenings.forEach(c -> personIds.add(c.personId()));
        openRows.values().forEach(e -> personIds.add(e.personId()));
        ListedPeople people = scope.people(personIds);

        List<WorkList> lists = new ArrayList<>();
        if (team) {
            lists.add(new WorkList("safeguarding.screenings", "Concerns to screen: due today or overdue", store.countUnscreenedDueBy(today),
                    "/safeguarding", screenings.stream().map(c -> WorkItem.due("Concern " + c.concernNumber() + ": " + people.name(c.personId()),
                            "/safeguarding/concerns/" + c.id(), "Screening", c.screeningDueOn(), today)).toList()));
        }
        List<WorkItem> enquiryItems = open.stream().map(openRows::get).map(e -> WorkItem.waiting("Enquiry " + e.enquiryNumber() + ": "
                + people.name(e.personId()), "/safeguarding/enquiries/" + e.id(), "Enquiry started", e.startedOn(), today)).toList();
        lists.add(team ? new WorkList("safeguarding.enquiries", "Open safeguarding enquiries", enquiries.countOpen(teams), "/safeguarding", enquiryItems)
                : new WorkList("safeguarding.team-enquiries", "Safeguarding enquiries transferred to your team", enquiries.countOpen(teams),
                "/safeguarding", enquiryItems));
        return lists;
    }

    private static <T> Map<UUID, T> byId(List<T> rows, Function<T, UUID> id) {
        Map<UUID, T> map = new java.util.HashMap<>();
        rows.forEach(r -> map.put(id.apply(r), r));
        return map;
    }
}
