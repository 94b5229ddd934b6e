package com.taoshu.notify;

/** The ways a notice reaches its reader. The inbox always; the others by {@link ChannelPolicy}. */
public enum Channel {
    INBOX("消息中心"),
    WECHAT("微信"),
    SMS("短信");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
