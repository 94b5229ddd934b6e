/**
 * The borrowing rules as named policies: what the cart checks when a title is added, what the desk checks at a
 * checkout without an order, and what an order is checked against. They read the borrow rules and the reader's
 * standing, so they live with them in {@code loan}; exposed to the cart, order and desk modules.
 */
@NamedInterface("policy")
package com.taoshu.loan.policy;

import org.springframework.modulith.NamedInterface;
