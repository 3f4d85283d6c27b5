package org.openasc.platform.codelist;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A request field whose value (or, for a list, every item) must be on the named code list: the API document lists
 * the list's codes as the field's allowed values, read from the database when the document is built.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface Coded {

    /** The name of the code list, as at {@code GET /api/v1/code-lists/{name}}. */
    String value();
}
