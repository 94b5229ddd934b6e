package com.taoshu.reader;

import com.taoshu.shared.lifecycle.Labelled;

/** Whether a reader may choose home delivery (送书上门); granted by a librarian on application. */
public enum DeliveryEligibility implements Labelled {
    NONE("未申请"),
    PENDING("待审核"),
    APPROVED("已开通"),
    REJECTED("未通过");

    private final String label;

    DeliveryEligibility(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
