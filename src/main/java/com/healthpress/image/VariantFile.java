package com.healthpress.image;

import com.healthpress.article.ImageVariant;

/** A variant made from an uploaded image: what it is and its encoded bytes, ready to be stored. */
public record VariantFile(ImageVariant variant, byte[] bytes) {
}
