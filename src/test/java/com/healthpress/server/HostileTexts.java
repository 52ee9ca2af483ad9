package com.healthpress.server;

/**
 * Text for every field an admin controls that would run script if a page ever wrote it as markup: script elements,
 * {@code </script>} and {@code </title>} break-outs, event handlers, script and data URLs, SVG and MathML, CSS
 * expressions and srcdoc frames. Any part that ran would set {@code window.__pwned} to the field it came from.
 */
final class HostileTexts {

    static final String TITLE =
            "Nightshade </script><script>window.__pwned='title'</script> <svg onload=\"window.__pwned='title'\">";
    static final String SECOND_TITLE = "Nightshade, revised <img src=x onerror=\"window.__pwned='title2'\">";
    static final String HOSTILE_SLUG = "\"><script>window.__pwned='slug'</script>";
    static final String META_TITLE = "Meta </title><script>window.__pwned='metaTitle'</script>";
    static final String META_DESCRIPTION = "Description \"><img src=x onerror=\"window.__pwned='metaDescription'\">"
            + " <style>body{background:url(\"javascript:window.__pwned='metaDescription'\")}</style>";
    static final String FOCUS_KEYWORD = "<svg><script>window.__pwned='focusKeyword'</script></svg>";
    static final String LEAD = "The lead holds </script><script>window.__pwned='lead'</script> and "
            + "<iframe srcdoc=\"<script>parent.__pwned='lead'</script>\"></iframe> as text.";
    static final String SECOND_LEAD = "A revised lead with <a href=\"javascript:window.__pwned='lead2'\">a link</a>.";
    static final String TOPIC = "Topic <b onmouseover=\"window.__pwned='topic'\">bold</b>";
    static final String AUTHOR_NAME = "Mallory <img src=x onerror=\"window.__pwned='authorName'\">";
    static final String SCRIPT_URL = "javascript:window.__pwned='url'";
    static final String REVIEWER = "Dr <script>window.__pwned='reviewerName'</script>";
    static final String CREDENTIALS =
            "MD <math><mtext><form action=\"javascript:window.__pwned='credentials'\"><button>go</button></form></mtext></math>";
    static final String QUESTION = "Does </script><script>window.__pwned='faqQuestion'</script> run?";
    static final String ANSWER = "No: <img src=x onerror=\"window.__pwned='faqAnswer'\"> & "
            + "<a href=\"javascript:window.__pwned='faqAnswer'\">this</a> stay text.";
    static final String REFERENCE_TITLE = "Study of <script>window.__pwned='refTitle'</script>";
    static final String REFERENCE_PUBLISHER = "<svg onload=\"window.__pwned='refPublisher'\">Press</svg>";
    static final String REFERENCE_URL = "https://example.org/study#'onfocus='window.__pwned=1";
    static final String ALT = "A nurse <img src=x onerror=\"window.__pwned='alt'\"> with \"quotes\" & </script>";
    static final String HEADING = "Section <svg onload=\"window.__pwned='heading'\">";
    static final String RAW_HTML_LINE =
            "Raw <script>window.__pwned='body'</script> and <img src=x onerror=\"window.__pwned='body'\"> in a paragraph.";
    static final String BREAKOUT_LINE = "</script><script>window.__pwned='body'</script>";
    static final String SECOND_BODY_LINE = "Added <svg><script>window.__pwned='body2'</script></svg> later.";
    static final String BODY = """
            ## %s

            %s

            <div style="width:expression(window.__pwned='body')">an HTML block</div>

            A <a href="javascript:window.__pwned='body'">raw link</a>, a [Markdown link](javascript:window.__pwned='body'), \
            a [mixed-case one](JaVaScRiPt:window.__pwned='body'), an autolink <javascript:window.__pwned='body'> and a \
            [data link](data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19wd25lZD0nYm9keSc8L3NjcmlwdD4=).

            <iframe srcdoc="<script>parent.__pwned='body'</script>"></iframe>

            <style>body{background:url("javascript:window.__pwned='body'")}</style>

            %s

            ![an image](javascript:window.__pwned='body')""".formatted(HEADING, RAW_HTML_LINE, BREAKOUT_LINE);

    private HostileTexts() {
    }
}
