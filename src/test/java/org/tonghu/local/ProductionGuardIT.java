package org.tonghu.local;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tonghu.testing.ServiceProcess;

/** With an external database, nothing local starts, and without a configured issuer the service refuses to start. */
class ProductionGuardIT {

    @Test
    void shouldRefuseToStartWithAnExternalDatabaseButNoIssuer() throws Exception {
        Map<String, String> environment = Map.of("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:9/tonghu");
        try (ServiceProcess service = ServiceProcess.start("no-issuer", environment, Map.of())) {
            int exitCode = service.awaitExit(Duration.ofSeconds(60));
            assertNotEquals(0, exitCode);
            assertThat(service.output(), containsString("TONGHU_OIDC_ISSUER"));
            assertThat(service.output(), not(containsString("Local mode")));
            assertThat(service.output(), not(containsString("demo sign-in")));
        }
    }
}
