package org.tonghu.local;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.awaitility.Awaitility;

/** Test helpers that reach the embedded PostgreSQL's processes through its data directory, as an operator would. */
final class PostgresProcesses {

    private PostgresProcesses() {
    }

    /** The running postmaster named by the data directory's {@code postmaster.pid}. */
    static ProcessHandle postmaster(Path dataDirectory) throws IOException {
        long pid = StalePostmaster.recordedPid(dataDirectory.resolve(StalePostmaster.PID_FILE)).orElseThrow(
                () -> new AssertionError("no postmaster.pid in " + dataDirectory));
        return ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("no process " + pid));
    }

    /** Kills the postmaster and every one of its children at once with SIGKILL, and waits until all are gone. */
    static void killAll(Path dataDirectory) throws IOException {
        ProcessHandle postmaster = postmaster(dataDirectory);
        List<ProcessHandle> processes = Stream.concat(Stream.of(postmaster), postmaster.descendants()).toList();
        List<String> command = new ArrayList<>(List.of("kill", "-KILL"));
        processes.forEach(process -> command.add(String.valueOf(process.pid())));
        Processes.run(command, null);
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> processes.stream().noneMatch(ProcessHandle::isAlive));
    }

    /** Closes a server whose PostgreSQL was killed: stopping it fails, and only the lock is left to release. */
    static void closeAfterCrash(EmbeddedPostgresServer server) {
        try {
            server.close();
        } catch (IOException expected) {
            // pg_ctl finds no server to stop
        }
    }
}
