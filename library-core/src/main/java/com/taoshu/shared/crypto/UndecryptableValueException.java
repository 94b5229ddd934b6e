package com.taoshu.shared.crypto;

/**
 * A stored value that no configured key decrypts: written under a key that is no longer configured (a rotation
 * finished before cryptoRotateJob rewrote it), or altered. The message names key ids, never the value.
 */
public class UndecryptableValueException extends IllegalStateException {

    public UndecryptableValueException(String message) {
        super(message);
    }
}
