package org.tonghu.portal;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.tonghu.graphql.NotFoundException;
import org.tonghu.graphql.Problem;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.rehabilitation.RehabilitationConnection;
import org.tonghu.rehabilitation.RehabilitationService;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** The Disabled Persons' Federation's rehabilitation steps in the portal: the open ones, and recording a step. */
@Path("/portal/rehabilitation")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class RehabilitationPagesResource {

    @CheckedTemplate(basePath = "portal")
    static class Templates {
        static native TemplateInstance rehabilitation(RehabilitationConnection records, boolean saved);

        static native TemplateInstance rehabilitationForm(RehabilitationForm form, List<Problem> problems);
    }

    private final RehabilitationService rehabilitation;

    RehabilitationPagesResource(RehabilitationService rehabilitation) {
        this.rehabilitation = rehabilitation;
    }

    @GET
    public TemplateInstance list(@QueryParam("saved") String saved, @Context HttpHeaders headers) {
        return Templates.rehabilitation(rehabilitation.listRehabilitation(null, 50, null), saved != null)
                .setLocale(PortalLocale.of(headers));
    }

    @GET
    @Path("new")
    public TemplateInstance newRecord(@Context HttpHeaders headers) {
        return Templates.rehabilitationForm(RehabilitationForm.defaults(), List.of()).setLocale(PortalLocale.of(headers));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response record(@BeanParam RehabilitationForm form, @Context HttpHeaders headers) {
        try {
            rehabilitation.recordRehabilitation(form.toInput());
            return Response.seeOther(URI.create("/portal/rehabilitation?saved=1")).build();
        } catch (ValidationFailedException e) {
            return Response.status(422).entity(Templates.rehabilitationForm(form,
                    PairingPagesResource.onForm(e.problems(), RehabilitationForm.FIELDS::get, "childIdNumber"))
                    .setLocale(PortalLocale.of(headers))).build();
        } catch (NotFoundException e) {
            return Response.status(422).entity(Templates.rehabilitationForm(form,
                    List.of(new Problem("childIdNumber", null, e.code(), e.getMessage())))
                    .setLocale(PortalLocale.of(headers))).build();
        }
    }
}
