package org.openasc.platform.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The service's sections, each with the pages a role may use, and where the signed-in person is: the
 * header lists the sections (GOV.UK service navigation, behind a Menu button on narrow screens) and the
 * section they are in lists its pages beneath it. The section of the page open is marked, and the page
 * itself carries aria-current="page" when it is one of the section's.
 */
public record Navigation(List<Section> sections, Section current, boolean home) {

    private static final String ITEM = "govuk-service-navigation__item";
    private static final String ACTIVE = ITEM + " " + ITEM + "--active";

    /** The header item's classes for the home page (templates cannot write a double underscore in an expression). */
    public String homeClass() {
        return home ? ACTIVE : ITEM;
    }

    public record Section(String name, String href, List<Link> links, boolean current) {

        public String itemClass() {
            return current ? ACTIVE : ITEM;
        }
    }

    public record Link(String label, String href, boolean current) {
    }

    /** Builds the sections in order, leaving out pages (and so sections) the role may not use. */
    static final class Builder {

        private record Draft(String name, List<String> owns, List<Link> links) {
        }

        private final String path;
        private final List<Draft> drafts = new ArrayList<>();

        Builder(String path) {
            this.path = path == null ? "/" : path;
        }

        /** Opens a section; {@code owns} are further path prefixes that belong to it (a person's notes to People, say). */
        Builder section(String name, String... owns) {
            drafts.add(new Draft(name, Arrays.asList(owns), new ArrayList<>()));
            return this;
        }

        Builder link(boolean allowed, String label, String href) {
            if (allowed && href != null) {
                drafts.get(drafts.size() - 1).links().add(new Link(label, href, href.equals(path)));
            }
            return this;
        }

        Navigation build() {
            Draft at = null;
            int longest = 0;
            for (Draft d : drafts) {
                for (String prefix : prefixes(d)) {
                    if (under(prefix) && prefix.length() > longest) {
                        at = d;
                        longest = prefix.length();
                    }
                }
            }
            List<Section> sections = new ArrayList<>();
            Section current = null;
            for (Draft d : drafts) {
                if (!d.links().isEmpty()) {
                    Section s = new Section(d.name(), d.links().get(0).href(), List.copyOf(d.links()), d == at);
                    sections.add(s);
                    current = d == at ? s : current;
                }
            }
            return new Navigation(List.copyOf(sections), current, "/".equals(path));
        }

        /** The paths a section answers for: its pages' and those it owns. */
        private static List<String> prefixes(Draft d) {
            List<String> all = new ArrayList<>(d.owns());
            d.links().forEach(l -> all.add(l.href()));
            return all;
        }

        private boolean under(String prefix) {
            return path.equals(prefix) || path.startsWith(prefix + "/");
        }
    }
}
