package org.tonghu.goodpractice;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A photo of a case: its number, type and size; the consent only for those who keep or review the case. */
@Type("GoodPracticePhoto")
@Description("A photo of a good-practice case.")
public record GoodPracticePhotoView(
        @NonNull @Description("Its number in the case, from 1.") int number,
        @NonNull @Description("Its media type: image/jpeg, image/png or image/webp.") String contentType,
        @NonNull @Description("Its size in bytes.") int byteSize,
        @Description("Its caption, up to 200 characters; null if none.") String caption,
        @Description("Where a published case's photo is served without sign-in; null until published.") String url,
        @Description("Who consented; those who keep or review the case only.") String consentGivenBy,
        @Description("Their relation to the persons shown; those who keep or review the case only.")
        String consentRelation,
        @Description("When they consented; those who keep or review the case only.") LocalDate consentGivenOn) {
}
