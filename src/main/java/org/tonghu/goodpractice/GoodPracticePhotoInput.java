package org.tonghu.goodpractice;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A photo to add to a case, with the consent recorded for it (required). */
@Input("GoodPracticePhotoInput")
@Description("A photo to add to a good-practice case, with the consent recorded for it (required).")
public record GoodPracticePhotoInput(
        @NonNull @Description("The image (JPEG, PNG or WebP), base64; at most tonghu.good-practice.max-photo-bytes.")
        String contentBase64,
        @Description("A caption, up to 200 characters; no personal data.") String caption,
        @NonNull @Description("Who consented to the photo's use (the person shown, or a child's guardian).")
        String consentGivenBy,
        @NonNull @Description("Their relation to the persons shown (本人, 监护人, ...), up to 30 characters.")
        String consentRelation,
        @NonNull @Description("When they consented; not in the future.") LocalDate consentGivenOn) {
}
