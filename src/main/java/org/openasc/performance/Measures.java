package org.openasc.performance;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.openasc.performance.domain.PerformanceStore;
import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.audit.AuditTrail.Action;
import org.openasc.platform.security.Access;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.signals.MeasureFigures;
import org.openasc.platform.web.FieldChecks;
import org.openasc.platform.web.InvalidInput;
import org.openasc.platform.web.NotFound;
import org.openasc.platform.web.StaleVersion;
import org.openasc.platform.security.WithoutStaffCheck;

/**
 * The measure library: computed measures as the modules declare them, entered ones added by the performance team,
 * each with its targets by financial year and its RAG rule (the team's default unless the measure has its own).
 */
@Service
public class Measures {

    public static final String READ = Access.SEE_FIGURES;
    public static final String MANAGE = "hasRole('PERFORMANCE')";
    /** The largest magnitude a target or value may have (the columns hold 12 digits before the point). */
    static final BigDecimal LIMIT = new BigDecimal("1000000000000");
    private static final BigDecimal RULE_LIMIT = new BigDecimal("100000000");
    private static final Set<String> UNITS = names(MeasureFigures.Unit.values());
    private static final Set<String> POLARITIES = names(MeasureFigures.Polarity.values());
    private static final Set<String> BASES = names(MeasureFigures.PeriodBasis.values());

    private final PerformanceStore store;
    private final List<MeasureFigures> sources;
    private final AuditTrail audit;

    Measures(PerformanceStore store, List<MeasureFigures> sources, AuditTrail audit) {
        this.store = store;
        this.sources = List.copyOf(sources);
        this.audit = audit;
    }

    /** Brings the computed measures' definitions in from the modules that compute them (run at start). */
    @Transactional
    @WithoutStaffCheck("declares the computed measures when the application starts")
    public void declareComputed() {
        int position = 0;
        for (MeasureFigures source : sources) {
            for (MeasureFigures.Definition d : source.definitions()) {
                store.saveDefinition(new PerformanceStore.MeasureRow(d.reference(), d.name(), d.group(), d.numerator(), d.denominator(),
                        d.unit().name(), d.polarity().name(), d.basis().name(), d.owner(), "COMPUTED", ++position, null, null, null, null, 0,
                        d.populationBand()), "system");
            }
        }
    }

    @PreAuthorize(READ)
    public List<MeasureView> list() {
        PerformanceStore.RagDefault rule = store.ragDefault();
        return store.measures().stream().map(m -> view(m, rule)).toList();
    }

    @PreAuthorize(READ)
    public MeasureView get(String reference) {
        return view(row(reference), store.ragDefault());
    }

    @PreAuthorize(MANAGE)
    @Transactional
    public MeasureView add(MeasureCommands.NewMeasure m) {
        FieldChecks c = new FieldChecks();
        c.text(m.reference(), "reference", "the reference, such as ASCOF 1A or LOCAL-WF1", 30);
        if (!c.has("reference") && !m.reference().strip().matches("[A-Za-z0-9][A-Za-z0-9 ().-]*")) {
            c.add("reference", "Use letters, numbers, spaces, brackets, dots and hyphens in the reference");
        }
        c.text(m.name(), "name", "the measure's name", 300).text(m.group(), "group", "the group it is reported under", 100)
                .text(m.numerator(), "numerator", "what is counted (the numerator) in words", 1000).text(m.owner(), "owner", "the owner", 200);
        if (m.denominator() != null && m.denominator().length() > 1000) {
            c.add("denominator", "The denominator must be 1000 characters or fewer");
        }
        c.oneOf(m.unit(), "unit", UNITS).oneOf(m.polarity(), "polarity", POLARITIES).oneOf(m.basis(), "basis", BASES);
        if (!c.has("reference") && store.measure(m.reference().strip()).isPresent()) {
            c.add("reference", "There is already a measure " + m.reference().strip());
        }
        c.orRefuse();
        String reference = m.reference().strip();
        store.saveDefinition(new PerformanceStore.MeasureRow(reference, m.name().strip(), m.group().strip(), m.numerator().strip(),
                FieldChecks.trimmed(m.denominator()), m.unit(), m.polarity(), m.basis(), m.owner().strip(), "ENTERED", store.nextPosition(), null, null,
                null, null, 0, null), CurrentStaff.username());
        audit.record(CurrentStaff.username(), Action.CREATED, "measure", reference, reference, m.name().strip());
        return get(reference);
    }

    /** The default rule every measure without its own follows. */
    @PreAuthorize(READ)
    public MeasureView.Rule defaultRule() {
        PerformanceStore.RagDefault d = store.ragDefault();
        return new MeasureView.Rule(d.greenWithin(), d.amberWithin(), d.ragBasis(), true);
    }

    @PreAuthorize(READ)
    public int defaultRuleVersion() {
        return store.ragDefault().version();
    }

    @PreAuthorize(MANAGE)
    @Transactional
    public MeasureView.Rule setDefaultRule(MeasureCommands.RuleSetting r) {
        checkRule(r, null);
        if (!store.setRagDefault(r.greenWithin(), r.amberWithin(), r.basis(), r.version(), CurrentStaff.username())) {
            throw new StaleVersion("The default RAG rule");
        }
        audit.record(CurrentStaff.username(), Action.CHANGED, "rag-rule", "default", null, describe(r));
        return defaultRule();
    }

    @PreAuthorize(MANAGE)
    @Transactional
    public MeasureView setRule(String reference, MeasureCommands.RuleSetting r) {
        PerformanceStore.MeasureRow m = row(reference);
        checkRule(r, m);
        if (!store.setRule(m.reference(), r.greenWithin(), r.amberWithin(), r.basis(), r.version(), CurrentStaff.username())) {
            throw new StaleVersion("Measure " + m.reference());
        }
        audit.record(CurrentStaff.username(), Action.CHANGED, "measure", m.reference(), m.reference(), "RAG rule " + describe(r));
        return get(m.reference());
    }

    @PreAuthorize(MANAGE)
    @Transactional
    public MeasureView setBaseline(String reference, MeasureCommands.Baseline b) {
        PerformanceStore.MeasureRow m = row(reference);
        String from = b.from() == null || b.from().isBlank() ? null : Periods.name(Periods.month(b.from(), "from"));
        if (b.version() == null) {
            throw new InvalidInput("version", "Give the version of the measure you are changing (it is " + m.version() + ")");
        }
        if (!store.setBaseline(m.reference(), from, b.version(), CurrentStaff.username())) {
            throw new StaleVersion("Measure " + m.reference());
        }
        audit.record(CurrentStaff.username(), Action.CHANGED, "measure", m.reference(), m.reference(),
                from == null ? "One SPC baseline" : "SPC baseline recalculated from " + from);
        return get(m.reference());
    }

    /** A year's targets for a measure: the value or band, and the month profile if there is one. */
    public record YearTarget(String reference, int financialYear, String financialYearLabel, BigDecimal target, MeasureCommands.Band band,
                             Map<String, BigDecimal> profile, int version, String setBy) {

        /** The target for one month: its profile value if the year is profiled, else the year's. */
        public Target forMonth(YearMonth month) {
            if (band != null) {
                return Target.band(band.lower(), band.upper());
            }
            return Target.of(profile.getOrDefault(Periods.name(month), target));
        }
    }

    @PreAuthorize(READ)
    public List<YearTarget> targets(String reference) {
        return store.targets(row(reference).reference()).stream().map(this::yearTarget).toList();
    }

    @PreAuthorize(READ)
    public Optional<YearTarget> target(String reference, int financialYear) {
        return store.targets(row(reference).reference()).stream().filter(t -> t.financialYear() == financialYear).findFirst().map(this::yearTarget);
    }

    /** A measure's targets by financial year, for its series and its scorecard row. */
    Map<Integer, YearTarget> yearTargets(String reference) {
        Map<Integer, YearTarget> targets = new LinkedHashMap<>();
        store.targets(reference).forEach(t -> targets.put(t.financialYear(), yearTarget(t)));
        return targets;
    }

    @PreAuthorize(READ)
    public List<PerformanceStore.TargetChange> targetHistory(String reference) {
        return store.targetHistory(row(reference).reference());
    }

    @PreAuthorize(MANAGE)
    @Transactional
    public YearTarget setTarget(String reference, int financialYear, MeasureCommands.TargetSetting t) {
        PerformanceStore.MeasureRow m = row(reference);
        FieldChecks c = new FieldChecks();
        if (financialYear < 2000 || financialYear > 2100) {
            c.add("financialYear", "Give the financial year by the year it starts, such as 2024 for 2024/25");
        }
        boolean band = "WITHIN_BAND".equals(m.polarity());
        if ("NEITHER".equals(m.polarity())) {
            c.add("target", "Measure " + m.reference() + " has no aim (polarity neither), so it has no target and no RAG status");
        } else if (band) {
            if (t.band() == null || t.band().lower() == null || t.band().upper() == null) {
                c.add("band", "Give the band this measure is aimed at, lower and upper, such as 56.0 to 61.0");
            } else if (t.band().lower().compareTo(t.band().upper()) > 0) {
                c.add("band", "The band's lower bound must not be above its upper bound");
            }
            if (t.target() != null || (t.profile() != null && !t.profile().isEmpty())) {
                c.add("target", "Measure " + m.reference() + " is aimed at a band: give a band, not a target value");
            }
        } else {
            if (t.target() == null) {
                c.add("target", "Give the target for " + Periods.yearLabel(financialYear));
            }
            if (t.band() != null) {
                c.add("band", "Only a measure aimed at a band (polarity within band) has a band");
            }
        }
        java.util.stream.Stream.of(t.target(), t.band() == null ? null : t.band().lower(), t.band() == null ? null : t.band().upper())
                .filter(v -> v != null && v.abs().compareTo(LIMIT) >= 0).findFirst()
                .ifPresent(v -> c.add(t.band() == null ? "target" : "band", "Give a target below 1,000,000,000,000"));
        Map<String, BigDecimal> profile = new java.util.TreeMap<>();
        if (t.profile() != null && !band) {
            t.profile().forEach((period, value) -> {
                try {
                    YearMonth month = Periods.month(period, "profile");
                    if (Periods.financialYear(month) != financialYear) {
                        c.add("profile", period + " is not in " + Periods.yearLabel(financialYear) + " (April " + financialYear + " to March "
                                + (financialYear + 1) + ")");
                    } else if (value == null || value.abs().compareTo(LIMIT) >= 0) {
                        c.add("profile", "Give a target for " + period);
                    } else {
                        profile.put(Periods.name(month), value);
                    }
                } catch (InvalidInput e) {
                    c.add("profile", period + " is not a month: give months as year and month, such as " + financialYear + "-06");
                }
            });
        }
        c.orRefuse();
        Optional<PerformanceStore.TargetRow> existing = store.targets(m.reference()).stream().filter(x -> x.financialYear() == financialYear).findFirst();
        if (existing.isPresent() && t.version() == null) {
            throw new InvalidInput("version", "Give the version of the target you are changing (it is " + existing.get().version() + ")");
        }
        if (!store.setTarget(m.reference(), financialYear, band ? null : t.target(), band ? t.band().lower() : null, band ? t.band().upper() : null,
                existing.isPresent() ? t.version() : null, CurrentStaff.username())) {
            throw new StaleVersion("The " + Periods.yearLabel(financialYear) + " target of " + m.reference());
        }
        store.replaceProfile(m.reference(), financialYear, profile);
        String what = band ? "Band " + t.band().lower().toPlainString() + " to " + t.band().upper().toPlainString()
                : "Target " + t.target().toPlainString() + (profile.isEmpty() ? "" : ", profiled by month " + profile);
        store.noteTarget(m.reference(), financialYear, what, CurrentStaff.username());
        audit.record(CurrentStaff.username(), Action.CHANGED, "measure", m.reference(), m.reference(), Periods.yearLabel(financialYear) + ": " + what);
        return target(m.reference(), financialYear).orElseThrow();
    }

    PerformanceStore.MeasureRow row(String reference) {
        return store.measure(reference == null ? "" : reference.strip()).orElseThrow(() -> new NotFound("Measure " + reference));
    }

    List<MeasureFigures> sources() {
        return sources;
    }

    /** The rule in force for a measure. */
    static RagRule rule(PerformanceStore.MeasureRow m, PerformanceStore.RagDefault d) {
        return m.ragBasis() == null ? new RagRule(d.greenWithin(), d.amberWithin(), RagRule.Basis.valueOf(d.ragBasis()))
                : new RagRule(m.greenWithin(), m.amberWithin(), RagRule.Basis.valueOf(m.ragBasis()));
    }

    private void checkRule(MeasureCommands.RuleSetting r, PerformanceStore.MeasureRow m) {
        FieldChecks c = new FieldChecks();
        if (m != null && "NEITHER".equals(m.polarity())) {
            c.add("greenWithin", "Measure " + m.reference() + " has no aim (polarity neither), so it has no RAG rule");
            c.orRefuse();
        }
        if (r.greenWithin() == null || r.greenWithin().signum() < 0 || r.greenWithin().compareTo(RULE_LIMIT) >= 0) {
            c.add("greenWithin", "Give how far from the target is still green, from zero to below 100,000,000");
        }
        if (r.amberWithin() == null || r.amberWithin().signum() < 0 || r.amberWithin().compareTo(RULE_LIMIT) >= 0) {
            c.add("amberWithin", "Give how far from the target is amber, from zero to below 100,000,000");
        } else if (r.greenWithin() != null && r.amberWithin().compareTo(r.greenWithin()) < 0) {
            c.add("amberWithin", "Amber must reach at least as far from the target as green (" + r.greenWithin().toPlainString() + ")");
        }
        if (r.basis() == null || !Set.of("RELATIVE", "ABSOLUTE").contains(r.basis())) {
            c.add("basis", "Choose RELATIVE (percent of the target) or ABSOLUTE (in the measure's own units)");
        }
        if (r.version() == null) {
            c.add("version", "Give the version of the " + (m == null ? "default rule" : "measure") + " you are changing");
        }
        c.orRefuse();
    }

    private YearTarget yearTarget(PerformanceStore.TargetRow t) {
        return new YearTarget(t.reference(), t.financialYear(), Periods.yearLabel(t.financialYear()), t.target(),
                t.bandLower() == null ? null : new MeasureCommands.Band(t.bandLower(), t.bandUpper()), store.profile(t.reference(), t.financialYear()),
                t.version(), t.setBy());
    }

    static MeasureView view(PerformanceStore.MeasureRow m, PerformanceStore.RagDefault d) {
        MeasureView.Rule rule = "NEITHER".equals(m.polarity()) ? null : m.ragBasis() == null
                ? new MeasureView.Rule(d.greenWithin(), d.amberWithin(), d.ragBasis(), true)
                : new MeasureView.Rule(m.greenWithin(), m.amberWithin(), m.ragBasis(), false);
        return new MeasureView(m.reference(), m.name(), m.measureGroup(), m.numerator(), m.denominator(), m.unit(), m.polarity(), m.basis(),
                m.owner(), m.source(), rule, m.baselineFrom(), m.version());
    }

    private static String describe(MeasureCommands.RuleSetting r) {
        return "green within " + r.greenWithin() + ", amber within " + r.amberWithin() + " (" + r.basis() + ")";
    }

    private static Set<String> names(Enum<?>[] values) {
        Set<String> names = new java.util.LinkedHashSet<>();
        for (Enum<?> v : values) {
            names.add(v.name());
        }
        return names;
    }
}
