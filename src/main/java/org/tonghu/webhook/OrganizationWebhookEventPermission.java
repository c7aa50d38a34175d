package org.tonghu.webhook;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.tonghu.organization.OrganizationService;
import org.tonghu.security.CurrentUser;

/**
 * Today's {@link WebhookEventPermission}: a kind is allowed when the caller is the client named, acts for an
 * organization of the directory, and events of the kind can concern that organization: any organization receives
 * and makes referrals, runs activities and files mandatory reports (policy §6: every body that meets children is a
 * reporting body), so every kind can. Which events reach it is decided per event by the outbox (the referral's
 * receiver, the referrer, the organizations that may see the activity, the report's filer).
 *
 * <p>Integration point: the data-sharing agreement's check, {@code DataSharingService.allowsWebhookEvent(clientId,
 * eventKind)}, is to be and-ed into {@link #allows} here.
 */
@ApplicationScoped
class OrganizationWebhookEventPermission implements WebhookEventPermission {

    private final CurrentUser currentUser;
    private final OrganizationService organizations;

    OrganizationWebhookEventPermission(CurrentUser currentUser, OrganizationService organizations) {
        this.currentUser = currentUser;
        this.organizations = organizations;
    }

    @Override
    public boolean allows(String clientId, String eventKind) {
        Optional<WebhookEventKind> kind = WebhookOutbox.kind(eventKind);
        if (kind.isEmpty() || clientId == null || !currentUser.clientId().filter(clientId::equals).isPresent()) {
            return false;
        }
        // every kind can concern any organization of the directory (see above): the organization is what counts
        return organizations.callersOrganization().isPresent();
    }
}
