package org.tonghu.graphql;

import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.quarkus.security.Authenticated;

/** {@code errorCodes}: the catalogue of every error code a client can receive ({@link ErrorCode}). */
@GraphQLApi
@Authenticated
public class ErrorCodeGraphQL {

    @Query("errorCodes")
    @Description("Every error code a client can receive (错误代码), in the order of the ErrorCode enum, each with what "
            + "it means and what to do. The same list is in docs/api/error-codes.md.")
    public @NonNull List<@NonNull ErrorCodeEntry> errorCodes() {
        return Arrays.stream(ErrorCode.values()).map(ErrorCodeEntry::of).toList();
    }
}
