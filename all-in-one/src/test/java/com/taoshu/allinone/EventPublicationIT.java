package com.taoshu.allinone;

import static org.assertj.core.api.Assertions.assertThat;

import com.taoshu.catalog.BookChanged;
import com.taoshu.delivery.DeliveryEvents;
import com.taoshu.loan.LoanEvents;
import com.taoshu.loan.LoanStatus;
import com.taoshu.notify.NoticeKind;
import com.taoshu.notify.NotifyIntegrationTestBase;
import com.taoshu.order.Fulfilment;
import com.taoshu.order.OrderEvents;
import com.taoshu.reservation.ReservationEvents;
import com.taoshu.staff.StaffEvents;
import com.taoshu.suggestion.PurchaseMarked;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Events that are not lost (issue #21 part 2): an event's publication is written in the business transaction; a
 * listener that fails leaves it incomplete, and a resubmission (eventPublicationJob, at start) queues the notice —
 * once, also when the listener runs again after it had already queued it, on a later day. A rolled-back business
 * transaction records and queues nothing.
 */
class EventPublicationIT extends NotifyIntegrationTestBase {

    private static final String REJECTED_LISTENER = "%NoticeEventListeners.on(%OrderEvents$OrderRejected)";

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    EventSerializer serializer;

    /** The publications of OrderRejected for this order, as NoticeEventListeners' registry rows. */
    private List<Map<String, Object>> rejectedPublications(long orderId) {
        return jdbc.queryForList("SELECT * FROM EVENT_PUBLICATION WHERE LISTENER_ID LIKE ? AND SERIALIZED_EVENT LIKE ?",
                REJECTED_LISTENER, "%\"orderId\":" + orderId + ",%");
    }

    @Test
    void aFailedListenerLeavesItsPublicationIncompleteAndAResubmissionQueuesTheNoticeExactlyOnce() throws Exception {
        TestReader reader = reader("evfail");
        long orderId = submittedOrder(reader, "活着");
        String trigger = "fail_notice_" + reader.id();
        // the outbox refuses this reader's notices: the listener fails after the rejection committed
        jdbc.execute("CREATE TRIGGER " + trigger + " BEFORE INSERT ON notice FOR EACH ROW BEGIN IF NEW.reader_id = "
                + reader.id() + " THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'outbox unavailable'; END IF; END");
        try {
            Answer rejected = postJson("/api/admin/orders/" + orderId + "/reject", Map.of("reason", "读者信息待核实"), librarian);
            assertThat(rejected.status()).as("the business change stands: %s", rejected.body()).isEqualTo(200);
        } finally {
            jdbc.execute("DROP TRIGGER IF EXISTS " + trigger);
        }
        assertThat(jdbc.queryForObject("SELECT status FROM borrow_order WHERE id = ?", String.class, orderId))
                .isEqualTo("REJECTED");
        assertThat(notices(reader, NoticeKind.ORDER_REJECTED)).as("the queueing failed").isEmpty();
        assertThat(rejectedPublications(orderId)).singleElement().satisfies(p -> {
            assertThat(p.get("COMPLETION_DATE")).as("left incomplete").isNull();
            assertThat(p.get("STATUS")).isEqualTo("FAILED");
        });

        // a publication younger than resubmit-after may still be running elsewhere: left alone
        runJob("eventPublicationJob");
        assertThat(notices(reader, NoticeKind.ORDER_REJECTED)).isEmpty();
        assertThat(rejectedPublications(orderId)).singleElement()
                .satisfies(p -> assertThat(p.get("COMPLETION_DATE")).isNull());

        clock.advance(Duration.ofMinutes(6));
        assertThat(runJob("eventPublicationJob")).contains("resubmitted=");
        assertThat(notices(reader, NoticeKind.ORDER_REJECTED)).singleElement().satisfies(n -> {
            assertThat(n.get("status")).isEqualTo("PENDING");
            assertThat((String) n.get("payload")).contains("读者信息待核实");
        });
        assertThat(rejectedPublications(orderId)).singleElement()
                .satisfies(p -> assertThat(p.get("COMPLETION_DATE")).as("completed by the resubmission").isNotNull());

        runJob("eventPublicationJob");
        assertThat(notices(reader, NoticeKind.ORDER_REJECTED)).as("nothing left to resubmit").hasSize(1);

        // the instance died after the notice was queued but before the publication was marked completed; the next
        // day it is handed to the listener again: the notice is already queued, nothing is added
        jdbc.update("UPDATE EVENT_PUBLICATION SET COMPLETION_DATE = NULL, STATUS = 'PROCESSING' WHERE ID = ?",
                rejectedPublications(orderId).getFirst().get("ID"));
        clock.advance(Duration.ofDays(1));
        runJob("eventPublicationJob");
        assertThat(notices(reader, NoticeKind.ORDER_REJECTED)).as("exactly once").hasSize(1);
        assertThat(rejectedPublications(orderId)).singleElement()
                .satisfies(p -> assertThat(p.get("COMPLETION_DATE")).isNotNull());

        // the instance died during a resubmission (the row stays claimed): released once that is as old, and run again
        jdbc.update("UPDATE EVENT_PUBLICATION SET COMPLETION_DATE = NULL, STATUS = 'RESUBMITTED', LAST_RESUBMISSION_DATE = ?"
                + " WHERE ID = ?", java.sql.Timestamp.from(clock.instant()), rejectedPublications(orderId).getFirst().get("ID"));
        runJob("eventPublicationJob");
        assertThat(rejectedPublications(orderId)).as("claimed a moment ago: left alone").singleElement()
                .satisfies(p -> assertThat(p.get("STATUS")).isEqualTo("RESUBMITTED"));
        clock.advance(Duration.ofMinutes(6));
        runJob("eventPublicationJob");
        assertThat(notices(reader, NoticeKind.ORDER_REJECTED)).as("still exactly once").hasSize(1);
        assertThat(rejectedPublications(orderId)).singleElement()
                .satisfies(p -> assertThat(p.get("COMPLETION_DATE")).isNotNull());
    }

    @Test
    void aRolledBackBusinessTransactionRecordsAndQueuesNothingACommittedOneQueuesOnce() throws Exception {
        TestReader reader = reader("evroll");
        long orderId = submittedOrder(reader, "围城");
        TransactionTemplate tx = new TransactionTemplate(transactions);
        LocalDate today = LocalDate.now(clock);

        tx.executeWithoutResult(status -> {
            events.publishEvent(new OrderEvents.OrderRejected(orderId, reader.id(), "回滚", today));
            status.setRollbackOnly();
        });
        assertThat(rejectedPublications(orderId)).as("the publication rolled back with the business change").isEmpty();
        assertThat(notices(reader, NoticeKind.ORDER_REJECTED)).isEmpty();
        clock.advance(Duration.ofMinutes(6));
        runJob("eventPublicationJob");
        assertThat(notices(reader, NoticeKind.ORDER_REJECTED)).as("nothing to resubmit either").isEmpty();

        tx.executeWithoutResult(status -> events.publishEvent(new OrderEvents.OrderRejected(orderId, reader.id(), "提交", today)));
        assertThat(notices(reader, NoticeKind.ORDER_REJECTED)).singleElement()
                .satisfies(n -> assertThat((String) n.get("payload")).contains("提交"));
        assertThat(rejectedPublications(orderId)).singleElement()
                .satisfies(p -> assertThat(p.get("COMPLETION_DATE")).as("completed when handled").isNotNull());
    }

    /** OrderPickedUp, once heard by nobody: the pickup notice still waiting is skipped at once, with the reason. */
    @Test
    void aPickedUpOrdersPendingPickupNoticeIsSkippedAtOnce() throws Exception {
        TestReader reader = reader("evpick");
        long orderId = approvedOrder(reader, "白鹿原");
        assertThat(notices(reader, NoticeKind.READY_FOR_PICKUP)).singleElement()
                .satisfies(n -> assertThat(n.get("status")).isEqualTo("PENDING"));

        Answer pickedUp = postJson("/api/admin/orders/" + orderId + "/pickup", Map.of(), librarian);
        assertThat(pickedUp.status()).as(pickedUp.body()).isEqualTo(200);
        assertThat(notices(reader, NoticeKind.READY_FOR_PICKUP)).singleElement().satisfies(n -> {
            assertThat(n.get("status")).isEqualTo("SKIPPED");
            assertThat(n.get("last_error")).isEqualTo("已取书，不再提醒");
        });
        assertThat(jdbc.queryForList("SELECT outcome, message FROM notice_attempt WHERE notice_id = ?",
                notices(reader, NoticeKind.READY_FOR_PICKUP).getFirst().get("id")))
                .singleElement().satisfies(a -> assertThat(a).containsEntry("outcome", "SKIPPED")
                        .containsEntry("message", "已取书，不再提醒"));
    }

    /** What goes into EVENT_PUBLICATION comes back as the same event (Jackson 3, records, enums, java.time). */
    @Test
    void everyEventWithAnAfterCommitListenerSurvivesTheRegistry() {
        LocalDate day = LocalDate.of(2026, 12, 7);
        List<Object> published = List.of(
                new OrderEvents.OrderApproved(1, 2, Fulfilment.DELIVERY, true, day),
                new OrderEvents.OrderRejected(1, 2, "读者信息待核实", day),
                new OrderEvents.OrderReadyForPickup(1, 2, 3, LocalDateTime.of(2026, 12, 10, 18, 0), day),
                new OrderEvents.OrderOutForDelivery(1, 2, day),
                new OrderEvents.OrderDelivered(1, 2, day),
                new OrderEvents.OrderPickedUp(1, 2),
                new OrderEvents.OrderCancelled(1, 2),
                new OrderEvents.OrderExpired(1, 2),
                new LoanEvents.LoanRenewed(1, 2, day),
                new LoanEvents.LoanReturned(1, 2, 3, 4, 5),
                new LoanEvents.LoanClosedWithLoss(1, 2, 3, 4, 5, LoanStatus.values()[LoanStatus.values().length - 1]),
                new ReservationEvents.ReservationReady(1, 2, 3, day),
                new ReservationEvents.ReservationCancelledAtDesk(1, 2, "活着", 3, "读者电话取消"),
                new DeliveryEvents.VisitRebooked(DeliveryEvents.Job.RETURN_PICKUP, 1, 2, 3, 2, 4, day,
                        LocalTime.of(10, 0), LocalTime.of(12, 0)),
                new BookChanged(1),
                new PurchaseMarked("9787020002207"),
                new StaffEvents.AccessChanged(1));
        for (Object event : published) {
            Object stored = serializer.serialize(event);
            assertThat(serializer.deserialize(stored, event.getClass())).as("%s via %s", event, stored).isEqualTo(event);
        }
    }
}
