package com.taoshu.allinone;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.taoshu.reader.Reader;
import com.taoshu.shared.security.Principal;
import com.taoshu.shared.security.Role;
import com.taoshu.staff.Staff;
import com.taoshu.testsupport.ApiTestBase;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The trust boundary, tried the way an attacker would: every role (anonymous, reader, courier, librarian, admin)
 * against real endpoints of every API prefix, each spelled a dozen ways (matrix parameters, encoded letters, encoded
 * {@code / \ . % ;}, {@code //}, dot segments, NUL …), sent as raw bytes to the real server so nothing normalises them
 * on the way. A role never gets a 2xx from an API that is not its own, and a tricky spelling is refused with 400
 * before any handler runs — even for the role the API belongs to.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuthorizationBoundaryIT extends ApiTestBase {

    @LocalServerPort
    int port;

    private final Map<String, String> tokens = new LinkedHashMap<>();
    private long branch;
    private long bookId;

    /** A real endpoint: method, the API it belongs to (/api/&lt;prefix&gt;/…), the rest of its path, a body. */
    record Endpoint(String method, String prefix, String rest, String body) {
    }

    /** Ways of spelling /api/&lt;prefix&gt;/&lt;rest&gt; that Spring MVC may still route to the same handler, or that are ambiguous. */
    private static final Map<String, UnaryOperator<Endpoint>> TRICKS = new LinkedHashMap<>();

    static {
        trick("matrix parameter after api", e -> "/api;/" + e.prefix() + "/" + e.rest());
        trick("matrix parameter with value", e -> "/api;x=1/" + e.prefix() + "/" + e.rest());
        trick("matrix parameter after prefix", e -> "/api/" + e.prefix() + ";/" + e.rest());
        trick("jsessionid at the end", e -> "/api/" + e.prefix() + "/" + e.rest() + ";jsessionid=1");
        trick("encoded first letter", e -> "/api/%" + Integer.toHexString(e.prefix().charAt(0)) + e.prefix().substring(1) + "/" + e.rest());
        trick("encoded upper-case letter", e -> "/%41pi/" + e.prefix() + "/" + e.rest());
        trick("double-encoded letter", e -> "/api/%25" + Integer.toHexString(e.prefix().charAt(0)) + e.prefix().substring(1) + "/" + e.rest());
        trick("encoded slash", e -> "/api%2F" + e.prefix() + "/" + e.rest());
        trick("encoded slash lower", e -> "/api/" + e.prefix() + "%2f" + e.rest());
        trick("encoded backslash", e -> "/api%5C" + e.prefix() + "/" + e.rest());
        trick("backslash", e -> "/api\\" + e.prefix() + "/" + e.rest());
        trick("encoded semicolon", e -> "/api%3B/" + e.prefix() + "/" + e.rest());
        trick("double slash at start", e -> "//api/" + e.prefix() + "/" + e.rest());
        trick("double slash inside", e -> "/api//" + e.prefix() + "/" + e.rest());
        trick("dot segment", e -> "/api/./" + e.prefix() + "/" + e.rest());
        trick("dot-dot segment", e -> "/api/x/../" + e.prefix() + "/" + e.rest());
        trick("encoded dot", e -> "/api/%2e/" + e.prefix() + "/" + e.rest());
        trick("encoded NUL", e -> "/api/" + e.prefix() + "/" + e.rest() + "%00");
    }

    private static void trick(String name, java.util.function.Function<Endpoint, String> spelling) {
        TRICKS.put(name, e -> new Endpoint(e.method(), e.prefix(), spelling.apply(e), e.body()));
    }

    private List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("GET", "admin", "readers", null),
                new Endpoint("GET", "admin", "orders", null),
                new Endpoint("GET", "admin", "staff", null),
                new Endpoint("POST", "admin", "staff",
                        "{\"username\":\"" + unique("x") + "\",\"name\":\"x\",\"password\":\"passw0rd-x\",\"role\":\"ADMIN\"}"),
                new Endpoint("PUT", "admin", "books/" + bookId, "{\"title\":\"被改名的书\"}"),
                new Endpoint("POST", "admin", "jobs/statsRollupJob/run", "{}"),
                new Endpoint("GET", "app", "me", null),
                new Endpoint("GET", "app", "orders", null),
                new Endpoint("GET", "app", "cart", null),
                new Endpoint("GET", "courier", "routes/today", null),
                new Endpoint("GET", "courier", "me", null),
                new Endpoint("POST", "courier", "location", "{\"lat\":28.2,\"lng\":112.9}"));
    }

    @BeforeEach
    void accounts() {
        branch = createBranch(unique("AB"));
        bookId = createBook("边界测试之书", branch, 1);
        Reader reader = createReader("边界读者", null);
        tokens.put("anonymous", null);
        tokens.put("reader", tokenFor(reader));
        tokens.put("courier", staff(Role.COURIER, branch));
        tokens.put("librarian", staff(Role.LIBRARIAN, branch));
        tokens.put("admin", staff(Role.ADMIN, null));
    }

    private String staff(Role role, Long branchId) {
        String name = unique("b");
        Staff staff = createStaff(role, role == Role.COURIER ? null : name,
                role == Role.COURIER ? uniquePhone("139") : null,
                "passw0rd-1", branchId);
        return tokenStore.issue(new Principal.Staff(staff.toPrincipal()));
    }

    /** Which roles an API belongs to (canonical spelling may succeed for them). */
    private static boolean owns(String role, Endpoint e) {
        return switch (e.prefix()) {
            case "app" -> role.equals("reader");
            case "courier" -> role.equals("courier");
            case "admin" -> e.rest().startsWith("staff") || e.rest().startsWith("jobs")
                    ? role.equals("admin") : role.equals("librarian") || role.equals("admin");
            default -> false;
        };
    }

    @Test
    void noRoleReachesAnotherApiAndNoTrickySpellingReachesAnyHandler() throws Exception {
        int staffBefore = count("staff");
        List<String> problems = new ArrayList<>();
        int tried = 0;
        for (Map.Entry<String, String> who : tokens.entrySet()) {
            for (Endpoint canonical : endpoints()) {
                if (!owns(who.getKey(), canonical)) {
                    Response r = send(canonical, "/api/" + canonical.prefix() + "/" + canonical.rest(), who.getValue());
                    tried++;
                    int expected = who.getValue() == null ? 401 : 403;
                    if (r.status() != expected || !r.isEnvelope()) {
                        problems.add(who.getKey() + " " + canonical.method() + " canonical /api/" + canonical.prefix() + "/"
                                + canonical.rest() + " → " + r.status() + " " + r.body());
                    }
                }
                for (Map.Entry<String, UnaryOperator<Endpoint>> trick : TRICKS.entrySet()) {
                    Endpoint spelled = trick.getValue().apply(canonical);
                    Response r = send(spelled, spelled.rest(), who.getValue());
                    tried++;
                    if (r.status() != 400 || !r.isEnvelope()) {
                        problems.add(who.getKey() + " " + spelled.method() + " " + trick.getKey() + " " + spelled.rest()
                                + " → " + r.status() + " " + r.body());
                    }
                }
            }
        }
        assertThat(tried).isGreaterThan(1000);
        assertThat(problems).as("requests that were not refused as expected").isEmpty();
        assertThat(count("staff")).as("no account was created through a tricky path").isEqualTo(staffBefore);
        assertThat(jdbc.queryForObject("SELECT title FROM book WHERE id = ?", String.class, bookId)).isEqualTo("边界测试之书");
    }

    @Test
    void refusalsBeforeAnyHandlerAreEnvelopesInChinese() throws Exception {
        Response matrix = send(new Endpoint("GET", "admin", "readers", null), "/api;/admin/readers", tokens.get("reader"));
        assertThat(matrix.status()).isEqualTo(400);
        assertThat(matrix.isEnvelope()).isTrue();
        assertThat((Integer) JsonPath.read(matrix.body(), "$.code")).isEqualTo(10006);
        assertThat((String) JsonPath.read(matrix.body(), "$.msg")).isEqualTo("请求地址不合法");
        assertThat(matrix.headers()).containsKey("x-content-type-options");

        Response encoded = send(new Endpoint("GET", "admin", "readers", null), "/api/%61dmin/readers", tokens.get("librarian"));
        assertThat(encoded.status()).isEqualTo(400);
        assertThat(encoded.isEnvelope()).isTrue();

        Response trace = send(new Endpoint("TRACE", "app", "me", null), "/api/app/me", tokens.get("reader"));
        assertThat(trace.status()).isEqualTo(405);
        assertThat(trace.isEnvelope()).isTrue();
    }

    @Test
    void theOwnersCanonicalSpellingStillWorks() throws Exception {
        assertThat(send(new Endpoint("GET", "admin", "readers", null), "/api/admin/readers", tokens.get("librarian")).status())
                .isEqualTo(200);
        assertThat(send(new Endpoint("GET", "admin", "staff", null), "/api/admin/staff", tokens.get("admin")).status())
                .isEqualTo(200);
        assertThat(send(new Endpoint("GET", "app", "me", null), "/api/app/me", tokens.get("reader")).status()).isEqualTo(200);
        assertThat(send(new Endpoint("GET", "courier", "me", null), "/api/courier/me", tokens.get("courier")).status())
                .isEqualTo(200);
        // public handlers stay public, for anyone, with or without a (stale) token
        assertThat(send(new Endpoint("GET", "app", "books", null), "/api/app/books", null).status()).isEqualTo(200);
        assertThat(send(new Endpoint("GET", "app", "books", null), "/api/app/books/" + bookId, "stale-token").status())
                .isEqualTo(200);
        // a librarian is refused the ADMIN-only operations by method security, with the role named
        Response staffList = send(new Endpoint("GET", "admin", "staff", null), "/api/admin/staff", tokens.get("librarian"));
        assertThat(staffList.status()).isEqualTo(403);
        assertThat((String) JsonPath.read(staffList.body(), "$.msg")).contains("馆员");
        // an unknown API prefix belongs to nobody
        assertThat(send(new Endpoint("GET", "x", "y", null), "/api/other/readers", tokens.get("admin")).status()).isEqualTo(403);
        assertThat(send(new Endpoint("GET", "x", "y", null), "/api/other/readers", null).status()).isEqualTo(401);
    }

    private int count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }

    record Response(int status, Map<String, String> headers, String body) {

        boolean isEnvelope() {
            try {
                Object code = JsonPath.read(body, "$.code");
                String msg = JsonPath.read(body, "$.msg");
                return code instanceof Integer c && c != 0 && msg != null && msg.codePoints().anyMatch(ch -> ch >= 0x4E00 && ch <= 0x9FFF);
            } catch (RuntimeException notJson) {
                return false;
            }
        }
    }

    /** One request, written byte for byte as given (no client library normalises the target). */
    private Response send(Endpoint endpoint, String target, String token) throws Exception {
        byte[] body = endpoint.body() == null ? new byte[0] : endpoint.body().getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(endpoint.method() + " " + target + " HTTP/1.1\r\n")
                .append("Host: 127.0.0.1:").append(port).append("\r\n")
                .append("Connection: close\r\n")
                .append("Accept: application/json\r\n");
        if (token != null) {
            head.append("Authorization: Bearer ").append(token).append("\r\n");
        }
        if (endpoint.body() != null) {
            head.append("Content-Type: application/json\r\nContent-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return parse(socket.getInputStream().readAllBytes());
        }
    }

    private static Response parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.UTF_8);
        int split = text.indexOf("\r\n\r\n");
        String[] lines = (split < 0 ? text : text.substring(0, split)).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(), lines[i].substring(colon + 1).trim());
            }
        }
        String body = split < 0 ? "" : text.substring(split + 4);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new Response(status, headers, body);
    }

    private static String dechunk(String chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] bytes = chunked.getBytes(StandardCharsets.UTF_8);
        int i = 0;
        while (i < bytes.length) {
            int lineEnd = indexOf(bytes, i);
            if (lineEnd < 0) {
                break;
            }
            int size = Integer.parseInt(new String(bytes, i, lineEnd - i, StandardCharsets.US_ASCII).split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            out.write(bytes, lineEnd + 2, size);
            i = lineEnd + 2 + size + 2;
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
