package com.taoshu.shared.crypto;

/**
 * {@code TAOSHU_CRYPTO_KEY} / {@code TAOSHU_CRYPTO_KEY_PREVIOUS} are missing or wrong: the app refuses to start and
 * {@link CryptoKeyFailureAnalyzer} tells the operator what to set.
 */
public class CryptoKeyConfigurationException extends IllegalStateException {

    public CryptoKeyConfigurationException(String message) {
        super(message);
    }
}
