package org.tonghu.datasharing;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** A third-party app to register, with its agreement's terms. */
@Input("DataSharingRegistrationInput")
@Description("A third-party app to register with its data-sharing agreement.")
public record DataSharingRegistrationInput(
        @Name("clientId") @Description("The app's OAuth client id (the token's azp claim): letters, digits and "
                + "._:- , 1 to 100 characters.") @NonNull String clientId,
        @Name("organizationId") @Description("The organization the app acts for.") @NonNull @Id String organizationId,
        @Name("terms") @Description("The agreement's terms.") @NonNull DataSharingTermsInput terms) {
}
