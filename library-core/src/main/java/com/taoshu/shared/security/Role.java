package com.taoshu.shared.security;

import com.taoshu.shared.lifecycle.Labelled;

/** Staff roles. Readers are not staff: they authenticate through WeChat and carry no role. */
public enum Role implements Labelled {
    ADMIN("管理员"),
    LIBRARIAN("馆员"),
    COURIER("配送员");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
