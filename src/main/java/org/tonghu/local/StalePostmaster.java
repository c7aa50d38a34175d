package org.tonghu.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jboss.logging.Logger;

/**
 * What an earlier run left in a data directory that no live process owns any more: after {@code kill -9} of the
 * service its PostgreSQL keeps running and holds {@code postmaster.pid}, and after a reboot that file names a process
 * number that may have gone to another program. The first is stopped (fast shutdown), the second file removed; a
 * file whose process is simply gone is left to PostgreSQL, which removes it itself.
 */
final class StalePostmaster {

    static final String PID_FILE = "postmaster.pid";
    /** A fast shutdown writes a checkpoint; past this the postmaster and its children are killed (crash recovery). */
    static final Duration FAST_SHUTDOWN_WAIT = Duration.ofSeconds(20);

    private static final Logger LOG = Logger.getLogger(StalePostmaster.class);

    /** Whether a process is the postmaster of a given data directory, as far as the machine lets us see. */
    enum Identity {
        POSTMASTER_OF_DATA_DIRECTORY, OTHER_PROCESS, UNKNOWN
    }

    private StalePostmaster() {
    }

    /**
     * Clears what an earlier run left on {@code dataDirectory}. Only call this while holding the data directory's
     * {@link DataDirectoryLock}: then no live Tonghu uses the PostgreSQL found here.
     */
    static void clear(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve(PID_FILE);
        OptionalLong recorded = recordedPid(pidFile);
        if (recorded.isEmpty()) {
            return;
        }
        long pid = recorded.getAsLong();
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            LOG.infof("The embedded PostgreSQL was not stopped last time (process %d is gone); it recovers on start",
                    pid);
            return;
        }
        switch (identify(process.get(), dataDirectory)) {
            case POSTMASTER_OF_DATA_DIRECTORY -> {
                LOG.warnf("An embedded PostgreSQL (process %d) was left running by a service that did not stop; "
                        + "stopping it before starting anew", pid);
                stop(process.get());
            }
            case OTHER_PROCESS -> {
                LOG.infof("%s names process %d, which is not a PostgreSQL of this data directory:"
                        + " removing the stale file",
                        PID_FILE, pid);
                Files.deleteIfExists(pidFile);
            }
            case UNKNOWN -> LOG.infof("%s names process %d, which cannot be inspected; PostgreSQL decides",
                    PID_FILE, pid);
        }
    }

    /** The process number on the first line of {@code postmaster.pid}, if the file is there and readable. */
    static OptionalLong recordedPid(Path pidFile) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return OptionalLong.empty();
        }
        if (lines.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            long pid = Long.parseLong(lines.get(0).strip());
            return pid > 0 ? OptionalLong.of(pid) : OptionalLong.empty();
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /**
     * A postmaster works in its data directory: on Linux its current directory tells; elsewhere its command line
     * ({@code postgres -D <data directory> ...}, as pg_ctl starts it).
     */
    static Identity identify(ProcessHandle process, Path dataDirectory) throws IOException {
        Path expected = dataDirectory.toRealPath();
        Path procCwd = Path.of("/proc", String.valueOf(process.pid()), "cwd");
        if (Files.isDirectory(Path.of("/proc", "self"))) {
            try {
                return procCwd.toRealPath().equals(expected) && isPostgres(process)
                        ? Identity.POSTMASTER_OF_DATA_DIRECTORY
                        : Identity.OTHER_PROCESS;
            } catch (IOException | SecurityException e) {
                // another user's process, or gone meanwhile
                return process.isAlive() ? Identity.UNKNOWN : Identity.OTHER_PROCESS;
            }
        }
        ProcessHandle.Info info = process.info();
        if (info.command().isEmpty() || info.arguments().isEmpty()) {
            return Identity.UNKNOWN;
        }
        if (!isPostgres(process)) {
            return Identity.OTHER_PROCESS;
        }
        String[] arguments = info.arguments().get();
        for (int i = 0; i + 1 < arguments.length; i++) {
            if (arguments[i].equals("-D") && Path.of(arguments[i + 1]).toAbsolutePath().normalize()
                    .equals(dataDirectory.toAbsolutePath().normalize())) {
                return Identity.POSTMASTER_OF_DATA_DIRECTORY;
            }
        }
        return Identity.OTHER_PROCESS;
    }

    private static boolean isPostgres(ProcessHandle process) {
        // the postmaster keeps its command line (only its children retitle themselves "postgres: ...")
        return process.info().command()
                .map(command -> Path.of(command).getFileName().toString().equals("postgres"))
                .orElse(true);
    }

    /** Fast shutdown (SIGINT): sessions are ended and a checkpoint written; a postmaster that hangs is killed. */
    private static void stop(ProcessHandle postmaster) throws IOException {
        signal("INT", postmaster);
        if (awaitExit(postmaster, FAST_SHUTDOWN_WAIT)) {
            return;
        }
        LOG.warnf("The left-over PostgreSQL (process %d) did not stop in %d s; killing it (it recovers from its WAL)",
                postmaster.pid(), FAST_SHUTDOWN_WAIT.toSeconds());
        List<ProcessHandle> children = postmaster.children().toList();
        signal("KILL", postmaster);
        for (ProcessHandle child : children) {
            signal("KILL", child);
        }
        if (!awaitExit(postmaster, Duration.ofSeconds(5))) {
            throw new IOException("Could not stop the PostgreSQL left running on the data directory (process "
                    + postmaster.pid() + ")");
        }
    }

    private static void signal(String signal, ProcessHandle process) throws IOException {
        // Java signals only with TERM and KILL; the postmaster's fast shutdown is INT.
        Processes.Result result = Processes.run(List.of("kill", "-" + signal, String.valueOf(process.pid())), null);
        if (result.exitCode() != 0 && process.isAlive()) {
            throw new IOException("Could not signal process " + process.pid() + ": " + result.output().strip());
        }
    }

    private static boolean awaitExit(ProcessHandle process, Duration timeout) throws IOException {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IOException("Could not wait for process " + process.pid(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for process " + process.pid(), e);
        }
    }
}
