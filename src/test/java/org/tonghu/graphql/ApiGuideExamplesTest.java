package org.tonghu.graphql;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tonghu.local.DemoIssuer;
import org.tonghu.local.ReadmeExamplesIT;
import org.tonghu.testing.Database;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.Programs;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The developer guide's shell blocks and its example clients ({@code docs/api/examples}) run as written, with curl,
 * Python and Node.js, against the service, as the demo's third-party app: each gets a token, runs a query, reads
 * every page of a list and shows an error's code.
 */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class ApiGuideExamplesTest {

    private static final Path EXAMPLES = Path.of("docs/api/examples");

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    private Map<String, String> environment() {
        return Map.of("TONGHU_API", "http://localhost:" + port + "/graphql",
                "TONGHU_TOKEN_URL", LocalModeTestResource.issuer().issuerUrl() + "/token",
                "TONGHU_CLIENT_ID", DemoIssuer.PARTNER_APP_CLIENT_ID,
                "TONGHU_CLIENT_SECRET", DemoIssuer.PARTNER_APP_CLIENT_SECRET);
    }

    /** The guide's own shell blocks, in order (the token of the first feeds the next), in both languages. */
    @ParameterizedTest
    @ValueSource(strings = { "docs/api/README.md", "docs/api/README.zh.md" })
    void shouldRunTheGuidesShellBlocksAsWritten(String guide) throws Exception {
        Programs.require("curl", "apt-get install curl");
        List<ReadmeExamplesIT.Example> blocks = ReadmeExamplesIT.examples(Files.readString(Path.of(guide)));
        assertTrue(blocks.size() >= 2, "a token and a first query");
        StringBuilder script = new StringBuilder("set -euo pipefail\n");
        for (ReadmeExamplesIT.Example block : blocks) {
            script.append(block.text().replace("http://localhost:8080/", "http://localhost:" + port + "/")
                    .replace("http://127.0.0.1:8081/", LocalModeTestResource.issuer().issuerUrl() + "/"))
                    .append("\necho\n");
        }
        Programs.Run run = Programs.run(Path.of("."), Map.of(), List.of("bash", "-c", script.toString()), 2);
        assertEquals(0, run.exitStatus(), run.output());
        assertThat(run.output(), containsString("\"clientId\":\"" + DemoIssuer.PARTNER_APP_CLIENT_ID + "\""));
    }

    @Test
    void shouldRunTheCurlExample() throws Exception {
        Programs.require("curl", "apt-get install curl");
        Programs.Run run = Programs.run(EXAMPLES, environment(), List.of("bash", "first-query.sh"), 2);
        assertEquals(0, run.exitStatus(), run.output());
        assertThat(run.output(), containsString("\"clientId\":\"" + DemoIssuer.PARTNER_APP_CLIENT_ID + "\""));
    }

    @Test
    void shouldRunThePythonExample() throws Exception {
        Programs.require("python3", "apt-get install python3");
        assertClientOutput(Programs.run(EXAMPLES, environment(), List.of("python3", "first_query.py"), 2));
    }

    @Test
    void shouldRunTheJavaScriptExample() throws Exception {
        Programs.require("node", "apt-get install nodejs");
        assertClientOutput(Programs.run(EXAMPLES, environment(), List.of("node", "first-query.mjs"), 2));
    }

    private static void assertClientOutput(Programs.Run run) throws Exception {
        assertEquals(0, run.exitStatus(), run.output());
        assertThat(run.output(), containsString("client: " + DemoIssuer.PARTNER_APP_CLIENT_ID + " acting for: "));
        assertThat(run.output(), containsString("organizations: " + Database.count("organization") + "\n"));
        assertThat(run.output(), containsString("error code: VALIDATION_FAILED"));
    }
}
