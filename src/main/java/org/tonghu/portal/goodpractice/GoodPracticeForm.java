package org.tonghu.portal.goodpractice;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.ws.rs.FormParam;

import org.tonghu.goodpractice.GoodPracticeCaseInput;
import org.tonghu.goodpractice.GoodPracticeCaseView;
import org.tonghu.goodpractice.GoodPracticeResultInput;
import org.tonghu.goodpractice.GoodPracticeResultView;
import org.tonghu.goodpractice.PlanAction;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.portal.FormValues;

/** The case form as posted: results one a line ("label|number|unit"), organizations as checked boxes. */
public class GoodPracticeForm {

    @FormParam("version")
    public Integer version;

    @FormParam("title")
    public String title;

    @FormParam("regionCode")
    public String regionCode;

    @FormParam("planAction")
    public String planAction;

    @FormParam("summary")
    public String summary;

    @FormParam("story")
    public String story;

    @FormParam("results")
    public String results;

    @FormParam("organizationIds")
    public List<String> organizationIds;

    /** An empty form for a new case in the caller's region. */
    static GoodPracticeForm empty(String regionCode) {
        GoodPracticeForm form = new GoodPracticeForm();
        form.regionCode = regionCode;
        form.planAction = PlanAction.PRECISE_ASSISTANCE.name();
        form.organizationIds = List.of();
        return form;
    }

    /** The form of a saved case. */
    static GoodPracticeForm of(GoodPracticeCaseView c) {
        GoodPracticeForm form = new GoodPracticeForm();
        form.version = c.version();
        form.title = c.title();
        form.regionCode = c.regionCode();
        form.planAction = c.planAction().name();
        form.summary = c.summary();
        form.story = c.story();
        form.results = c.results().stream().map(GoodPracticeForm::line).collect(Collectors.joining("\n"));
        form.organizationIds = c.organizations().stream().map(o -> o.id()).toList();
        return form;
    }

    private static String line(GoodPracticeResultView result) {
        String figure = java.math.BigDecimal.valueOf(result.figure()).stripTrailingZeros().toPlainString();
        return result.label() + "|" + figure + (result.unit() == null ? "" : "|" + result.unit());
    }

    /** Whether an organization is checked. */
    public boolean checked(String organizationId) {
        return organizationIds != null && organizationIds.contains(organizationId);
    }

    GoodPracticeCaseInput toInput() {
        return new GoodPracticeCaseInput(null, title, regionCode,
                FormValues.choice(PlanAction.class, planAction, "input.planAction"), summary, story, parseResults(),
                organizationIds == null ? List.of() : organizationIds);
    }

    private List<GoodPracticeResultInput> parseResults() {
        List<GoodPracticeResultInput> parsed = new ArrayList<>();
        if (results == null) {
            return parsed;
        }
        for (String line : results.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.replace('｜', '|').split("\\|", -1);
            try {
                if (parts.length < 2 || parts.length > 3) {
                    throw new NumberFormatException();
                }
                parsed.add(new GoodPracticeResultInput(parts[0].strip(), Double.parseDouble(parts[1].strip()),
                        parts.length == 3 && !parts[2].isBlank() ? parts[2].strip() : null));
            } catch (NumberFormatException e) {
                throw ValidationFailedException.of("input.results", "FIGURE_INVALID",
                        "One result a line: label|number|unit.");
            }
        }
        return parsed;
    }
}
