package com.taoshu.delivery;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.taoshu.delivery.internal.DeliveryApplicationMapper;
import com.taoshu.reader.DeliveryEligibility;
import com.taoshu.reader.Reader;
import com.taoshu.reader.ReaderCardService;
import com.taoshu.reader.ReaderView;
import com.taoshu.reader.Readers;
import com.taoshu.shared.api.PageQuery;
import com.taoshu.shared.api.PageResult;
import com.taoshu.shared.security.BranchScope;
import com.taoshu.shared.security.ReaderId;
import com.taoshu.shared.security.StaffPrincipal;
import com.taoshu.shared.time.Times;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 送书上门 eligibility: a reader applies with a reason, a librarian approves or rejects; only eligible readers may choose DELIVERY. */
@Service
public class EligibilityService {

    private final DeliveryApplicationMapper mapper;
    private final Readers readers;
    private final ReaderCardService cards;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public EligibilityService(DeliveryApplicationMapper mapper, Readers readers, ReaderCardService cards,
                              ApplicationEventPublisher events, Clock clock) {
        this.mapper = mapper;
        this.readers = readers;
        this.cards = cards;
        this.events = events;
        this.clock = clock;
    }

    public record ApplicationView(long id, long readerId, DeliveryApplication.Reason reason, String reasonLabel, String note,
                                  DeliveryApplication.Status status, String statusLabel, String decisionNote,
                                  OffsetDateTime createdAt, OffsetDateTime decidedAt, ReaderView reader) {

        static ApplicationView of(DeliveryApplication a, ReaderView reader) {
            return new ApplicationView(a.getId(), a.getReaderId(), a.getReason(), a.getReason().label(), a.getNote(),
                    a.getStatus(), a.getStatus().label(), a.getDecisionNote(), Times.toOffset(a.getCreatedAt()),
                    Times.toOffset(a.getDecidedAt()), reader);
        }
    }

    @Transactional
    public ApplicationView apply(ReaderId readerId, DeliveryApplication.Reason reason, String note) {
        Reader reader = readers.get(readerId.value());
        if (reader.getDeliveryEligibility() == DeliveryEligibility.APPROVED) {
            throw DeliveryErrorCode.ALREADY_ELIGIBLE.exception();
        }
        if (mapper.exists(Wrappers.<DeliveryApplication>lambdaQuery().eq(DeliveryApplication::getReaderId, readerId.value())
                .eq(DeliveryApplication::getStatus, DeliveryApplication.Status.PENDING))) {
            throw DeliveryErrorCode.APPLICATION_PENDING.exception();
        }
        DeliveryApplication application = DeliveryApplication.apply(readerId.value(), reason, note);
        mapper.insert(application);
        cards.changeDeliveryEligibility(reader, DeliveryEligibility.PENDING);
        return ApplicationView.of(application, null);
    }

    public List<ApplicationView> mine(ReaderId readerId) {
        return mapper.selectList(Wrappers.<DeliveryApplication>lambdaQuery()
                        .eq(DeliveryApplication::getReaderId, readerId.value()).orderByDesc(DeliveryApplication::getId))
                .stream().map(a -> ApplicationView.of(a, null)).toList();
    }

    /**
     * Applications of the readers of a branch (by home branch, as every decision on a reader): a librarian's own and
     * readers without a home branch yet by default, another branch 403; an ADMIN's of any branch or all.
     */
    public PageResult<ApplicationView> queue(DeliveryApplication.Status status, Long branchId, StaffPrincipal by, PageQuery page) {
        Readers.HomeBranchFilter home = Readers.HomeBranchFilter.of(by, branchId);
        var result = mapper.selectPage(page.toPage(), Wrappers.<DeliveryApplication>lambdaQuery()
                .eq(DeliveryApplication::getStatus, status == null ? DeliveryApplication.Status.PENDING : status)
                .apply(home.branchId() != null, home.withoutHomeBranch()
                        ? "reader_id IN (SELECT id FROM reader WHERE home_branch_id = {0} OR home_branch_id IS NULL)"
                        : "reader_id IN (SELECT id FROM reader WHERE home_branch_id = {0})", home.branchId())
                .orderByAsc(DeliveryApplication::getId));
        return PageResult.of(result, a -> ApplicationView.of(a, ReaderView.of(readers.get(a.getReaderId()))));
    }

    /**
     * Approve or reject; a second librarian deciding the same application gets 409. Decided at the reader's home branch:
     * another branch's reader's application is "not found" to a librarian.
     */
    @Transactional
    public ApplicationView decide(long applicationId, boolean approve, String note, StaffPrincipal by) {
        DeliveryApplication application = mapper.selectById(applicationId);
        if (application == null) {
            throw DeliveryErrorCode.APPLICATION_NOT_FOUND.exception();
        }
        BranchScope.visible(by, readers.find(application.getReaderId()).orElse(null), Reader::getHomeBranchId,
                DeliveryErrorCode.APPLICATION_NOT_FOUND);
        application.decide(approve, by.staffId(), note, LocalDateTime.now(clock));
        if (mapper.updateById(application) == 0) {
            throw DeliveryErrorCode.APPLICATION_DECIDED.exception();
        }
        Reader reader = readers.get(application.getReaderId());
        cards.changeDeliveryEligibility(reader, approve ? DeliveryEligibility.APPROVED : DeliveryEligibility.REJECTED);
        events.publishEvent(new DeliveryEvents.ApplicationDecided(applicationId, reader.getId(), approve,
                approve ? null : note, LocalDate.now(clock)));
        return ApplicationView.of(application, ReaderView.of(readers.get(application.getReaderId())));
    }
}
