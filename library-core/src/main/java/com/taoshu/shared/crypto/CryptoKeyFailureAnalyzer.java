package com.taoshu.shared.crypto;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a refused crypto key into Spring Boot's "APPLICATION FAILED TO START" report (description and action) instead
 * of a bean-creation stack trace, so an operator sees at once which variable to fix.
 */
public class CryptoKeyFailureAnalyzer extends AbstractFailureAnalyzer<CryptoKeyConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, CryptoKeyConfigurationException cause) {
        return new FailureAnalysis("The field encryption key is not usable: " + cause.getMessage(),
                "Set TAOSHU_CRYPTO_KEY to the installation's key (base64 of 32 bytes). Set TAOSHU_CRYPTO_KEY_PREVIOUS only "
                        + "while rotating the key, to the old key; see the README section \"Rotating TAOSHU_CRYPTO_KEY\".",
                cause);
    }
}
