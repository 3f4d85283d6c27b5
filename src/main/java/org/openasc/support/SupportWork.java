package org.openasc.support;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.openasc.people.ListedPeople;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.security.Role;
import org.openasc.platform.web.Page;
import org.openasc.platform.work.ModuleWork;
import org.openasc.platform.work.WorkItem;
import org.openasc.platform.work.WorkList;
import org.openasc.support.domain.BrokerageStore;
import org.openasc.support.domain.ReviewStore;

/**
 * Care and support work: a practitioner's planned reviews and direct payment checks due (overdue or due in the next
 * 28 days, for their teams and the people they are named worker for), a team manager's plans awaiting sign-off, and
 * brokerage's packages not yet sourced. Each is the list its page shows, in the same order and scope, read without
 * recording a search.
 */
@Component
class SupportWork extends ModuleWork<ReviewStore> {

    private final Reviews reviews;
    private final DirectPayments directPayments;
    private final SupportPlans plans;
    private final BrokerageStore brokerage;
    private final SupportContext context;

    SupportWork(ReviewStore reviewStore, Reviews reviews, DirectPayments directPayments, SupportPlans plans, BrokerageStore brokerage,
                SupportContext context, Clock clock) {
        super(reviewStore, clock, Role.PRACTITIONER, Role.TEAM_MANAGER, Role.BROKERAGE);
        this.reviews = reviews;
        this.directPayments = directPayments;
        this.plans = plans;
        this.brokerage = brokerage;
        this.context = context;
    }

    @Override
    protected List<WorkList> lists(LocalDate today) {
        boolean practitioner = CurrentStaff.hasRole(Role.PRACTITIONER);
        boolean manager = CurrentStaff.hasRole(Role.TEAM_MANAGER);
        boolean broker = CurrentStaff.hasRole(Role.BROKERAGE);
        String me = CurrentStaff.username();
        List<Long> teams = context.visibleTeams();
        List<ReviewStore.DueRow> due = List.of();
        long dueCount = 0;
        List<BrokerageStore.RequestRow> packages = List.of();
        long packageCount = 0;
        if (practitioner) {
            LocalDate dueBy = today.plusDays(Reviews.LOOK_AHEAD_DAYS);
            int months = reviews.schedule().months();
            due = store.due(today, dueBy, months, null, teams, me, WorkList.SHOWN);
            dueCount = store.countDue(today, dueBy, months, null, teams, me);
        }
        if (broker) {
            packages = brokerage.open(teams, WorkList.SHOWN);
            packageCount = brokerage.countOpen(teams);
        }
        Set<UUID> people = new HashSet<>();
        due.forEach(r -> people.add(r.personId()));
        packages.forEach(r -> people.add(r.personId()));
        ListedPeople names = context.summaries(people);

        List<WorkList> work = new ArrayList<>();
        if (practitioner) {
            work.add(new WorkList("support.reviews-due", "Reviews due for your people and teams", dueCount, "/support/reviews", due.stream()
                    .map(r -> WorkItem.due(name(names, r.personId()), "/people/" + r.personId() + "/support", "Review", r.dueOn(), today)).toList()));
            Page<DirectPaymentCheckDue> checks = directPayments.readChecksDue(1, WorkList.SHOWN);
            work.add(new WorkList("support.direct-payment-checks", "Direct payment checks due", checks.total(), "/direct-payments/checks-due",
                    checks.items().stream().map(c -> WorkItem.due("Direct payment: " + c.personName(), "/people/" + c.personId() + "/support",
                            "Check", c.dueOn(), today)).toList()));
        }
        if (manager) {
            Page<PlanAwaitingSignOff> unsigned = plans.readAwaitingSignOff(1, WorkList.SHOWN);
            work.add(new WorkList("support.plans-awaiting-sign-off", "Care and support plans for you to sign off", unsigned.total(),
                    "/support-plans/awaiting-sign-off", unsigned.items().stream().map(p -> WorkItem.waiting("Care and support plan: " + p.personName(),
                            "/support-plans/" + p.planId(), "Written", p.writtenOn(), today)).toList()));
        }
        if (broker) {
            work.add(new WorkList("support.packages-not-sourced", "Home care packages not yet sourced", packageCount, "/brokerage", packages.stream()
                    .map(r -> WorkItem.due("Package " + r.requestNumber() + ": " + name(names, r.personId()), "/brokerage/" + r.id(), "Care",
                            r.neededBy(), today)).toList()));
        }
        return work;
    }

    /** As the lists name a person: "Restricted record" for a sealed one. */
    private static String name(ListedPeople names, UUID personId) {
        return names.get(personId) == null ? "Unknown person" : names.name(personId);
    }
}
