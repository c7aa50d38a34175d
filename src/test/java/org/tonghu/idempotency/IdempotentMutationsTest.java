package org.tonghu.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.graphql.Mutation;
import org.junit.jupiter.api.Test;

/**
 * Which mutations take an idempotency key: every one that creates (named with a creating verb, or correcting a visit,
 * which creates the correction), and none that updates with an expectedVersion (a retry of those gets CONFLICT).
 */
class IdempotentMutationsTest {

    private static final Pattern CREATING = Pattern.compile(
            "(create|record|raise|refer|register|appoint|import|file|add|subscribe)[A-Z].*|correctVisit");

    @Test
    void shouldMarkExactlyTheCreatingMutationsIdempotent() throws IOException {
        Set<String> all = new TreeSet<>();
        Set<String> creating = new TreeSet<>();
        Set<String> idempotent = new TreeSet<>();
        for (Class<?> resolver : ResultJsonTest.RESOLVERS) {
            for (Method method : resolver.getDeclaredMethods()) {
                Mutation mutation = method.getAnnotation(Mutation.class);
                if (mutation == null) {
                    continue;
                }
                all.add(mutation.value());
                if (CREATING.matcher(mutation.value()).matches()) {
                    creating.add(mutation.value());
                }
                if (method.isAnnotationPresent(Idempotent.class)) {
                    idempotent.add(mutation.value());
                }
            }
        }
        assertEquals(publishedMutations(), all, "every resolver class with mutations is looked at");
        assertEquals(creating, idempotent);
        assertEquals(33, idempotent.size(), "every creating mutation of the schema: " + idempotent);
    }

    /** The fields of type Mutation in the published contract, schema/schema.graphql. */
    private static Set<String> publishedMutations() throws IOException {
        String schema = Files.readString(Path.of("schema/schema.graphql"));
        int start = schema.indexOf("type Mutation {");
        String block = schema.substring(start, schema.indexOf("\n}", start));
        Set<String> names = new TreeSet<>();
        Matcher field = Pattern.compile("(?m)^  (\\w+)\\(").matcher(block);
        while (field.find()) {
            names.add(field.group(1));
        }
        return names;
    }
}
