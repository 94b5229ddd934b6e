package com.taoshu.allinone;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.taoshu.reader.Reader;
import com.taoshu.shared.security.Role;
import com.taoshu.testsupport.ApiTestBase;
import com.taoshu.testsupport.RawHttp;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every bad request a real client can send gets the envelope from the real server: a 4xx (never 5xx), JSON whatever
 * the Accept header says, an integer code, a Chinese message and no stack trace or server page. The requests go over
 * a bare socket ({@link RawHttp}) so that malformed targets and huge headers reach Tomcat as sent — some are refused by
 * Tomcat before Spring sees them, some by Spring, some on the container's error page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class RawHttpEnvelopeIT extends ApiTestBase {

    /** Request header that makes the test filter below read the parameters before Spring MVC does. */
    private static final String READ_PARAMETERS_EARLY = "X-Test-Read-Parameters-Early";

    @LocalServerPort
    int port;

    private String admin;
    private Reader reader;
    private String readerToken;

    @BeforeEach
    void accounts() throws Exception {
        admin = signedInStaff(Role.ADMIN, null);
        reader = createReader("王读者", null);
        readerToken = tokenFor(reader);
    }

    /**
     * The envelope, 4xx, with the given status and code. {@code traceId} is null only where Tomcat answers before
     * any of our filters ran.
     */
    private static void assertEnvelope(RawHttp.Response answer, int status, int code) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status).isBetween(400, 499);
        assertThat(answer.contentType()).as(answer.toString()).startsWith("application/json");
        Object parsedCode = JsonPath.read(answer.body(), "$.code");
        assertThat(parsedCode).as(answer.body()).isInstanceOf(Integer.class).isEqualTo(code).isNotEqualTo(0);
        assertThat((String) JsonPath.read(answer.body(), "$.msg")).as(answer.body()).matches(".*[\\u4e00-\\u9fa5].*");
        assertThat((Object) JsonPath.read(answer.body(), "$.data")).isNull();
        assertThat(answer.body()).doesNotContain("Exception", "at com.", "at org.", "Tomcat", "<html", "Whitelabel");
    }

    private static String traceId(RawHttp.Response answer) {
        return JsonPath.read(answer.body(), "$.traceId");
    }

    private RawHttp.Response send(String method, String target, Map<String, String> headers, String body) throws IOException {
        return RawHttp.send(port, method, target, headers, body);
    }

    @Test
    void undecodableQueryStringIsA400() throws Exception {
        assertEnvelope(RawHttp.get(port, "/api/app/books?q=%ZZ"), 400, 10440);
        assertEnvelope(RawHttp.get(port, "/api/app/books?page=%ZZ"), 400, 10440);
        assertEnvelope(RawHttp.get(port, "/api/admin/readers?q=%E4%B8", Map.of("Authorization", "Bearer " + admin)),
                400, 10440);
    }

    @Test
    void undecodableQueryStringReadByAFilterIsA400FromTheErrorPage() throws Exception {
        // a filter before Spring MVC (as the security filter chain may) reads the parameters and Tomcat throws: the
        // container's error page (/error) hands the exception to the same handler as everything else
        RawHttp.Response answer = RawHttp.get(port, "/api/app/books?q=%ZZ", Map.of(READ_PARAMETERS_EARLY, "yes"));
        assertEnvelope(answer, 400, 10440);
        assertThat(traceId(answer)).isNotBlank().isEqualTo(answer.header("X-Trace-Id"));
    }

    @Test
    void multipartWithoutBoundaryIsA400() throws Exception {
        Map<String, String> multipart = Map.of("Content-Type", "multipart/form-data");
        assertEnvelope(send("POST", "/api/app/auth/wx-login", multipart, "code=x"), 400, 10441);
        assertEnvelope(send("PUT", "/api/app/me", withAuth(multipart, readerToken), "x"), 400, 10441);
        assertEnvelope(send("POST", "/api/admin/books/import", withAuth(multipart, admin), "x"), 400, 10441);
    }

    @Test
    void errorPathCalledDirectlyIsA404() throws Exception {
        assertEnvelope(RawHttp.get(port, "/error"), 404, 10404);
        assertEnvelope(send("POST", "/error", Map.of("Accept", "text/html"), ""), 404, 10404);
    }

    @Test
    void unacceptableAcceptHeaderIsA406InJsonAndNotAnError(CapturedOutput output) throws Exception {
        RawHttp.Response answer = RawHttp.get(port, "/api/app/books", Map.of("Accept", "application/xml"));
        assertEnvelope(answer, 406, 10007);
        String traceId = traceId(answer);
        assertThat(traceId).isNotBlank();
        assertThat(output.getAll()).as("a refused Accept header is not logged as an error")
                .doesNotContain("ERROR [" + traceId + "]");
    }

    @Test
    void htmlClientsGetTheEnvelopeNeverAPage() throws Exception {
        Map<String, String> html = Map.of("Accept", "text/html");
        assertEnvelope(RawHttp.get(port, "/api/app/books/abc", html), 400, 10004);
        assertEnvelope(RawHttp.get(port, "/api/app/no-such-thing", html), 401, 10101); // a reader's API: sign in first
        assertEnvelope(RawHttp.get(port, "/no-such-page", html), 404, 10404);
        assertEnvelope(RawHttp.get(port, "/api/admin/readers", html), 401, 10101);
    }

    @Test
    void traceAndConnectAreA405() throws Exception {
        RawHttp.Response trace = send("TRACE", "/api/app/books", Map.of(), null);
        assertEnvelope(trace, 405, 10405);
        assertThat(traceId(trace)).as("the error dispatch is traced too").isNotBlank();
        assertEnvelope(send("CONNECT", "/api/app/books", Map.of(), null), 405, 10405);
    }

    @Test
    void malformedUrisAreRefusedByTomcatWithTheEnvelope() throws Exception {
        for (String target : new String[] {"/api/app/books/%", "/api/app/books/1%00", "/api/app/books/%G1"}) {
            RawHttp.Response answer = RawHttp.get(port, target);
            assertEnvelope(answer, 400, 10006);
            assertThat(traceId(answer)).isNull();
        }
    }

    @Test
    void oversizedHeaderOrRequestLineIsRefusedWithTheEnvelope() throws Exception {
        RawHttp.Response header = RawHttp.get(port, "/api/app/books", Map.of("X-Big", "a".repeat(20_000)));
        assertThat(header.status()).as(header.toString()).isIn(400, 431);
        assertEnvelope(header, header.status(), header.status() == 431 ? 10442 : 10008);

        RawHttp.Response line = RawHttp.get(port, "/api/app/books?q=" + "a".repeat(20_000));
        assertThat(line.status()).as(line.toString()).isIn(400, 414);
        assertEnvelope(line, line.status(), line.status() == 414 ? 10443 : 10008);
    }

    @Test
    void loneSurrogateInAReaderNameIsRefusedAndEmojiIsStoredWhole() throws Exception {
        Map<String, String> json = withAuth(Map.of("Content-Type", "application/json"), readerToken);
        assertEnvelope(send("PUT", "/api/app/me", json, "{\"name\":\"\\ud800李\"}"), 400, 10009);
        assertEnvelope(send("PUT", "/api/app/me", json, "{\"name\":\"李\\udfff\"}"), 400, 10009);
        assertThat(readerName()).isEqualTo("王读者");

        RawHttp.Response emoji = send("PUT", "/api/app/me", json, "{\"name\":\"李\\ud83d\\ude00\"}");
        assertThat(emoji.status()).as(emoji.toString()).isEqualTo(200);
        assertThat(readerName()).isEqualTo("李\uD83D\uDE00");
    }

    private String readerName() {
        return jdbc.queryForObject("SELECT name FROM reader WHERE id = ?", String.class, reader.getId());
    }

    private static Map<String, String> withAuth(Map<String, String> headers, String token) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("Authorization", "Bearer " + token);
        return all;
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class EarlyParameterReader {

        @Bean
        OncePerRequestFilter readsParametersEarly() {
            return new OncePerRequestFilter() {
                @Override
                protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                        throws ServletException, IOException {
                    if (request.getHeader(READ_PARAMETERS_EARLY) != null) {
                        request.getParameterMap();
                    }
                    chain.doFilter(request, response);
                }
            };
        }
    }
}
