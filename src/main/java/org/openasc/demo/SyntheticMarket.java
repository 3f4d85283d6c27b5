package org.openasc.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import org.openasc.providers.ProviderCommands;
import org.openasc.providers.ProviderRegister;

/**
 * Anytown's care market: care homes, nursing homes and home care branches with CQC ratings and a few
 * contract statuses, recorded through the provider register itself (as the demo brokerage team).
 */
final class SyntheticMarket {

    private static final String[] HOME_NAMES = {"Oak", "Elm", "Ash", "Willow", "Beech", "Rowan", "Hazel", "Maple", "Cedar", "Holly", "Laurel",
            "Birch", "Alder", "Juniper", "Linden", "Poplar", "Sycamore", "Chestnut", "Hawthorn", "Yew", "Larch", "Aspen", "Heather", "Ivy"};
    private static final String[] SUFFIXES = {"House", "Lodge", "Court", "Grange", "Manor", "View"};
    private static final String[] GROUPS = {"Anytown Care Ltd", "Brightwater Homes", "County Care Group", "Meadowbank Healthcare", "Sunrise Living"};
    private static final String[] POSTCODES = {"LE1 7RH", "LE2 1AA", "LE3 9QZ", "LE4 6FE", "LE5 4PW", "LE7 7SN"};
    private static final String[] ZONES = {"Anytown Central", "Anytown North", "Anytown South", "Rural East"};
    private static final String[] RATINGS = {"Outstanding", "Good", "Good", "Good", "Good", "Good", "Requires improvement", "Requires improvement", "Inadequate"};

    private SyntheticMarket() {
    }

    static void build(ProviderRegister register, LocalDate today, long seed) {
        Random random = new Random(seed);
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("demo", null,
                List.of(new SimpleGrantedAuthority("ROLE_BROKERAGE"))));
        try {
            int n = 0;
            for (String name : HOME_NAMES) {
                boolean nursing = random.nextInt(3) == 0;
                List<String> services = nursing ? List.of("Nursing home", "Residential care home") : List.of("Residential care home");
                UUID id = register.register(new ProviderCommands.NewLocation(GROUPS[random.nextInt(GROUPS.length)], cqcId(random),
                        cqcId(random), name + " " + SUFFIXES[random.nextInt(SUFFIXES.length)], (10 + n++) + " Station Road, Anytown",
                        POSTCODES[random.nextInt(POSTCODES.length)], services, 18 + random.nextInt(70), null)).id();
                rateHistory(register, id, random, today);
            }
            for (int i = 0; i < 10; i++) {
                UUID id = register.register(new ProviderCommands.NewLocation(GROUPS[i % GROUPS.length], cqcId(random), cqcId(random),
                        "Home Support " + ZONES[i % ZONES.length].replace("Anytown ", "") + " " + (i + 1), "Unit " + (i + 1) + ", Enterprise Park",
                        POSTCODES[i % POSTCODES.length], List.of("Home care"), 0, ZONES[i % ZONES.length])).id();
                rateHistory(register, id, random, today);
            }
            var homes = register.search("House", null, null, 1, 3).items();
            if (!homes.isEmpty()) {
                register.setStatus(homes.get(0).id(), new ProviderCommands.NewStatus("SUSPENDED", today.minusDays(45), null,
                        "Inadequate CQC rating: medication management and staffing", "Improvement plan received; monitoring visit due"));
            }
            if (homes.size() > 1) {
                register.setStatus(homes.get(1).id(), new ProviderCommands.NewStatus("ENHANCED_MONITORING", today.minusDays(90), null,
                        "Falls and pressure care concerns from reviews", "Monthly quality visits"));
                register.recordVisit(homes.get(1).id(), new ProviderCommands.NewVisit(today.minusDays(40),
                        "Falls log not reviewed monthly; two residents without up-to-date pressure care plans",
                        List.of(new ProviderCommands.NewAction("Review every falls log monthly with the GP practice", "Registered manager", today.minusDays(10)),
                                new ProviderCommands.NewAction("Pressure care plans updated for all residents", "Deputy manager", today.plusDays(20)))));
            }
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private static void rateHistory(ProviderRegister register, UUID id, Random random, LocalDate today) {
        LocalDate first = today.minusDays(900 + random.nextInt(600));
        register.rate(id, new ProviderCommands.NewRating(RATINGS[random.nextInt(RATINGS.length)], first));
        if (random.nextBoolean()) {
            register.rate(id, new ProviderCommands.NewRating(RATINGS[random.nextInt(RATINGS.length)], first.plusDays(300 + random.nextInt(500))));
        }
    }

    private static String cqcId(Random random) {
        return "1-" + (100_000_000L + (random.nextLong() & Long.MAX_VALUE) % 899_999_999L);
    }
}
