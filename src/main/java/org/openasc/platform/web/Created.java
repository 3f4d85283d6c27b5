package org.openasc.platform.web;

import java.net.URI;
import java.util.function.Function;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The answer to a request that made something: 201 Created, with the new record and, where it has an address of its own, where to read it. */
public final class Created {

    private Created() {
    }

    /** 201 with the record and a Location of {@code base} followed by the record's key (its id, say). */
    public static <T> ResponseEntity<T> at(String base, T record, Function<? super T, ?> key) {
        return ResponseEntity.created(URI.create(base + key.apply(record))).body(record);
    }

    /** 201 with the record, for one kept as part of another (an allegation on an enquiry) that has no address of its own. */
    public static <T> ResponseEntity<T> body(T record) {
        return ResponseEntity.status(HttpStatus.CREATED).body(record);
    }

    /** 201 with nothing to send back. */
    public static ResponseEntity<Void> empty() {
        return ResponseEntity.status(HttpStatus.CREATED).build();
    }
}
