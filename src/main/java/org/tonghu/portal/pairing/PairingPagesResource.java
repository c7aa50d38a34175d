package org.tonghu.portal.pairing;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.tonghu.child.ChildService;
import org.tonghu.graphql.NotFoundException;
import org.tonghu.graphql.Problem;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.organization.OrganizationKind;
import org.tonghu.organization.OrganizationService;
import org.tonghu.pairing.PairingConnection;
import org.tonghu.pairing.PairingService;
import org.tonghu.pairing.PairingView;
import org.tonghu.policy.CarePolicy;
import org.tonghu.portal.PortalLocale;
import org.tonghu.portal.PortalResponses;
import org.tonghu.security.CurrentUser;
import org.tonghu.security.Roles;
import org.tonghu.volunteer.VolunteerService;
import org.tonghu.volunteer.VolunteerView;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * A partner's pairings in the portal: the list (the most urgent check-in first), registering a pairing and recording
 * a check-in. Through the same service as the API: the same rules, codes and audit.
 */
@Path("/portal/pairings")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class PairingPagesResource {

    @CheckedTemplate(basePath = "portal/pairing")
    static class Templates {
        static native TemplateInstance pairings(PairingConnection pairings, Map<String, String> childNames,
                boolean saved);

        static native TemplateInstance pairingForm(PairingForm form, List<VolunteerView> volunteers,
                List<Problem> problems);

        static native TemplateInstance pairingContactForm(PairingView pairing, PairingContactForm form,
                List<Problem> problems);
    }

    private final PairingService pairings;
    private final ChildService children;
    private final VolunteerService volunteers;
    private final OrganizationService organizations;
    private final CurrentUser currentUser;
    private final CarePolicy policy;

    PairingPagesResource(PairingService pairings, ChildService children, VolunteerService volunteers,
            OrganizationService organizations, CurrentUser currentUser, CarePolicy policy) {
        this.pairings = pairings;
        this.children = children;
        this.volunteers = volunteers;
        this.organizations = organizations;
        this.currentUser = currentUser;
        this.policy = policy;
    }

    @GET
    public TemplateInstance list(@jakarta.ws.rs.QueryParam("saved") String saved, @Context HttpHeaders headers) {
        requirePartner();
        PairingConnection page = pairings.listPairings(null, 50, null);
        Map<String, String> childNames = new HashMap<>();
        children.findChildrenInScope(page.edges().stream().map(edge -> UUID.fromString(edge.node().childId()))
                .collect(Collectors.toSet())).forEach((id, child) -> childNames.put(id, child.name()));
        return Templates.pairings(page, childNames, saved != null).setLocale(PortalLocale.of(headers));
    }

    @GET
    @Path("new")
    public TemplateInstance newPairing(@Context HttpHeaders headers) {
        requirePartner();
        boolean womensFederation = currentUser.organizationId().flatMap(organizations::findOrganization)
                .map(organization -> organization.kind() == OrganizationKind.WOMENS_FEDERATION).orElse(false);
        PairingForm form = PairingForm.defaults(womensFederation, policy.pairing().defaultCheckInIntervalDays());
        return Templates.pairingForm(form, ownVolunteers(), List.of())
                .setLocale(PortalLocale.of(headers));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createPairing(@BeanParam PairingForm form, @Context HttpHeaders headers) {
        requirePartner();
        Locale locale = PortalLocale.of(headers);
        try {
            pairings.createPairing(form.toInput());
            return Response.seeOther(URI.create("/portal/pairings?saved=1")).build();
        } catch (ValidationFailedException e) {
            return Response.status(422).entity(Templates.pairingForm(form, ownVolunteers(),
                    PortalResponses.onForm(e.problems(), PairingForm.FIELDS::get, "childIdNumber"))
                    .setLocale(locale)).build();
        } catch (NotFoundException e) {
            List<Problem> problems = List.of(new Problem("childIdNumber", null, e.code(), e.getMessage()));
            return Response.status(422).entity(Templates.pairingForm(form, ownVolunteers(), problems).setLocale(locale))
                    .build();
        }
    }

    @GET
    @Path("{pairingId}/contacts/new")
    public Response newContact(@PathParam("pairingId") String pairingId, @Context HttpHeaders headers) {
        requirePartner();
        return findOwn(pairingId).map(pairing -> Response.ok(Templates.pairingContactForm(pairing,
                PairingContactForm.defaults(), List.of()).setLocale(PortalLocale.of(headers))).build())
                .orElseGet(() -> PortalResponses.notFound(PortalLocale.of(headers)));
    }

    @POST
    @Path("{pairingId}/contacts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recordContact(@PathParam("pairingId") String pairingId, @BeanParam PairingContactForm form,
            @Context HttpHeaders headers) {
        requirePartner();
        Locale locale = PortalLocale.of(headers);
        try {
            pairings.recordPairingContact(pairingId, form.toInput());
            return Response.seeOther(URI.create("/portal/pairings?saved=1")).build();
        } catch (ValidationFailedException e) {
            return findOwn(pairingId).map(pairing -> Response.status(422).entity(Templates.pairingContactForm(pairing,
                    form, PortalResponses.onForm(e.problems(), PairingContactForm.FIELDS::get, "contactedOn"))
                    .setLocale(locale)).build())
                    .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).build());
        } catch (NotFoundException e) {
            return PortalResponses.notFound(locale);
        }
    }

    private java.util.Optional<PairingView> findOwn(String pairingId) {
        return pairings.findOwnPairing(pairingId);
    }

    private List<VolunteerView> ownVolunteers() {
        String organization = currentUser.requireOrganizationId().toString();
        return volunteers.listVolunteers(organization, null, 100, null).edges().stream().map(edge -> edge.node())
                .filter(VolunteerView::active).toList();
    }

    private void requirePartner() {
        if (!currentUser.hasRole(Roles.PARTNER_STAFF) || currentUser.organizationId().isEmpty()) {
            throw currentUser.refused();
        }
    }

}
