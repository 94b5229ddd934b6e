package com.taoshu.delivery.amap;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * What a browser needs for the base map: {@code {provider:"AMAP", key, securityCode}} when a JS key is configured,
 * {@code {provider:"NONE"}} otherwise (the apps then draw their schematic).
 */
@Component
@EnableConfigurationProperties(AmapJsProperties.class)
public class MapConfig {

    public enum Provider { AMAP, NONE }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MapConfigView(Provider provider, String key, String securityCode) {
    }

    private final AmapJsProperties js;

    public MapConfig(AmapJsProperties js) {
        this.js = js;
    }

    public MapConfigView view() {
        return js.enabled()
                ? new MapConfigView(Provider.AMAP, js.key(), js.securityCode().isEmpty() ? null : js.securityCode())
                : new MapConfigView(Provider.NONE, null, null);
    }
}
