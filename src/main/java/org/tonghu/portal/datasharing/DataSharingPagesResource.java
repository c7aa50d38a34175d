package org.tonghu.portal.datasharing;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.tonghu.datasharing.AgreementState;
import org.tonghu.datasharing.DataSharingAgreementConnection;
import org.tonghu.datasharing.DataSharingAgreementView;
import org.tonghu.datasharing.DataSharingService;
import org.tonghu.datasharing.FieldSet;
import org.tonghu.datasharing.LegalBasis;
import org.tonghu.webhook.WebhookEventKind;
import org.tonghu.graphql.ConflictException;
import org.tonghu.graphql.NotFoundException;
import org.tonghu.graphql.Problem;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.organization.OrganizationService;
import org.tonghu.organization.OrganizationView;
import org.tonghu.portal.PortalLocale;
import org.tonghu.portal.PortalResponses;
import org.tonghu.security.CurrentUser;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * The province's data-sharing pages: the third-party apps' agreements, the form registering an app with its
 * agreement, and one agreement with the form revoking it. Through the same service as the API: the same rules, codes
 * and audit, in one transaction, so a refused form writes nothing; a stale revocation shows the conflict. Others than
 * province officers get the 403 page.
 */
@Path("/portal/data-sharing")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class DataSharingPagesResource {

    /** The organizations offered on the registration form (the first page by name). */
    static final int ORGANIZATIONS_OFFERED = 100;

    @CheckedTemplate(basePath = "portal/datasharing")
    static class Templates {
        static native TemplateInstance agreements(DataSharingAgreementConnection agreements);

        static native TemplateInstance agreementForm(AgreementForm form, List<OrganizationView> organizations,
                List<LegalBasis> legalBases, List<FieldSet> fieldSets, List<WebhookEventKind> events,
                List<String> operations, List<Problem> problems);

        static native TemplateInstance agreement(DataSharingAgreementView agreement, String reason,
                List<Problem> problems, boolean conflict, boolean saved, boolean revocable);
    }

    private final DataSharingService agreements;
    private final OrganizationService organizations;
    private final CurrentUser currentUser;

    DataSharingPagesResource(DataSharingService agreements, OrganizationService organizations,
            CurrentUser currentUser) {
        this.agreements = agreements;
        this.organizations = organizations;
        this.currentUser = currentUser;
    }

    @GET
    public TemplateInstance list(@QueryParam("after") String after, @Context HttpHeaders headers) {
        requireProvince();
        return Templates.agreements(agreements.listAgreements(null, 50, after)).setLocale(PortalLocale.of(headers));
    }

    @GET
    @Path("new")
    public Response newAgreement(@Context HttpHeaders headers) {
        requireProvince();
        return form(AgreementForm.defaults(), List.of(), 200, PortalLocale.of(headers));
    }

    /** Registers the app and shows its agreement; bad input shows the form again, as typed, with the errors. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(@BeanParam AgreementForm form, @Context HttpHeaders headers) {
        requireProvince();
        try {
            DataSharingAgreementView registered = agreements.registerAgreement(form.toInput());
            return Response.seeOther(URI.create("/portal/data-sharing/" + registered.id() + "?saved=1")).build();
        } catch (ValidationFailedException e) {
            return form(form, PortalResponses.onForm(e.problems(), AgreementForm::fieldOf, "clientId"), 422,
                    PortalLocale.of(headers));
        }
    }

    private Response form(AgreementForm form, List<Problem> problems, int status, Locale locale) {
        List<OrganizationView> offered = organizations.listOrganizations(null, null, null, ORGANIZATIONS_OFFERED, null)
                .edges().stream().map(edge -> edge.node()).toList();
        return Response.status(status).entity(Templates.agreementForm(form, offered, List.of(LegalBasis.values()),
                List.of(FieldSet.values()), List.of(WebhookEventKind.values()), agreements.listOperations(),
                problems).setLocale(locale)).build();
    }

    @GET
    @Path("{agreementId}")
    public Response agreement(@PathParam("agreementId") String agreementId, @QueryParam("saved") String saved,
            @Context HttpHeaders headers) {
        requireProvince();
        return page(agreementId, "", List.of(), false, saved != null, 200, PortalLocale.of(headers));
    }

    @POST
    @Path("{agreementId}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(@PathParam("agreementId") String agreementId, @FormParam("version") long version,
            @FormParam("reason") String reason, @Context HttpHeaders headers) {
        requireProvince();
        Locale locale = PortalLocale.of(headers);
        try {
            agreements.revokeAgreement(agreementId, version, reason);
            return Response.seeOther(URI.create("/portal/data-sharing/" + agreementId + "?saved=1")).build();
        } catch (ValidationFailedException e) {
            return page(agreementId, reason, PortalResponses.onForm(e.problems(), field -> field, "reason"), false,
                    false, 422, locale);
        } catch (ConflictException e) {
            return page(agreementId, reason, List.of(), true, false, 409, locale);
        } catch (NotFoundException e) {
            return PortalResponses.notFound(locale);
        }
    }

    private Response page(String agreementId, String reason, List<Problem> problems, boolean conflict,
            boolean saved, int status, Locale locale) {
        try {
            DataSharingAgreementView agreement = agreements.findAgreement(agreementId);
            boolean revocable = agreement.state() == AgreementState.ACTIVE
                    || agreement.state() == AgreementState.NOT_YET_STARTED;
            return Response.status(status).entity(Templates.agreement(agreement, reason, problems, conflict, saved,
                    revocable).setLocale(locale)).build();
        } catch (NotFoundException | ValidationFailedException e) {
            return PortalResponses.notFound(locale);
        }
    }

    private void requireProvince() {
        if (!agreements.keepsAgreements()) {
            throw currentUser.refused();
        }
    }
}
