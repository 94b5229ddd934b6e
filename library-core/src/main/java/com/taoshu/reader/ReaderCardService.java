package com.taoshu.reader;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import com.taoshu.catalog.Branches;
import com.taoshu.reader.internal.ReaderCardHistory;
import com.taoshu.reader.internal.ReaderCardHistoryMapper;
import com.taoshu.reader.internal.ReaderMapper;
import com.taoshu.shared.security.Actor;
import com.taoshu.shared.api.PageQuery;
import com.taoshu.shared.api.PageResult;
import com.taoshu.shared.crypto.FieldCipher;
import com.taoshu.shared.security.StaffPrincipal;
import com.taoshu.shared.time.Times;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Librarians' work on readers: find them, upgrade a card (用户升级), suspend and restore it, move their home branch —
 * each change in history. A librarian works on the readers of their branch (home branch) and on readers who have not
 * chosen one yet; another branch's reader is "not found" to them ({@link Readers#visibleTo}).
 */
@Service
public class ReaderCardService {

    /** The {@code reader_card_history} action of a home-branch change (from/to: branch ids, NONE before the first). */
    static final String HOME_BRANCH = "HOME_BRANCH";
    /** The {@code reader_card_history} action of a card status change (ACTIVE ↔ SUSPENDED). */
    static final String CARD_STATUS = "CARD_STATUS";

    private final Readers readers;
    private final ReaderMapper readerMapper;
    private final ReaderCardHistoryMapper historyMapper;
    private final FieldCipher cipher;
    private final Branches branches;
    private final Clock clock;

    public ReaderCardService(Readers readers, ReaderMapper readerMapper, ReaderCardHistoryMapper historyMapper,
                             FieldCipher cipher, Branches branches, Clock clock) {
        this.readers = readers;
        this.readerMapper = readerMapper;
        this.historyMapper = historyMapper;
        this.cipher = cipher;
        this.branches = branches;
        this.clock = clock;
    }

    public record ReaderSearch(String q, CardType cardType, CardStatus cardStatus, Long branchId) {
    }

    public record CardHistoryView(String action, String fromValue, String toValue, String reason, String actorType,
                                  Long actorId, OffsetDateTime at) {
    }

    public record ReaderDetail(ReaderView reader, List<CardHistoryView> cardHistory) {
    }

    /**
     * By name (contains), exact phone number, or reader id; filters by card type, status, home branch (a librarian's
     * own and readers without one by default; another branch is 403).
     */
    public PageResult<ReaderView> search(ReaderSearch search, StaffPrincipal by, PageQuery page) {
        Readers.HomeBranchFilter home = Readers.HomeBranchFilter.of(by, search.branchId());
        LambdaQueryWrapper<Reader> query = Wrappers.<Reader>lambdaQuery()
                .eq(search.cardType() != null, Reader::getCardType, search.cardType())
                .eq(search.cardStatus() != null, Reader::getCardStatus, search.cardStatus())
                .and(home.branchId() != null, w -> {
                    w.eq(Reader::getHomeBranchId, home.branchId());
                    if (home.withoutHomeBranch()) {
                        w.or().isNull(Reader::getHomeBranchId);
                    }
                })
                .orderByDesc(Reader::getId);
        String q = search.q() == null ? "" : search.q().trim();
        if (!q.isEmpty()) {
            if (q.matches("1\\d{10}")) {
                // during a key rotation rows not yet rewritten carry the old key's hash: match either
                query.in(Reader::getPhoneHash, cipher.lookupHashes(q));
            } else if (q.matches("\\d{1,18}")) {
                query.and(w -> w.eq(Reader::getId, Long.parseLong(q)).or().like(Reader::getName, q));
            } else {
                query.like(Reader::getName, q);
            }
        }
        Page<Reader> result = readerMapper.selectPage(page.toPage(), query);
        return PageResult.of(result, ReaderView::of);
    }

    public ReaderDetail detail(long readerId, StaffPrincipal by) {
        Reader reader = readers.visibleTo(by, readerId);
        List<CardHistoryView> history = historyMapper.selectList(Wrappers.<ReaderCardHistory>lambdaQuery()
                        .eq(ReaderCardHistory::getReaderId, readerId).orderByDesc(ReaderCardHistory::getId))
                .stream().map(ReaderCardService::view).toList();
        return new ReaderDetail(ReaderView.of(reader), history);
    }

    @Transactional
    public ReaderView changeCardType(long readerId, CardType target, Long homeBranchId, String reason, StaffPrincipal by) {
        Reader reader = readers.visibleTo(by, readerId);
        if (reader.getCardType() == target) {
            throw ReaderErrorCode.CARD_ALREADY_THIS_TYPE.exception();
        }
        Long fromBranch = reader.getHomeBranchId();
        if (homeBranchId != null) {
            branches.findEnabled(homeBranchId).orElseThrow(ReaderErrorCode.BRANCH_NOT_FOUND::exception);
            reader.setHomeBranchId(homeBranchId);
        }
        if (target == CardType.COMMUNITY_TRUST && reader.getHomeBranchId() == null) {
            throw ReaderErrorCode.HOME_BRANCH_REQUIRED.exception();
        }
        CardType from = reader.getCardType();
        reader.setCardType(target);
        save(reader);
        if (!Objects.equals(fromBranch, reader.getHomeBranchId())) {
            record(readerId, HOME_BRANCH, branchValue(fromBranch), branchValue(reader.getHomeBranchId()), reason, by);
        }
        record(readerId, "CARD_TYPE", from.name(), target.name(), reason, by);
        return ReaderView.of(readers.get(readerId));
    }

    /**
     * Moves a reader to another home branch (they moved house; a 诚信通 card borrows at its home branch only, so its
     * reader cannot do this themself). The librarian of the reader's current branch decides; any enabled branch.
     */
    @Transactional
    public ReaderView changeHomeBranch(long readerId, long branchId, String reason, StaffPrincipal by) {
        Reader reader = readers.visibleTo(by, readerId);
        branches.findEnabled(branchId).orElseThrow(ReaderErrorCode.BRANCH_NOT_FOUND::exception);
        Long from = reader.getHomeBranchId();
        if (from != null && from == branchId) {
            throw ReaderErrorCode.HOME_BRANCH_UNCHANGED.exception();
        }
        reader.setHomeBranchId(branchId);
        save(reader);
        record(readerId, HOME_BRANCH, branchValue(from), branchValue(branchId), reason, by);
        return ReaderView.of(readers.get(readerId));
    }

    @Transactional
    public ReaderView suspend(long readerId, String reason, StaffPrincipal by) {
        Reader reader = readers.visibleTo(by, readerId);
        if (reader.getCardStatus() == CardStatus.SUSPENDED) {
            throw ReaderErrorCode.CARD_ALREADY_SUSPENDED.exception();
        }
        reader.setCardStatus(CardStatus.SUSPENDED);
        save(reader);
        record(readerId, CARD_STATUS, CardStatus.ACTIVE.name(), CardStatus.SUSPENDED.name(), reason, by);
        return ReaderView.of(readers.get(readerId));
    }

    @Transactional
    public ReaderView restore(long readerId, String reason, StaffPrincipal by) {
        Reader reader = readers.visibleTo(by, readerId);
        if (reader.getCardStatus() != CardStatus.SUSPENDED) {
            throw ReaderErrorCode.CARD_NOT_SUSPENDED.exception();
        }
        reader.setCardStatus(CardStatus.ACTIVE);
        save(reader);
        record(readerId, CARD_STATUS, CardStatus.SUSPENDED.name(), CardStatus.ACTIVE.name(), reason, by);
        return ReaderView.of(readers.get(readerId));
    }

    /**
     * The system's change of a card's status (the overdue rule suspends and lifts), in the caller's transaction and
     * recorded in the card history as the SYSTEM's with the reason. Optimistic on the reader's version: false when the
     * card changed a moment ago (a librarian's hand) — the caller leaves it for its next pass.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean changeStatusBySystem(Reader reader, CardStatus to, String reason) {
        CardStatus from = reader.getCardStatus();
        reader.setCardStatus(to);
        if (readerMapper.updateById(reader) == 0) {
            return false;
        }
        historyMapper.insert(ReaderCardHistory.of(reader.getId(), CARD_STATUS, from.name(), to.name(), reason,
                Actor.Type.SYSTEM.name(), null, LocalDateTime.now(clock)));
        return true;
    }

    /**
     * 送书上门 eligibility as the delivery feature decides it (applied, approved, rejected), on the reader the caller
     * loaded, in the caller's transaction; a reader changed meanwhile is 409 ({@link ReaderErrorCode#READER_CHANGED}).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void changeDeliveryEligibility(Reader reader, DeliveryEligibility to) {
        reader.setDeliveryEligibility(to);
        save(reader);
    }

    /** The card's latest status change (suspended, restored: by whom and why); empty when its status never changed. */
    public Optional<CardHistoryView> latestStatusChange(long readerId) {
        return Optional.ofNullable(historyMapper.selectOne(Wrappers.<ReaderCardHistory>lambdaQuery()
                        .eq(ReaderCardHistory::getReaderId, readerId).eq(ReaderCardHistory::getAction, CARD_STATUS)
                        .orderByDesc(ReaderCardHistory::getId).last("LIMIT 1")))
                .map(ReaderCardService::view);
    }

    /** History value of a home branch: its id, {@code NONE} before one was chosen. */
    private static String branchValue(Long branchId) {
        return branchId == null ? "NONE" : branchId.toString();
    }

    private static CardHistoryView view(ReaderCardHistory h) {
        return new CardHistoryView(h.getAction(), h.getFromValue(), h.getToValue(), h.getReason(), h.getActorType(),
                h.getActorId(), Times.toOffset(h.getCreatedAt()));
    }

    private void save(Reader reader) {
        if (readerMapper.updateById(reader) == 0) {
            throw ReaderErrorCode.READER_CHANGED.exception();
        }
    }

    private void record(long readerId, String action, String from, String to, String reason, StaffPrincipal by) {
        historyMapper.insert(ReaderCardHistory.of(readerId, action, from, to, reason, by.role().name(), by.staffId(),
                LocalDateTime.now(clock)));
    }
}
