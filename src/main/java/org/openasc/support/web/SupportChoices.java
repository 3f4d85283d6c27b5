package org.openasc.support.web;

import java.util.Arrays;
import java.util.List;

import org.openasc.platform.staff.StaffDirectory;
import org.openasc.platform.web.Choice;
import org.openasc.support.BudgetPeriod;
import org.openasc.support.CostFrequency;

/** The choices care and support forms offer: teams, cost frequencies and budget periods. */
final class SupportChoices {

    private SupportChoices() {
    }

    static List<Choice> teams(StaffDirectory staff) {
        return staff.allTeams().stream().map(t -> new Choice(String.valueOf(t.id()), t.name())).toList();
    }

    static List<Choice> frequencies() {
        return Arrays.stream(CostFrequency.values()).map(c -> new Choice(c.label(), c.label())).toList();
    }

    static List<Choice> periods() {
        return Arrays.stream(BudgetPeriod.values()).map(p -> new Choice(p.name(), "£ " + p.label())).toList();
    }
}
