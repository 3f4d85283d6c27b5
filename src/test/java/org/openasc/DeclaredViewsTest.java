package org.openasc;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import org.openasc.platform.PublishedViews;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SQL contract between modules (ADR 22): a module's SQL, in its Java strings and its migrations, names another module's
 * schema only if it declares that module among its allowed dependencies, and only the views that module publishes
 * ({@link PublishedViews}); what SQL reads and what Java calls together form no cycle. Modulith sees only the Java.
 */
class DeclaredViewsTest {

    static final List<SqlSources.Text> MIGRATIONS = SqlSources.migrations();
    static final Map<String, Map<String, SqlSources.Created>> CREATED = SqlSources.created(MIGRATIONS);
    static final List<String> SCHEMAS = SqlSources.schemas(MIGRATIONS);

    /** What a module's package-info declares: the modules it may use and the SQL it publishes. */
    record Declared(String module, Set<String> dependencies, Set<String> views, Set<String> sharedTables) {

        static Declared of(String module) {
            try {
                Class<?> info = Class.forName("org.openasc." + module + ".package-info");
                ApplicationModule m = info.getAnnotation(ApplicationModule.class);
                PublishedViews p = info.getAnnotation(PublishedViews.class);
                // Views belong to a module's own API, so "support" or "support::*" lets a module read them; "returns::cld" does not.
                Set<String> dependencies = new TreeSet<>();
                Arrays.stream(m == null ? new String[0] : m.allowedDependencies()).filter(d -> !d.contains("::") || d.endsWith("::*"))
                        .forEach(d -> dependencies.add(d.split("::")[0]));
                return new Declared(module, dependencies, p == null ? Set.of() : new TreeSet<>(List.of(p.value())),
                        p == null ? Set.of() : new TreeSet<>(List.of(p.sharedTables())));
            } catch (ClassNotFoundException e) {
                return new Declared(module, Set.of(), Set.of(), Set.of());
            }
        }

        boolean publishes(String name) {
            return views.contains(name) || sharedTables.contains(name);
        }

        String packageInfo() {
            return SqlSources.JAVA.resolve(module).resolve("package-info.java").toString();
        }
    }

    /** Each schema's module's declaration. */
    static Map<String, Declared> declarations() {
        Map<String, Declared> declared = new TreeMap<>();
        SCHEMAS.forEach(s -> declared.put(s, Declared.of(s)));
        return declared;
    }

    @Test
    void everyModuleReadsOnlyTheViewsPublishedByModulesItDeclares() {
        List<SqlSources.Text> texts = new ArrayList<>(SqlSources.javaStrings());
        texts.addAll(MIGRATIONS);
        assertThat(readsOfOtherModules(texts).stream().map(Read::problem).filter(p -> p != null).distinct().toList())
                .as("SQL naming another module's schema (ADR 22)").isEmpty();
    }

    @Test
    void anUndeclaredModuleAndAnUnpublishedTableAreBothFound() {
        String source = """
                class Example {
                    // people.person in a comment is not SQL, nor is the signal key below
                    String signal = "frontdoor.waiting";
                    String sql = \"""
                            select s.id from support.service s
                            join safeguarding.concern_facts c on c.person_id = s.person_id\""";
                }
                """;
        List<String> problems = readsOfOtherModules(SqlSources.javaStrings(Path.of("Example.java"), "finance", source)).stream()
                .map(Read::problem).toList();
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).startsWith("Example.java:5: finance reads support.service, a table of support that support does not publish")
                .contains("service_cost_facts").contains("src/main/resources/db/migration/support/");
        assertThat(problems.get(1)).startsWith("Example.java:6: finance reads safeguarding.concern_facts, but safeguarding is not among "
                + "finance's allowedDependencies").contains("src/main/java/org/openasc/finance/package-info.java");
    }

    @Test
    void everyPublishedViewIsAViewInItsModulesSchema() {
        List<String> problems = new ArrayList<>();
        declarations().values().forEach(d -> {
            d.views().forEach(v -> {
                SqlSources.Created c = CREATED.getOrDefault(d.module(), Map.of()).get(v);
                if (c == null || !c.kind().equals("view")) {
                    problems.add(d.packageInfo() + ": " + d.module() + " publishes " + d.module() + "." + v + ", which its migrations do not create"
                            + " as a view: create it in a new migration in " + SqlSources.MIGRATIONS.resolve(d.module()) + ", or take it off the list");
                }
            });
            d.sharedTables().forEach(t -> {
                SqlSources.Created c = CREATED.getOrDefault(d.module(), Map.of()).get(t);
                if (!d.module().equals("platform") || c == null || !c.kind().equals("table")) {
                    problems.add(d.packageInfo() + ": " + d.module() + " shares the table " + t + ": only platform, the shared kernel, shares"
                            + " tables, and only its own (ADR 22); publish a view instead");
                }
            });
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void eachModulesMigrationsCreateOnlyInItsOwnSchema() {
        assertThat(CREATED.values().stream().flatMap(m -> m.values().stream()).filter(c -> !c.schema().equals(c.in().module()))
                .map(c -> c.in().file() + ":" + c.in().lineOf(c.offset()) + ": a migration of " + c.in().module() + " creates " + c.schema()
                        + "." + c.name() + ": each module creates only in its own schema; move it to " + SqlSources.MIGRATIONS.resolve(c.schema()))
                .toList()).isEmpty();
    }

    @Test
    void whatSqlReadsAndWhatJavaCallsFormNoCycle() {
        ApplicationModules modules = ModularityTest.MODULES;
        Map<String, Set<String>> uses = new TreeMap<>();
        modules.forEach(m -> uses.put(m.getIdentifier().toString(), new LinkedHashSet<>(m.getDirectDependencies(modules).uniqueModules()
                .map(d -> d.getIdentifier().toString()).toList())));
        List<SqlSources.Text> texts = new ArrayList<>(SqlSources.javaStrings());
        texts.addAll(MIGRATIONS);
        readsOfOtherModules(texts).forEach(r -> uses.computeIfAbsent(r.reader(), k -> new LinkedHashSet<>()).add(r.schema()));
        List<String> cycle = cycle(uses);
        assertThat(cycle).as("modules that use each other, through Java or SQL: " + String.join(" -> ", cycle)
                + "; one of them must stop (an event instead of a call, or a view read the other way)").isEmpty();
    }

    @Test
    void aCycleIsNamedModuleByModule() {
        Map<String, Set<String>> uses = new TreeMap<>(Map.of("finance", Set.of("platform", "support"), "support", Set.of("returns"),
                "returns", Set.of("finance"), "platform", Set.of()));
        assertThat(cycle(uses)).containsExactly("finance", "support", "returns", "finance");
        uses.put("returns", Set.of("platform"));
        assertThat(cycle(uses)).isEmpty();
    }

    /** One SQL name of another module's object, and what is wrong with it (null if nothing). */
    record Read(String reader, String schema, String name, String problem) {
    }

    static List<Read> readsOfOtherModules(List<SqlSources.Text> texts) {
        Map<String, Declared> declared = declarations();
        Pattern name = Pattern.compile("(?i)(?<![\\w.$])(" + String.join("|", SCHEMAS) + ")\\.([a-z_][a-z0-9_]*)\\b");
        List<Read> reads = new ArrayList<>();
        for (SqlSources.Text t : texts) {
            Matcher m = name.matcher(t.text());
            while (m.find()) {
                String schema = m.group(1).toLowerCase(Locale.ROOT);
                String object = m.group(2).toLowerCase(Locale.ROOT);
                SqlSources.Created created = CREATED.getOrDefault(schema, Map.of()).get(object);
                if (schema.equals(t.module()) || created == null) {
                    continue;
                }
                Declared reader = declared.computeIfAbsent(t.module(), Declared::of);
                Declared owner = declared.get(schema);
                String where = t.file() + ":" + t.lineOf(m.start()) + ": " + t.module() + " reads " + schema + "." + object;
                String problem = null;
                if (t.module().equals("platform")) {
                    problem = where + ", but platform depends on no business module (ADR 3): let " + schema + " answer through a platform"
                            + " interface it implements, as platform.records.ChronologySource is answered";
                } else if (!reader.dependencies().contains(schema)) {
                    problem = where + ", but " + schema + " is not among " + t.module() + "'s allowedDependencies: add \"" + schema + "\" to them in "
                            + reader.packageInfo() + " (ModularityTest refuses a cycle), or ask " + schema + " through its Java API";
                } else if (!owner.publishes(object)) {
                    problem = where + ", a " + created.kind() + " of " + schema + " that " + schema + " does not publish. Read one of its published"
                            + " views (" + (owner.views().isEmpty() ? "none yet" : String.join(", ", owner.views())) + "), or publish a view of what"
                            + " you need: a new migration in " + SqlSources.MIGRATIONS.resolve(schema) + "/ (the next V number) creating " + schema
                            + ".<what>_facts, named in @PublishedViews in " + owner.packageInfo();
                }
                reads.add(new Read(t.module(), schema, object, problem));
            }
        }
        return reads;
    }

    /** A cycle in the graph of who uses whom, as the modules along it, or nothing. */
    static List<String> cycle(Map<String, Set<String>> uses) {
        Map<String, Integer> state = new HashMap<>();
        for (String start : uses.keySet()) {
            List<String> path = new ArrayList<>();
            if (visit(start, uses, state, path)) {
                return path.subList(path.indexOf(path.get(path.size() - 1)), path.size());
            }
        }
        return List.of();
    }

    private static boolean visit(String module, Map<String, Set<String>> uses, Map<String, Integer> state, List<String> path) {
        int s = state.getOrDefault(module, 0);
        path.add(module);
        if (s == 1) {
            return true;
        }
        if (s == 0) {
            state.put(module, 1);
            for (String next : uses.getOrDefault(module, Set.of())) {
                if (!next.equals(module) && visit(next, uses, state, path)) {
                    return true;
                }
            }
            state.put(module, 2);
        }
        path.remove(path.size() - 1);
        return false;
    }
}
