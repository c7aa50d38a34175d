import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Times the province-scale reports of a running Tonghu in local mode (see run-province-reports-benchmark.sh): visit
 * compliance for the province and a city, director and village staffing, training coverage, the officer's dashboard
 * page and a county's work list, each end to end (HTTP on loopback, token or portal session, scope, SQL and the audit
 * writes included) after a few warm-up runs; the work lists, every director's and officer's daily request, after
 * WARMUP_HOT untimed runs (300 by default: the JVM compiles that path only after a few hundred requests, and a service
 * in use has done them). Beside the times, the CPU per request of the service and of PostgreSQL
 * (utime + stime from /proc, all backends of the postmaster) and the load average. Prints a Markdown table.
 *
 * Usage: java ProvinceReportsBenchmark.java SERVICE_URL ISSUER_URL SERVICE_PID POSTMASTER_PID [RUNS]
 */
public class ProvinceReportsBenchmark {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final int WARM_UP = Integer.parseInt(System.getenv().getOrDefault("WARMUP", "3"));
    static final int WARM_UP_HOT = Integer.parseInt(System.getenv().getOrDefault("WARMUP_HOT", "300"));
    static final String PROVINCE = "140000000000";
    static final String CITY = "140500000000";
    static final long CLOCK_TICKS = 100;

    static final String COMPLIANCE = """
            query($regionCode: String!, $period: ReportPeriodInput!) {
              visitCompliance(regionCode: $regionCode, period: $period) {
                total { children contactOnTime homeVisitOnTime neverVisited }
                byRegion { regionCode children contactOnTime homeVisitOnTime neverVisited }
              }
            }""";
    static final String STAFFING = """
            query($regionCode: String!) {
              directorStaffing(regionCode: $regionCode) {
                total { villages villagesWithoutDirector villagesNeedingMoreDirectors }
                byRegion { regionCode villages villagesWithoutDirector villagesNeedingMoreDirectors }
              }
            }""";
    static final String VILLAGES = """
            query($regionCode: String!, $onlyGaps: Boolean, $first: Int) {
              villageStaffing(regionCode: $regionCode, onlyGaps: $onlyGaps, first: $first) {
                edges { node { villageCode villageName activeChildren directors gap } }
                pageInfo { hasNextPage endCursor }
              }
            }""";
    static final String TRAINING = """
            query($regionCode: String!, $year: Int!) {
              trainingCoverage(regionCode: $regionCode, year: $year) {
                total { appointed trained } byRegion { regionCode appointed trained } cityDemonstrationTrainingHeld
              }
            }""";
    static final String WORK_LIST = """
            query($first: Int) {
              myWorkList(first: $first) {
                edges { node { child { id name residenceVillageCode } schedule { contactDueOn homeVisitDueOn urgency } } }
                pageInfo { hasNextPage endCursor }
              }
            }""";

    static long servicePid;
    static long postmasterPid;

    public static void main(String[] args) throws Exception {
        String service = args[0];
        String issuer = args[1];
        servicePid = Long.parseLong(args[2]);
        postmasterPid = Long.parseLong(args[3]);
        int runs = args.length > 4 ? Integer.parseInt(args[4]) : 10;
        String province = token(issuer, "province.officer");
        String city = token(issuer, "city.officer");
        String county = token(issuer, "county.officer");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        LocalDate lastMonth = today.minusMonths(1);
        LocalDate threeMonthsAgo = today.minusMonths(3);
        int lastQuarter = (threeMonthsAgo.getMonthValue() - 1) / 3 + 1;
        int thisQuarter = (today.getMonthValue() - 1) / 3 + 1;

        try {
            System.out.println("Data (the province last month): " + post(service, province, COMPLIANCE,
                    period(PROVINCE, lastMonth.getYear(), "\"month\":" + lastMonth.getMonthValue()))
                    .replaceAll(".*\"total\":(\\{[^}]*\\}).*", "$1").strip());
        } catch (IllegalStateException e) {
            String line = e.getMessage().lines().findFirst().orElse("");
            System.out.println("Data (the province last month): the report failed: "
                    + line.substring(0, Math.min(200, line.length())));
        }
        System.out.println();

        List<String> rows = new ArrayList<>();
        rows.add(graphql("visitCompliance, province by city, last month", runs, service, province, COMPLIANCE,
                period(PROVINCE, lastMonth.getYear(), "\"month\":" + lastMonth.getMonthValue())));
        rows.add(graphql("visitCompliance, province by city, last quarter", runs, service, province, COMPLIANCE,
                period(PROVINCE, threeMonthsAgo.getYear(), "\"quarter\":" + lastQuarter)));
        rows.add(graphql("visitCompliance, province by city, this quarter (in progress)", runs, service, province,
                COMPLIANCE, period(PROVINCE, today.getYear(), "\"quarter\":" + thisQuarter)));
        rows.add(graphql("visitCompliance, province by city, last year", runs, service, province, COMPLIANCE,
                "{\"regionCode\":\"" + PROVINCE + "\",\"period\":{\"year\":" + (today.getYear() - 1) + "}}"));
        rows.add(graphql("visitCompliance, city by county, last month", runs, service, city, COMPLIANCE,
                period(CITY, lastMonth.getYear(), "\"month\":" + lastMonth.getMonthValue())));
        rows.add(graphql("visitCompliance, city by county, this year (in progress)", runs, service, city, COMPLIANCE,
                "{\"regionCode\":\"" + CITY + "\",\"period\":{\"year\":" + today.getYear() + "}}"));
        rows.add(graphql("directorStaffing, province by city", runs, service, province, STAFFING,
                "{\"regionCode\":\"" + PROVINCE + "\"}"));
        rows.add(graphql("directorStaffing, city by county", runs, service, city, STAFFING,
                "{\"regionCode\":\"" + CITY + "\"}"));
        rows.add(graphql("villageStaffing, province, gaps, first 50", runs, service, province, VILLAGES,
                "{\"regionCode\":\"" + PROVINCE + "\",\"onlyGaps\":true,\"first\":50}"));
        rows.add(graphql("villageStaffing, province, all villages, first 100", runs, service, province, VILLAGES,
                "{\"regionCode\":\"" + PROVINCE + "\",\"onlyGaps\":false,\"first\":100}"));
        rows.add(graphql("trainingCoverage, province by city, this year", runs, service, province, TRAINING,
                "{\"regionCode\":\"" + PROVINCE + "\",\"year\":" + today.getYear() + "}"));
        rows.add(graphql("trainingCoverage, city by county, this year", runs, service, city, TRAINING,
                "{\"regionCode\":\"" + CITY + "\",\"year\":" + today.getYear() + "}"));
        rows.add(page("dashboard page, province officer", runs, service, "province.officer"));
        rows.add(page("dashboard page, city officer", runs, service, "city.officer"));
        rows.add(time("myWorkList, county officer, first 20", runs * 3, WARM_UP_HOT,
                () -> post(service, county, WORK_LIST, "{\"first\":20}")));
        rows.add(time("myWorkList, county officer, first 100", runs * 3, WARM_UP_HOT,
                () -> post(service, county, WORK_LIST, "{\"first\":100}")));

        System.out.println("| case | runs | median ms | p95 ms | max ms | CPU ms a request (service + PostgreSQL)"
                + " | load average after |");
        System.out.println("|---|---|---|---|---|---|---|");
        rows.forEach(System.out::println);
    }

    static String period(String region, int year, String part) {
        return "{\"regionCode\":\"" + region + "\",\"period\":{\"year\":" + year + "," + part + "}}";
    }

    interface Call {
        void run() throws IOException, InterruptedException;
    }

    static String graphql(String name, int runs, String service, String token, String query, String variables) {
        return time(name, runs, () -> post(service, token, query, variables));
    }

    static String page(String name, int runs, String service, String user) {
        try {
            Portal portal = new Portal(service);
            portal.signIn(user, "/portal/dashboard");
            return time(name, runs, () -> portal.dashboard());
        } catch (IOException | InterruptedException | RuntimeException e) {
            return "| " + name + " | 0 | failed: " + e.getMessage().replace('|', '/').lines().findFirst().orElse("")
                    + " | | | | |";
        }
    }

    static String time(String name, int runs, Call call) {
        return time(name, runs, WARM_UP, call);
    }

    static String time(String name, int runs, int warmUps, Call call) {
        try {
            for (int i = 0; i < warmUps; i++) {
                call.run();
            }
            List<Double> millis = new ArrayList<>();
            long cpuBefore = cpuTicks();
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                call.run();
                millis.add((System.nanoTime() - start) / 1e6);
            }
            double cpuPerRequest = (cpuTicks() - cpuBefore) * 1000.0 / CLOCK_TICKS / runs;
            Collections.sort(millis);
            return String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f | %s |", name, runs,
                    millis.get(millis.size() / 2), millis.get((int) Math.ceil(millis.size() * 0.95) - 1),
                    millis.get(millis.size() - 1), cpuPerRequest, loadAverage());
        } catch (IOException | InterruptedException | RuntimeException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            String line = message.replace('|', '/').lines().findFirst().orElse("");
            return "| " + name + " | 0 | failed: " + line.substring(0, Math.min(160, line.length())) + " | | | | |";
        }
    }

    /** utime + stime of the service and of the postmaster and its children (the backends), in clock ticks. */
    static long cpuTicks() throws IOException {
        long ticks = ticksOf(servicePid) + ticksOf(postmasterPid);
        for (ProcessHandle child : ProcessHandle.of(postmasterPid).map(p -> p.children().toList()).orElse(List.of())) {
            ticks += ticksOf(child.pid());
        }
        return ticks;
    }

    static long ticksOf(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    static String loadAverage() throws IOException {
        String[] load = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return load[0] + " " + load[1] + " " + load[2];
    }

    static String post(String service, String token, String query, String variables)
            throws IOException, InterruptedException {
        String body = "{\"query\":" + quote(query) + ",\"variables\":" + variables + "}";
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(service + "/graphql"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
            throw new IllegalStateException("The service answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    static String token(String issuer, String user) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=tonghu-cli&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=demo";
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(issuer + "/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return field(response.body(), "access_token");
    }

    /** A browser's sign-in to the portal through the demo issuer's page, keeping the session cookie. */
    static final class Portal {
        final String base;
        final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();

        Portal(String base) {
            this.base = base.replace("127.0.0.1", "localhost");
        }

        void signIn(String user, String path) throws IOException, InterruptedException {
            HttpResponse<String> signInPage = client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            URI authorize = signInPage.uri();
            if (!authorize.getPath().equals("/authorize")) {
                throw new IllegalStateException("expected the issuer's sign-in page, got " + authorize);
            }
            Map<String, String> form = new LinkedHashMap<>();
            for (String pair : authorize.getRawQuery().split("&")) {
                int equals = pair.indexOf('=');
                form.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
            form.put("username", user);
            String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(authorize.getScheme() + "://"
                    + authorize.getAuthority() + "/authorize")).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (page.statusCode() != 200) {
                throw new IllegalStateException("sign-in ended with " + page.statusCode());
            }
        }

        void dashboard() throws IOException, InterruptedException {
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base + "/portal/dashboard"))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            if (page.statusCode() != 200 || !page.uri().getPath().equals("/portal/dashboard")) {
                throw new IllegalStateException("the dashboard answered " + page.statusCode() + " at " + page.uri());
            }
        }
    }

    static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("No " + name + " in " + json);
        }
        return matcher.group(1);
    }

    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
