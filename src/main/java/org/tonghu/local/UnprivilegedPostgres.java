package org.tonghu.local;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;

/**
 * PostgreSQL run as the unprivileged {@code nobody} user through {@code setpriv}, for root on machines where
 * user namespaces are blocked and zonky's {@code unshare -U} cannot work. Uses the same bundled binaries.
 */
final class UnprivilegedPostgres implements EmbeddedPostgresServer.RunningPostgres {

    private static final String UNPRIVILEGED_USER = "nobody";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private final Path binaries;
    private final Path dataDirectory;
    private final int port;
    private final String uid;
    private final String gid;

    private UnprivilegedPostgres(Path binaries, Path dataDirectory, int port, String uid, String gid) {
        this.binaries = binaries;
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.uid = uid;
        this.gid = gid;
    }

    static UnprivilegedPostgres start(Path dataDirectory) throws IOException {
        requireReachableByOthers(dataDirectory.toAbsolutePath().getParent());
        String uid = Processes.runChecked(List.of("id", "-u", UNPRIVILEGED_USER), null).strip();
        String gid = Processes.runChecked(List.of("id", "-g", UNPRIVILEGED_USER), null).strip();
        Path binaries = extractBinaries();
        if (!Files.exists(dataDirectory)) {
            Files.createDirectory(dataDirectory);
        }
        Files.setPosixFilePermissions(dataDirectory, OWNER_ONLY);
        Processes.runChecked(List.of("chown", "-R", uid + ":" + gid, dataDirectory.toString()), null);

        UnprivilegedPostgres postgres = new UnprivilegedPostgres(binaries, dataDirectory, freePort(), uid, gid);
        if (!Files.exists(dataDirectory.resolve("postgresql.conf"))) {
            postgres.asUnprivilegedUser("initdb", "-A", "trust", "-U", EmbeddedPostgresServer.SUPERUSER,
                    "-D", dataDirectory.toString(), "-E", "UTF-8", "--locale=C");
        }
        StringBuilder options = new StringBuilder("-p " + postgres.port
                + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=''");
        EmbeddedPostgresServer.DURABILITY.forEach((name, value) ->
                options.append(" -c ").append(name).append('=').append(value));
        postgres.asUnprivilegedUser("pg_ctl", "-D", dataDirectory.toString(),
                "-l", dataDirectory.resolve("server.log").toString(),
                "-t", String.valueOf(EmbeddedPostgresServer.STARTUP_WAIT.toSeconds()),
                "-o", options.toString(),
                "-w", "start");
        return postgres;
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public void stop() throws IOException {
        asUnprivilegedUser("pg_ctl", "-D", dataDirectory.toString(), "-m", "fast", "-t", "10", "-w", "stop");
    }

    private void asUnprivilegedUser(String program, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                "setpriv", "--reuid=" + uid, "--regid=" + gid, "--clear-groups", "--",
                binaries.resolve("bin").resolve(program).toString()));
        command.addAll(List.of(arguments));
        Processes.runChecked(command, Path.of("/"));
    }

    /** The unprivileged user has to traverse every folder above the data directory. */
    private static void requireReachableByOthers(Path folder) throws IOException {
        Files.createDirectories(folder);
        for (Path step = folder; step != null; step = step.getParent()) {
            if (!Files.getPosixFilePermissions(step).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                throw new IOException("PostgreSQL runs as '" + UNPRIVILEGED_USER
                        + "' here (user namespaces are blocked), "
                        + "and that user cannot reach " + step
                        + ". Choose a data directory elsewhere with TONGHU_DATA_DIR "
                        + "(for example under /var/tmp).");
            }
        }
    }

    /** Unpacks the bundled binaries once into a world-readable folder named after their digest. */
    private static Path extractBinaries() throws IOException {
        String architecture = switch (System.getProperty("os.arch").toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "arm_64";
            default -> throw new IOException("No bundled PostgreSQL for " + System.getProperty("os.arch"));
        };
        byte[] archive;
        try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", architecture)) {
            archive = in.readAllBytes();
        }
        String digest;
        try {
            digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(archive)).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Path target = Path.of(System.getProperty("java.io.tmpdir"), "tonghu-postgres", "PG-" + digest);
        Path ready = target.resolve(".ready");
        if (Files.exists(ready)) {
            return target;
        }
        Path staging = Files.createDirectories(target.getParent())
                .resolve("PG-" + digest + ".tmp-" + ProcessHandle.current().pid());
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
                new XZInputStream(new BufferedInputStream(new java.io.ByteArrayInputStream(archive))))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path file = staging.resolve(entry.getName()).normalize();
                if (!file.startsWith(staging)) {
                    throw new IOException("Unexpected entry in the PostgreSQL archive: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(file.getParent());
                    Files.createSymbolicLink(file, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(file.getParent());
                    Files.copy(tar, file);
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(
                            (entry.getMode() & 0100) != 0 ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
        }
        makeWorldReadable(target.getParent());
        if (Files.exists(target)) {
            deleteRecursively(staging);
        } else {
            Files.move(staging, target);
        }
        makeWorldReadable(target);
        Files.createFile(ready);
        return target;
    }

    private static void makeWorldReadable(Path folder) throws IOException {
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
