package com.taoshu.testsupport;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import com.taoshu.delivery.DeliverySlots;
import com.taoshu.reader.Reader;
import com.taoshu.reader.internal.ReaderMapper;
import com.taoshu.shared.crypto.FieldCipher;
import com.taoshu.shared.crypto.Masking;
import com.taoshu.shared.security.PasswordHasher;
import com.taoshu.shared.security.Principal;
import com.taoshu.shared.security.ReaderId;
import com.taoshu.shared.security.TokenStore;
import com.taoshu.shared.security.Role;
import com.taoshu.shared.security.StaffPrincipal;
import com.taoshu.staff.Staff;
import com.taoshu.staff.internal.StaffMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of API integration tests: the real app context against the real MariaDB and Redis (a schema of its own,
 * migrated from scratch), WeChat faked on 127.0.0.1, MockMvc for HTTP.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({CleanDatabaseMigration.class, MutableClockConfig.class, Given.class})
public abstract class ApiTestBase {

    protected static final FakeWeChat WECHAT = new FakeWeChat();
    protected static final FakeAmap AMAP = new FakeAmap();
    protected static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void outsideServices(DynamicPropertyRegistry registry) {
        registry.add("taoshu.wechat.app-id", () -> FakeWeChat.APP_ID);
        registry.add("taoshu.wechat.secret", () -> FakeWeChat.SECRET);
        registry.add("taoshu.wechat.api-base-url", WECHAT::baseUrl);
        // a test class runs without a map key with @TestPropertySource(properties = "taoshu.test.amap-key=") (a
        // subclass's @DynamicPropertySource cannot override this one: the base class's registrations come last)
        registry.add("taoshu.amap.key", () -> "${taoshu.test.amap-key:" + FakeAmap.KEY + "}");
        registry.add("taoshu.amap.base-url", AMAP::baseUrl);
        // tests run jobs on purpose (POST /api/admin/jobs/{name}/run), never on the local fallback schedule
        registry.add("xxl.job.local-fallback.enabled", () -> "false");
        // a lock whose holder died lapses after 2 s instead of 30 (tests of a dead planner wait that long)
        registry.add("taoshu.redis.lock-watchdog-timeout", () -> "2s");
    }

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected StaffMapper staffMapper;
    @Autowired
    protected PasswordHasher hasher;
    @Autowired
    protected ReaderMapper readerMapper;
    @Autowired
    protected FieldCipher cipher;
    @Autowired
    protected TokenStore tokenStore;
    @Autowired
    protected MutableClock clock;
    @Autowired
    protected DeliverySlots deliverySlots;
    /** Fixtures in the library's words: {@code given.homeBranch(reader, branch)}, {@code given.loanDueOn(...)}. */
    @Autowired
    protected Given given;

    /** An HTTP answer: status and the JSON body, read with JsonPath. */
    public record Answer(int status, String body) {

        public <T> T read(String path) {
            return JsonPath.read(body, path);
        }

        public int code() {
            return read("$.code");
        }

        public String msg() {
            return read("$.msg");
        }
    }

    protected Answer call(MockHttpServletRequestBuilder request, String token) throws Exception {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        MvcResult result = mvc.perform(request).andReturn();
        return new Answer(result.getResponse().getStatus(), result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    protected Answer postJson(String path, Object body, String token) throws Exception {
        String json = body instanceof String s ? s : JSON.writeValueAsString(body);
        return call(post(path).contentType(MediaType.APPLICATION_JSON).content(json), token);
    }

    protected Answer getJson(String path, String token) throws Exception {
        return call(get(path), token);
    }

    protected static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** Phones handed out in this JVM: started away from the round numbers tests write by hand (13800000000 …). */
    private static final AtomicInteger PHONES = new AtomicInteger(1_000_000 + ThreadLocalRandom.current().nextInt(4_000_000));

    /**
     * A valid mobile number ({@code 1} + 10 digits) starting with {@code prefix} (1 to 4 digits, e.g. "139"), never
     * handed out twice in this JVM whatever the prefixes: its last seven digits are a counter.
     */
    protected static String uniquePhone(String prefix) {
        if (!prefix.matches("1\\d{0,3}")) {
            throw new IllegalArgumentException("a mobile number prefix is 1 to 4 digits starting with 1: " + prefix);
        }
        int n = PHONES.getAndIncrement();
        if (n >= 10_000_000) {
            throw new IllegalStateException("ran out of test phone numbers");
        }
        return prefix + "0".repeat(11 - 7 - prefix.length()) + "%07d".formatted(n);
    }

    /** A staff account with a known password, created directly (tests of other features need someone to act). */
    protected Staff createStaff(Role role, String username, String phone, String password, Long branchId) {
        Staff staff = Staff.create(username, phone, role.label() + username, hasher.hash(password), role, branchId);
        staffMapper.insert(staff);
        return staff;
    }

    protected long createBranch(String code) {
        jdbc.update("""
                INSERT INTO branch (code, name, address, lat, lng, delivery_radius_m, enabled, created_at, updated_at)
                VALUES (?, ?, '长沙市岳麓区测试路1号', 28.2282, 112.9388, 3000, 1, NOW(3), NOW(3))""", code, "测试分馆" + code);
        return jdbc.queryForObject("SELECT id FROM branch WHERE code = ?", Long.class, code);
    }

    /** A reader created directly (in apps without the reader login API), optionally with a phone number. */
    protected Reader createReader(String name, String phone) {
        Reader reader = Reader.register(unique("openid-"), null);
        reader.setName(name);
        if (phone != null) {
            reader.setPhoneCipher(cipher.encrypt(phone));
            reader.setPhoneHash(cipher.hash(phone));
            reader.setPhoneMasked(Masking.phone(phone));
        }
        readerMapper.insert(reader);
        return reader;
    }

    /** A reader token issued directly, as the login would. */
    protected String tokenFor(Reader reader) {
        return tokenStore.issue(new Principal.Reader(new ReaderId(reader.getId())));
    }

    private static final java.util.concurrent.atomic.AtomicLong SEQUENCE = new java.util.concurrent.atomic.AtomicLong(System.nanoTime() % 1_000_000_000L);

    /**
     * A title with {@code copies} AVAILABLE copies at the branch; its ISBN is unique and valid (979 + a counter + the
     * check digit), so a librarian's edit of the title ({@link Given#inCategory}) accepts it.
     */
    protected long createBook(String title, long branchId, int copies) {
        String isbn = isbn13("979" + String.format("%09d", SEQUENCE.incrementAndGet() % 1_000_000_000L));
        jdbc.update("""
                INSERT INTO book (isbn, title, author, publisher, version, created_at, updated_at)
                VALUES (?, ?, '测试作者', '测试出版社', 0, NOW(3), NOW(3))""", isbn, title);
        long bookId = jdbc.queryForObject("SELECT id FROM book WHERE isbn = ?", Long.class, isbn);
        addCopies(bookId, branchId, copies);
        return bookId;
    }

    /** The twelve digits and their ISBN-13 check digit (weights 1, 3, 1, 3, …). */
    private static String isbn13(String twelveDigits) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelveDigits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return twelveDigits + (10 - sum % 10) % 10;
    }

    protected void addCopies(long bookId, long branchId, int copies) {
        for (int i = 0; i < copies; i++) {
            jdbc.update("""
                    INSERT INTO book_copy (book_id, branch_id, barcode, status, version, created_at, updated_at)
                    VALUES (?, ?, ?, 'AVAILABLE', 0, NOW(3), NOW(3))""", bookId, branchId, "T" + SEQUENCE.incrementAndGet());
        }
    }

    protected int availableCopies(long bookId, long branchId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM book_copy WHERE book_id = ? AND branch_id = ? AND status = 'AVAILABLE'",
                Integer.class, bookId, branchId);
    }

    /**
     * A courier account at the branch (password "courier-1") with the working profile the planner reads: e-bike, a bag
     * of {@code bag} books, 09:00–18:00, on leave or not. {@code name} (null: the account's default) is what readers see.
     */
    protected Staff createCourier(long branchId, String name, int bag, boolean onLeave) {
        Staff staff = createStaff(Role.COURIER, null, uniquePhone("13"), "courier-1", branchId);
        if (name != null) {
            jdbc.update("UPDATE staff SET name = ? WHERE id = ?", name, staff.getId());
        }
        jdbc.update("INSERT INTO courier (staff_id, branch_id, vehicle, bag_capacity, shift_start, shift_end, on_leave, updated_at) "
                + "VALUES (?, ?, 'EBIKE', ?, '09:00:00', '18:00:00', ?, NOW(3))", staff.getId(), branchId, bag, onLeave);
        return staff;
    }

    /**
     * Delivery slot templates of the branch, saved as an administrator does on the 配送时段 page (through
     * {@link DeliverySlots#saveTemplate}): each {@code "HH:mm-HH:mm"} with {@code capacity} places, enabled.
     */
    protected void slotTemplates(long branchId, int capacity, String... fromTo) {
        StaffPrincipal admin = new StaffPrincipal(0, Role.ADMIN, null, "测试管理员");
        for (String range : fromTo) {
            String[] times = range.split("-");
            deliverySlots.saveTemplate(null, branchId, new DeliverySlots.TemplateInput(LocalTime.parse(times[0]),
                    LocalTime.parse(times[1]), capacity, true), admin);
        }
    }

    /** {@link #createCourier(long, String, int, boolean)} with a bag of 20, at work. */
    protected Staff createCourier(long branchId, String name) {
        return createCourier(branchId, name, 20, false);
    }

    /** A new librarian or admin account (of {@code branchId}; null for an ADMIN of all branches), logged in: its token. */
    protected String signedInStaff(Role role, Long branchId) throws Exception {
        String username = unique(role == Role.ADMIN ? "adm" : "lib");
        createStaff(role, username, null, "secret-123", branchId);
        return staffToken("/api/admin", Map.of("username", username, "password", "secret-123"));
    }

    /** Logs in through the API from a fresh client address (the per-IP login budget is tested on its own). */
    protected String staffToken(String apiPrefix, Map<String, String> credentials) throws Exception {
        String ip = "10.%d.%d.%d".formatted(SEQUENCE.incrementAndGet() % 250, SEQUENCE.get() / 250 % 250, SEQUENCE.get() / 62500 % 250);
        Answer answer = call(post(apiPrefix + "/auth/login").contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(credentials)).with(r -> {
                    r.setRemoteAddr(ip);
                    return r;
                }), null);
        if (answer.status() != 200) {
            throw new AssertionError("login failed: " + answer.body());
        }
        return answer.read("$.data.token");
    }

    protected String readerToken(String code) throws Exception {
        Answer answer = postJson("/api/app/auth/wx-login", Map.of("code", code), null);
        if (answer.status() != 200) {
            throw new AssertionError("reader login failed: " + answer.body());
        }
        return answer.read("$.data.token");
    }
}
