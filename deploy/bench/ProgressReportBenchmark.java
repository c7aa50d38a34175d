import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Times the annual progress report on a running Tonghu in local mode (see run-progress-report-benchmark.sh): a county
 * officer starts the county's report of a year and opens it (a draft: every source counts the county's data on each
 * read), downloads it as .docx, submits it (the figures compiled once more and frozen); the city officer starts the
 * city's report and opens it (its counties' frozen figures summed). End to end through portal sessions. Prints a
 * Markdown table.
 *
 * Usage: java ProgressReportBenchmark.java SERVICE_URL YEAR [RUNS]
 */
public class ProgressReportBenchmark {

    public static void main(String[] args) throws Exception {
        String base = args[0].replace("127.0.0.1", "localhost");
        String year = args[1];
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        List<String> rows = new ArrayList<>();
        rows.add("| request | runs | median ms | max ms |");
        rows.add("|---|---|---|---|");
        Portal county = new Portal(base);
        county.signIn("county.officer", "/portal/progress-reports?year=" + year);
        long started = System.nanoTime();
        String report = county.post("/portal/progress-reports?year=" + year, "/portal/progress-reports",
                Map.of("year", year)).uri().getPath();
        rows.add(row("county: start the report (compiled once)", List.of(ms(started))));
        rows.add(row("county: open the draft (compiled on each read)", time(runs, () -> county.get(report))));
        rows.add(row("county: .docx of the draft (compiled)", time(runs, () -> county.get(report + "/report.docx"))));
        String page = county.get(report);
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(page);
        version.find();
        started = System.nanoTime();
        county.post(report, report + "/narrative", Map.of("version", version.group(1), "progress", "基准测试。",
                "problems", "", "nextSteps", "", "plans", "", "then", "submit"));
        rows.add(row("county: save and submit (compiled and frozen)", List.of(ms(started))));
        rows.add(row("county: open the submitted report (frozen rows)", time(runs, () -> county.get(report))));
        Portal city = new Portal(base);
        city.signIn("city.officer", "/portal/progress-reports?year=" + year);
        String cityReport = city.post("/portal/progress-reports?year=" + year, "/portal/progress-reports",
                Map.of("year", year)).uri().getPath();
        rows.add(row("city: open its draft (counties' frozen figures summed)", time(runs, () -> city.get(cityReport))));
        rows.add(row("city: the year's list with late and missing", time(runs,
                () -> city.get("/portal/progress-reports?year=" + year))));
        System.out.println(String.join("\n", rows));
    }

    interface Call {
        Object run() throws Exception;
    }

    static List<Long> time(int runs, Call call) throws Exception {
        call.run();
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            call.run();
            times.add(ms(started));
        }
        return times;
    }

    static long ms(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    static String row(String name, List<Long> times) {
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        return "| " + name + " | " + times.size() + " | " + sorted.get(sorted.size() / 2) + " | "
                + sorted.get(sorted.size() - 1) + " |";
    }

    static final class Portal {
        final String base;
        final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();

        Portal(String base) {
            this.base = base;
        }

        void signIn(String user, String path) throws IOException, InterruptedException {
            HttpResponse<String> signInPage = client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            URI authorize = signInPage.uri();
            Map<String, String> form = new LinkedHashMap<>();
            for (String pair : authorize.getRawQuery().split("&")) {
                int equals = pair.indexOf('=');
                form.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
            form.put("username", user);
            send(URI.create(authorize.getScheme() + "://" + authorize.getAuthority() + "/authorize"), form);
        }

        String get(String path) throws IOException, InterruptedException {
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (page.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + page.statusCode());
            }
            return page.body();
        }

        HttpResponse<String> post(String pagePath, String action, Map<String, String> fields) throws Exception {
            Matcher token = Pattern.compile("name=\"(csrf-token)\" value=\"([^\"]+)\"").matcher(get(pagePath));
            if (!token.find()) {
                throw new IllegalStateException("no CSRF token on " + pagePath);
            }
            Map<String, String> form = new LinkedHashMap<>(fields);
            form.put(token.group(1), token.group(2));
            HttpResponse<String> page = send(URI.create(base + action), form);
            if (page.statusCode() != 200) {
                throw new IllegalStateException(action + " answered " + page.statusCode());
            }
            return page;
        }

        HttpResponse<String> send(URI target, Map<String, String> form) throws IOException, InterruptedException {
            String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return client.send(HttpRequest.newBuilder(target).header("Content-Type",
                    "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
