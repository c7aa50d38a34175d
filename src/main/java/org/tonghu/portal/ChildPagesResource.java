package org.tonghu.portal;

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

import org.tonghu.child.ChildFieldPolicy;
import org.tonghu.child.ChildService;
import org.tonghu.child.ChildView;
import org.tonghu.childfile.ChildFileService;
import org.tonghu.childfile.ChildFileView;
import org.tonghu.concern.ConcernCategory;
import org.tonghu.concern.ConcernInput;
import org.tonghu.concern.ConcernService;
import org.tonghu.concern.ConcernSeverity;
import org.tonghu.graphql.NotFoundException;
import org.tonghu.graphql.Problem;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.organization.OrganizationService;
import org.tonghu.organization.OrganizationView;
import org.tonghu.referral.ReferralService;
import org.tonghu.referral.ReferralView;
import org.tonghu.regioncode.RegionCode;
import org.tonghu.security.CurrentUser;
import org.tonghu.visit.VisitService;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;

/**
 * The child's file page and the record-a-visit form. They read and write through the same services as the API, so
 * scope, validation and audit are the same; an out-of-scope child is a plain 404.
 */
@Path("/portal/children/{childId}")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ChildPagesResource {

    @CheckedTemplate(basePath = "portal")
    static class Templates {
        static native TemplateInstance childFile(ChildFileContents f, boolean saved, String concernError,
                boolean mayReveal, String revealed, String revealError);

        static native TemplateInstance visitForm(ChildView child, ChildFileView file, VisitForm form,
                List<Problem> problems);

        static native TemplateInstance referralForm(ChildView child, ReferralForm form,
                List<OrganizationView> organizations, List<Problem> problems);
    }

    private final ChildFileService files;
    private final ChildFileReader reader;
    private final ChildFileExport export;
    private final ChildService children;
    private final VisitService visits;
    private final ConcernService concerns;
    private final ReferralService referrals;
    private final OrganizationService organizations;
    private final CurrentUser currentUser;

    ChildPagesResource(ChildFileService files, ChildFileReader reader, ChildFileExport export, ChildService children,
            VisitService visits, ConcernService concerns, ReferralService referrals, OrganizationService organizations,
            CurrentUser currentUser) {
        this.files = files;
        this.reader = reader;
        this.export = export;
        this.children = children;
        this.visits = visits;
        this.concerns = concerns;
        this.referrals = referrals;
        this.organizations = organizations;
        this.currentUser = currentUser;
    }

    @GET
    public Response childFile(@PathParam("childId") String childId, @QueryParam("saved") String saved,
            @QueryParam("concernError") String concernError, @Context HttpHeaders headers) {
        Locale locale = PortalLocale.of(headers);
        try {
            return page(filePage(reader.readPage(childId), saved != null,
                    concernError == null ? null : ProblemLabels.key(concernError), null, null), locale);
        } catch (NotFoundException | ValidationFailedException e) {
            return PortalResponses.notFound(locale);
        }
    }

    /**
     * The audited reveal of the child's full national ID number, with the reason the user states. The number is shown
     * once, in this response only (pages are never cached); a missing reason shows the field error.
     */
    @POST
    @Path("id-number")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revealIdNumber(@PathParam("childId") String childId, @FormParam("reason") String reason,
            @Context HttpHeaders headers) {
        Locale locale = PortalLocale.of(headers);
        try {
            String idNumber = children.revealIdNumber(childId, reason);
            return page(filePage(reader.readPage(childId), false, null, idNumber, null), locale);
        } catch (ValidationFailedException e) {
            try {
                return Response.status(422).entity(filePage(reader.readPage(childId), false, null, null,
                        ProblemLabels.key(e.problems().get(0).code())).setLocale(locale)).build();
            } catch (NotFoundException | ValidationFailedException notFound) {
                return PortalResponses.notFound(locale);
            }
        } catch (NotFoundException | ForbiddenException e) {
            return PortalResponses.notFound(locale);
        }
    }

    /** The whole file as a formatted spreadsheet in the user's language (audited as an export). */
    @GET
    @Path("file.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    public Response exportFile(@PathParam("childId") String childId, @Context HttpHeaders headers) {
        Locale locale = PortalLocale.of(headers);
        try {
            ChildFileContents file = reader.readForExport(childId);
            return Response.ok(export.toXlsx(file, locale))
                    .header("Content-Disposition", "attachment; filename=\"child-file-" + file.file().child().id()
                            + ".xlsx\"")
                    .build();
        } catch (NotFoundException | ValidationFailedException e) {
            return PortalResponses.notFound(locale);
        }
    }

    @GET
    @Path("referrals/new")
    public Response newReferral(@PathParam("childId") String childId, @Context HttpHeaders headers) {
        Locale locale = PortalLocale.of(headers);
        try {
            ChildView child = files.findChildFile(childId).child();
            return page(Templates.referralForm(child, ReferralForm.defaults(), receivers(child), List.of()), locale);
        } catch (NotFoundException | ValidationFailedException e) {
            return PortalResponses.notFound(locale);
        }
    }

    /** Sends the referral and shows it; bad input shows the form again, as typed, with the errors. */
    @POST
    @Path("referrals")
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
                return Response.status(422).entity(Templates.referralForm(child, form, receivers(child),
                        PortalResponses.onForm(e.problems(), ReferralForm.FIELDS::get, "need")).setLocale(locale))
                        .build();
            } catch (NotFoundException notFound) {
                return PortalResponses.notFound(locale);
            }
        } catch (NotFoundException e) {
            return PortalResponses.notFound(locale);
        }
    }

    /**
     * The organizations a child can be referred to: those working in the child's village or a region above it, other
     * than the caller's own.
     */
    private List<OrganizationView> receivers(ChildView child) {
        RegionCode village = RegionCode.parse(child.residenceVillageCode()).orElseThrow();
        String own = currentUser.organizationId().map(java.util.UUID::toString).orElse("");
        return organizations.listOrganizations(null, null, null, 100, null).edges().stream().map(edge -> edge.node())
                .filter(organization -> !organization.id().equals(own))
                .filter(organization -> RegionCode.parse(organization.regionCode()).map(region -> region.contains(village))
                        .orElse(false))
                .toList();
    }

    private TemplateInstance filePage(ChildFileContents file, boolean saved, String concernError, String revealed,
            String revealError) {
        return Templates.childFile(file, saved, concernError, ChildFieldPolicy.mayRevealIdNumber(currentUser), revealed,
                revealError);
    }

    @GET
    @Path("visits/new")
    public Response newVisit(@PathParam("childId") String childId, @Context HttpHeaders headers) {
        Locale locale = PortalLocale.of(headers);
        try {
            ChildFileView file = files.findChildFile(childId);
            boolean homeVisitOverdue = file.visitSchedule() != null && file.visitSchedule().homeVisitOverdue();
            return page(Templates.visitForm(file.child(), file, VisitForm.defaults(homeVisitOverdue), List.of()), locale);
        } catch (NotFoundException | ValidationFailedException e) {
            return PortalResponses.notFound(locale);
        }
    }

    /** Records the visit and goes back to the work list; bad input shows the form again, as typed, with the errors. */
    @POST
    @Path("visits")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recordVisit(@PathParam("childId") String childId, @BeanParam VisitForm form,
            @Context HttpHeaders headers) {
        Locale locale = PortalLocale.of(headers);
        try {
            visits.recordVisit(childId, form.toInput());
            return Response.seeOther(URI.create("/portal?recorded=1")).build();
        } catch (ValidationFailedException e) {
            try {
                ChildFileView file = files.findChildFile(childId);
                List<Problem> problems = e.problems().stream().map(problem -> new Problem(
                        VisitForm.FIELDS.getOrDefault(problem.field(), "kind"), problem.line(), problem.code(),
                        problem.message())).toList();
                return Response.status(422).entity(Templates.visitForm(file.child(), file, form, problems)
                        .setLocale(locale)).build();
            } catch (NotFoundException notFound) {
                return PortalResponses.notFound(locale);
            }
        } catch (NotFoundException e) {
            return PortalResponses.notFound(locale);
        }
    }

    /** Raises a concern from the child's file and goes back to it. */
    @POST
    @Path("concerns")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response raise(@PathParam("childId") String childId, @FormParam("category") String category,
            @FormParam("severity") String severity, @FormParam("description") String description,
            @Context HttpHeaders headers) {
        try {
            concerns.raiseConcern(childId, new ConcernInput(FormValues.choice(ConcernCategory.class, category,
                    "input.category"), FormValues.choice(ConcernSeverity.class, severity, "input.severity"),
                    description, null));
            return Response.seeOther(URI.create("/portal/children/" + childId + "?saved=1")).build();
        } catch (ValidationFailedException e) {
            return Response.seeOther(URI.create("/portal/children/" + childId + "?concernError="
                    + e.problems().get(0).code())).build();
        } catch (NotFoundException e) {
            return PortalResponses.notFound(PortalLocale.of(headers));
        }
    }

    private static Response page(TemplateInstance page, Locale locale) {
        return Response.ok(page.setLocale(locale)).build();
    }

}
