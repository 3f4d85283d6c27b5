package org.openasc.platform.codelist;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * National and local code lists, loaded by migration with their exact spellings and held in
 * memory: every entry is checked against them when it is made, not at return time.
 */
@Service
public class CodeLists {

    /** A list with its provenance and values in display order. */
    public record CodeList(String name, String title, String source, String status, String version, List<CodeValue> values) {

        public boolean contains(String value) {
            return values.stream().anyMatch(v -> v.value().equals(value));
        }
    }

    /** One allowed value, exactly as national returns spell it. */
    public record CodeValue(String value, String grouping, Boolean settled) {
    }

    private final JdbcClient jdbc;
    private final AtomicReference<Map<String, CodeList>> lists = new AtomicReference<>();

    CodeLists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CodeList> list(String name) {
        return Optional.ofNullable(all().get(name));
    }

    public List<String> names() {
        return List.copyOf(all().keySet());
    }

    /** Whether the value is an active member of the named list (case and punctuation exact). */
    public boolean isValid(String listName, String value) {
        return list(listName).map(l -> l.contains(value)).orElse(false);
    }

    /** The message to show when a value is not on a list. */
    public String notOnList(String listName, String what) {
        return "Select " + what + " from the list" + list(listName).map(l -> " (" + l.title() + ", " + l.source() + ")").orElse("");
    }

    private Map<String, CodeList> all() {
        Map<String, CodeList> loaded = lists.get();
        if (loaded == null) {
            loaded = load();
            lists.set(loaded);
        }
        return loaded;
    }

    private Map<String, CodeList> load() {
        record Head(String name, String title, String source, String status, String listVersion) {
        }
        record Row(String listName, String value, String grouping, Boolean settled) {
        }
        List<Row> rows = jdbc.sql("""
                select list_name, value, grouping, settled from platform.code_value
                where active order by list_name, sort_order, value""").query(Row.class).list();
        Map<String, CodeList> result = new LinkedHashMap<>();
        for (Head head : jdbc.sql("select name, title, source, status, list_version from platform.code_list order by name")
                .query(Head.class).list()) {
            List<CodeValue> values = rows.stream().filter(r -> r.listName().equals(head.name()))
                    .map(r -> new CodeValue(r.value(), r.grouping(), r.settled())).toList();
            result.put(head.name(), new CodeList(head.name(), head.title(), head.source(), head.status(), head.listVersion(), values));
        }
        return Map.copyOf(result);
    }
}
