package com.taoshu.shared.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.stream.Stream;
import org.apache.ibatis.exceptions.PersistenceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mybatis.spring.MyBatisSystemException;
import org.redisson.client.RedisConnectionException;
import org.redisson.client.RedisException;
import org.redisson.client.RedisLoadingException;
import org.redisson.client.RedisResponseTimeoutException;
import org.redisson.client.RedisTimeoutException;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures are an outage (503, try again) and which are our defects (500), however they arrive wrapped. */
class InfrastructureFailuresTest {

    static Stream<Arguments> failures() {
        SQLException hikariTimeout = new SQLTransientConnectionException(
                "HikariPool-1 - Connection is not available, request timed out after 1000ms");
        SQLException reset = new SQLNonTransientConnectionException("(conn=42) Connection reset", "08000");
        return Stream.of(
                // Redis
                Arguments.of(new RedisConnectionException("Unable to connect to Redis server: 127.0.0.1/127.0.0.1:6379"), true),
                Arguments.of(new RedisResponseTimeoutException("Redis server response timeout (500 ms)"), true),
                Arguments.of(new RedisTimeoutException("Command still hasn't been written into connection!"), true),
                Arguments.of(new RedisLoadingException("LOADING Redis is loading the dataset in memory"), true),
                Arguments.of(new RedisException("WRONGTYPE Operation against a key holding the wrong kind of value"), false),
                Arguments.of(new RedisException("RateLimiter is not initialized"), false),
                Arguments.of(new IllegalStateException("wrapped", new RedisConnectionException("refused")), true),
                // the database, as Spring, MyBatis and the pool report it
                Arguments.of(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", hikariTimeout), true),
                Arguments.of(new CannotCreateTransactionException("Could not open JDBC Connection for transaction", hikariTimeout), true),
                Arguments.of(new DataAccessResourceFailureException("PreparedStatementCallback", reset), true),
                Arguments.of(new TransientDataAccessResourceException("PreparedStatementCallback", hikariTimeout), true),
                Arguments.of(new QueryTimeoutException("statement timed out"), true),
                Arguments.of(new MyBatisSystemException(new PersistenceException(
                        new SQLException("Socket error", "HY000", new SocketTimeoutException("Read timed out")))), true),
                Arguments.of(new MyBatisSystemException(new PersistenceException(reset)), true),
                Arguments.of(new TransactionSystemException("Could not commit JDBC transaction",
                        new SQLException("Communications link failure", "08S01")), true),
                Arguments.of(new IllegalStateException(new ConnectException("Connection refused")), true),
                Arguments.of(rollbackFailedAfter(new DataAccessResourceFailureException("PreparedStatementCallback", reset)), true),
                Arguments.of(rollbackFailedAfter(new IllegalStateException("a bug")), false),
                // our defects and the reader's conflicts stay what they are
                Arguments.of(new BadSqlGrammarException("select", "SELECT nope", new SQLException("Unknown column", "42S22")), false),
                Arguments.of(new DataIntegrityViolationException("dup",
                        new SQLIntegrityConstraintViolationException("Duplicate entry", "23000")), false),
                Arguments.of(new CannotAcquireLockException("Deadlock found"), false),
                Arguments.of(new SQLException("Unknown error", "HY000"), false),
                Arguments.of(new IllegalStateException("a bug"), false),
                Arguments.of(new NullPointerException(), false));
    }

    /** What a transaction template throws when the rollback after {@code failure} fails on a closed connection. */
    private static TransactionSystemException rollbackFailedAfter(Throwable failure) {
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollback.initApplicationException(failure);
        return rollback;
    }

    @ParameterizedTest
    @MethodSource("failures")
    void tellsOutagesFromDefects(Throwable failure, boolean outage) {
        assertThat(InfrastructureFailures.isOutage(failure)).as(failure.toString()).isEqualTo(outage);
    }

    @ParameterizedTest
    @MethodSource("failures")
    void describesTheFailureInOneShortLine(Throwable failure, boolean outage) {
        String line = InfrastructureFailures.describe(failure);
        assertThat(line).doesNotContain("\n").hasSizeLessThan(700).startsWith(failure.getClass().getSimpleName());
        if (outage) {
            assertThat(line).contains(InfrastructureFailures.find(failure).orElseThrow().getClass().getSimpleName());
        }
    }

    @Test
    void survivesCauseCycles() {
        Exception first = new IllegalStateException("first");
        Exception second = new IllegalStateException("second", first);
        first.initCause(second);
        assertThat(InfrastructureFailures.isOutage(first)).isFalse();
    }
}
