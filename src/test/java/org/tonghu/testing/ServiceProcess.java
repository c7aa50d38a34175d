package org.tonghu.testing;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.tonghu.local.DemoIssuer;
import org.tonghu.local.LocalMode;

/**
 * The packaged service run as people run it ({@code java -Xmx512m -jar target/quarkus-app/quarkus-run.jar}) in a
 * separate process, on free loopback ports, with its output kept in a log file under {@code target/}.
 */
public final class ServiceProcess implements AutoCloseable {

    /** The heap limit the README's and the deployment's launch commands state (issue 13: idle RSS under 400 MiB). */
    public static final String HEAP_LIMIT = "-Xmx512m";

    private final Process process;
    private final Path log;
    public final int httpPort;
    public final int managementPort;
    private final long startedAtNanos = System.nanoTime();

    private ServiceProcess(Process process, Path log, int httpPort, int managementPort) {
        this.process = process;
        this.log = log;
        this.httpPort = httpPort;
        this.managementPort = managementPort;
    }

    /**
     * The environment of instances that share the database and the demo issuer of a local mode, as instances behind a
     * load balancer do: one session secret, plain-http cookies, 50 demo children if one of them loads the demo data.
     */
    public static Map<String, String> environmentSharing(LocalMode shared) {
        Map<String, String> environment = new HashMap<>();
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", shared.database().jdbcUrl());
        environment.put("QUARKUS_DATASOURCE_USERNAME", shared.database().username());
        environment.put("QUARKUS_DATASOURCE_PASSWORD", "");
        environment.put("TONGHU_OIDC_ISSUER", shared.issuer().orElseThrow().issuerUrl());
        environment.put("TONGHU_PORTAL_CLIENT_SECRET", DemoIssuer.PORTAL_CLIENT_SECRET);
        environment.put("TONGHU_SESSION_SECRET", "one-secret-for-every-instance-of-48-characters!!");
        environment.put("TONGHU_SECURE_COOKIES", "false");
        environment.put("TONGHU_DEMO_CHILDREN", "50");
        return environment;
    }

    /**
     * Starts the jar with the given environment and system properties; HTTP and management ports are chosen here.
     */
    public static ServiceProcess start(String name, Map<String, String> environment, Map<String, String> properties)
            throws IOException {
        return start(name, environment, properties, freePort());
    }

    /** Starts the jar on a given HTTP port (e.g. the README's 8080), the management port chosen here. */
    public static ServiceProcess start(String name, Map<String, String> environment, Map<String, String> properties,
            int httpPort) throws IOException {
        int managementPort = freePort();
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.add(HEAP_LIMIT);
        command.add("-Dquarkus.http.port=" + httpPort);
        command.add("-Dquarkus.management.port=" + managementPort);
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(System.getProperty("tonghu.service.jar", "target/quarkus-app/quarkus-run.jar"));
        Path log = Path.of("target", "it-" + name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("QUARKUS_") || key.startsWith("TONGHU_"));
        builder.environment().putAll(environment);
        return new ServiceProcess(builder.start(), log, httpPort, managementPort);
    }

    /** Waits until the readiness check answers UP, and returns how long the start took. */
    public Duration awaitReady(Duration timeout) {
        Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("The service exited with " + process.exitValue()
                                + ":\n" + output());
                    }
                    return given().get("http://127.0.0.1:" + managementPort + "/q/health/ready").statusCode() == 200;
                });
        return Duration.ofNanos(System.nanoTime() - startedAtNanos);
    }

    /** Waits for the process to end by itself and returns its exit code. */
    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("The service did not exit:\n" + output());
        }
        return process.exitValue();
    }

    /** Stops the service as a service manager would (SIGTERM) and returns its exit code. */
    public int stop() throws InterruptedException {
        process.destroy();
        return awaitExit(Duration.ofSeconds(30));
    }

    /** Kills the service as a crash or {@code kill -9} would (SIGKILL): nothing of it runs its shutdown. */
    public int kill() throws InterruptedException {
        process.destroyForcibly();
        return awaitExit(Duration.ofSeconds(30));
    }

    /**
     * Runs a stored GraphQL document against this service as the given bearer token; answers with HTTP 200 expected.
     */
    public io.restassured.response.ValidatableResponse graphql(String token, String document, Object... variables) {
        Map<String, Object> variableMap = new java.util.HashMap<>();
        for (int i = 0; i < variables.length; i += 2) {
            variableMap.put((String) variables[i], variables[i + 1]);
        }
        return given().contentType(io.restassured.http.ContentType.JSON).auth().oauth2(token)
                .body(Map.of("query", GraphQLClient.document(document), "variables", variableMap))
                .post(baseUrl() + "/graphql")
                .then().statusCode(200);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    public String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

    /**
     * The environment of a service in local mode over its own data directory, with the demo issuer on
     * {@code issuerPort}, and more pairs of names and values. The folder is made reachable for the unprivileged user
     * PostgreSQL may run as.
     */
    public static Map<String, String> localMode(Path dataDirectory, int issuerPort, String... more) {
        dataDirectory.toFile().setExecutable(true, false);
        Map<String, String> environment = new java.util.HashMap<>(Map.of("TONGHU_DATA_DIR", dataDirectory.toString(),
                "TONGHU_DEMO_ISSUER_PORT", String.valueOf(issuerPort)));
        for (int i = 0; i + 1 < more.length; i += 2) {
            environment.put(more[i], more[i + 1]);
        }
        return environment;
    }

    /** The README's token command: a form post of the password grant to the demo issuer on that port. */
    public static String demoToken(int issuerPort, String username) {
        return given().contentType(io.restassured.http.ContentType.URLENC)
                .formParam("grant_type", "password")
                .formParam("client_id", org.tonghu.local.DemoIssuer.CLI_CLIENT_ID)
                .formParam("username", username)
                .formParam("password", org.tonghu.local.DemoUser.PASSWORD)
                .post("http://127.0.0.1:" + issuerPort + "/token")
                .then().statusCode(200).extract().path("access_token");
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
