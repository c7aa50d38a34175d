import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the audit trail of a running Tonghu in local mode to a number of events through its embedded PostgreSQL (the
 * insert trigger gives each its content hash, and the sealer, {@code audit_event_seal}, chains each batch once
 * committed, as the service's sealer does for its own events), then times, through /graphql
 * as the demo auditor, the verification of the whole chain ({@code auditChain}, with the service's resident memory
 * around it) and the auditor's searches ({@code auditEvents} by record id and by operation). Prints Markdown.
 *
 * <p>Usage (the PostgreSQL driver on the class path):
 * {@code java -cp postgresql.jar AuditChainBenchmark.java SERVICE_URL ISSUER_URL JDBC_URL SERVICE_PID EVENTS [RUNS [BATCH]]}
 */
public class AuditChainBenchmark {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final int WARM_UP = 5;
    static final int VERIFY_RUNS = 3;
    /** Events that name a child draw it from this many children, so a child's id is in about EVENTS / CHILDREN events. */
    static final int CHILDREN = 100_000;
    /** The operation searched for: about one event in a thousand. */
    static final String RARE_OPERATION = "CHILD_REVEAL_ID_NUMBER";
    static final String COMMON_OPERATION = "CHILD_READ";

    /**
     * Bench events numbered from ? to ?: the operations weighted (reads most), record ids like the service's (a child's
     * UUID from a pool; every fourth event names a second record whose id no other event names), one in fifty denied.
     */
    static final String FILL = """
            insert into audit_event (occurred_at, actor_subject, actor_username, roles, operation, record_type,
                                     record_ids, fields_revealed, result)
            select clock_timestamp(),
                   md5('bench-actor-' || (i % 500))::uuid::text,
                   'bench.user.' || (i % 500),
                   (array['village-director', 'township-supervisor', 'county-officer', 'partner-staff'])[1 + i % 4],
                   o.operation, o.record_type,
                   md5('bench-child-' || (i % {children}))::uuid::text
                       || case when i % 4 = 0 then ',' || md5('bench-once-' || i)::uuid::text else '' end,
                   case when o.operation in ('CHILD_READ', 'CHILD_FILE_READ') then 'name,birthDate,residenceVillageCode'
                        else '' end,
                   case when i % 50 = 0 then 'DENIED' else 'SUCCESS' end
            from generate_series(cast(? as bigint), cast(? as bigint)) i
            cross join lateral (select case when i % 1000 = 7 then '{rare}' else (array[
                        'CHILD_READ', 'CHILD_READ', 'CHILD_READ', 'CHILD_READ', 'CHILD_LIST', 'CHILD_LIST',
                        'CHILD_FILE_READ', 'GUARDIAN_READ', 'VISIT_RECORD', 'VISIT_RECORD', 'CONCERN_LIST',
                        'WORK_LOG_CREATE', 'PAIRING_CONTACT_RECORD', 'REFERRAL_READ', 'CHILD_UPDATE',
                        'ACCESS_REFUSED'])[1 + (i * 7) % 16] end as operation,
                    case when i % 1000 = 7 then 'CHILD' else (array[
                        'CHILD', 'CHILD', 'CHILD', 'CHILD', 'CHILD', 'CHILD', 'CHILD', 'GUARDIAN', 'VISIT', 'VISIT',
                        'CONCERN', 'WORK_LOG_ENTRY', 'PAIRING', 'REFERRAL', 'CHILD', 'OPERATION'])[1 + (i * 7) % 16]
                        end as record_type) o
            """;

    /** The statement AuditStore.page runs for a record-id search (Hibernate binds the limit as a parameter). */
    static final String RECORD_ID_PAGE = "select e.* from audit_event e where e.sequence_number > $1"
            + " and e.record_id_list @> array[cast($2 as text)] order by e.sequence_number fetch first $3 rows only";
    static final String OPERATION_PAGE = "select e.* from audit_event e where e.sequence_number > $1"
            + " and e.operation = $2 order by e.sequence_number fetch first $3 rows only";

    static final String CHAIN = "query { auditChain { eventsChecked intact firstBrokenSequenceNumber problem } }";
    static final String EVENTS = """
            query($recordId: String, $operation: String, $first: Int, $after: String) {
              auditEvents(recordId: $recordId, operation: $operation, first: $first, after: $after) {
                edges { node { sequenceNumber occurredAt actorSubject operation recordType recordIds result hash } }
                pageInfo { hasNextPage endCursor }
              }
            }""";

    public static void main(String[] args) throws Exception {
        String service = args[0];
        String issuer = args[1];
        String jdbcUrl = args[2];
        long pid = Long.parseLong(args[3]);
        long events = Long.parseLong(args[4]);
        int runs = args.length > 5 ? Integer.parseInt(args[5]) : 30;
        int batch = args.length > 6 ? Integer.parseInt(args[6]) : 50_000;

        try (Connection db = DriverManager.getConnection(jdbcUrl, "tonghu", "")) {
            long before = scalar(db, "select count(*) from audit_event");
            String fill = fill(db, before, events, batch);

            long middle = Math.max(4, (events - before) / 2 / 4 * 4);
            String onceId = text(db, "select md5('bench-once-' || " + middle + ")::uuid::text");
            String childId = text(db, "select md5('bench-child-' || " + (middle % CHILDREN) + ")::uuid::text");
            long onceCount = scalar(db, "select count(*) from audit_event where record_id_list @> array['" + onceId + "']");
            long childCount = scalar(db, "select count(*) from audit_event where record_id_list @> array['" + childId + "']");
            long rareCount = scalar(db, "select count(*) from audit_event where operation = '" + RARE_OPERATION + "'");
            long commonCount = scalar(db, "select count(*) from audit_event where operation = '" + COMMON_OPERATION + "'");

            StringBuilder plans = new StringBuilder();
            plans.append("Plans of the record-id search (the id present once), as the service's statement:\n\n");
            plans.append(plan(db, "Right after the fill (statistics as autovacuum left them: " + autoStats(db) + ")",
                    onceId, false));
            long vacuumStarted = System.nanoTime();
            try (Statement statement = db.createStatement()) {
                statement.execute("vacuum analyze audit_event");
            }
            long vacuumMillis = (System.nanoTime() - vacuumStarted) / 1_000_000;
            plans.append(plan(db, "After `vacuum analyze audit_event` (" + vacuumMillis + " ms), as autovacuum does for"
                    + " an insert-only table", onceId, false));
            plans.append(plan(db, "The same, generic plan (what a prepared statement may switch to after 5 runs)",
                    onceId, true));
            plans.append(operationPlan(db));
            String repeated = repeated(db, onceId, 15);

            String token = token(issuer, "auditor");
            List<String> verifyRows = new ArrayList<>();
            String memoryBefore = memory(pid);
            for (int i = 1; i <= VERIFY_RUNS; i++) {
                long start = System.nanoTime();
                String body = post(service, token, CHAIN, "{}");
                double seconds = (System.nanoTime() - start) / 1e9;
                verifyRows.add(String.format(Locale.ROOT, "| %d | %.1f | %,.0f | %s | %s |", i, seconds,
                        Long.parseLong(field(body, "eventsChecked")) / seconds,
                        body.replaceAll(".*\"auditChain\":(\\{[^}]*\\}).*", "$1").replace("|", "\\|"), memory(pid)));
            }

            List<String> searchRows = new ArrayList<>();
            searchRows.add(time("auditEvents(recordId: id in 1 event, first: 20)", runs, service, token,
                    "{\"recordId\":\"" + onceId + "\",\"first\":20}"));
            searchRows.add(time("auditEvents(recordId: a child's id in " + childCount + " events, first: 20)", runs,
                    service, token, "{\"recordId\":\"" + childId + "\",\"first\":20}"));
            searchRows.add(time("auditEvents(operation: " + RARE_OPERATION + ", first: 100)", runs, service, token,
                    "{\"operation\":\"" + RARE_OPERATION + "\",\"first\":100}"));
            searchRows.add(time("auditEvents(operation: " + COMMON_OPERATION + ", first: 100)", runs, service, token,
                    "{\"operation\":\"" + COMMON_OPERATION + "\",\"first\":100}"));
            searchRows.add(time("auditEvents(first: 100), no filter", runs, service, token, "{\"first\":100}"));

            long total = scalar(db, "select count(*) from audit_event");
            String size = text(db, "select pg_size_pretty(pg_total_relation_size('audit_event')) || ' (table '"
                    + " || pg_size_pretty(pg_relation_size('audit_event')) || ', GIN index '"
                    + " || pg_size_pretty(pg_relation_size('audit_event_record_id_list_idx')) || ')'");

            System.out.println("## Fill");
            System.out.println();
            System.out.println(fill);
            System.out.println("- Trail after the benchmark: " + total + " events (the searches add none; auditChain"
                    + " and auditEvents are reads), `audit_event` " + size + ".");
            System.out.printf(Locale.ROOT, "- Searched: a record id in %d event(s), a child's id in %d events,"
                    + " %s in %d events, %s in %d events.%n", onceCount, childCount, RARE_OPERATION, rareCount,
                    COMMON_OPERATION, commonCount);
            System.out.println();
            System.out.println("## auditChain: verifying the whole trail");
            System.out.println();
            System.out.println("Service memory before the first run: " + memoryBefore + ".");
            System.out.println();
            System.out.println("| run | seconds | events/s | answer | service memory after |");
            System.out.println("|---|---|---|---|---|");
            verifyRows.forEach(System.out::println);
            System.out.println();
            System.out.println("## auditEvents: the auditor's searches");
            System.out.println();
            System.out.println("| case | runs | min ms | median ms | p95 ms | max ms |");
            System.out.println("|---|---|---|---|---|---|");
            searchRows.forEach(System.out::println);
            System.out.println();
            System.out.println("The record-id searches' timed runs in the order they ran (a prepared statement's plan"
                    + " can change after its first runs on a connection):");
            System.out.println();
            IN_ORDER.forEach(System.out::println);
            System.out.println("- The same statement through JDBC, one connection, " + 15 + " runs in order: " + repeated);
            System.out.println();
            System.out.println("## Query plans");
            System.out.println();
            System.out.print(plans);
        }
    }

    /** Appends bench events until the trail holds {@code events}, {@code batch} per statement, committing each. */
    static String fill(Connection db, long before, long events, int batch) throws SQLException {
        if (events <= before) {
            return "- The trail already held " + before + " events; nothing added.";
        }
        String sql = FILL.replace("{children}", String.valueOf(CHILDREN)).replace("{rare}", RARE_OPERATION);
        db.setAutoCommit(false);
        long toAdd = events - before;
        long started = System.nanoTime();
        double slowest = Double.MAX_VALUE;
        double fastest = 0;
        long sealNanos = 0;
        try (PreparedStatement insert = db.prepareStatement(sql);
                PreparedStatement seal = db.prepareStatement("select audit_event_seal(?, true)")) {
            for (long from = 1; from <= toAdd; from += batch) {
                long to = Math.min(toAdd, from + batch - 1);
                long batchStarted = System.nanoTime();
                insert.setLong(1, from);
                insert.setLong(2, to);
                insert.executeUpdate();
                db.commit();
                // the service's sealer chains committed events apart (AuditSealer); here after each batch
                long sealStarted = System.nanoTime();
                seal.setInt(1, batch);
                seal.executeQuery().close();
                db.commit();
                sealNanos += System.nanoTime() - sealStarted;
                double rate = (to - from + 1) / ((System.nanoTime() - batchStarted) / 1e9);
                slowest = Math.min(slowest, rate);
                fastest = Math.max(fastest, rate);
                System.err.printf(Locale.ROOT, "filled %,d of %,d (%,.0f events/s in this batch)%n", to, toAdd, rate);
            }
        }
        db.setAutoCommit(true);
        double seconds = (System.nanoTime() - started) / 1e9;
        return String.format(Locale.ROOT, "- %,d events added to the %,d already in the trail, in %.0f s: %,.0f events/s"
                + " (batches of %,d, one statement and commit each, then sealed: slowest batch %,.0f/s, fastest"
                + " %,.0f/s). Sealing took %.0f s of it (%.1f µs an event).",
                toAdd, before, seconds, toAdd / seconds, batch, slowest, fastest, sealNanos / 1e9,
                sealNanos / 1e3 / toAdd);
    }

    static String plan(Connection db, String title, String recordId, boolean generic) throws SQLException {
        StringBuilder out = new StringBuilder("- " + title + ":\n\n```\n");
        try (Statement statement = db.createStatement()) {
            statement.execute("deallocate all");
            statement.execute("prepare bench_page(bigint, text, int) as " + RECORD_ID_PAGE);
            statement.execute("set plan_cache_mode = " + (generic ? "force_generic_plan" : "force_custom_plan"));
            try (ResultSet rows = statement.executeQuery("explain (analyze, buffers, costs) execute bench_page(0, '"
                    + recordId + "', 21)")) {
                while (rows.next()) {
                    out.append(rows.getString(1)).append('\n');
                }
            }
            statement.execute("reset plan_cache_mode");
            statement.execute("deallocate all");
        }
        return out.append("```\n\n").toString();
    }

    static String operationPlan(Connection db) throws SQLException {
        StringBuilder out = new StringBuilder("- The operation search (" + RARE_OPERATION + ", first 100):\n\n```\n");
        try (Statement statement = db.createStatement()) {
            statement.execute("prepare bench_operation(bigint, text, int) as " + OPERATION_PAGE);
            try (ResultSet rows = statement.executeQuery("explain (analyze, buffers, costs) execute bench_operation(0, '"
                    + RARE_OPERATION + "', 101)")) {
                while (rows.next()) {
                    out.append(rows.getString(1)).append('\n');
                }
            }
            statement.execute("deallocate all");
        }
        return out.append("```\n").toString();
    }

    /**
     * The record-id search run as the service runs it, one prepared statement executed again and again on one
     * connection: the driver prepares it on the server from the 5th run, and the server may then switch from plans
     * made for the id given to one generic plan.
     */
    static String repeated(Connection db, String recordId, int times) throws SQLException {
        List<Double> millis = new ArrayList<>();
        try (PreparedStatement page = db.prepareStatement("select e.* from audit_event e where e.sequence_number > ?"
                + " and e.record_id_list @> array[cast(? as text)] order by e.sequence_number fetch first ? rows only")) {
            for (int i = 0; i < times; i++) {
                long start = System.nanoTime();
                page.setLong(1, 0);
                page.setString(2, recordId);
                page.setInt(3, 21);
                try (ResultSet rows = page.executeQuery()) {
                    while (rows.next()) {
                        rows.getString("hash");
                    }
                }
                millis.add((System.nanoTime() - start) / 1e6);
            }
        }
        return inOrder(millis);
    }

    static String inOrder(List<Double> millis) {
        StringBuilder out = new StringBuilder();
        for (double value : millis) {
            out.append(out.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.1f", value));
        }
        return out.append(" ms").toString();
    }

    static String autoStats(Connection db) throws SQLException {
        return text(db, "select 'last autoanalyze ' || coalesce(to_char(last_autoanalyze, 'HH24:MI:SS'), 'never')"
                + " || ', last autovacuum ' || coalesce(to_char(last_autovacuum, 'HH24:MI:SS'), 'never')"
                + " || ', ' || n_mod_since_analyze || ' rows changed since analyze'"
                + " from pg_stat_user_tables where relname = 'audit_event'");
    }

    /** The service's resident memory now and its peak, from /proc. */
    static String memory(long pid) throws IOException {
        String status = Files.readString(Path.of("/proc/" + pid + "/status"));
        return "VmRSS " + kib(status, "VmRSS") + " MiB, VmHWM " + kib(status, "VmHWM") + " MiB";
    }

    static long kib(String status, String name) {
        Matcher matcher = Pattern.compile(name + ":\\s+(\\d+) kB").matcher(status);
        if (!matcher.find()) {
            throw new IllegalStateException("No " + name + " in /proc status");
        }
        return Long.parseLong(matcher.group(1)) / 1024;
    }

    static long scalar(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static String text(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    /** Each timed run's milliseconds in the order they ran, by case, for the cases whose plan may change. */
    static final List<String> IN_ORDER = new ArrayList<>();

    static String time(String name, int runs, String service, String token, String variables)
            throws IOException, InterruptedException {
        for (int i = 0; i < WARM_UP; i++) {
            post(service, token, EVENTS, variables);
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            post(service, token, EVENTS, variables);
            millis.add((System.nanoTime() - start) / 1e6);
        }
        if (variables.contains("recordId")) {
            IN_ORDER.add("- " + name + ": " + inOrder(millis));
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
