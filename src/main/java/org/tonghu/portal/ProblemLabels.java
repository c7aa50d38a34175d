package org.tonghu.portal;

import java.util.List;
import java.util.Set;

import org.tonghu.graphql.Problem;

import io.quarkus.qute.TemplateExtension;

/** Template helpers for showing input problems next to their fields, in the user's language. */
@TemplateExtension(namespace = "problem")
public final class ProblemLabels {

    /** Codes with a message of their own in {@link PortalErrors}; any other code shows the generic one. */
    static final Set<String> KNOWN = java.util.Arrays.stream(PortalErrors.class.getDeclaredMethods())
            .map(java.lang.reflect.Method::getName).filter(name -> name.startsWith("error_"))
            .map(name -> name.substring("error_".length())).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private ProblemLabels() {
    }

    /** The message key for a code: {@code VISITED_AT_INVALID} becomes {@code error_VISITED_AT_INVALID}. */
    public static String key(String code) {
        return KNOWN.contains(code) ? "error_" + code : "error_INVALID";
    }

    /** The first problem of a form field, or null. */
    static Problem of(List<Problem> problems, String field) {
        return problems.stream().filter(problem -> field.equals(problem.field())).findFirst().orElse(null);
    }
}
