package com.healthpress.image.web;

import com.healthpress.http.ConditionalRequests;
import com.healthpress.image.ImageFile;
import com.healthpress.image.StoredImageInfo;
import com.healthpress.image.StoredImages;
import com.healthpress.image.UploadedImage;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;

/** Serves stored images under their content-hashed names: public ones to everyone, any of them to admins. */
public final class ImagePages {

    /**
     * The room for a file in an upload request: above {@link UploadedImage#MAX_BYTES}, so that a file somewhat too
     * large reaches the editor's save and gets a helpful message.
     */
    public static final long MAX_FILE_PART_BYTES = 2L * UploadedImage.MAX_BYTES;
    /**
     * The largest whole upload request: the file part and the text fields, which may be as large as a plain form
     * ({@code maxFormBytes}), as the editor sends the article with its image.
     */
    public static long maxRequestBytes(long maxFormBytes) {
        return MAX_FILE_PART_BYTES + maxFormBytes;
    }

    public static final String CACHE_FOREVER = "public, max-age=31536000, immutable";
    static final String CACHE_PRIVATE = "private, no-store";

    private final StoredImages images;

    public ImagePages(StoredImages images) {
        this.images = images;
    }

    /**
     * GET /images/{id}-{hash}.{ext}: only the exact name of an image a public article shows answers (browsers may
     * keep it forever); any other image, a draft's or an old revision's, is not found, so its existence stays hidden.
     */
    public void serve(Context ctx) {
        ImageFile file = requestedFile(ctx);
        StoredImageInfo image = stored(file);
        if (!images.isPublic(image)) {
            throw new NotFoundResponse();
        }
        answer(ctx, file, image, CACHE_FOREVER);
    }

    /**
     * GET /admin/images/{file}: any stored image, for the editor, the preview and the history of drafts. Under
     * /admin because the session cookie is sent only there; never stored by a cache, as the image may be private.
     */
    public void serveToAdmin(Context ctx) {
        ImageFile file = requestedFile(ctx);
        answer(ctx, file, stored(file), CACHE_PRIVATE);
    }

    private static ImageFile requestedFile(Context ctx) {
        return ImageFile.parse(ctx.pathParam("file")).orElseThrow(NotFoundResponse::new);
    }

    private StoredImageInfo stored(ImageFile file) {
        return images.find(file).orElseThrow(NotFoundResponse::new);
    }

    /** The original's tag is its hash; a variant's adds its name and format, as each is a file of its own. */
    private void answer(Context ctx, ImageFile file, StoredImageInfo image, String cacheControl) {
        String tag = '"' + image.sha256() + file.variant().map(name -> "-" + name + "." + file.format().extension())
                .orElse("") + '"';
        ctx.header(Header.CACHE_CONTROL, cacheControl)
                .header(Header.ETAG, tag)
                .header(Header.X_CONTENT_TYPE_OPTIONS, "nosniff");
        if (ConditionalRequests.anyTagMatches(ctx.header(Header.IF_NONE_MATCH), tag)) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.contentType(file.format().contentType())
                .result(images.bytes(file, image).orElseThrow(NotFoundResponse::new));
    }
}
