package org.tonghu.portal.datasharing;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.tonghu.graphql.Problem;
import org.tonghu.portal.ProblemLabels;

import io.quarkus.qute.TemplateExtension;

/** Template helpers of the data-sharing pages ({@code dsal:}): their problems in this feature's words. */
@TemplateExtension(namespace = "dsal")
public final class DataSharingLabels {

    static final Set<String> OWN = Arrays.stream(DataSharingMessages.class.getDeclaredMethods()).map(Method::getName)
            .filter(name -> name.startsWith("error_")).map(name -> name.substring("error_".length()))
            .collect(Collectors.toUnmodifiableSet());

    private DataSharingLabels() {
    }

    /** The first problem of a form field, or null. */
    static Problem problem(List<Problem> problems, String field) {
        return problems.stream().filter(problem -> field.equals(problem.field())).findFirst().orElse(null);
    }

    /** Whether this feature's bundle words the code. */
    static boolean own(String code) {
        return OWN.contains(code);
    }

    /** The key of the code's message: {@code error_<CODE>} in {@code dsa:} if {@link #own}, else the portal's. */
    static String key(String code) {
        return own(code) ? "error_" + code : ProblemLabels.key(code);
    }

    /** The message key of an enum constant of this feature: {@code fieldSet_CHILD_LEVEL}. */
    static String word(String prefix, Object value) {
        return prefix + "_" + value;
    }
}
