package com.taoshu.cart.internal;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.taoshu.cart.CartItem;
import com.taoshu.cart.internal.CartItemMapper;
import com.taoshu.loan.TitleDemand;
import org.springframework.stereotype.Component;

/** Readers with the title at the branch in their borrowing cart: they want it too (renewals, {@link TitleDemand}). */
@Component
class CartDemand implements TitleDemand {

    private final CartItemMapper items;

    CartDemand(CartItemMapper items) {
        this.items = items;
    }

    @Override
    public long othersWanting(long bookId, long branchId, long exceptReaderId) {
        return items.selectCount(Wrappers.<CartItem>lambdaQuery().eq(CartItem::getBookId, bookId)
                .eq(CartItem::getBranchId, branchId).ne(CartItem::getReaderId, exceptReaderId));
    }
}
