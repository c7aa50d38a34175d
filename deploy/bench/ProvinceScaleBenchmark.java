import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The write side of the province-scale benchmark (see run-province-scale.sh), two commands:
 *
 * <pre>
 * java ProvinceScaleBenchmark.java writes SERVICE_URL ISSUER_URL CONNECTIONS SECONDS WARM_UP_SECONDS CHILD_ID...
 * java ProvinceScaleBenchmark.java plans POSTGRES_LOG_FILE FROM_OFFSET
 * </pre>
 *
 * {@code writes} records visits through /graphql as the demo village director, CONNECTIONS at a time for SECONDS
 * after a warm-up, to the given children in turn, and prints one Markdown table row: requests, req/s, p50, p90, p99,
 * max latency in ms, errors (and, last, the requests with the warm-up's). {@code plans} reads the plans auto_explain
 * wrote (JSON format) to the PostgreSQL log from the offset on and prints, for each distinct statement, the most rows
 * any plan node returned or filtered away, the heap fetches and the scans.
 */
public class ProvinceScaleBenchmark {

    static final HttpClient HTTP = HttpClient.newHttpClient();

    static final String RECORD_VISIT = """
            mutation($childId: ID!, $input: VisitInput!) {
              recordVisit(childId: $childId, input: $input) { visit { id visitedOn } concerns { id } }
            }""";

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "writes" -> writes(args);
            case "plans" -> plans(Path.of(args[1]), Long.parseLong(args[2]));
            default -> throw new IllegalArgumentException("writes or plans, not " + args[0]);
        }
    }

    static void writes(String[] args) throws Exception {
        String service = args[1];
        String token = token(args[2], "village.director");
        int connections = Integer.parseInt(args[3]);
        long seconds = Long.parseLong(args[4]);
        long warmUp = Long.parseLong(args[5]);
        List<String> children = List.of(args).subList(6, args.length);
        List<Long> warmUpLatencies = Collections.synchronizedList(new ArrayList<>());
        run(service, token, children, connections, warmUp * 1000, warmUpLatencies, new AtomicInteger());
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        long started = System.nanoTime();
        run(service, token, children, connections, seconds * 1000, latencies, errors);
        double elapsed = (System.nanoTime() - started) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        // the last field, all requests with the warm-up's, is for the CPU per request (the script takes it off)
        System.out.printf(Locale.ROOT, "| %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %d | %d%n", connections,
                sorted.size(), sorted.size() / elapsed, ms(percentile(sorted, 50)), ms(percentile(sorted, 90)),
                ms(percentile(sorted, 99)), ms(sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1)), errors.get(),
                sorted.size() + warmUpLatencies.size() + errors.get());
    }

    /** CONNECTIONS threads, each recording visits one after the other until the time is up. */
    static void run(String service, String token, List<String> children, int connections, long millis,
            List<Long> latencies, AtomicInteger errors) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        CountDownLatch done = new CountDownLatch(connections);
        AtomicInteger next = new AtomicInteger();
        for (int c = 0; c < connections; c++) {
            new Thread(() -> {
                try {
                    while (System.currentTimeMillis() < end) {
                        String child = children.get(Math.floorMod(next.getAndIncrement(), children.size()));
                        OffsetDateTime visitedAt = OffsetDateTime.now(ZoneOffset.ofHours(8))
                                .minusMinutes(10).truncatedTo(ChronoUnit.SECONDS);
                        String variables = "{\"childId\":\"" + child + "\",\"input\":{\"kind\":\"CONTACT\","
                                + "\"contactMode\":\"PHONE\",\"visitedAt\":\"" + visitedAt + "\","
                                + "\"personsMet\":\"儿童\",\"notes\":\"压力测试\"}}";
                        long t0 = System.nanoTime();
                        String body = post(service, token, RECORD_VISIT, variables);
                        long took = System.nanoTime() - t0;
                        if (body.contains("\"errors\"") || !body.contains("\"visitedOn\"")) {
                            if (errors.incrementAndGet() <= 3) {
                                System.err.println("error: " + body.substring(0, Math.min(300, body.length())));
                            }
                        } else {
                            latencies.add(took);
                        }
                    }
                } catch (IOException | InterruptedException e) {
                    errors.incrementAndGet();
                    System.err.println("failed: " + e);
                } finally {
                    done.countDown();
                }
            }).start();
        }
        done.await();
    }

    static long percentile(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0
                : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }

    static String token(String issuer, String user) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=tonghu-cli&username="
                + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=demo";
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(issuer + "/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
        if (!m.find()) {
            throw new IllegalStateException("No token: " + response.body());
        }
        return m.group(1);
    }

    static String post(String service, String token, String query, String variables)
            throws IOException, InterruptedException {
        String body = "{\"query\":" + quote(query) + ",\"variables\":" + variables + "}";
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(service + "/graphql"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return response.body();
    }

    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    // --- plans ------------------------------------------------------------------------------------------------------

    static final Pattern ROWS = Pattern.compile("\"Actual Rows\": (\\d+),\\s*\"Actual Loops\": (\\d+)");
    static final Pattern REMOVED = Pattern.compile("\"Rows Removed by (?:Filter|Join Filter|Index Recheck)\": (\\d+)");
    static final Pattern HEAP_FETCHES = Pattern.compile("\"Heap Fetches\": (\\d+)");
    static final Pattern NODE = Pattern.compile("\"Node Type\": \"([^\"]+)\"");
    static final Pattern RELATION = Pattern.compile("\"Relation Name\": \"([^\"]+)\"");
    static final Pattern INDEX = Pattern.compile("\"Index Name\": \"([^\"]+)\"");

    /**
     * The plans auto_explain logged (JSON format) after the offset: per statement, the most rows of any node, the most
     * rows a filter removed, heap fetches, and the scans.
     */
    static void plans(Path log, long offset) throws IOException {
        byte[] bytes = Files.readAllBytes(log);
        String text = new String(bytes, (int) Math.min(offset, bytes.length),
                bytes.length - (int) Math.min(offset, bytes.length), StandardCharsets.UTF_8);
        java.util.Map<String, long[]> statements = new java.util.LinkedHashMap<>();
        java.util.Map<String, java.util.Set<String>> scans = new java.util.HashMap<>();
        for (String entry : text.split("LOG:  duration: ")) {
            int start = entry.indexOf("\"Query Text\": \"");
            if (start < 0) {
                continue;
            }
            StringBuilder queryText = new StringBuilder();
            for (int i = start + "\"Query Text\": \"".length(); i < entry.length() && entry.charAt(i) != '"'; i++) {
                char c = entry.charAt(i);
                if (c == '\\' && i + 1 < entry.length()) {
                    char escaped = entry.charAt(++i);
                    queryText.append(escaped == 'n' || escaped == 't' ? ' ' : escaped);
                } else {
                    queryText.append(c);
                }
            }
            String query = queryText.toString().replaceAll("\\s+", " ").strip();
            if (query.startsWith("select pg_") || query.startsWith("SET ") || query.startsWith("show ")) {
                continue;
            }
            String key = query.length() > 110 ? query.substring(0, 110) + "…" : query;
            long[] max = statements.computeIfAbsent(key, k -> new long[4]);
            max[3]++;
            Matcher m = ROWS.matcher(entry);
            while (m.find()) {
                max[0] = Math.max(max[0], Long.parseLong(m.group(1)) * Long.parseLong(m.group(2)));
            }
            m = REMOVED.matcher(entry);
            while (m.find()) {
                max[1] = Math.max(max[1], Long.parseLong(m.group(1)));
            }
            m = HEAP_FETCHES.matcher(entry);
            while (m.find()) {
                max[2] = Math.max(max[2], Long.parseLong(m.group(1)));
            }
            String[] nodes = entry.split("(?=\"Node Type\": )");
            for (String node : nodes) {
                Matcher type = NODE.matcher(node);
                if (type.find() && type.group(1).contains("Scan")) {
                    Matcher relation = RELATION.matcher(node);
                    Matcher index = INDEX.matcher(node);
                    scans.computeIfAbsent(key, k -> new java.util.TreeSet<>()).add(type.group(1)
                            + (relation.find() ? " on " + relation.group(1) : "")
                            + (index.find() ? " (" + index.group(1) + ")" : ""));
                }
            }
        }
        System.out.println("| statement (shortened) | times | most rows out of a node | most rows filtered away"
                + " | heap fetches | scans |");
        System.out.println("|---|---|---|---|---|---|");
        statements.forEach((query, max) -> System.out.printf(Locale.ROOT, "| `%s` | %d | %d | %d | %d | %s |%n",
                query.replace("|", "\\|").replace("`", "'"), max[3], max[0], max[1], max[2],
                String.join("; ", scans.getOrDefault(query, java.util.Set.of()))));
    }
}
