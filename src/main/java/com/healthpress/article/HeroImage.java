package com.healthpress.article;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An article's lead image: the stored image's id and size, its content type and hash, its alt text, and whether its
 * variants are made yet (an image stored before variants existed has none until the server makes them; until then
 * pages name the original).
 */
public record HeroImage(long imageId, String alt, int width, int height, String contentType, String sha256,
                        boolean variantsMade) {

    /** The image's public path; the hash in the name lets browsers cache it forever. */
    public String path() {
        return ImagePaths.path(imageId, sha256, contentType);
    }

    /** The path admin pages show it under: it works for a draft's image too, which readers cannot get. */
    public String adminPath() {
        return "/admin" + path();
    }

    /** The same image with other alternative text, already cleaned as an upload's is (image.AltText). */
    public HeroImage withAlt(String cleanAlt) {
        return new HeroImage(imageId, cleanAlt, width, height, contentType, sha256, variantsMade);
    }

    /** The srcset of the WebP widths; null when the original is WebP itself or has no variants yet. */
    public String webpSrcset() {
        return format() == ImageFormat.WEBP ? null : srcset(ImageFormat.WEBP);
    }

    /** The srcset of the widths in the original format; null before the variants are made. */
    public String srcset() {
        return srcset(format());
    }

    /** The {@code src} of the img element: the 1200-wide variant (or the widest below it), else the original. */
    public String src() {
        return socialImage().path();
    }

    /** The image for shared links (og:image): 1,200 wide in the original format when the original allows. */
    public Rendition socialImage() {
        if (!variantsMade) {
            return original();
        }
        List<ImageVariant> widths = VariantPlan.widths(width, height, format());
        ImageVariant chosen = widths.stream()
                .filter(variant -> variant.width() <= VariantPlan.CROP_WIDTH)
                .reduce((narrower, wider) -> wider)
                .orElse(widths.get(0));
        return rendition(chosen);
    }

    /** The 16:9, 4:3 and 1:1 crops for structured data, those the original is large enough for; else the original. */
    public List<Rendition> crops() {
        if (!variantsMade) {
            return List.of(original());
        }
        List<Rendition> crops = Arrays.stream(VariantPlan.Shape.values())
                .map(shape -> VariantPlan.crop(width, height, shape, format()))
                .flatMap(Optional::stream)
                .map(this::rendition)
                .toList();
        return crops.isEmpty() ? List.of(socialImage()) : crops;
    }

    /** The square listing thumbnail in WebP (null when the original is WebP or has no variants yet). */
    public Rendition webpThumbnail() {
        return format() == ImageFormat.WEBP || !variantsMade
                ? null : rendition(VariantPlan.thumbnail(width, height, ImageFormat.WEBP));
    }

    /** The square listing thumbnail in the original format; the original itself before the variants are made. */
    public Rendition thumbnail() {
        return variantsMade ? rendition(VariantPlan.thumbnail(width, height, format())) : original();
    }

    private String srcset(ImageFormat format) {
        if (!variantsMade) {
            return null;
        }
        return VariantPlan.widths(width, height, format).stream()
                .map(variant -> ImagePaths.variantPath(imageId, sha256, variant) + " " + variant.width() + "w")
                .collect(Collectors.joining(", "));
    }

    /** Every variant (widths in WebP and the original format, crops, thumbnails); none before they are made. */
    public List<Rendition> variants() {
        return variantsMade ? VariantPlan.of(width, height, format()).stream().map(this::rendition).toList() : List.of();
    }

    /** The uploaded file itself. */
    public Rendition original() {
        return new Rendition(path(), width, height, contentType);
    }

    private Rendition rendition(ImageVariant variant) {
        return new Rendition(ImagePaths.variantPath(imageId, sha256, variant), variant.width(), variant.height(),
                variant.format().contentType());
    }

    private ImageFormat format() {
        return ImageFormat.ofContentType(contentType).orElseThrow();
    }

    /** One file of the image: its public path, size and content type. */
    public record Rendition(String path, int width, int height, String contentType) {
    }
}
