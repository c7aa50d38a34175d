package org.tonghu.portal.spotcheck;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.tonghu.graphql.Problem;
import org.tonghu.portal.ProblemLabels;

import io.quarkus.qute.TemplateExtension;

/**
 * Template helpers of the spot check pages ({@code spcl:}): the first problem of a field, and the message key of its
 * code, in this feature's bundle where it has a word for it ({@code spc:error_<CODE>}), else in the portal's.
 */
@TemplateExtension(namespace = "spcl")
public final class SpotCheckLabels {

    static final Set<String> OWN = Arrays.stream(SpotCheckMessages.class.getDeclaredMethods()).map(Method::getName)
            .filter(name -> name.startsWith("error_")).map(name -> name.substring("error_".length()))
            .collect(Collectors.toUnmodifiableSet());

    private SpotCheckLabels() {
    }

    /** The first problem of a form field, or null. */
    static Problem problem(List<Problem> problems, String field) {
        return problems.stream().filter(problem -> field.equals(problem.field())).findFirst().orElse(null);
    }

    /** Whether this feature's bundle words the code. */
    static boolean own(String code) {
        return OWN.contains(code);
    }

    /** The key of the code's message: {@code error_<CODE>} in {@code spc:} if {@link #own}, else the portal's. */
    static String key(String code) {
        return own(code) ? "error_" + code : ProblemLabels.key(code);
    }
}
