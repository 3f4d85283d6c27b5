package org.openasc.testing;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every item of a paged API list ({@code {items, page, size, total}}), read page by page at the largest size: a test that
 * looks for its own rows finds them however many other tests' rows the shared database holds ahead of them.
 */
public final class PagedList {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int SIZE = 100;

    private PagedList() {
    }

    /** The items of every page of {@code path} (which may carry its own query), in the list's order. */
    public static ArrayNode all(Api staff, String path) {
        ArrayNode items = JSON.createArrayNode();
        for (int page = 1; page <= 10_000; page++) {
            Api.Response response = staff.get(path + (path.contains("?") ? "&" : "?") + "size=" + SIZE + "&page=" + page);
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            JsonNode list = response.json();
            list.path("items").forEach(items::add);
            if ((long) page * SIZE >= list.path("total").asLong()) {
                return items;
            }
        }
        throw new AssertionError("More than 10,000 pages of " + path);
    }

    /**
     * Pages 1 and 2 at the default 50: numbered, carrying the same total, the first full, the second what is left (up to 50),
     * no item on both, both in {@code order}. Returns the total.
     */
    public static long firstTwoPages(Api staff, String path, java.util.Comparator<JsonNode> order) {
        JsonNode first = staff.get(path).json();
        JsonNode second = staff.get(path + (path.contains("?") ? "&" : "?") + "page=2").json();
        long total = first.path("total").asLong();
        assertThat(first.path("page").asInt()).isEqualTo(1);
        assertThat(first.path("size").asInt()).isEqualTo(50);
        assertThat(first.path("items")).hasSize(50);
        assertThat(second.path("page").asInt()).isEqualTo(2);
        assertThat(second.path("total").asLong()).isEqualTo(total);
        assertThat(second.path("items")).hasSize((int) Math.min(50, total - 50));
        java.util.List<JsonNode> both = new java.util.ArrayList<>();
        first.path("items").forEach(both::add);
        second.path("items").forEach(both::add);
        assertThat(both.stream().map(a -> a.path("id").asString()).distinct()).as("no item on both pages").hasSize(both.size());
        assertThat(both).as("in the list's order across both pages").isSortedAccordingTo(order);
        return total;
    }
}
