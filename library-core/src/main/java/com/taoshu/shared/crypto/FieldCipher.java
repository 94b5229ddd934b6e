package com.taoshu.shared.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Encryption at rest for personal data (phone numbers, address details): AES-256-GCM with a random IV per value,
 * stored as {@code v2:<keyId>:<base64(iv|ciphertext)>}, where the key id is the first 8 hex digits of the SHA-256 of
 * the key, so every value names the key that wrote it. A keyed hash (HMAC-SHA256) allows exact look-ups without
 * decrypting.
 *
 * <p>Keys: {@code TAOSHU_CRYPTO_KEY} encrypts and hashes; during a rotation {@code TAOSHU_CRYPTO_KEY_PREVIOUS} (the
 * old key) still decrypts what it wrote, and look-ups try the hashes under both keys ({@link #lookupHashes}) until
 * {@code cryptoRotateJob} has rewritten every value. Values of the first format, {@code v1:<base64>}, name no key:
 * they are tried with the current key, then with the previous one (GCM's tag tells a wrong key apart). Without
 * {@code TAOSHU_CRYPTO_KEY} a built-in development key is used, which the {@code prod} profile refuses.
 */
@Component
public class FieldCipher {

    private static final Logger log = LoggerFactory.getLogger(FieldCipher.class);
    /** "taoshu-local-development-key-000": local runs, demo and tests only. */
    static final String DEV_KEY = "dGFvc2h1LWxvY2FsLWRldmVsb3BtZW50LWtleS0wMDA=";
    static final String CURRENT_VARIABLE = "TAOSHU_CRYPTO_KEY";
    static final String PREVIOUS_VARIABLE = "TAOSHU_CRYPTO_KEY_PREVIOUS";
    private static final String V1 = "v1:";
    private static final String V2 = "v2:";
    private static final int IV_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final FieldKey current;
    private final FieldKey previous;

    @Autowired
    public FieldCipher(@Value("${taoshu.crypto-key:}") String configuredKey,
                       @Value("${taoshu.crypto-key-previous:}") String previousKey, Environment environment) {
        this(currentKey(configuredKey, environment.acceptsProfiles(Profiles.of("prod"))), previousKey);
        log.info("field encryption: current key id {}{}", current.id, previous == null ? ""
                : "; previous key id " + previous.id + " still decrypts (a rotation is under way: run cryptoRotateJob, "
                + "then remove " + PREVIOUS_VARIABLE + ")");
    }

    private FieldCipher(String currentBase64, String previousBase64) {
        this.current = FieldKey.parse(currentBase64, CURRENT_VARIABLE);
        this.previous = blank(previousBase64) ? null : FieldKey.parse(previousBase64, PREVIOUS_VARIABLE);
        if (previous != null && previous.id.equals(current.id) && !previous.sameBytes(current)) {
            throw new CryptoKeyConfigurationException(PREVIOUS_VARIABLE + " and " + CURRENT_VARIABLE + " are different keys "
                    + "with the same key id " + current.id + ", so values could not name their key: generate another new key.");
        }
        if (previous != null && previous.sameBytes(current)) {
            throw new CryptoKeyConfigurationException(PREVIOUS_VARIABLE + " is the same key as " + CURRENT_VARIABLE
                    + ". During a rotation " + CURRENT_VARIABLE + " is the new key and " + PREVIOUS_VARIABLE
                    + " the old one; outside a rotation leave " + PREVIOUS_VARIABLE + " empty.");
        }
    }

    /** A cipher on the given keys (base64 of 32 bytes each; {@code previous} may be null), without profile checks. */
    public static FieldCipher of(String current, String previous) {
        return new FieldCipher(current, previous);
    }

    private static String currentKey(String configured, boolean prod) {
        if (blank(configured)) {
            if (prod) {
                throw new CryptoKeyConfigurationException(CURRENT_VARIABLE + " is not set. The prod profile needs the key "
                        + "that encrypts phone numbers and addresses: base64 of 32 random bytes (openssl rand -base64 32). "
                        + "Set the installation's existing key: a new key cannot read what the old one wrote.");
            }
            log.warn("{} is not set: using the built-in development key (never do this in production)", CURRENT_VARIABLE);
            return DEV_KEY;
        }
        if (prod && configured.trim().equals(DEV_KEY)) {
            throw new CryptoKeyConfigurationException(CURRENT_VARIABLE + " is the built-in development key, which is "
                    + "public. The prod profile needs a key of its own: base64 of 32 random bytes (openssl rand -base64 32); "
                    + "to move data written under the development key, set it as " + PREVIOUS_VARIABLE
                    + " and run cryptoRotateJob (README, \"Rotating TAOSHU_CRYPTO_KEY\").");
        }
        return configured;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, current.aes, new GCMParameterSpec(128, iv));
            byte[] encrypted = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            ByteBuffer out = ByteBuffer.allocate(iv.length + encrypted.length).put(iv).put(encrypted);
            return V2 + current.id + ":" + Base64.getEncoder().encodeToString(out.array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    /**
     * The plain text of a stored value, with the key the value names ({@code v2}) or, for {@code v1}, the current
     * key and then the previous one.
     *
     * @throws UndecryptableValueException when no configured key decrypts it; the message never contains the value
     */
    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        if (stored.startsWith(V2)) {
            int colon = stored.indexOf(':', V2.length());
            if (colon < 0) {
                throw new UndecryptableValueException("malformed cipher text (v2 without a key id)");
            }
            String keyId = stored.substring(V2.length(), colon);
            FieldKey key = keyNamed(keyId).orElseThrow(() -> new UndecryptableValueException("the value was encrypted "
                    + "with key id " + keyId + ", which is neither " + CURRENT_VARIABLE + " (key id " + current.id + ") nor "
                    + PREVIOUS_VARIABLE + (previous == null ? " (not set)" : " (key id " + previous.id + ")")));
            return open(key, stored.substring(colon + 1))
                    .orElseThrow(() -> new UndecryptableValueException("the value does not decrypt with key id " + keyId
                            + " although it names that key: it was altered or is corrupt"));
        }
        if (stored.startsWith(V1)) {
            String body = stored.substring(V1.length());
            return open(current, body).or(() -> previous == null ? Optional.empty() : open(previous, body))
                    .orElseThrow(() -> new UndecryptableValueException("a v1 value (which names no key) decrypts neither "
                            + "with " + CURRENT_VARIABLE + " (key id " + current.id + ")" + (previous == null
                            ? " and " + PREVIOUS_VARIABLE + " is not set"
                            : " nor with " + PREVIOUS_VARIABLE + " (key id " + previous.id + ")")));
        }
        throw new UndecryptableValueException("unknown cipher text format");
    }

    private static Optional<String> open(FieldKey key, String base64) {
        byte[] all;
        try {
            all = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (all.length <= IV_BYTES) {
            return Optional.empty();
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key.aes, new GCMParameterSpec(128, all, 0, IV_BYTES));
            return Optional.of(new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8));
        } catch (AEADBadTagException e) {
            return Optional.empty(); // another key, or an altered value
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("decryption failed", e);
        }
    }

    private Optional<FieldKey> keyNamed(String keyId) {
        if (current.id.equals(keyId)) {
            return Optional.of(current);
        }
        return previous != null && previous.id.equals(keyId) ? Optional.of(previous) : Optional.empty();
    }

    /** True when the stored value is already encrypted with the current key (null counts as current: nothing to do). */
    public boolean isCurrent(String stored) {
        return stored == null || stored.startsWith(V2 + current.id + ":");
    }

    /** Deterministic keyed hash under the current key: what is written next to a value for exact look-ups. */
    public String hash(String plain) {
        return current.hash(plain);
    }

    /**
     * The hashes a look-up must match ({@code … WHERE phone_hash IN (…)}): the current key's and, during a rotation,
     * the previous key's, since rows not yet rewritten by cryptoRotateJob carry that one.
     */
    public List<String> lookupHashes(String plain) {
        return previous == null ? List.of(current.hash(plain)) : List.of(current.hash(plain), previous.hash(plain));
    }

    public String currentKeyId() {
        return current.id;
    }

    public Optional<String> previousKeyId() {
        return Optional.ofNullable(previous).map(k -> k.id);
    }

    /** One key: AES for values, a derived HMAC key for hashes, and its public fingerprint. */
    private static final class FieldKey {

        final String id;
        final SecretKeySpec aes;
        final SecretKeySpec mac;

        private FieldKey(byte[] bytes) {
            this.id = fingerprint(bytes);
            this.aes = new SecretKeySpec(bytes, "AES");
            byte[] macBytes = Arrays.copyOf(bytes, bytes.length);
            macBytes[0] ^= 0x5A; // a distinct key for hashing, derived from the same secret (unchanged since v1)
            this.mac = new SecretKeySpec(macBytes, "HmacSHA256");
        }

        static FieldKey parse(String base64, String variable) {
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(base64.trim());
            } catch (IllegalArgumentException e) {
                throw new CryptoKeyConfigurationException(variable + " is not valid base64: it must be base64 of exactly "
                        + "32 random bytes (openssl rand -base64 32)");
            }
            if (bytes.length != 32) {
                throw new CryptoKeyConfigurationException(variable + " must be base64 of exactly 32 bytes, but it decodes "
                        + "to " + bytes.length + " bytes (generate one with openssl rand -base64 32)");
            }
            return new FieldKey(bytes);
        }

        private static String fingerprint(byte[] bytes) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
                return HexFormat.of().formatHex(digest, 0, 4);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        boolean sameBytes(FieldKey other) {
            return MessageDigest.isEqual(aes.getEncoded(), other.aes.getEncoded());
        }

        String hash(String plain) {
            try {
                Mac hmac = Mac.getInstance("HmacSHA256");
                hmac.init(mac);
                return HexFormat.of().formatHex(hmac.doFinal(plain.getBytes(StandardCharsets.UTF_8)));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
