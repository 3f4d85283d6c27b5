package org.openasc.platform.web;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.openasc.platform.security.Role;
import org.openasc.testing.IntegrationTest;
import org.openasc.testing.Session;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The navigation offers each role only what it may use: every section in the header and every page a section lists
 * opens (200) for that role, the section open is marked, and the page open carries aria-current="page".
 */
class NavigationTest extends IntegrationTest {

    private static final Pattern SECTION = Pattern.compile(
            "<li class=\"govuk-service-navigation__item[^\"]*\">\\s*<a class=\"govuk-service-navigation__link\" href=\"([^\"]+)\"[^>]*>\\s*(?:<strong[^>]*>)?([^<]+)");
    private static final Pattern PAGE = Pattern.compile("<a class=\"[^\"]*app-section-navigation__link\" href=\"([^\"]+)\"([^>]*)>([^<]+)</a>");

    @Test
    void everyRoleIsOfferedOnlySectionsAndPagesItMayOpen() {
        Map<Role, List<String>> sectionsByRole = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            Session staff = new Session(port, staffWith(role));
            Map<String, String> sections = sections(page(staff, "/"));
            sectionsByRole.put(role, List.copyOf(sections.keySet()));
            for (Map.Entry<String, String> section : sections.entrySet()) {
                String html = page(staff, section.getValue());
                assertThat(html).as(role + " " + section.getKey()).contains("govuk-service-navigation__item--active\">");
                for (String[] link : pages(html)) {
                    assertThat(status(staff, link[0])).as(role + " may open " + link[0]).isEqualTo(200);
                    if (link[0].equals(section.getValue())) {
                        assertThat(link[1]).as("the page open is marked").contains("aria-current=\"page\"");
                    }
                }
            }
        }
        assertThat(sectionsByRole.get(Role.COUNCILLOR)).doesNotContain("People", "Administration").contains("Performance", "Money");
        assertThat(sectionsByRole.get(Role.PRACTITIONER)).contains("People", "Front door", "Care and support", "Safeguarding").doesNotContain("Administration");
        assertThat(sectionsByRole.get(Role.ADMIN)).contains("Administration");
        assertThat(sectionsByRole.get(Role.FINANCE)).contains("Money", "People");
    }

    private static Map<String, String> sections(String html) {
        Map<String, String> sections = new LinkedHashMap<>();
        Matcher m = SECTION.matcher(html);
        while (m.find()) {
            if (!"/".equals(m.group(1))) {
                sections.put(m.group(2).strip(), m.group(1));
            }
        }
        return sections;
    }

    private static List<String[]> pages(String html) {
        List<String[]> pages = new ArrayList<>();
        Matcher m = PAGE.matcher(html);
        while (m.find()) {
            pages.add(new String[] {m.group(1), m.group(2), m.group(3)});
        }
        return pages;
    }

    private static String page(Session staff, String path) {
        HttpResponse<String> response = staff.page(path);
        assertThat(response.statusCode()).as(staff.username() + " " + path).isEqualTo(200);
        return response.body();
    }

    private static int status(Session staff, String path) {
        return staff.page(path).statusCode();
    }
}
