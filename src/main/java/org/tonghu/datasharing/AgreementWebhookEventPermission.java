package org.tonghu.datasharing;

import jakarta.enterprise.context.ApplicationScoped;

import org.tonghu.organization.OrganizationService;
import org.tonghu.security.CurrentUser;
import org.tonghu.webhook.WebhookEventPermission;

/**
 * The webhooks' permission from the data-sharing agreements: an app may subscribe to (and keeps receiving) a kind of
 * event only while its agreement in force lists it. Subscribing also needs the caller to be that client, acting for
 * an organization of the directory; which events reach the organization is decided per event by the webhook outbox.
 */
@ApplicationScoped
class AgreementWebhookEventPermission implements WebhookEventPermission {

    private final DataSharingService agreements;
    private final CurrentUser currentUser;
    private final OrganizationService organizations;

    AgreementWebhookEventPermission(DataSharingService agreements, CurrentUser currentUser,
            OrganizationService organizations) {
        this.agreements = agreements;
        this.currentUser = currentUser;
        this.organizations = organizations;
    }

    @Override
    public boolean allows(String clientId, String eventKind) {
        return clientId != null && currentUser.clientId().filter(clientId::equals).isPresent()
                && organizations.callersOrganization().isPresent() && stillAllows(clientId, eventKind);
    }

    @Override
    public boolean stillAllows(String clientId, String eventKind) {
        return agreements.allowsWebhookEvent(clientId, eventKind);
    }
}
