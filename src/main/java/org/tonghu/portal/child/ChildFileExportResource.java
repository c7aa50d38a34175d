package org.tonghu.portal.child;

import java.util.Locale;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.tonghu.graphql.NotFoundException;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.portal.PortalLocale;
import org.tonghu.portal.PortalResponses;

import io.quarkus.security.Authenticated;

/** The child's whole file as a formatted spreadsheet in the user's language (audited as an export). */
@Path("/portal/children/{childId}/file.xlsx")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ChildFileExportResource {

    private final ChildFileReader reader;
    private final ChildFileExport export;

    ChildFileExportResource(ChildFileReader reader, ChildFileExport export) {
        this.reader = reader;
        this.export = export;
    }

    @GET
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
}
