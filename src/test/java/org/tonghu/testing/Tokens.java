package org.tonghu.testing;

import org.tonghu.local.DemoIssuer;
import org.tonghu.local.DemoUser;

/** Bearer tokens for the demo users, signed by the running demo issuer. */
public final class Tokens {

    private Tokens() {
    }

    public static String of(String username) {
        DemoUser user = DemoUser.find(username).orElseThrow(() -> new IllegalArgumentException("No demo user " + username));
        return LocalModeTestResource.issuer().accessToken(user, DemoIssuer.CLI_CLIENT_ID);
    }

    public static String partnerApp() {
        return LocalModeTestResource.issuer().accessToken(DemoUser.PARTNER_APP, DemoIssuer.PARTNER_APP_CLIENT_ID);
    }
}
