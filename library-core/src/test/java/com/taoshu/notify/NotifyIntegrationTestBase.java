package com.taoshu.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.taoshu.shared.job.JobRunner;
import com.taoshu.shared.security.Role;
import com.taoshu.testsupport.ApiTestBase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of the notification integration tests (all-in-one, admin-console): templates configured for the kinds under
 * test, a 1 s send timeout, the shipped back-off (1 min doubling, capped at 1 h) and expiry (3 days), no local job
 * schedule (tests run the jobs), WeChat's subscribe-message API scripted per reader on the shared fake WeChat server.
 */
@TestPropertySource(properties = {
        "xxl.job.local-fallback.enabled=false",
        "taoshu.notify.templates.ready-for-pickup.id=TPL_PICKUP",
        "taoshu.notify.templates.ready-for-pickup.page=pages/order/detail?id={orderId}",
        "taoshu.notify.templates.ready-for-pickup.fields.thing1={titles}",
        "taoshu.notify.templates.ready-for-pickup.fields.thing2={branchName}",
        "taoshu.notify.templates.ready-for-pickup.fields.time3={deadline}",
        "taoshu.notify.templates.order-rejected.id=TPL_REJECTED",
        "taoshu.notify.templates.order-rejected.fields.thing1={titles}",
        "taoshu.notify.templates.order-rejected.fields.thing4={reason}",
        "taoshu.notify.templates.pickup-deadline.id=TPL_DEADLINE",
        "taoshu.notify.templates.pickup-deadline.fields.thing1={titles}",
        "taoshu.notify.templates.due-soon.id=TPL_DUE",
        "taoshu.notify.templates.due-soon.fields.thing1={title}",
        "taoshu.notify.templates.due-soon.fields.date2={dueDate}",
        "taoshu.notify.templates.overdue.id=TPL_OVERDUE",
        "taoshu.notify.templates.overdue.fields.thing1={title}",
        "taoshu.notify.templates.overdue.fields.number3={overdueDays}",
        "taoshu.notify.send-timeout=1s",
        "taoshu.notify.connect-timeout=1s",
        "taoshu.notify.backoff-base=1m",
        "taoshu.notify.stale-sending-after=10m"})
public abstract class NotifyIntegrationTestBase extends ApiTestBase {

    protected static final FakeSubscribeWeChat SUBSCRIBE = FakeSubscribeWeChat.attachTo(WECHAT);

    @Autowired
    protected JobRunner jobs;
    @Autowired
    protected OutboxSender sender;

    protected long branch;
    protected String librarian;

    @BeforeEach
    void notifySetUp() throws Exception {
        // notices other tests left due are not ours to send here: park them
        jdbc.update("UPDATE notice SET status = 'SKIPPED', last_error = 'test isolation' WHERE status IN ('PENDING', 'SENDING')");
        branch = createBranch(unique("N"));
        String lib = unique("nlib");
        createStaff(Role.LIBRARIAN, lib, null, "secret-123", branch);
        librarian = staffToken("/api/admin", Map.of("username", lib, "password", "secret-123"));
    }

    @AfterEach
    void notifyTearDown() {
        clock.reset();
    }

    /** A reader logged in through WeChat: its token, id and openid. */
    protected record TestReader(String token, long id, String openid) {
    }

    protected TestReader reader(String prefix) throws Exception {
        String code = unique(prefix);
        String token = readerToken(code);
        long id = jdbc.queryForObject("SELECT id FROM reader WHERE openid = ?", Long.class, "openid-" + code);
        return new TestReader(token, id, "openid-" + code);
    }

    protected void subscribe(TestReader reader, String... templateIds) throws Exception {
        Answer answer = postJson("/api/app/subscriptions", Map.of("templateIds", List.of(templateIds)), reader.token());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    protected int remaining(TestReader reader, String templateId) {
        List<Integer> rows = jdbc.queryForList("SELECT remaining FROM subscription_consent WHERE reader_id = ? AND template_id = ?",
                Integer.class, reader.id(), templateId);
        return rows.isEmpty() ? 0 : rows.getFirst();
    }

    /** A submitted pickup order of one new title. */
    protected long submittedOrder(TestReader reader, String title) throws Exception {
        long book = createBook(title, branch, 1);
        Answer item = postJson("/api/app/cart/items", Map.of("bookId", book, "branchId", branch), reader.token());
        assertThat(item.status()).as(item.body()).isEqualTo(200);
        List<Integer> ids = item.read("$.data.items[?(@.bookId == " + book + ")].id");
        Answer order = call(post("/api/app/orders").contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(Map.of("cartItemIds", List.of(ids.getFirst()), "fulfilment", "PICKUP"))),
                reader.token());
        assertThat(order.status()).as(order.body()).isEqualTo(200);
        return ((Number) order.read("$.data.order.id")).longValue();
    }

    protected long approvedOrder(TestReader reader, String title) throws Exception {
        long orderId = submittedOrder(reader, title);
        Answer approved = postJson("/api/admin/orders/" + orderId + "/approve", Map.of(), librarian);
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        return orderId;
    }

    /** A loan that started today (order approved and picked up at the desk). */
    protected long loan(TestReader reader, String title) throws Exception {
        long orderId = approvedOrder(reader, title);
        Answer pickedUp = postJson("/api/admin/orders/" + orderId + "/pickup", Map.of(), librarian);
        assertThat(pickedUp.status()).as(pickedUp.body()).isEqualTo(200);
        return jdbc.queryForObject("SELECT id FROM loan WHERE order_id = ?", Long.class, orderId);
    }

    protected List<Map<String, Object>> notices(TestReader reader, NoticeKind kind) {
        return jdbc.queryForList("SELECT * FROM notice WHERE reader_id = ? AND kind = ? ORDER BY id", reader.id(), kind.name());
    }

    protected String runJob(String name) {
        return jobs.run(name).summary();
    }
}
