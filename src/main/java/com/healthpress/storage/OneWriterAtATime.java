package com.healthpress.storage;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLTransientException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Lets one transaction at a time write to an H2 database, from its first writing statement until its commit or
 * rollback has returned.
 *
 * <p>Why: H2's MVStore writes its maps (one per table and index) to the file one after the other while other
 * transactions go on changing them (H2 issue #2080). A transaction that commits during such a write can reach the file
 * with its row in one table and without its row in another; killed at that moment, the process left an article at
 * version 9 without revision 9, and a full-text word row locked by a transaction that never ends. With
 * {@code WRITE_DELAY 0} H2 writes the file inside each commit, in the committing thread; when no other transaction
 * can change anything meanwhile, every write of the file holds whole transactions only. Reads never wait.
 *
 * <p>This covers the writes of this process. Writes that arrive over H2's AUTO_SERVER port from another process
 * (an import command beside a running server) are not serialised with them.
 */
final class OneWriterAtATime implements DataSource {

    private static final Set<String> READING_STATEMENTS = Set.of("SELECT", "WITH", "VALUES", "TABLE", "EXPLAIN",
            "SHOW", "SCRIPT");
    private static final Set<String> EXECUTING_METHODS = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "executeBatch", "executeLargeBatch");

    private final DataSource pool;
    private final ReentrantLock writer = new ReentrantLock();
    private final Duration longestWait;

    OneWriterAtATime(DataSource pool, Duration longestWait) {
        this.pool = pool;
        this.longestWait = longestWait;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return guarded(pool.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return guarded(pool.getConnection(username, password));
    }

    /** Whether a statement can change the database; anything not known to be a plain read counts as a write. */
    static boolean writes(String sql) {
        String statement = sql.strip();
        while (statement.startsWith("(") || statement.startsWith("--") || statement.startsWith("/*")) {
            statement = withoutLeadingComment(statement).strip();
        }
        int end = 0;
        while (end < statement.length() && Character.isLetter(statement.charAt(end))) {
            end++;
        }
        String keyword = statement.substring(0, end).toUpperCase(Locale.ROOT);
        return !READING_STATEMENTS.contains(keyword)
                || statement.toUpperCase(Locale.ROOT).matches("(?s).*\\bFOR\\s+UPDATE\\b.*");
    }

    private static String withoutLeadingComment(String statement) {
        if (statement.startsWith("(")) {
            return statement.substring(1);
        }
        int end = statement.startsWith("--") ? statement.indexOf('\n') : statement.indexOf("*/");
        return end < 0 ? "" : statement.substring(end + (statement.startsWith("--") ? 1 : 2));
    }

    private Connection guarded(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                new GuardedConnection(connection));
    }

    /** The connection's side: takes the writer lock before its first write, gives it back when the write is over. */
    private final class GuardedConnection implements InvocationHandler {

        private final Connection connection;
        private boolean holdsWriter;

        GuardedConnection(Connection connection) {
            this.connection = connection;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "prepareStatement":
                    return guardedStatement(PreparedStatement.class, call(method, args), writes((String) args[0]),
                            proxy);
                case "prepareCall":
                    return guardedStatement(CallableStatement.class, call(method, args), true, proxy);
                case "createStatement":
                    return guardedStatement(Statement.class, call(method, args), null, proxy);
                case "commit":
                case "close":
                    return callThenLetGo(method, args);
                case "rollback":
                    return args == null ? callThenLetGo(method, args) : call(method, args);
                case "setAutoCommit":
                    return Boolean.TRUE.equals(args[0]) ? callThenLetGo(method, args) : call(method, args);
                default:
                    return call(method, args);
            }
        }

        void beforeWrite() throws SQLException {
            if (holdsWriter) {
                return;
            }
            try {
                if (!writer.tryLock(longestWait.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw new SQLTransientException("another write kept the database busy for longer than "
                            + longestWait.toSeconds() + " s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLTransientException("interrupted while waiting to write", e);
            }
            holdsWriter = true;
        }

        void afterWrite() throws SQLException {
            if (holdsWriter && connection.getAutoCommit()) {
                letGo();
            }
        }

        private Object callThenLetGo(Method method, Object[] args) throws Throwable {
            try {
                return call(method, args);
            } finally {
                letGo();
            }
        }

        private void letGo() {
            if (holdsWriter) {
                holdsWriter = false;
                writer.unlock();
            }
        }

        private Object call(Method method, Object[] args) throws Throwable {
            return invokeOn(connection, method, args);
        }

        private Object guardedStatement(Class<? extends Statement> type, Object statement, Boolean writes,
                Object connectionProxy) {
            return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                    new GuardedStatement((Statement) statement, writes, this, (Connection) connectionProxy));
        }
    }

    /**
     * A statement whose executions take the connection's writer lock when they write: a prepared statement knows
     * from its SQL, a plain statement looks at each SQL it is given and counts a batch as a write.
     */
    private record GuardedStatement(Statement statement, Boolean preparedWrites, GuardedConnection connection,
            Connection connectionProxy) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getName().equals("getConnection")) {
                return connectionProxy;
            }
            if (!EXECUTING_METHODS.contains(method.getName()) || !writes(method, args)) {
                return invokeOn(statement, method, args);
            }
            connection.beforeWrite();
            try {
                return invokeOn(statement, method, args);
            } finally {
                connection.afterWrite();
            }
        }

        private boolean writes(Method method, Object[] args) {
            if (preparedWrites != null) {
                return preparedWrites;
            }
            boolean hasSql = args != null && args.length > 0 && args[0] instanceof String;
            return !hasSql || OneWriterAtATime.writes((String) args[0]);
        }
    }

    private static Object invokeOn(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return pool.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return pool.isWrapperFor(type);
    }
}
