package com.taoshu.desk;

import com.taoshu.order.DeliveryInfo.Viewer;
import com.taoshu.order.Fulfilment;
import com.taoshu.order.OrderQueries;
import com.taoshu.order.OrderStatus;
import com.taoshu.order.OrderViews.OrderSummary;
import com.taoshu.reader.ReaderView;
import com.taoshu.reader.Readers;
import com.taoshu.reader.ecard.ECards;
import com.taoshu.shared.api.PageQuery;
import com.taoshu.shared.security.StaffPrincipal;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Who is at the desk: the reader's e-card (a short-lived signed QR code, {@link ECards}) or the 4-digit pickup code
 * of one of their orders on the holding shelf. The answer is the reader and their orders waiting on this branch's
 * shelf (every branch's for who works across branches); the desk then hands over the ones chosen through the usual
 * handover ({@code POST /api/admin/orders/{id}/pickup}). Only an e-card also gives a desk ticket, the proof a checkout
 * without an order needs: a pickup code names an order, not a card.
 */
@Service
public class DeskIdentifyService {

    private final ECards ecards;
    private final Readers readers;
    private final OrderQueries orders;

    public DeskIdentifyService(ECards ecards, Readers readers, OrderQueries orders) {
        this.ecards = ecards;
        this.readers = readers;
        this.orders = orders;
    }

    public enum Via { ECARD, PICKUP_CODE }

    /** {@code deskTicket}: for a checkout of books in hand (e-card only, else null). */
    public record Identified(Via via, ReaderView reader, List<OrderSummary> orders, String deskTicket,
                             OffsetDateTime ticketExpiresAt) {
    }

    public Identified identify(String code, StaffPrincipal by) {
        String text = code == null ? "" : code.trim();
        if (text.isEmpty()) {
            throw DeskErrorCode.CODE_REQUIRED.exception();
        }
        Long branchId = by.seesAllBranches() ? null : by.branchId();
        if (ECards.looksLikeECard(text)) {
            long readerId = ecards.verify(text);
            ECards.DeskTicket ticket = ecards.deskTicket(readerId, by.staffId());
            return new Identified(Via.ECARD, ReaderView.of(readers.get(readerId)), onShelf(readerId, branchId),
                    ticket.ticket(), ticket.expiresAt());
        }
        if (!text.matches("\\d{4}")) {
            throw DeskErrorCode.CODE_REQUIRED.exception();
        }
        List<Long> matching = orders.readersWithPickupCode(branchId, text);
        if (matching.isEmpty()) {
            throw DeskErrorCode.PICKUP_CODE_UNKNOWN.exception();
        }
        if (matching.size() > 1) {
            throw DeskErrorCode.PICKUP_CODE_AMBIGUOUS.exception();
        }
        long readerId = matching.getFirst();
        return new Identified(Via.PICKUP_CODE, ReaderView.of(readers.get(readerId)), onShelf(readerId, branchId), null, null);
    }

    private List<OrderSummary> onShelf(long readerId, Long branchId) {
        return orders.list(new OrderQueries.OrderFilter(readerId, OrderStatus.READY_FOR_PICKUP, branchId, Fulfilment.PICKUP),
                new PageQuery(1, 50), true, Viewer.STAFF).records();
    }
}
