package com.taoshu.order;

import com.taoshu.shared.lifecycle.Labelled;

public enum Fulfilment implements Labelled {
    PICKUP("到馆自取"),
    DELIVERY("送书上门");

    private final String label;

    Fulfilment(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
