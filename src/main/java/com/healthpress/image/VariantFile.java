package com.healthpress.image;

/** A variant made from an uploaded image: what it is and its encoded bytes, ready to be stored. */
public record VariantFile(ImageVariant variant, byte[] bytes) {
}
