package com.taoshu.shared.lifecycle;

import com.taoshu.shared.error.ErrorCode;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The moves of one status enum, declared once next to its constants:
 * <pre>
 * private static final Lifecycle&lt;Status&gt; MOVES = Lifecycle.startingAt(OPEN)
 *         .move(OPEN, FINISHED, CANCELLED)
 *         .build();
 * </pre>
 * A status without a {@code move} line is terminal. The entity's transition method asks {@link #check} (through
 * {@link LifecycleStatus#canMoveTo}) and records the transition; nothing else changes a status.
 */
public final class Lifecycle<S extends Enum<S> & Labelled> {

    private final Class<S> type;
    private final Set<S> initial;
    private final Map<S, Set<S>> moves;

    private Lifecycle(Class<S> type, Set<S> initial, Map<S, Set<S>> moves) {
        this.type = type;
        this.initial = Collections.unmodifiableSet(initial);
        this.moves = moves;
    }

    /** The status (or statuses) an entity is created in. */
    @SafeVarargs
    public static <S extends Enum<S> & Labelled> Builder<S> startingAt(S first, S... more) {
        return new Builder<>(EnumSet.of(first, more));
    }

    public Class<S> type() {
        return type;
    }

    public Set<S> initial() {
        return initial;
    }

    public boolean allows(S from, S to) {
        return movesFrom(from).contains(to);
    }

    public Set<S> movesFrom(S from) {
        return moves.get(from);
    }

    public Set<S> terminal() {
        EnumSet<S> out = EnumSet.noneOf(type);
        moves.forEach((s, next) -> {
            if (next.isEmpty()) {
                out.add(s);
            }
        });
        return out;
    }

    /** Every status some chain of moves leads to from an initial one (the initial ones included). */
    public Set<S> reachable() {
        EnumSet<S> seen = EnumSet.copyOf(initial);
        Deque<S> todo = new ArrayDeque<>(initial);
        while (!todo.isEmpty()) {
            for (S next : movesFrom(todo.pop())) {
                if (seen.add(next)) {
                    todo.push(next);
                }
            }
        }
        return seen;
    }

    /** "{@code subject}「from」，不能变为「to」", e.g. subject "该盘点单当前为". */
    public String refusal(String subject, S from, S to) {
        return subject + "「" + from.label() + "」，不能变为「" + to.label() + "」";
    }

    /** Throws {@code code} with {@link #refusal} when the move is not allowed. */
    public void check(S from, S to, ErrorCode code, String subject) {
        if (!allows(from, to)) {
            throw code.exception(refusal(subject, from, to));
        }
    }

    public static final class Builder<S extends Enum<S> & Labelled> {

        private final Class<S> type;
        private final Set<S> initial;
        private final Map<S, Set<S>> moves;

        private Builder(Set<S> initial) {
            this.type = initial.iterator().next().getDeclaringClass();
            this.initial = initial;
            this.moves = new EnumMap<>(type);
            for (S s : type.getEnumConstants()) {
                moves.put(s, EnumSet.noneOf(type));
            }
        }

        @SafeVarargs
        public final Builder<S> move(S from, S... to) {
            if (!moves.get(from).isEmpty()) {
                throw new IllegalStateException("moves from " + from + " declared twice");
            }
            moves.put(from, EnumSet.of(to[0], to));
            return this;
        }

        public Lifecycle<S> build() {
            Map<S, Set<S>> frozen = new EnumMap<>(type);
            moves.forEach((s, next) -> frozen.put(s, Collections.unmodifiableSet(next)));
            return new Lifecycle<>(type, initial, Collections.unmodifiableMap(frozen));
        }
    }
}
