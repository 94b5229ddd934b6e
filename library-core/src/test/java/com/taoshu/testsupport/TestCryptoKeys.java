package com.taoshu.testsupport;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keys for key-rotation tests, and values in the first stored format ({@code v1:<base64(iv|ciphertext)>}, no key id),
 * written the way FieldCipher wrote them before values named their key — what a database of an installation that
 * predates rotation holds.
 */
public final class TestCryptoKeys {

    /** "key-A-for-rotation-tests-0000000": the old key. */
    public static final String KEY_A = "a2V5LUEtZm9yLXJvdGF0aW9uLXRlc3RzLTAwMDAwMDA=";
    /** "key-B-for-rotation-tests-0000000": the new key. */
    public static final String KEY_B = "a2V5LUItZm9yLXJvdGF0aW9uLXRlc3RzLTAwMDAwMDA=";
    /** "key-C-never-configured-anywhere!": a key no test configures. */
    public static final String KEY_C = "a2V5LUMtbmV2ZXItY29uZmlndXJlZC1hbnl3aGVyZSE=";

    private static final SecureRandom RANDOM = new SecureRandom();

    private TestCryptoKeys() {
    }

    public static String v1(String keyBase64, String plain) {
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(Base64.getDecoder().decode(keyBase64), "AES"),
                    new GCMParameterSpec(128, iv));
            byte[] encrypted = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return "v1:" + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(iv.length + encrypted.length).put(iv).put(encrypted).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
