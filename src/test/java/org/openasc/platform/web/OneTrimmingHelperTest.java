package org.openasc.platform.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text is trimmed to null in one place, {@link FieldChecks#trimmed}: no class keeps its own {@code blankToNull} or writes the
 * same "null or blank, else stripped" expression again.
 */
class OneTrimmingHelperTest {

    /** {@code x == null || x.isBlank() ? null : x.strip()}, where x is a name or a call such as {@code n.present()}. */
    private static final Pattern COPY = Pattern.compile("([\\w.]+(?:\\(\\))?) == null \\|\\| \\1\\.isBlank\\(\\) \\? null : \\1\\.strip\\(\\)");

    @Test
    void textIsTrimmedToNullOnlyByFieldChecks() throws IOException {
        Path helper = Path.of("src/main/java/org/openasc/platform/web/FieldChecks.java");
        List<String> copies;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            copies = files.filter(f -> f.toString().endsWith(".java") && !f.equals(helper)).flatMap(f -> {
                try {
                    String source = Files.readString(f);
                    Matcher copy = COPY.matcher(source);
                    Stream.Builder<String> found = Stream.builder();
                    while (copy.find()) {
                        found.add(f + ": " + copy.group());
                    }
                    if (source.contains("blankToNull(")) {
                        found.add(f + ": blankToNull");
                    }
                    return found.build();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
        assertThat(copies).as("use FieldChecks.trimmed").isEmpty();
        assertThat(FieldChecks.trimmed("  Ann  ")).isEqualTo("Ann");
        assertThat(FieldChecks.trimmed(" \t")).isNull();
        assertThat(FieldChecks.trimmed(null)).isNull();
    }
}
