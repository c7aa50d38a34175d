package org.tonghu.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.tonghu.child.NationalIdNumber;
import org.tonghu.time.ChinaTime;

/**
 * Makes realistic synthetic data for the demo and for benchmarks, from one Jincheng county up to the whole province:
 * townships and villages under the chosen counties (and, for the province, the cities of Shanxi with generated
 * counties), children with a plausible mix of categories, their guardians (many parents working in other provinces),
 * directors for most but not all villages, a supervisor per township, organizations of every kind and volunteers
 * with some expired background checks. All names are synthetic. The same seed gives the same data; the number of
 * children scales.
 *
 * <p>Everything is loaded with PostgreSQL's COPY, set-based and in batches of children: each statement handles one
 * batch, so that none comes near the statement timeout whatever the number of children, and the Java side holds a
 * few batches at a time. The loading transactions tell the schedule's triggers to leave the schedule to them, and
 * each batch's schedule is computed once, with the triggers' function, after its visits are in. The children are
 * made on a thread of their own while one or more connections copy the batches made before.
 */
public final class DemoDataGenerator {

    /**
     * The first generated township (every plan has it): its supervisor, loaded in the caller's transaction, which
     * commits last, means the data were generated already.
     */
    static final String MARKER_REGION = "140521903000";

    /**
     * Children per batch (a batch ends with a family, so it may hold a few more): a batch's COPY of about 60,000
     * visits and its schedule take a second or two here, far from the statement timeout.
     */
    static final int BATCH_CHILDREN = 5_000;

    /** Chunks of CSV sent to the server at a time: the text is never encoded as a whole. */
    private static final int COPY_CHUNK_CHARS = 1 << 16;

    /** The cities of Shanxi (the first four digits of their codes); the migrations create 晋城 with its counties. */
    private static final String[][] CITIES = { { "1401", "太原" }, { "1402", "大同" }, { "1403", "阳泉" },
            { "1404", "长治" }, { "1405", "晋城" }, { "1406", "朔州" }, { "1407", "晋中" }, { "1408", "运城" },
            { "1409", "忻州" }, { "1410", "临汾" }, { "1411", "吕梁" } };
    private static final String JINCHENG = "1405";
    /** Generated counties in each city but Jincheng, coded 91 to 99 under their city. */
    private static final int GENERATED_COUNTIES_PER_CITY = 9;

    /** The kinds of {@link #sequentialId}s. */
    private static final int CHILD = 1;
    private static final int GUARDIAN = 2;
    private static final int VISIT = 3;

    /** Every county the plans can use: Jincheng's six real ones first (0 城区 ... 5 高平), then generated ones. */
    static final List<County> COUNTIES = counties();

    private static final String[] SURNAMES =
            "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
            .split("");
    private static final String[] GIVEN = "子涵欣怡梓轩浩宇雨泽思彤一诺佳怡俊杰明轩晨曦若曦宇航嘉怡博文天佑雅琪紫萱梦瑶志强秀英丽华建国桂兰玉梅海燕春花"
            .split("");
    private static final String[] VILLAGE_NAMES = "东西南北上下前后新旧".split("");
    private static final String[] WORKPLACES = { "江苏省苏州市", "浙江省杭州市", "广东省东莞市", "北京市", "上海市",
            "天津市", "河北省石家庄市", "山西省太原市" };

    private final Random random;
    private final long seed;
    private final int batchChildren;
    /** Visits generated so far (the sequence of visit ids); used by the generating thread only. */
    private long visitSequence;

    public DemoDataGenerator(long seed) {
        this(seed, BATCH_CHILDREN);
    }

    DemoDataGenerator(long seed, int batchChildren) {
        this.seed = seed;
        this.random = new Random(seed);
        this.batchChildren = batchChildren;
    }

    /**
     * A county under which townships and villages are generated.
     *
     * @param code its 12-digit region code
     * @param shortName what its generated townships' names start with
     * @param city its city's 12-digit code
     * @param name its name, when the generator creates it (the migrations create Jincheng's counties: null)
     * @param cityName its city's name, when the generator creates the city (null for Jincheng)
     */
    record County(String code, String shortName, String city, String name, String cityName) {

        String prefix() {
            return code.substring(0, 6);
        }
    }

    /** What was generated. */
    public record Summary(int villages, int children, int guardians, int directors, int volunteers, int visits) {
    }

    /**
     * What to generate: so many children spread over the villages of generated townships (codes 903 and up) in the
     * given counties, and so many months of visit history.
     *
     * @param children number of children
     * @param counties indexes into {@link #COUNTIES}: Jincheng's counties are 0 城区, 1 沁水, 2 阳城, 3 陵川, 4 泽州,
     *        5 高平; the generated counties of the other cities follow
     * @param townshipsPerCounty generated townships per county, at most 90
     * @param villagesPerTownship generated villages per township, at most 99
     * @param visitMonths months of visits before today (0: none)
     * @param sequentialIds ids of children, guardians and visits that grow in the order they are generated (like
     *        time-ordered UUIDs), so that the indexes on them are appended to rather than written all over, which a
     *        province's load needs; otherwise ids are derived from names (the small plans keep those)
     */
    public record Plan(int children, List<Integer> counties, int townshipsPerCounty, int villagesPerTownship,
            int visitMonths, boolean sequentialIds) {

        /** The local demo: every Jincheng county, two townships of ten villages each. */
        public static Plan demo(int children, int visitMonths) {
            return new Plan(children, List.of(0, 1, 2, 3, 4, 5), 2, 10, visitMonths, false);
        }

        /** A single large county (沁水) for benchmarks: ten townships of twenty villages. */
        public static Plan singleCounty(int children, int visitMonths) {
            return new Plan(children, List.of(1), 10, 20, visitMonths, false);
        }

        /**
         * The whole province for benchmarks at scale: the eleven cities of Shanxi, Jincheng with its six counties and
         * each other city with nine generated ones (96 counties), twelve townships of twenty villages in each (23,040
         * villages, about as many as the province has). Ten months of visits make about 12 visits a child.
         */
        public static Plan province(int children, int visitMonths) {
            return new Plan(children, IntStream.range(0, COUNTIES.size()).boxed().toList(), 12, 20, visitMonths,
                    true);
        }
    }

    /** More connections to the same database, for loading on several at once. */
    @FunctionalInterface
    public interface Connections {
        Connection open() throws SQLException;
    }

    /** Whether the data were generated in this database already (the generated regions alone do not say so). */
    public static boolean generatedAlready(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select exists (select 1 from appointment where kind = 'SUPERVISOR' and region_code = ?)")) {
            query.setString(1, MARKER_REGION);
            try (var rows = query.executeQuery()) {
                return rows.next() && rows.getBoolean(1);
            }
        }
    }

    /** Generates and loads the data in the connection's current transaction. */
    public Summary generate(Connection connection, Plan plan) throws SQLException, IOException {
        return generate(connection, plan, null, 1);
    }

    /**
     * Generates the data and loads them on {@code loaders} connections at once: this one and {@code loaders - 1} more
     * (a PostgreSQL backend loads rows about three times slower than the generator makes them, so on a machine of
     * several cores more loaders finish sooner).
     * The regions are committed first, on a connection of their own (they are inserted when missing, so an interrupted
     * load can run again); everything else is loaded in this connection's transaction and in one transaction on each
     * other connection, committed only once every batch is in (the caller commits its own). Batches never split a
     * family, so no transaction reads another's rows.
     */
    public Summary generate(Connection connection, Plan plan, Connections more, int loaders)
            throws SQLException, IOException {
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        List<String[]> regions = new ArrayList<>();
        List<String> villages = new ArrayList<>();
        List<String> townships = new ArrayList<>();
        for (int c : plan.counties()) {
            County county = COUNTIES.get(c);
            for (int t = 0; t < plan.townshipsPerCounty(); t++) {
                String township = county.prefix() + (903 + t) + "000";
                townships.add(township);
                regions.add(new String[] { township, county.shortName() + "生成" + (t + 1) + "镇", county.code() });
                for (int v = 1; v <= plan.villagesPerTownship(); v++) {
                    String village = county.prefix() + (903 + t) + String.format("%03d", 200 + v);
                    villages.add(village);
                    regions.add(new String[] { village, county.shortName() + "生成" + (t + 1) + "镇"
                            + VILLAGE_NAMES[(v - 1) % VILLAGE_NAMES.length]
                            + (v > VILLAGE_NAMES.length ? v : "") + "庄村", township });
                }
            }
        }
        if (loaders > 1) {
            try (Connection regionConnection = more.open()) {
                regionConnection.setAutoCommit(true);
                insertRegions(regionConnection, plan, regions);
            }
        } else {
            insertRegions(connection, plan, regions);
        }

        StringBuilder organizations = new StringBuilder();
        List<UUID> partnerOrganizations = new ArrayList<>();
        String[][] kinds = { { "YOUTH_LEAGUE", "团委" }, { "WOMENS_FEDERATION", "妇联" },
                { "DISABLED_PERSONS_FEDERATION", "残联" }, { "CIVIL_AFFAIRS", "民政局" }, { "EDUCATION", "教育局" },
                { "SCHOOL", "实验小学" }, { "PUBLIC_SECURITY", "公安局" }, { "COURT", "人民法院" },
                { "PROCURATORATE", "人民检察院" }, { "JUSTICE", "司法局" }, { "HEALTH", "卫生健康局" },
                { "HUMAN_RESOURCES", "人力资源和社会保障局" }, { "EMERGENCY_MANAGEMENT", "应急管理局" },
                { "CYBERSPACE", "网信办" }, { "CHILD_WELFARE_INSTITUTION", "儿童福利院" },
                { "MINOR_PROTECTION_CENTER", "未成年人救助保护中心" }, { "NGO", "生成社工服务中心" } };
        for (int c : plan.counties()) {
            County county = COUNTIES.get(c);
            for (String[] kindAndLabel : kinds) {
                String kind = kindAndLabel[0];
                UUID id = id("organization", c + kind);
                if (kind.equals("YOUTH_LEAGUE") || kind.equals("WOMENS_FEDERATION")
                        || kind.equals("DISABLED_PERSONS_FEDERATION") || kind.equals("NGO")) {
                    partnerOrganizations.add(id);
                }
                row(organizations, id.toString(), county.shortName() + "（生成）" + kindAndLabel[1], kind,
                        county.code());
            }
        }
        copy(copy, "copy organization (id, name, kind, region_code) from stdin with (format csv)", organizations);

        StringBuilder volunteers = new StringBuilder();
        int volunteerCount = 0;
        LocalDate today = ChinaTime.today();
        for (UUID organization : partnerOrganizations) {
            for (int v = 0; v < 8; v++) {
                boolean expired = random.nextInt(5) == 0;
                row(volunteers, id("volunteer", organization + "/" + v).toString(), organization.toString(), name(),
                        phone(), "关爱陪伴", "true", (expired ? today.minusDays(1 + random.nextInt(400))
                                : today.plusDays(30 + random.nextInt(700))).toString());
                volunteerCount++;
            }
        }
        copy(copy,
                "copy volunteer (id, organization_id, person_name, phone, skills, active, background_check_expires_on)"
                + " from stdin with (format csv)", volunteers);

        StringBuilder appointments = new StringBuilder();
        int directors = 0;
        for (String village : villages) {
            if (random.nextInt(10) < 9) {
                row(appointments, id("director", village).toString(), "DIRECTOR", name(), phone(), village,
                        today.minusDays(100 + random.nextInt(1500)).toString());
                directors++;
            }
        }
        for (String township : townships) {
            row(appointments, id("supervisor", township).toString(), "SUPERVISOR", name(), phone(), township,
                    today.minusDays(100 + random.nextInt(1500)).toString());
        }
        copy(copy,
                "copy appointment (id, kind, person_name, phone, region_code, starts_on) from stdin with (format csv)",
                appointments);

        deferDerivedData(connection, true);
        int[] counts = loadChildren(connection, plan, villages, today, more, loaders);
        countVillages(connection, villages);
        deferDerivedData(connection, false);
        return new Summary(villages.size(), plan.children(), counts[0], directors, volunteerCount, counts[1]);
    }

    /**
     * Generates the children batch by batch on a thread of its own while this thread and {@code loaders - 1} more
     * copy batches in, each on its own connection, so that making the rows and loading them overlap. Returns the
     * numbers of guardians and of visits.
     */
    private int[] loadChildren(Connection connection, Plan plan, List<String> villages, LocalDate today,
            Connections more, int loaders) throws SQLException, IOException {
        BlockingQueue<Batch> batches = new ArrayBlockingQueue<>(loaders);
        AtomicBoolean failed = new AtomicBoolean();
        ExecutorService threads = Executors.newFixedThreadPool(loaders, task -> {
            Thread thread = new Thread(task, "demo-data-generator");
            thread.setDaemon(true);
            return thread;
        });
        List<Connection> connections = new ArrayList<>();
        try {
            for (int l = 1; l < loaders; l++) {
                Connection other = more.open();
                connections.add(other);
                other.setAutoCommit(false);
                deferDerivedData(other, true);
            }
            Future<int[]> counts = threads.submit(() -> generateChildren(plan, villages, today, batches, loaders,
                    failed));
            List<Future<Void>> others = new ArrayList<>();
            for (Connection other : connections) {
                others.add(threads.submit(() -> load(other, batches, counts, failed)));
            }
            load(connection, batches, counts, failed);
            for (Future<Void> other : others) {
                other.get();
            }
            int[] result = counts.get();
            for (Connection other : connections) {
                other.commit();
            }
            return result;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while loading the generated children", e);
        } catch (ExecutionException e) {
            failed.set(true);
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw new IOException("Generating the children failed", e.getCause());
        } catch (SQLException | IOException | RuntimeException e) {
            failed.set(true);
            throw e;
        } finally {
            threads.shutdownNow();
            for (Connection other : connections) {
                other.close(); // rolls back what was not committed
            }
        }
    }

    /** Loads batches on one connection until the generator says there are no more (an empty batch). */
    private static Void load(Connection connection, BlockingQueue<Batch> batches, Future<int[]> generator,
            AtomicBoolean failed) throws SQLException, IOException, InterruptedException, ExecutionException {
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        try {
            while (!failed.get()) {
                Batch batch = batches.poll(1, TimeUnit.SECONDS);
                if (batch == null) {
                    if (generator.isDone()) {
                        generator.get(); // the generator failed: its exception
                        return null;
                    }
                } else if (batch.childIds.isEmpty()) {
                    return null;
                } else {
                    batch.load(connection, copy);
                }
            }
            return null;
        } catch (SQLException | IOException | RuntimeException e) {
            failed.set(true);
            throw e;
        }
    }

    /**
     * The children, their families and visits, handed over in batches of {@link #batchChildren}; an empty batch
     * ends them. Returns the numbers of guardians and of visits.
     */
    private int[] generateChildren(Plan plan, List<String> villages, LocalDate today, BlockingQueue<Batch> batches,
            int loaders, AtomicBoolean failed) throws InterruptedException {
        int childCount = plan.children();
        Batch batch = new Batch();
        int visitCount = 0;
        int guardianCount = 0;
        Map<String, Integer> idSequences = new HashMap<>();
        UUID family = null;
        UUID father = null;
        UUID grandparent = null;
        String familyVillage = null;
        String familySurname = null;
        for (int i = 0; i < childCount; i++) {
            boolean sibling = family != null && random.nextInt(4) == 0;
            if (!sibling && batch.childIds.size() >= batchChildren) {
                // a batch ends with a family: each batch holds its own guardians
                hand(batches, batch, failed);
                batch = new Batch();
            }
            if (!sibling) {
                familyVillage = villages.get(random.nextInt(villages.size()));
                familySurname = SURNAMES[random.nextInt(SURNAMES.length)];
                family = id("family", String.valueOf(i));
                boolean parentAway = random.nextInt(10) < 7;
                father = plan.sequentialIds() ? sequentialId(GUARDIAN, 2L * i) : id("guardian", family + "/father");
                grandparent = plan.sequentialIds() ? sequentialId(GUARDIAN, 2L * i + 1)
                        : id("guardian", family + "/grandparent");
                row(batch.guardians, father.toString(), familySurname + given(), phone(),
                        parentAway ? WORKPLACES[random.nextInt(WORKPLACES.length)] : "", String.valueOf(parentAway),
                        "ABLE", familyVillage);
                row(batch.guardians, grandparent.toString(), familySurname + given(), phone(), "", "false",
                        random.nextInt(4) == 0 ? "LIMITED" : "ABLE", familyVillage);
                guardianCount += 2;
            }
            UUID child = plan.sequentialIds() ? sequentialId(CHILD, i) : id("child", String.valueOf(i));
            LocalDate birth = today.minusDays(365L + random.nextInt(16 * 365));
            String idPrefix = familyVillage.substring(0, 6) + birth.toString().replace("-", "");
            int sequence = idSequences.merge(idPrefix, 1, Integer::sum);
            String idNumber = NationalIdNumber.withCheckCharacter(idPrefix + String.format("%03d", sequence));
            List<String> childCategories = new ArrayList<>();
            List<String> childRisks = new ArrayList<>();
            int roll = random.nextInt(100);
            if (roll < 60) {
                childCategories.add("LEFT_BEHIND");
            } else if (roll < 72) {
                childCategories.add("LOW_INCOME_FAMILY");
            } else if (roll < 80) {
                childCategories.add("SINGLE_PARENT_FAMILY");
                childRisks.add("SINGLE_PARENT_FAMILY");
            } else if (roll < 86) {
                childCategories.add("DISABLED");
                childRisks.add("CHILD_DISABILITY");
            } else if (roll < 90) {
                childCategories.add("DE_FACTO_UNSUPPORTED");
                childRisks.add("NO_EFFECTIVE_GUARDIAN");
            } else if (roll < 93) {
                childCategories.add("ORPHAN");
            } else if (roll < 96) {
                childCategories.add("SERIOUSLY_ILL");
                childRisks.add("SERIOUS_ILLNESS");
            } else {
                childCategories.add("EXTREME_POVERTY_SUPPORT");
            }
            if (random.nextInt(25) == 0) {
                childRisks.add("PSYCHOLOGICAL_OR_BEHAVIOURAL_ABNORMALITY");
            }
            int age = today.getYear() - birth.getYear();
            String schoolStatus = age < 6 ? "NOT_OF_SCHOOL_AGE" : random.nextInt(50) == 0 ? "DROPPED_OUT" : "IN_SCHOOL";
            boolean disabled = childRisks.contains("CHILD_DISABILITY");
            LocalDate registered = today.minusDays(random.nextInt(20) == 0
                    ? random.nextInt(60) : 60 + random.nextInt(1400));
            registered = registered.isBefore(birth) ? birth : registered;
            row(batch.children, child.toString(), familySurname + given(), random.nextBoolean() ? "MALE" : "FEMALE",
                    birth.toString(), idNumber, familyVillage.substring(0, 6) + "000000", familyVillage,
                    disabled ? "肢体残疾" : "", disabled ? String.valueOf(1 + random.nextInt(4)) : "",
                    childRisks.isEmpty() ? "STANDARD" : "HIGH", schoolStatus, registered.toString(),
                    registered.toString());
            batch.childIds.add(child);
            visitCount += visits(batch.visits, child, registered, !childRisks.isEmpty(), plan, today);
            for (String category : childCategories) {
                row(batch.categories, child.toString(), category);
            }
            for (String risk : childRisks) {
                row(batch.riskFactors, child.toString(), risk);
            }
            row(batch.links, child.toString(), father.toString(), "FATHER", "true", "false");
            row(batch.links, child.toString(), grandparent.toString(), "GRANDPARENT", "false", "true");
        }
        if (!batch.childIds.isEmpty()) {
            hand(batches, batch, failed);
        }
        for (int l = 0; l < loaders; l++) {
            hand(batches, new Batch(), failed);
        }
        return new int[] { guardianCount, visitCount };
    }

    /**
     * The cities and counties a plan needs that the migrations do not create (a handful of rows: one insert each,
     * skipped when present).
     */
    private static void createMissingCitiesAndCounties(Connection connection, Plan plan) throws SQLException {
        Map<String, String[]> regions = new LinkedHashMap<>();
        for (int c : plan.counties()) {
            County county = COUNTIES.get(c);
            if (county.cityName() != null) {
                regions.putIfAbsent(county.city(), new String[] { county.cityName(), "140000000000" });
            }
            if (county.name() != null) {
                regions.putIfAbsent(county.code(), new String[] { county.name(), county.city() });
            }
        }
        if (regions.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into region (code, name, parent_code) values (?, ?, ?) on conflict (code) do nothing")) {
            for (Map.Entry<String, String[]> region : regions.entrySet()) {
                insert.setString(1, region.getKey());
                insert.setString(2, region.getValue()[0]);
                insert.setString(3, region.getValue()[1]);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Hands a batch to the loaders, waiting while they are busy; gives up when a loader failed. */
    private static void hand(BlockingQueue<Batch> batches, Batch batch, AtomicBoolean failed)
            throws InterruptedException {
        while (!batches.offer(batch, 1, TimeUnit.SECONDS)) {
            if (failed.get()) {
                throw new InterruptedException("A loader failed");
            }
        }
    }

    /**
     * Tells the triggers that this transaction computes the schedule itself (each batch's, once its visits are in) and
     * the per-village counts of the reports (once, at the end: {@link #countVillages}), or that they take over again;
     * see R__visit_schedule_functions.sql and R__report_rollup_functions.sql. Left to the triggers, the counts would
     * make the loaders' transactions, which last the whole load, wait on each other's village rows.
     */
    private static void deferDerivedData(Connection connection, boolean deferred) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select set_config('tonghu.visit_schedule_deferred', ?, true),"
                        + " set_config('tonghu.village_counts_deferred', ?, true)")) {
            statement.setString(1, deferred ? "on" : "off");
            statement.setString(2, deferred ? "on" : "off");
            statement.execute();
        }
    }

    /**
     * The reports' per-village counts (V22: open files, high-risk ones, open files by category) of the generated
     * villages, in which only generated children live, computed set-based once all loaders have committed.
     */
    private static void countVillages(Connection connection, List<String> villages) throws SQLException {
        Array codes = connection.createArrayOf("varchar", villages.toArray());
        try (PreparedStatement children = connection.prepareStatement("""
                insert into village_child_count as r (village_code, open_files, high_risk)
                select residence_village_code, count(*) filter (where status = 'ACTIVE'),
                       count(*) filter (where status = 'ACTIVE' and risk_level = 'HIGH')
                from child where residence_village_code = any(?) group by residence_village_code
                on conflict (village_code) do update set open_files = excluded.open_files,
                    high_risk = excluded.high_risk""");
                PreparedStatement categories = connection.prepareStatement("""
                insert into village_category_count as r (village_code, category, open_files)
                select c.residence_village_code, cc.category, count(*)
                from child c join child_category cc on cc.child_id = c.id
                where c.residence_village_code = any(?) and c.status = 'ACTIVE'
                group by c.residence_village_code, cc.category
                on conflict (village_code, category) do update set open_files = excluded.open_files""")) {
            children.setArray(1, codes);
            children.executeUpdate();
            categories.setArray(1, codes);
            categories.executeUpdate();
        }
    }

    /**
     * The generated townships and villages, and the cities and counties they need that the migrations do not create;
     * each inserted unless present.
     */
    private static void insertRegions(Connection connection, Plan plan, List<String[]> regions)
            throws SQLException {
        createMissingCitiesAndCounties(connection, plan);
        try (PreparedStatement insert = connection.prepareStatement("insert into region (code, name, parent_code)"
                + " select * from unnest(?::varchar[], ?::varchar[], ?::varchar[]) on conflict (code) do nothing")) {
            for (int column = 0; column < 3; column++) {
                int c = column;
                insert.setArray(column + 1, connection.createArrayOf("varchar",
                        regions.stream().map(region -> region[c]).toArray()));
            }
            insert.execute();
        }
    }

    /** One batch of children with everything that hangs off them, as CSV, and how it is loaded. */
    private static final class Batch {

        final StringBuilder guardians = new StringBuilder();
        final StringBuilder children = new StringBuilder();
        final StringBuilder categories = new StringBuilder();
        final StringBuilder riskFactors = new StringBuilder();
        final StringBuilder links = new StringBuilder();
        final StringBuilder visits = new StringBuilder();
        final List<UUID> childIds = new ArrayList<>();

        /**
         * Copies the batch in, parents before children, then computes the schedule of its children once, set-based,
         * with the function the triggers use.
         */
        void load(Connection connection, CopyManager copy) throws SQLException, IOException {
            copy(copy, "copy guardian (id, name, phone, workplace, works_away, capacity, region_code)"
                    + " from stdin with (format csv)", guardians);
            copy(copy, "copy child (id, name, gender, birth_date, id_number, household_region_code,"
                    + " residence_village_code, disability_kind, disability_grade, risk_level, school_status,"
                    + " registered_on, risk_level_since) from stdin with (format csv)", children);
            copy(copy, "copy child_category (child_id, category) from stdin with (format csv)", categories);
            copy(copy, "copy child_risk_factor (child_id, risk_factor) from stdin with (format csv)", riskFactors);
            copy(copy, "copy child_guardian (child_id, guardian_id, relationship, legal_guardian,"
                    + " entrusted_caregiver) from stdin with (format csv)", links);
            copy(copy, "copy visit (id, child_id, kind, contact_mode, visited_at, visited_on, visitor_role,"
                    + " visitor_name, visitor_subject, persons_met, living_rating, safety_rating, emotional_rating,"
                    + " notes) from stdin with (format csv)", visits);
            try (PreparedStatement refresh = connection.prepareStatement("select refresh_visit_schedule(?)")) {
                Array ids = connection.createArrayOf("uuid", childIds.toArray());
                refresh.setArray(1, ids);
                refresh.execute();
                ids.free();
            }
        }
    }

    /**
     * A child's visit history over the last months, from registration: in most months a contact by the village
     * director, some months two; a home visit most quarters (most months for high-risk children). Some months are
     * missed, so that the work lists have overdue children. Returns the number of visits added.
     */
    private int visits(StringBuilder out, UUID child, LocalDate registered, boolean highRisk, Plan plan,
            LocalDate today) {
        int count = 0;
        LocalDate month = today.withDayOfMonth(1).minusMonths(plan.visitMonths());
        for (; !month.isAfter(today); month = month.plusMonths(1)) {
            if (month.plusMonths(1).isBefore(registered) || random.nextInt(100) < 8) {
                continue;
            }
            boolean quarterVisitMonth = month.getMonthValue() % 3 == 2;
            boolean home = highRisk ? random.nextInt(100) < 85 : quarterVisitMonth && random.nextInt(100) < 88;
            int visitsThisMonth = random.nextInt(100) < 45 ? 2 : 1;
            for (int v = 0; v < visitsThisMonth; v++) {
                LocalDate day = month.plusDays(random.nextInt(month.lengthOfMonth()));
                if (day.isAfter(today) || day.isBefore(registered)) {
                    continue;
                }
                boolean homeVisit = home && v == 0;
                UUID visit = plan.sequentialIds() ? sequentialId(VISIT, visitSequence++)
                        : id("visit", child + "/" + day + "/" + v);
                row(out, visit.toString(), child.toString(),
                        homeVisit ? "HOME_VISIT" : "CONTACT",
                        homeVisit ? "IN_HOME" : random.nextBoolean() ? "PHONE" : "VIDEO",
                        day + "T10:00:00+08:00", day.toString(), "DIRECTOR", "儿童主任", "demo-generator",
                        homeVisit ? "儿童、祖父母" : "儿童", "GOOD", "GOOD",
                        random.nextInt(10) == 0 ? "NEEDS_ATTENTION" : "GOOD",
                        "生成的走访记录");
                count++;
            }
        }
        return count;
    }

    private static List<County> counties() {
        List<County> counties = new ArrayList<>(List.of(
                new County("140502000000", "城区", "140500000000", null, null),
                new County("140521000000", "沁水", "140500000000", null, null),
                new County("140522000000", "阳城", "140500000000", null, null),
                new County("140524000000", "陵川", "140500000000", null, null),
                new County("140525000000", "泽州", "140500000000", null, null),
                new County("140581000000", "高平", "140500000000", null, null)));
        for (String[] city : CITIES) {
            if (city[0].equals(JINCHENG)) {
                continue;
            }
            for (int n = 1; n <= GENERATED_COUNTIES_PER_CITY; n++) {
                counties.add(new County(city[0] + (90 + n) + "000000", city[1] + n + "县", city[0] + "00000000",
                        city[1] + "生成" + n + "县", city[1] + "市"));
            }
        }
        return List.copyOf(counties);
    }

    /**
     * The n-th id of a kind, in the layout of a version 8 UUID: n in the first 48 bits (so ids sort in generation
     * order), then the version, the kind, the variant and bits of the seed, so that different seeds differ.
     */
    private UUID sequentialId(int kind, long n) {
        return new UUID(n << 16 | 0x8000L | kind, (seed * 0x9E3779B97F4A7C15L) >>> 2 | 0x8000_0000_0000_0000L);
    }

    private UUID id(String kind, String key) {
        return UUID.nameUUIDFromBytes(("tonghu-demo:" + seed + ":" + kind + ":" + key)
                .getBytes(StandardCharsets.UTF_8));
    }

    private String name() {
        return SURNAMES[random.nextInt(SURNAMES.length)] + given();
    }

    private String given() {
        String first = GIVEN[random.nextInt(GIVEN.length)];
        return random.nextBoolean() ? first : first + GIVEN[random.nextInt(GIVEN.length)];
    }

    private String phone() {
        return "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000));
    }

    /** A CSV row: empty fields become NULL under COPY's csv format; no generated value holds a comma or quote. */
    private static void row(StringBuilder out, String... fields) {
        out.append(String.join(",", fields)).append('\n');
    }

    /** One COPY statement of the rows in {@code csv}, streamed in chunks; empties {@code csv} for the next batch. */
    private static void copy(CopyManager copy, String sql, StringBuilder csv) throws SQLException {
        CopyIn in = copy.copyIn(sql);
        try {
            for (int start = 0; start < csv.length();) {
                int end = Math.min(csv.length(), start + COPY_CHUNK_CHARS);
                if (end < csv.length() && Character.isHighSurrogate(csv.charAt(end - 1))) {
                    end--;
                }
                byte[] bytes = csv.substring(start, end).getBytes(StandardCharsets.UTF_8);
                in.writeToCopy(bytes, 0, bytes.length);
                start = end;
            }
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
        csv.setLength(0);
    }
}
