package com.taoshu.allinone;

import static com.taoshu.testsupport.TestCryptoKeys.KEY_A;
import static com.taoshu.testsupport.TestCryptoKeys.KEY_B;
import static com.taoshu.testsupport.TestCryptoKeys.KEY_C;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import com.taoshu.catalog.Branches;
import com.taoshu.delivery.AddressLocator;
import com.taoshu.delivery.AddressService;
import com.taoshu.delivery.amap.AmapClient;
import com.taoshu.delivery.internal.ReaderAddressMapper;
import com.taoshu.reader.Reader;
import com.taoshu.reader.Readers;
import com.taoshu.shared.crypto.EncryptedColumns;
import com.taoshu.shared.crypto.FieldCipher;
import com.taoshu.shared.crypto.Masking;
import com.taoshu.shared.job.JobRunner;
import com.taoshu.shared.security.ReaderId;
import com.taoshu.shared.security.Role;
import com.taoshu.testsupport.ApiTestBase;
import com.taoshu.testsupport.FakeAmap;
import com.taoshu.testsupport.FakeWeChat;
import com.taoshu.testsupport.OwnSchema;
import com.taoshu.testsupport.RestartedApp;
import com.taoshu.testsupport.TestCryptoKeys;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rotating TAOSHU_CRYPTO_KEY as the README tells an operator to: data written under key A (some of it in the first
 * format, which names no key) is read and found by phone once the apps run with current = B and previous = A;
 * cryptoRotateJob rewrites it under B without overwriting a concurrent edit and without touching a value no key
 * decrypts; then the app restarted with B alone reads everything.
 *
 * <p>A schema of its own: the restarted app must find this context's rows, and other contexts clean the module schema
 * when they start.
 */
class CryptoKeyRotationIT extends ApiTestBase {

    private static final String SCHEMA_SUFFIX = "_rotation";

    @DynamicPropertySource
    static void keys(DynamicPropertyRegistry registry) {
        OwnSchema.register(registry, SCHEMA_SUFFIX);
        registry.add("taoshu.crypto-key", () -> KEY_B);
        registry.add("taoshu.crypto-key-previous", () -> KEY_A);
        // several batches even with a handful of rows
        registry.add("taoshu.crypto-rotation-batch-size", () -> "2");
    }

    private final FieldCipher underA = FieldCipher.of(KEY_A, null);
    private final FieldCipher onlyB = FieldCipher.of(KEY_B, null);
    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    ReaderAddressMapper addressMapper;
    @Autowired
    Branches branches;
    @Autowired
    AmapClient amap;
    @Autowired
    Readers readers;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JobRunner jobs;

    /** A reader whose phone was stored under key A, the way the app wrote it then. */
    private Reader readerUnderA(String name, String phone, boolean firstFormat) {
        Reader reader = Reader.register(unique("openid-"), null);
        reader.setName(name);
        reader.setPhoneCipher(firstFormat ? TestCryptoKeys.v1(KEY_A, phone) : underA.encrypt(phone));
        reader.setPhoneHash(underA.hash(phone));
        reader.setPhoneMasked(Masking.phone(phone));
        readerMapper.insert(reader);
        return reader;
    }

    private String stored(String table, String column, long id) {
        return jdbc.queryForObject("SELECT " + column + " FROM " + table + " WHERE id = ?", String.class, id);
    }

    private List<Long> searchByPhone(String phone, String adminToken) throws Exception {
        Answer found = getJson("/api/admin/readers?q=" + phone, adminToken);
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        return found.<List<Number>>read("$.data.records[*].id").stream().map(Number::longValue).toList();
    }

    private Answer addresses(String readerToken) throws Exception {
        Answer list = getJson("/api/app/addresses", readerToken);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return list;
    }

    private String runJob(String adminToken) throws Exception {
        Answer run = postJson("/api/admin/jobs/cryptoRotateJob/run", Map.of(), adminToken);
        assertThat(run.status()).as(run.body()).isEqualTo(200);
        return run.read("$.data.summary");
    }

    @Test
    void dataUnderTheOldKeyIsReadFoundAndRewrittenUnderTheNewOneThenTheOldKeyCanGo() throws Exception {
        long branch = createBranch(unique("K"));
        AMAP.place("岳麓区麓山南路932号", 28.2300, 112.9400);
        AMAP.place("岳麓区桃子湖路8号", 28.2290, 112.9390);
        AMAP.place("岳麓区新民路1号", 28.2285, 112.9395);
        String admin = unique("adm");
        createStaff(Role.ADMIN, admin, null, "secret-123", branch);
        String adminToken = staffToken("/api/admin", Map.of("username", admin, "password", "secret-123"));
        String librarian = unique("lib");
        createStaff(Role.LIBRARIAN, librarian, null, "secret-123", branch);
        String librarianToken = staffToken("/api/admin", Map.of("username", librarian, "password", "secret-123"));

        // ---- before the rotation: written under key A (as the apps did while A was the key)
        AddressService addressesUnderA = new AddressService(addressMapper, branches,
                new AddressLocator(branches, amap), underA, readers, tx);
        Reader legacy = readerUnderA("旧格式", "13800000001", true);
        long legacyAddress = addressesUnderA.add(new ReaderId(legacy.getId()),
                new AddressService.AddressInput("王奶奶", "13700000001", "岳麓区麓山南路932号", true)).id();
        // a row as saved before the address parts were kept (V21): the text in detail_cipher only
        jdbc.update("UPDATE reader_address SET phone_cipher = ?, detail_cipher = ?, street_cipher = NULL WHERE id = ?",
                TestCryptoKeys.v1(KEY_A, "13700000001"), TestCryptoKeys.v1(KEY_A, "岳麓区麓山南路932号"), legacyAddress);
        long deletedAddress = addressesUnderA.add(new ReaderId(legacy.getId()),
                new AddressService.AddressInput("王奶奶", "13700000009", "岳麓区新民路1号", false)).id();
        addressesUnderA.delete(new ReaderId(legacy.getId()), deletedAddress);
        Reader named = readerUnderA("带密钥号", "13800000002", false);
        long namedAddress = addressesUnderA.add(new ReaderId(named.getId()),
                new AddressService.AddressInput("李爷爷", "13700000002", "岳麓区桃子湖路8号", true)).id();
        Reader noPhone = readerUnderA("无手机", "13800000004", false);
        jdbc.update("UPDATE reader SET phone_cipher = NULL, phone_hash = NULL, phone_masked = NULL WHERE id = ?", noPhone.getId());
        // under a key nobody configured (a restore from another installation, say): must be reported, never lost
        Reader foreign = readerUnderA("外来密钥", "13800000005", false);
        String foreignCipher = FieldCipher.of(KEY_C, null).encrypt("13800000005");
        jdbc.update("UPDATE reader SET phone_cipher = ? WHERE id = ?", foreignCipher, foreign.getId());
        // value under B but the hash still A's: only the hash needs rewriting
        Reader staleHash = readerUnderA("旧哈希", "13800000006", false);
        jdbc.update("UPDATE reader SET phone_cipher = ? WHERE id = ?", cipher.encrypt("13800000006"), staleHash.getId());

        // ---- the apps now run with TAOSHU_CRYPTO_KEY = B, TAOSHU_CRYPTO_KEY_PREVIOUS = A (this context)
        String fresh = readerToken(unique("rot"));
        long freshId = ((Number) getJson("/api/app/me", fresh).read("$.data.id")).longValue();
        assertThat(postJson("/api/app/me/phone", Map.of("code", "phone-13900000003"), fresh).status()).isEqualTo(200);
        Answer added = postJson("/api/app/addresses",
                Map.of("contactName", "张阿姨", "phone", "13700000003", "address", "岳麓区新民路1号", "isDefault", true), fresh);
        assertThat(added.status()).as(added.body()).isEqualTo(200);
        assertThat(stored("reader", "phone_cipher", freshId)).as("new writes use the current key")
                .startsWith("v2:" + onlyB.currentKeyId() + ":");

        Answer legacyList = addresses(tokenFor(legacy));
        assertThat((List<String>) legacyList.read("$.data[*].address")).containsExactly("岳麓区麓山南路932号");
        assertThat((List<String>) legacyList.read("$.data[*].phone")).containsExactly("13700000001");
        assertThat((List<String>) addresses(tokenFor(named)).read("$.data[*].address")).containsExactly("岳麓区桃子湖路8号");
        assertThat((List<String>) addresses(fresh).read("$.data[*].phone")).containsExactly("13700000003");
        // look-ups match either key's hash while the rotation is under way
        assertThat(searchByPhone("13800000001", librarianToken)).containsExactly(legacy.getId());
        assertThat(searchByPhone("13800000002", librarianToken)).containsExactly(named.getId());
        assertThat(searchByPhone("13900000003", librarianToken)).containsExactly(freshId);
        assertThat(searchByPhone("13800000006", librarianToken)).containsExactly(staleHash.getId());

        // ---- first run, while a reader edits an address: the job's write of that row waits on the reader's, then
        // finds the row changed and leaves the reader's edit as it is
        String editedPhone = cipher.encrypt("13700000022");
        String editedDetail = cipher.encrypt("岳麓区桃子湖路10号");
        CompletableFuture<JobRunner.JobRun> firstRun = new CompletableFuture<>();
        tx.executeWithoutResult(s -> {
            jdbc.queryForObject("SELECT id FROM reader_address WHERE id = ? FOR UPDATE", Long.class, namedAddress);
            CompletableFuture.runAsync(() -> {
                try {
                    firstRun.complete(jobs.run("cryptoRotateJob"));
                } catch (RuntimeException e) {
                    firstRun.completeExceptionally(e);
                }
            });
            await().atMost(Duration.ofSeconds(30)).until(() -> firstRun.isDone() || jdbc.queryForObject(
                    "SELECT COUNT(*) FROM information_schema.innodb_trx WHERE trx_state = 'LOCK WAIT' "
                            + "AND trx_query LIKE 'UPDATE reader_address%'", Integer.class) > 0);
            assertThat(firstRun).as("the job waits for the reader's edit").isNotDone();
            // a reader's edit rewrites every address part under the current key (street_cipher since V21)
            jdbc.update("UPDATE reader_address SET phone_cipher = ?, detail_cipher = ?, street_cipher = ? WHERE id = ?",
                    editedPhone, editedDetail, cipher.encrypt("岳麓区桃子湖路10号"), namedAddress);
        });
        String first = firstRun.get(60, TimeUnit.SECONDS).summary();
        assertThat(first).contains("reader: 3 rewritten, 2 already current, 0 changed meanwhile, 1 failed (ids ["
                + foreign.getId() + "])");
        assertThat(first).contains("reader_address: 2 rewritten, 1 already current, 1 changed meanwhile, 0 failed");
        assertThat(stored("reader_address", "phone_cipher", namedAddress)).isEqualTo(editedPhone);
        assertThat(stored("reader_address", "detail_cipher", namedAddress)).isEqualTo(editedDetail);
        assertThat(stored("reader", "phone_cipher", foreign.getId())).as("left untouched").isEqualTo(foreignCipher);

        // ---- run again (an ADMIN's job; nobody else's): idempotent, the unreadable row still reported
        Answer refused = postJson("/api/admin/jobs/cryptoRotateJob/run", Map.of(), librarianToken);
        assertThat(refused.status()).isEqualTo(403);
        String second = runJob(adminToken);
        assertThat(second).contains("reader: 0 rewritten, 5 already current, 0 changed meanwhile, 1 failed (ids ["
                + foreign.getId() + "])");
        assertThat(second).contains("reader_address: 0 rewritten, 4 already current, 0 changed meanwhile, 0 failed")
                .doesNotContain("every value is under key");
        assertThat(stored("reader", "phone_cipher", foreign.getId())).isEqualTo(foreignCipher);

        // the operator settles the unreadable value (here: the reader re-binds later), then the job says it is done
        jdbc.update("UPDATE reader SET phone_cipher = NULL, phone_hash = NULL, phone_masked = NULL WHERE id = ?", foreign.getId());
        assertThat(runJob(adminToken)).contains("every value is under key " + onlyB.currentKeyId());
        // run as xxl-job shards, the instances split the rows by reader id
        String shard0 = jobs.run("cryptoRotateJob", 0, 2).summary();
        String shard1 = jobs.run("cryptoRotateJob", 1, 2).summary();
        assertThat(alreadyCurrent(shard0, "reader") + alreadyCurrent(shard1, "reader")).isEqualTo(6);
        assertThat(alreadyCurrent(shard0, "reader")).isBetween(1L, 5L);
        assertThat(alreadyCurrent(shard0, "reader_address") + alreadyCurrent(shard1, "reader_address")).isEqualTo(4);

        // every value names key B and decrypts with B alone; every hash is B's
        List<Map<String, Object>> readerRows = jdbc.queryForList("SELECT id, phone_cipher, phone_hash FROM reader WHERE phone_cipher IS NOT NULL");
        assertThat(readerRows).hasSize(4);
        for (Map<String, Object> row : readerRows) {
            String value = (String) row.get("phone_cipher");
            assertThat(value).startsWith("v2:" + onlyB.currentKeyId() + ":");
            assertThat(row.get("phone_hash")).as("reader %s", row.get("id")).isEqualTo(onlyB.hash(onlyB.decrypt(value)));
        }
        List<Map<String, Object>> addressRows = jdbc.queryForList("SELECT id, phone_cipher, detail_cipher FROM reader_address");
        assertThat(addressRows).hasSize(4);
        for (Map<String, Object> row : addressRows) {
            for (String column : List.of("phone_cipher", "detail_cipher")) {
                String value = (String) row.get(column);
                assertThat(value).startsWith("v2:" + onlyB.currentKeyId() + ":");
                assertThat(onlyB.decrypt(value)).isNotBlank();
            }
        }
        assertThat(onlyB.decrypt(stored("reader_address", "detail_cipher", deletedAddress))).isEqualTo("岳麓区新民路1号");

        // ---- restart with TAOSHU_CRYPTO_KEY = B alone: everything reads and is found
        try (ConfigurableApplicationContext restarted = restartWithOnlyKeyB()) {
            int port = restarted.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            assertThat(restarted.getBean(FieldCipher.class).previousKeyId()).isEmpty();
            HttpResponse<String> legacyAgain = httpGet(port, "/api/app/addresses", tokenFor(legacy));
            assertThat(legacyAgain.statusCode()).as(legacyAgain.body()).isEqualTo(200);
            assertThat(JsonPath.<List<String>>read(legacyAgain.body(), "$.data[*].address")).containsExactly("岳麓区麓山南路932号");
            assertThat(JsonPath.<List<String>>read(legacyAgain.body(), "$.data[*].phone")).containsExactly("13700000001");
            HttpResponse<String> namedAgain = httpGet(port, "/api/app/addresses", tokenFor(named));
            assertThat(JsonPath.<List<String>>read(namedAgain.body(), "$.data[*].address")).containsExactly("岳麓区桃子湖路10号");
            HttpResponse<String> freshAgain = httpGet(port, "/api/app/addresses", fresh);
            assertThat(JsonPath.<List<String>>read(freshAgain.body(), "$.data[*].address")).containsExactly("岳麓区新民路1号");
            Map<String, Long> phones = Map.of("13800000001", legacy.getId(), "13800000002", named.getId(),
                    "13900000003", freshId, "13800000006", staleHash.getId());
            for (Map.Entry<String, Long> phone : phones.entrySet()) {
                HttpResponse<String> found = httpGet(port, "/api/admin/readers?q=" + phone.getKey(), librarianToken);
                assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
                assertThat(JsonPath.<List<Number>>read(found.body(), "$.data.records[*].id")).as(phone.getKey())
                        .extracting(Number::longValue).containsExactly(phone.getValue());
            }
        }
    }

    /** The rotation walks every column FieldCipher writes: a new *_cipher or *_hash column must be listed. */
    @Test
    void everyEncryptedAndHashColumnOfTheSchemaIsRotated() {
        Set<String> inSchema = new TreeSet<>(jdbc.queryForList("""
                SELECT CONCAT(LOWER(table_name), '.', LOWER(column_name)) FROM information_schema.columns
                WHERE table_schema = DATABASE() AND (column_name LIKE '%\\_cipher' OR column_name LIKE '%\\_hash')
                  AND table_name <> 'flyway_schema_history'""", String.class));
        inSchema.remove("staff.password_hash"); // bcrypt (PasswordHasher), not FieldCipher
        inSchema.remove("idempotency_record.request_hash"); // SHA-256 of a request (IdempotencyAspect), no key
        Set<String> rotated = EncryptedColumns.TABLES.stream()
                .flatMap(t -> t.columns().stream().map(c -> t.name() + "." + c))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(rotated).isEqualTo(inSchema);
    }

    private static long alreadyCurrent(String summary, String table) {
        Matcher m = Pattern.compile(Pattern.quote(table) + ": 0 rewritten, (\\d+) already current").matcher(summary);
        assertThat(m.find()).as(summary).isTrue();
        return Long.parseLong(m.group(1));
    }

    private ConfigurableApplicationContext restartWithOnlyKeyB() {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--taoshu.crypto-key=" + KEY_B,
                "--taoshu.crypto-key-previous=",
                "--xxl.job.local-fallback.enabled=false",
                "--taoshu.wechat.app-id=" + FakeWeChat.APP_ID,
                "--taoshu.wechat.secret=" + FakeWeChat.SECRET,
                "--taoshu.wechat.api-base-url=" + WECHAT.baseUrl(),
                "--taoshu.amap.key=" + FakeAmap.KEY,
                "--taoshu.amap.base-url=" + AMAP.baseUrl()));
        args.add("--spring.datasource.url=" + OwnSchema.url(SCHEMA_SUFFIX));
        args.add("--taoshu.redis.namespace=" + OwnSchema.name(SCHEMA_SUFFIX));
        return RestartedApp.start(TaoshuAllInOneApplication.class, args.toArray(String[]::new));
    }

    private HttpResponse<String> httpGet(int port, String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }
}
