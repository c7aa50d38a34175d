package org.tonghu.webhook;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One attempt to send a delivery. */
@Type("WebhookAttempt")
@Description("One attempt to send a webhook delivery: never the bodies sent or received.")
public record WebhookAttemptView(
        @NonNull @Description("The attempt's number, from 1, over the delivery's whole life.") int number,
        @NonNull @Description("When it was made.") OffsetDateTime attemptedAt,
        @Description("The receiver's HTTP status; none if no answer came.") Integer statusCode,
        @NonNull @Description("How long it took, in milliseconds.") int durationMillis,
        @Description("The kind of failure: HTTP_<status>, a Java exception's simple name (ConnectException, "
                + "HttpTimeoutException, ...) or TARGET_NOT_ALLOWED; none on success.") String errorClass,
        @NonNull @Description("Whether the receiver answered with a 2xx status.") boolean succeeded) {
}
