package com.taoshu.shared.persistence;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Enum constants as SQL literals, for the few statements on plain JDBC that are built once as static text (the hot
 * paths, see {@code SubmitReads} and {@code CopyHolds}): the statuses still come from the enums (e.g.
 * {@code OrderStatus.OPEN}), never from literals typed into the SQL. Only our own enum names go in, so nothing is quoted.
 * Mappers take statuses as parameters instead.
 */
public final class EnumSql {

    private EnumSql() {
    }

    /** {@code 'NAME'}. */
    public static String literal(Enum<?> value) {
        return "'" + value.name() + "'";
    }

    /** {@code ('A','B',…)}, in the collection's order. */
    public static String inList(Collection<? extends Enum<?>> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("an empty IN list");
        }
        return values.stream().map(EnumSql::literal).collect(Collectors.joining(",", "(", ")"));
    }
}
