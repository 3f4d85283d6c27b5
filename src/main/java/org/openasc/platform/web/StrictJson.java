package org.openasc.platform.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

/**
 * The API refuses what it does not understand: a field it does not know (a misspelling would otherwise be
 * dropped silently and the call succeed or fail for another reason) and a number or true/false where text
 * is expected. Both answer 400 naming the field (see {@link ErrorResponses}). A local date-time sent with
 * an offset is read as that moment in UK time ("2026-05-22T23:30:00Z" is 00:30 on 23 May), never by
 * dropping the offset, so no statutory clock starts a day early.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

    @Bean
    JsonMapperBuilderCustomizer refuseWhatIsNotUnderstood() {
        tools.jackson.databind.module.SimpleModule ukTime = new tools.jackson.databind.module.SimpleModule("uk-local-time");
        ukTime.addDeserializer(java.time.LocalDateTime.class, new UkLocalDateTime());
        return builder -> builder.addModule(ukTime).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .withCoercionConfig(LogicalType.Textual, text -> text.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }

    /** A local date-time: as written when it has no offset, otherwise the UK local time of that moment. */
    static final class UkLocalDateTime extends tools.jackson.databind.ValueDeserializer<java.time.LocalDateTime> {

        @Override
        public java.time.LocalDateTime deserialize(tools.jackson.core.JsonParser parser, tools.jackson.databind.DeserializationContext context) {
            if (!parser.hasToken(tools.jackson.core.JsonToken.VALUE_STRING)) {
                return (java.time.LocalDateTime) context.handleUnexpectedToken(java.time.LocalDateTime.class, parser);
            }
            String text = parser.getString().strip();
            try {
                return java.time.LocalDateTime.parse(text);
            } catch (java.time.format.DateTimeParseException local) {
                try {
                    return java.time.OffsetDateTime.parse(text).atZoneSameInstant(org.openasc.platform.calendar.Today.COUNCIL_ZONE).toLocalDateTime();
                } catch (java.time.format.DateTimeParseException e) {
                    return (java.time.LocalDateTime) context.handleWeirdStringValue(java.time.LocalDateTime.class, text,
                            "Expected a date and time like 2026-05-22T18:30, or with an offset like 2026-05-22T17:30:00Z");
                }
            }
        }
    }
}
