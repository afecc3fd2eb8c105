package kz.utm.persistence.jpa;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * A data source whose connections cannot be unwrapped to any driver class, as behind a pool or
 * tracing proxy that hides the driver: the PostgreSQL adapter then writes telemetry without
 * COPY. {@link #postgresqlStorage()} is a storage over the tests' PostgreSQL that way.
 * Thread-safe.
 */
final class DriverHiding {

    private static JpaStorage postgresql;

    private DriverHiding() {
    }

    /**
     * The tests' PostgreSQL, every table emptied, through a storage whose connections hide the
     * driver. Opened on first use, closed when the JVM exits.
     */
    static synchronized JpaStorage postgresqlStorage() {
        TestDatabase.POSTGRESQL.cleanStorage();
        if (postgresql == null) {
            JpaStorage opened = JpaStorage.open(wrap(TestDatabase.POSTGRESQL.dataSource()));
            Runtime.getRuntime().addShutdownHook(new Thread(opened::close, "driver-hiding-storage-close"));
            postgresql = opened;
        }
        return postgresql;
    }

    /** The data source, its connections answering no to every unwrap but to Connection itself. */
    static DataSource wrap(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(DriverHiding.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, forward(target, (method, args, result) ->
                        method.getName().equals("getConnection") ? hiding((Connection) result) : result));
    }

    private static Connection hiding(Connection connection) {
        InvocationHandler handler = (self, method, args) -> {
            switch (method.getName()) {
                case "isWrapperFor":
                    return args[0] == Connection.class;
                case "unwrap":
                    if (args[0] == Connection.class) {
                        return self;
                    }
                    throw new SQLException("this connection hides its driver");
                default:
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
            }
        };
        return (Connection) Proxy.newProxyInstance(DriverHiding.class.getClassLoader(),
                new Class<?>[] {Connection.class}, handler);
    }

    @FunctionalInterface
    private interface Decorator {
        Object decorate(java.lang.reflect.Method method, Object[] args, Object result) throws Throwable;
    }

    private static InvocationHandler forward(Object target, Decorator decorator) {
        return (self, method, args) -> {
            try {
                return decorator.decorate(method, args, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
    }
}
