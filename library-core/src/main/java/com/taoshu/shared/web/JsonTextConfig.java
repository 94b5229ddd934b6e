package com.taoshu.shared.web;

import com.taoshu.shared.time.LocalDateTimeText;
import java.time.LocalDateTime;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.module.SimpleModule;

/**
 * The one place where incoming text is checked for well-formedness: every {@code String} the application's JSON
 * mapper reads (request bodies of all three APIs) goes through {@link WellFormedStringDeserializer}; every
 * {@code LocalDateTime} is read by {@link LocalDateTimeText}, which takes back the offset form the API writes.
 */
@Configuration
public class JsonTextConfig {

    @Bean
    JsonMapperBuilderCustomizer wellFormedStrings() {
        return builder -> builder.addModule(new SimpleModule("taoshu-well-formed-strings")
                .addDeserializer(String.class, new WellFormedStringDeserializer())
                .addDeserializer(LocalDateTime.class, new LocalDateTimeText()));
    }
}
