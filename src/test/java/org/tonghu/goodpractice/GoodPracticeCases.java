package org.tonghu.goodpractice;

import static org.hamcrest.Matchers.nullValue;
import static org.tonghu.testing.GraphQLClient.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.tonghu.testing.Tokens;
import org.tonghu.time.ChinaTime;

/** Good-practice cases made by tests: an open round of the current year, inputs and a walk through the states. */
public final class GoodPracticeCases {

    public static final String QINSHUI = "140521000000";
    public static final String YANGCHENG = "140522000000";

    /** Set once the round was made sure of: the test database lives as long as the tests' JVM. */
    private static volatile boolean roundOpen;

    private GoodPracticeCases() {
    }

    /** Makes sure the current year's round exists and is open until the year's end (province officer). */
    public static void ensureOpenRound() {
        if (roundOpen) {
            return;
        }
        int year = ChinaTime.today().getYear();
        String endOfYear = year + "-12-31";
        List<Map<String, Object>> rounds = run(Tokens.of("province.officer"), "goodpractice/goodPracticeRounds")
                .body("errors", nullValue()).extract().path("data.goodPracticeRounds");
        Map<String, Object> current = rounds.stream().filter(r -> ((Integer) r.get("year")) == year).findFirst()
                .orElse(null);
        if (current == null) {
            run(Tokens.of("province.officer"), "goodpractice/createGoodPracticeRound", "year", year, "deadline",
                    endOfYear).body("errors", nullValue());
        } else if (!endOfYear.equals(current.get("deadline"))) {
            run(Tokens.of("province.officer"), "goodpractice/changeGoodPracticeRoundDeadline", "year", year,
                    "expectedVersion", current.get("version"), "deadline", endOfYear).body("errors", nullValue());
        }
        roundOpen = true;
    }

    /** A case's input: a plain story, two results, the given region. */
    public static Map<String, Object> input(String title, String regionCode, String story) {
        Map<String, Object> input = new HashMap<>();
        input.put("title", title);
        input.put("regionCode", regionCode);
        input.put("planAction", "PRECISE_ASSISTANCE");
        input.put("summary", "依托儿童主任队伍开展走访建档，精准对接帮扶资源。");
        input.put("story", story);
        List<Map<String, Object>> results = new ArrayList<>();
        results.add(Map.of("label", "建档儿童", "figure", 128, "unit", "人"));
        results.add(Map.of("label", "走访覆盖率", "figure", 98.5, "unit", "%"));
        input.put("results", results);
        input.put("organizationIds", List.of("00000000-0000-4000-8000-000000000106"));
        return input;
    }

    /** Drafts a case as a user; returns its id. */
    public static String draft(String username, Map<String, Object> input) {
        ensureOpenRound();
        return run(Tokens.of(username), "goodpractice/createGoodPracticeCase", "input", input)
                .body("errors", nullValue()).extract().path("data.createGoodPracticeCase.id");
    }

    /** Drafts a Qinshui county case and takes it to publication (county, city, province); returns its id. */
    public static String published(String title) {
        String id = draft("county.officer", input(title, QINSHUI, "乡镇联动，每月开展一次集中走访。"));
        run(Tokens.of("county.officer"), "goodpractice/submitGoodPracticeCase", "id", id, "expectedVersion", 0)
                .body("errors", nullValue());
        run(Tokens.of("city.officer"), "goodpractice/recommendGoodPracticeCase", "id", id, "expectedVersion", 1,
                "comment", "推荐").body("errors", nullValue());
        run(Tokens.of("province.officer"), "goodpractice/selectGoodPracticeCase", "id", id, "expectedVersion", 2,
                "input", Map.of("score", 90, "comment", "做法可复制")).body("errors", nullValue());
        run(Tokens.of("province.officer"), "goodpractice/publishGoodPracticeCase", "id", id, "expectedVersion", 3)
                .body("errors", nullValue());
        return id;
    }
}
