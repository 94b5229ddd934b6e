package com.taoshu.shared.time;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads a {@link LocalDateTime} of a request body in the form the API writes times ({@code 2026-12-12T10:00:00+08:00},
 * see {@link Times#toOffset}) as well as the plain local form ({@code 2026-12-12T10:00:00}, {@code 2026-12-12T10:00}):
 * a time with an offset or a zone becomes the service zone's local time, so what a client read it can send back.
 */
public class LocalDateTimeText extends ValueDeserializer<LocalDateTime> {

    @Override
    public LocalDateTime deserialize(JsonParser p, DeserializationContext ctxt) {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            return (LocalDateTime) ctxt.handleUnexpectedToken(LocalDateTime.class, p);
        }
        String text = p.getString().trim();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return parse(text);
        } catch (DateTimeParseException e) {
            return (LocalDateTime) ctxt.handleWeirdStringValue(LocalDateTime.class, text, "not an ISO-8601 date-time");
        }
    }

    /** ISO-8601 with or without an offset (and zone); an offset is converted to {@link Times#ZONE}. */
    public static LocalDateTime parse(String text) {
        TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(text, OffsetDateTime::from, LocalDateTime::from);
        if (parsed instanceof OffsetDateTime withOffset) {
            return withOffset.atZoneSameInstant(Times.ZONE).toLocalDateTime();
        }
        return (LocalDateTime) parsed;
    }
}
