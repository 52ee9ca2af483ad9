package com.healthpress.cache;

import com.healthpress.http.ConditionalRequests;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * A rendered page (or static file) kept as bytes, with its gzip and Brotli copies made once (null for images), a
 * strong entity tag per encoding, the time it was rendered (also as the Last-Modified header, formatted once) and the
 * tags of the data it shows. A page read from the page store has no plain bytes (identity is null): the rare client
 * that accepts neither compression gets them unzipped.
 */
public record CachedPage(byte[] identity, byte[] gzip, byte[] brotli, String contentType, String etag,
                         Instant lastModified, String lastModifiedHeader, Set<String> tags) {

    /** Slots of formatted dates, shared by threads: a record's fields are final, so a slot is read whole or not. */
    private static final HttpDate[] HTTP_DATES = new HttpDate[1024];

    public CachedPage {
        tags = Set.copyOf(tags);
    }

    static CachedPage of(String body, String contentType, Instant renderedAt, Set<String> tags) {
        return of(body.getBytes(StandardCharsets.UTF_8), contentType, renderedAt, tags);
    }

    /** Any file: text is kept compressed too; images, already compressed, only as they are. */
    public static CachedPage of(byte[] identity, String contentType, Instant renderedAt, Set<String> tags) {
        boolean text = contentType.startsWith("text/") || contentType.contains("xml") || contentType.contains("json")
                || contentType.contains("javascript");
        byte[] gzip = text ? Compression.gzip(identity) : null;
        byte[] brotli = text ? Compression.brotli(identity) : null;
        Instant lastModified = renderedAt.truncatedTo(ChronoUnit.SECONDS);
        return new CachedPage(identity, gzip, brotli, contentType, hash(identity), lastModified,
                httpDate(lastModified), tags);
    }

    /** A page as the page store keeps it: compressed only, with the entity tag of its plain bytes. */
    public static CachedPage stored(byte[] gzip, byte[] brotli, String contentType, String etag, Instant lastModified,
                                    Set<String> tags) {
        return new CachedPage(null, gzip, brotli, contentType, etag, lastModified, httpDate(lastModified), tags);
    }

    /** The page with these plain bytes (its own, unzipped) beside its compressed copies. */
    CachedPage withPlainBytes(byte[] plain) {
        return new CachedPage(plain, gzip, brotli, contentType, etag, lastModified, lastModifiedHeader, tags);
    }

    /** The page as the page store keeps it: without its plain bytes, which the store does not write. */
    public CachedPage compressedOnly() {
        return identity == null ? this : stored(gzip, brotli, contentType, etag, lastModified, tags);
    }

    /**
     * The instant (a whole second) as an HTTP date. A page read from the page store and not kept is built per
     * request, and formatting its date was a twentieth of that request's cost; pages rendered in the same second (a
     * re-render does hundreds a second) share one formatted value, remembered in a slot per second.
     */
    private static String httpDate(Instant second) {
        long epochSecond = second.getEpochSecond();
        int slot = (int) (epochSecond & (HTTP_DATES.length - 1));
        HttpDate known = HTTP_DATES[slot];
        if (known != null && known.epochSecond() == epochSecond) {
            return known.text();
        }
        String text = DateTimeFormatter.RFC_1123_DATE_TIME.format(second.atZone(ZoneOffset.UTC));
        HTTP_DATES[slot] = new HttpDate(epochSecond, text);
        return text;
    }

    private record HttpDate(long epochSecond, String text) {
    }

    /** What the page weighs in the cache, in bytes. */
    int weight() {
        return (identity == null ? 0 : identity.length) + (gzip == null ? 0 : gzip.length)
                + (brotli == null ? 0 : brotli.length) + 256;
    }

    /** The representation for a client's Accept-Encoding: Brotli, else gzip, else the plain bytes. */
    Representation representationFor(String acceptEncoding) {
        List<String> accepted = ConditionalRequests.acceptedEncodings(acceptEncoding);
        if (brotli != null && accepted.contains("br")) {
            return new Representation(brotli, "br", "\"" + etag + "-br\"");
        }
        if (gzip != null && accepted.contains("gzip")) {
            return new Representation(gzip, "gzip", "\"" + etag + "-gz\"");
        }
        return new Representation(identity != null ? identity : Compression.gunzip(gzip), null, "\"" + etag + "\"");
    }

    /** One encoding of the page with its own entity tag, as HTTP requires for different content codings. */
    record Representation(byte[] bytes, String contentEncoding, String etag) {
    }

    private static String hash(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
