package org.openasc.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.openasc.providers.LocationView;
import org.openasc.support.Brokerage;
import org.openasc.support.PackageRequestView;
import org.openasc.support.SupportCommands;

/**
 * Anytown's home care brokerage, set up through the real brokerage service: a zone for each home care
 * area at its price level (Leicestershire's 2020-21 rates, then a 2026 uplift), the area's branches as
 * framework providers, and a few packages: some started, some still offered, some unsourced.
 */
final class SyntheticBrokerage {

    private static final Map<String, String> LEVELS = Map.of("Anytown Central", "URBAN", "Anytown North", "FRINGE", "Anytown South", "RURAL",
            "Rural East", "ISOLATED");
    private static final Map<String, String[]> RATES = Map.of("URBAN", new String[] {"18.75", "21.40"}, "FRINGE", new String[] {"19.95", "22.75"},
            "RURAL", new String[] {"22.95", "26.20"}, "ISOLATED", new String[] {"26.15", "29.85"});

    private SyntheticBrokerage() {
    }

    static void build(Brokerage brokerage, List<LocationView> homeCare, List<UUID> people, long team, String practitioner, LocalDate today) {
        DemoAuthority.as("brokerage", "BROKERAGE", () -> {
            LEVELS.forEach((zone, level) -> {
                List<UUID> branches = homeCare.stream().filter(l -> zone.equals(l.zone())).map(LocationView::id).toList();
                List<UUID> prime = branches.subList(0, Math.min(2, branches.size()));
                brokerage.defineZone(new SupportCommands.NewZone(zone, level, prime, new ArrayList<>(branches.subList(prime.size(), branches.size()))));
            });
            RATES.forEach((level, rates) -> {
                brokerage.setRate(new SupportCommands.NewRate(level, LocalDate.of(2020, 4, 6), new BigDecimal(rates[0])));
                brokerage.setRate(new SupportCommands.NewRate(level, LocalDate.of(2026, 4, 6), new BigDecimal(rates[1])));
            });
            return null;
        });
        List<String> zones = List.copyOf(LEVELS.keySet()).stream().sorted().toList();
        for (int i = 0; i < Math.min(8, people.size()); i++) {
            String zone = zones.get(i % zones.size());
            int n = i;
            PackageRequestView request = DemoAuthority.as(practitioner, "PRACTITIONER", () -> brokerage.request(new SupportCommands.NewPackageRequest(
                    people.get(n), team, zone, new BigDecimal(7 + n * 2), today.plusDays(3 + n), n % 2 == 0 ? "Morning and evening calls" : null)));
            DemoAuthority.as("brokerage", "BROKERAGE", () -> {
                PackageRequestView r = request;
                if (n % 4 == 0 && !r.offers().isEmpty()) {
                    brokerage.accept(r.id(), r.offers().get(0).id(), new SupportCommands.Acceptance(today.plusDays(2), "Fully social care funded", null));
                } else if (n % 4 == 1) {
                    while (r.status() == PackageRequestView.Status.OFFERED) {
                        UUID offer = r.offers().stream().filter(PackageRequestView.Offer::pending).findFirst().orElseThrow().id();
                        r = brokerage.decline(r.id(), offer, new SupportCommands.Decline("No carers available in the area for these call times"));
                    }
                }
                return null;
            });
        }
    }
}
