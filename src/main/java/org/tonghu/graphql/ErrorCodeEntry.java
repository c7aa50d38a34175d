package org.tonghu.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One entry of the error-code catalogue as the graph shows it. */
@Type("ErrorCodeEntry")
@Description("One error code of the catalogue (错误代码) with what it means and what to do.")
public record ErrorCodeEntry(
        @Description("The code, as it appears in errors[].extensions.code or extensions.problems[].code.")
        @NonNull ErrorCode code,
        @Description("What the code means and what the client should do, in English.")
        @NonNull String description,
        @Description("What the code means and what the client should do, in Chinese (中文说明).")
        @NonNull String descriptionZh) {

    static ErrorCodeEntry of(ErrorCode code) {
        return new ErrorCodeEntry(code, code.description(), code.chineseDescription());
    }
}
