package com.taoshu.shared.crypto;

import static com.taoshu.testsupport.TestCryptoKeys.KEY_A;
import static com.taoshu.testsupport.TestCryptoKeys.KEY_B;
import static com.taoshu.testsupport.TestCryptoKeys.KEY_C;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.taoshu.testsupport.TestCryptoKeys;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.mock.env.MockEnvironment;

class FieldCipherTest {

    /** Written by FieldCipher before values named their key (commit 4a8bb4c), with KEY_A: "13812345678". */
    static final String GOLDEN_V1_UNDER_A = "v1:oZ2XDi9KQdL99sgOmP8gGg/z1IHQVsSjUpZ+4UzMxo8ZmWmuyISp";
    /** FieldCipher.hash("13812345678") with KEY_A at the same commit: hashes must not change with the format. */
    static final String GOLDEN_HASH_UNDER_A = "8fa3e4a580ed6c3dfdafb37453dbb29feff086dae6d1cee291f8231e350ab57a";

    static final String PHONE = "13812345678";

    final FieldCipher onlyA = FieldCipher.of(KEY_A, null);
    final FieldCipher onlyB = FieldCipher.of(KEY_B, null);
    final FieldCipher rotatingAtoB = FieldCipher.of(KEY_B, KEY_A);

    static String keyId(String base64) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(Base64.getDecoder().decode(base64));
        return HexFormat.of().formatHex(digest).substring(0, 8);
    }

    // ---------------------------------------------------------------- the first format (v1) still reads

    @Test
    void aV1ValueWrittenBeforeKeyIdsDecryptsWithTheSameKeyAndItsHashIsUnchanged() {
        assertThat(onlyA.decrypt(GOLDEN_V1_UNDER_A)).isEqualTo(PHONE);
        assertThat(onlyA.hash(PHONE)).isEqualTo(GOLDEN_HASH_UNDER_A);
        assertThat(onlyA.isCurrent(GOLDEN_V1_UNDER_A)).as("v1 names no key: always rewritten by the rotation").isFalse();
    }

    @Test
    void aV1ValueDecryptsWithThePreviousKeyWhenTheCurrentOneFails() {
        assertThat(rotatingAtoB.decrypt(GOLDEN_V1_UNDER_A)).isEqualTo(PHONE);
        assertThat(rotatingAtoB.decrypt(TestCryptoKeys.v1(KEY_B, "长沙市岳麓区麓山南路932号"))).isEqualTo("长沙市岳麓区麓山南路932号");
    }

    // ---------------------------------------------------------------- v2 names its key

    @Test
    void newValuesNameTheCurrentKeyByTheFirst8HexOfItsSha256() throws Exception {
        String stored = rotatingAtoB.encrypt(PHONE);
        assertThat(rotatingAtoB.currentKeyId()).isEqualTo(keyId(KEY_B)).hasSize(8).isNotEqualTo(keyId(KEY_A));
        assertThat(rotatingAtoB.previousKeyId()).contains(keyId(KEY_A));
        assertThat(onlyB.previousKeyId()).isEmpty();
        assertThat(stored).startsWith("v2:" + keyId(KEY_B) + ":").doesNotContain(PHONE);
        assertThat(rotatingAtoB.encrypt(PHONE)).as("a fresh IV per value").isNotEqualTo(stored);
        assertThat(rotatingAtoB.decrypt(stored)).isEqualTo(PHONE);
        assertThat(onlyB.decrypt(stored)).isEqualTo(PHONE);
        assertThat(rotatingAtoB.isCurrent(stored)).isTrue();
        assertThat(rotatingAtoB.isCurrent(null)).isTrue();
        assertThat(rotatingAtoB.encrypt(null)).isNull();
        assertThat(rotatingAtoB.decrypt(null)).isNull();
    }

    @Test
    void aValueWrittenUnderThePreviousKeyDecryptsWithItAndIsNotCurrent() {
        String underA = onlyA.encrypt("岳麓区麓山南路932号 3栋2单元");
        assertThat(underA).startsWith("v2:" + onlyA.currentKeyId() + ":");
        assertThat(rotatingAtoB.decrypt(underA)).isEqualTo("岳麓区麓山南路932号 3栋2单元");
        assertThat(rotatingAtoB.isCurrent(underA)).isFalse();
    }

    // ---------------------------------------------------------------- wrong keys fail clearly, never silently

    @Test
    void aValueUnderAKeyNoLongerConfiguredFailsNamingTheKeyIdsButNotTheValue() {
        String underA = onlyA.encrypt(PHONE);
        assertThatThrownBy(() -> onlyB.decrypt(underA))
                .isInstanceOf(UndecryptableValueException.class)
                .hasMessageContaining("key id " + onlyA.currentKeyId())
                .hasMessageContaining("TAOSHU_CRYPTO_KEY_PREVIOUS (not set)")
                .hasMessageNotContaining(underA.substring(12))
                .hasMessageNotContaining(PHONE);
        assertThatThrownBy(() -> onlyB.decrypt(GOLDEN_V1_UNDER_A))
                .isInstanceOf(UndecryptableValueException.class)
                .hasMessageContaining("v1")
                .hasMessageNotContaining(GOLDEN_V1_UNDER_A.substring(3));
        FieldCipher rotatingCtoB = FieldCipher.of(KEY_B, KEY_C);
        assertThatThrownBy(() -> rotatingCtoB.decrypt(GOLDEN_V1_UNDER_A))
                .isInstanceOf(UndecryptableValueException.class)
                .hasMessageContaining(rotatingCtoB.previousKeyId().orElseThrow());
    }

    @Test
    void anAlteredOrMalformedValueFailsClearly() {
        String stored = onlyA.encrypt(PHONE);
        char last = stored.charAt(stored.length() - 3);
        String altered = stored.substring(0, stored.length() - 3) + (last == 'A' ? 'B' : 'A') + stored.substring(stored.length() - 2);
        assertThatThrownBy(() -> onlyA.decrypt(altered)).isInstanceOf(UndecryptableValueException.class)
                .hasMessageContaining("altered or is corrupt");
        assertThatThrownBy(() -> onlyA.decrypt("v2:nokeyid")).isInstanceOf(UndecryptableValueException.class);
        assertThatThrownBy(() -> onlyA.decrypt("v2:" + onlyA.currentKeyId() + ":%%%")).isInstanceOf(UndecryptableValueException.class);
        assertThatThrownBy(() -> onlyA.decrypt("13812345678")).isInstanceOf(UndecryptableValueException.class)
                .hasMessageContaining("unknown cipher text format");
    }

    // ---------------------------------------------------------------- hashes for look-ups

    @Test
    void hashesAreWrittenUnderTheCurrentKeyAndLookUpsTryBothKeysDuringARotation() {
        String hashA = onlyA.hash(PHONE);
        String hashB = onlyB.hash(PHONE);
        assertThat(hashB).isNotEqualTo(hashA).hasSize(64);
        assertThat(rotatingAtoB.hash(PHONE)).isEqualTo(hashB);
        assertThat(rotatingAtoB.lookupHashes(PHONE)).containsExactly(hashB, hashA);
        assertThat(onlyB.lookupHashes(PHONE)).containsExactly(hashB);
    }

    // ---------------------------------------------------------------- configuration refused at start

    static MockEnvironment prod() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("prod");
        return environment;
    }

    @Test
    void withoutTheProdProfileAMissingKeyMeansTheDevelopmentKey() {
        FieldCipher dev = new FieldCipher("", "", new MockEnvironment());
        assertThat(dev.currentKeyId()).isEqualTo(FieldCipher.of(FieldCipher.DEV_KEY, null).currentKeyId());
        assertThat(dev.previousKeyId()).isEmpty();
    }

    @Test
    void theProdProfileRefusesAMissingKeyAndTheDevelopmentKey() {
        assertThatThrownBy(() -> new FieldCipher("", "", prod()))
                .isInstanceOf(CryptoKeyConfigurationException.class)
                .hasMessageContaining("TAOSHU_CRYPTO_KEY is not set");
        assertThatThrownBy(() -> new FieldCipher(FieldCipher.DEV_KEY, "", prod()))
                .isInstanceOf(CryptoKeyConfigurationException.class)
                .hasMessageContaining("built-in development key");
        // moving off the development key is a rotation like any other
        FieldCipher leavingDev = new FieldCipher(KEY_B, FieldCipher.DEV_KEY, prod());
        assertThat(leavingDev.decrypt(FieldCipher.of(FieldCipher.DEV_KEY, null).encrypt(PHONE))).isEqualTo(PHONE);
    }

    @Test
    void aPreviousKeyEqualToTheCurrentOneIsRefused() {
        assertThatThrownBy(() -> new FieldCipher(KEY_B, KEY_B, prod()))
                .isInstanceOf(CryptoKeyConfigurationException.class)
                .hasMessageContaining("TAOSHU_CRYPTO_KEY_PREVIOUS is the same key as TAOSHU_CRYPTO_KEY");
        assertThatThrownBy(() -> new FieldCipher(KEY_B, " " + KEY_B + "\n", new MockEnvironment()))
                .isInstanceOf(CryptoKeyConfigurationException.class);
    }

    @Test
    void keysOfTheWrongSizeOrNotBase64AreRefusedNamingTheVariable() {
        String sixteenBytes = Base64.getEncoder().encodeToString("0123456789abcdef".getBytes());
        assertThatThrownBy(() -> new FieldCipher(KEY_B, sixteenBytes, prod()))
                .isInstanceOf(CryptoKeyConfigurationException.class)
                .hasMessageContaining("TAOSHU_CRYPTO_KEY_PREVIOUS must be base64 of exactly 32 bytes")
                .hasMessageContaining("16 bytes");
        assertThatThrownBy(() -> new FieldCipher(KEY_B, "not base64 at all!", prod()))
                .isInstanceOf(CryptoKeyConfigurationException.class)
                .hasMessageContaining("TAOSHU_CRYPTO_KEY_PREVIOUS is not valid base64");
        assertThatThrownBy(() -> new FieldCipher(sixteenBytes, "", prod()))
                .isInstanceOf(CryptoKeyConfigurationException.class)
                .hasMessageStartingWith("TAOSHU_CRYPTO_KEY must be base64 of exactly 32 bytes");
    }

    @Test
    void aRefusedKeyIsReportedToTheOperatorAsAFailedStartWithWhatToDo() {
        CryptoKeyConfigurationException refused = new CryptoKeyConfigurationException("TAOSHU_CRYPTO_KEY is not set.");
        FailureAnalysis analysis = new CryptoKeyFailureAnalyzer()
                .analyze(new BeanCreationException("fieldCipher", "constructor threw", refused));
        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).contains("TAOSHU_CRYPTO_KEY is not set.");
        assertThat(analysis.getAction()).contains("Rotating TAOSHU_CRYPTO_KEY");
        assertThat(SpringFactoriesLoader.forDefaultResourceLocation().load(FailureAnalyzer.class, null,
                SpringFactoriesLoader.FailureHandler.handleMessage((message, e) -> { }))) // others need a bean factory
                .as("registered in META-INF/spring.factories").hasAtLeastOneElementOfType(CryptoKeyFailureAnalyzer.class);
    }
}
