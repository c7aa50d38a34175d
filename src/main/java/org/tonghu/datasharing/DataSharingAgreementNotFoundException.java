package org.tonghu.datasharing;

import org.tonghu.graphql.NotFoundException;

import io.smallrye.graphql.api.ErrorCode;

/** No data-sharing agreement with this id. */
@ErrorCode("DATA_SHARING_AGREEMENT_NOT_FOUND")
public class DataSharingAgreementNotFoundException extends NotFoundException {

    public DataSharingAgreementNotFoundException() {
        super("No data-sharing agreement with this id.");
    }
}
