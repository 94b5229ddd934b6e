package com.taoshu.reader.ecard;

import com.taoshu.shared.crypto.FieldCipher;
import com.taoshu.shared.time.Times;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The reader's e-card (电子借书证): a QR code the mini-program shows at the desk, {@code TS1.<readerId>.<expiry>.<mac>},
 * valid for {@link #VALID} and signed with an HMAC under the field-encryption key ({@code TAOSHU_CRYPTO_KEY}, through
 * {@link FieldCipher#hash}, so no second secret to manage; during a key rotation codes of either key are accepted). A
 * screenshot stops working within minutes and a reader id alone is worth nothing.
 * <p>
 * Once the desk has scanned it, the desk gets a ticket of the same shape, {@code TD1.…}, bound to the librarian and
 * valid for {@link #DESK_TICKET_VALID}: the time to scan the books in hand before lending them.
 */
@Component
public class ECards {

    public static final Duration VALID = Duration.ofMinutes(2);
    public static final Duration DESK_TICKET_VALID = Duration.ofMinutes(15);
    /** 16 hex digits = 64 bits of the MAC: far beyond guessing within two minutes. */
    private static final int MAC_HEX = 16;
    private static final Pattern CARD = Pattern.compile("TS1\\.(\\d{1,18})\\.(\\d{1,12})\\.([0-9a-f]{16})");
    private static final Pattern TICKET = Pattern.compile("TD1\\.(\\d{1,18})\\.(\\d{1,12})\\.([0-9a-f]{16})");

    private final FieldCipher cipher;
    private final Clock clock;

    public ECards(FieldCipher cipher, Clock clock) {
        this.cipher = cipher;
        this.clock = clock;
    }

    public record ECard(String code, OffsetDateTime expiresAt) {
    }

    public ECard issue(long readerId) {
        Instant expires = clock.instant().plus(VALID);
        long exp = expires.getEpochSecond();
        return new ECard("TS1." + readerId + "." + exp + "." + mac("ecard", readerId, exp, 0),
                Instant.ofEpochSecond(exp).atZone(Times.ZONE).toOffsetDateTime());
    }

    /** Whether the text is shaped as an e-card code at all (else the desk treats it as a pickup code). */
    public static boolean looksLikeECard(String text) {
        return text != null && text.startsWith("TS1.");
    }

    /** The reader the code names; a forged or mangled code is ECARD_INVALID, an old one ECARD_EXPIRED. */
    public long verify(String code) {
        return check(CARD, "ecard", code == null ? "" : code.trim(), 0, ECardErrorCode.ECARD_INVALID, ECardErrorCode.ECARD_EXPIRED);
    }

    public record DeskTicket(String ticket, OffsetDateTime expiresAt) {
    }

    /** The desk's proof that this librarian scanned this reader's e-card a moment ago. */
    public DeskTicket deskTicket(long readerId, long staffId) {
        long exp = clock.instant().plus(DESK_TICKET_VALID).getEpochSecond();
        return new DeskTicket("TD1." + readerId + "." + exp + "." + mac("desk", readerId, exp, staffId),
                Instant.ofEpochSecond(exp).atZone(Times.ZONE).toOffsetDateTime());
    }

    /** The reader of a desk ticket issued to this librarian; another librarian's or a stale one is refused. */
    public long verifyDeskTicket(String ticket, long staffId) {
        return check(TICKET, "desk", ticket == null ? "" : ticket.trim(), staffId, ECardErrorCode.TICKET_INVALID,
                ECardErrorCode.TICKET_EXPIRED);
    }

    private long check(Pattern shape, String purpose, String text, long staffId, ECardErrorCode invalid, ECardErrorCode expired) {
        Matcher m = shape.matcher(text);
        if (!m.matches()) {
            throw invalid.exception();
        }
        long readerId = Long.parseLong(m.group(1));
        long exp = Long.parseLong(m.group(2));
        byte[] given = m.group(3).getBytes(StandardCharsets.US_ASCII);
        boolean signed = cipher.lookupHashes(payload(purpose, readerId, exp, staffId)).stream()
                .anyMatch(h -> MessageDigest.isEqual(h.substring(0, MAC_HEX).getBytes(StandardCharsets.US_ASCII), given));
        if (!signed) {
            throw invalid.exception();
        }
        if (clock.instant().getEpochSecond() > exp) {
            throw expired.exception();
        }
        return readerId;
    }

    private String mac(String purpose, long readerId, long exp, long staffId) {
        return cipher.hash(payload(purpose, readerId, exp, staffId)).substring(0, MAC_HEX);
    }

    private static String payload(String purpose, long readerId, long exp, long staffId) {
        return "taoshu-" + purpose + "|" + readerId + "|" + exp + "|" + staffId;
    }
}
