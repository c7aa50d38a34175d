package org.tonghu.datasharing;

import java.util.Optional;

import org.tonghu.security.AppBinding;

/**
 * What the data-sharing gate does with an app's request: run it bound to its agreement, or refuse it with an HTTP
 * status, a stable code and, for limits, the seconds to wait.
 */
record CallDecision(Optional<AppBinding> binding, int status, String code, String message, long retryAfterSeconds) {

    static CallDecision admit(AppBinding binding) {
        return new CallDecision(Optional.of(binding), 200, null, null, 0);
    }

    static CallDecision refuse(int status, String code, String message) {
        return new CallDecision(Optional.empty(), status, code, message, 0);
    }

    static CallDecision limit(String code, String message, long retryAfterSeconds) {
        return new CallDecision(Optional.empty(), 429, code, message, Math.max(1, retryAfterSeconds));
    }
}
