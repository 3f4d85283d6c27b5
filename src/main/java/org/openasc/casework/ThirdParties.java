package org.openasc.casework;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what in a passage may name or identify someone other than the person asking, so the officer
 * reviews it for redaction before it is sent: the names of people related to them, anyone named with a
 * title ("Mrs Hale"), and family, friends and neighbours mentioned by their relation ("her daughter").
 * It errs towards flagging: a flag asks for a human decision, it redacts nothing.
 */
final class ThirdParties {

    private static final Pattern TITLED = Pattern.compile("\\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.?\\s+([A-Z][A-Za-z'-]+)");
    private static final Pattern RELATION = Pattern.compile("\\b(daughter|son|wife|husband|partner|mother|father|mum|dad|brother|sister"
            + "|grandson|granddaughter|grandchild|nephew|niece|aunt|uncle|cousin|neighbour|friend|lodger|ex-partner|boyfriend|girlfriend)s?\\b",
            Pattern.CASE_INSENSITIVE);

    private final Set<String> ownNames;
    private final List<String> relatedNames;

    /** {@code ownNames}: the person's own names, never a third party; {@code relatedNames}: the full names of people related to them. */
    ThirdParties(Set<String> ownNames, List<String> relatedNames) {
        this.ownNames = ownNames.stream().map(n -> n.toLowerCase(Locale.UK)).collect(java.util.stream.Collectors.toSet());
        this.relatedNames = relatedNames.stream().filter(n -> n != null && !n.isBlank()).toList();
    }

    /** Why the passage should be reviewed for redaction; empty when nothing in it seems to identify anyone else. */
    List<String> in(String passage) {
        if (passage == null || passage.isBlank()) {
            return List.of();
        }
        Set<String> reasons = new LinkedHashSet<>();
        String lower = passage.toLowerCase(Locale.UK);
        for (String name : relatedNames) {
            if (lower.contains(name.toLowerCase(Locale.UK))) {
                reasons.add("Names " + name);
            }
        }
        Matcher titled = TITLED.matcher(passage);
        while (titled.find()) {
            if (!ownNames.contains(titled.group(1).toLowerCase(Locale.UK))) {
                reasons.add("Names " + titled.group());
            }
        }
        Matcher relation = RELATION.matcher(passage);
        while (relation.find()) {
            reasons.add("Mentions a " + relation.group(1).toLowerCase(Locale.UK));
        }
        return new ArrayList<>(reasons);
    }
}
