package com.taoshu.cart;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.taoshu.cart.internal.CartItemMapper;
import com.taoshu.catalog.Branches;
import com.taoshu.catalog.CopyHolds;
import com.taoshu.loan.BorrowRule;
import com.taoshu.loan.BorrowRules;
import com.taoshu.loan.LoanErrorCode;
import com.taoshu.loan.ReaderStanding;
import com.taoshu.loan.policy.BorrowPolicies;
import com.taoshu.loan.policy.BorrowPolicy;
import com.taoshu.loan.policy.BorrowRequest;
import com.taoshu.reader.Reader;
import com.taoshu.reader.Readers;
import com.taoshu.shared.error.BizException;
import com.taoshu.shared.security.ReaderId;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 我的借书车: add a title at a branch, remove it, list with current availability. */
@Service
public class CartService {

    private final CartItemMapper mapper;
    private final Readers readers;
    private final Branches branches;
    private final BorrowRules rules;
    private final ReaderStanding standing;
    private final CopyHolds copies;
    private final Clock clock;

    public CartService(CartItemMapper mapper, Readers readers, Branches branches, BorrowRules rules,
                       ReaderStanding standing, CopyHolds copies, Clock clock) {
        this.mapper = mapper;
        this.readers = readers;
        this.branches = branches;
        this.rules = rules;
        this.standing = standing;
        this.copies = copies;
        this.clock = clock;
    }

    public record CartView(List<CartLine> items, int loanLimit, int committed, int remaining) {
    }

    public CartView list(ReaderId readerId) {
        Reader reader = readers.get(readerId.value());
        BorrowRule rule = rules.of(reader.getCardType());
        ReaderStanding.Standing now = standing.of(reader.getId());
        List<CartLine> items = mapper.lines(reader.getId());
        return new CartView(items, rule.getLoanLimit(), now.committed(), Math.max(0, rule.getLoanLimit() - now.committed()));
    }

    @Transactional
    public CartView add(ReaderId readerId, long bookId, long branchId) {
        Reader reader = readers.get(readerId.value());
        if (mapper.bookExists(bookId) == 0) {
            throw CartErrorCode.BOOK_NOT_FOUND.exception();
        }
        branches.findEnabled(branchId).orElseThrow(CartErrorCode.BRANCH_NOT_FOUND::exception);
        if (mapper.copiesAtBranch(bookId, branchId) == 0) {
            throw CartErrorCode.NOT_HELD_AT_BRANCH.exception();
        }
        if (copies.available(bookId, branchId) == 0) {
            // said now rather than at submit: the reader can reserve the title instead (the client offers 预约 on this code)
            throw CartErrorCode.NO_FREE_COPY.exception();
        }
        BorrowRule rule = rules.of(reader.getCardType());
        long inCart = mapper.selectCount(Wrappers.<CartItem>lambdaQuery().eq(CartItem::getReaderId, reader.getId()));
        ReaderStanding.Standing current = standing.of(reader.getId());
        BorrowRequest request = new BorrowRequest(reader, rule, current, branchId, (int) inCart + 1);
        BorrowPolicy.firstRejection(BorrowPolicies.CART, request).ifPresent(rejection -> {
            if (rejection.errorCode() == LoanErrorCode.LOAN_LIMIT_EXCEEDED) {
                int room = Math.max(0, rule.getLoanLimit() - current.committed());
                throw new BizException(CartErrorCode.CART_FULL, "借书车已满：" + reader.getCardType().label() + "最多可借"
                        + rule.getLoanLimit() + "本，除去在借和待取的图书，借书车最多放" + room + "本");
            }
            throw rejection;
        });
        try {
            mapper.insert(CartItem.of(reader.getId(), bookId, branchId, LocalDateTime.now(clock)));
        } catch (DuplicateKeyException e) {
            throw CartErrorCode.ALREADY_IN_CART.exception();
        }
        return list(readerId);
    }

    public CartView remove(ReaderId readerId, long itemId) {
        int removed = mapper.delete(Wrappers.<CartItem>lambdaQuery()
                .eq(CartItem::getId, itemId).eq(CartItem::getReaderId, readerId.value()));
        if (removed == 0) {
            throw CartErrorCode.CART_ITEM_NOT_FOUND.exception();
        }
        return list(readerId);
    }

    /** The reader's own items among these ids (others' ids are simply not found). */
    public List<CartItem> ownItems(long readerId, List<Long> itemIds) {
        return mapper.selectList(Wrappers.<CartItem>lambdaQuery()
                .eq(CartItem::getReaderId, readerId).in(CartItem::getId, itemIds));
    }

    public void removeAll(long readerId, List<Long> itemIds) {
        if (itemIds.size() == 1) {
            mapper.deleteOne(readerId, itemIds.getFirst());
            return;
        }
        mapper.delete(Wrappers.<CartItem>lambdaQuery().eq(CartItem::getReaderId, readerId).in(CartItem::getId, itemIds));
    }
}
