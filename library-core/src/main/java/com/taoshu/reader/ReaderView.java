package com.taoshu.reader;

import com.taoshu.shared.time.Times;
import java.time.OffsetDateTime;

/**
 * A reader as shown to the reader themself and in staff lists: the phone only ever masked. {@code avatarUrl} is set in
 * the reader's own view only (their picture, with its version so a new one is never hidden by a cached old one).
 */
public record ReaderView(long id, String name, String phoneMasked, CardType cardType, String cardTypeLabel,
                         CardStatus cardStatus, String cardStatusLabel, Long homeBranchId,
                         DeliveryEligibility deliveryEligibility, OffsetDateTime createdAt, String avatarUrl) {

    public static ReaderView of(Reader r) {
        return new ReaderView(r.getId(), r.getName(), r.getPhoneMasked(), r.getCardType(), r.getCardType().label(),
                r.getCardStatus(), r.getCardStatus().label(), r.getHomeBranchId(), r.getDeliveryEligibility(),
                Times.toOffset(r.getCreatedAt()), null);
    }

    public ReaderView withAvatarUrl(String url) {
        return new ReaderView(id, name, phoneMasked, cardType, cardTypeLabel, cardStatus, cardStatusLabel, homeBranchId,
                deliveryEligibility, createdAt, url);
    }
}
