package org.tonghu.graphql;

import java.util.List;

import io.smallrye.graphql.api.ErrorCode;

/** The input broke one or more rules; nothing was written. The problems say which and where. */
@ErrorCode("VALIDATION_FAILED")
public class ValidationFailedException extends DomainException {

    private final List<Problem> problems;

    public ValidationFailedException(List<Problem> problems) {
        super("The input is not valid: " + problems.size() + " problem(s); see extensions.problems.");
        this.problems = List.copyOf(problems);
    }

    public static ValidationFailedException of(String field, String code, String message) {
        return new ValidationFailedException(List.of(Problem.ofField(field, code, message)));
    }

    @Override
    public List<Problem> problems() {
        return problems;
    }
}
