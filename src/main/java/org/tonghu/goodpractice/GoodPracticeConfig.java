package org.tonghu.goodpractice;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The limits of good-practice cases' photos ({@code tonghu.good-practice.*}). */
@ConfigMapping(prefix = "tonghu.good-practice")
public interface GoodPracticeConfig {

    /** The largest photo, in bytes (its base64 text must also fit the request body limit). */
    @WithDefault("524288")
    int maxPhotoBytes();

    /** The most photos of one case (at most 100, the database's ceiling). */
    @WithDefault("6")
    int maxPhotosPerCase();
}
