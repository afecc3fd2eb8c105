package kz.utm.persistence.jpa;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

/**
 * A data source that counts how the statements inserting into one table reach the database:
 * as JDBC batches ({@code executeBatch}, with the rows added to them) or one by one
 * ({@code execute}, {@code executeUpdate}). Everything else passes through unchanged.
 * Thread-safe.
 */
final class StatementCounter {

    private final String insertPrefix;
    private final AtomicInteger batches = new AtomicInteger();
    private final AtomicInteger batchedRows = new AtomicInteger();
    private final AtomicInteger singles = new AtomicInteger();

    StatementCounter(String table) {
        this.insertPrefix = "insert into " + table.toLowerCase(Locale.ROOT) + " ";
    }

    /** How many {@code executeBatch} calls sent inserts into the table. */
    int batches() {
        return batches.get();
    }

    /** How many rows were added to those batches. */
    int batchedRows() {
        return batchedRows.get();
    }

    /** How many inserts into the table were sent on their own. */
    int singles() {
        return singles.get();
    }

    /** The data source, counting. */
    DataSource wrap(DataSource target) {
        return proxy(DataSource.class, target, (method, args, result) -> method.getName().equals("getConnection")
                ? proxy(Connection.class, result, this::statement) : result);
    }

    private Object statement(Method method, Object[] args, Object result) {
        if (method.getName().equals("prepareStatement") && result instanceof PreparedStatement
                && args[0] instanceof String sql && sql.toLowerCase(Locale.ROOT).startsWith(insertPrefix)) {
            return proxy(PreparedStatement.class, result, (call, callArgs, callResult) -> {
                switch (call.getName()) {
                    case "addBatch" -> batchedRows.incrementAndGet();
                    case "executeBatch" -> batches.incrementAndGet();
                    case "execute", "executeUpdate", "executeLargeUpdate" -> singles.incrementAndGet();
                    default -> { }
                }
                return callResult;
            });
        }
        return result;
    }

    @FunctionalInterface
    private interface Decorator {
        Object decorate(Method method, Object[] args, Object result);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Object target, Decorator decorator) {
        InvocationHandler handler = (self, method, args) -> {
            try {
                return decorator.decorate(method, args, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
