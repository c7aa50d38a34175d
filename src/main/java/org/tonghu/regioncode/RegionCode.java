package org.tonghu.regioncode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A 12-digit statistical region code (行政区划代码). Its segments (2, 2, 2, 3 and 3 digits) are province, city,
 * county, township and village; a region's code is its own segments followed by zeros, so the code's significant
 * prefix is the path from the province down, and "everything under a region" is every code with that prefix.
 */
public record RegionCode(String value) {

    private static final int LENGTH = 12;

    public RegionCode {
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("Not a region code");
        }
    }

    /** The code, if the text is a well-formed region code; empty otherwise. */
    public static Optional<RegionCode> parse(String text) {
        return text != null && isWellFormed(text) ? Optional.of(new RegionCode(text)) : Optional.empty();
    }

    /**
     * Twelve digits whose segments are non-zero down to the region's level and zero below it: 140500000000 is a
     * city, 140000000201 is nothing.
     */
    static boolean isWellFormed(String text) {
        if (text.length() != LENGTH || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        boolean zeroSegmentSeen = false;
        int start = 0;
        for (RegionLevel level : RegionLevel.values()) {
            boolean zero = text.substring(start, level.prefixLength()).chars().allMatch(c -> c == '0');
            if (zero) {
                if (level == RegionLevel.PROVINCE) {
                    return false;
                }
                zeroSegmentSeen = true;
            } else if (zeroSegmentSeen) {
                return false;
            }
            start = level.prefixLength();
        }
        return true;
    }

    /** The highest level whose digits are followed only by zeros (a village's code has no zeros to spare). */
    public RegionLevel level() {
        for (RegionLevel level : RegionLevel.values()) {
            if (value.substring(level.prefixLength()).chars().allMatch(c -> c == '0')) {
                return level;
            }
        }
        throw new IllegalStateException("unreachable: every digit belongs to the village level");
    }

    /** The significant digits: every region under this one, itself included, has a code starting with them. */
    public String scopePrefix() {
        return value.substring(0, level().prefixLength());
    }

    /**
     * The digits that name a region one level down (a report's rows: a city's counties, a township's villages); a
     * village's own digits for a village.
     */
    public int subregionPrefixLength() {
        RegionLevel level = level();
        return level == RegionLevel.VILLAGE ? level.prefixLength() : RegionLevel.values()[level.ordinal() + 1]
                .prefixLength();
    }

    /** Whether the other region is this one or lies under it. */
    public boolean contains(RegionCode other) {
        return other.value.startsWith(scopePrefix());
    }

    /** The region one level up, by code; empty for a province. */
    public Optional<RegionCode> parent() {
        RegionLevel level = level();
        if (level == RegionLevel.PROVINCE) {
            return Optional.empty();
        }
        RegionLevel parentLevel = RegionLevel.values()[level.ordinal() - 1];
        return Optional.of(new RegionCode(padded(value.substring(0, parentLevel.prefixLength()))));
    }

    /** The regions above this one, province first. */
    public List<RegionCode> ancestors() {
        List<RegionCode> ancestors = new ArrayList<>();
        for (Optional<RegionCode> up = parent(); up.isPresent(); up = up.get().parent()) {
            ancestors.add(0, up.get());
        }
        return ancestors;
    }

    private static String padded(String prefix) {
        return prefix + "0".repeat(LENGTH - prefix.length());
    }

    @Override
    public String toString() {
        return value;
    }
}
