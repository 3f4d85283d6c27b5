package org.openasc.support;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The order a zone's framework providers are offered a package: prime providers first, then
 * supplementary, each by rank; a provider already offered this package, or suspended, is passed over.
 */
public final class OfferOrder {

    public enum Tier { PRIME, SUPPLEMENTARY }

    /** A framework provider of a zone. */
    public record FrameworkProvider(UUID locationId, Tier tier, int rank) {
    }

    private OfferOrder() {
    }

    public static List<FrameworkProvider> inOrder(Collection<FrameworkProvider> framework) {
        return framework.stream().sorted(Comparator.comparing(FrameworkProvider::tier).thenComparingInt(FrameworkProvider::rank)).toList();
    }

    public static Optional<FrameworkProvider> next(Collection<FrameworkProvider> framework, Collection<UUID> alreadyOffered,
                                                   Collection<UUID> suspended) {
        return inOrder(framework).stream()
                .filter(p -> !alreadyOffered.contains(p.locationId()) && !suspended.contains(p.locationId()))
                .findFirst();
    }
}
