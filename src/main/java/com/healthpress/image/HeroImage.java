package com.healthpress.image;

/** An article's lead image: the stored image's id and size, its content type and hash, and its alt text. */
public record HeroImage(long imageId, String alt, int width, int height, String contentType, String sha256) {

    /** The image's public path; the hash in the name lets browsers cache it forever. */
    public String path() {
        return ImagePaths.path(imageId, sha256, contentType);
    }

    /** The path admin pages show it under: it works for a draft's image too, which readers cannot get. */
    public String adminPath() {
        return "/admin" + path();
    }
}
