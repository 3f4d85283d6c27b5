package org.openasc.platform.signals;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.security.access.prepost.PreAuthorize;
import org.openasc.platform.security.Access;

/** Every module's live signals in one catalogue. */
@Component
@PreAuthorize(Access.SIGNED_IN)
public class SignalRegistry {

    private final List<LiveSignals> sources;

    SignalRegistry(List<LiveSignals> sources) {
        this.sources = List.copyOf(sources);
    }

    public List<LiveSignals.Signal> catalogue() {
        return sources.stream().flatMap(s -> s.signals().stream()).sorted(Comparator.comparing(LiveSignals.Signal::label)).toList();
    }

    public boolean exists(String key) {
        return key != null && catalogue().stream().anyMatch(s -> s.key().equals(key));
    }

    /** The signal's value now; a signal whose source no longer offers it reads as unavailable rather than failing the page. */
    public LiveSignals.Reading read(String key) {
        Optional<LiveSignals.Reading> reading = sources.stream().map(s -> s.read(key)).flatMap(Optional::stream).findFirst();
        return reading.orElse(new LiveSignals.Reading(key, key, "No longer available", null));
    }
}
