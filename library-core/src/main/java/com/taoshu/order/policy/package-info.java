/**
 * The borrowing rules as named policies: what the cart checks when a title is added, what the desk checks at a
 * checkout without an order, and what an order is checked against. Exposed to the cart and loan modules.
 */
@NamedInterface("policy")
package com.taoshu.order.policy;

import org.springframework.modulith.NamedInterface;
