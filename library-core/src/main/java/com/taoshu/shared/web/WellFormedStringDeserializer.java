package com.taoshu.shared.web;

import com.taoshu.shared.error.CommonErrorCode;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;

/**
 * Reads every string of a JSON request body as Jackson does, then refuses text that is not well-formed Unicode: a
 * UTF-16 surrogate without its partner. JSON lets a client write {@code "\ud800"}; no utf8mb4 column can hold it and
 * MariaDB would silently store {@code ?}. A complete pair (an emoji, a rare CJK character) is fine.
 */
public class WellFormedStringDeserializer extends StringDeserializer {

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) {
        String value = super.deserialize(p, ctxt);
        if (value != null && hasLoneSurrogate(value)) {
            throw CommonErrorCode.INVALID_CHARACTERS.exception();
        }
        return value;
    }

    static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
