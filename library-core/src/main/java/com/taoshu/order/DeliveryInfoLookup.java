package com.taoshu.order;

import com.taoshu.order.DeliveryInfo.Viewer;
import java.util.Collection;
import java.util.Map;

/**
 * Where and when a page of DELIVERY orders goes ({@link DeliveryInfo}), for the order views. A port owned by
 * {@code order} and implemented by {@code delivery}, which plans and runs the routes: order depends on no delivery type.
 */
public interface DeliveryInfoLookup {

    /** By order id; orders without delivery information (pickup orders) are absent. */
    Map<Long, DeliveryInfo> ofOrders(Collection<Long> orderIds, Viewer viewer);
}
