package com.healthpress.admin;

/**
 * What the editor's form asks of the hero image along with the text: keep it, remove it, or replace it with the
 * chosen file (its bytes, possibly too large or no image at all, and the alternative text typed for it).
 */
public record HeroImageChange(byte[] file, String alt, boolean remove) {

    /** No alternative text either (null, not empty): an empty one would ask to clear the current image's. */
    public static final HeroImageChange KEEP = new HeroImageChange(new byte[0], null, false);

    /** A chosen file wins over the remove box: the new image replaces the old one. */
    public boolean replaces() {
        return file.length > 0;
    }

    /** Without a file or the remove box, the alternative text sent is that of the current image, changed or not. */
    public boolean keepsImageWithAlt() {
        return !replaces() && !remove && alt != null;
    }
}
