package org.tonghu.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * How the sources read (see .editorconfig): Java lines of at most {@value #MAX_LINE_LENGTH} characters, and unchecked
 * casts of query results only in {@code org.tonghu.persistence.NativeSql}, where stores get typed results from.
 */
class SourceLayoutTest {

    static final int MAX_LINE_LENGTH = 120;
    private static final List<Path> SOURCES = List.of(Path.of("src", "main", "java"), Path.of("src", "test", "java"));

    @Test
    void javaLinesFitTheLineLength() {
        List<String> tooLong = new ArrayList<>();
        forEachLine((file, number, line) -> {
            if (line.codePointCount(0, line.length()) > MAX_LINE_LENGTH) {
                tooLong.add(file + ":" + number);
            }
        });
        assertEquals(List.of(), tooLong, "lines longer than " + MAX_LINE_LENGTH + " characters");
    }

    @Test
    void onlyNativeSqlSuppressesUncheckedWarnings() {
        List<String> suppressing = new ArrayList<>();
        forEachLine((file, number, line) -> {
            if (line.contains("@SuppressWarnings(\"unchecked\")") && !file.endsWith(Path.of("persistence",
                    "NativeSql.java")) && !file.startsWith(SOURCES.get(1))) {
                suppressing.add(file + ":" + number);
            }
        });
        assertEquals(List.of(), suppressing, "unchecked casts outside NativeSql");
    }

    private interface LineCheck {
        void check(Path file, int number, String line);
    }

    private static void forEachLine(LineCheck check) {
        for (Path root : SOURCES) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                    List<String> lines = Files.readAllLines(file);
                    for (int i = 0; i < lines.size(); i++) {
                        check.check(file, i + 1, lines.get(i));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
