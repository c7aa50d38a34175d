package org.tonghu.local;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.tonghu.child.NationalIdNumber;
import org.tonghu.time.ChinaTime;

/**
 * Makes a realistic synthetic county for the demo and for benchmarks: townships and villages under every Jincheng
 * county, children with a plausible mix of categories, their guardians (many parents working in other provinces),
 * directors for most but not all villages, a supervisor per township, organizations of every kind and volunteers
 * with some expired background checks. All names are synthetic. The same seed gives the same data; the number of
 * children scales. Everything is loaded with PostgreSQL's COPY, not row by row.
 */
public final class DemoDataGenerator {

    /** The first generated township: present means the data were generated already. */
    static final String MARKER_REGION = "140521903000";

    private static final String[] COUNTIES = { "140502", "140521", "140522", "140524", "140525", "140581" };
    private static final String[] COUNTY_NAMES = { "城区", "沁水", "阳城", "陵川", "泽州", "高平" };
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

    public DemoDataGenerator(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }

    /** What was generated. */
    public record Summary(int villages, int children, int guardians, int directors, int volunteers, int visits) {
    }

    /**
     * What to generate: so many children spread over the villages of generated townships (codes 903 and up) in the
     * given counties, and so many months of visit history.
     *
     * @param children number of children
     * @param counties indexes into the Jincheng counties (0 城区, 1 沁水, 2 阳城, 3 陵川, 4 泽州, 5 高平)
     * @param townshipsPerCounty generated townships per county, at most 90
     * @param villagesPerTownship generated villages per township, at most 99
     * @param visitMonths months of visits before today (0: none)
     */
    public record Plan(int children, List<Integer> counties, int townshipsPerCounty, int villagesPerTownship,
            int visitMonths) {

        /** The local demo: every county, two townships of ten villages each. */
        public static Plan demo(int children, int visitMonths) {
            return new Plan(children, List.of(0, 1, 2, 3, 4, 5), 2, 10, visitMonths);
        }

        /** A single large county (沁水) for benchmarks: ten townships of twenty villages. */
        public static Plan singleCounty(int children, int visitMonths) {
            return new Plan(children, List.of(1), 10, 20, visitMonths);
        }
    }

    /** Generates and loads the data in the connection's current transaction. */
    public Summary generate(Connection connection, Plan plan) throws SQLException, IOException {
        int childCount = plan.children();
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        StringBuilder regions = new StringBuilder();
        List<String> villages = new ArrayList<>();
        List<String> townships = new ArrayList<>();
        for (int c : plan.counties()) {
            for (int t = 0; t < plan.townshipsPerCounty(); t++) {
                String township = COUNTIES[c] + (903 + t) + "000";
                townships.add(township);
                row(regions, township, COUNTY_NAMES[c] + "生成" + (t + 1) + "镇", COUNTIES[c] + "000000");
                for (int v = 1; v <= plan.villagesPerTownship(); v++) {
                    String village = COUNTIES[c] + (903 + t) + String.format("%03d", 200 + v);
                    villages.add(village);
                    row(regions, village, COUNTY_NAMES[c] + "生成" + (t + 1) + "镇"
                            + VILLAGE_NAMES[(v - 1) % VILLAGE_NAMES.length]
                            + (v > VILLAGE_NAMES.length ? v : "") + "庄村",
                            township);
                }
            }
        }
        copy.copyIn("copy region (code, name, parent_code) from stdin with (format csv)", reader(regions));

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
            for (String[] kindAndLabel : kinds) {
                String kind = kindAndLabel[0];
                UUID id = id("organization", c + kind);
                if (kind.equals("YOUTH_LEAGUE") || kind.equals("WOMENS_FEDERATION")
                        || kind.equals("DISABLED_PERSONS_FEDERATION") || kind.equals("NGO")) {
                    partnerOrganizations.add(id);
                }
                row(organizations, id.toString(), COUNTY_NAMES[c] + "（生成）" + kindAndLabel[1], kind,
                        COUNTIES[c] + "000000");
            }
        }
        copy.copyIn("copy organization (id, name, kind, region_code) from stdin with (format csv)",
                reader(organizations));

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
        copy.copyIn(
                "copy volunteer (id, organization_id, person_name, phone, skills, active, background_check_expires_on)"
                + " from stdin with (format csv)", reader(volunteers));

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
        copy.copyIn(
                "copy appointment (id, kind, person_name, phone, region_code, starts_on) from stdin with (format csv)",
                reader(appointments));

        StringBuilder children = new StringBuilder();
        StringBuilder categories = new StringBuilder();
        StringBuilder riskFactors = new StringBuilder();
        StringBuilder guardians = new StringBuilder();
        StringBuilder links = new StringBuilder();
        StringBuilder visits = new StringBuilder();
        int visitCount = 0;
        int guardianCount = 0;
        java.util.Map<String, Integer> idSequences = new java.util.HashMap<>();
        UUID family = null;
        String familyVillage = null;
        String familySurname = null;
        for (int i = 0; i < childCount; i++) {
            boolean sibling = family != null && random.nextInt(4) == 0;
            if (!sibling) {
                familyVillage = villages.get(random.nextInt(villages.size()));
                familySurname = SURNAMES[random.nextInt(SURNAMES.length)];
                family = id("family", String.valueOf(i));
                boolean parentAway = random.nextInt(10) < 7;
                UUID father = id("guardian", family + "/father");
                UUID grandparent = id("guardian", family + "/grandparent");
                row(guardians, father.toString(), familySurname + given(), phone(),
                        parentAway ? WORKPLACES[random.nextInt(WORKPLACES.length)] : "", String.valueOf(parentAway),
                        "ABLE", familyVillage);
                row(guardians, grandparent.toString(), familySurname + given(), phone(), "", "false",
                        random.nextInt(4) == 0 ? "LIMITED" : "ABLE", familyVillage);
                guardianCount += 2;
            }
            UUID child = id("child", String.valueOf(i));
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
            row(children, child.toString(), familySurname + given(), random.nextBoolean() ? "MALE" : "FEMALE",
                    birth.toString(), idNumber, familyVillage.substring(0, 6) + "000000", familyVillage,
                    disabled ? "肢体残疾" : "", disabled ? String.valueOf(1 + random.nextInt(4)) : "",
                    childRisks.isEmpty() ? "STANDARD" : "HIGH", schoolStatus, registered.toString(),
                    registered.toString());
            visitCount += visits(visits, child, registered, !childRisks.isEmpty(), plan.visitMonths(), today);
            for (String category : childCategories) {
                row(categories, child.toString(), category);
            }
            for (String risk : childRisks) {
                row(riskFactors, child.toString(), risk);
            }
            row(links, child.toString(), id("guardian", family + "/father").toString(), "FATHER", "true", "false");
            row(links, child.toString(), id("guardian", family + "/grandparent").toString(),
                    "GRANDPARENT", "false", "true");
        }
        copy.copyIn("copy guardian (id, name, phone, workplace, works_away, capacity, region_code)"
                + " from stdin with (format csv)", reader(guardians));
        copy.copyIn(
                "copy child (id, name, gender, birth_date, id_number, household_region_code, residence_village_code,"
                + " disability_kind, disability_grade, risk_level, school_status, registered_on, risk_level_since)"
                + " from stdin with (format csv)", reader(children));
        copy.copyIn("copy child_category (child_id, category) from stdin with (format csv)", reader(categories));
        copy.copyIn("copy child_risk_factor (child_id, risk_factor) from stdin with (format csv)", reader(riskFactors));
        copy.copyIn("copy child_guardian (child_id, guardian_id, relationship, legal_guardian, entrusted_caregiver)"
                + " from stdin with (format csv)", reader(links));
        copy.copyIn("copy visit (id, child_id, kind, contact_mode, visited_at, visited_on, visitor_role, visitor_name,"
                + " visitor_subject, persons_met, living_rating, safety_rating, emotional_rating, notes)"
                + " from stdin with (format csv)", reader(visits));
        return new Summary(villages.size(), childCount, guardianCount, directors, volunteerCount, visitCount);
    }

    /**
     * A child's visit history over the last months, from registration: in most months a contact by the village
     * director, some months two; a home visit most quarters (most months for high-risk children). Some months are
     * missed, so that the work lists have overdue children. Returns the number of visits added.
     */
    private int visits(StringBuilder out, UUID child, LocalDate registered, boolean highRisk,
            int months, LocalDate today) {
        int count = 0;
        LocalDate month = today.withDayOfMonth(1).minusMonths(months);
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
                row(out, id("visit", child + "/" + day + "/" + v).toString(), child.toString(),
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

    private static StringReader reader(StringBuilder csv) {
        return new StringReader(csv.toString());
    }
}
