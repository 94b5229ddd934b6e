package com.taoshu.demo;

import com.taoshu.cart.CartService;
import com.taoshu.catalog.Branch;
import com.taoshu.catalog.Branches;
import com.taoshu.catalog.CopyStatus;
import com.taoshu.delivery.AddressService;
import com.taoshu.delivery.DeliverySlot;
import com.taoshu.delivery.DeliverySlots;
import com.taoshu.delivery.route.ManualDispatchService;
import com.taoshu.delivery.route.RouteViews;
import com.taoshu.order.Fulfilment;
import com.taoshu.order.OrderApprovalService;
import com.taoshu.order.OrderStatus;
import com.taoshu.order.OrderSubmissionService;
import com.taoshu.reader.Reader;
import com.taoshu.reader.ReaderLoginService;
import com.taoshu.reader.Readers;
import com.taoshu.shared.security.ReaderId;
import com.taoshu.shared.security.Role;
import com.taoshu.shared.security.StaffPrincipal;
import com.taoshu.staff.Staff;
import com.taoshu.staff.StaffDirectory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo profile only (and {@code taoshu.demo.today-route}, on unless a test turns it off): when courier 13900000001
 * (李师傅, 岳麓) has no route for today, demo readers 10, 20 and 30 each order one book to their door in today's next
 * bookable 岳麓 slot, librarian1 approves the orders and hands them to 李师傅, all through the services the APIs use, so
 * the rows are what real use makes. The route stays PLANNED: the courier presses 出发 himself. When no slot of today
 * can be booked any more (the demo templates are 10–12 and 15–17), a demo-only slot of today is added at 岳麓, starting
 * at the first full hour after booking would close, for 2 hours; after about 21:40 the route is tomorrow's first slot.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "taoshu.demo.today-route", havingValue = "true", matchIfMissing = true)
@Order(30)
public class DemoTodayRoute implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoTodayRoute.class);

    static final String COURIER_PHONE = "13900000001";
    private static final int[] READERS = {10, 20, 30};
    private static final double[][] OFFSETS = {{0.006, 0.004}, {-0.004, 0.007}, {0.003, -0.006}};

    private final StaffDirectory staffDirectory;
    private final Readers readers;
    private final Branches branches;
    private final DeliverySlots slots;
    private final AddressService addresses;
    private final CartService cart;
    private final OrderSubmissionService submission;
    private final OrderApprovalService approval;
    private final ManualDispatchService dispatch;
    private final RouteViews routes;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    public DemoTodayRoute(StaffDirectory staffDirectory, Readers readers, Branches branches,
                          DeliverySlots slots, AddressService addresses, CartService cart,
                          OrderSubmissionService submission, OrderApprovalService approval,
                          ManualDispatchService dispatch, RouteViews routes, JdbcTemplate jdbc, Clock clock) {
        this.staffDirectory = staffDirectory;
        this.readers = readers;
        this.branches = branches;
        this.slots = slots;
        this.addresses = addresses;
        this.cart = cart;
        this.submission = submission;
        this.approval = approval;
        this.dispatch = dispatch;
        this.routes = routes;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Staff courier = staffDirectory.findByPhone(COURIER_PHONE).orElse(null);
        Staff librarian = staffDirectory.findByUsername("librarian1").orElse(null);
        Branch branch = branches.findByCode("CS-YL").orElse(null);
        if (courier == null || librarian == null || branch == null) {
            log.warn("demo route: demo accounts or branch missing, no route planned");
            return;
        }
        LocalDate today = LocalDate.now(clock);
        if (!routes.routes(today, courier.getId(), null, null).isEmpty()) {
            return;
        }
        Optional<Long> slot = todaysSlot(branch.getId(), today);
        if (slot.isEmpty()) {
            // late at night: tomorrow's first slot, planned once
            LocalDate tomorrow = today.plusDays(1);
            if (!routes.routes(tomorrow, courier.getId(), null, null).isEmpty()) {
                return;
            }
            slot = slots.forDate(branch.getId(), tomorrow).stream().filter(DeliverySlots.SlotView::bookable)
                    .map(DeliverySlots.SlotView::id).findFirst();
            if (slot.isEmpty()) {
                log.warn("demo route: no bookable delivery slot at 岳麓, no route planned for {}", COURIER_PHONE);
                return;
            }
            log.warn("demo route: too late today for a delivery, the demo route of {} is tomorrow's", COURIER_PHONE);
        }
        StaffPrincipal desk = new StaffPrincipal(librarian.getId(), Role.LIBRARIAN, branch.getId(), librarian.getName());
        List<Long> books = jdbc.queryForList("""
                SELECT book_id FROM book_copy WHERE branch_id = ? AND status = ?
                GROUP BY book_id ORDER BY book_id LIMIT 40""", Long.class, branch.getId(), CopyStatus.AVAILABLE.name());
        int next = 0;
        int planned = 0;
        for (int i = 0; i < READERS.length; i++) {
            String openid = ReaderLoginService.DEMO_OPENID_PREFIX + "reader%02d".formatted(READERS[i]);
            Reader reader = readers.findByOpenid(openid).orElse(null);
            if (reader == null) {
                continue;
            }
            ReaderId readerId = new ReaderId(reader.getId());
            long addressId = addresses.add(readerId, new AddressService.AddressInput(reader.getName(),
                    "1370000%04d".formatted(1000 + i), "长沙市岳麓区演示路%d号".formatted(i + 1),
                    null, "%d栋%d单元%d".formatted(i + 1, i + 2, 101 + i),
                    branch.getLat().doubleValue() + OFFSETS[i][0], branch.getLng().doubleValue() + OFFSETS[i][1],
                    branch.getId(), true)).id();
            Long orderId = null;
            for (int tries = 0; orderId == null && tries < 10 && next < books.size(); tries++) {
                long bookId = books.get(next++);
                try {
                    CartService.CartView view = cart.add(readerId, bookId, branch.getId());
                    long itemId = view.items().stream().filter(it -> it.bookId() == bookId).findFirst().orElseThrow().id();
                    orderId = submission.submit(readerId, new OrderSubmissionService.Submission(
                            List.of(itemId), Fulfilment.DELIVERY, addressId, slot.get()));
                } catch (RuntimeException e) {
                    log.info("demo route: {} could not order book {} ({}), trying another", reader.getName(), bookId,
                            e.getMessage());
                }
            }
            if (orderId == null) {
                log.warn("demo route: {} could not order a book", reader.getName());
                continue;
            }
            String status = jdbc.queryForObject("SELECT status FROM borrow_order WHERE id = ?", String.class, orderId);
            if (OrderStatus.SUBMITTED.name().equals(status)) {
                approval.approve(orderId, List.of(), null, desk);
            }
            dispatch.assign(orderId, courier.getId(), desk);
            planned++;
        }
        log.info("demo route: {} deliveries planned for courier {} (李师傅), slot starting {}; "
                + "open /courier/ and log in with {} / courier123", planned, COURIER_PHONE,
                slots.startOf(slot.get()), COURIER_PHONE);
    }

    /** Today's next bookable slot at the branch; in the evening a demo slot added for today (empty when too late). */
    private Optional<Long> todaysSlot(long branchId, LocalDate today) {
        Optional<Long> open = slots.forDate(branchId, today).stream().filter(DeliverySlots.SlotView::bookable)
                .map(DeliverySlots.SlotView::id).findFirst();
        if (open.isPresent()) {
            return open;
        }
        LocalDateTime start = LocalDateTime.now(clock).plus(DeliverySlots.BOOKING_CLOSES_BEFORE).plusMinutes(20)
                .truncatedTo(ChronoUnit.HOURS).plusHours(1);
        if (!start.toLocalDate().equals(today) || start.toLocalTime().isAfter(LocalTime.of(23, 0))) {
            return Optional.empty();
        }
        LocalTime end = start.toLocalTime().plusHours(2);
        if (end.isBefore(start.toLocalTime())) {
            end = LocalTime.of(23, 59);
        }
        DeliverySlot demo = slots.ensure(branchId, today, start.toLocalTime(), end, 3);
        log.info("demo route: the demo-only delivery slot {}–{} today at 岳麓 (the regular slots are closed)",
                demo.getStartTime(), end);
        return Optional.of(demo.getId());
    }
}
