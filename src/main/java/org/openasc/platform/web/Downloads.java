package org.openasc.platform.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A file sent from a page or the API: shown in the browser (a printed PDF, a calendar) or saved by it, under its name. */
public final class Downloads {

    private Downloads() {
    }

    /** A printed PDF the browser shows, saved as {@code fileName}. */
    public static ResponseEntity<byte[]> pdf(String fileName, byte[] pdf) {
        return inline(fileName, MediaType.APPLICATION_PDF, pdf);
    }

    /** Shown in the browser, saved as {@code fileName}. */
    public static <T> ResponseEntity<T> inline(String fileName, MediaType type, T body) {
        return file("inline", fileName, type, body);
    }

    /** Saved by the browser as {@code fileName} rather than opened. */
    public static <T> ResponseEntity<T> attachment(String fileName, MediaType type, T body) {
        return file("attachment", fileName, type, body);
    }

    private static <T> ResponseEntity<T> file(String disposition, String fileName, MediaType type, T body) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION, disposition + "; filename=\"" + fileName + "\"").body(body);
    }
}
