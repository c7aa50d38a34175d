package org.tonghu.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * Programs of the machine that tests run (Node.js, Python, bash): a test that needs one is skipped where it is missing,
 * except in CI ({@code CI=true}), which installs them (see {@code .ci/run}) and must run every such test.
 */
public final class Programs {

    private Programs() {
    }

    /** The result of one run: exit status and everything it printed. */
    public record Run(int exitStatus, String output) {
    }

    /** Skips the test where a program is not on the PATH; fails in CI, which must have installed it. */
    public static void require(String program, String installHint) {
        boolean present = onPath(program);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI must install " + program + " (see .ci/run)");
        }
        Assumptions.assumeTrue(present, program + " is not installed: " + installHint);
    }

    static boolean onPath(String program) {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(directory, program))) {
                return true;
            }
        }
        return false;
    }

    /** Runs a command in a folder with these environment variables added; fails after {@code minutes}. */
    public static Run run(Path directory, Map<String, String> environment, List<String> command, int minutes)
            throws IOException, InterruptedException {
        Path output = Files.createTempFile("tonghu-program-", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
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
