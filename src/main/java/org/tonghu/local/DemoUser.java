package org.tonghu.local;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.tonghu.security.Roles;

/**
 * A person (or client) who can sign in in local mode. Their regions and organizations exist in the demo data
 * ({@code db/demo/demo-data.sql}). Every demo user's password is {@value #PASSWORD}.
 */
public record DemoUser(String username, String displayName, String role, String regionCode, String organizationId) {

    public static final String PASSWORD = "demo";

    public static final List<DemoUser> ALL = List.of(
            new DemoUser("province.officer", "省民政厅 王敏", Roles.PROVINCE_OFFICER, "140000000000", null),
            new DemoUser("city.officer", "晋城市民政局 李强", Roles.CITY_OFFICER, "140500000000",
                    "00000000-0000-4000-8000-000000000101"),
            new DemoUser("county.officer", "沁水县民政局 张丽", Roles.COUNTY_OFFICER, "140521000000",
                    "00000000-0000-4000-8000-000000000106"),
            new DemoUser("county.officer.yangcheng", "阳城县民政局 赵刚", Roles.COUNTY_OFFICER, "140522000000", null),
            new DemoUser("township.supervisor", "沁水演示一镇 儿童督导员 刘芳", Roles.TOWNSHIP_SUPERVISOR, "140521901000", null),
            new DemoUser("village.director", "沁水演示一镇东村 儿童主任 陈静", Roles.VILLAGE_DIRECTOR, "140521901201", null),
            new DemoUser("womens.federation", "晋城市妇联 周红", Roles.PARTNER_STAFF, "140500000000",
                    "00000000-0000-4000-8000-000000000102"),
            new DemoUser("youth.league", "共青团晋城市委 吴涛", Roles.PARTNER_STAFF, "140500000000",
                    "00000000-0000-4000-8000-000000000103"),
            new DemoUser("disabled.federation", "晋城市残联 郑伟", Roles.PARTNER_STAFF, "140500000000",
                    "00000000-0000-4000-8000-000000000104"),
            new DemoUser("police.qinshui", "沁水县公安局 民警 高峰", Roles.PARTNER_STAFF, "140521000000",
                    "00000000-0000-4000-8000-000000000108"),
            new DemoUser("education.qinshui", "沁水县教育局 安全科 林楠", Roles.PARTNER_STAFF, "140521000000",
                    "00000000-0000-4000-8000-000000000109"),
            new DemoUser("auditor", "审计员 孙燕", Roles.AUDITOR, "140500000000", null),
            new DemoUser("admin", "系统管理员 马超", Roles.SYSTEM_ADMINISTRATOR, null, null));

    /** The client a third-party app uses with client credentials, acting for the demo NGO. */
    public static final DemoUser PARTNER_APP = new DemoUser("service-account-demo-partner-app", "演示第三方应用",
            Roles.THIRD_PARTY_APP, null, "00000000-0000-4000-8000-000000000105");

    /** A stable subject, so that a user is the same person across restarts. */
    public String subject() {
        return UUID.nameUUIDFromBytes(("tonghu-demo:" + username).getBytes(StandardCharsets.UTF_8)).toString();
    }

    public static java.util.Optional<DemoUser> find(String username) {
        return ALL.stream().filter(user -> user.username.equals(username)).findFirst();
    }
}
