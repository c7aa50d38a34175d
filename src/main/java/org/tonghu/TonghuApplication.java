package org.tonghu;

import java.util.TimeZone;

import org.tonghu.local.LocalMode;
import org.tonghu.time.ChinaTime;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts Tonghu. Without an external database ({@code QUARKUS_DATASOURCE_JDBC_URL}) it first starts local mode:
 * an embedded PostgreSQL and, unless an issuer is configured, the demo sign-in. Local mode stops with the service.
 */
@QuarkusMain
public class TonghuApplication implements QuarkusApplication {

    public static void main(String... args) throws Exception {
        TimeZone.setDefault(TimeZone.getTimeZone(ChinaTime.ZONE));
        if (LocalMode.externalDatabaseConfigured()) {
            if (!LocalMode.issuerConfigured()) {
                // Demo sign-in only ever runs with the embedded database: production names its identity provider.
                // Standard error, not the logger: logging is not set up before Quarkus starts (a logged message was
                // lost and the exit code with it when tried).
                System.err.println("An external database is configured but no OIDC issuer: set TONGHU_OIDC_ISSUER "
                        + "(with TONGHU_PORTAL_CLIENT_SECRET and TONGHU_SESSION_SECRET). See deploy/README.md.");
                System.exit(2);
            }
            Quarkus.run(TonghuApplication.class, TonghuApplication::exitOnFailure, args);
            return;
        }
        LocalMode local = LocalMode.startFromEnvironment();
        local.configuration().forEach(System::setProperty);
        Thread main = Thread.currentThread();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // Normally main closes local mode once Quarkus has stopped; this covers a JVM that exits another way.
            try {
                main.join(20_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            local.close();
        }, "local-mode-stop"));
        try {
            Quarkus.run(TonghuApplication.class, (exitCode, failure) -> {
                local.close();
                exitOnFailure(exitCode, failure);
            }, args);
        } finally {
            local.close();
        }
    }

    /** A failed start exits with its code; a normal stop returns (exiting again during a JVM shutdown would hang). */
    private static void exitOnFailure(int exitCode, Throwable failure) {
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    @Override
    public int run(String... args) {
        Quarkus.waitForExit();
        return 0;
    }
}
