package org.tonghu.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * Node.js tools of the tests (the GraphQL-over-HTTP audit, schema tools), declared in
 * {@code src/test/node/package.json} with their exact versions in its lock file and installed from the npm registry
 * with {@code npm ci}. Where Node.js is missing (a machine with only a JDK) the tests that need it are skipped, except
 * in CI ({@code CI=true}), which installs it (see {@code .ci/run}) and must run them.
 */
public final class NodeTools {

    /** The folder of the package: its scripts, package.json and lock file. */
    public static final Path HOME = Path.of("src/test/node");

    private static boolean installed;

    private NodeTools() {
    }

    /** The result of one run: exit status and everything it printed. */
    public record Run(int exitStatus, String output) {
    }

    /** Runs a script of {@link #HOME} with node; skips the test where Node.js is not installed. */
    public static Run node(Map<String, String> environment, String script, String... arguments)
            throws IOException, InterruptedException {
        requireInstalled();
        List<String> command = new ArrayList<>(List.of("node", script));
        command.addAll(List.of(arguments));
        return run(environment, command, 5);
    }

    private static synchronized void requireInstalled() throws IOException, InterruptedException {
        if (installed) {
            return;
        }
        boolean present = onPath("node") && onPath("npm");
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI must install Node.js and npm (see .ci/run)");
        }
        Assumptions.assumeTrue(present, "Node.js is not installed: apt-get install nodejs npm");
        // installs again whenever the lock file changed since the last install (a package added or updated)
        String lock = Files.readString(HOME.resolve("package-lock.json"), StandardCharsets.UTF_8);
        Path installedLock = HOME.resolve("node_modules").resolve(".tonghu-installed-lock.json");
        if (!Files.exists(installedLock) || !lock.equals(Files.readString(installedLock, StandardCharsets.UTF_8))) {
            Run install = run(Map.of(), List.of("npm", "ci", "--no-audit", "--no-fund"), 10);
            if (install.exitStatus() != 0) {
                throw new IllegalStateException("npm ci failed in " + HOME + ":\n" + install.output());
            }
            Files.writeString(installedLock, lock, StandardCharsets.UTF_8);
        }
        installed = true;
    }

    private static boolean onPath(String program) {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(directory, program))) {
                return true;
            }
        }
        return false;
    }

    private static Run run(Map<String, String> environment, List<String> command, int minutes)
            throws IOException, InterruptedException {
        Path output = Files.createTempFile("tonghu-node-", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(HOME.toFile())
                    .redirectErrorStream(true).redirectOutput(output.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(command + " did not finish in " + minutes + " minutes");
            }
            return new Run(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
