package com.taoshu.shared.crypto;

/** How personal data looks in lists and to couriers. */
public final class Masking {

    private Masking() {
    }

    /** 13812345678 → 138****5678; short or odd numbers keep only their last two digits. */
    public static String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        String p = phone.trim();
        if (p.length() >= 11) {
            return p.substring(0, 3) + "****" + p.substring(p.length() - 4);
        }
        return "*".repeat(Math.max(0, p.length() - 2)) + p.substring(Math.max(0, p.length() - 2));
    }

    /** 张三丰 → 张**: the family name stays, the rest is hidden. */
    public static String name(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return name.substring(0, 1) + "*".repeat(Math.max(1, name.length() - 1));
    }

    /**
     * 岳麓区麓山南路932号3栋201 → 岳麓区麓山南路***: the district and road stay, everything from the first number on
     * (house, building, room) is hidden; an address without a number keeps its first half.
     */
    public static String address(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        String a = address.trim();
        for (int i = 0; i < a.length(); i++) {
            char c = a.charAt(i);
            if ((c >= '0' && c <= '9') || (c >= '０' && c <= '９')) {
                return a.substring(0, i) + "***";
            }
        }
        return a.substring(0, (a.length() + 1) / 2) + "***";
    }
}
