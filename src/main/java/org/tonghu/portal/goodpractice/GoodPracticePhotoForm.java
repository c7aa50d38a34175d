package org.tonghu.portal.goodpractice;

/** The photo form's text fields as posted, shown again beside a refused upload (the file is never echoed). */
public record GoodPracticePhotoForm(String caption, String consentGivenBy, String consentRelation,
        String consentGivenOn) {

    static final GoodPracticePhotoForm EMPTY = new GoodPracticePhotoForm("", "", "", "");
}
