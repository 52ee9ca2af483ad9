package com.healthpress.image;

import com.healthpress.account.AdminAuth;
import com.healthpress.article.ArticleService;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;

/**
 * Serves stored images under their content-hashed names, and takes an article's hero image upload and removal
 * from the editor, answering with a redirect back to it that carries a notice or an {@code imageError} code.
 */
public final class ImagePages {

    /**
     * The largest file part the server should accept (Jetty's multipart limit): above {@link UploadedImage#MAX_BYTES},
     * so that a file somewhat too large reaches {@link #upload} and gets a helpful message.
     */
    public static final long MAX_FILE_PART_BYTES = 2L * UploadedImage.MAX_BYTES;
    /** The largest whole upload request: the file part and the small text fields. */
    public static final long MAX_REQUEST_BYTES = MAX_FILE_PART_BYTES + 64 * 1024;

    static final String CACHE_FOREVER = "public, max-age=31536000, immutable";
    static final String CACHE_PRIVATE = "private, no-store";

    private final Jdbi jdbi;
    private final HeroImages heroImages;
    private final Clock clock;

    public ImagePages(Jdbi jdbi, ArticleService articles, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.heroImages = new HeroImages(jdbi, articles, clock);
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

    /** POST /admin/articles/{id}/image with the fields version, alt and the file image. */
    public void upload(Context ctx) {
        long articleId = articleId(ctx);
        String username = AdminAuth.current(ctx).username();
        try {
            heroImages.replace(articleId, version(ctx), fileBytes(ctx), ctx.formParam("alt"), username)
                    .orElseThrow(NotFoundResponse::new);
            backToEditor(ctx, articleId, "notice", ImageMessages.IMAGE_SAVED);
        } catch (ImageProblem problem) {
            backToEditor(ctx, articleId, "imageError", problem.code());
        }
    }

    /** POST /admin/articles/{id}/image/remove with the field version. */
    public void remove(Context ctx) {
        long articleId = articleId(ctx);
        String username = AdminAuth.current(ctx).username();
        try {
            heroImages.remove(articleId, version(ctx), username).orElseThrow(NotFoundResponse::new);
            backToEditor(ctx, articleId, "notice", ImageMessages.IMAGE_REMOVED);
        } catch (ImageProblem problem) {
            backToEditor(ctx, articleId, "imageError", problem.code());
        }
    }

    /** The file part's bytes; its declared name and content type are ignored, the content decides. */
    private static byte[] fileBytes(Context ctx) throws ImageProblem {
        UploadedFile file = ctx.uploadedFile("image");
        if (file == null || file.size() == 0) {
            throw new ImageProblem(ImageMessages.FILE_MISSING);
        }
        if (file.size() > UploadedImage.MAX_BYTES) {
            throw new ImageProblem(ImageMessages.FILE_TOO_LARGE);
        }
        try (InputStream content = file.content()) {
            return content.readNBytes(UploadedImage.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long articleId(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new NotFoundResponse();
        }
    }

    /** The version the editor form was rendered with; only a hand-made request can lack it. */
    private static int version(Context ctx) {
        try {
            return Integer.parseInt(String.valueOf(ctx.formParam("version")).strip());
        } catch (NumberFormatException e) {
            throw new BadRequestResponse("The form has no valid article version.");
        }
    }

    private static void backToEditor(Context ctx, long articleId, String parameter, String code) {
        ctx.redirect("/admin/articles/" + articleId + "?" + parameter + "=" + code, HttpStatus.SEE_OTHER);
    }
}
