package org.tonghu.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.sun.security.auth.module.UnixSystem;

/** Small helpers for running the operating system's commands from local mode. */
final class Processes {

    private static final long COMMAND_TIMEOUT_SECONDS = 60;

    private Processes() {
    }

    static boolean isRoot() {
        return new UnixSystem().getUid() == 0;
    }

    /** Whether {@code unshare -U} gives a process a user namespace in which it is not root. */
    static boolean userNamespacesWork() {
        try {
            Result result = run(List.of("unshare", "-U", "id", "-u"), null);
            return result.exitCode() == 0 && !result.output().strip().equals("0");
        } catch (IOException e) {
            return false;
        }
    }

    /** Runs a command to its end and returns its exit code and its output (standard error included). */
    static Result run(List<String> command, Path workingDirectory) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (workingDirectory != null) {
            builder.directory(workingDirectory.toFile());
        }
        Process process = builder.start();
        try {
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("Timed out: " + command.get(0));
            }
            return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("Interrupted while running " + command.get(0), e);
        }
    }

    /** Runs a command and fails with its output when it does not exit with 0. */
    static String runChecked(List<String> command, Path workingDirectory) throws IOException {
        Result result = run(command, workingDirectory);
        if (result.exitCode() != 0) {
            throw new IOException(command.get(0) + " exited with " + result.exitCode()
                    + ": " + result.output().strip());
        }
        return result.output();
    }

    record Result(int exitCode, String output) {
    }
}
