package org.tonghu.openstatistics;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tonghu.child.ChildCategory;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.region.RegionNotFoundException;
import org.tonghu.regioncode.RegionCode;
import org.tonghu.regioncode.RegionLevel;
import org.tonghu.time.ChinaTime;

/**
 * Open aggregate statistics (PIPL-safe open data): children in care by direct sub-region and category at the end of a
 * year or quarter, for any region above a village, the same for every caller (signed in or not, whatever their
 * scope). Small cells are suppressed ({@link SmallCells}); nothing about a child is returned, so nothing is audited.
 * One grouped statement per table; a table is kept for {@code tonghu.open-statistics.cache} (the same region and
 * period asked again within it costs no statement), as anyone may ask without signing in.
 */
@ApplicationScoped
public class OpenStatisticsService {

    static final String REGION_WRONG_LEVEL = "REGION_WRONG_LEVEL";
    static final String PERIOD_INVALID = "PERIOD_INVALID";
    static final String PERIOD_IN_FUTURE = "PERIOD_IN_FUTURE";
    /** Tables kept at most; past it the cache starts afresh. */
    static final int MAX_CACHED = 5000;

    private record Key(String region, String period) {
    }

    private record Cached(Instant at, OpenStatistics statistics) {
    }

    private final OpenStatisticsStore store;
    private final Duration keep;
    private final Map<Key, Cached> cache = new ConcurrentHashMap<>();

    OpenStatisticsService(OpenStatisticsStore store,
            @ConfigProperty(name = "tonghu.open-statistics.cache", defaultValue = "PT10M") Duration keep) {
        this.store = store;
        this.keep = keep;
    }

    /**
     * The statistics of a region (12 digits, above village level) and period ({@code 2025} or {@code 2025-Q3}):
     * {@code VALIDATION_FAILED} with {@code INVALID_REGION_CODE}, {@code REGION_WRONG_LEVEL}, {@code PERIOD_INVALID}
     * or {@code PERIOD_IN_FUTURE}; {@code REGION_NOT_FOUND} for a code no region has.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OpenStatistics findOpenStatistics(String regionCode, String period) {
        RegionCode region = RegionCode.parse(regionCode == null ? "" : regionCode)
                .orElseThrow(() -> ValidationFailedException.of("regionCode", "INVALID_REGION_CODE",
                        "regionCode must be a 12-digit region code."));
        if (region.level() == RegionLevel.VILLAGE) {
            throw ValidationFailedException.of("regionCode", REGION_WRONG_LEVEL,
                    "Open statistics are by the sub-regions of a township or a region above it, not of a village.");
        }
        StatisticsPeriod asked = StatisticsPeriod.parse(period).orElseThrow(() -> ValidationFailedException.of(
                "period", PERIOD_INVALID, "A period is a year from " + StatisticsPeriod.FIRST_YEAR
                        + " (2025) or a quarter of one (2025-Q3)."));
        LocalDate today = ChinaTime.today();
        if (asked.start().isAfter(today)) {
            throw ValidationFailedException.of("period", PERIOD_IN_FUTURE, "The period has not started yet.");
        }
        Key key = new Key(region.value(), asked.label());
        Instant now = Instant.now();
        Cached cached = cache.get(key);
        if (cached != null && cached.at().plus(keep).isAfter(now)) {
            return cached.statistics();
        }
        OpenStatistics statistics = compile(region, asked, asked.asOf(today));
        if (!keep.isZero()) {
            if (cache.size() >= MAX_CACHED) {
                cache.clear();
            }
            cache.put(key, new Cached(now, statistics));
        }
        return statistics;
    }

    private OpenStatistics compile(RegionCode region, StatisticsPeriod period, LocalDate asOf) {
        List<ChildCategory> categories = List.of(ChildCategory.values());
        String regionName = null;
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (OpenStatisticsStore.Counted row : store.count(region, asOf)) {
            if (row.asked()) {
                regionName = row.regionName();
                continue;
            }
            names.putIfAbsent(row.regionCode(), row.regionName());
            long[] line = counts.computeIfAbsent(row.regionCode(), code -> new long[categories.size() + 1]);
            if (row.category() == null) {
                line[0] = row.children();
            } else {
                line[ChildCategory.valueOf(row.category()).ordinal() + 1] = row.children();
            }
        }
        if (regionName == null) {
            throw new RegionNotFoundException();
        }
        // the detail rows, then the totals: each total the sum of the detail above it
        long[][] table = new long[counts.size() + 1][categories.size() + 1];
        int r = 0;
        for (long[] line : counts.values()) {
            table[r++] = line;
            for (int c = 0; c < line.length; c++) {
                table[counts.size()][c] += line[c];
            }
        }
        boolean[][] suppressed = SmallCells.suppress(table);
        List<OpenStatisticsRow> rows = new ArrayList<>();
        r = 0;
        for (String code : counts.keySet()) {
            rows.add(row(code, names.get(code), table[r], suppressed[r]));
            r++;
        }
        OpenStatisticsRow total = row(region.value(), regionName, table[r], suppressed[r]);
        return new OpenStatistics(region.value(), regionName, period.label(), asOf, SmallCells.THRESHOLD, rows, total);
    }

    private static OpenStatisticsRow row(String code, String name, long[] counts, boolean[] suppressed) {
        Map<ChildCategory, OpenCount> byCategory = new EnumMap<>(ChildCategory.class);
        for (ChildCategory category : ChildCategory.values()) {
            int c = category.ordinal() + 1;
            byCategory.put(category, OpenCount.of(counts[c], suppressed[c]));
        }
        return new OpenStatisticsRow(code, name, OpenCount.of(counts[0], suppressed[0]),
                byCategory.entrySet().stream().map(e -> new OpenCategoryCount(e.getKey(), e.getValue())).toList());
    }
}
