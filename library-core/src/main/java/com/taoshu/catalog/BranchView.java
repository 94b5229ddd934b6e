package com.taoshu.catalog;

import java.math.BigDecimal;

public record BranchView(long id, String code, String name, String address, String phone, BigDecimal lat, BigDecimal lng,
                         int deliveryRadiusM, boolean enabled) {

    public static BranchView of(Branch b) {
        return new BranchView(b.getId(), b.getCode(), b.getName(), b.getAddress(), b.getPhone(), b.getLat(), b.getLng(),
                b.getDeliveryRadiusM() == null ? 0 : b.getDeliveryRadiusM(), Boolean.TRUE.equals(b.getEnabled()));
    }
}
