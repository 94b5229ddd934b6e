package com.taoshu.shared.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Encryption at rest for personal data (phone numbers, address details): AES-256-GCM with a random IV per value,
 * stored as {@code v1:<base64(iv|ciphertext)>}. A keyed hash (HMAC-SHA256) allows exact lookups without decrypting.
 * The key comes from {@code TAOSHU_CRYPTO_KEY}; without it a built-in development key is used, which the {@code prod}
 * profile refuses.
 */
@Component
public class FieldCipher {

    private static final Logger log = LoggerFactory.getLogger(FieldCipher.class);
    private static final String DEV_KEY = "dGFvc2h1LWxvY2FsLWRldmVsb3BtZW50LWtleS0wMDA="; // "taoshu-local-development-key-000"
    private static final int IV_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final SecretKeySpec macKey;

    public FieldCipher(@Value("${taoshu.crypto-key:}") String configuredKey, Environment environment) {
        String base64 = configuredKey;
        if (base64 == null || base64.isBlank()) {
            if (environment.acceptsProfiles(Profiles.of("prod"))) {
                throw new IllegalStateException("TAOSHU_CRYPTO_KEY must be set (base64 of 32 random bytes) in the prod profile");
            }
            log.warn("TAOSHU_CRYPTO_KEY is not set: using the built-in development key (never do this in production)");
            base64 = DEV_KEY;
        }
        byte[] bytes = Base64.getDecoder().decode(base64.trim());
        if (bytes.length != 32) {
            throw new IllegalStateException("TAOSHU_CRYPTO_KEY must be base64 of exactly 32 bytes");
        }
        this.key = new SecretKeySpec(bytes, "AES");
        byte[] macBytes = Arrays.copyOf(bytes, bytes.length);
        macBytes[0] ^= 0x5A; // a distinct key for hashing, derived from the same secret
        this.macKey = new SecretKeySpec(macBytes, "HmacSHA256");
    }

    public String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            byte[] encrypted = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            ByteBuffer out = ByteBuffer.allocate(iv.length + encrypted.length).put(iv).put(encrypted);
            return "v1:" + Base64.getEncoder().encodeToString(out.array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        if (!stored.startsWith("v1:")) {
            throw new IllegalArgumentException("unknown cipher text format");
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(3));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, IV_BYTES));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("decryption failed (wrong TAOSHU_CRYPTO_KEY?)", e);
        }
    }

    /** Deterministic keyed hash for exact-match lookups (e.g. find a reader by phone). */
    public String hash(String plain) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(macKey);
            return HexFormat.of().formatHex(mac.doFinal(plain.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
