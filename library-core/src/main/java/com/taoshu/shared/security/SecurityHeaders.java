package com.taoshu.shared.security;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers of every response. The admin UI is a bundled single-page app (scripts from our origin only;
 * Element Plus sets inline styles), book covers may come from other https hosts.
 */
final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob: https:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    /**
     * With an AMap JS key (taoshu.amap-js.key) the two route maps load AMap's JS API 2.0 (JSAPI 2.0 docs: the loader
     * script from webapi.amap.com, which pulls its modules, styles and map data from *.amap.com; tiles are images,
     * already allowed by https:). Only these are added; without a key the policy stays {@link #CONTENT_SECURITY_POLICY}.
     */
    static final String CONTENT_SECURITY_POLICY_WITH_AMAP = "default-src 'self'; "
            // the loader and the modules it adds as <script> tags
            + "script-src 'self' https://*.amap.com; "
            // Element Plus and AMap both set inline styles; AMap's own style sheets
            + "style-src 'self' 'unsafe-inline' https://*.amap.com; "
            + "img-src 'self' data: blob: https:; font-src 'self' data:; "
            // vector map data, styles and the security-code check (restapi/vdata/webapi.amap.com)
            + "connect-src 'self' https://*.amap.com; "
            // JSAPI 2.0 renders with WebGL in workers it creates from blob: URLs
            + "worker-src 'self' blob:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String REFERRER_POLICY = "strict-origin-when-cross-origin";

    private SecurityHeaders() {
    }

    static String contentSecurityPolicy(boolean amapJs) {
        return amapJs ? CONTENT_SECURITY_POLICY_WITH_AMAP : CONTENT_SECURITY_POLICY;
    }

    /** For answers written before the header writers of the filter chain run (firewall refusals). */
    static void writeTo(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", REFERRER_POLICY);
    }
}
