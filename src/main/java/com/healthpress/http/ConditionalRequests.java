package com.healthpress.http;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.http.ComplianceViolation;
import org.eclipse.jetty.http.EtagUtils;
import org.eclipse.jetty.http.HttpCompliance;
import org.eclipse.jetty.http.HttpDateTime;
import org.eclipse.jetty.http.QuotedCSV;
import org.eclipse.jetty.http.QuotedQualityCSV;

/**
 * The request headers that make a GET conditional (If-None-Match, If-Modified-Since) or choose its content coding
 * (Accept-Encoding), read the one way every answer uses (pages, static files, images), with Jetty's parsers.
 * They run leniently: a malformed header from a client means "no match", never an error.
 */
public final class ConditionalRequests {

    /** Enough for every browser and crawler in use; a client sending ever new values is parsed each time. */
    private static final int REMEMBERED_ACCEPT_ENCODINGS = 256;
    private static final Map<String, List<String>> ACCEPTED_ENCODINGS = new ConcurrentHashMap<>();

    private ConditionalRequests() {
    }

    /**
     * Whether the client holds the representation already, so a 304 answers: If-None-Match decides when present,
     * otherwise If-Modified-Since (RFC 9110, section 13.2.2). {@code etag} is as sent in ETag, quoted.
     */
    public static boolean notModified(String ifNoneMatch, String ifModifiedSince, String etag, Instant lastModified) {
        if (ifNoneMatch != null) {
            return anyTagMatches(ifNoneMatch, etag);
        }
        if (ifModifiedSince == null) {
            return false;
        }
        // Any of the three date formats RFC 9110 (section 5.6.7) asks recipients to accept; -1 for anything else.
        long since = HttpDateTime.parseToEpoch(ifModifiedSince);
        return since >= 0 && !lastModified.isAfter(Instant.ofEpochMilli(since));
    }

    /**
     * Whether an If-None-Match header names the entity tag ({@code etag} as sent in ETag, quoted): "*", or any tag of
     * its list compared weakly (RFC 9110, section 13.1.2). Unlike Jetty's EtagUtils.matches, no suffix is ignored: our
     * tags of different codings differ only in their ends.
     */
    public static boolean anyTagMatches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String opaque = withoutWeakness(etag);
        for (String tag : new QuotedCSV.Etags(HttpCompliance.LEGACY, ComplianceViolation.Listener.NOOP, ifNoneMatch)) {
            if (tag.equals("*") || withoutWeakness(tag).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The content codings an Accept-Encoding header accepts, in lower case, best first; none of quality 0. Every
     * cached page answered asks this, and clients send a few distinct values, so each is parsed once and remembered.
     */
    public static List<String> acceptedEncodings(String acceptEncoding) {
        if (acceptEncoding == null) {
            return List.of();
        }
        List<String> remembered = ACCEPTED_ENCODINGS.get(acceptEncoding);
        if (remembered != null) {
            return remembered;
        }
        List<String> parsed = parseAcceptEncoding(acceptEncoding);
        if (ACCEPTED_ENCODINGS.size() < REMEMBERED_ACCEPT_ENCODINGS) {
            ACCEPTED_ENCODINGS.putIfAbsent(acceptEncoding, parsed);
        }
        return parsed;
    }

    private static List<String> parseAcceptEncoding(String acceptEncoding) {
        QuotedQualityCSV codings = new QuotedQualityCSV(HttpCompliance.LEGACY, ComplianceViolation.Listener.NOOP, null);
        codings.addValue(acceptEncoding.toLowerCase(Locale.ROOT));
        return List.copyOf(codings.getValues());
    }

    private static String withoutWeakness(String tag) {
        return EtagUtils.isWeak(tag) ? tag.substring(2) : tag;
    }
}
