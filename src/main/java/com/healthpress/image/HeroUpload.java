package com.healthpress.image;

import java.util.List;

/**
 * A hero image file proven acceptable, with its cleaned alternative text and its variants, waiting to be saved with
 * its article.
 */
public record HeroUpload(UploadedImage image, String alt, List<VariantFile> variants) {
}
