package org.openasc;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.openasc.platform.PublishedViews;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Password hashes, second-factor secrets and lockout counters stay in the platform (issue 17): no other module's SQL names
 * {@code platform.staff_user} (they read {@code platform.staff_directory}), the table is not among those the platform shares,
 * and the view it publishes instead carries none of them.
 */
class StaffAccountsStayInPlatformTest {

    private static final Pattern STAFF_USER = Pattern.compile("(?i)\\bplatform\\s*\\.\\s*staff_user\\b");

    @Test
    void onlyThePlatformReadsStaffAccountsAndOthersSeeThemWithoutWhatSignsThemIn() {
        List<SqlSources.Text> texts = new ArrayList<>(SqlSources.javaStrings());
        texts.addAll(SqlSources.migrations());
        List<String> readers = texts.stream().filter(t -> !t.module().equals("platform")).flatMap(t -> {
            Matcher m = STAFF_USER.matcher(t.text());
            List<String> found = new ArrayList<>();
            while (m.find()) {
                found.add(t.file() + ":" + t.lineOf(m.start()));
            }
            return found.stream();
        }).toList();
        assertThat(readers).as("SQL outside the platform naming platform.staff_user").isEmpty();

        PublishedViews platform = platformViews();
        assertThat(platform.sharedTables()).doesNotContain("staff_user");
        assertThat(platform.value()).contains("staff_directory");

        String view = SqlSources.migrations().stream().filter(t -> t.module().equals("platform"))
                .map(t -> SqlSources.withoutSqlComments(t.text()).toLowerCase()).filter(t -> t.contains("create view platform.staff_directory"))
                .findFirst().orElseThrow();
        String definition = view.substring(view.indexOf("create view platform.staff_directory"));
        definition = definition.substring(0, definition.indexOf(';') < 0 ? definition.length() : definition.indexOf(';'));
        assertThat(definition).doesNotContain("password_hash").doesNotContain("*").doesNotContain("sso_").doesNotContain("failed_sign_ins")
                .doesNotContain("locked_until").doesNotContain("access_stamp");
    }

    private static PublishedViews platformViews() {
        try {
            return Class.forName("org.openasc.platform.package-info").getAnnotation(PublishedViews.class);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
