package org.tonghu.portal.activity;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

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

import org.tonghu.activity.ActivityAttendee;
import org.tonghu.activity.ActivityConnection;
import org.tonghu.activity.ActivityService;
import org.tonghu.activity.ActivityStatus;
import org.tonghu.activity.ActivityView;
import org.tonghu.activity.AttendanceInput;
import org.tonghu.child.ChildFilter;
import org.tonghu.child.ChildReferenceInput;
import org.tonghu.child.ChildService;
import org.tonghu.child.ChildView;
import org.tonghu.graphql.ConflictException;
import org.tonghu.graphql.DomainException;
import org.tonghu.graphql.Problem;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.harbor.HarborSiteService;
import org.tonghu.harbor.HarborSiteView;
import org.tonghu.portal.PortalLocale;
import org.tonghu.portal.PortalResponses;
import org.tonghu.security.CurrentUser;
import org.tonghu.volunteer.VolunteerService;
import org.tonghu.volunteer.VolunteerView;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * An organization's activities in the portal: the list, planning one, moving it on (held, reported, cancelled) and
 * taking attendance by pasting ID numbers and names, one child a line. Through the same service as the API.
 */
@Path("/portal/activities")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ActivityPagesResource {

    @CheckedTemplate(basePath = "portal/activity")
    static class Templates {
        static native TemplateInstance activities(ActivityConnection activities);

        static native TemplateInstance activityForm(ActivityForm form, List<HarborSiteView> sites,
                List<VolunteerView> volunteers, List<Problem> problems);

        static native TemplateInstance activity(ActivityView activity, String attendance, List<Problem> problems,
                boolean saved, boolean conflict, boolean attendanceOpen, List<ActivityAttendee> attendees,
                List<ChildView> knownChildren);
    }

    private final ActivityService activities;
    private final HarborSiteService harborSites;
    private final VolunteerService volunteers;
    private final ChildService children;
    private final CurrentUser currentUser;

    ActivityPagesResource(ActivityService activities, HarborSiteService harborSites, VolunteerService volunteers,
            ChildService children, CurrentUser currentUser) {
        this.volunteers = volunteers;
        this.children = children;
        this.activities = activities;
        this.harborSites = harborSites;
        this.currentUser = currentUser;
    }

    @GET
    public TemplateInstance list(@Context HttpHeaders headers) {
        currentUser.requireOrganizationId();
        return Templates.activities(activities.listActivities(null, null, 50, null))
                .setLocale(PortalLocale.of(headers));
    }

    @GET
    @Path("new")
    public TemplateInstance newActivity(@Context HttpHeaders headers) {
        return Templates.activityForm(ActivityForm.defaults(), ownSites(), ownVolunteers(), List.of())
                .setLocale(PortalLocale.of(headers));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam ActivityForm form, @Context HttpHeaders headers) {
        try {
            ActivityView activity = activities.createActivity(form.toInput());
            return Response.seeOther(URI.create("/portal/activities/" + activity.id() + "?saved=1")).build();
        } catch (ValidationFailedException e) {
            return Response.status(422).entity(Templates.activityForm(form, ownSites(), ownVolunteers(),
                    PortalResponses.onForm(e.problems(), ActivityForm::fieldOf, "title"))
                    .setLocale(PortalLocale.of(headers))).build();
        }
    }

    @GET
    @Path("{activityId}")
    public Response show(@PathParam("activityId") String activityId, @QueryParam("saved") String saved,
            @Context HttpHeaders headers) {
        Locale locale = PortalLocale.of(headers);
        return activities.findOwnActivity(activityId)
                .map(activity -> Response.ok(page(activity, "", List.of(), saved != null, false).setLocale(locale))
                        .build())
                .orElseGet(() -> PortalResponses.notFound(locale));
    }

    @POST
    @Path("{activityId}/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeStatus(@PathParam("activityId") String activityId, @FormParam("status") String status,
            @FormParam("version") int version, @FormParam("text") String text, @Context HttpHeaders headers) {
        Locale locale = PortalLocale.of(headers);
        try {
            activities.changeActivityStatus(activityId, version, ActivityStatus.valueOf(status), text);
            return Response.seeOther(URI.create("/portal/activities/" + activityId + "?saved=1")).build();
        } catch (ValidationFailedException e) {
            return activities.findOwnActivity(activityId).map(activity -> Response.status(422)
                    .entity(page(activity, "", PortalResponses.onForm(e.problems(), field -> "status",
                            "status"), false, false).setLocale(locale)).build())
                    .orElseGet(() -> PortalResponses.notFound(locale));
        } catch (ConflictException e) {
            return activities.findOwnActivity(activityId).map(activity -> Response.status(409)
                    .entity(page(activity, "", List.of(), false, true).setLocale(locale)).build())
                    .orElseGet(() -> PortalResponses.notFound(locale));
        } catch (DomainException | IllegalArgumentException e) {
            return PortalResponses.notFound(locale);
        }
    }

    /**
     * Takes attendance: children ticked in the list of those the organization works with, children pasted as lines
     * "ID number name", and guardians of attending children ticked. A bad line is reported by its number; nothing is
     * saved unless every entry is good.
     */
    @POST
    @Path("{activityId}/attendance")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recordAttendance(@PathParam("activityId") String activityId,
            @FormParam("attendance") String attendance, @FormParam("childId") List<String> pickedChildren,
            @FormParam("guardianId") List<String> guardianIds, @Context HttpHeaders headers) {
        Locale locale = PortalLocale.of(headers);
        List<ChildReferenceInput> children = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (String picked : pickedChildren == null ? List.<String>of() : pickedChildren) {
            children.add(new ChildReferenceInput(picked, null, null));
            lines.add(null);
        }
        String[] rows = attendance == null ? new String[0] : attendance.split("\\R");
        for (int i = 0; i < rows.length; i++) {
            String row = rows[i].strip();
            if (row.isEmpty()) {
                continue;
            }
            String[] parts = row.split("[\\s,，\\t]+", 2);
            children.add(new ChildReferenceInput(null, parts[0], parts.length > 1 ? parts[1] : null));
            lines.add(i + 1);
        }
        try {
            activities.recordAttendance(activityId, new AttendanceInput(children,
                    guardianIds == null ? List.of() : guardianIds));
            return Response.seeOther(URI.create("/portal/activities/" + activityId + "?saved=1")).build();
        } catch (ValidationFailedException e) {
            List<Problem> problems = e.problems().stream().map(problem -> new Problem("attendance",
                    lineOf(problem.field(), lines), problem.code(), problem.message())).toList();
            return activities.findOwnActivity(activityId).map(activity -> Response.status(422)
                    .entity(page(activity, attendance, problems, false, false).setLocale(locale)).build())
                    .orElseGet(() -> PortalResponses.notFound(locale));
        } catch (DomainException e) {
            return PortalResponses.notFound(locale);
        }
    }

    /** The pasted line an entry's problem field ("input.children[2]...") stands for. */
    private static Integer lineOf(String field, List<Integer> lines) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("input\\.children\\[(\\d+)]").matcher(field);
        return matcher.find() && Integer.parseInt(matcher.group(1)) < lines.size()
                ? lines.get(Integer.parseInt(matcher.group(1))) : null;
    }

    /** The activity's page: its attendees and, while attendance is open, the children the organization works with. */
    private TemplateInstance page(ActivityView activity, String attendance, List<Problem> problems, boolean saved,
            boolean conflict) {
        List<ActivityAttendee> attendees = activities.attendeesOf(activity.id());
        boolean attendanceOpen = activities.attendanceOpen(activity);
        Set<String> attending = attendees.stream().map(ActivityAttendee::childId).collect(Collectors.toSet());
        List<ChildView> knownChildren = !attendanceOpen ? List.of()
                : children.listChildren(new ChildFilter(null, null, null, null, null, null), 100, null).edges()
                        .stream().map(edge -> edge.node()).filter(child -> !attending.contains(child.id())).toList();
        return Templates.activity(activity, attendance, problems, saved, conflict, attendanceOpen, attendees,
                knownChildren);
    }

    private List<VolunteerView> ownVolunteers() {
        String organization = currentUser.requireOrganizationId().toString();
        return volunteers.listVolunteers(organization, null, 100, null).edges().stream().map(edge -> edge.node())
                .filter(VolunteerView::active).toList();
    }

    private List<HarborSiteView> ownSites() {
        String organization = currentUser.requireOrganizationId().toString();
        return harborSites.listHarborSites(null, organization, 100, null).edges().stream().map(edge -> edge.node())
                .toList();
    }

}
