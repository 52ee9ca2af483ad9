package com.healthpress.image;

import com.healthpress.article.ImageFormat;
import com.healthpress.article.ImagePaths;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A requested image file name: the image id, the hash prefix, the variant's name (none for the original) and the
 * format its extension names.
 */
public record ImageFile(long imageId, String hashPrefix, Optional<String> variant, ImageFormat format) {

    private static final Pattern FILE_NAME = Pattern.compile("([1-9][0-9]{0,17})-([0-9a-f]{"
            + ImagePaths.HASH_PREFIX_LENGTH + "})(?:-([0-9a-z]{1,8}))?\\.([a-z]{3,4})");

    /** The parts of a file name under /images/, when it has the shape {@link ImagePaths#path} gives. */
    public static Optional<ImageFile> parse(String fileName) {
        Matcher matcher = FILE_NAME.matcher(fileName);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return ImageFormat.ofExtension(matcher.group(4)).map(format -> new ImageFile(
                Long.parseLong(matcher.group(1)), matcher.group(2), Optional.ofNullable(matcher.group(3)), format));
    }

    /** True when the name was made for this stored image, so an old or guessed name is not served. */
    boolean names(StoredImageInfo image) {
        return image.id() == imageId && image.sha256().startsWith(hashPrefix)
                && (variant.isPresent() || image.contentType().equals(format.contentType()));
    }
}
