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
}
