package org.openasc.platform.codelist;

import java.lang.annotation.Annotation;
import java.util.ArrayList;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.media.Schema;

import org.springdoc.core.customizers.PropertyCustomizer;
import org.springframework.stereotype.Component;
import org.openasc.platform.security.WithoutStaffCheck;

/**
 * Writes the allowed codes of every {@link Coded} field into the OpenAPI document as its {@code enum}, so an
 * integrator sees the exact national spellings without a second call. The lists live in the database, so they are
 * read when the document is built rather than written into annotations.
 */
@Component
@WithoutStaffCheck("writes the allowed codes into the OpenAPI document as it is built; no record is read")
class CodedValuesInApiDocument implements PropertyCustomizer {

    private final CodeLists codeLists;

    CodedValuesInApiDocument(CodeLists codeLists) {
        this.codeLists = codeLists;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Schema customize(Schema property, AnnotatedType type) {
        Coded coded = coded(type.getCtxAnnotations());
        if (property == null || coded == null) {
            return property;
        }
        String note = "A code from the list " + coded.value() + " (GET /api/v1/code-lists/" + coded.value() + ").";
        Schema target = property;
        if (property.getItems() != null) {
            // a list of codes: its items were customised on their own first; the note belongs to the list
            target = property.getItems();
            target.setDescription(null);
        }
        target.setEnum(new ArrayList<>(codeLists.codes(coded.value())));
        if (property.getDescription() == null || !property.getDescription().contains(note)) {
            property.setDescription(property.getDescription() == null ? note : property.getDescription() + " " + note);
        }
        return property;
    }

    private static Coded coded(Annotation[] annotations) {
        if (annotations == null) {
            return null;
        }
        for (Annotation annotation : annotations) {
            if (annotation instanceof Coded coded) {
                return coded;
            }
        }
        return null;
    }
}
