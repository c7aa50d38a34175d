package org.tonghu.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Direct access to the test database, to check what was (not) written, as the service's role or as superuser. */
public final class Database {

    private Database() {
    }

    /** A connection as the service's own database role. */
    public static Connection asService() throws SQLException {
        return DriverManager.getConnection(LocalModeTestResource.jdbcUrl(), "tonghu", "");
    }

    /** A connection as the PostgreSQL superuser, for what no role the application knows can do (tampering). */
    public static Connection asSuperuser() throws SQLException {
        return DriverManager.getConnection(LocalModeTestResource.jdbcUrl(), "postgres", "");
    }

    public static long count(String table) throws SQLException {
        try (Connection connection = asService(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Runs a statement as the service's role (a test's own setup); returns the rows changed. */
    public static int execute(String sql) throws SQLException {
        try (Connection connection = asService(); Statement statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        }
    }
}
