package com.taoshu.stats;

/** A title or a category with its number of loans in a period (the statistics' top lists). */
public record TopRow(long id, String name, long loans) {
}
