package com.healthpress.image;

/** What is known of a stored image without its bytes: enough to name it and to answer a conditional request. */
public record StoredImageInfo(long id, String contentType, int width, int height, String sha256,
                              boolean variantsMade) {
}
