package com.healthpress.image;

import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;

/** Serves stored images under their content-hashed names: public ones to everyone, any of them to admins. */
public final class ImagePages {

    /**
     * The largest file part the server should accept (Jetty's multipart limit): above {@link UploadedImage#MAX_BYTES},
     * so that a file somewhat too large reaches the editor's save and gets a helpful message.
     */
    public static final long MAX_FILE_PART_BYTES = 2L * UploadedImage.MAX_BYTES;
    /**
     * The largest whole upload request: the file part and the text fields, which may be as large as a plain form
     * ({@code maxFormBytes}), as the editor sends the article with its image.
     */
    public static long maxRequestBytes(long maxFormBytes) {
        return MAX_FILE_PART_BYTES + maxFormBytes;
    }

    static final String CACHE_FOREVER = "public, max-age=31536000, immutable";
    static final String CACHE_PRIVATE = "private, no-store";

    private final Jdbi jdbi;
    private final Clock clock;

    public ImagePages(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /**
     * GET /images/{id}-{hash}.{ext}: only the exact name of an image a public article shows answers (browsers may
     * keep it forever); any other image, a draft's or an old revision's, is not found, so its existence stays hidden.
     */
    public void serve(Context ctx) {
        StoredImageInfo image = requested(ctx);
        if (!jdbi.withExtension(ImageRepository.class, images -> images.isPublic(image.id(), clock.instant()))) {
            throw new NotFoundResponse();
        }
        answer(ctx, image, CACHE_FOREVER);
    }

    /**
     * GET /admin/images/{file}: any stored image, for the editor, the preview and the history of drafts. Under
     * /admin because the session cookie is sent only there; never stored by a cache, as the image may be private.
     */
    public void serveToAdmin(Context ctx) {
        answer(ctx, requested(ctx), CACHE_PRIVATE);
    }

    private StoredImageInfo requested(Context ctx) {
        ImagePaths.ImageFile file = ImagePaths.parse(ctx.pathParam("file")).orElseThrow(NotFoundResponse::new);
        return jdbi.withExtension(ImageRepository.class, images -> images.findInfo(file.imageId()))
                .filter(file::names)
                .orElseThrow(NotFoundResponse::new);
    }

    private void answer(Context ctx, StoredImageInfo image, String cacheControl) {
        String etag = '"' + image.sha256() + '"';
        ctx.header(Header.CACHE_CONTROL, cacheControl)
                .header(Header.ETAG, etag)
                .header(Header.X_CONTENT_TYPE_OPTIONS, "nosniff");
        if (EntityTags.anyMatches(ctx.header(Header.IF_NONE_MATCH), image.sha256())) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        byte[] bytes = jdbi.withExtension(ImageRepository.class, images -> images.findBytes(image.id()))
                .orElseThrow(NotFoundResponse::new);
        ctx.contentType(image.contentType()).result(bytes);
    }
}
