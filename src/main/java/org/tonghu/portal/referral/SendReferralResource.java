package org.tonghu.portal.referral;

import java.net.URI;
import java.util.List;
import java.util.Locale;

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

import org.tonghu.child.ChildView;
import org.tonghu.childfile.ChildFileService;
import org.tonghu.graphql.NotFoundException;
import org.tonghu.graphql.Problem;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.organization.OrganizationView;
import org.tonghu.portal.PortalLocale;
import org.tonghu.portal.PortalResponses;
import org.tonghu.referral.ReferralService;
import org.tonghu.referral.ReferralView;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * Sending a child's referral to another organization, from the child's file, through the same service as the API;
 * an out-of-scope child is a plain 404.
 */
@Path("/portal/children/{childId}/referrals")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class SendReferralResource {

    @CheckedTemplate(basePath = "portal/referral")
    static class Templates {
        static native TemplateInstance referralForm(ChildView child, ReferralForm form,
                List<OrganizationView> organizations, List<Problem> problems);
    }

    private final ChildFileService files;
    private final ReferralService referrals;
    SendReferralResource(ChildFileService files, ReferralService referrals) {
        this.files = files;
        this.referrals = referrals;
    }

    @GET
    @Path("new")
    public Response newReferral(@PathParam("childId") String childId, @Context HttpHeaders headers) {
        Locale locale = PortalLocale.of(headers);
        try {
            ChildView child = files.findChildFile(childId).child();
            return Response.ok(Templates.referralForm(child, ReferralForm.defaults(),
                    referrals.receiversFor(child.id()), List.of())
                    .setLocale(locale)).build();
        } catch (NotFoundException | ValidationFailedException e) {
            return PortalResponses.notFound(locale);
        }
    }

    /** Sends the referral and shows it; bad input shows the form again, as typed, with the errors. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response sendReferral(@PathParam("childId") String childId, @BeanParam ReferralForm form,
            @Context HttpHeaders headers) {
        Locale locale = PortalLocale.of(headers);
        try {
            ReferralView sent = referrals.referChild(form.toInput(childId));
            return Response.seeOther(URI.create("/portal/referrals/" + sent.id() + "?saved=1")).build();
        } catch (ValidationFailedException e) {
            try {
                ChildView child = files.findChildFile(childId).child();
                return Response.status(422).entity(Templates.referralForm(child, form,
                        referrals.receiversFor(child.id()),
                        PortalResponses.onForm(e.problems(), ReferralForm.FIELDS::get, "need")).setLocale(locale))
                        .build();
            } catch (NotFoundException notFound) {
                return PortalResponses.notFound(locale);
            }
        } catch (NotFoundException e) {
            return PortalResponses.notFound(locale);
        }
    }

}
