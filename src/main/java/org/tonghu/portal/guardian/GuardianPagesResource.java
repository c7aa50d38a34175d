package org.tonghu.portal.guardian;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

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

import org.tonghu.graphql.ConflictException;
import org.tonghu.graphql.Ids;
import org.tonghu.graphql.NotFoundException;
import org.tonghu.graphql.Problem;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.guardian.GuardianInput;
import org.tonghu.guardian.GuardianService;
import org.tonghu.guardian.GuardianView;
import org.tonghu.guardian.GuardianshipCapacity;
import org.tonghu.portal.FormValues;
import org.tonghu.portal.PortalLocale;
import org.tonghu.portal.PortalResponses;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;

/**
 * Editing a guardian's details (phone, work away, capacity), for those who keep children's files. Reached from a
 * child's file and back to it; a stale edit shows the conflict and overwrites nothing.
 */
@Path("/portal/guardians/{guardianId}")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class GuardianPagesResource {

    @CheckedTemplate(basePath = "portal/guardian")
    static class Templates {
        static native TemplateInstance guardianForm(GuardianView guardian, GuardianForm form, String childId,
                List<Problem> problems, boolean conflict);
    }

    /** The guardian form as posted, kept to show again. */
    public record GuardianForm(int version, String name, String phone, String workplace, boolean worksAway,
            String capacity, String capacityNote, String regionCode) {

        static final Map<String, String> FIELDS = Map.of("name", "name", "phone", "phone", "workplace", "workplace",
                "capacityNote", "capacityNote", "regionCode", "regionCode", "capacity", "capacity");

        static GuardianForm of(GuardianView guardian) {
            return new GuardianForm(guardian.version(), guardian.name(), guardian.phone(), guardian.workplace(),
                    Boolean.TRUE.equals(guardian.worksAway()),
                    guardian.capacity() == null ? GuardianshipCapacity.ABLE.name() : guardian.capacity().name(),
                    guardian.capacityNote(), guardian.regionCode());
        }

        GuardianForm withVersion(int current) {
            return new GuardianForm(current, name, phone, workplace, worksAway, capacity, capacityNote, regionCode);
        }

        GuardianInput toInput() {
            return new GuardianInput(name, FormValues.blank(phone) ? null : phone.strip(),
                    FormValues.blank(workplace) ? null : workplace, worksAway,
                    FormValues.choice(GuardianshipCapacity.class, capacity, "capacity"),
                    FormValues.blank(capacityNote) ? null : capacityNote, regionCode == null ? "" : regionCode.strip());
        }
    }

    private final GuardianService guardians;

    GuardianPagesResource(GuardianService guardians) {
        this.guardians = guardians;
    }

    @GET
    public Response form(@PathParam("guardianId") String guardianId, @QueryParam("child") String childId,
            @Context HttpHeaders headers) {
        Locale locale = PortalLocale.of(headers);
        try {
            GuardianView guardian = guardians.findGuardianToEdit(guardianId);
            return Response.ok(Templates.guardianForm(guardian, GuardianForm.of(guardian), child(childId), List.of(),
                    false).setLocale(locale)).build();
        } catch (NotFoundException | ValidationFailedException e) {
            return PortalResponses.notFound(locale);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("guardianId") String guardianId, @QueryParam("child") String childId,
            @FormParam("version") int version, @FormParam("name") String name, @FormParam("phone") String phone,
            @FormParam("workplace") String workplace, @FormParam("worksAway") String worksAway,
            @FormParam("capacity") String capacity, @FormParam("capacityNote") String capacityNote,
            @FormParam("regionCode") String regionCode, @Context HttpHeaders headers) {
        Locale locale = PortalLocale.of(headers);
        GuardianForm form = new GuardianForm(version, name, phone, workplace, worksAway != null, capacity,
                capacityNote, regionCode);
        String back = child(childId);
        try {
            guardians.updateGuardian(guardianId, version, form.toInput());
            return Response.seeOther(URI.create(back == null ? "/portal" : "/portal/children/" + back + "?saved=1"))
                    .build();
        } catch (ValidationFailedException e) {
            return again(guardianId, form, back, PortalResponses.onForm(e.problems(), GuardianForm.FIELDS::get,
                    "name"), false, 422, locale);
        } catch (ConflictException e) {
            return again(guardianId, form, back, List.of(), true, 409, locale);
        } catch (NotFoundException | ForbiddenException e) {
            return PortalResponses.notFound(locale);
        }
    }

    private Response again(String guardianId, GuardianForm form, String childId, List<Problem> problems,
            boolean conflict, int status, Locale locale) {
        try {
            GuardianView current = guardians.findGuardian(guardianId);
            return Response.status(status).entity(Templates.guardianForm(current, form.withVersion(current.version()),
                    childId, problems, conflict).setLocale(locale)).build();
        } catch (NotFoundException e) {
            return PortalResponses.notFound(locale);
        }
    }

    /** The child whose file the user came from, as a well-formed id (or null), so the way back is never elsewhere. */
    private static String child(String childId) {
        return Ids.tryParse(childId).map(UUID::toString).orElse(null);
    }
}
