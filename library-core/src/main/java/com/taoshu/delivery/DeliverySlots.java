package com.taoshu.delivery;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.taoshu.catalog.Branches;
import com.taoshu.delivery.internal.DeliverySlotMapper;
import com.taoshu.delivery.internal.DeliverySlotTemplateMapper;
import com.taoshu.reader.ReaderErrorCode;
import com.taoshu.shared.security.BranchScope;
import com.taoshu.shared.security.StaffPrincipal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Delivery slots per branch and date, made from the branch's templates when first asked for. A DELIVERY order takes
 * one unit atomically (never oversold), released when the order is rejected or cancelled. Booking closes
 * {@link #BOOKING_CLOSES_BEFORE} before the slot starts, so the dispatch plan has its orders.
 */
@Service
public class DeliverySlots {

    public static final Duration BOOKING_CLOSES_BEFORE = Duration.ofMinutes(60);
    static final int DAYS_AHEAD = 14;

    private final DeliverySlotMapper mapper;
    private final DeliverySlotTemplateMapper templates;
    private final Branches branches;
    private final Clock clock;

    public DeliverySlots(DeliverySlotMapper mapper, DeliverySlotTemplateMapper templates, Branches branches, Clock clock) {
        this.mapper = mapper;
        this.templates = templates;
        this.branches = branches;
        this.clock = clock;
    }

    public record SlotView(long id, long branchId, LocalDate date, LocalTime startTime, LocalTime endTime, int capacity,
                           int reserved, int remaining, boolean bookable) {
    }

    public record TemplateInput(LocalTime startTime, LocalTime endTime, int capacity, boolean enabled) {
    }

    public List<SlotView> forDate(long branchId, LocalDate date) {
        branches.findEnabled(branchId).orElseThrow(ReaderErrorCode.BRANCH_NOT_FOUND::exception);
        LocalDate today = LocalDate.now(clock);
        if (date.isBefore(today) || date.isAfter(today.plusDays(DAYS_AHEAD))) {
            throw DeliveryErrorCode.DATE_OUT_OF_RANGE.exception();
        }
        mapper.materialise(branchId, date);
        LocalDateTime now = LocalDateTime.now(clock);
        return mapper.selectList(Wrappers.<DeliverySlot>lambdaQuery().eq(DeliverySlot::getBranchId, branchId)
                        .eq(DeliverySlot::getSlotDate, date).orderByAsc(DeliverySlot::getStartTime))
                .stream().map(s -> view(s, now)).toList();
    }

    /** A branch's slots as the desk sees them: a librarian their own branch's only (another is 403). */
    public List<SlotView> forDate(long branchId, LocalDate date, StaffPrincipal by) {
        return forDate(BranchScope.requireBranch(by, branchId), date);
    }

    private static SlotView view(DeliverySlot s, LocalDateTime now) {
        int remaining = Math.max(0, s.getCapacity() - s.getReserved());
        boolean open = now.isBefore(s.startsAt().minus(BOOKING_CLOSES_BEFORE));
        return new SlotView(s.getId(), s.getBranchId(), s.getSlotDate(), s.getStartTime(), s.getEndTime(), s.getCapacity(),
                s.getReserved(), remaining, open && remaining > 0);
    }

    /** Takes one unit of the slot for an order at this branch (inside the order's transaction). */
    public DeliverySlot take(long slotId, long branchId) {
        DeliverySlot slot = mapper.selectById(slotId);
        if (slot == null) {
            throw DeliveryErrorCode.SLOT_NOT_FOUND.exception();
        }
        if (slot.getBranchId() != branchId) {
            throw DeliveryErrorCode.SLOT_WRONG_BRANCH.exception();
        }
        if (!LocalDateTime.now(clock).isBefore(slot.startsAt().minus(BOOKING_CLOSES_BEFORE))) {
            throw DeliveryErrorCode.SLOT_CLOSED.exception();
        }
        if (mapper.take(slotId) == 0) {
            throw DeliveryErrorCode.SLOT_FULL.exception();
        }
        return slot;
    }

    /**
     * Reserves one unit in the branch's first slot starting after the given slot that is still open for booking
     * (a failed delivery's retry).
     */
    public Optional<Long> takeNextOpen(long branchId, long afterSlotId) {
        DeliverySlot after = mapper.selectById(afterSlotId);
        return takeFirstStartingAfter(branchId, after == null ? LocalDateTime.now(clock) : after.startsAt());
    }

    /** Reserves one unit in the branch's first slot still open for booking (a reservation's delivery). */
    public Optional<Long> takeFirstOpen(long branchId) {
        return takeFirstStartingAfter(branchId, LocalDateTime.now(clock));
    }

    private Optional<Long> takeFirstStartingAfter(long branchId, LocalDateTime notBefore) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        for (int day = 0; day <= DAYS_AHEAD; day++) {
            LocalDate date = today.plusDays(day);
            mapper.materialise(branchId, date);
            for (DeliverySlot slot : mapper.selectList(Wrappers.<DeliverySlot>lambdaQuery().eq(DeliverySlot::getBranchId, branchId)
                    .eq(DeliverySlot::getSlotDate, date).orderByAsc(DeliverySlot::getStartTime))) {
                if (slot.startsAt().isAfter(notBefore) && now.isBefore(slot.startsAt().minus(BOOKING_CLOSES_BEFORE))
                        && mapper.take(slot.getId()) == 1) {
                    return Optional.of(slot.getId());
                }
            }
        }
        return Optional.empty();
    }

    public LocalDate dateOf(long slotId) {
        DeliverySlot slot = mapper.selectById(slotId);
        if (slot == null) {
            throw DeliveryErrorCode.SLOT_NOT_FOUND.exception();
        }
        return slot.getSlotDate();
    }

    public LocalDateTime startOf(long slotId) {
        DeliverySlot slot = mapper.selectById(slotId);
        if (slot == null) {
            throw DeliveryErrorCode.SLOT_NOT_FOUND.exception();
        }
        return slot.startsAt();
    }

    /**
     * The branch's slot of that day starting at {@code start}, added outside the templates when there is none (the
     * demo's route of today, when the regular slots have closed). Returns it, new or found.
     */
    public DeliverySlot ensure(long branchId, LocalDate date, LocalTime start, LocalTime end, int capacity) {
        DeliverySlot slot = mapper.selectOne(Wrappers.<DeliverySlot>lambdaQuery().eq(DeliverySlot::getBranchId, branchId)
                .eq(DeliverySlot::getSlotDate, date).eq(DeliverySlot::getStartTime, start));
        if (slot != null) {
            return slot;
        }
        slot = new DeliverySlot();
        slot.setBranchId(branchId);
        slot.setSlotDate(date);
        slot.setStartTime(start);
        slot.setEndTime(end);
        slot.setCapacity(capacity);
        slot.setReserved(0);
        slot.setCreatedAt(LocalDateTime.now(clock));
        mapper.insert(slot);
        return slot;
    }

    public void release(long slotId) {
        mapper.give(slotId);
    }

    public List<DeliverySlotTemplate> templates(long branchId, StaffPrincipal by) {
        BranchScope.requireBranch(by, branchId);
        return templates.selectList(Wrappers.<DeliverySlotTemplate>lambdaQuery().eq(DeliverySlotTemplate::getBranchId, branchId)
                .orderByAsc(DeliverySlotTemplate::getStartTime));
    }

    /** A new or changed template of a branch the staff member acts at (a librarian: their own; another is 403). */
    public DeliverySlotTemplate saveTemplate(Long templateId, long branchId, TemplateInput input, StaffPrincipal by) {
        BranchScope.requireBranch(by, branchId);
        if (!input.endTime().isAfter(input.startTime())) {
            throw DeliveryErrorCode.TEMPLATE_INVALID.exception();
        }
        branches.findEnabled(branchId).orElseThrow(ReaderErrorCode.BRANCH_NOT_FOUND::exception);
        DeliverySlotTemplate template = templateId == null ? new DeliverySlotTemplate() : templates.selectById(templateId);
        if (template == null || (templateId != null && template.getBranchId() != branchId)) {
            throw DeliveryErrorCode.TEMPLATE_NOT_FOUND.exception();
        }
        template.setBranchId(branchId);
        template.setStartTime(input.startTime());
        template.setEndTime(input.endTime());
        template.setCapacity(input.capacity());
        template.setEnabled(input.enabled());
        try {
            if (templateId == null) {
                template.setCreatedAt(LocalDateTime.now(clock));
                templates.insert(template);
            } else {
                templates.updateById(template);
            }
        } catch (DuplicateKeyException e) {
            throw DeliveryErrorCode.TEMPLATE_INVALID.exception("该分馆已有同一开始时间的配送时段");
        }
        return template;
    }
}
