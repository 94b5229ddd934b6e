package com.taoshu.reader;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import com.taoshu.catalog.Branches;
import com.taoshu.shared.api.PageQuery;
import com.taoshu.shared.api.PageResult;
import com.taoshu.shared.crypto.FieldCipher;
import com.taoshu.shared.security.StaffPrincipal;
import com.taoshu.shared.time.Times;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Librarians' work on readers: find them, upgrade a card (用户升级), suspend and restore it — each change in history. */
@Service
public class ReaderCardService {

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

    /** By name (contains), exact phone number, or reader id; filters by card type, status, home branch. */
    public PageResult<ReaderView> search(ReaderSearch search, PageQuery page) {
        LambdaQueryWrapper<Reader> query = Wrappers.<Reader>lambdaQuery()
                .eq(search.cardType() != null, Reader::getCardType, search.cardType())
                .eq(search.cardStatus() != null, Reader::getCardStatus, search.cardStatus())
                .eq(search.branchId() != null, Reader::getHomeBranchId, search.branchId())
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

    public ReaderDetail detail(long readerId) {
        Reader reader = readers.get(readerId);
        List<CardHistoryView> history = historyMapper.selectList(Wrappers.<ReaderCardHistory>lambdaQuery()
                        .eq(ReaderCardHistory::getReaderId, readerId).orderByDesc(ReaderCardHistory::getId))
                .stream()
                .map(h -> new CardHistoryView(h.getAction(), h.getFromValue(), h.getToValue(), h.getReason(),
                        h.getActorType(), h.getActorId(), Times.toOffset(h.getCreatedAt())))
                .toList();
        return new ReaderDetail(ReaderView.of(reader), history);
    }

    @Transactional
    public ReaderView changeCardType(long readerId, CardType target, Long homeBranchId, String reason, StaffPrincipal by) {
        Reader reader = readers.get(readerId);
        if (reader.getCardType() == target) {
            throw ReaderErrorCode.CARD_ALREADY_THIS_TYPE.exception();
        }
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
        record(readerId, "CARD_TYPE", from.name(), target.name(), reason, by);
        return ReaderView.of(readers.get(readerId));
    }

    @Transactional
    public ReaderView suspend(long readerId, String reason, StaffPrincipal by) {
        Reader reader = readers.get(readerId);
        if (reader.getCardStatus() == CardStatus.SUSPENDED) {
            throw ReaderErrorCode.CARD_ALREADY_SUSPENDED.exception();
        }
        reader.setCardStatus(CardStatus.SUSPENDED);
        save(reader);
        record(readerId, "CARD_STATUS", CardStatus.ACTIVE.name(), CardStatus.SUSPENDED.name(), reason, by);
        return ReaderView.of(readers.get(readerId));
    }

    @Transactional
    public ReaderView restore(long readerId, String reason, StaffPrincipal by) {
        Reader reader = readers.get(readerId);
        if (reader.getCardStatus() != CardStatus.SUSPENDED) {
            throw ReaderErrorCode.CARD_NOT_SUSPENDED.exception();
        }
        reader.setCardStatus(CardStatus.ACTIVE);
        save(reader);
        record(readerId, "CARD_STATUS", CardStatus.SUSPENDED.name(), CardStatus.ACTIVE.name(), reason, by);
        return ReaderView.of(readers.get(readerId));
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
