package com.taoshu.shared.error;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import org.redisson.client.RedisConnectionException;
import org.redisson.client.RedisException;
import org.redisson.client.RedisNodeNotFoundException;
import org.redisson.client.RedisOutOfMemoryException;
import org.redisson.client.RedisReadonlyException;
import org.redisson.client.RedisReconnectedException;
import org.redisson.client.RedisRetryException;
import org.redisson.client.RedisTimeoutException;
import org.redisson.RedissonShutdownException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells "the database or Redis is not there right now" apart from our own defects. An outage is answered 503
 * {@link CommonErrorCode#SERVICE_UNAVAILABLE} with {@code Retry-After} (the reader's app tries again); everything else
 * that escapes stays a 500.
 *
 * <p>Recognised anywhere in the cause chain, since the same failure arrives wrapped in different ways (Spring's
 * translation, MyBatis' {@code PersistenceException}, a transaction manager that could not begin): Redisson's
 * connection, timeout and retry-later failures (a failover, a loading or read-only replica, a full Redis, a client
 * shutting down) — not a bare {@link RedisException}, which is Redis refusing a command we sent (a wrong type, a
 * script error: a defect); Spring's resource-failure, transient-resource, query-timeout, recoverable and
 * cannot-begin-transaction exceptions (Hikari's "connection is not available" included); JDBC's connection and
 * timeout exceptions and any SQL state of class 08 (connection exception); socket connect refusals and read timeouts;
 * and a failed rollback's {@link TransactionSystemException} whose original failure is one of these (a transaction
 * in flight when the database went: the rollback on the dead connection fails as well and replaces the failure).
 */
public final class InfrastructureFailures {

    /** Seconds a client is asked to wait before trying again, sent as {@code Retry-After} with every 503. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private InfrastructureFailures() {
    }

    /** The outage behind {@code failure}, if it is one: the first cause in its chain that says so. */
    public static Optional<Throwable> find(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> chains = new ArrayDeque<>();
        chains.add(failure);
        while (!chains.isEmpty()) {
            for (Throwable t = chains.poll(); t != null && seen.add(t); t = t.getCause()) {
                if (saysOutage(t)) {
                    return Optional.of(t);
                }
                if (t instanceof TransactionSystemException tx && tx.getApplicationException() != null) {
                    // the rollback after the failure failed too (on the same dead connection) and took its place
                    chains.add(tx.getApplicationException());
                }
            }
        }
        return Optional.empty();
    }

    public static boolean isOutage(Throwable failure) {
        return find(failure).isPresent();
    }

    /**
     * One log line's worth: the failure as it arrived (which says where: Redis, JDBC, the pool), the cause that makes it
     * an outage and the root cause (which says why: refused, reset, timed out), each by class and first line of its
     * message, shortened. An outage hits every request alike; a stack trace per request would bury everything else.
     */
    public static String describe(Throwable failure) {
        Throwable outage = find(failure).orElse(failure);
        Throwable root = outage;
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (root.getCause() != null && seen.add(root)) {
            root = root.getCause();
        }
        Set<Throwable> parts = Collections.newSetFromMap(new IdentityHashMap<>());
        StringBuilder line = new StringBuilder();
        for (Throwable part : new Throwable[] {failure, outage, root}) {
            if (parts.add(part)) {
                line.append(line.isEmpty() ? "" : " ← ").append(line(part));
            }
        }
        return line.toString();
    }

    private static String line(Throwable t) {
        String message = t.getMessage() == null ? "" : t.getMessage().strip();
        if (message.isEmpty()) {
            return t.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        if (newline >= 0) {
            message = message.substring(0, newline);
        }
        if (message.length() > 200) {
            message = message.substring(0, 200) + "…";
        }
        return t.getClass().getSimpleName() + ": " + message;
    }

    private static boolean saysOutage(Throwable t) {
        return switch (t) {
            case RedisConnectionException e -> true;
            case RedisTimeoutException e -> true;
            case RedisRetryException e -> true;
            case RedisNodeNotFoundException e -> true;
            case RedisReconnectedException e -> true;
            case RedisReadonlyException e -> true;
            case RedisOutOfMemoryException e -> true;
            case RedissonShutdownException e -> true;
            case DataAccessResourceFailureException e -> true;
            case TransientDataAccessResourceException e -> true;
            case QueryTimeoutException e -> true;
            case RecoverableDataAccessException e -> true;
            case CannotCreateTransactionException e -> true;
            case SQLTransientConnectionException e -> true;
            case SQLNonTransientConnectionException e -> true;
            case SQLRecoverableException e -> true;
            case SQLTimeoutException e -> true;
            case SQLException e -> e.getSQLState() != null && e.getSQLState().startsWith("08");
            case SocketTimeoutException e -> true;
            case ConnectException e -> true;
            default -> false;
        };
    }
}
