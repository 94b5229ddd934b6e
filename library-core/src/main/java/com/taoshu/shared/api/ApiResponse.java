package com.taoshu.shared.api;

import com.taoshu.shared.web.TraceContext;

/** The one JSON envelope of every Taoshu API: {@code {"code":0,"msg":"ok","data":…,"traceId":"…"}}. */
public record ApiResponse<T>(int code, String msg, T data, String traceId) {

    public static <T> ApiResponse<T> ok(T data) {
        return new ApiResponse<>(0, "ok", data, TraceContext.current());
    }

    public static ApiResponse<Void> ok() {
        return ok(null);
    }

    public static ApiResponse<Void> error(int code, String msg) {
        return new ApiResponse<>(code, msg, null, TraceContext.current());
    }
}
