package org.openasc.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An uploaded file is read as UTF-8 or refused on its field, never read with its letters replaced, and only by {@link Uploads}. */
class UploadsTest {

    @Test
    void utf8TextIsReadAsItIsWithItsByteOrderMarkLeftForTheReader() {
        assertThat(Uploads.text(file("\uFEFFname\nZoë\n".getBytes(StandardCharsets.UTF_8)), "file")).isEqualTo("\uFEFFname\nZoë\n");
    }

    @Test
    void aWindows1252FileIsRefusedOnItsField() {
        assertThatThrownBy(() -> Uploads.text(file(new byte[] {0x5A, 0x6F, (byte) 0xEB}), "csv")).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.problems()).containsExactly(new FieldProblem("csv", "The file is not UTF-8 text: save it as \"CSV UTF-8\" and try again")));
    }

    @Test
    void noFileOrAnEmptyOneIsNothingUnlessOneIsRequired() {
        assertThat(Uploads.text(null, "file")).isNull();
        assertThat(Uploads.text(file(new byte[0]), "file")).isNull();
        assertThatThrownBy(() -> Uploads.required(file(new byte[0]), "file", "Choose the CSV file to bring in")).isInstanceOfSatisfying(
                InvalidInput.class, e -> assertThat(e.problems()).containsExactly(new FieldProblem("file", "Choose the CSV file to bring in")));
    }

    /** A file's bytes made into text by hand ({@code new String(file.getBytes(), ...)}); a document kept as bytes is not text. */
    private static final Pattern TEXT_OF_BYTES = Pattern.compile("new String\\([^;]*\\.getBytes\\(\\)");

    @Test
    void anUploadIsReadAsTextOnlyByUploads() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            assertThat(files.filter(f -> f.toString().endsWith(".java")).filter(UploadsTest::decodesAnUploadByHand).toList())
                    .as("read an uploaded file's text with Uploads.text").isEmpty();
        }
    }

    private static boolean decodesAnUploadByHand(Path source) {
        try {
            String text = Files.readString(source);
            return text.contains("MultipartFile") && TEXT_OF_BYTES.matcher(text).find();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static MockMultipartFile file(byte[] content) {
        return new MockMultipartFile("file", "people.csv", "text/csv", content);
    }
}
