package org.tonghu.goodpractice;

import org.tonghu.graphql.NotFoundException;

import io.smallrye.graphql.api.ErrorCode;

/** No good-practice case with this id that the caller may see (or act on). */
@ErrorCode("GOOD_PRACTICE_CASE_NOT_FOUND")
public class GoodPracticeCaseNotFoundException extends NotFoundException {

    public GoodPracticeCaseNotFoundException() {
        super("No good-practice case with this id.");
    }
}
