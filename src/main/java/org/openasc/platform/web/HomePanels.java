package org.openasc.platform.web;

import java.util.List;

/**
 * What a module puts on the signed-in person's home page: panels of links with a line each, for the
 * caller's role (a councillor's committee papers, say). Modules implement it; the home page shows every
 * non-empty panel, so the platform needs to know nothing of the modules.
 */
public interface HomePanels {

    List<Panel> panels();

    record Panel(String heading, String intro, List<Link> links, Link more) {
    }

    record Link(String text, String href, String hint) {
    }
}
