package org.tonghu.local;

import java.nio.file.Path;

/**
 * A process that starts the embedded PostgreSQL and keeps it until it is killed: stands in for a service killed with
 * {@code kill -9}. Arguments: the data directory and how to run PostgreSQL; prints the JDBC URL once ready.
 */
public final class PostgresOwner {

    private PostgresOwner() {
    }

    public static void main(String... args) throws Exception {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(args[0]),
                EmbeddedPostgresServer.RunAs.valueOf(args[1]));
        System.out.println("ready " + server.jdbcUrl());
        System.out.flush();
        // until killed (or until the test's standard input closes)
        while (System.in.read() >= 0) {
            // keep waiting
        }
    }
}
