package com.taoshu.shared.apidocs;

import com.taoshu.shared.security.ReaderId;
import com.taoshu.shared.security.StaffPrincipal;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Json31;
import org.springdoc.core.models.GroupedOpenApi;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * The API documentation: one group per client ({@code /v3/api-docs/app}, {@code courier}, {@code admin}; the whole
 * {@code /v3/api-docs} stays), schema names that never merge two classes ({@link SchemaNames}), and the caller
 * resolved from the token ({@link ReaderId}, {@link StaffPrincipal}) never documented as a request parameter. Absent
 * where the docs are off (the prod profile unless {@code TAOSHU_API_DOCS_ENABLED}): springdoc then makes none of its beans.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "springdoc.api-docs.enabled", havingValue = "true", matchIfMissing = true)
public class ApiDocsConfig {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(ReaderId.class, StaffPrincipal.class);
    }

    /** Shared by the model resolver and the collision test. */
    public static final SchemaNames SCHEMA_NAMES = SchemaNames.fromClassPath(ApiDocsConfig.class.getClassLoader());

    /**
     * Replaces swagger's default resolver (springdoc swaps a registered converter of the same class) by one naming
     * schemas with {@link SchemaNames}; ordered first so that springdoc's own converters still run before it.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    ModelResolver taoshuModelResolver(SpringDocConfigProperties properties) {
        return properties.isOpenapi31()
                ? new ModelResolver(Json31.mapper(), SCHEMA_NAMES).openapi31(true)
                : new ModelResolver(Json.mapper(), SCHEMA_NAMES);
    }

    @Bean
    GroupedOpenApi appApi() {
        return GroupedOpenApi.builder().group("app").displayName("读者小程序").pathsToMatch("/api/app/**").build();
    }

    @Bean
    GroupedOpenApi courierApi() {
        return GroupedOpenApi.builder().group("courier").displayName("配送员").pathsToMatch("/api/courier/**").build();
    }

    @Bean
    GroupedOpenApi adminApi() {
        return GroupedOpenApi.builder().group("admin").displayName("管理后台").pathsToMatch("/api/admin/**").build();
    }
}
