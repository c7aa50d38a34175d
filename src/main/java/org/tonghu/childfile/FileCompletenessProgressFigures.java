package org.tonghu.childfile;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.tonghu.childfile.FileCompletenessService.FileCompleteness;
import org.tonghu.childfile.FileCompletenessService.FileListing;
import org.tonghu.childfile.FileCompletenessService.FilePart;
import org.tonghu.progressreport.ProgressFigure;
import org.tonghu.progressreport.ProgressFigureSource;
import org.tonghu.regioncode.RegionCode;

/** The annual progress report's files: complete and incomplete, and what the incomplete ones lack. */
@ApplicationScoped
class FileCompletenessProgressFigures implements ProgressFigureSource {

    private final FileCompletenessService files;

    FileCompletenessProgressFigures(FileCompletenessService files) {
        this.files = files;
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public List<ProgressFigure> figures(RegionCode region, int year, LocalDate through) {
        FileCompleteness completeness = files.completeness(region.value(), year, through);
        String list = "/portal/files?region=" + region.value() + "&year=" + year + "&show=";
        return List.of(
                new ProgressFigure("files.complete", completeness.complete(), list + FileListing.COMPLETE),
                new ProgressFigure("files.incomplete", completeness.incomplete().size(),
                        list + FileListing.INCOMPLETE),
                new ProgressFigure("files.withoutGuardian", completeness.missing(FilePart.GUARDIAN).size(),
                        list + FileListing.WITHOUT_GUARDIAN),
                new ProgressFigure("files.withoutVisitThisYear", completeness.missing(FilePart.VISIT_THIS_YEAR).size(),
                        list + FileListing.WITHOUT_VISIT_THIS_YEAR),
                new ProgressFigure("files.concernsNotFollowedUp",
                        completeness.missing(FilePart.CONCERNS_FOLLOWED_UP).size(),
                        list + FileListing.CONCERNS_NOT_FOLLOWED_UP));
    }
}
