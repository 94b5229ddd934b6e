package com.taoshu.shared.web;

import org.slf4j.MDC;

/** The trace id of the current request, kept in the logging MDC so every log line carries it too. */
public final class TraceContext {

    public static final String MDC_KEY = "traceId";
    public static final String HEADER = "X-Trace-Id";

    private TraceContext() {
    }

    public static String current() {
        return MDC.get(MDC_KEY);
    }
}
