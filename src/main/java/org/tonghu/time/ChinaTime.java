package org.tonghu.time;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The service's time zone, China Standard Time: "today", a visit's date and every due date are the children's dates
 * wherever the server runs. The JVM's default zone and the database sessions' zone are set to it at start. Every
 * feature takes its zone and its "today" from here.
 */
public final class ChinaTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ChinaTime() {
    }

    /** Today's date in China. */
    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** The present moment, with China's offset. */
    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZONE);
    }
}
