package com.taoshu.testsupport;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * The SQL statements MyBatis prepares on this thread while some code runs: a plugin on {@code StatementHandler.prepare}
 * added once to the context's {@link SqlSessionFactory} (no context of its own), recording only inside
 * {@link #during}. For tests that a use case reads in a fixed number of queries, whatever the number of rows.
 */
@Intercepts(@Signature(type = StatementHandler.class, method = "prepare", args = {Connection.class, Integer.class}))
public final class SqlStatements implements Interceptor {

    private final ThreadLocal<List<String>> recording = new ThreadLocal<>();

    private SqlStatements() {
    }

    /** The recorder of this factory, added to it on first use. */
    public static SqlStatements on(SqlSessionFactory sessions) {
        Configuration configuration = sessions.getConfiguration();
        synchronized (configuration) {
            for (Interceptor interceptor : configuration.getInterceptors()) {
                if (interceptor instanceof SqlStatements existing) {
                    return existing;
                }
            }
            SqlStatements added = new SqlStatements();
            configuration.addInterceptor(added);
            return added;
        }
    }

    /** What {@code work} returned and the statements it had prepared, in order. */
    public record Recorded<T>(T result, List<String> statements) {

        public List<String> selects() {
            return statements.stream().filter(Recorded::isSelect).toList();
        }

        /** Inserts, updates and deletes. */
        public List<String> writes() {
            return statements.stream().filter(s -> !isSelect(s)).toList();
        }

        private static boolean isSelect(String sql) {
            return sql.strip().toLowerCase(Locale.ROOT).startsWith("select");
        }
    }

    public <T> Recorded<T> during(Callable<T> work) throws Exception {
        List<String> statements = new ArrayList<>();
        recording.set(statements);
        try {
            T result = work.call();
            return new Recorded<>(result, List.copyOf(statements));
        } finally {
            recording.remove();
        }
    }

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
        List<String> statements = recording.get();
        if (statements != null) {
            statements.add(((StatementHandler) invocation.getTarget()).getBoundSql().getSql().replaceAll("\\s+", " "));
        }
        return invocation.proceed();
    }
}
