package com.taoshu.delivery.amap;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The AMap JS API key the browsers use for a base map (a "Web端(JS API)" key, a different kind from the web-service
 * {@link AmapProperties#key()}) and its security code. Empty key: no base map, the apps draw their schematic.
 */
@ConfigurationProperties("taoshu.amap-js")
public record AmapJsProperties(String key, String securityCode) {

    public AmapJsProperties {
        key = key == null ? "" : key.strip();
        securityCode = securityCode == null ? "" : securityCode.strip();
    }

    public boolean enabled() {
        return !key.isEmpty();
    }
}
