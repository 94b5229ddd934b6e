package com.taoshu.suggestion;

/** Purchase requests of this ISBN were marked PURCHASED (published inside that transaction). */
public record PurchaseMarked(String isbn) {
}
