package org.tonghu.portal.caseaction;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.tonghu.caseaction.CaseActionKind;
import org.tonghu.caseaction.CaseActionService;
import org.tonghu.child.ChildService;
import org.tonghu.child.ChildView;
import org.tonghu.graphql.NotFoundException;
import org.tonghu.graphql.Problem;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.portal.PortalLocale;
import org.tonghu.portal.PortalResponses;
import org.tonghu.security.CurrentUser;
import org.tonghu.time.ChinaTime;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * Recording a linked action on a child's case (policy §6) from the child's file, for the civil-affairs officers over
 * the child's village (the API's roles for it): through the same service as the API, so the same rules, codes and
 * audit in one transaction, and a refused form writes nothing. Other roles get the 403 page, a child out of the
 * officer's jurisdiction the 404 page.
 */
@Path("/portal/children/{childId}/case-actions")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class CaseActionPagesResource {

    @CheckedTemplate(basePath = "portal/caseaction")
    static class Templates {
        static native TemplateInstance caseActionForm(ChildView child, CaseActionForm form,
                List<CaseActionKind> kinds, List<Problem> problems);
    }

    private static final List<CaseActionKind> KINDS = List.of(CaseActionKind.values());

    private final CaseActionService actions;
    private final ChildService children;
    private final CurrentUser currentUser;

    CaseActionPagesResource(CaseActionService actions, ChildService children, CurrentUser currentUser) {
        this.actions = actions;
        this.children = children;
        this.currentUser = currentUser;
    }

    /** The form; {@code report} names the mandatory report about the child that led to the action, if any. */
    @GET
    @Path("new")
    public Response newCaseAction(@PathParam("childId") String childId, @QueryParam("report") String reportId,
            @Context HttpHeaders headers) {
        requireRecorder();
        Locale locale = PortalLocale.of(headers);
        try {
            ChildView child = children.findChildToEdit(childId);
            return Response.ok(Templates.caseActionForm(child, CaseActionForm.defaults(ChinaTime.today(), reportId),
                    KINDS, List.of()).setLocale(locale)).build();
        } catch (NotFoundException | ValidationFailedException e) {
            return PortalResponses.notFound(locale);
        }
    }

    /** Records the action and goes back to the child's file; bad input shows the form again, as typed, with errors. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recordCaseAction(@PathParam("childId") String childId, @BeanParam CaseActionForm form,
            @Context HttpHeaders headers) {
        requireRecorder();
        Locale locale = PortalLocale.of(headers);
        try {
            actions.recordCaseAction(childId, form.toInput());
            return Response.seeOther(URI.create("/portal/children/" + childId + "?saved=1#case-actions")).build();
        } catch (ValidationFailedException e) {
            try {
                ChildView child = children.findChildToEdit(childId);
                return Response.status(422).entity(Templates.caseActionForm(child, form, KINDS,
                        PortalResponses.onForm(e.problems(), CaseActionForm.FIELDS::get, "kind")).setLocale(locale))
                        .build();
            } catch (NotFoundException | ValidationFailedException notFound) {
                return PortalResponses.notFound(locale);
            }
        } catch (NotFoundException e) {
            return PortalResponses.notFound(locale);
        }
    }

    private void requireRecorder() {
        if (!currentUser.isCivilAffairsOfficer()) {
            throw currentUser.refused();
        }
    }
}
