package org.openasc.platform.work;

import java.util.List;

/**
 * One of a member of staff's work lists.
 *
 * @param key     a stable code, "module.what" ("frontdoor.allocated-requests"), for the API and tests
 * @param heading what the list is, addressed to its reader ("Requests allocated to you")
 * @param count   how many are on it, all of them (the link shows them all)
 * @param href    the page that lists them all
 * @param items   the most urgent few (at most {@link #SHOWN}), most urgent first
 */
public record WorkList(String key, String heading, long count, String href, List<WorkItem> items) {

    /** How many items a list shows on the home page; the count and the link give the rest. */
    public static final int SHOWN = 5;

    public WorkList {
        items = items.size() > SHOWN ? List.copyOf(items.subList(0, SHOWN)) : List.copyOf(items);
    }
}
