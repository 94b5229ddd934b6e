package com.taoshu.courier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.taoshu.testsupport.AppSmokeTestBase;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class CourierApplicationIT extends AppSmokeTestBase {

    @Override
    protected String[] expectedApiPaths() {
        return new String[] {"/api/courier/auth/login", "/api/courier/me"};
    }

    @Test
    void theCouriersAppIsServedAtCourierAndTheRootLeadsThere() throws Exception {
        HttpResponse<String> root = get("/");
        assertThat(root.statusCode()).isEqualTo(302);
        assertThat(root.headers().firstValue("Location").orElseThrow()).endsWith("/courier/");
        assumeTrue(getClass().getResource("/META-INF/resources/courier/index.html") != null,
                "跳过：jar 里没有构建好的配送员 App（不要带 -Dtaoshu.web.skip=true 构建）");

        HttpResponse<String> app = get("/courier/");
        assertThat(app.statusCode()).isEqualTo(200);
        assertThat(app.body()).contains("<div id=\"app\">").contains("manifest.webmanifest").contains("registerSW.js");
        assertThat(app.headers().firstValue("Cache-Control").orElse("")).contains("no-cache");
        assertThat(app.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");
        HttpResponse<String> worker = get("/courier/sw.js");
        assertThat(worker.statusCode()).isEqualTo(200);
        assertThat(worker.headers().firstValue("Cache-Control").orElse("")).contains("no-cache");
        HttpResponse<String> manifest = get("/courier/manifest.webmanifest");
        assertThat(manifest.statusCode()).isEqualTo(200);
        assertThat(manifest.body()).contains("\"start_url\":\"/courier/\"").contains("淘书配送");
        assertThat(get("/courier").statusCode()).as("without the slash: redirected").isEqualTo(302);
    }
}
