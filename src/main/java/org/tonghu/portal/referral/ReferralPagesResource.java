package org.tonghu.portal.referral;

import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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

import org.tonghu.child.ChildService;
import org.tonghu.child.ChildView;
import org.tonghu.graphql.ConflictException;
import org.tonghu.graphql.NotFoundException;
import org.tonghu.graphql.Problem;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.organization.OrganizationService;
import org.tonghu.organization.OrganizationView;
import org.tonghu.portal.FormValues;
import org.tonghu.portal.PortalLocale;
import org.tonghu.portal.PortalResponses;
import org.tonghu.referral.ReferralConnection;
import org.tonghu.referral.ReferralDirection;
import org.tonghu.referral.ReferralFilter;
import org.tonghu.referral.ReferralService;
import org.tonghu.referral.ReferralView;
import org.tonghu.security.CurrentUser;
import org.tonghu.time.ChinaTime;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * Referrals in the portal: the lists received and sent, one referral with its answer forms (accept, decline with a
 * reason, close with the outcome). Sending starts on the child's file ({@link SendReferralResource}). Through the same
 * service as the API; a stale answer (someone answered meanwhile) shows the conflict and changes nothing.
 */
@Path("/portal/referrals")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ReferralPagesResource {

    @CheckedTemplate(basePath = "portal/referral")
    static class Templates {
        static native TemplateInstance referrals(ReferralConnection received, ReferralConnection sent,
                Map<String, String> childNames, Map<String, String> organizationNames);

        static native TemplateInstance referral(ReferralView referral, String childName,
                Map<String, String> organizationNames, boolean receiver, boolean saved, boolean conflict,
                ReferralAnswerForm form, List<Problem> problems);
    }

    /** What the answer forms post, kept to show again with the errors. */
    public record ReferralAnswerForm(String reason, String outcome, String closedOn) {
    }

    private final ReferralService referrals;
    private final ChildService children;
    private final OrganizationService organizations;
    private final CurrentUser currentUser;

    ReferralPagesResource(ReferralService referrals, ChildService children, OrganizationService organizations,
            CurrentUser currentUser) {
        this.referrals = referrals;
        this.children = children;
        this.organizations = organizations;
        this.currentUser = currentUser;
    }

    @GET
    public TemplateInstance list(@Context HttpHeaders headers) {
        ReferralConnection received = currentUser.organizationId().isPresent()
                ? referrals.listReferrals(new ReferralFilter(ReferralDirection.RECEIVED, null, null), 50, null) : null;
        ReferralConnection sent = currentUser.organizationId().isPresent() || currentUser.childScope().hasJurisdiction()
                ? referrals.listReferrals(new ReferralFilter(ReferralDirection.SENT, null, null), 50, null) : null;
        List<ReferralView> shown = Stream.of(received, sent).filter(java.util.Objects::nonNull)
                .flatMap(page -> page.edges().stream().map(edge -> edge.node())).toList();
        return Templates.referrals(received, sent, childNames(shown), organizationNames(shown))
                .setLocale(PortalLocale.of(headers));
    }

    @GET
    @Path("{referralId}")
    public Response referral(@PathParam("referralId") String referralId, @QueryParam("saved") String saved,
            @Context HttpHeaders headers) {
        Locale locale = PortalLocale.of(headers);
        try {
            return Response.ok(page(referrals.findReferral(referralId), saved != null, false, blankForm(),
                    List.of()).setLocale(locale)).build();
        } catch (NotFoundException | ValidationFailedException e) {
            return PortalResponses.notFound(locale);
        }
    }

    @POST
    @Path("{referralId}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accept(@PathParam("referralId") String referralId, @FormParam("version") int version,
            @Context HttpHeaders headers) {
        return answer(referralId, blankForm(), headers, () -> referrals.acceptReferral(referralId, version));
    }

    @POST
    @Path("{referralId}/decline")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decline(@PathParam("referralId") String referralId, @FormParam("version") int version,
            @FormParam("reason") String reason, @Context HttpHeaders headers) {
        return answer(referralId, new ReferralAnswerForm(reason, null, null), headers,
                () -> referrals.declineReferral(referralId, version, reason));
    }

    @POST
    @Path("{referralId}/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response close(@PathParam("referralId") String referralId, @FormParam("version") int version,
            @FormParam("outcome") String outcome, @FormParam("closedOn") String closedOn,
            @Context HttpHeaders headers) {
        return answer(referralId, new ReferralAnswerForm(null, outcome, closedOn), headers, () -> {
            LocalDate day;
            try {
                day = FormValues.blank(closedOn) ? null : LocalDate.parse(closedOn);
            } catch (DateTimeException e) {
                throw ValidationFailedException.of("closedOn", "CLOSED_ON_INVALID", "closedOn is not a date.");
            }
            return referrals.closeReferral(referralId, version, outcome, day);
        });
    }

    /** Runs an answer; on success back to the referral, on bad input or a stale version the page again, as typed. */
    private Response answer(String referralId, ReferralAnswerForm form, HttpHeaders headers,
            java.util.function.Supplier<ReferralView> action) {
        Locale locale = PortalLocale.of(headers);
        try {
            ReferralView answered = action.get();
            return Response.seeOther(URI.create("/portal/referrals/" + answered.id() + "?saved=1")).build();
        } catch (ConflictException e) {
            return current(referralId, locale, 409, true, form, List.of());
        } catch (ValidationFailedException e) {
            return current(referralId, locale, 422, false, form, e.problems());
        } catch (NotFoundException e) {
            return PortalResponses.notFound(locale);
        }
    }

    private Response current(String referralId, Locale locale, int status, boolean conflict, ReferralAnswerForm form,
            List<Problem> problems) {
        try {
            return Response.status(status).entity(page(referrals.findReferral(referralId), false, conflict, form,
                    problems).setLocale(locale)).build();
        } catch (NotFoundException | ValidationFailedException e) {
            return PortalResponses.notFound(locale);
        }
    }

    private TemplateInstance page(ReferralView referral, boolean saved, boolean conflict, ReferralAnswerForm form,
            List<Problem> problems) {
        boolean receiver = currentUser.organizationId().map(UUID::toString)
                .filter(referral.toOrganizationId()::equals).isPresent();
        String childName = childNames(List.of(referral)).get(referral.childId());
        return Templates.referral(referral, childName, organizationNames(List.of(referral)), receiver, saved,
                conflict, form, problems);
    }

    private static ReferralAnswerForm blankForm() {
        return new ReferralAnswerForm(null, null, ChinaTime.today().toString());
    }

    /** The names of the children the caller may still see (a declined referral's child is no longer among them). */
    private Map<String, String> childNames(List<ReferralView> shown) {
        Map<String, ChildView> found = children.findChildrenInScope(shown.stream()
                .map(referral -> UUID.fromString(referral.childId())).collect(Collectors.toSet()));
        return found.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().name()));
    }

    private Map<String, String> organizationNames(List<ReferralView> shown) {
        Set<UUID> ids = shown.stream().flatMap(referral -> Stream.of(referral.fromOrganizationId(),
                referral.toOrganizationId())).filter(java.util.Objects::nonNull).map(UUID::fromString)
                .collect(Collectors.toSet());
        return organizations.findOrganizations(ids).values().stream()
                .collect(Collectors.toMap(OrganizationView::id, OrganizationView::name));
    }

}
