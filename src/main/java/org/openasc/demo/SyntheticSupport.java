package org.openasc.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.openasc.support.BudgetPeriod;
import org.openasc.support.CostFrequency;
import org.openasc.support.HistoricSupport;

/**
 * Years of care and support for a synthetic council: long-term services by age (nursing and
 * residential care for some older people, community support taken as direct payments, managed budgets
 * or commissioned care), yearly April fee uplifts recorded as dated terms, reablement before some
 * packages, planned reviews roughly yearly with some missed, hospital discharges and direct payment
 * monitoring. Deterministic for a seed.
 */
public final class SyntheticSupport {

    /** An adult on the record, with their date of birth. */
    public record Adult(UUID id, LocalDate dateOfBirth) {
    }

    /** A provider location services can be placed with. */
    public record Place(UUID id, String name, String cqcLocationId) {
    }

    public record Places(List<Place> residential, List<Place> nursing, List<Place> homeCare) {
    }

    public record Activity(List<HistoricSupport.Service> services, List<HistoricSupport.Review> reviews,
                           List<HistoricSupport.Discharge> discharges, List<HistoricSupport.DirectPayment> directPayments) {
    }

    private static final String COMMUNITY = "Long term support: Community";
    private static final String[] METHODS = {"Service User Only", "Service User and Carer", "Service User and Family", "Service User and Advocate",
            "Paper Review"};
    private static final String[] UNPLANNED = {"Unplanned - Hospital (Planned and unplanned episodes)", "Unplanned - Carer related",
            "Unplanned - Safeguarding concern", "Unplanned - Other Reason", "Unplanned - Provider Failure"};
    private static final String[] HOSPITALS = {"Anytown General Hospital", "County Royal Infirmary", "St Luke's Community Hospital"};
    private static final String[] WARDS = {"Ward 3 (Elderly care)", "Ward 7 (Stroke)", "Ward 12 (Orthopaedics)", "Acute Medical Unit", "Ward 21 (Respiratory)"};
    private static final double UPLIFT = 1.035;

    private SyntheticSupport() {
    }

    /**
     * {@code longTermPeople} people with a long-term support episode starting between two years before
     * {@code from} and {@code to}, and {@code dischargesPerYear} hospital discharges a year from {@code from}.
     */
    public static Activity generate(List<Adult> adults, List<SyntheticFrontDoor.Team> teams, Places places, LocalDate from, LocalDate to,
                                    int longTermPeople, int dischargesPerYear, long seed) {
        Random random = new Random(seed);
        List<Adult> shuffled = new ArrayList<>(adults);
        Collections.shuffle(shuffled, random);
        List<HistoricSupport.Service> services = new ArrayList<>();
        List<HistoricSupport.Review> reviews = new ArrayList<>();
        List<HistoricSupport.DirectPayment> dps = new ArrayList<>();
        LocalDate earliest = from.minusYears(2);
        long span = ChronoUnit.DAYS.between(earliest, to);
        for (int i = 0; i < Math.min(longTermPeople, shuffled.size()); i++) {
            Adult person = shuffled.get(i);
            SyntheticFrontDoor.Team team = teams.get(random.nextInt(teams.size()));
            String worker = team.workers().get(random.nextInt(team.workers().size()));
            LocalDate start = earliest.plusDays(random.nextInt((int) span + 1));
            // Adult social care starts at 18: a young adult's support (and any reablement before it) starts after the birthday.
            LocalDate adult = person.dateOfBirth() == null ? earliest : person.dateOfBirth().plusYears(18);
            if (start.isBefore(adult)) {
                start = adult;
            }
            LocalDate end = start.plusDays((long) (-Math.log(1 - random.nextDouble()) * 1100));
            boolean ended = !end.isAfter(to);
            int age = person.dateOfBirth() == null ? 70 : (int) ChronoUnit.YEARS.between(person.dateOfBirth(), start);
            if (random.nextInt(10) < 3 && !start.minusDays(42).isBefore(earliest) && !start.minusDays(42).isBefore(adult)) {
                services.add(service(person, team, worker, "Short term support: ST-Max", "Reablement", "CASSR commissioned support", null,
                        start.minusDays(42), start.minusDays(1), "Progress to support planning or services",
                        terms(start.minusDays(42), start.minusDays(1), new BigDecimal("285.00"), CostFrequency.WEEKLY, null)));
            }
            double r = random.nextDouble();
            LocalDate last = ended ? end : to;
            String outcome = ended ? (random.nextInt(10) < 6 ? "NFA: Deceased" : "NFA: Support ended for other reason") : null;
            HistoricSupport.Service s;
            if (age >= 65 && r < 0.12 && !places.nursing().isEmpty()) {
                Place home = places.nursing().get(random.nextInt(places.nursing().size()));
                s = service(person, team, worker, "Long term support: Nursing care", "Long Term Nursing Care", "CASSR commissioned support", home,
                        start, ended ? end : null, outcome, terms(start, last, money(780, 1150, random), CostFrequency.WEEKLY, null));
            } else if ((age >= 65 && r < 0.32 || age < 65 && r < 0.08) && !places.residential().isEmpty()) {
                Place home = places.residential().get(random.nextInt(places.residential().size()));
                s = service(person, team, worker, "Long term support: Residential care", "Long Term Residential Care", "CASSR commissioned support", home,
                        start, ended ? end : null, outcome, terms(start, last, money(620, 880, random), CostFrequency.WEEKLY, null));
            } else {
                double m = random.nextDouble();
                if (m < 0.28) {
                    s = service(person, team, worker, COMMUNITY, "Direct Payment", "Direct payment", null, start, ended ? end : null, outcome,
                            terms(start, last, money(120, 520, random), CostFrequency.WEEKLY, null));
                    List<LocalDate> checks = new ArrayList<>();
                    LocalDate due = start.plusWeeks(8);
                    while (due.plusDays(20).isBefore(last) && random.nextInt(12) > 0) {
                        LocalDate done = due.plusDays(random.nextInt(21));
                        checks.add(done);
                        due = done.plusMonths(3);
                    }
                    BigDecimal monthly = s.terms().get(0).unitCost().multiply(new BigDecimal("52")).divide(new BigDecimal("12"), 2, RoundingMode.HALF_UP);
                    dps.add(new HistoricSupport.DirectPayment(person.id(), s.id(), start.minusDays(7), monthly, BudgetPeriod.MONTHLY, start, checks, due));
                } else if (m < 0.85 && !places.homeCare().isEmpty()) {
                    Place agency = places.homeCare().get(random.nextInt(places.homeCare().size()));
                    BigDecimal hours = BigDecimal.valueOf(3 + random.nextInt(36)).divide(new BigDecimal("2"), 2, RoundingMode.HALF_UP);
                    s = service(person, team, worker, COMMUNITY, "Home Support", m < 0.38 ? "CASSR managed personal budget" : "CASSR commissioned support",
                            agency, start, ended ? end : null, outcome, terms(start, last, money(18, 23, random), CostFrequency.HOURLY, hours));
                } else {
                    s = service(person, team, worker, COMMUNITY, "Day Support", "CASSR commissioned support", null, start, ended ? end : null, outcome,
                            terms(start, last, money(38, 62, random), CostFrequency.PER_SESSION, BigDecimal.valueOf(1 + random.nextInt(4)).setScale(2)));
                }
            }
            services.add(s);
            LocalDate review = start.plusDays(300 + random.nextInt(120));
            while (!review.isAfter(last)) {
                if (random.nextInt(7) > 0) {
                    boolean planned = random.nextInt(10) > 0;
                    reviews.add(new HistoricSupport.Review(person.id(), planned ? "Planned" : UNPLANNED[random.nextInt(UNPLANNED.length)],
                            METHODS[random.nextInt(METHODS.length)], review, planned ? outcomes(random) : null, worker));
                }
                review = review.plusDays(300 + random.nextInt(120));
            }
        }
        return new Activity(services, reviews, discharges(shuffled, teams, from, to, dischargesPerYear, random), dps);
    }

    private static List<HistoricSupport.Discharge> discharges(List<Adult> adults, List<SyntheticFrontDoor.Team> teams, LocalDate from, LocalDate to,
                                                              int perYear, Random random) {
        List<HistoricSupport.Discharge> discharges = new ArrayList<>();
        long days = ChronoUnit.DAYS.between(from, to);
        int total = (int) (perYear * days / 365);
        for (int i = 0; i < total && !adults.isEmpty(); i++) {
            Adult person = adults.get(adults.size() - 1 - (i % adults.size()));
            LocalDate referred = from.plusDays(random.nextInt((int) days + 1));
            int p = random.nextInt(100);
            int pathway = p < 45 ? 0 : p < 75 ? 1 : p < 90 ? 2 : 3;
            LocalDate decision = referred.plusDays(random.nextInt(4));
            int wait = 0;
            while (wait < 10 && random.nextInt(10) < 5) {
                wait++;
            }
            LocalDate discharged = decision.plusDays(wait);
            if (decision.isAfter(to)) {
                decision = null;
            }
            if (decision == null || discharged.isAfter(to)) {
                discharged = null;
            }
            boolean reablement = pathway == 1 && discharged != null && random.nextInt(10) < 6;
            String status = null;
            if (reablement && !discharged.plusDays(91).isAfter(to)) {
                int s = random.nextInt(100);
                status = s < 75 ? "At home" : s < 83 ? "In residential or nursing care" : s < 93 ? "In hospital" : "Died";
            }
            discharges.add(new HistoricSupport.Discharge(person.id(), teams.get(random.nextInt(teams.size())).id(), HOSPITALS[random.nextInt(HOSPITALS.length)],
                    WARDS[random.nextInt(WARDS.length)], referred, pathway, pathway > 0 && random.nextBoolean(), decision, discharged, reablement, status));
        }
        return discharges;
    }

    private static HistoricSupport.Service service(Adult person, SyntheticFrontDoor.Team team, String worker, String type, String component,
                                                   String mechanism, Place place, LocalDate start, LocalDate end, String outcome,
                                                   List<HistoricSupport.Terms> terms) {
        return new HistoricSupport.Service(UUID.randomUUID(), person.id(), team.id(), worker, type, component, mechanism,
                place == null ? null : place.id(), place == null ? null : place.name(), place == null ? null : place.cqcLocationId(),
                "Fully social care funded", start, end, outcome, terms);
    }

    /** The first terms, then an April uplift each year the service runs. */
    private static List<HistoricSupport.Terms> terms(LocalDate start, LocalDate last, BigDecimal cost, CostFrequency frequency, BigDecimal units) {
        List<HistoricSupport.Terms> terms = new ArrayList<>(List.of(new HistoricSupport.Terms(start, cost, frequency, units, null)));
        LocalDate april = LocalDate.of(start.getYear() + (start.getMonthValue() >= 4 ? 1 : 0), 4, 6);
        BigDecimal current = cost;
        while (!april.isAfter(last)) {
            current = current.multiply(BigDecimal.valueOf(UPLIFT)).setScale(2, RoundingMode.HALF_UP);
            terms.add(new HistoricSupport.Terms(april, current, frequency, units, "Annual fee uplift " + april.getYear()));
            april = april.plusYears(1);
        }
        return terms;
    }

    private static BigDecimal money(int low, int high, Random random) {
        return BigDecimal.valueOf(low * 100L + random.nextInt((high - low) * 100 + 1), 2);
    }

    private static String outcomes(Random random) {
        int o = random.nextInt(100);
        return o < 55 ? "Fully achieved" : o < 90 ? "Partially achieved" : "Not achieved";
    }
}
