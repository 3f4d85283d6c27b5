package org.openasc.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import org.openasc.platform.work.WorkList;

import static org.assertj.core.api.Assertions.assertThat;

/** The "My work" lists over the API, as each module's work test reads them: by key, item by item, ours in order. */
public final class MyWork {

    private MyWork() {
    }

    /** The caller's work lists by key. */
    public static Map<String, JsonNode> myWork(Api api) {
        Api.Response work = api.get("/api/v1/my-work");
        assertThat(work.status()).as(work.toString()).isEqualTo(200);
        Map<String, JsonNode> lists = new HashMap<>();
        work.json().path("items").forEach(l -> lists.put(l.path("key").asString(), l));
        return lists;
    }

    /** How many items each of {@code keys} holds; every one of them must be there. */
    public static Map<String, Long> counts(Map<String, JsonNode> lists, List<String> keys) {
        Map<String, Long> counts = new HashMap<>();
        keys.forEach(k -> {
            assertThat(lists).as(k).containsKey(k);
            counts.put(k, lists.get(k).path("count").asLong());
        });
        return counts;
    }

    /** An item as the order checks compare it: its title and its clock. */
    public static Map<String, String> item(String title, String clock) {
        return Map.of("title", title, "clock", clock);
    }

    /** The item of that title on the list, if the list shows it. */
    public static Optional<JsonNode> item(JsonNode list, String title) {
        for (JsonNode i : list.path("items")) {
            if (i.path("title").asString().equals(title)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** Every item the list shows, by title and clock, in its order. */
    public static List<Map<String, String>> items(JsonNode list) {
        List<Map<String, String>> items = new ArrayList<>();
        list.path("items").forEach(i -> items.add(item(i.path("title").asString(), i.path("clock").asString())));
        return items;
    }

    /** Our items, as far as the list shows them, in the expected order and clocks; any left off only because the list is full. */
    public static void assertOursInOrder(JsonNode list, List<Map<String, String>> expected) {
        Set<String> ours = new HashSet<>();
        expected.forEach(e -> ours.add(e.get("title")));
        List<Map<String, String>> shown = items(list).stream().filter(i -> ours.contains(i.get("title"))).toList();
        assertThat(shown).isEqualTo(expected.subList(0, shown.size()));
        if (shown.size() < expected.size()) {
            assertThat(list.path("items").size()).as("ours are left off only for more urgent ones").isEqualTo(WorkList.SHOWN);
        }
    }
}
