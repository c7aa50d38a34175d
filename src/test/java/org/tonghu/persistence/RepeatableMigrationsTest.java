package org.tonghu.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.tonghu.testing.Database;
import org.tonghu.testing.LocalModeTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The database's functions are defined by the repeatable migrations (R__): each ran, and each function the database
 * runs has the body its R__ file gives it now.
 */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class RepeatableMigrationsTest {

    private static final Path MIGRATIONS = Path.of("src", "main", "resources", "db", "migration");
    private static final Pattern FUNCTION = Pattern.compile(
            "create or replace function (\\w+)\\(.*?\\$\\$(.*?)\\$\\$;", Pattern.DOTALL);

    @Test
    void shouldRunEveryRepeatableMigrationAndUseItsFunctions() throws Exception {
        List<Path> files;
        try (var list = Files.list(MIGRATIONS)) {
            files = list.filter(file -> file.getFileName().toString().startsWith("R__")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        try (Connection connection = Database.asSuperuser()) {
            for (Path file : files) {
                String script = file.getFileName().toString();
                try (PreparedStatement ran = connection.prepareStatement(
                        "select count(*) from flyway_schema_history where script = 'db/migration/' || ? and success"
                                + " and version is null")) {
                    ran.setString(1, script);
                    ResultSet rows = ran.executeQuery();
                    rows.next();
                    assertEquals(1, rows.getInt(1), script + " ran once");
                }
                Matcher function = FUNCTION.matcher(Files.readString(file));
                int functions = 0;
                while (function.find()) {
                    functions++;
                    try (PreparedStatement source = connection.prepareStatement(
                            "select prosrc from pg_proc where proname = ?")) {
                        source.setString(1, function.group(1));
                        ResultSet rows = source.executeQuery();
                        assertTrue(rows.next(), function.group(1) + " exists");
                        assertEquals(function.group(2), rows.getString(1), function.group(1) + " is " + script + "'s");
                    }
                }
                assertTrue(functions > 0, script + " defines functions");
            }
        }
    }
}
