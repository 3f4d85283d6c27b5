package org.openasc.testing;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.awaitility.Awaitility.await;

/**
 * Waiting for the events between modules (ADR 20) a test has caused. A publication is kept from the moment the event is
 * published until its listener has run (then deleted), so once none that mentions a record is left, every listener that
 * had something to do with it has done it. A listener that fails leaves its publication, and the wait times out.
 */
public final class Events {

    private Events() {
    }

    /** Waits until no event publication naming {@code id} (a person, request, assessment...) is waiting for its listener. */
    public static void awaitDelivered(JdbcClient jdbc, Object id) {
        await().until(() -> waiting(jdbc, id) == 0);
    }

    /** How many event publications naming {@code id} are waiting for their listener. */
    public static long waiting(JdbcClient jdbc, Object id) {
        return jdbc.sql("select count(*) from event_publication where serialized_event like :id and completion_date is null")
                .param("id", "%" + id + "%").query(Long.class).single();
    }
}
