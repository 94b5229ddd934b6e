package com.taoshu.reader;

import com.taoshu.shared.time.Times;
import java.time.OffsetDateTime;

/** A reader as shown to the reader themself and in staff lists: the phone only ever masked. */
public record ReaderView(long id, String name, String phoneMasked, CardType cardType, String cardTypeLabel,
                         CardStatus cardStatus, String cardStatusLabel, Long homeBranchId,
                         DeliveryEligibility deliveryEligibility, OffsetDateTime createdAt) {

    public static ReaderView of(Reader r) {
        return new ReaderView(r.getId(), r.getName(), r.getPhoneMasked(), r.getCardType(), r.getCardType().label(),
                r.getCardStatus(), r.getCardStatus().label(), r.getHomeBranchId(), r.getDeliveryEligibility(),
                Times.toOffset(r.getCreatedAt()));
    }
}
