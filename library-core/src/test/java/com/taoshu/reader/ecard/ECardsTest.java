package com.taoshu.reader.ecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.taoshu.shared.crypto.FieldCipher;
import com.taoshu.shared.error.BizException;
import com.taoshu.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ECardsTest {

    private static final String KEY_A = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
    private static final String KEY_B = Base64.getEncoder().encodeToString("fedcba9876543210fedcba9876543210".getBytes());

    private final MutableClock clock = new MutableClock(ZoneId.of("Asia/Shanghai"));
    private final ECards cards = new ECards(FieldCipher.of(KEY_A, null), clock);

    private static int code(Runnable r) {
        try {
            r.run();
        } catch (BizException e) {
            return e.errorCode().code();
        }
        return 0;
    }

    @Test
    void aCodeNamesItsReaderForTwoMinutesOnly() {
        clock.set(Instant.parse("2026-12-07T02:00:00Z"));
        ECards.ECard card = cards.issue(42);
        assertThat(card.expiresAt().toInstant()).isEqualTo(Instant.parse("2026-12-07T02:02:00Z"));
        assertThat(cards.verify(card.code())).isEqualTo(42);
        assertThat(cards.verify(" " + card.code() + "\n")).as("blanks from the scanner").isEqualTo(42);
        clock.advance(Duration.ofSeconds(121));
        assertThat(code(() -> cards.verify(card.code()))).isEqualTo(20902);
    }

    @Test
    void aChangedReaderIdExpiryOrKeyIsForged() {
        clock.set(Instant.parse("2026-12-07T02:00:00Z"));
        String code = cards.issue(42).code();
        String[] parts = code.split("\\.");
        assertThat(code(() -> cards.verify("TS1.43." + parts[2] + "." + parts[3]))).isEqualTo(20901);
        assertThat(code(() -> cards.verify("TS1.42." + (Long.parseLong(parts[2]) + 3600) + "." + parts[3]))).isEqualTo(20901);
        assertThat(code(() -> new ECards(FieldCipher.of(KEY_B, null), clock).verify(code))).isEqualTo(20901);
        assertThat(code(() -> cards.verify("42"))).isEqualTo(20901);
        // during a key rotation a code signed with the previous key still works
        assertThat(new ECards(FieldCipher.of(KEY_B, KEY_A), clock).verify(code)).isEqualTo(42);
    }

    @Test
    void aDeskTicketIsTheLibrariansForFifteenMinutesAndNotAnECard() {
        clock.set(Instant.parse("2026-12-07T02:00:00Z"));
        String ticket = cards.deskTicket(42, 7).ticket();
        assertThat(cards.verifyDeskTicket(ticket, 7)).isEqualTo(42);
        assertThat(code(() -> cards.verifyDeskTicket(ticket, 8))).isEqualTo(20903);
        assertThat(code(() -> cards.verify(ticket))).isEqualTo(20901);
        assertThat(code(() -> cards.verifyDeskTicket(cards.issue(42).code(), 7))).isEqualTo(20903);
        clock.advance(Duration.ofMinutes(16));
        assertThat(code(() -> cards.verifyDeskTicket(ticket, 7))).isEqualTo(20904);
        assertThatThrownBy(() -> cards.verifyDeskTicket(null, 7)).isInstanceOf(BizException.class);
    }
}
