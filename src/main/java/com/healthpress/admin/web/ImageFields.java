package com.healthpress.admin.web;

import com.healthpress.admin.HeroImageChange;
import com.healthpress.image.ImageMessages;
import com.healthpress.image.UploadedImage;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The image fields of an admin form (a file, its alternative text and a box to remove the current image), by their
 * names: the article's hero image and a person's photo are chosen the same way.
 */
record ImageFields(String file, String alt, String remove) {

    static final ImageFields HERO = new ImageFields("heroImage", "heroAlt", "removeHeroImage");
    static final ImageFields PHOTO = new ImageFields("photo", "photoAlt", "removePhoto");

    /** What the form asks of the image; a file part's name and declared type are ignored, the content decides. */
    HeroImageChange change(Context ctx) {
        UploadedFile upload = ctx.uploadedFile(file);
        byte[] bytes = new byte[0];
        if (upload != null && upload.size() > 0) {
            try (InputStream content = upload.content()) {
                bytes = content.readNBytes(UploadedImage.MAX_BYTES + 1); // one byte more tells "too large"
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new HeroImageChange(bytes, ctx.formParam(alt), ctx.formParam(remove) != null);
    }

    /** The refusal next to its field: the alternative text's problems by the text, the file's by the file. */
    Map<String, String> refused(String code) {
        boolean aboutAlt = code.equals(ImageMessages.ALT_MISSING) || code.equals(ImageMessages.ALT_TOO_LONG);
        return Map.of(aboutAlt ? alt : file, ImageMessages.messageFor(code));
    }
}
