package com.healthpress.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.article.ImageVariant.Region;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class VariantPlanTest {

    @Test
    void aLargePhotoGetsEveryWidthInWebpAndJpegAndTheThreeCropsGoogleAsksForTwelveHundredWide() {
        List<ImageVariant> plan = VariantPlan.of(4000, 3000, ImageFormat.JPEG);

        assertEquals(List.of("480w 480x360", "800w 800x600", "1200w 1200x900", "1600w 1600x1200"),
                described(plan, ImageFormat.WEBP, "w"));
        assertEquals(described(plan, ImageFormat.WEBP, "w"), described(plan, ImageFormat.JPEG, "w"));
        Map<String, ImageVariant> crops = byName(plan, ImageFormat.JPEG);
        assertEquals(new Region(0, 375, 4000, 2250), crops.get("16x9").region());
        assertEquals(List.of(1200, 675), size(crops.get("16x9")));
        assertEquals(List.of(1200, 900), size(crops.get("4x3")));
        assertEquals(new Region(500, 0, 3000, 3000), crops.get("1x1").region());
        assertEquals(List.of(1200, 1200), size(crops.get("1x1")));
        assertEquals(List.of(240, 240), size(byName(plan, ImageFormat.WEBP).get("thumb")));
        assertEquals(List.of(240, 240), size(crops.get("thumb")));
    }

    @Test
    void aNarrowerOriginalEndsAtItsOwnWidthAndItsCropsAtTheLargestItAllows() {
        List<ImageVariant> plan = VariantPlan.of(1000, 500, ImageFormat.PNG);

        assertEquals(List.of("480w 480x240", "800w 800x400", "1000w 1000x500"), described(plan, ImageFormat.PNG, "w"));
        Map<String, ImageVariant> crops = byName(plan, ImageFormat.PNG);
        assertEquals(List.of(888, 499), size(crops.get("16x9")));
        assertEquals(List.of(666, 499), size(crops.get("4x3")));
        assertEquals(List.of(500, 500), size(crops.get("1x1")));
    }

    @Test
    void cropsTooSmallForGoogleAreLeftOutButTheThumbnailStays() {
        List<ImageVariant> plan = VariantPlan.of(300, 150, ImageFormat.JPEG);

        assertEquals(List.of("300w 300x150"), described(plan, ImageFormat.JPEG, "w"));
        assertEquals(List.of("thumb"), byName(plan, ImageFormat.JPEG).keySet().stream().filter(n -> !n.endsWith("w"))
                .toList());
        assertEquals(List.of(150, 150), size(byName(plan, ImageFormat.JPEG).get("thumb")));
    }

    @Test
    void aWebpOriginalHasWebpVariantsOnly() {
        assertTrue(VariantPlan.of(2000, 1000, ImageFormat.WEBP).stream()
                .allMatch(variant -> variant.format() == ImageFormat.WEBP));
    }

    @Test
    void noVariantIsLargerThanItsRegionAndEveryRegionLiesInsideTheImage() {
        Random random = new Random(12);
        for (int i = 0; i < 2000; i++) {
            int width = 200 + random.nextInt(7801);
            int height = 100 + random.nextInt(7901);
            for (ImageVariant variant : VariantPlan.of(width, height, ImageFormat.JPEG)) {
                Region region = variant.region();
                String what = width + "x" + height + " " + variant;
                assertTrue(variant.width() <= region.width() && variant.height() <= region.height(), what);
                assertTrue(region.x() >= 0 && region.y() >= 0 && region.x() + region.width() <= width
                        && region.y() + region.height() <= height, what);
                double exactHeight = (double) variant.width() * region.height() / region.width();
                assertTrue(Math.abs(variant.height() - exactHeight) <= 1, "keeps its region's shape: " + what);
            }
        }
    }

    /** "800w 800x600" for each width variant in the format. */
    private static List<String> described(List<ImageVariant> plan, ImageFormat format, String suffix) {
        return plan.stream()
                .filter(variant -> variant.format() == format && variant.name().endsWith(suffix))
                .map(variant -> variant.name() + " " + variant.width() + "x" + variant.height())
                .toList();
    }

    private static Map<String, ImageVariant> byName(List<ImageVariant> plan, ImageFormat format) {
        return plan.stream().filter(variant -> variant.format() == format)
                .collect(Collectors.toMap(ImageVariant::name, variant -> variant, (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }

    private static List<Integer> size(ImageVariant variant) {
        return List.of(variant.width(), variant.height());
    }
}
