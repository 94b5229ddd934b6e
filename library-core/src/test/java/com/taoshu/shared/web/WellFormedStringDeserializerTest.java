package com.taoshu.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.taoshu.shared.error.BizException;
import com.taoshu.shared.error.CommonErrorCode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

class WellFormedStringDeserializerTest {

    record Profile(String name, List<String> tags, Map<String, String> notes) {
    }

    private final JsonMapper json = JsonMapper.builder()
            .addModule(new SimpleModule()
                    .addDeserializer(String.class, new WellFormedStringDeserializer()))
            .build();

    @ParameterizedTest
    @ValueSource(strings = {"{\"name\":\"\\ud800\"}", "{\"name\":\"张\\udc00三\"}", "{\"name\":\"\\ud83d\\ud83d\\ude00\"}",
            "{\"tags\":[\"好\",\"\\udfff\"]}", "{\"notes\":{\"a\":\"\\ud800x\"}}"})
    void loneSurrogatesAnywhereInTheBodyAreRefused(String body) {
        Throwable thrown = catchThrowable(() -> json.readValue(body, Profile.class));
        assertThat(rootBizException(thrown)).as(String.valueOf(thrown))
                .extracting(BizException::errorCode).isEqualTo(CommonErrorCode.INVALID_CHARACTERS);
    }

    @Test
    void completeSurrogatePairsAndOrdinaryTextPass() {
        Profile profile = json.readValue("{\"name\":\"小明\\ud83d\\ude00𠀋\",\"tags\":[\"a\",\"\"],\"notes\":{\"k\":\"v\"}}",
                Profile.class);
        assertThat(profile.name()).isEqualTo("小明\uD83D\uDE00\uD840\uDC0B");
        assertThat(profile.tags()).containsExactly("a", "");
        assertThat(json.readValue("{\"name\":null}", Profile.class).name()).isNull();
        assertThat(json.readValue("{\"name\":12}", Profile.class).name()).isEqualTo("12");
    }

    @Test
    void findsLoneSurrogatesAtEitherEnd() {
        assertThat(WellFormedStringDeserializer.hasLoneSurrogate("")).isFalse();
        assertThat(WellFormedStringDeserializer.hasLoneSurrogate("\uD83D\uDE00")).isFalse();
        assertThat(WellFormedStringDeserializer.hasLoneSurrogate("\uD83D")).isTrue();
        assertThat(WellFormedStringDeserializer.hasLoneSurrogate("a\uDE00")).isTrue();
        assertThat(WellFormedStringDeserializer.hasLoneSurrogate("\uDE00\uD83D")).isTrue();
    }

    private static BizException rootBizException(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof BizException biz) {
                return biz;
            }
        }
        return null;
    }
}
