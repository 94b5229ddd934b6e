package com.taoshu.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/** The client address for throttling. Behind a proxy set server.forward-headers-strategy=native so this is the real one. */
public final class ClientIp {

    private ClientIp() {
    }

    public static String of(HttpServletRequest request) {
        String addr = request.getRemoteAddr();
        return addr == null ? "unknown" : addr;
    }
}
