package com.taoshu.reader;

import com.taoshu.shared.lifecycle.Labelled;

/** Library card types. Their limits live in borrow_rule, editable by librarians, not here. */
public enum CardType implements Labelled {
    /** 全城通: borrow at any branch. */
    CITY_WIDE("全城通"),
    /** 诚信通: home branch only; orders of readers in good standing may be auto-approved. */
    COMMUNITY_TRUST("诚信通");

    private final String label;

    CardType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
