package org.tonghu.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.tonghu.testing.NodeTools;
import org.tonghu.testing.Programs;

/**
 * A breaking change of the published contract (a type, field, argument or enum value removed, a type changed, an
 * argument made required...) must be acknowledged in the commit that makes it, with a line
 * {@code Breaking-change: <why, and what clients must do>} in its message. Every commit of the main line since
 * {@link #CHECKED_SINCE} that changed {@code schema/schema.graphql} is compared with its first parent's contract and
 * the changes are classified by graphql-inspector ({@code src/test/node/schema-diff.mjs}). (That the live schema
 * equals the committed contract is {@link SchemaContractTest}'s.) A checkout without that history (a shallow clone)
 * cannot be checked and skips, saying so.
 */
class SchemaBreakingChangeTest {

    /** The main line's commit from which contract changes are checked (the one before this check came). */
    static final String CHECKED_SINCE = "c6b6ae5";
    static final String ACKNOWLEDGEMENT = "Breaking-change:";
    private static final String CONTRACT = "schema/schema.graphql";

    @Test
    void shouldFindEveryBreakingChangeOfTheContractAcknowledgedInItsCommit() throws Exception {
        Assumptions.assumeTrue(git("cat-file", "-e", CHECKED_SINCE + "^{commit}").exitStatus() == 0,
                "this checkout lacks the history since " + CHECKED_SINCE + " (a shallow clone?): nothing to compare");
        List<String> commits = git("log", "--first-parent", "--format=%H", CHECKED_SINCE + "..HEAD", "--", CONTRACT)
                .lines();
        List<String> unacknowledged = new ArrayList<>();
        for (String commit : commits) {
            Path before = contractAt(commit + "^1");
            Path after = contractAt(commit);
            Programs.Run diff = NodeTools.node(Map.of(), "schema-diff.mjs", before.toString(), after.toString());
            if (diff.exitStatus() == 1 && !git("log", "-1", "--format=%B", commit).output()
                    .contains(ACKNOWLEDGEMENT)) {
                unacknowledged.add(commit.substring(0, 10) + ":\n" + breakingLines(diff.output()));
            }
            assertTrue(diff.exitStatus() <= 1, "schema-diff failed: " + diff.output());
        }
        assertTrue(unacknowledged.isEmpty(), "Breaking changes of " + CONTRACT + " not acknowledged with a line '"
                + ACKNOWLEDGEMENT + " ...' in their commit message (add it by rewording the commit, or undo the "
                + "change):\n" + String.join("\n", unacknowledged));
    }

    @Test
    void shouldClassifyARemovedFieldAsBreakingAndAnAddedTypeAsNot() throws Exception {
        String contract = Files.readString(Path.of(CONTRACT), StandardCharsets.UTF_8);
        Path original = write(contract);
        // PageInfo.hasNextPage and its description
        Path withoutField = write(contract.replaceFirst("  \"[^\"\\n]*\"\\n  hasNextPage: Boolean!\\n", ""));
        Programs.Run removed = NodeTools.node(Map.of(), "schema-diff.mjs", original.toString(),
                withoutField.toString());
        assertEquals(1, removed.exitStatus(), removed.output());
        assertTrue(removed.output().contains("BREAKING Field 'hasNextPage' was removed"), removed.output());
        Path extended = write(contract + "\n\"A type added.\"\ntype AddedType {\n  \"A field.\"\n  name: String\n}\n");
        Programs.Run added = NodeTools.node(Map.of(), "schema-diff.mjs", original.toString(), extended.toString());
        assertEquals(0, added.exitStatus(), added.output());
        assertTrue(added.output().contains("NON_BREAKING Type 'AddedType' was added"), added.output());
    }

    private static String breakingLines(String output) {
        return output.lines().filter(line -> line.startsWith("BREAKING ")).map(line -> "  " + line)
                .reduce((a, b) -> a + "\n" + b).orElse("");
    }

    private static Path contractAt(String revision) throws IOException, InterruptedException {
        GitRun show = git("show", revision + ":" + CONTRACT);
        assertEquals(0, show.exitStatus(), "git show " + revision + ":" + CONTRACT + ": " + show.output());
        return write(show.output());
    }

    private static Path write(String text) throws IOException {
        Path file = Files.createTempFile("tonghu-contract-", ".graphql");
        file.toFile().deleteOnExit();
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file.toAbsolutePath();
    }

    private record GitRun(int exitStatus, String output) {
        List<String> lines() {
            return output.lines().filter(line -> !line.isBlank()).toList();
        }
    }

    private static GitRun git(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(arguments));
        Path output = Files.createTempFile("tonghu-git-", ".out");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
                    .start();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(command + " did not finish");
            }
            return new GitRun(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
