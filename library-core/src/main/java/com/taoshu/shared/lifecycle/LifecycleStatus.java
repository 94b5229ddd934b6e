package com.taoshu.shared.lifecycle;

/**
 * A status enum whose moves are declared once in a {@link Lifecycle}: {@link #canMoveTo} is the only gate an entity's
 * transition method asks.
 */
public interface LifecycleStatus<S extends Enum<S> & LifecycleStatus<S>> extends Labelled {

    Lifecycle<S> lifecycle();

    @SuppressWarnings("unchecked")
    default boolean canMoveTo(S next) {
        return lifecycle().allows((S) this, next);
    }

    /** No move leads out of this status. */
    @SuppressWarnings("unchecked")
    default boolean isTerminal() {
        return lifecycle().movesFrom((S) this).isEmpty();
    }
}
