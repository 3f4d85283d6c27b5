package org.openasc.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.springframework.web.multipart.MultipartFile;

/**
 * An uploaded file read as UTF-8 text, strictly: a file saved in another encoding (Excel's "CSV" is Windows-1252) is refused on
 * its field rather than read with its letters silently replaced ("Zoë" kept as "Zo?"). A byte order mark is left for the reader.
 */
public final class Uploads {

    static final String SAVE_AS_CSV_UTF8 = "save it as \"CSV UTF-8\" and try again";

    private Uploads() {
    }

    /** The CSV file's text, or null when no file or an empty one was sent (the caller may take pasted text instead). */
    public static String text(MultipartFile file, String field) {
        return text(file, field, SAVE_AS_CSV_UTF8);
    }

    /** As {@link #text(MultipartFile, String)}, {@code howToFix} ending "The file is not UTF-8 text: ..." for a file that is not CSV. */
    public static String text(MultipartFile file, String field, String howToFix) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file.getBytes())).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInput(field, "The file is not UTF-8 text: " + howToFix);
        } catch (IOException e) {
            throw new UncheckedIOException("The uploaded file could not be read", e);
        }
    }

    /** The CSV file's text, refused on {@code field} with {@code missing} ("Choose the ... file") when no file or an empty one was sent. */
    public static String required(MultipartFile file, String field, String missing) {
        String text = text(file, field);
        if (text == null) {
            throw new InvalidInput(field, missing);
        }
        return text;
    }
}
