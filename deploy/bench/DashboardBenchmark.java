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
import java.time.YearMonth;
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
 * Times the dashboards that answer questions (issue 15) on a running Tonghu in local mode (see
 * run-dashboard-benchmark.sh): a province officer's home (the province's overview), the dashboard of the province for
 * a month, a quarter and a year, one level down (a city) and at a county, a township supervisor's, the spreadsheet of
 * every table, and the lists behind a figure; each end to end through a portal session (HTTP on loopback, scope, SQL
 * and the audit writes) after WARMUP untimed runs. Beside the times, the CPU per request of the service and of
 * PostgreSQL (utime + stime from /proc, all backends of the postmaster) and the load average. Prints a Markdown table.
 *
 * Usage: java DashboardBenchmark.java SERVICE_URL SERVICE_PID POSTMASTER_PID [RUNS]
 */
public class DashboardBenchmark {

    static final int WARM_UP = Integer.parseInt(System.getenv().getOrDefault("WARMUP", "2"));
    static final long CLOCK_TICKS = 100;

    static long servicePid;
    static long postmasterPid;

    interface Call {
        void run() throws IOException, InterruptedException;
    }

    public static void main(String[] args) throws Exception {
        String service = args[0];
        servicePid = Long.parseLong(args[1]);
        postmasterPid = Long.parseLong(args[2]);
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        String month = YearMonth.from(today).toString();
        String quarter = today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
        String year = String.valueOf(today.getYear());
        List<String> rows = new ArrayList<>();
        rows.add("| request | runs | median ms | p95 ms | max ms | CPU ms/request (service + PostgreSQL) | load |");
        rows.add("|---|---|---|---|---|---|---|");
        rows.add(page("province officer's home (overview by city)", runs, service, "province.officer", "/portal"));
        rows.add(page("dashboard, province, last month", runs, service, "province.officer", "/portal/dashboard"));
        rows.add(page("dashboard, province, this month", runs, service, "province.officer",
                "/portal/dashboard?period=" + month));
        rows.add(page("dashboard, province, this quarter", runs, service, "province.officer",
                "/portal/dashboard?period=" + quarter));
        rows.add(page("dashboard, province, this year", runs, service, "province.officer",
                "/portal/dashboard?period=" + year));
        rows.add(page("dashboard, a city (drill-down)", runs, service, "province.officer",
                "/portal/dashboard?region=140500000000&period=" + month));
        rows.add(page("dashboard, a county", runs, service, "county.officer", "/portal/dashboard?period=" + month));
        rows.add(page("dashboard, a township supervisor", runs, service, "township.supervisor", "/portal/dashboard"));
        rows.add(page("dashboard.xlsx, province, this year", runs, service, "province.officer",
                "/portal/dashboard/dashboard.xlsx?period=" + year));
        rows.add(page("list: a county's children never visited", runs, service, "county.officer",
                "/portal/dashboard/children?period=" + month + "&figure=NEVER_VISITED"));
        rows.add(page("list: the province's villages without a director", runs, service, "province.officer",
                "/portal/dashboard/villages?gap=NO_DIRECTOR"));
        rows.forEach(System.out::println);
    }

    static String page(String name, int runs, String service, String user, String path) {
        try {
            Portal portal = new Portal(service);
            portal.signIn(user, "/portal");
            return time(name, runs, () -> portal.get(path));
        } catch (IOException | InterruptedException | RuntimeException e) {
            return "| " + name + " | 0 | failed: " + String.valueOf(e.getMessage()).replace('|', '/').lines()
                    .findFirst().orElse("") + " | | | | |";
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

        /** A page (or file) of the portal; refuses anything but 200 at the asked path. */
        int get(String path) throws IOException, InterruptedException {
            HttpResponse<byte[]> page = client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (page.statusCode() != 200 || !(page.uri().getPath() + "?" + page.uri().getRawQuery())
                    .startsWith(path.contains("?") ? path : path + "?")) {
                throw new IllegalStateException(path + " answered " + page.statusCode() + " at " + page.uri());
            }
            return page.body().length;
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
