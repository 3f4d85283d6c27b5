package org.openasc.platform.codelist;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.openasc.platform.security.WithoutStaffCheck;

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

    /** Lists up to this long are spelt out in a refusal; longer ones are referred to by their address. */
    static final int LISTED_IN_FULL = 12;

    private final JdbcClient jdbc;
    private final AtomicReference<Map<String, CodeList>> lists = new AtomicReference<>();

    CodeLists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @WithoutStaffCheck("national code lists hold no personal data; every module validates against them, demo loading and listeners included")
    public Optional<CodeList> list(String name) {
        return Optional.ofNullable(all().get(name));
    }

    @WithoutStaffCheck("national code lists hold no personal data; every module validates against them, demo loading and listeners included")
    public List<String> names() {
        return List.copyOf(all().keySet());
    }

    /** Whether the value is an active member of the named list (case and punctuation exact). */
    @WithoutStaffCheck("national code lists hold no personal data; every module validates against them, demo loading and listeners included")
    public boolean isValid(String listName, String value) {
        return list(listName).map(l -> l.contains(value)).orElse(false);
    }

    /** The codes of a list in display order, or none when there is no such list. */
    @WithoutStaffCheck("national code lists hold no personal data; every module validates against them, demo loading and listeners included")
    public List<String> codes(String listName) {
        return list(listName).map(l -> l.values().stream().map(CodeValue::value).toList()).orElse(List.of());
    }

    /** The message to show when a value is not on a list, with the codes allowed (see {@link #withCodes}). */
    @WithoutStaffCheck("national code lists hold no personal data; every module validates against them, demo loading and listeners included")
    public String notOnList(String listName, String what) {
        return withCodes(listName, "Select " + what + " from the list");
    }

    /** The message refusing a coded value: as given when nothing was chosen, with the codes allowed when it is not on the list. */
    @WithoutStaffCheck("national code lists hold no personal data; every module validates against them, demo loading and listeners included")
    public String refusal(String listName, String value, String message) {
        return value == null || value.isBlank() ? message : withCodes(listName, message);
    }

    /**
     * A refusal of a value not on a list followed by the codes allowed: a short list in full, so a caller can correct
     * the value from the message alone; for a long list, where to read it, so the message stays readable on a page.
     */
    @WithoutStaffCheck("national code lists hold no personal data; every module validates against them, demo loading and listeners included")
    public String withCodes(String listName, String message) {
        List<String> codes = codes(listName);
        if (codes.isEmpty()) {
            return message;
        }
        if (codes.size() <= LISTED_IN_FULL) {
            List<String> quoted = codes.stream().map(c -> "\"" + c + "\"").toList();
            String all = quoted.size() == 1 ? quoted.get(0)
                    : String.join(", ", quoted.subList(0, quoted.size() - 1)) + " or " + quoted.get(quoted.size() - 1);
            return message + ". The codes are " + all;
        }
        CodeList list = list(listName).orElseThrow();
        return message + ". It has " + codes.size() + " codes (" + list.title() + ", " + list.source()
                + "), listed at GET /api/v1/code-lists/" + listName;
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
