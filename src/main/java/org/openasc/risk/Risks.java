package org.openasc.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.openasc.risk.domain.Versioned;
import org.openasc.platform.records.VersionClaims;
import org.openasc.platform.web.FieldChecks;
import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.audit.AuditTrail.Action;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.signals.SignalRegistry;
import org.openasc.platform.web.FieldProblem;
import org.openasc.platform.web.InvalidInput;
import org.openasc.platform.web.NotFound;
import org.openasc.platform.web.Page;
import org.openasc.platform.web.StaleVersion;
import org.openasc.platform.web.Versions;
import org.openasc.risk.domain.RiskStore;
import org.openasc.platform.calendar.Today;

/**
 * Risk registers: a risk's scores are impact times likelihood (1 to 5 each) gross, net of controls and at
 * target; its rating comes from the configurable bands on the net score; a review keeps the scores then, so
 * movement since the review before is computed, not typed. A target worse than the net score is allowed
 * with a warning.
 */
@Service
public class Risks {

    public static final String MANAGE = "hasAnyRole('TEAM_MANAGER','PERFORMANCE')";
    public static final String READ = "hasAnyRole('TEAM_MANAGER','PERFORMANCE','FINANCE','COUNCILLOR','DEMOCRATIC_SERVICES')";
    static final Set<String> APPETITES = Set.of("AVERSE", "MINIMALIST", "CAUTIOUS", "OPEN", "EAGER");
    static final Set<String> ACTION_STATUSES = Set.of("NOT_STARTED", "IN_PROGRESS", "COMPLETE");

    private final RiskStore store;
    private final SignalRegistry signals;
    private final AuditTrail audit;
    private final VersionClaims claims;
    private final Clock clock;

    Risks(RiskStore store, SignalRegistry signals, AuditTrail audit, Clock clock, VersionClaims claims) {
        this.store = store;
        this.signals = signals;
        this.audit = audit;
        this.clock = clock;
        this.claims = claims;
    }

    LocalDate today() {
        return Today.on(clock);
    }

    @PreAuthorize(MANAGE)
    @Transactional
    public RiskView record(RiskCommands.RiskDetails d) {
        List<UUID> links = check(d, null);
        UUID id = UUID.randomUUID();
        store.save(id, true, d, CurrentStaff.username());
        store.link(id, links);
        store.linkSignals(id, d.signals() == null ? List.of() : d.signals());
        audit.record(CurrentStaff.username(), Action.CREATED, "risk", id.toString(), d.reference().strip(), d.register());
        return view(id);
    }

    @PreAuthorize(MANAGE)
    @Transactional
    public RiskView change(UUID id, RiskCommands.RiskDetails d) {
        row(id);
        List<UUID> links = check(d, id);
        if (!store.save(id, false, d, CurrentStaff.username())) {
            throw new StaleVersion("Risk " + d.reference());
        }
        store.link(id, links);
        if (d.signals() != null) {
            store.linkSignals(id, d.signals());
        }
        audit.record(CurrentStaff.username(), Action.CHANGED, "risk", id.toString(), d.reference().strip(), null);
        return view(id);
    }

    @PreAuthorize(MANAGE)
    @Transactional
    public RiskView review(UUID id, RiskCommands.Review r) {
        RiskStore.Row row = row(id);
        List<FieldProblem> problems = new ArrayList<>();
        if (r.reviewedOn() == null || r.reviewedOn().isAfter(today())) {
            problems.add(new FieldProblem("reviewedOn", "Enter the date of the review, today or in the past"));
        }
        scores(r.gross(), "gross", "gross", problems);
        scores(r.net(), "net", "net", problems);
        scores(r.target(), "target", "target", problems);
        if (r.nextReviewOn() == null || (r.reviewedOn() != null && !r.nextReviewOn().isAfter(r.reviewedOn()))) {
            problems.add(new FieldProblem("nextReviewOn", "Enter the date of the next review, after this one"));
        }
        if (r.notes() != null && r.notes().length() > 4000) {
            problems.add(new FieldProblem("notes", "Notes must be 4000 characters or fewer"));
        }
        FieldChecks.refuse(problems);
        String by = claims.claimChange(Versioned.RISK, id, row.version(), r.version(), "Risk " + row.reference());
        store.review(id, r, by);
        audit.record(by, Action.CHANGED, "risk", id.toString(), row.reference(), "Reviewed " + r.reviewedOn());
        return view(id);
    }

    @PreAuthorize(READ)
    public RiskView open(UUID id) {
        return view(id);
    }

    /** Links a live signal to the risk, or unlinks it; the risk's version guards against a concurrent change. */
    @PreAuthorize(MANAGE)
    @Transactional
    public RiskView signal(UUID id, Integer version, String key, boolean link) {
        RiskStore.Row row = row(id);
        if (link && !signals.exists(key)) {
            throw new InvalidInput("signal", "Choose a live signal from the list");
        }
        if (Versions.required(version) != row.version()) {
            throw new StaleVersion("Risk " + row.reference());
        }
        List<String> keys = new ArrayList<>(store.signals(id));
        keys.remove(key);
        if (link) {
            keys.add(key);
        }
        store.linkSignals(id, keys);
        audit.record(CurrentStaff.username(), Action.CHANGED, "risk", id.toString(), row.reference(), (link ? "Linked " : "Unlinked ") + key);
        return view(id);
    }

    /** The live signals a risk can be linked to. */
    @PreAuthorize(READ)
    public List<org.openasc.platform.signals.LiveSignals.Signal> signalCatalogue() {
        return signals.catalogue();
    }

    /** Every risk of a register (or all), highest net score first: the heat map and the committee report's table. */
    @PreAuthorize(READ)
    public List<RiskView> search(String register, String rating) {
        return search(register, rating, 1, 2000).items();
    }

    /** A page of a register's risks (or all), optionally of one rating (its band of net scores; none for an unknown one), highest first. */
    @PreAuthorize(READ)
    public Page<RiskView> search(String register, String rating, int page, int size) {
        Map<String, int[]> bands = store.bands();
        int[] scores = rating == null || rating.isBlank() ? new int[] {0, 25} : bands.getOrDefault(rating.strip().toUpperCase(), new int[] {1, 0});
        RiskStore.Listed listed = store.search(FieldChecks.trimmed(register), scores[0], scores[1], (page - 1) * size, size);
        return new Page<>(listed.rows().stream().map(r -> view(r, listed.parts().get(r.id()), bands, false)).toList(), page, size, listed.total());
    }

    @PreAuthorize(READ)
    public List<String> registers() {
        return store.registers();
    }

    public static final String CONFIGURE = "hasRole('PERFORMANCE')";
    static final List<String> RATINGS = List.of("LOW", "MEDIUM", "HIGH", "VERY_HIGH");

    /** The rating bands, lowest first. */
    @PreAuthorize(READ)
    public List<RiskCommands.Band> bandList() {
        Map<String, int[]> bands = store.bands();
        return RATINGS.stream().map(r -> new RiskCommands.Band(r, bands.get(r)[0], bands.get(r)[1])).toList();
    }

    /**
     * Sets the bands: all four ratings, in order, not overlapping, and together covering every score a risk can
     * have (the products of two numbers from 1 to 5).
     */
    @PreAuthorize(CONFIGURE)
    @Transactional
    public List<RiskCommands.Band> setBands(List<RiskCommands.Band> bands) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, RiskCommands.Band> byRating = new java.util.HashMap<>();
        for (RiskCommands.Band b : bands == null ? List.<RiskCommands.Band>of() : bands) {
            if (b.rating() == null || !RATINGS.contains(b.rating()) || byRating.put(b.rating(), b) != null) {
                problems.add(new FieldProblem("bands", "Give each rating once: low, medium, high and very high"));
            } else if (b.minScore() == null || b.maxScore() == null || b.minScore() < 1 || b.maxScore() > 25 || b.minScore() > b.maxScore()) {
                problems.add(new FieldProblem(b.rating(), "Scores from 1 to 25, the lowest no more than the highest"));
            }
        }
        if (problems.isEmpty() && byRating.size() != 4) {
            problems.add(new FieldProblem("bands", "Give each rating once: low, medium, high and very high"));
        }
        FieldChecks.refuse(problems);
        for (int i = 1; i < RATINGS.size(); i++) {
            if (byRating.get(RATINGS.get(i)).minScore() <= byRating.get(RATINGS.get(i - 1)).maxScore()) {
                problems.add(new FieldProblem(RATINGS.get(i), "Each band must start above the one below it"));
            }
        }
        for (int impact = 1; impact <= 5; impact++) {
            for (int likelihood = 1; likelihood <= 5; likelihood++) {
                int score = impact * likelihood;
                if (byRating.values().stream().noneMatch(b -> score >= b.minScore() && score <= b.maxScore())
                        && problems.stream().noneMatch(p -> p.field().equals("bands"))) {
                    problems.add(new FieldProblem("bands", "A score of " + score + " (" + impact + " x " + likelihood + ") falls in no band"));
                }
            }
        }
        FieldChecks.refuse(problems);
        byRating.values().forEach(b -> store.saveBand(b.rating(), b.minScore(), b.maxScore()));
        audit.record(CurrentStaff.username(), Action.CHANGED, "risk-bands", null, null, byRating.values().toString());
        return bandList();
    }

    @PreAuthorize(CONFIGURE)
    @Transactional
    public List<String> addRegister(RiskCommands.NewRegister r) {
        String name = r == null || r.name() == null ? "" : r.name().strip();
        if (name.isEmpty() || name.length() > 100) {
            throw new InvalidInput("name", "Enter the register's name, up to 100 characters");
        }
        if (store.registerExists(name)) {
            throw new InvalidInput("name", "There is already a " + name + " register");
        }
        store.addRegister(name);
        audit.record(CurrentStaff.username(), Action.CREATED, "risk-register", name, name, null);
        return store.registers();
    }

    /** The rating of each cell of the 5 x 5 map (row 0 is likelihood 5), by the configured bands. */
    @PreAuthorize(READ)
    public String[][] heatRatings() {
        String[][] out = new String[5][5];
        Map<String, int[]> bands = store.bands();
        for (int row = 0; row < 5; row++) {
            for (int col = 0; col < 5; col++) {
                out[row][col] = rating((5 - row) * (col + 1), bands);
            }
        }
        return out;
    }

    /** The rating of a score by the configured bands. */
    String rating(int score) {
        return rating(score, store.bands());
    }

    private static String rating(int score, Map<String, int[]> bands) {
        for (Map.Entry<String, int[]> band : bands.entrySet()) {
            if (score >= band.getValue()[0] && score <= band.getValue()[1]) {
                return band.getKey();
            }
        }
        return "UNBANDED";
    }

    private List<UUID> check(RiskCommands.RiskDetails d, UUID self) {
        List<FieldProblem> problems = new ArrayList<>();
        text(d.reference(), "reference", "the reference, like SR3", 20, problems);
        if (d.reference() != null && !d.reference().isBlank()) {
            store.idOf(d.reference().strip()).filter(other -> !other.equals(self))
                    .ifPresent(other -> problems.add(new FieldProblem("reference", "Reference " + d.reference().strip() + " is already used")));
        }
        if (d.register() == null || !store.registerExists(d.register())) {
            problems.add(new FieldProblem("register", "Choose the register"));
        }
        text(d.title(), "title", "the title", 300, problems);
        text(d.description(), "description", "the description", 8000, problems);
        text(d.category(), "category", "the category", 100, problems);
        text(d.owners(), "owners", "who owns the risk", 300, problems);
        if (d.appetite() == null || !APPETITES.contains(d.appetite())) {
            problems.add(new FieldProblem("appetite", "Choose the appetite: averse, minimalist, cautious, open or eager"));
        }
        scores(d.gross(), "gross", "gross", problems);
        scores(d.net(), "net", "net", problems);
        scores(d.target(), "target", "target", problems);
        if (d.reviewDueOn() == null) {
            problems.add(new FieldProblem("reviewDueOn", "Enter when the risk is next reviewed"));
        }
        List<RiskCommands.Action> actions = d.actions() == null ? List.of() : d.actions();
        for (int i = 0; i < actions.size(); i++) {
            RiskCommands.Action a = actions.get(i);
            if (a.action() == null || a.action().isBlank() || a.owner() == null || a.owner().isBlank() || a.dueOn() == null
                    || a.status() == null || !ACTION_STATUSES.contains(a.status())) {
                problems.add(new FieldProblem("actions[" + i + "]", "Action " + (i + 1) + " needs what, who, when and its status"));
            }
        }
        for (String key : d.signals() == null ? List.<String>of() : d.signals()) {
            if (!signals.exists(key)) {
                problems.add(new FieldProblem("signals", "There is no live signal " + key));
            }
        }
        List<UUID> links = new ArrayList<>();
        for (String reference : d.linkedReferences() == null ? List.<String>of() : d.linkedReferences()) {
            store.idOf(reference).filter(l -> !l.equals(self)).ifPresentOrElse(links::add,
                    () -> problems.add(new FieldProblem("linkedReferences", "There is no other risk " + reference)));
        }
        FieldChecks.refuse(problems);
        return links;
    }

    private static void scores(RiskCommands.Scores s, String field, String what, List<FieldProblem> problems) {
        if (s == null || s.impact() == null || s.likelihood() == null || s.impact() < 1 || s.impact() > 5 || s.likelihood() < 1 || s.likelihood() > 5) {
            problems.add(new FieldProblem(field, "Score the " + what + " impact and likelihood from 1 to 5 each"));
        }
    }

    private static void text(String value, String field, String what, int max, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "Enter " + what));
        } else if (value.length() > max) {
            problems.add(new FieldProblem(field, "It must be " + max + " characters or fewer"));
        }
    }

    private RiskStore.Row row(UUID id) {
        return store.find(id).orElseThrow(() -> new NotFound("The risk " + id));
    }

    private RiskView view(UUID id) {
        return view(row(id), store.parts(List.of(id)).get(id), store.bands(), true);
    }

    /** The risk with its parts, rated by {@code bands}; its live signals are read only when asked, as each is a query of its own. */
    private RiskView view(RiskStore.Row r, RiskStore.Parts parts, Map<String, int[]> bands, boolean readSignals) {
        List<RiskView.ReviewLine> reviews = parts.reviews();
        int gross = r.grossImpact() * r.grossLikelihood();
        int net = r.netImpact() * r.netLikelihood();
        int target = r.targetImpact() * r.targetLikelihood();
        // The first review moves from the scores the risk was entered with; later ones from the review before.
        Integer previous = reviews.size() >= 2 ? Integer.valueOf(reviews.get(1).netScore()) : r.enteredNetScore();
        List<String> warnings = new ArrayList<>();
        if (target > net) {
            warnings.add("The target score (" + target + ") is worse than the net score (" + net + ")");
        }
        if (net > gross) {
            warnings.add("The net score (" + net + ") is worse than the gross score (" + gross + "): are the controls working?");
        }
        return new RiskView(r.id(), r.reference(), r.register(), r.title(), r.description(), r.category(), r.owners(), r.appetite(), r.impact(),
                r.opportunities(), r.controls(), r.barriers(), r.financialImpact(), r.grossImpact(), r.grossLikelihood(), gross, r.netImpact(),
                r.netLikelihood(), net, r.targetImpact(), r.targetLikelihood(), target, rating(net, bands), rating(gross, bands), rating(target, bands),
                reviews.isEmpty() ? Movement.NEW : Movement.between(previous, reviews.get(0).netScore()), r.reviewDueOn(),
                r.reviewDueOn().isBefore(today()), parts.actions(), parts.links(), reviews,
                readSignals ? store.signals(r.id()).stream().map(signals::read).toList() : List.of(), warnings, r.enteredNetScore(),
                LocalDate.ofInstant(r.createdAt(), org.openasc.platform.calendar.Today.COUNCIL_ZONE), r.version());
    }
}
