package org.tonghu.region;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.tonghu.graphql.Problem;
import org.tonghu.regioncode.RegionCode;

/**
 * Checks a parsed region list against itself and the stored regions: no code twice, each parent the region one level
 * up by code, and each parent either stored or in the file. Yields the rows to write, parents before children.
 */
final class RegionImport {

    static final String DUPLICATE_CODE = "DUPLICATE_CODE";
    static final String PARENT_MISMATCH = "PARENT_MISMATCH";
    static final String PARENT_NOT_FOUND = "PARENT_NOT_FOUND";

    record Plan(List<RegionCsv.Row> creates, List<RegionCsv.Row> renames, int unchanged, int rows) {
    }

    private RegionImport() {
    }

    /**
     * @param parsed the file as read
     * @param storedNames the name of every stored region, by code
     * @return the plan, or the problems found (never both)
     */
    static Result plan(RegionCsv.Parsed parsed, Map<String, String> storedNames) {
        List<Problem> problems = new ArrayList<>(parsed.problems());
        Map<String, RegionCsv.Row> inFile = new HashMap<>();
        for (RegionCsv.Row row : parsed.rows()) {
            RegionCsv.Row earlier = inFile.putIfAbsent(row.code().value(), row);
            if (earlier != null) {
                problems.add(Problem.ofLine(row.line(), "code", DUPLICATE_CODE,
                        "This code is already on line " + earlier.line() + "."));
            }
        }
        for (RegionCsv.Row row : parsed.rows()) {
            Optional<RegionCode> expected = row.code().parent();
            Optional<RegionCode> given = Optional.ofNullable(row.parentCode());
            if (!expected.equals(given)) {
                problems.add(Problem.ofLine(row.line(), "parent_code", PARENT_MISMATCH, expected
                        .map(code -> "parent_code must be " + code.value() + ", the region one level up.")
                        .orElse("A province has no parent: leave parent_code empty.")));
            } else if (given.isPresent() && !storedNames.containsKey(given.get().value())
                    && !inFile.containsKey(given.get().value())) {
                problems.add(Problem.ofLine(row.line(), "parent_code", PARENT_NOT_FOUND,
                        "The parent region is neither stored nor in the file."));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
            return new Result(null, problems);
        }
        List<RegionCsv.Row> creates = new ArrayList<>();
        List<RegionCsv.Row> renames = new ArrayList<>();
        int unchanged = 0;
        for (RegionCsv.Row row : parsed.rows()) {
            String storedName = storedNames.get(row.code().value());
            if (storedName == null) {
                creates.add(row);
            } else if (!storedName.equals(row.name())) {
                renames.add(row);
            } else {
                unchanged++;
            }
        }
        creates.sort((a, b) -> a.code().level().compareTo(b.code().level()));
        return new Result(new Plan(creates, renames, unchanged, parsed.rows().size()), List.of());
    }

    record Result(Plan plan, List<Problem> problems) {
    }
}
