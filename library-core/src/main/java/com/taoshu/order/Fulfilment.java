package com.taoshu.order;

public enum Fulfilment {
    PICKUP("到馆自取"),
    DELIVERY("送书上门");

    private final String label;

    Fulfilment(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
