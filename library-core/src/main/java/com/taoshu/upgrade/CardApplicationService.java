package com.taoshu.upgrade;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.taoshu.loan.ReaderStanding;
import com.taoshu.moderation.TextModeration;
import com.taoshu.reader.CardType;
import com.taoshu.reader.Reader;
import com.taoshu.reader.ReaderCardService;
import com.taoshu.reader.ReaderView;
import com.taoshu.reader.Readers;
import com.taoshu.shared.api.PageQuery;
import com.taoshu.shared.api.PageResult;
import com.taoshu.shared.history.Transition;
import com.taoshu.shared.security.Actor;
import com.taoshu.shared.security.BranchScope;
import com.taoshu.shared.security.ReaderId;
import com.taoshu.shared.security.StaffPrincipal;
import com.taoshu.shared.time.Times;
import com.taoshu.upgrade.internal.CardApplicationHistory;
import com.taoshu.upgrade.internal.CardApplicationHistoryMapper;
import com.taoshu.upgrade.internal.CardApplicationMapper;
import com.taoshu.upgrade.internal.UpgradePolicies;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 用户升级: a reader applies for a 诚信通 card with a reason ({@link UpgradePolicies} say who may), sees its status and
 * the librarian's reply, may withdraw it while pending. Librarians of the reader's home branch list the pending ones
 * and approve — the card type changes through {@link ReaderCardService}, so the card history records it — or reject
 * with a reason. Two librarians deciding at once: the optimistic version lets exactly one win, the other gets 409.
 */
@Service
public class CardApplicationService {

    private final CardApplicationMapper mapper;
    private final CardApplicationHistoryMapper history;
    private final Readers readers;
    private final ReaderStanding standing;
    private final ReaderCardService cards;
    private final TextModeration moderation;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public CardApplicationService(CardApplicationMapper mapper, CardApplicationHistoryMapper history, Readers readers,
                                  ReaderStanding standing, ReaderCardService cards, TextModeration moderation,
                                  ApplicationEventPublisher events, Clock clock) {
        this.mapper = mapper;
        this.history = history;
        this.readers = readers;
        this.standing = standing;
        this.cards = cards;
        this.moderation = moderation;
        this.events = events;
        this.clock = clock;
    }

    public record CardApplicationView(long id, long readerId, CardType targetType, String targetTypeLabel, String reason,
                                  CardApplication.Status status, String statusLabel, String decisionNote,
                                  OffsetDateTime createdAt, OffsetDateTime decidedAt, ReaderView reader) {

        static CardApplicationView of(CardApplication a, ReaderView reader) {
            return new CardApplicationView(a.getId(), a.getReaderId(), a.getTargetType(), a.getTargetType().label(),
                    a.getReason(), a.getStatus(), a.getStatus().label(), a.getDecisionNote(),
                    Times.toOffset(a.getCreatedAt()), Times.toOffset(a.getDecidedAt()), reader);
        }
    }

    /**
     * Risky text is refused; text WeChat wants reviewed is accepted, as for suggestions: a librarian reads every
     * application and no other reader ever sees it.
     */
    @Transactional
    public CardApplicationView apply(ReaderId readerId, String reason) {
        Reader reader = readers.get(readerId.value());
        UpgradePolicies.firstRefusal(new UpgradePolicies.Candidate(reader, standing.of(reader.getId())))
                .ifPresent(refusal -> {
                    throw refusal.exception();
                });
        String text = reason.strip();
        if (moderation.check(reader.getOpenid(), TextModeration.Scene.FORUM, text).refused()) {
            throw CardApplicationErrorCode.INAPPROPRIATE_TEXT.exception();
        }
        CardApplication application = CardApplication.apply(reader.getId(), CardType.COMMUNITY_TRUST, text,
                Actor.reader(readerId), LocalDateTime.now(clock));
        try {
            mapper.insert(application);
        } catch (DuplicateKeyException e) {
            // card_application.open_reader_id is unique: another request of this reader got in first
            throw CardApplicationErrorCode.APPLICATION_PENDING.exception();
        }
        writeHistory(application);
        return CardApplicationView.of(mapper.selectById(application.getId()), null);
    }

    public List<CardApplicationView> mine(ReaderId readerId) {
        return mapper.selectList(Wrappers.<CardApplication>lambdaQuery()
                        .eq(CardApplication::getReaderId, readerId.value()).orderByDesc(CardApplication::getId))
                .stream().map(a -> CardApplicationView.of(a, null)).toList();
    }

    /** Withdrawn while pending; withdrawing twice answers the same. Another reader's application is "not found". */
    @Transactional
    public CardApplicationView withdraw(ReaderId readerId, long id) {
        CardApplication application = mapper.selectById(id);
        if (application == null || application.getReaderId() != readerId.value()) {
            throw CardApplicationErrorCode.APPLICATION_NOT_FOUND.exception();
        }
        if (application.getStatus() != CardApplication.Status.WITHDRAWN) {
            application.withdraw(Actor.reader(readerId), LocalDateTime.now(clock));
            save(application);
        }
        return CardApplicationView.of(mapper.selectById(id), null);
    }

    /**
     * Applications of the readers of a branch (by home branch, as every decision on a reader): a librarian's own by
     * default, another branch 403; an ADMIN's of any branch or all. Pending ones unless {@code status} says otherwise.
     */
    public PageResult<CardApplicationView> queue(CardApplication.Status status, Long branchId, StaffPrincipal by, PageQuery page) {
        Readers.HomeBranchFilter home = Readers.HomeBranchFilter.of(by, branchId);
        var result = mapper.selectPage(page.toPage(), Wrappers.<CardApplication>lambdaQuery()
                .eq(CardApplication::getStatus, status == null ? CardApplication.Status.PENDING : status)
                .apply(home.branchId() != null,
                        "reader_id IN (SELECT id FROM reader WHERE home_branch_id = {0})", home.branchId())
                .orderByAsc(CardApplication::getId));
        return PageResult.of(result, a -> CardApplicationView.of(a, ReaderView.of(readers.get(a.getReaderId()))));
    }

    /** The card becomes 诚信通 in the same transaction, recorded in the card history with the application's number. */
    @Transactional
    public CardApplicationView approve(long id, String note, StaffPrincipal by) {
        CardApplication application = decidable(id, by);
        application.approve(blankToNull(note), Actor.staff(by), LocalDateTime.now(clock));
        save(application);
        Reader reader = readers.get(application.getReaderId());
        if (reader.getCardType() != application.getTargetType()) {
            cards.changeCardType(reader.getId(), application.getTargetType(), null,
                    "升级申请" + application.getId() + "通过" + (note == null || note.isBlank() ? "" : "：" + note.strip()), by);
        }
        events.publishEvent(new CardApplicationDecided(id, application.getReaderId(), true, null, LocalDate.now(clock)));
        return CardApplicationView.of(mapper.selectById(id), ReaderView.of(readers.get(application.getReaderId())));
    }

    @Transactional
    public CardApplicationView reject(long id, String reason, StaffPrincipal by) {
        if (reason == null || reason.isBlank()) {
            throw CardApplicationErrorCode.REASON_REQUIRED.exception();
        }
        CardApplication application = decidable(id, by);
        application.reject(reason.strip(), Actor.staff(by), LocalDateTime.now(clock));
        save(application);
        events.publishEvent(new CardApplicationDecided(id, application.getReaderId(), false, reason.strip(),
                LocalDate.now(clock)));
        return CardApplicationView.of(mapper.selectById(id), ReaderView.of(readers.get(application.getReaderId())));
    }

    /** Decided at the reader's home branch: another branch's reader's application is "not found" to a librarian. */
    private CardApplication decidable(long id, StaffPrincipal by) {
        CardApplication application = mapper.selectById(id);
        if (application == null) {
            throw CardApplicationErrorCode.APPLICATION_NOT_FOUND.exception();
        }
        BranchScope.visible(by, readers.find(application.getReaderId()).orElse(null), Reader::getHomeBranchId,
                CardApplicationErrorCode.APPLICATION_NOT_FOUND);
        return application;
    }

    /** Optimistic: the second of two librarians deciding at once changes nothing and gets 409. */
    private void save(CardApplication application) {
        if (mapper.updateById(application) == 0) {
            throw CardApplicationErrorCode.BAD_STATE.exception("该申请刚刚被其他馆员处理，请刷新后重试");
        }
        writeHistory(application);
    }

    private void writeHistory(CardApplication application) {
        for (Transition<CardApplication.Status> t : application.drainTransitions()) {
            history.insert(CardApplicationHistory.of(application.getId(), t));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
