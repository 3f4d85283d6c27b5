package org.openasc.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.openasc.people.PersonBulkLoad;
import org.openasc.people.PersonDetails;

/**
 * Makes a synthetic population of adults known to social care. The same seed and size always give
 * the same people. Mixes follow the national shape: most people are over 65, physical support is
 * the commonest primary support reason, and the ethnic mix is that of an English county.
 */
public final class SyntheticPeople {

    /** The people and the relationships between them. */
    public record Population(List<PersonDetails> people, List<PersonBulkLoad.Link> links) {
    }

    private record Weighted(String value, int weight) {
    }

    private record Heritage(String ethnicity, int weight, String[] given, String[] family, String language) {
    }

    private static final Heritage[] HERITAGES = {
            new Heritage("White: English, Welsh, Scottish, Northern Irish or British", 780,
                    new String[] {"Margaret", "Jean", "Joan", "Dorothy", "Sheila", "Patricia", "Siân", "Eileen", "Brenda", "Zoë",
                            "John", "David", "Peter", "Michael", "Alan", "Brian", "Gareth", "Keith", "Dafydd", "Colin"},
                    new String[] {"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright",
                            "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke",
                            "Smith-Jones", "Price", "Hughes", "Edwards"}, "English"),
            new Heritage("White: Irish", 15, new String[] {"Bridget", "Mary", "Siobhán", "Patrick", "Seán", "Declan"},
                    new String[] {"O'Brien", "Murphy", "O'Connor", "Kelly", "Byrne", "McCarthy"}, "English"),
            new Heritage("White: Any other White background", 40, new String[] {"Agnieszka", "Zofia", "Łucja", "Piotr", "Łukasz", "Andrzej", "Ioana", "Mihai"},
                    new String[] {"Kowalski", "Nowak", "Wiśniewska", "Wójcik", "Popescu", "Ionescu"}, "Polish"),
            new Heritage("Asian or Asian British: Indian", 45, new String[] {"Harjit", "Kamaljit", "Pritam", "Suresh", "Anjali", "Priya", "Ravi"},
                    new String[] {"Patel", "Singh", "Kaur", "Sharma", "Mistry", "Chauhan"}, "Gujarati"),
            new Heritage("Asian or Asian British: Pakistani", 20, new String[] {"Mohammed", "Muhammad", "Nasreen", "Shabana", "Tariq", "Yasmin"},
                    new String[] {"Khan", "Hussain", "Ahmed", "Iqbal", "Akhtar"}, "Urdu"),
            new Heritage("Asian or Asian British: Bangladeshi", 8, new String[] {"Abdul", "Rahima", "Jamal", "Shirin"},
                    new String[] {"Miah", "Begum", "Rahman", "Uddin"}, "Bengali"),
            new Heritage("Asian or Asian British: Chinese", 6, new String[] {"Wei", "Mei", "伟", "Ling", "Jun"},
                    new String[] {"Wang", "Li", "Chen", "王", "Zhang"}, "Cantonese"),
            new Heritage("Black, Black British, Caribbean or African: Caribbean", 15, new String[] {"Winston", "Gloria", "Delroy", "Hyacinth", "Errol"},
                    new String[] {"Campbell", "Francis", "Morgan", "Reid", "Grant"}, "English"),
            new Heritage("Black, Black British, Caribbean or African: African", 15, new String[] {"Adebayo", "Chiamaka", "Kwame", "Amina", "Tendai"},
                    new String[] {"Okafor", "Mensah", "Adeyemi", "Mwangi", "Abubakar"}, "English"),
            new Heritage("Mixed or multiple ethnic groups: White and Black Caribbean", 8, new String[] {"Jordan", "Leah", "Marcus", "Chloe"},
                    new String[] {"Thomas", "Bennett", "Lewis", "Harris"}, "English"),
            new Heritage("Other ethnic group: Arab", 3, new String[] {"Omar", "Fatima", "Layla", "Karim"},
                    new String[] {"Haddad", "Mansour", "Saleh"}, "Arabic"),
            new Heritage("No data: Undeclared or not known", 45, new String[] {"Susan", "Paul", "Linda", "Mark", "Karen", "Ian"},
                    new String[] {"Moore", "Martin", "Cooper", "Ward", "Turner", "Parker"}, null),
    };

    private static final Weighted[] SUPPORT_REASONS = {
            new Weighted("Physical support: Personal care support", 480), new Weighted("Physical support: Access and mobility only", 60),
            new Weighted("Support with memory and cognition", 120), new Weighted("Learning disability support", 140),
            new Weighted("Mental health support", 110), new Weighted("Sensory support: Support for visual impairment", 15),
            new Weighted("Sensory support: Support for hearing impairment", 10), new Weighted("Social support: Substance misuse support", 10),
            new Weighted("Social support: Support for social isolation or other reason", 25), new Weighted("Social support: Support to unpaid carer", 20),
            new Weighted("Unknown", 10)};

    private static final Weighted[] ACCOMMODATION = {
            new Weighted("Owner occupier or shared ownership scheme", 330), new Weighted("Tenant: Local authority or other social housing provider", 200),
            new Weighted("Tenant: Private landlord", 70), new Weighted("Settled mainstream housing with family or friends", 130),
            new Weighted("Supported accommodation, supported lodgings or supported group home", 60),
            new Weighted("Sheltered housing, extra care housing or other sheltered housing", 50), new Weighted("Registered care home", 80),
            new Weighted("Registered nursing home", 50), new Weighted("Shared Lives scheme", 10), new Weighted("Unknown", 20)};

    private static final String[] STREETS = {"High Street", "Church Lane", "Station Road", "Mill Road", "Park Avenue", "Victoria Road",
            "Queen's Road", "Brook Close", "Meadow Way", "Chapel Street", "Orchard Drive", "The Green"};
    private static final String[] TOWNS = {"Anytown", "Anytown", "Anytown", "Northbridge", "Southwold Green", "Eastmere", "Westby"};

    private SyntheticPeople() {
    }

    public static Population generate(int firstIndex, int size, long seed, LocalDate today) {
        SplittableRandom random = new SplittableRandom(seed);
        List<PersonDetails> people = new ArrayList<>(size);
        List<PersonBulkLoad.Link> links = new ArrayList<>();
        int totalHeritage = 0;
        for (Heritage h : HERITAGES) {
            totalHeritage += h.weight();
        }
        for (int i = 0; i < size; i++) {
            Heritage heritage = pickHeritage(random, totalHeritage);
            boolean carer = random.nextInt(100) < 8;
            LocalDate birth = birthDate(random, today, carer);
            String psr = carer ? "Social support: Support to unpaid carer" : pick(random, SUPPORT_REASONS);
            boolean older = birth.isBefore(today.minusYears(65));
            // Statuses known from before the history (five years at the most) or the 18th birthday, as recorded at first contact.
            LocalDate known = birth.plusYears(18).isAfter(today.minusYears(6)) ? birth.plusYears(18) : today.minusYears(6);
            String employment = older ? "Not in paid employment: Not actively seeking work or retired"
                    : pick(random, new Weighted[] {new Weighted("Not in paid employment: Not actively seeking work or retired", 50),
                    new Weighted("Not in paid employment: Seeking work", 15), new Weighted("Paid: Less than 16 hours a week", 12),
                    new Weighted("Paid: 16 or more hours a week", 13), new Weighted("Not in paid employment: Voluntary work only", 5),
                    new Weighted("Unknown", 5)});
            boolean interpreter = heritage.language() != null && !"English".equals(heritage.language()) && random.nextInt(100) < 30;
            people.add(new PersonDetails(
                    heritage.given()[random.nextInt(heritage.given().length)], heritage.family()[random.nextInt(heritage.family().length)],
                    null, birth, null,
                    random.nextInt(100) < 97 ? nhsNumber(firstIndex + i) : null,
                    random.nextInt(100) < 58 ? "Female" : "Male", heritage.ethnicity(),
                    (1 + random.nextInt(180)) + " " + STREETS[random.nextInt(STREETS.length)], null,
                    TOWNS[random.nextInt(TOWNS.length)], postcode(random),
                    "C8" + (2000 + random.nextInt(90)), "Anytown Medical Practice " + (1 + random.nextInt(12)),
                    heritage.language() == null ? null : heritage.language(),
                    interpreter ? List.of("Interpreter needed") : random.nextInt(100) < 4 ? List.of("Large print") : List.of(), null,
                    random.nextInt(100) < 80 ? "01632 " + (100000 + random.nextInt(899999)) : null, null,
                    pick(random, ACCOMMODATION), known, employment, known,
                    psr, carer ? "No" : random.nextInt(100) < 35 ? "Yes" : random.nextInt(100) < 90 ? "No" : "Unknown",
                    random.nextInt(100) < 3 ? "Yes" : "No", random.nextInt(100) < 6 ? "Partial sight/sight impaired" : "No visual impairment",
                    random.nextInt(100) < 12 ? "Hard of hearing" : "No hearing impairment",
                    older && random.nextInt(100) < 15 ? "Yes" : "No", null));
        }
        for (int i = 1; i < size; i++) {
            int roll = random.nextInt(100);
            if (roll < 12) {
                links.add(new PersonBulkLoad.Link(i - 1, i, "Unpaid carer of", today.minusDays(random.nextInt(3000))));
            } else if (roll < 20) {
                links.add(new PersonBulkLoad.Link(i - 1, i, "Next of kin", null));
            } else if (roll < 22) {
                links.add(new PersonBulkLoad.Link(i - 1, i, "Lasting power of attorney (property and financial affairs)", today.minusDays(random.nextInt(2000))));
            }
        }
        return new Population(people, links);
    }

    /**
     * The NHS number of the person at {@code index}: 999 (a range the NHS never issues) then six digits that
     * are a one-to-one shuffle of the index, so no two synthetic people share one, then the Modulus 11 check
     * digit. About one in eleven indexes has no valid check digit and gets no NHS number, as some real people have none.
     */
    static String nhsNumber(int index) {
        long body = (index * 7919L + 104_729L) % 1_000_000L;
        String digits = "999" + String.format("%06d", body);
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = (11 - sum % 11) % 11;
        return check == 10 ? null : digits + check;
    }

    private static String postcode(SplittableRandom random) {
        String inwardLetters = "ABDEFGHJLNPQRSTUWXYZ";
        return "AN" + (1 + random.nextInt(12)) + " " + random.nextInt(10)
                + inwardLetters.charAt(random.nextInt(inwardLetters.length())) + inwardLetters.charAt(random.nextInt(inwardLetters.length()));
    }

    private static LocalDate birthDate(SplittableRandom random, LocalDate today, boolean carer) {
        int roll = random.nextInt(100);
        int age = carer ? 35 + random.nextInt(50) : roll < 35 ? 18 + random.nextInt(47) : roll < 60 ? 65 + random.nextInt(15) : 80 + random.nextInt(24);
        return today.minusYears(age).minusDays(random.nextInt(365));
    }

    private static Heritage pickHeritage(SplittableRandom random, int total) {
        int roll = random.nextInt(total);
        for (Heritage h : HERITAGES) {
            roll -= h.weight();
            if (roll < 0) {
                return h;
            }
        }
        return HERITAGES[0];
    }

    private static String pick(SplittableRandom random, Weighted[] options) {
        int total = 0;
        for (Weighted w : options) {
            total += w.weight();
        }
        int roll = random.nextInt(total);
        for (Weighted w : options) {
            roll -= w.weight();
            if (roll < 0) {
                return w.value();
            }
        }
        return options[0].value();
    }
}
