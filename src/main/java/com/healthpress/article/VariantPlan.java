package com.healthpress.article;

import com.healthpress.article.ImageVariant.Region;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Which variants an image of a given size and format gets: the same list when they are made and when a page names
 * them, so a page never names a variant that was not made. Never larger than the original.
 */
public final class VariantPlan {

    /** The widths offered in srcset, narrowest first; an original narrower than the widest adds its own width. */
    static final List<Integer> WIDTHS = List.of(480, 800, 1200, 1600);
    /** The width of the crops for structured data and shared links: what Google's Article guidance asks for. */
    static final int CROP_WIDTH = 1200;
    /** Google ignores structured-data images smaller than this (width × height). */
    static final int MIN_CROP_PIXELS = 50_000;
    /** The side of the square listing thumbnail: sharp at 2.5× a 96 px box. */
    static final int THUMBNAIL_SIDE = 240;
    static final String THUMBNAIL = "thumb";

    /** The crop shapes structured data lists, as Google asks for them. */
    enum Shape {
        WIDE("16x9", 16, 9), STANDARD("4x3", 4, 3), SQUARE("1x1", 1, 1);

        final String label;
        final int across;
        final int down;

        Shape(String label, int across, int down) {
            this.label = label;
            this.across = across;
            this.down = down;
        }
    }

    private VariantPlan() {
    }

    /** Every variant of an image: widths (WebP and the original format), crops and the thumbnail. */
    public static List<ImageVariant> of(int width, int height, ImageFormat format) {
        List<ImageVariant> plan = new ArrayList<>();
        for (ImageFormat output : formatsFor(format)) {
            plan.addAll(widths(width, height, output));
        }
        for (Shape shape : Shape.values()) {
            crop(width, height, shape, format).ifPresent(plan::add);
        }
        for (ImageFormat output : formatsFor(format)) {
            plan.add(thumbnail(width, height, output));
        }
        return plan;
    }

    /** The srcset widths in one format, narrowest first. */
    public static List<ImageVariant> widths(int width, int height, ImageFormat format) {
        Region whole = new Region(0, 0, width, height);
        return Stream.concat(WIDTHS.stream().filter(w -> w < width), Stream.of(Math.min(width, widest())))
                .distinct()
                .map(w -> new ImageVariant(w + "w", format, w, scaled(height, w, width), whole))
                .toList();
    }

    /** The crop of one shape in the original format, when the original is large enough for Google to use it. */
    public static Optional<ImageVariant> crop(int width, int height, Shape shape, ImageFormat format) {
        Region region = centred(width, height, shape);
        int cropWidth = Math.min(CROP_WIDTH, region.width());
        int cropHeight = scaled(region.height(), cropWidth, region.width());
        if ((long) cropWidth * cropHeight < MIN_CROP_PIXELS) {
            return Optional.empty();
        }
        return Optional.of(new ImageVariant(shape.label, format, cropWidth, cropHeight, region));
    }

    /** The square thumbnail shown in listings. */
    public static ImageVariant thumbnail(int width, int height, ImageFormat format) {
        Region region = centred(width, height, Shape.SQUARE);
        int side = Math.min(THUMBNAIL_SIDE, region.width());
        return new ImageVariant(THUMBNAIL, format, side, side, region);
    }

    /** WebP for every browser that takes it, and the original format for the rest. */
    static List<ImageFormat> formatsFor(ImageFormat original) {
        return original == ImageFormat.WEBP ? List.of(ImageFormat.WEBP) : List.of(ImageFormat.WEBP, original);
    }

    private static int widest() {
        return WIDTHS.get(WIDTHS.size() - 1);
    }

    /** The largest centred region of the shape that fits in the image. */
    private static Region centred(int width, int height, Shape shape) {
        int regionWidth = (int) Math.min(width, (long) height * shape.across / shape.down);
        int regionHeight = (int) Math.min(height, (long) regionWidth * shape.down / shape.across);
        return new Region((width - regionWidth) / 2, (height - regionHeight) / 2, regionWidth, regionHeight);
    }

    private static int scaled(int length, int newWidth, int oldWidth) {
        return Math.max(1, (int) Math.round((double) length * newWidth / oldWidth));
    }
}
