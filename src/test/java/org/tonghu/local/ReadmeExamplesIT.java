package org.tonghu.local;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tonghu.testing.ServiceProcess;

import io.restassured.path.json.JsonPath;

/**
 * Every shell example of README.md runs as written, in order (the token of one feeds the next), against the packaged
 * service started the README's way: {@code java -Xmx512m -jar target/quarkus-app/quarkus-run.jar} in local mode, the
 * service on {@code http://localhost:8080} and the demo sign-in on {@code http://127.0.0.1:8081}. Each curl exits 0
 * with HTTP 200, each token request gives a token, each GraphQL answer has data and no errors, and any other call
 * (the open statistics) answers a JSON object.
 *
 * <p>Blocks that build, test or start the service ({@code ./mvnw ...}, {@code java ... -jar ...}) are this test's own
 * setup: they are checked to start the jar this test runs, with nothing else set, not run. A block the test cannot
 * run (it needs Keycloak or production) is marked by the line {@value #NOT_RUN_MARKER} ...{@code -->} right above its
 * fence, with the reason. On a machine where 8080 or 8081 are taken (tests running side by side),
 * {@code -Dtonghu.readme.http-port} and {@code -Dtonghu.readme.issuer-port} move the service and the examples'
 * addresses with it; CI runs on the README's own ports.
 */
public class ReadmeExamplesIT {

    static final String NOT_RUN_MARKER = "<!-- not run by ReadmeExamplesIT:";
    private static final String README_JAR = "target/quarkus-app/quarkus-run.jar";
    private static final int README_HTTP_PORT = 8080;
    private static final int README_ISSUER_PORT = 8081;

    /** A shell block of the README: its text, whether it sets the service up, whether it is marked as not run. */
    public record Example(int number, String text, boolean setup, boolean notRun) {
    }

    @TempDir
    Path dataDirectory;

    @TempDir
    Path calls;

    @BeforeEach
    void letTheUnprivilegedUserReachTheFolder() {
        dataDirectory.toFile().setExecutable(true, false);
    }

    @Test
    void shouldRunEveryShellExampleOfTheReadmeAsWritten() throws Exception {
        List<Example> examples = examples(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8));
        List<Example> setup = examples.stream().filter(Example::setup).toList();
        List<Example> runnable = examples.stream().filter(example -> !example.setup() && !example.notRun()).toList();
        assertTrue(setup.stream().anyMatch(example -> example.text().equals("./mvnw verify")),
                "the README's test command is ./mvnw verify (which runs this test)");
        Example run = setup.stream().filter(example -> example.text().contains(" -jar ")).findFirst().orElseThrow();
        assertEquals("./mvnw -q package -DskipTests && java " + ServiceProcess.HEAP_LIMIT + " -jar " + README_JAR,
                run.text(),
                "the README starts the jar this test starts, in local mode (no database or issuer set)");
        assertThat(System.getProperty("tonghu.service.jar", README_JAR).replace('\\', '/'), endsWith(README_JAR));
        assertThat("examples to run", runnable.size(), greaterThanOrEqualTo(4));

        int httpPort = Integer.getInteger("tonghu.readme.http-port", README_HTTP_PORT);
        int issuerPort = Integer.getInteger("tonghu.readme.issuer-port", README_ISSUER_PORT);
        assertFree(httpPort);
        assertFree(issuerPort);
        Map<String, String> environment = new HashMap<>(Map.of("TONGHU_DATA_DIR", dataDirectory.toString()));
        if (issuerPort != README_ISSUER_PORT) {
            environment.put("TONGHU_DEMO_ISSUER_PORT", String.valueOf(issuerPort));
        }
        try (ServiceProcess service = ServiceProcess.start("readme", environment, Map.of(), httpPort)) {
            service.awaitReady(Duration.ofSeconds(180));
            Path script = calls.resolve("readme-examples.sh");
            Files.writeString(script, script(runnable, httpPort, issuerPort), StandardCharsets.UTF_8);
            Process bash = new ProcessBuilder("bash", script.toString(), calls.toString()).redirectErrorStream(true)
                    .redirectOutput(calls.resolve("output.txt").toFile()).start();
            assertTrue(bash.waitFor(120, TimeUnit.SECONDS), "the examples finish");
            String output = Files.readString(calls.resolve("output.txt"));
            System.out.println("ReadmeExamplesIT: the examples' output\n" + output);
            assertEquals(0, bash.exitValue(), output);
            assertEveryCallAnswered(runnable);
            service.stop();
        }
    }

    /** The ```sh blocks of a Markdown text (the README's, the API guide's), numbered from 1 in reading order. */
    public static List<Example> examples(String markdown) {
        List<Example> examples = new ArrayList<>();
        String[] lines = markdown.split("\n", -1);
        String previous = "";
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().equals("```sh")) {
                boolean notRun = previous.strip().startsWith(NOT_RUN_MARKER);
                StringBuilder text = new StringBuilder();
                for (i++; i < lines.length && !lines[i].strip().equals("```"); i++) {
                    text.append(lines[i]).append('\n');
                }
                String block = text.toString().strip();
                boolean setup = block.startsWith("./mvnw") || block.startsWith("java ");
                examples.add(new Example(examples.size() + 1, block, setup, notRun));
            }
            if (!lines[i].isBlank()) {
                previous = lines[i];
            }
        }
        return examples;
    }

    /**
     * One bash script running the blocks in order; {@code curl} is wrapped to keep each call's arguments, exit code,
     * response headers and body (and still print the body, so that {@code TOKEN=$(curl ...)} works as written).
     */
    private static String script(List<Example> runnable, int httpPort, int issuerPort) {
        StringBuilder script = new StringBuilder("""
                calls="$1"
                echo 0 > "$calls/count"
                curl() {
                  local n f code
                  n=$(( $(cat "$calls/count") + 1 )); echo "$n" > "$calls/count"
                  f=$(printf '%s/call-%03d' "$calls" "$n")
                  printf '%s' "$README_EXAMPLE" > "$f.example"
                  printf '%s ' "$@" > "$f.args"
                  command curl -D "$f.headers" "$@" > "$f.body"
                  code=$?
                  echo "$code" > "$f.exit"
                  cat "$f.body"
                  return "$code"
                }
                """);
        for (Example example : runnable) {
            String text = example.text()
                    .replace("localhost:" + README_HTTP_PORT, "localhost:" + httpPort)
                    .replace("127.0.0.1:" + README_ISSUER_PORT, "127.0.0.1:" + issuerPort);
            script.append("README_EXAMPLE=").append(example.number()).append('\n')
                    .append("echo \"== example ").append(example.number()).append("\"\n")
                    .append(text).append("\necho\n");
        }
        return script.toString();
    }

    private void assertEveryCallAnswered(List<Example> runnable) throws IOException {
        int expectedCalls = 0;
        for (Example example : runnable) {
            Matcher curl = Pattern.compile("\\bcurl ").matcher(example.text());
            while (curl.find()) {
                expectedCalls++;
            }
        }
        List<Path> bodies;
        try (Stream<Path> files = Files.list(calls)) {
            bodies = files.filter(file -> file.getFileName().toString().endsWith(".body")).sorted().toList();
        }
        assertEquals(expectedCalls, bodies.size(), "every curl of the examples ran");
        for (Path body : bodies) {
            String call = body.getFileName().toString().replace(".body", "");
            String example = "example " + Files.readString(calls.resolve(call + ".example")) + ", " + call;
            String args = Files.readString(calls.resolve(call + ".args"));
            String answer = Files.readString(body);
            assertEquals("0", Files.readString(calls.resolve(call + ".exit")).strip(), example + " exits 0");
            assertThat(example + " answers 200", Files.readString(calls.resolve(call + ".headers")),
                    startsWith("HTTP/1.1 200"));
            if (args.contains("/graphql")) {
                JsonPath json = JsonPath.from(answer);
                assertThat(example + " has no errors: " + answer, json.get("errors"), nullValue());
                assertThat(example + " has data: " + answer, json.get("data"), notNullValue());
            } else if (args.contains("/token")) {
                assertThat(example + " gives a token", answer, containsString("\"access_token\""));
            } else {
                // another JSON endpoint (the open statistics): an object, answered 200 above
                assertThat(example + " answers a JSON object: " + answer, answer.strip(), startsWith("{"));
            }
        }
    }

    private static void assertFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new AssertionError("Port " + port + " is taken; the README's examples need it free (or move them "
                    + "with -Dtonghu.readme.http-port / -Dtonghu.readme.issuer-port)", e);
        }
    }
}
