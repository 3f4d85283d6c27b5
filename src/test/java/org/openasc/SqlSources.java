package org.openasc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The text each module may write SQL in, read as text: the string literals and text blocks of its Java sources and its
 * Flyway migrations (comments left out), each with the file and line it starts on; and what the migrations create.
 */
final class SqlSources {

    static final Path JAVA = Path.of("src/main/java/org/openasc");
    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    private static final Pattern CREATE = Pattern.compile("(?i)\\bcreate\\s+(?:or\\s+replace\\s+)?(?:(?:materialized|unlogged)\\s+)?"
            + "(table|view|sequence|function|type)\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)\\.([a-z_][a-z0-9_]*)");
    private static final Pattern SCHEMA = Pattern.compile("(?i)\\bcreate\\s+schema\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");

    /** A piece of a module's text starting on {@code line} of {@code file}. */
    record Text(String module, Path file, int line, String text) {

        int lineOf(int offset) {
            return line + (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
        }
    }

    /** An object a migration creates: its schema, name and kind (table, view, sequence, function, type), and where. */
    record Created(String schema, String name, String kind, Text in, int offset) {
    }

    private SqlSources() {
    }

    /** Every migration, by the module whose folder holds it. */
    static List<Text> migrations() {
        return walk(MIGRATIONS, ".sql", (file, module, source) -> List.of(new Text(module, file, 1, withoutSqlComments(source))));
    }

    /** Every string literal and text block in the module packages' Java sources. */
    static List<Text> javaStrings() {
        return walk(JAVA, ".java", SqlSources::javaStrings);
    }

    /** The schemas the migrations name: their folders and any schema they create. */
    static List<String> schemas(List<Text> migrations) {
        List<String> schemas = new ArrayList<>(migrations.stream().map(Text::module).distinct().toList());
        for (Text t : migrations) {
            Matcher m = SCHEMA.matcher(t.text());
            while (m.find()) {
                String schema = m.group(1).toLowerCase(Locale.ROOT);
                if (!schemas.contains(schema)) {
                    schemas.add(schema);
                }
            }
        }
        return schemas;
    }

    /** What the migrations create, by schema and then name (a view replaced later is still one view). */
    static Map<String, Map<String, Created>> created(List<Text> migrations) {
        Map<String, Map<String, Created>> objects = new HashMap<>();
        for (Text t : migrations) {
            Matcher m = CREATE.matcher(t.text());
            while (m.find()) {
                String schema = m.group(2).toLowerCase(Locale.ROOT);
                String name = m.group(3).toLowerCase(Locale.ROOT);
                objects.computeIfAbsent(schema, s -> new HashMap<>())
                        .putIfAbsent(name, new Created(schema, name, m.group(1).toLowerCase(Locale.ROOT), t, m.start()));
            }
        }
        return objects;
    }

    /** The string literals and text blocks of one Java source, each with the line it starts on; comments and chars skipped. */
    static List<Text> javaStrings(Path file, String module, String source) {
        List<Text> strings = new ArrayList<>();
        int line = 1;
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            int end;
            if (source.startsWith("//", i)) {
                end = source.indexOf('\n', i);
                end = end < 0 ? source.length() : end;
            } else if (source.startsWith("/*", i)) {
                end = source.indexOf("*/", i + 2) + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                end = i + 3;
                while (!source.startsWith("\"\"\"", end)) {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                strings.add(new Text(module, file, line, source.substring(i + 3, end)));
                end += 3;
            } else if (c == '"' || c == '\'') {
                end = i + 1;
                while (source.charAt(end) != c) {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                if (c == '"') {
                    strings.add(new Text(module, file, line, source.substring(i + 1, end)));
                }
                end++;
            } else {
                end = i + 1;
            }
            line += (int) source.substring(i, end).chars().filter(ch -> ch == '\n').count();
            i = end;
        }
        return strings;
    }

    /** The SQL with its comments blanked out, so offsets and lines stay where they were. */
    static String withoutSqlComments(String sql) {
        StringBuilder out = new StringBuilder(sql);
        int i = 0;
        while (i < sql.length()) {
            int end = i + 1;
            if (sql.startsWith("--", i)) {
                end = sql.indexOf('\n', i);
                end = end < 0 ? sql.length() : end;
            } else if (sql.startsWith("/*", i)) {
                end = sql.indexOf("*/", i + 2);
                end = end < 0 ? sql.length() : end + 2;
            } else if (sql.charAt(i) == '\'') {
                end = sql.indexOf('\'', i + 1);
                i = end < 0 ? sql.length() : end + 1;
                continue;
            } else {
                i = end;
                continue;
            }
            for (int j = i; j < end; j++) {
                if (out.charAt(j) != '\n') {
                    out.setCharAt(j, ' ');
                }
            }
            i = end;
        }
        return out.toString();
    }

    private interface Reader {
        List<Text> read(Path file, String module, String source);
    }

    /** Files under {@code root} ending in {@code suffix}, each read by the module named by its first folder there. */
    private static List<Text> walk(Path root, String suffix, Reader reader) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(suffix) && root.relativize(f).getNameCount() > 1).sorted().flatMap(f -> {
                try {
                    return reader.read(f, root.relativize(f).getName(0).toString(), Files.readString(f)).stream();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
