package com.healthpress.image;

/** A hero image file proven acceptable, with its cleaned alternative text, waiting to be saved with its article. */
public record HeroUpload(UploadedImage image, String alt) {
}
