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

    /** Runs a script of {@link #HOME} with node; skips the test where Node.js is not installed. */
    public static Programs.Run node(Map<String, String> environment, String script, String... arguments)
            throws IOException, InterruptedException {
        requireInstalled();
        List<String> command = new ArrayList<>(List.of("node", script));
        command.addAll(List.of(arguments));
        return Programs.run(HOME, environment, command, 5);
    }

    private static synchronized void requireInstalled() throws IOException, InterruptedException {
        if (installed) {
            return;
        }
        Programs.require("node", "apt-get install nodejs npm");
        Programs.require("npm", "apt-get install nodejs npm");
        // installs again whenever the lock file changed since the last install (a package added or updated)
        String lock = Files.readString(HOME.resolve("package-lock.json"), StandardCharsets.UTF_8);
        Path installedLock = HOME.resolve("node_modules").resolve(".tonghu-installed-lock.json");
        if (!Files.exists(installedLock) || !lock.equals(Files.readString(installedLock, StandardCharsets.UTF_8))) {
            Programs.Run install = Programs.run(HOME, Map.of(), List.of("npm", "ci", "--no-audit", "--no-fund"), 10);
            if (install.exitStatus() != 0) {
                throw new IllegalStateException("npm ci failed in " + HOME + ":\n" + install.output());
            }
            Files.writeString(installedLock, lock, StandardCharsets.UTF_8);
        }
        installed = true;
    }
}
