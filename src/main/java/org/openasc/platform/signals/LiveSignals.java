package org.openasc.platform.signals;

import java.util.List;
import java.util.Optional;

/**
 * What a module offers as live signals for risks to be linked to: figures from its own record, aggregates only
 * (no personal data), read when a risk is opened. Each module registers its own as a Spring bean, so a reader
 * such as the risk register depends on the platform, not on the module.
 */
public interface LiveSignals {

    /** A signal that can be linked: a stable key such as {@code frontdoor.waiting}, what it measures, and where to see more. */
    record Signal(String key, String label, String link) {
    }

    /** A signal's value now, as words and figures, such as "412 people" or "£1,234,567 overspent at period 6". */
    record Reading(String key, String label, String value, String link) {
    }

    List<Signal> signals();

    Optional<Reading> read(String key);
}
