package com.taoshu.notify.internal;

/** What WeChat made of one subscribe-message send, as the outbox rules need it. */
public sealed interface SendOutcome {

    /** errcode 0: delivered to the reader. */
    record Delivered() implements SendOutcome {
    }

    /** 43101: the reader has no consent left for this template (or refused it) — never retried. */
    record NoConsent(int errcode, String message) implements SendOutcome {
    }

    /** Certainly not delivered and worth another try later: network before the request, HTTP 5xx, -1 busy, rate limits. */
    record Retryable(Integer errcode, String message) implements SendOutcome {
    }

    /** WeChat refused the message for good (bad openid, template or data) — retrying cannot help. */
    record Rejected(int errcode, String message) implements SendOutcome {
    }

    /** The request went out and no answer came back (read timeout, connection dropped): it may have been delivered. */
    record Unknown(String message) implements SendOutcome {
    }
}
