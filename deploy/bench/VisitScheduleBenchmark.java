import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times the work list and the visit-compliance report through /graphql of a running Tonghu in local mode whose demo
 * data is one large county (see run-visit-schedule-benchmark.sh). Each case runs a few times to warm up, then is
 * timed end to end (HTTP on loopback, JSON, security, SQL and the audit writes included); prints a Markdown table.
 *
 * Usage: java VisitScheduleBenchmark.java SERVICE_URL ISSUER_URL [RUNS]
 */
public class VisitScheduleBenchmark {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final int WARM_UP = 5;
    static final String COUNTY = "140521000000";
    static final String TOWNSHIP = "140521903000";
    static final String VILLAGE = "140521903201";

    static final String WORK_LIST = """
            query($regionCode: String, $dueWithinDays: Int, $first: Int, $after: String) {
              myWorkList(regionCode: $regionCode, dueWithinDays: $dueWithinDays, first: $first, after: $after) {
                edges { node { child { id name residenceVillageCode } schedule { contactDueOn homeVisitDueOn urgency } } }
                pageInfo { hasNextPage endCursor }
              }
            }""";
    static final String COMPLIANCE = """
            query($regionCode: String!, $period: ReportPeriodInput!) {
              visitCompliance(regionCode: $regionCode, period: $period) {
                total { children contactOnTime homeVisitOnTime neverVisited }
                byRegion { regionCode children contactOnTime homeVisitOnTime neverVisited }
              }
            }""";

    public static void main(String[] args) throws Exception {
        String service = args[0];
        String issuer = args[1];
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        String token = token(issuer, "county.officer");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        LocalDate lastMonth = today.minusMonths(1);
        int lastQuarter = (today.minusMonths(3).getMonthValue() - 1) / 3 + 1;
        int lastQuarterYear = today.minusMonths(3).getYear();

        String countyTotal = post(service, token, COMPLIANCE, "{\"regionCode\":\"" + COUNTY + "\",\"period\":{\"year\":"
                + today.getYear() + "}}");
        System.out.println("Data: " + countyTotal.replaceAll(".*\"total\":(\\{[^}]*\\}).*", "$1"));

        List<String> rows = new ArrayList<>();
        rows.add(time("myWorkList, county, first 20", runs, service, token, WORK_LIST,
                "{\"first\":20}"));
        rows.add(time("myWorkList, county, first 100", runs, service, token, WORK_LIST,
                "{\"first\":100}"));
        rows.add(time("myWorkList, county, overdue only, first 100", runs, service, token, WORK_LIST,
                "{\"first\":100,\"dueWithinDays\":0}"));
        String cursor = null;
        for (int page = 0; page < 50; page++) {
            String body = post(service, token, WORK_LIST, "{\"first\":100" + (cursor == null ? "" : ",\"after\":\"" + cursor + "\"") + "}");
            cursor = field(body, "endCursor");
        }
        rows.add(time("myWorkList, county, page 51 of 100 (after 5000 children)", runs, service, token, WORK_LIST,
                "{\"first\":100,\"after\":\"" + cursor + "\"}"));
        rows.add(time("myWorkList, one township, first 100", runs, service, token, WORK_LIST,
                "{\"first\":100,\"regionCode\":\"" + TOWNSHIP + "\"}"));
        rows.add(time("myWorkList, one village, first 100", runs, service, token, WORK_LIST,
                "{\"first\":100,\"regionCode\":\"" + VILLAGE + "\"}"));
        rows.add(time("visitCompliance, county by township, last month", runs, service, token, COMPLIANCE,
                period(COUNTY, lastMonth.getYear(), "\"month\":" + lastMonth.getMonthValue())));
        rows.add(time("visitCompliance, county by township, last quarter", runs, service, token, COMPLIANCE,
                period(COUNTY, lastQuarterYear, "\"quarter\":" + lastQuarter)));
        rows.add(time("visitCompliance, county by township, this year so far", runs, service, token, COMPLIANCE,
                "{\"regionCode\":\"" + COUNTY + "\",\"period\":{\"year\":" + today.getYear() + "}}"));
        rows.add(time("visitCompliance, township by village, last quarter", runs, service, token, COMPLIANCE,
                period(TOWNSHIP, lastQuarterYear, "\"quarter\":" + lastQuarter)));
        rows.add(time("visitCompliance, village, last month", runs, service, token, COMPLIANCE,
                period(VILLAGE, lastMonth.getYear(), "\"month\":" + lastMonth.getMonthValue())));

        System.out.println();
        System.out.println("| case | runs | min ms | median ms | p95 ms | max ms |");
        System.out.println("|---|---|---|---|---|---|");
        rows.forEach(System.out::println);
    }

    static String period(String region, int year, String part) {
        return "{\"regionCode\":\"" + region + "\",\"period\":{\"year\":" + year + "," + part + "}}";
    }

    static String time(String name, int runs, String service, String token, String query, String variables)
            throws IOException, InterruptedException {
        for (int i = 0; i < WARM_UP; i++) {
            post(service, token, query, variables);
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            post(service, token, query, variables);
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        return String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f |", name, runs, millis.get(0),
                millis.get(millis.size() / 2), millis.get((int) Math.ceil(millis.size() * 0.95) - 1),
                millis.get(millis.size() - 1));
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
