package org.tonghu.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No error code reaches a client without being in {@link ErrorCode}, and the catalogue lists no code that nothing
 * emits. Codes stay strings at their call sites (tests and pages compare them as strings), so this test reads the
 * main sources and collects every code they can emit:
 * <ul>
 * <li>the value of every {@code @ErrorCode("...")} on an exception;</li>
 * <li>the code argument of every {@code Problem.ofField}, {@code Problem.ofLine}, {@code new Problem},
 * {@code ValidationFailedException.of}, {@code Writes.flushOrProblem}, {@code new QueryLimitExceededException},
 * {@code new Refusal}/{@code Refusal.ofDocument} and {@code withCode}: a literal, or a constant resolved to its
 * value;</li>
 * <li>every {@code static final String} constant whose value is an upper-case code word, since codes travel as such
 * constants through stores and helpers (the few that are not codes are named in {@link #NOT_CODES}).</li>
 * </ul>
 * A code argument that is neither a literal nor a constant must be one of the known forwarding expressions
 * ({@link #FORWARDED}: a code that was already one of the above), so that a new way of making codes is reviewed here.
 */
class ErrorCodeCatalogueTest {

    private static final Path MAIN = Path.of("src", "main", "java");

    /** Upper-case constants that are not error codes ({@code Class.NAME}). */
    private static final Set<String> NOT_CODES = Set.of(
            "ProgressReportService.COUNTY", "ProgressReportService.CITY",
            "SpotCheckService.TASK_SUBJECT_TYPE", "CaregiverFollowUpService.SUBJECT_TYPE",
            "PlacementReviewAlerts.SUBJECT_TYPE", "ProtectionReportService.SUBJECT_TYPE",
            "ReferralService.SUBJECT_TYPE");

    /**
     * Code arguments that forward a code made elsewhere ({@code File.java: expression}): a caught exception's or a
     * problem's code, a parameter of a helper whose callers pass constants, or what a checker returns (its codes are
     * constants of its own class).
     */
    private static final Set<String> FORWARDED = Set.of(
            "ActivityService.java: e.code()",
            "Writes.java: code",
            "GoodPracticeStore.java: code",
            "PairingStore.java: code",
            "DataSharingStore.java: code",
            "PlacementStore.java: code",
            "ProgressReportStore.java: code",
            "SpotCheckStore.java: code",
            "ValidationFailedException.java: code",
            "ClientErrors.java: domain.code()",
            "ClientErrors.java: String code",
            "Problem.java: code",
            "GoodPracticeService.java: found.get()",
            "ReferralService.java: code",
            "ChildService.java: code",
            "ChildService.java: idProblem.get()",
            "PortalResponses.java: problem.code()",
            "ActivityPagesResource.java: problem.code()",
            "RehabilitationPagesResource.java: e.code()",
            "PairingPagesResource.java: e.code()",
            "VisitPagesResource.java: problem.code()",
            "ReportPagesResource.java: e.problems().get(0).code()",
            "ChildEditForm.java: code",
            "GraphQLHttpGuard.java: code");

    /** A call that takes a code, and the index of its code argument. */
    private record CodePosition(Pattern call, int index) {
    }

    private static final List<CodePosition> POSITIONS = List.of(
            new CodePosition(Pattern.compile("Problem\\.ofField\\("), 1),
            new CodePosition(Pattern.compile("Problem\\.ofLine\\("), 2),
            new CodePosition(Pattern.compile("new Problem\\("), 2),
            new CodePosition(Pattern.compile("ValidationFailedException\\.of\\("), 1),
            new CodePosition(Pattern.compile("Writes\\.flushOrProblem\\("), 3),
            new CodePosition(Pattern.compile("new QueryLimitExceededException\\("), 0),
            new CodePosition(Pattern.compile("Refusal\\.ofDocument\\("), 0),
            new CodePosition(Pattern.compile("\\bwithCode\\("), 1));
    /** {@code new Refusal(code, message)} or {@code new Refusal(status, code, message)}. */
    private static final Pattern REFUSAL = Pattern.compile("new Refusal\\(");
    private static final Pattern ANNOTATION = Pattern.compile("@ErrorCode\\(\"([^\"]+)\"\\)");
    private static final Pattern CONSTANT = Pattern.compile(
            "static final String ([A-Z][A-Z0-9_]*)\\s*=\\s*\"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)\";");
    private static final Pattern LITERAL = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern REFERENCE = Pattern.compile("(?:([A-Z]\\w*)\\.)?([A-Z][A-Z0-9_]*)");

    /** What the main sources emit. */
    private static Scan main;

    @BeforeAll
    static void readSources() throws IOException {
        Map<String, String> sources = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
                if (!file.getFileName().toString().equals("ErrorCode.java")) {
                    sources.put(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        }
        main = new Scan(sources);
    }

    @Test
    void everyEmittedCodeIsCatalogued() {
        assertEquals(Set.of(), uncatalogued(main), "codes the service can send that are not in "
                + "org.tonghu.graphql.ErrorCode: add each with a @Description (meaning, what to do) and its Chinese "
                + "text, then rewrite docs/api with -Dtonghu.errorcodes.write=true (ErrorCodeDocsTest)");
    }

    @Test
    void everyCatalogueEntryIsEmittedSomewhere() {
        List<String> unused = Arrays.stream(ErrorCode.values()).map(Enum::name)
                .filter(code -> !main.emitted.contains(code)).toList();
        assertEquals(List.of(), unused, "ErrorCode constants that no source emits: remove them");
    }

    @Test
    void everyCodeArgumentIsALiteralAConstantOrAKnownForwarding() {
        assertEquals(List.of(), main.unresolved, "code arguments this test cannot resolve: pass a literal or a "
                + "constant, or add the forwarding expression to FORWARDED once its codes are covered");
    }

    @Test
    void everyKnownForwardingStillExists() {
        assertEquals(new TreeSet<>(FORWARDED), main.forwardingsSeen, "FORWARDED names expressions the sources no "
                + "longer hold: remove them");
    }

    @Test
    void theScanFindsTheKnownKindsOfCodes() {
        // the patterns above still match the code base's ways of making codes
        for (String code : List.of("CHILD_NOT_FOUND", "CONFLICT", "FIRST_OUT_OF_RANGE", "INVALID_CURSOR",
                "QUERY_TOO_DEEP", "BAD_REQUEST", "UNSUPPORTED_MEDIA_TYPE", "SERVICE_BUSY", "DATE_INVALID",
                "ID_NUMBER_INVALID_CHECK_DIGIT", "NOT_YOUR_ORGANIZATION_OR_JURISDICTION")) {
            assertTrue(main.emitted.contains(code), code + " is found in the sources");
        }
        assertFalse(main.emitted.contains("COUNTY"), "a constant that is not a code is left out");
        assertTrue(ErrorCode.CONFLICT.description().contains("expectedVersion"));
        assertFalse(ErrorCode.CONFLICT.chineseDescription().isBlank());
    }

    @Test
    void shouldCatchEveryNewWayOfAddingACode() {
        Scan scan = new Scan(Map.of(Path.of("src", "x", "NewFeatureService.java").toString(), """
                @ErrorCode("BRAND_NEW_EXCEPTION")
                class NewFeatureService {
                    static final String BRAND_NEW_CONSTANT = "BRAND_NEW_CONSTANT";
                    static final String WRONG_LEVEL = "REGION_WRONG_LEVEL";
                    void check(List<Problem> problems) {
                        problems.add(Problem.ofField("input.x", "BRAND_NEW_LITERAL", "Bad x."));
                        problems.add(Problem.ofField("input.y", codeFor(y), "Bad y."));
                        problems.add(Problem.ofLine(3, "code", WRONG_LEVEL, "Bad line."));
                        throw ValidationFailedException.of("z", BRAND_NEW_CONSTANT, "Bad z.");
                    }
                }
                """));
        assertEquals(Set.of("BRAND_NEW_CONSTANT", "BRAND_NEW_EXCEPTION", "BRAND_NEW_LITERAL"), uncatalogued(scan));
        assertTrue(scan.emitted.contains("REGION_WRONG_LEVEL"), "a constant named otherwise is resolved");
        assertEquals(List.of("NewFeatureService.java: codeFor(y)"), scan.unresolved);
    }

    @Test
    void everyCatalogueEntryIsDescribedInBothLanguages() {
        for (ErrorCode code : ErrorCode.values()) {
            assertTrue(code.description().length() > 20 && code.description().endsWith("."),
                    code + " has an English description");
            assertTrue(code.chineseDescription().codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF),
                    code + " has a Chinese description");
        }
    }

    /** The codes a set of sources can emit, and the code arguments it could not resolve. */
    private static final class Scan {

        /** Class simple name to its code-word constants (name to value). */
        final Map<String, Map<String, String>> constants = new LinkedHashMap<>();
        final Set<String> emitted = new TreeSet<>();
        final List<String> unresolved = new ArrayList<>();
        final Set<String> forwardingsSeen = new TreeSet<>();

        /** Scans sources given as file name to text. */
        Scan(Map<String, String> sources) {
            sources.forEach((file, text) -> {
                String owner = simpleName(file);
                Matcher constant = CONSTANT.matcher(text);
                while (constant.find()) {
                    constants.computeIfAbsent(owner, key -> new LinkedHashMap<>())
                            .put(constant.group(1), constant.group(2));
                    if (!NOT_CODES.contains(owner + "." + constant.group(1))) {
                        emitted.add(constant.group(2));
                    }
                }
            });
            sources.forEach((file, text) -> {
                Matcher annotation = ANNOTATION.matcher(text);
                while (annotation.find()) {
                    emitted.add(annotation.group(1));
                }
                for (CodePosition position : POSITIONS) {
                    Matcher call = position.call().matcher(text);
                    while (call.find()) {
                        List<String> arguments = arguments(text, call.end());
                        if (arguments.size() > position.index()) {
                            collect(file, arguments.get(position.index()));
                        }
                    }
                }
                Matcher refusal = REFUSAL.matcher(text);
                while (refusal.find()) {
                    List<String> arguments = arguments(text, refusal.end());
                    if (arguments.size() >= 2) {
                        collect(file, arguments.get(arguments.size() == 2 ? 0 : 1));
                    }
                }
            });
        }

        private void collect(String file, String argument) {
            Matcher literal = LITERAL.matcher(argument);
            if (literal.matches()) {
                emitted.add(literal.group(1));
                return;
            }
            Matcher reference = REFERENCE.matcher(argument);
            if (reference.matches()) {
                String owner = reference.group(1) != null ? reference.group(1) : simpleName(file);
                String value = constants.getOrDefault(owner, Map.of()).get(reference.group(2));
                if (value == null && reference.group(1) == null) {
                    // a statically imported or inherited constant: unique by name across the sources
                    Set<String> values = constants.values().stream().map(map -> map.get(reference.group(2)))
                            .filter(v -> v != null).collect(Collectors.toSet());
                    value = values.size() == 1 ? values.iterator().next() : null;
                }
                if (value != null) {
                    emitted.add(value);
                    return;
                }
            }
            String site = Path.of(file).getFileName() + ": " + argument;
            if (FORWARDED.contains(site)) {
                forwardingsSeen.add(site);
            } else {
                unresolved.add(site);
            }
        }
    }

    private static Set<String> uncatalogued(Scan scan) {
        return scan.emitted.stream().filter(code -> !ErrorCode.isCatalogued(code))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String simpleName(String file) {
        String name = Path.of(file).getFileName().toString();
        return name.substring(0, name.length() - ".java".length());
    }

    /** The top-level arguments of a call whose opening parenthesis ends just before {@code start}. */
    private static List<String> arguments(String text, int start) {
        List<String> arguments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        boolean inString = false;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                current.append(c);
                if (c == '\\') {
                    current.append(text.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
                current.append(c);
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
                current.append(c);
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    arguments.add(current.toString().strip());
                    return arguments;
                }
                depth--;
                current.append(c);
            } else if (c == ',' && depth == 0) {
                arguments.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        return arguments;
    }
}
