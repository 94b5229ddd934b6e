package com.taoshu.shared.redis;

import java.net.InetAddress;

/** This process as other instances see it in a lock's holder: host (the container's name under compose) and pid. */
public final class InstanceName {

    private static final String CURRENT = host() + "#" + ProcessHandle.current().pid();

    private InstanceName() {
    }

    public static String current() {
        return CURRENT;
    }

    private static String host() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env.trim();
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "unknown-host";
        }
    }
}
