package org.tonghu.portal.child;

import jakarta.enterprise.context.ApplicationScoped;

import org.tonghu.child.ChildFieldPolicy;
import org.tonghu.security.CurrentUser;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The child's file page, rendered alike whether opened, or shown again after the reveal of the ID number. */
@ApplicationScoped
class ChildFilePage {

    @CheckedTemplate(basePath = "portal/child")
    static class Templates {
        static native TemplateInstance childFile(ChildFileContents f, boolean saved, String concernError,
                boolean mayReveal, String revealed, String revealError);
    }

    private final ChildFileReader reader;
    private final CurrentUser currentUser;

    ChildFilePage(ChildFileReader reader, CurrentUser currentUser) {
        this.reader = reader;
        this.currentUser = currentUser;
    }

    /** The page of the child's file (its newest records), with what the request adds to it. */
    TemplateInstance render(String childId, boolean saved, String concernError, String revealed,
            String revealError) {
        return Templates.childFile(reader.readPage(childId), saved, concernError,
                ChildFieldPolicy.mayRevealIdNumber(currentUser), revealed, revealError);
    }
}
